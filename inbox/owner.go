package inbox

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"helpline/data"
	"helpline/internal/prose"
	"helpline/internal/token"
)

// The owner's mail: replies to our notifications (signed routes), direct
// answers found in the account's Sent mailbox, reply-all copies of them
// in the inbox, and confirmations of replies that were held.

// ownerReply handles replies to our notifications: answers, commands,
// comment moderation and confirmations of held replies. It accepts one
// only when the token is valid, the mail is written by an owner and the
// trusted server saw no DKIM or DMARC failure. A refusal is explained to
// the owner when the mail claims to be theirs or carries a valid token,
// which only the owner was sent; a stranger hears nothing.
func (p *Processor) ownerReply(stored *data.Message, m *Message) (act, bool) {
	qid, qfound := p.routeToken(m, token.Answer)
	cid, cfound := p.routeToken(m, token.Comment)
	hid, hfound := p.routeToken(m, token.Held)
	if !qfound && !cfound && !hfound {
		return nil, false
	}
	refuse := func(reason string, tell bool) (act, bool) {
		p.log.Warn("owner reply rejected", "message_id", stored.MessageID, "from", m.From.Addr, "reason", reason)
		out := outcome{kind: data.OutcomeRejected, reason: reason}
		if !tell {
			return verdict(out), true
		}
		return func(ctx context.Context, tx *data.Tx) (outcome, error) {
			title, err := p.aboutTitle(ctx, tx, m, qid)
			if err != nil {
				return outcome{}, err
			}
			return out, p.note(ctx, tx, m, false, 0, title, "note_refused_subject", "note_refused", title, reason)
		}, true
	}
	switch {
	case qid == 0 && cid == 0 && hid == 0:
		return refuse("invalid or altered token", writtenBy(m, p.cfg.OwnerAddresses))
	case !writtenBy(m, p.cfg.OwnerAddresses):
		// A valid token went only to the owner: whoever replies with it
		// has their mail, most often the owner writing from an address
		// of theirs not configured, who would otherwise hear nothing.
		return p.strangerToken(m, refuse), true
	}
	if f := authFailure(m, p.cfg.TrustedAuthservID); f != "" {
		return refuse("authentication failed at "+p.cfg.TrustedAuthservID+": "+f, true)
	}
	switch {
	case hid != 0:
		return p.confirmHeld(m, hid), true
	case qid != 0:
		return p.answer(m, qid, false), true
	}
	return p.moderate(m, cid), true
}

// strangerToken refuses a reply with a valid token from an address that
// is not the owner's, telling the owner the first time in a day that the
// address does: one note says what to change, and whoever else has come
// by a token (a notification forwarded, or copied to a reader) cannot
// send the owner a note with every mail, nor use up the notes of the hour
// that the owner's own refused and held replies need.
func (p *Processor) strangerToken(m *Message, refuse func(string, bool) (act, bool)) act {
	reason := "it came from " + strings.ToLower(m.From.Addr) + ", which is not one of the owner addresses (site.owner_addresses)"
	tell, _ := refuse(reason, true)
	return func(ctx context.Context, tx *data.Tx) (outcome, error) {
		n, err := tx.CountMessages(ctx, data.MessageFilter{Outcome: data.OutcomeRejected, Reason: reason,
			From: m.From.Addr, Since: tx.Now().Add(-24 * time.Hour)})
		if err != nil || n > 0 {
			return outcome{kind: data.OutcomeRejected, reason: reason}, err
		}
		return tell(ctx, tx)
	}
}

// aboutTitle names what a refused reply was about, for the note that
// explains the refusal: the question's title when the token named an
// existing one, else the reply's subject.
func (p *Processor) aboutTitle(ctx context.Context, tx *data.Tx, m *Message, qid int64) (string, error) {
	if qid != 0 {
		q, err := tx.QuestionByID(ctx, qid)
		if err == nil {
			return q.Title, nil
		}
		if !errors.Is(err, data.ErrNotFound) {
			return "", err
		}
	}
	return CleanSubject(m.Subject), nil
}

// directReply handles mail in the inbox that the owner wrote straight to
// an asker and copied to the helpline (Reply All from the helpline
// mailbox, or from the owner's own address): it replies to a question's
// conversation without any of our routes. It is the owner's answer when
// the trusted server vouches for the sender's domain; otherwise it is
// held until the owner confirms it, or until its copy turns up in the
// Sent mailbox. It is never a new question.
func (p *Processor) directReply(stored *data.Message, m *Message) (act, bool) {
	if !writtenBy(m, p.authors()) {
		return nil, false
	}
	return func(ctx context.Context, tx *data.Tx) (outcome, error) {
		if old, err := p.backlog(ctx, tx, m); err != nil || old {
			return outcome{kind: data.OutcomeRejected, reason: oldReply(m)}, err
		}
		qid, ok, err := p.questionOf(ctx, tx, m)
		if err != nil || !ok {
			return outcome{}, err
		}
		_, domain := splitAddr(m.From.Addr)
		v := authFor(m, p.cfg.TrustedAuthservID, domain)
		switch {
		case v.fail != "":
			out := outcome{kind: data.OutcomeRejected, questionID: qid,
				reason: "authentication failed at " + p.cfg.TrustedAuthservID + ": " + v.fail}
			title, err := p.aboutTitle(ctx, tx, m, qid)
			if err != nil {
				return outcome{}, err
			}
			return out, p.note(ctx, tx, m, false, qid, title, "note_refused_subject", "note_refused", title, out.reason)
		case v.pass || p.cfg.TrustOwnerFrom:
			return p.answer(m, qid, true)(ctx, tx)
		}
		return p.hold(ctx, tx, stored, m, qid)
	}, true
}

// authors are the addresses the owner writes from: the owner addresses and
// the helpline's own, which the owner uses when answering from the
// helpline mailbox.
func (p *Processor) authors() []string {
	return append([]string{strings.ToLower(p.cfg.Mailbox)}, p.cfg.OwnerAddresses...)
}

// questionOf finds the question whose conversation m replies to: the
// asker's question or follow-up, or a mail we sent about it. A forward
// refers to the mail it forwards, as Gmail's does, but replies to nobody:
// the owner passing a question on for advice does not answer it.
func (p *Processor) questionOf(ctx context.Context, tx *data.Tx, m *Message) (int64, bool, error) {
	if forwardSubject(m.Subject) {
		return 0, false, nil
	}
	for _, ref := range referenced(m) {
		t, found, err := tx.ThreadOf(ctx, ref)
		if err != nil {
			return 0, false, err
		}
		if found && t.QuestionID != 0 {
			return t.QuestionID, true, nil
		}
	}
	return 0, false, nil
}

// sentMail handles mail found in the account's Sent mailbox. Only someone
// logged in to the account can put mail there, so a reply in it to a
// question's conversation is the owner's answer, without a token; other
// mail there is recorded and left alone. Mail that was delivered there
// is no client's copy: a mail host that files a plus-address in the
// folder of its name (Fastmail, Dovecot's lmtp_save_to_detail_mailbox)
// puts anyone's mail to ask+Sent@ there. Its delivery headers tell it,
// and it goes by the rules of a reply in the inbox (directReply).
func (p *Processor) sentMail(stored *data.Message, m *Message) act {
	if p.ours(m) {
		return verdict(outcome{kind: data.OutcomeLoop, reason: "our own Message-ID"})
	}
	if isReadReceipt(m) {
		// The owner's client says it showed a reader's mail, in reply
		// to it, and a host that files what it relays in Sent (Gmail)
		// keeps it there: its words are the client's, no answer.
		return verdict(outcome{kind: data.OutcomeSent, reason: "a read receipt, not a reply"})
	}
	if p.delivered(m) {
		other := outcome{kind: data.OutcomeSent, reason: "delivered to the Sent mailbox, not a reply of the owner's"}
		a, ok := p.directReply(stored, m)
		if !ok {
			return verdict(other)
		}
		return func(ctx context.Context, tx *data.Tx) (outcome, error) {
			out, err := a(ctx, tx)
			if err != nil || out.kind != "" {
				return out, err
			}
			return other, nil
		}
	}
	return func(ctx context.Context, tx *data.Tx) (outcome, error) {
		if old, err := p.backlog(ctx, tx, m); err != nil || old {
			return outcome{kind: data.OutcomeSent, reason: oldReply(m)}, err
		}
		qid, ok, err := p.questionOf(ctx, tx, m)
		if err != nil {
			return outcome{}, err
		}
		if !ok {
			return outcome{kind: data.OutcomeSent, reason: "not a reply to a question"}, nil
		}
		return p.answer(m, qid, true)(ctx, tx)
	}
}

// oldReply is why a reply of the owner's from before helpline is not an
// answer: it was written to one reader, before there was a site, and
// publishing it would put on the site a conversation nobody meant for
// it, and mail its asker, and the owner, about a reply of long ago.
func oldReply(m *Message) string {
	return "written " + m.received.Format(time.DateOnly) + ", before helpline: not taken as an answer"
}

// delivered reports mail that a mail host delivered, rather than a client
// saved: the trusted server wrote its Authentication-Results, or the
// host named the recipient it delivered to.
func (p *Processor) delivered(m *Message) bool {
	_, domain := splitAddr(m.From.Addr)
	return len(m.DeliveredTo) > 0 || authFor(m, p.cfg.TrustedAuthservID, domain).found
}

// hold keeps an owner's reply that could not be authenticated and asks the
// owner, at their configured address, to confirm it by replying to a
// signed route. The note waits a little before it goes: the reply's copy
// in the Sent mailbox, which needs no confirmation, usually arrives first
// and cancels it.
func (p *Processor) hold(ctx context.Context, tx *data.Tx, stored *data.Message, m *Message, qid int64) (outcome, error) {
	if err := storeFirst(ctx, tx, stored); err != nil {
		return outcome{}, err
	}
	q, err := tx.QuestionByID(ctx, qid)
	if err != nil {
		return outcome{}, err
	}
	out := outcome{kind: data.OutcomeHeld, reason: "waiting for the owner to confirm it", questionID: qid}
	t := p.cfg.Locale.T
	var b strings.Builder
	p.say(&b, "note_held", prose.FirstName(q.AskerName), q.Title)
	b.WriteString(t("note_held_text") + "\n\n")
	b.WriteString(quoteText(Answer(m)))
	note := &data.OutboxMail{
		Kind: data.KindOwnerNote, To: p.cfg.OwnerAddresses[0], ToName: p.cfg.OwnerName,
		Subject: t("note_held_subject", q.Title), Text: b.String(), QuestionID: qid,
		ReplyTo:     p.signer.Route(p.cfg.Mailbox, token.Held, stored.ID),
		MessageID:   p.signer.MessageID(p.domain, token.Held, stored.ID),
		NextAttempt: tx.Now().Add(p.cfg.ConfirmWait),
		Headers:     replyHeaders(map[string]string{"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, m.MessageID),
	}
	return out, tx.Enqueue(ctx, note)
}

// confirmHeld publishes the held reply that the owner confirmed by
// answering the note about it.
func (p *Processor) confirmHeld(m *Message, id int64) act {
	return func(ctx context.Context, tx *data.Tx) (outcome, error) {
		held, err := tx.MessageByID(ctx, id)
		if errors.Is(err, data.ErrNotFound) || (err == nil && held.Outcome != data.OutcomeHeld) {
			return outcome{kind: data.OutcomeCommand, reason: fmt.Sprintf("message %d needs no confirmation", id)}, nil
		}
		if err != nil {
			return outcome{}, err
		}
		hm, err := p.parse(held.Raw)
		if err != nil {
			return outcome{kind: data.OutcomeRejected, reason: fmt.Sprintf("held message %d: %v", id, err)}, nil
		}
		out, err := p.answer(hm, held.QuestionID, true)(ctx, tx)
		if err != nil {
			return outcome{}, err
		}
		if err := tx.SetMessageOutcome(ctx, id, out.kind, "confirmed by the owner: "+out.reason, out.questionID); err != nil {
			return outcome{}, err
		}
		return outcome{kind: data.OutcomeCommand, reason: fmt.Sprintf("confirmed message %d", id), questionID: out.questionID}, nil
	}
}

// releaseHeld settles a reply held in the inbox once its copy from the Sent
// mailbox has been published: the held one is a duplicate now, and the
// note asking the owner to confirm it is cancelled if it has not gone.
func (p *Processor) releaseHeld(ctx context.Context, tx *data.Tx, heldID, by int64) error {
	if err := tx.SetMessageOutcome(ctx, heldID, data.OutcomeDuplicate, fmt.Sprintf("published from its copy in Sent (message %d)", by), 0); err != nil {
		return err
	}
	_, err := tx.CancelQueuedNote(ctx, p.cfg.OwnerAddresses[0], p.signer.Route(p.cfg.Mailbox, token.Held, heldID))
	return err
}

// moderate carries out the owner's decision on a held comment.
func (p *Processor) moderate(m *Message, commentID int64) act {
	text := Answer(m)
	if p.comm == nil {
		return verdict(outcome{kind: data.OutcomeRejected, reason: "comments are not moderated here"})
	}
	return func(ctx context.Context, tx *data.Tx) (outcome, error) {
		c, err := tx.CommentByID(ctx, commentID)
		if errors.Is(err, data.ErrNotFound) {
			return outcome{kind: data.OutcomeRejected, reason: fmt.Sprintf("comment %d not found", commentID)}, nil
		}
		if err != nil {
			return outcome{}, err
		}
		name := c.Name
		if name == "" { // a name that was only an address, stored empty
			name = p.cfg.Locale.T("a_reader")
		}
		q, err := tx.QuestionByID(ctx, c.QuestionID)
		if err != nil {
			return outcome{}, err
		}
		sent, err := sentTexts(ctx, tx, q, m, func(mail *data.OutboxMail) bool { return mail.Kind == data.KindComment })
		if err != nil {
			return outcome{}, err
		}
		decision := moderation(withoutSent(text, sent))
		if decision == "" {
			// Nothing was decided: the subject says so, as for an answer
			// that was not understood.
			out := outcome{kind: data.OutcomeRejected, questionID: c.QuestionID,
				reason: fmt.Sprintf("comment %d: reply did not start with approve or reject", commentID)}
			return out, p.note(ctx, tx, m, false, q.ID, q.Title, "note_unknown_subject", "note_moderation_unclear", name)
		}
		err = p.comm.ModerateComment(ctx, tx, commentID, decision == "approve")
		if errors.Is(err, data.ErrNotFound) {
			return outcome{}, &refusal{outcome{kind: data.OutcomeRejected, reason: fmt.Sprintf("comment %d not found", commentID)}}
		}
		if err != nil {
			return outcome{}, err
		}
		text := "note_comment_rejected"
		if decision == "approve" {
			text = "note_comment_approved"
		}
		out := outcome{kind: data.OutcomeComment, reason: fmt.Sprintf("comment %d: %s", commentID, decision), questionID: q.ID}
		return out, p.note(ctx, tx, m, true, q.ID, q.Title, "note_comment_subject", text, name, q.Title)
	}
}

// quoteText writes text as a quote, for a note that shows what the owner
// wrote.
func quoteText(text string) string {
	var b strings.Builder
	for _, l := range strings.Split(text, "\n") {
		b.WriteString(strings.TrimRight("> "+l, " ") + "\n")
	}
	return b.String()
}
