package inbox

import (
	"context"
	"strings"

	"helpline/data"
	"helpline/internal/prose"
)

// WebQuestion is a question asked through the site's form.
type WebQuestion struct {
	Name  string
	Email string
	Title string
	Body  string
}

// AskWeb enters a question from the web form into the same flow as a mailed
// one: stored, acknowledged by mail within the sender's limits, and sent to
// the owner. It reports ok=false when the sender is over the daily limit.
func (p *Processor) AskWeb(ctx context.Context, w WebQuestion) (id int64, ok bool, err error) {
	email := strings.ToLower(strings.TrimSpace(w.Email))
	err = p.db.InTx(ctx, func(tx *data.Tx) error {
		q := &data.Question{Title: prose.HideAddresses(strings.TrimSpace(w.Title)), Body: prose.HideAddresses(strings.TrimSpace(w.Body)),
			AskerName: strings.TrimSpace(w.Name), AskerEmail: email, Source: "web"}
		asked, err := tx.AskedSince(ctx, email, tx.Now().AddDate(0, 0, -1), q.Title, q.Body)
		if err != nil || asked.Questions >= p.cfg.QuestionsPerDay {
			return err
		}
		if err := p.ask(ctx, tx, q, p.acknowledges(asked), p.mailsFor(q, "", nil)); err != nil {
			return err
		}
		id, ok = q.ID, true
		return nil
	})
	return id, ok, err
}
