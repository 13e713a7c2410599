package data

import (
	"context"
	"testing"
	"time"
)

// The backlog is the questions of mail that came well before the first
// was filed, each counted once: not the mail of the day before, not a
// question from the site, and not one the owner was told of already.
func TestUnnotedBacklog(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	unnoted := func(note bool) *Backlog {
		t.Helper()
		var b *Backlog
		err := db.InTx(ctx, func(tx *Tx) error {
			var err error
			if b, err = tx.UnnotedBacklog(ctx, 24*time.Hour, 2); err != nil || !note {
				return err
			}
			return tx.BacklogNoted(ctx, b)
		})
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	// A question of long ago that was there before the first filing
	// was recorded, as in a database from before backlog was known.
	err := db.InTx(ctx, func(tx *Tx) error {
		return tx.CreateQuestion(ctx, &Question{Title: "Answered years ago", Body: "?", AskerEmail: "a@example.org",
			AskedAt: time.Now().Add(-1000 * 24 * time.Hour)})
	})
	if err != nil {
		t.Fatal(err)
	}
	if b := unnoted(true); b.Count != 0 {
		t.Fatalf("before any mail was filed: got %d, want none", b.Count)
	}
	var first time.Time
	ask := func(title, source string, asked time.Duration) {
		t.Helper()
		err := db.InTx(ctx, func(tx *Tx) error {
			var err error
			if first, err = tx.FirstFiled(ctx); err != nil {
				return err
			}
			return tx.CreateQuestion(ctx, &Question{Title: title, Body: "?", AskerEmail: "a@example.org", Source: source,
				AskedAt: first.Add(asked)})
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	ask("Old", "mail", -300*24*time.Hour)
	ask("Older", "mail", -400*24*time.Hour)
	ask("Newest old", "mail", -48*time.Hour)
	ask("Yesterday", "mail", -12*time.Hour)
	ask("From the site", "web", -300*24*time.Hour)
	b := unnoted(false)
	if b.Count != 3 || !b.From.Equal(first.Add(-400*24*time.Hour)) || !b.To.Equal(first.Add(-48*time.Hour)) {
		t.Fatalf("got %d from %v to %v, want 3 from 400 days to 2 days before the first filing (%v)", b.Count, b.From, b.To, first)
	}
	if len(b.Newest) != 2 || b.Newest[0].Title != "Newest old" || b.Newest[1].Title != "Old" {
		t.Fatalf("got newest %v, want the two newest old ones", b.Newest)
	}
	if b := unnoted(true); b.Count != 3 {
		t.Fatalf("not noted before: got %d, want the same 3 again", b.Count)
	}
	if b := unnoted(true); b.Count != 0 {
		t.Fatalf("after the note: got %d, want none", b.Count)
	}
	// A reader's mail of long ago that the owner forwards today: dated
	// when the reader wrote, filed from a mail of today.
	err = db.InTx(ctx, func(tx *Tx) error {
		q := &Question{Title: "Forwarded today", Body: "?", AskerEmail: "a@example.org", Source: "mail",
			AskedAt: first.Add(-700 * 24 * time.Hour)}
		if err := tx.CreateQuestion(ctx, q); err != nil {
			return err
		}
		return tx.StoreMessage(ctx, &Message{Mailbox: "INBOX", UIDValidity: 1, UID: 1, Outcome: OutcomeQuestion, QuestionID: q.ID})
	})
	if err != nil {
		t.Fatal(err)
	}
	if b := unnoted(true); b.Count != 0 {
		t.Fatalf("after a forward of old mail: got %d, want none", b.Count)
	}
	ask("Found in an archive", "mail", -500*24*time.Hour)
	if b := unnoted(true); b.Count != 1 || b.Newest[0].Title != "Found in an archive" {
		t.Fatalf("got %d, want the one filed since", b.Count)
	}
}
