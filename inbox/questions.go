package inbox

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"helpline/data"
	"helpline/internal/prose"
)

// question stores a new question, or attaches a follow-up to the asker's
// earlier one, and queues the mails that go with it.
func (p *Processor) question(m *Message) act {
	return func(ctx context.Context, tx *data.Tx) (outcome, error) {
		body := p.draftOf(m).text
		qid, ok, err := p.followupOf(ctx, tx, m)
		if err != nil {
			return outcome{}, err
		}
		if ok {
			return p.followup(ctx, tx, m, qid, body)
		}
		return p.newQuestion(ctx, tx, m, body)
	}
}

// followupOf finds the question a mail continues: one of the Message-IDs it
// replies to is a mail we sent to this same sender about a question.
func (p *Processor) followupOf(ctx context.Context, tx *data.Tx, m *Message) (int64, bool, error) {
	for _, ref := range referenced(m) {
		t, _, err := tx.ThreadOf(ctx, ref)
		if err != nil {
			return 0, false, err
		}
		if t.Ours && t.QuestionID != 0 && strings.EqualFold(t.To, m.From.Addr) {
			return t.QuestionID, true, nil
		}
	}
	return 0, false, nil
}

func (p *Processor) followup(ctx context.Context, tx *data.Tx, m *Message, qid int64, body string) (outcome, error) {
	q, err := tx.QuestionByID(ctx, qid)
	if err != nil {
		return outcome{}, err
	}
	// The asker's client may quote what we sent them unmarked: the
	// acknowledgement, or the answer.
	sent, err := sentTexts(ctx, tx, q, m, func(mail *data.OutboxMail) bool { return strings.EqualFold(mail.To, m.From.Addr) })
	if err != nil {
		return outcome{}, err
	}
	if body = withoutSent(body, sent); body == "" {
		return outcome{kind: data.OutcomeRejected, reason: "follow-up with no new text", questionID: qid}, nil
	}
	if _, err := tx.AddFollowup(ctx, qid, body, m.MessageID); err != nil {
		return outcome{}, err
	}
	if err := tx.Enqueue(ctx, p.notifyMail(q, p.withAttachments(body, m.Attachments), m, true)); err != nil {
		return outcome{}, err
	}
	return outcome{kind: data.OutcomeFollowup, questionID: qid}, nil
}

func (p *Processor) newQuestion(ctx context.Context, tx *data.Tx, m *Message, body string) (outcome, error) {
	if m.From.Addr == "" {
		return outcome{kind: data.OutcomeRejected, reason: "no sender address"}, nil
	}
	if old, err := p.backlog(ctx, tx, m); err != nil || old {
		if err != nil {
			return outcome{}, err
		}
		return p.fileBacklog(ctx, tx, m, body)
	}
	d := p.draftOf(m)
	asked, err := tx.AskedSince(ctx, m.From.Addr, tx.Now().Add(-24*time.Hour), d.q.Title, d.q.Body)
	if err != nil {
		return outcome{}, err
	}
	if asked.Questions >= p.cfg.QuestionsPerDay {
		return outcome{kind: data.OutcomeRateLimited,
			reason: fmt.Sprintf("%d questions from this sender in the last 24 hours (limit %d)", asked.Questions, p.cfg.QuestionsPerDay)}, nil
	}
	if body == "" && strings.TrimSpace(m.Subject) == "" {
		return outcome{kind: data.OutcomeRejected, reason: "empty message"}, nil
	}
	if asked.Same != 0 {
		return outcome{kind: data.OutcomeDuplicate, reason: fmt.Sprintf("the same words as question %d, asked today", asked.Same),
			questionID: asked.Same}, nil
	}
	acknowledge, out := p.acknowledges(asked), outcome{kind: data.OutcomeQuestion}
	if f := authFailure(m, p.cfg.TrustedAuthservID); f != "" {
		// The acknowledgement repeats the title to the From address, which
		// the trusted server found did not send this: the question is
		// kept for the owner, and nobody is mailed on a stranger's say-so.
		// The reason is recorded: a forwarder that breaks every mail's
		// signature would otherwise silence all acknowledgements unseen.
		acknowledge = false
		out.reason = "not acknowledged: authentication failed at " + p.cfg.TrustedAuthservID + ": " + f
	}
	q := d.q
	if err := p.ask(ctx, tx, &q, acknowledge, d.mails); err != nil {
		return outcome{}, err
	}
	out.questionID = q.ID
	return out, nil
}

// backlogAge is how long before helpline filed its first mail a mail must
// have reached the mailbox to be taken for the backlog: a question the
// owner had before helpline read the mailbox, when it is first pointed at
// one that holds years of mail. A mail of the day before is a reader
// waiting for the service to start, and is acknowledged.
const backlogAge = 24 * time.Hour

// backlog reports whether m was in the mailbox well before helpline filed
// its first mail.
func (p *Processor) backlog(ctx context.Context, tx *data.Tx, m *Message) (bool, error) {
	if m.received.IsZero() {
		return false, nil
	}
	first, err := tx.FirstFiled(ctx)
	if err != nil {
		return false, err
	}
	return m.received.Before(first.Add(-backlogAge)), nil
}

// fileBacklog stores a question of the backlog as asked when it arrived,
// with neither an acknowledgement, which would reach its asker months
// late, nor a notification: a mailbox of old mail would flood the owner
// with one for each. The owner finds them with `helpline questions list`
// and answers them from the helpline mailbox, where the mails still are.
// Dated when they arrived, they count towards no sender's limits of today.
func (p *Processor) fileBacklog(ctx context.Context, tx *data.Tx, m *Message, body string) (outcome, error) {
	if body == "" && strings.TrimSpace(m.Subject) == "" {
		return outcome{kind: data.OutcomeRejected, reason: "empty message"}, nil
	}
	q := p.draftOf(m).q
	q.AskedAt = m.received
	if err := tx.CreateQuestion(ctx, &q); err != nil {
		return outcome{}, err
	}
	return outcome{kind: data.OutcomeQuestion, questionID: q.ID,
		reason: "in the mailbox since " + m.received.Format(time.DateOnly) +
			", before helpline: filed without acknowledgement or notification"}, nil
}

// ask stores a question and queues its acknowledgement, if acknowledge,
// and the owner's notification, from mails written by questionMails. Mail
// and web questions both come through here.
func (p *Processor) ask(ctx context.Context, tx *data.Tx, q *data.Question, acknowledge bool, mails questionMails) error {
	q.Acked = acknowledge
	if err := tx.CreateQuestion(ctx, q); err != nil {
		return err
	}
	if q.Acked {
		ack := *mails.ack
		ack.QuestionID = q.ID
		if err := tx.Enqueue(ctx, &ack); err != nil {
			return err
		}
	}
	return tx.Enqueue(ctx, p.notifyFrom(q, false, mails.notify))
}

// acknowledges reports whether a sender who asked as asked says is
// acknowledged: while their questions of the last day that were
// acknowledged number fewer than the limit.
func (p *Processor) acknowledges(asked data.Asked) bool {
	return asked.Acked < p.cfg.AcksPerDay
}

// questionMails are a new question's two mails as far as they do not
// depend on its ID: the acknowledgement without its question, and the
// owner's notification after its first line.
type questionMails struct {
	ack    *data.OutboxMail
	notify string
}

func (p *Processor) mailsFor(q *data.Question, inReplyTo string, atts []Attachment) questionMails {
	return questionMails{ack: p.ackMail(q, inReplyTo), notify: p.notifyRest(q, p.withAttachments(q.Body, atts), nil)}
}

// questionDraft is what a message becomes if it is a new question, as far
// as that does not depend on the question's ID.
type questionDraft struct {
	text  string        // the trimmed text, "" when there is none
	q     data.Question // without ID
	mails questionMails
}

// draftOf works out m's draft once: newQuestion uses it again.
func (p *Processor) draftOf(m *Message) *questionDraft {
	if m.draft != nil {
		return m.draft
	}
	d := &questionDraft{text: strings.TrimSpace(m.trimmedText())}
	if d.text == "" {
		// All of it quoted: the question is the quote, as far as a
		// question is ever read.
		d.text = strings.TrimSpace(limitText(m.Text))
	}
	if d.text == "" {
		d.text = strings.TrimSpace(TrimReply(m.forwarded))
	}
	// What the reader wrote is published: addresses in it never are.
	subject := prose.HideAddresses(CleanSubject(m.Subject))
	title := limitTitle(subject)
	text := prose.HideAddresses(d.text)
	if title == "" {
		title = TitleFromBody(text)
	}
	body := text
	if body == "" {
		// The whole subject: the title may be cut short.
		body = subject
	}
	d.q = data.Question{Title: title, Body: body, AskerName: prose.Name(m.From.Name),
		AskerEmail: strings.ToLower(m.From.Addr), Source: "mail", MessageID: m.MessageID}
	d.mails = p.mailsFor(&d.q, m.MessageID, m.Attachments)
	m.draft = d
	return d
}

// answer publishes the owner's reply m to question qid, or carries out
// the command it holds, and tells the owner what it did. direct says the
// owner wrote to the asker themselves (from the helpline mailbox), so the
// asker already has the answer: they get a link, or nothing.
func (p *Processor) answer(m *Message, qid int64, direct bool) act {
	return func(ctx context.Context, tx *data.Tx) (outcome, error) {
		q, err := tx.QuestionByID(ctx, qid)
		if errors.Is(err, data.ErrNotFound) {
			out := outcome{kind: data.OutcomeRejected, reason: fmt.Sprintf("question %d no longer exists", qid)}
			return out, p.note(ctx, tx, m, false, 0, CleanSubject(m.Subject), "note_refused_subject", "note_gone", strconv.FormatInt(qid, 10))
		}
		if err != nil {
			return outcome{}, err
		}
		sent, err := sentTexts(ctx, tx, q, m, func(mail *data.OutboxMail) bool { return mail.Kind == data.KindNotify })
		if err != nil {
			return outcome{}, err
		}
		private := append([]string{q.AskerEmail}, p.cfg.OwnerAddresses...)
		out, err := p.applyAnswer(ctx, tx, q, publicAnswer(withoutSent(Answer(m), sent), private), m, direct)
		out.questionID = qid
		return out, err
	}
}

// maxThreadLookups bounds the Message-IDs of a reply looked up for the
// mails it may quote, nearest first: the mail it answers is the first.
const maxThreadLookups = 8

// sentTexts is what reply m about question q may quote: the question as
// it was asked, and the mails about q that m replies to and that ours
// picks: for an answer the owner's notifications (the question's and each
// follow-up's share a Message-ID), for a decision on a comment the notice
// about it, for a follow-up what was sent to the asker.
func sentTexts(ctx context.Context, tx *data.Tx, q *data.Question, m *Message, ours func(*data.OutboxMail) bool) ([]string, error) {
	sent := []string{q.Title, q.Body}
	seen := map[string]bool{}
	for _, id := range referenced(m) {
		if seen[id] {
			continue
		}
		if len(seen) == maxThreadLookups {
			break
		}
		seen[id] = true
		mails, err := tx.ListOutbox(ctx, data.OutboxFilter{MessageID: id})
		if err != nil {
			return nil, err
		}
		for _, mail := range mails {
			if mail.QuestionID == q.ID && ours(mail) {
				sent = append(sent, mail.Text)
			}
		}
	}
	return sent, nil
}

// publicAnswer is the owner's answer as it is published. The quoted lines
// an inline answer keeps are the reader's mail, or a mail before it, with
// its attribution: the addresses in them are hidden as in a question.
// What the owner typed is published as typed, an address they give
// included, except the private ones: the asker's and the owner's own,
// which reach the answer only in what their client added and trimming
// missed.
func publicAnswer(text string, private []string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if isQuoteLine(l) {
			l = prose.HideAddresses(l)
		}
		lines[i] = prose.HideAddressesOf(l, private...)
	}
	return strings.Join(lines, "\n")
}

func (p *Processor) applyAnswer(ctx context.Context, tx *data.Tx, q *data.Question, text string, m *Message, direct bool) (outcome, error) {
	link := QuestionURL(p.cfg.BaseURL, q)
	switch cmd := ownerCommand(text); cmd.kind {
	case cmdHide:
		return p.noted(ctx, tx, m, q, outcome{kind: data.OutcomeCommand, reason: "hidden"},
			tx.SetQuestionStatus(ctx, q.ID, data.QuestionHidden), "note_hidden_subject", "note_hidden", q.Title)
	case cmdShow:
		// Only an answered question is on the site: the link to one that
		// is not would lead to a page that is not found.
		if q.Answer == "" {
			return p.noted(ctx, tx, m, q, outcome{kind: data.OutcomeCommand, reason: "shown"},
				tx.SetQuestionStatus(ctx, q.ID, data.QuestionOpen), "note_shown_subject", "note_shown_open", q.Title)
		}
		return p.noted(ctx, tx, m, q, outcome{kind: data.OutcomeCommand, reason: "shown"},
			tx.SetQuestionStatus(ctx, q.ID, data.QuestionAnswered), "note_shown_subject", "note_shown", q.Title, link)
	case cmdTitle:
		title := Title(cmd.arg)
		slug, err := tx.SetQuestionTitle(ctx, q.ID, title)
		if err != nil {
			return outcome{}, err
		}
		q.Title, q.Slug = title, slug
		textID, args := "note_retitled", []any{title, QuestionURL(p.cfg.BaseURL, q)}
		switch q.Status {
		case data.QuestionOpen:
			textID, args = "note_retitled_open", args[:1]
		case data.QuestionHidden:
			textID, args = "note_retitled_hidden", args[:1]
		}
		return p.noted(ctx, tx, m, q, outcome{kind: data.OutcomeCommand, reason: "renamed"},
			nil, "note_retitled_subject", textID, args...)
	case cmdUnknown:
		out := outcome{kind: data.OutcomeRejected, reason: fmt.Sprintf("not a command: %q", cmd.arg)}
		return out, p.note(ctx, tx, m, false, q.ID, q.Title, "note_unknown_subject", "note_unknown", q.Title, cmd.arg)
	}
	if strings.TrimSpace(ownText(text)) == "" {
		out := outcome{kind: data.OutcomeRejected, reason: "reply had no new text"}
		return out, p.note(ctx, tx, m, false, q.ID, q.Title, "no_text_subject", "no_text", strconv.FormatInt(q.ID, 10), q.Title)
	}
	first := q.AnsweredAt.IsZero()
	err := tx.AddAnswer(ctx, &data.Answer{QuestionID: q.ID, Body: text, MessageID: m.MessageID})
	if errors.Is(err, data.ErrConflict) {
		return outcome{kind: data.OutcomeDuplicate, reason: "this reply is published already"}, nil
	}
	if err != nil {
		return outcome{}, err
	}
	out, textID := outcome{kind: data.OutcomeAnswer, reason: "published"}, "note_published"
	if !first {
		out.reason, textID = "replaced the published answer", "note_replaced"
	}
	if q.Status == data.QuestionHidden {
		// Answering a hidden question does not publish it again.
		if err := tx.SetQuestionStatus(ctx, q.ID, data.QuestionHidden); err != nil {
			return outcome{}, err
		}
		out.reason += " (question stays hidden)"
	} else if first && q.AskerEmail != "" { // "" once the asker was forgotten
		if err := p.tellAsker(ctx, tx, q, text, direct); err != nil {
			return outcome{}, err
		}
	}
	return p.noted(ctx, tx, m, q, out, nil, "note_published_subject", textID, q.Title, link)
}

// tellAsker queues the mail that tells the asker their question is
// answered: with the answer, or, when the owner wrote to them directly,
// with the link alone or not at all.
func (p *Processor) tellAsker(ctx context.Context, tx *data.Tx, q *data.Question, text string, direct bool) error {
	switch {
	case !direct:
		q.Answer = text
		return tx.Enqueue(ctx, p.answeredMail(q))
	case p.cfg.DirectAnswerNotice == "none":
		return nil
	}
	return tx.Enqueue(ctx, p.answeredLinkMail(q))
}

// noted is out for question q after the change that err reports, with a
// confirmation to the owner once the change is made.
func (p *Processor) noted(ctx context.Context, tx *data.Tx, m *Message, q *data.Question, out outcome, err error, subjectID, textID string, args ...any) (outcome, error) {
	if err != nil {
		return outcome{}, err
	}
	out.questionID = q.ID
	return out, p.note(ctx, tx, m, true, q.ID, q.Title, subjectID, textID, args...)
}
