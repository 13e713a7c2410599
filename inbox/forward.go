package inbox

import (
	"context"
	"fmt"
	"strings"
	"time"

	"helpline/data"
	"helpline/internal/prose"
	"helpline/internal/token"
)

// forwardsPerDay bounds how many of one sender's replies are forwarded to
// the owner in a day; more are recorded only.
const forwardsPerDay = 3

// questionOrForward is a new question or a follow-up, unless m replies to
// mail of ours that is about no question (the confirmation, the welcome
// mail, a digest, a note to the owner): such a reply is not a question,
// and goes to the owner instead of the public question queue. (A mail
// the owner forwards to the helpline is taken before, by dispatch.)
func (p *Processor) questionOrForward(m *Message) act {
	// What m would be as a question is worked out here, while deciding,
	// rather than in its transaction.
	p.draftOf(m)
	return func(ctx context.Context, tx *data.Tx) (outcome, error) {
		for _, ref := range referenced(m) {
			t, found, err := tx.ThreadOf(ctx, ref)
			if err != nil {
				return outcome{}, err
			}
			if found && t.Ours && t.QuestionID == 0 {
				if writtenBy(m, p.cfg.OwnerAddresses) {
					return p.ownerAboutNothing(ctx, tx, m, t.Kind)
				}
				return p.forward(ctx, tx, m, t.Kind)
			}
		}
		return p.question(m)(ctx, tx)
	}
}

// ownerAboutNothing is the owner's reply to one of our mails of kind that
// is about no question, such as the note about mail from before helpline:
// it publishes nothing, and the owner is told so and how to answer,
// rather than sent their own words as a reader's.
func (p *Processor) ownerAboutNothing(ctx context.Context, tx *data.Tx, m *Message, kind string) (outcome, error) {
	out := outcome{kind: data.OutcomeRejected, reason: "the owner's reply to our " + kind + " mail, which is about no question"}
	title := limitTitle(CleanSubject(m.Subject))
	return out, p.note(ctx, tx, m, false, 0, title, "note_no_question_subject", "note_no_question", title)
}

// forward sends the owner what a reader wrote back to one of our mails of
// kind, with Reply-To the reader so that the owner can answer them.
func (p *Processor) forward(ctx context.Context, tx *data.Tx, m *Message, kind string) (outcome, error) {
	out := outcome{kind: data.OutcomeForwarded, reason: "a reply to our " + kind + " mail"}
	n, err := tx.CountMessages(ctx, data.MessageFilter{Outcome: data.OutcomeForwarded, From: m.From.Addr,
		Since: tx.Now().Add(-24 * time.Hour)})
	if err != nil {
		return outcome{}, err
	}
	if n >= forwardsPerDay {
		out.reason += fmt.Sprintf(", not forwarded: %d from this sender today", n)
		return out, nil
	}
	text := strings.TrimSpace(m.trimmedText())
	if text == "" {
		text = strings.TrimSpace(m.Text)
	}
	who := m.From.Addr
	if m.From.Name != "" {
		who = fmt.Sprintf("%s <%s>", prose.Name(m.From.Name), m.From.Addr)
	}
	t := p.cfg.Locale.T
	var b strings.Builder
	p.say(&b, "forward_intro", who, kind)
	b.WriteString(quoteText(limitText(text)))
	return out, tx.Enqueue(ctx, &data.OutboxMail{
		Kind: data.KindForward, To: p.cfg.OwnerAddresses[0], ToName: p.cfg.OwnerName,
		ReplyTo: m.From.Addr, Subject: t("forward_subject", limitTitle(CleanSubject(m.Subject))), Text: b.String(),
		MessageID: token.RandomID(p.domain),
		Headers:   replyHeaders(map[string]string{"Auto-Submitted": "auto-generated"}, m.MessageID),
	})
}
