package inbox

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"helpline/data"
	"helpline/internal/token"
)

// dispatch decides what a parsed message is, in the order of DESIGN.md's
// flow: loops, bounces, automatic mail, owner mail, requests, follow-ups,
// and only then a new question.
func (p *Processor) dispatch(stored *data.Message, m *Message) act {
	if reason := p.loop(m); reason != "" {
		return verdict(outcome{kind: data.OutcomeLoop, reason: reason})
	}
	if outboxID, ok := p.bounceRoute(m); ok || m.IsDeliveryReport || isFeedbackReport(m) {
		return p.bounce(stored, outboxID)
	}
	if reason := automatic(m); reason != "" {
		return verdict(outcome{kind: data.OutcomeAuto, reason: reason})
	}
	if a, ok := p.ownerReply(stored, m); ok {
		return a
	}
	if a, ok := p.request(m); ok {
		return a
	}
	return p.question(m)
}

// loop reports mail that we sent ourselves coming back: from our own
// address, or carrying one of our Message-IDs as its own.
func (p *Processor) loop(m *Message) string {
	if _, ok := token.Tag(p.cfg.Mailbox, m.From.Addr); ok || strings.EqualFold(m.From.Addr, p.cfg.Mailbox) {
		return "from our own address"
	}
	if strings.HasPrefix(m.MessageID, "hl.") && strings.HasSuffix(strings.ToLower(m.MessageID), "@"+p.domain) {
		return "our own Message-ID"
	}
	return ""
}

// bounceRoute finds the outbox row named by a VERP bounce route among the
// recipients.
func (p *Processor) bounceRoute(m *Message) (int64, bool) {
	for _, r := range recipients(m) {
		if id, err := p.signer.ParseRoute(p.cfg.Mailbox, r, token.Bounce); err == nil {
			return id, true
		}
	}
	return 0, false
}

// bounce hands a delivery report to the subscriptions service, which
// records the bounce with a reference to the stored report.
func (p *Processor) bounce(stored *data.Message, outboxID int64) act {
	out := outcome{kind: data.OutcomeBounce, reason: "delivery report"}
	if outboxID != 0 {
		out.reason = fmt.Sprintf("bounce for outbox %d", outboxID)
	}
	if p.subs == nil {
		return verdict(out)
	}
	report := service(out, func(ctx context.Context, tx *data.Tx) error {
		return p.subs.Bounce(ctx, tx, stored.Raw, outboxID, stored.ID)
	})
	return func(ctx context.Context, tx *data.Tx) (outcome, error) {
		if err := storeFirst(ctx, tx, stored); err != nil {
			return outcome{}, err
		}
		return report(ctx, tx)
	}
}

// routeToken finds a token for purpose in the recipients' plus-addresses
// or, for hosts without plus addressing, in the signed Message-IDs the mail
// replies to. found is true when a token of that purpose was present at all,
// valid or not.
func (p *Processor) routeToken(m *Message, purpose token.Purpose) (id int64, found bool) {
	for _, r := range recipients(m) {
		tag, ok := token.Tag(p.cfg.Mailbox, r)
		if !ok || !strings.HasPrefix(tag, string(purpose)+".") {
			continue
		}
		found = true
		if id, err := p.signer.ParseRoute(p.cfg.Mailbox, r, purpose); err == nil {
			return id, true
		}
	}
	for _, ref := range referenced(m) {
		if !strings.HasPrefix(strings.ToLower(ref), "hl."+string(purpose)+".") {
			continue
		}
		found = true
		if id, err := p.signer.ParseMessageID(ref, purpose); err == nil {
			return id, true
		}
	}
	return 0, found
}

func (p *Processor) isOwner(addr string) bool {
	addr = strings.ToLower(addr)
	for _, o := range p.cfg.OwnerAddresses {
		if addr == o {
			return true
		}
	}
	return false
}

// ownerReply handles replies to our notifications: answers, commands and
// comment moderation. It accepts one only when the token is valid, the
// sender is an owner and the trusted server saw no DKIM or DMARC failure;
// anything else is rejected, quietly, so a forger learns nothing.
func (p *Processor) ownerReply(stored *data.Message, m *Message) (act, bool) {
	qid, qfound := p.routeToken(m, token.Answer)
	cid, cfound := p.routeToken(m, token.Comment)
	if !qfound && !cfound {
		return nil, false
	}
	reject := func(reason string) (act, bool) {
		p.log.Warn("owner reply rejected", "message_id", stored.MessageID, "from", m.From.Addr, "reason", reason)
		return verdict(outcome{kind: data.OutcomeRejected, reason: reason}), true
	}
	switch {
	case qid == 0 && cid == 0:
		return reject("invalid or altered token")
	case !p.isOwner(m.From.Addr):
		return reject("reply token used by a sender who is not the owner")
	}
	if f := authFailure(m, p.cfg.TrustedAuthservID); f != "" {
		return reject("authentication failed at " + p.cfg.TrustedAuthservID + ": " + f)
	}
	if qid != 0 {
		return p.answer(m, qid), true
	}
	return p.moderate(m, cid), true
}

func (p *Processor) moderate(m *Message, commentID int64) act {
	decision := moderation(Answer(m))
	if decision == "" || p.comm == nil {
		return verdict(outcome{kind: data.OutcomeRejected,
			reason: fmt.Sprintf("comment %d: reply did not start with approve or reject", commentID)})
	}
	return func(ctx context.Context, tx *data.Tx) (outcome, error) {
		err := p.comm.ModerateComment(ctx, tx, commentID, decision == "approve")
		if errors.Is(err, data.ErrNotFound) {
			return outcome{}, &refusal{outcome{kind: data.OutcomeRejected, reason: fmt.Sprintf("comment %d not found", commentID)}}
		}
		if err != nil {
			return outcome{}, err
		}
		return outcome{kind: data.OutcomeComment, reason: fmt.Sprintf("comment %d: %s", commentID, decision)}, nil
	}
}

// request handles newsletter requests by mail: the subscribe route or
// subject, and the unsubscribe route or subject.
func (p *Processor) request(m *Message) (act, bool) {
	subject := strings.ToLower(strings.TrimSpace(m.Subject))
	var unsubTok string
	subscribe := subject == "subscribe"
	unsubscribe := subject == "unsubscribe"
	for _, r := range recipients(m) {
		tag, ok := token.Tag(p.cfg.Mailbox, r)
		switch {
		case !ok:
		case tag == "subscribe":
			subscribe = true
		case tag == "unsubscribe":
			unsubscribe = true
		case strings.HasPrefix(tag, string(token.Unsubscribe)+"."):
			unsubscribe, unsubTok = true, strings.TrimPrefix(tag, string(token.Unsubscribe)+".")
		}
	}
	switch {
	case unsubscribe && p.subs == nil:
		return verdict(outcome{kind: data.OutcomeUnsubscribe}), true
	case unsubscribe:
		return service(outcome{kind: data.OutcomeUnsubscribe}, func(ctx context.Context, tx *data.Tx) error {
			return p.subs.Unsubscribe(ctx, tx, m.From.Addr, unsubTok)
		}), true
	case subscribe && p.subs == nil:
		return verdict(outcome{kind: data.OutcomeSubscribe}), true
	case subscribe:
		return service(outcome{kind: data.OutcomeSubscribe}, func(ctx context.Context, tx *data.Tx) error {
			return p.subs.Subscribe(ctx, tx, m.From.Addr, m.From.Name)
		}), true
	}
	return nil, false
}
