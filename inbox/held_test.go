package inbox

import (
	"context"
	"errors"
	"regexp"
	"strings"
	"testing"
	"time"

	"helpline/data"
	"helpline/internal/token"
)

func TestHeldQuestionWaitsForItsAsker(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	now := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	f.db.Now = func() time.Time { return now }
	w := WebQuestion{Name: "Visit my-spam.example", Email: "Stranger@Reader.test", Title: "Cheap watches at my-spam.example",
		Body: "Buy now at my-spam.example, best prices; write to sales@my-spam.example"}
	id, err := f.proc.HoldWeb(ctx, w, "203.0.113.5")
	if err != nil {
		t.Fatal(err)
	}
	mails := f.outbox(data.KindAskConfirm)
	if len(mails) != 1 || len(f.outbox("")) != 1 {
		t.Fatalf("got %d confirmation mails of %d, want the one", len(mails), len(f.outbox("")))
	}
	m := mails[0]
	for _, part := range []string{m.Subject, m.Text, m.ToName} {
		if strings.Contains(part, "spam") || strings.Contains(part, "watches") {
			t.Errorf("the confirmation mail repeats what the form said: %q", part)
		}
	}
	if m.To != "stranger@reader.test" || m.Headers["Auto-Submitted"] != "auto-generated" {
		t.Errorf("got to %q, headers %v", m.To, m.Headers)
	}
	link := regexp.MustCompile(`https://help\.test/ask/confirm/(\S+)`).FindStringSubmatch(m.Text)
	if link == nil {
		t.Fatalf("no confirmation link in:\n%s", m.Text)
	}
	if n, _ := f.db.CountQuestions(ctx, ""); n != 0 {
		t.Fatalf("got %d questions before confirming, want 0", n)
	}
	altered := link[1][:len(link[1])-1] + map[bool]string{true: "a", false: "q"}[strings.HasSuffix(link[1], "q")]
	for _, forged := range []string{"", f.signer.Sign(token.Confirm, id), altered} {
		if _, err := f.proc.ConfirmHeld(ctx, forged); !errors.Is(err, token.ErrInvalid) {
			t.Errorf("confirm %q: got %v, want token.ErrInvalid", forged, err)
		}
	}
	qid, err := f.proc.ConfirmHeld(ctx, link[1])
	if err != nil {
		t.Fatal(err)
	}
	q, _ := f.db.QuestionByID(ctx, qid)
	if q.Title != w.Title || q.AskerEmail != "stranger@reader.test" || q.Source != "web" {
		t.Errorf("got %+v", q)
	}
	if strings.Contains(q.Body, "@") {
		t.Errorf("the published body keeps an address: %q", q.Body)
	}
	if len(f.outbox(data.KindAck)) != 1 || len(f.outbox(data.KindNotify)) != 1 {
		t.Errorf("the confirmed question was not acknowledged and notified like a mailed one")
	}
	if _, err := f.proc.ConfirmHeld(ctx, link[1]); !errors.Is(err, ErrHeldGone) {
		t.Errorf("confirming twice: got %v, want ErrHeldGone", err)
	}
}

func TestHeldQuestionsExpireAndAreLimited(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	now := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	f.db.Now = func() time.Time { return now }
	ask := func(email, ip string) (int64, error) {
		return f.proc.HoldWeb(ctx, WebQuestion{Email: email, Title: "Knees?", Body: "They hurt."}, ip)
	}
	for i := range 3 {
		if _, err := ask("ann@reader.test", "198.51.100.1"); err != nil {
			t.Fatalf("question %d: %v", i+1, err)
		}
	}
	if _, err := ask("ANN@reader.test", "198.51.100.2"); !errors.Is(err, ErrAskLimit) {
		t.Errorf("fourth for one address: got %v, want ErrAskLimit", err)
	}
	// A plus-address reaches the same mailbox: its sign-ups count with it.
	if _, err := ask("ann+4@reader.test", "198.51.100.3"); !errors.Is(err, ErrAskLimit) {
		t.Errorf("fourth for one mailbox: got %v, want ErrAskLimit", err)
	}
	if _, err := ask("anna+1@reader.test", "198.51.100.3"); err != nil {
		t.Errorf("another mailbox that starts the same: %v", err)
	}
	for i := range 7 {
		if _, err := ask("other"+string(rune('a'+i))+"@reader.test", "198.51.100.1"); err != nil {
			t.Fatalf("other %d: %v", i, err)
		}
	}
	if _, err := ask("zed@reader.test", "198.51.100.1"); !errors.Is(err, ErrAskLimit) {
		t.Errorf("eleventh from one visitor: got %v, want ErrAskLimit", err)
	}
	if got := len(f.outbox(data.KindAskConfirm)); got != 11 {
		t.Errorf("got %d confirmation mails, want 11", got)
	}
	first := f.outbox(data.KindAskConfirm)[0]
	tok := regexp.MustCompile(`/ask/confirm/(\S+)`).FindStringSubmatch(first.Text)[1]

	now = now.Add(7*24*time.Hour + time.Minute)
	if _, err := f.proc.ConfirmHeld(ctx, tok); !errors.Is(err, ErrHeldGone) {
		t.Errorf("after a week: got %v, want ErrHeldGone", err)
	}
	j := &Janitor{DB: f.db}
	if err := j.Sweep(ctx); err != nil {
		t.Fatal(err)
	}
	var n int
	err := f.db.InTx(ctx, func(tx *data.Tx) error {
		var err error
		n, _, err = tx.HeldSince(ctx, "ann@reader.test", "", time.Time{})
		return err
	})
	if err != nil || n != 0 {
		t.Errorf("after the sweep: %d held for ann (%v), want 0", n, err)
	}
	if _, err := ask("ann@reader.test", "198.51.100.1"); err != nil {
		t.Errorf("a day later the limits start again: %v", err)
	}
}

func TestJanitorDropsRawMailAfterKeepRaw(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	now := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	f.db.Now = func() time.Time { return now }
	m := f.deliver(question("ann@reader.test", "Knees", "My knees hurt."))
	j := &Janitor{DB: f.db, KeepRaw: 90 * 24 * time.Hour}
	now = now.Add(89 * 24 * time.Hour)
	if err := j.Sweep(ctx); err != nil {
		t.Fatal(err)
	}
	if got, _ := f.db.MessageByID(ctx, m.ID); got.Raw == nil {
		t.Fatal("dropped before the window closed")
	}
	now = now.Add(2 * 24 * time.Hour)
	if err := j.Sweep(ctx); err != nil {
		t.Fatal(err)
	}
	got, _ := f.db.MessageByID(ctx, m.ID)
	if got.Raw != nil || got.Outcome != data.OutcomeQuestion || got.Subject != "Knees" {
		t.Errorf("got raw %v, outcome %s, subject %q; want no bytes, the rest kept", got.Raw != nil, got.Outcome, got.Subject)
	}
	if err := f.proc.Process(ctx, m.ID); !errors.Is(err, ErrNoRaw) {
		t.Errorf("reprocessing: got %v, want ErrNoRaw", err)
	}
}

// A question whose asker was forgotten can still be answered: the answer
// is published, and no mail goes anywhere for them.
func TestAnswerAfterTheAskerWasForgotten(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	q := f.ask(t)
	if _, err := f.db.ForgetPerson(ctx, q.AskerEmail, "h", false); err != nil {
		t.Fatal(err)
	}
	m := f.deliver("From: " + testOwner + "\nTo: " + f.signer.Route(testMailbox, token.Answer, q.ID) +
		"\nSubject: Re: question\nMessage-ID: <answer-after-forget@helpline.test>\n\nRest for a week.\n")
	wantOutcome(t, m, data.OutcomeAnswer)
	got, _ := f.db.QuestionByID(ctx, q.ID)
	if got.Status != data.QuestionAnswered || got.AskerEmail != "" {
		t.Errorf("got %+v, want answered with no asker", got)
	}
	if n := len(f.outbox(data.KindAnswered)); n != 0 {
		t.Errorf("got %d answered mails, want none", n)
	}
}
