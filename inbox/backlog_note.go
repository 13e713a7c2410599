package inbox

import (
	"context"
	"fmt"
	"strings"

	"helpline/data"
	"helpline/internal/prose"
	"helpline/internal/token"
)

// The backlog is filed quietly (fileBacklog), but not in silence: once a
// poll has filed some, the owner gets one note that says how many, of
// when, which are the newest, and how to answer them. One note for what
// a poll filed, whether that is three mails or two thousand.

// backlogShown is how many of the newest backlog questions the note names.
const backlogShown = 5

// backlogTitleChars bounds a title in the note's list, one line each.
const backlogTitleChars = 45

// NoteBacklog tells the owner of the questions filed from the backlog
// since the last note about it, if there are any, in one note. The note
// and the record that they were told commit together, after the mails
// themselves: a crash before it leaves the questions for the next call,
// and a crash after it cannot bring a second note about them. It is not
// held to maxNotesPerHour: it comes once for a whole poll, and one held
// back would never come.
func (p *Processor) NoteBacklog(ctx context.Context) error {
	return p.db.InTx(ctx, func(tx *data.Tx) error {
		b, err := tx.UnnotedBacklog(ctx, backlogAge, backlogShown)
		if err != nil {
			return err
		}
		if b.Count > 0 {
			if err := tx.Enqueue(ctx, p.backlogNote(b)); err != nil {
				return err
			}
			p.log.Info("owner told of mail from before helpline", "questions", b.Count)
		}
		return tx.BacklogNoted(ctx, b)
	})
}

// backlogNote is the note about b. It names no question in the outbox's
// record of it: a reply to it is about none of them.
func (p *Processor) backlogNote(b *data.Backlog) *data.OutboxMail {
	l := p.cfg.Locale
	var s strings.Builder
	p.say(&s, "backlog_filed", b.Count, l.Date(b.From), l.Date(b.To))
	s.WriteString(l.T("backlog_newest") + "\n")
	for _, q := range b.Newest {
		title, _ := prose.Shorten(prose.OneLine(q.Title), backlogTitleChars)
		fmt.Fprintf(&s, "    #%d  %s  (%s)\n", q.ID, title, l.Date(q.AskedAt))
	}
	s.WriteString("\n")
	// The commands on lines of their own, to be copied as they are.
	s.WriteString(prose.Wrap(l.T("backlog_list"), wrapWidth) + "\n")
	fmt.Fprintf(&s, "    helpline questions list --status open\n    helpline questions show %d\n\n", b.Newest[0].ID)
	s.WriteString(prose.Wrap(l.T("backlog_answer", p.cfg.Mailbox), wrapWidth) + "\n")
	return &data.OutboxMail{
		Kind: data.KindOwnerNote, To: p.cfg.OwnerAddresses[0], ToName: p.cfg.OwnerName,
		Subject:   l.T("backlog_subject", b.Count),
		Text:      s.String(),
		MessageID: token.RandomID(p.domain),
		// RFC 3834 5: no reply to anything, and not to be answered by
		// an autoresponder.
		Headers: map[string]string{"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
	}
}
