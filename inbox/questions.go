package inbox

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"helpline/data"
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
		qid, to, err := tx.OutboxQuestionByMessageID(ctx, ref)
		if err != nil {
			return 0, false, err
		}
		if qid != 0 && strings.EqualFold(to, m.From.Addr) {
			return qid, true, nil
		}
	}
	return 0, false, nil
}

func (p *Processor) followup(ctx context.Context, tx *data.Tx, m *Message, qid int64, body string) (outcome, error) {
	q, err := tx.QuestionByID(ctx, qid)
	if err != nil {
		return outcome{}, err
	}
	if body == "" {
		return outcome{kind: data.OutcomeRejected, reason: "follow-up with no new text", questionID: qid}, nil
	}
	if _, err := tx.AddFollowup(ctx, qid, body, m.MessageID); err != nil {
		return outcome{}, err
	}
	if err := tx.Enqueue(ctx, p.notifyMail(q, body, m, true)); err != nil {
		return outcome{}, err
	}
	return outcome{kind: data.OutcomeFollowup, questionID: qid}, nil
}

func (p *Processor) newQuestion(ctx context.Context, tx *data.Tx, m *Message, body string) (outcome, error) {
	if m.From.Addr == "" {
		return outcome{kind: data.OutcomeRejected, reason: "no sender address"}, nil
	}
	day := tx.Now().Add(-24 * time.Hour)
	n, acked, err := tx.AskedSince(ctx, m.From.Addr, day)
	if err != nil {
		return outcome{}, err
	}
	if n >= p.cfg.QuestionsPerDay {
		return outcome{kind: data.OutcomeRateLimited,
			reason: fmt.Sprintf("%d questions from this sender in the last 24 hours (limit %d)", n, p.cfg.QuestionsPerDay)}, nil
	}
	if body == "" && strings.TrimSpace(m.Subject) == "" {
		return outcome{kind: data.OutcomeRejected, reason: "empty message"}, nil
	}
	d := p.draftOf(m)
	q := d.q
	if err := p.ask(ctx, tx, &q, acked, d.mails); err != nil {
		return outcome{}, err
	}
	return outcome{kind: data.OutcomeQuestion, questionID: q.ID}, nil
}

// ask stores a question and queues its acknowledgement (while the sender's
// questions of the last day that were acknowledged number fewer than the
// limit) and the owner's notification, from mails written by questionMails.
// Mail and web questions both come through here.
func (p *Processor) ask(ctx context.Context, tx *data.Tx, q *data.Question, acked int, mails questionMails) error {
	q.Acked = acked < p.cfg.AcksPerDay
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

// questionMails are a new question's two mails as far as they do not
// depend on its ID: the acknowledgement without its question, and the
// owner's notification after its first line.
type questionMails struct {
	ack    *data.OutboxMail
	notify string
}

func (p *Processor) mailsFor(q *data.Question, inReplyTo string) questionMails {
	return questionMails{ack: p.ackMail(q, inReplyTo), notify: p.notifyRest(q, q.Body, nil)}
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
		d.text = strings.TrimSpace(m.Text)
	}
	subject := CleanSubject(m.Subject)
	title := limitTitle(subject)
	if title == "" {
		title = TitleFromBody(d.text)
	}
	body := d.text
	if body == "" {
		// The whole subject: the title may be cut short.
		body = subject
	}
	d.q = data.Question{Title: title, Slug: data.Slugify(title), Body: body, AskerName: limitName(m.From.Name),
		AskerEmail: strings.ToLower(m.From.Addr), Source: "mail", MessageID: m.MessageID}
	d.mails = p.mailsFor(&d.q, m.MessageID)
	m.draft = d
	return d
}

// answer publishes the owner's reply to question qid, or carries out the
// command it holds.
func (p *Processor) answer(m *Message, qid int64) act {
	return func(ctx context.Context, tx *data.Tx) (outcome, error) {
		q, err := tx.QuestionByID(ctx, qid)
		if errors.Is(err, data.ErrNotFound) {
			return outcome{kind: data.OutcomeRejected, reason: fmt.Sprintf("question %d no longer exists", qid)}, nil
		}
		if err != nil {
			return outcome{}, err
		}
		out, err := p.applyAnswer(ctx, tx, q, Answer(m), m)
		out.questionID = qid
		return out, err
	}
}

func (p *Processor) applyAnswer(ctx context.Context, tx *data.Tx, q *data.Question, text string, m *Message) (outcome, error) {
	switch ownerCommand(text) {
	case cmdHide:
		return outcome{kind: data.OutcomeCommand, reason: "hidden", questionID: q.ID},
			tx.SetQuestionStatus(ctx, q.ID, data.QuestionHidden)
	case cmdShow:
		status := data.QuestionOpen
		if q.Answer != "" {
			status = data.QuestionAnswered
		}
		return outcome{kind: data.OutcomeCommand, reason: "shown", questionID: q.ID},
			tx.SetQuestionStatus(ctx, q.ID, status)
	}
	if strings.TrimSpace(text) == "" {
		return outcome{kind: data.OutcomeRejected, reason: "reply had no new text", questionID: q.ID},
			tx.Enqueue(ctx, p.noTextMail(q, m))
	}
	first := q.AnsweredAt.IsZero()
	if err := tx.AddAnswer(ctx, &data.Answer{QuestionID: q.ID, Body: text, MessageID: m.MessageID}); err != nil {
		return outcome{}, err
	}
	reason := "published"
	if !first {
		reason = "replaced the published answer"
	}
	if q.Status == data.QuestionHidden {
		// Answering a hidden question does not publish it again.
		if err := tx.SetQuestionStatus(ctx, q.ID, data.QuestionHidden); err != nil {
			return outcome{}, err
		}
		reason += " (question stays hidden)"
	} else if first && q.AskerEmail != "" { // "" once the asker was forgotten
		q.Answer = text
		if err := tx.Enqueue(ctx, p.answeredMail(q)); err != nil {
			return outcome{}, err
		}
	}
	return outcome{kind: data.OutcomeAnswer, reason: reason, questionID: q.ID}, nil
}
