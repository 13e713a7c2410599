package data

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// openSubscriberDB opens a migrated database in a temporary folder with a
// clock the test moves by hand.
func openSubscriberDB(t *testing.T) (*DB, *time.Time) {
	t.Helper()
	db, err := Open(filepath.Join(t.TempDir(), "helpline.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	now := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { return now }
	return db, &now
}

func subscribe(t *testing.T, db *DB, addr, name string) *Subscriber {
	t.Helper()
	var s *Subscriber
	err := db.InTx(context.Background(), func(tx *Tx) error {
		var err error
		s, err = tx.SubscribePending(context.Background(), addr, name, "web")
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestNormalizeEmail(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  Ann@Example.ORG ", "Ann@example.org"},
		{"bob@example.org", "bob@example.org"},
		{"odd\"@\"name@Host.example", "odd\"@\"name@host.example"},
		{"nodomain", "nodomain"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := NormalizeEmail(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSubscribePendingNeverDuplicates(t *testing.T) {
	db, _ := openSubscriberDB(t)
	a := subscribe(t, db, "Runner@Example.org", "Ann")
	b := subscribe(t, db, " runner@EXAMPLE.ORG", "Annie")
	if a.ID != b.ID {
		t.Fatalf("got ids %d and %d, want one subscriber", a.ID, b.ID)
	}
	if b.Name != "Annie" || b.Status != SubscriberPending {
		t.Errorf("got name %q status %q, want Annie pending", b.Name, b.Status)
	}
	all, err := db.ListSubscribers(context.Background(), SubscriberFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 1 {
		t.Errorf("got %d rows, want 1", len(all))
	}
}

func TestConfirmUnsubscribeAndWelcomeOnce(t *testing.T) {
	db, now := openSubscriberDB(t)
	ctx := context.Background()
	s := subscribe(t, db, "ann@example.org", "Ann")
	err := db.InTx(ctx, func(tx *Tx) error {
		got, changed, err := tx.ConfirmSubscriber(ctx, s.ID, ConsentDoubleOptIn)
		if err != nil {
			return err
		}
		if !changed {
			t.Errorf("first confirmation: got changed false, want true")
		}
		if _, changed, err := tx.ConfirmSubscriber(ctx, s.ID, ConsentDoubleOptIn); err != nil || changed {
			t.Errorf("second confirmation: got changed %v err %v, want false nil", changed, err)
		}
		if got.Status != SubscriberActive || !got.ConfirmedAt.Equal(*now) || got.ConsentSource != ConsentDoubleOptIn {
			t.Errorf("got %+v, want active, confirmed now by double opt-in", got)
		}
		first, err := tx.MarkWelcomeSent(ctx, s.ID)
		if err != nil {
			return err
		}
		second, err := tx.MarkWelcomeSent(ctx, s.ID)
		if err != nil {
			return err
		}
		if !first || second {
			t.Errorf("got welcome marks %v, %v, want true, false", first, second)
		}
		return tx.Enqueue(ctx, &OutboxMail{Kind: KindDigest, To: s.Email, SubscriberID: s.ID})
	})
	if err != nil {
		t.Fatal(err)
	}
	firstConfirm := *now
	*now = now.Add(time.Hour)
	err = db.InTx(ctx, func(tx *Tx) error {
		changed, err := tx.SuppressSubscriber(ctx, s.ID, SuppressedUnsubscribed)
		if err != nil || !changed {
			t.Errorf("got changed %v err %v, want true nil", changed, err)
		}
		changed, err = tx.SuppressSubscriber(ctx, s.ID, SuppressedUnsubscribed)
		if err != nil || changed {
			t.Errorf("second unsubscribe: got changed %v err %v, want false nil", changed, err)
		}
		_, _, err = tx.ConfirmSubscriber(ctx, s.ID, ConsentDoubleOptIn)
		if !errors.Is(err, ErrNotPending) {
			t.Errorf("confirm after unsubscribe: got %v, want ErrNotPending", err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	rows, err := db.ListOutbox(ctx, OutboxFilter{Kind: KindDigest})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || rows[0].Status != OutboxCancelled {
		t.Errorf("got outbox %+v, want one cancelled row", rows)
	}
	back := subscribe(t, db, "ann@example.org", "")
	if back.Status != SubscriberPending || !back.ConfirmedAt.Equal(firstConfirm) || back.WelcomeSentAt.IsZero() {
		t.Errorf("got %+v, want pending again with the first consent and welcome kept", back)
	}
}

func TestRecordConfirmSentCountsPerDay(t *testing.T) {
	db, now := openSubscriberDB(t)
	ctx := context.Background()
	s := subscribe(t, db, "ann@example.org", "")
	record := func() (bool, *Subscriber) {
		t.Helper()
		var counted bool
		if err := db.InTx(ctx, func(tx *Tx) (err error) {
			counted, err = tx.RecordConfirmSent(ctx, s.ID, 2)
			return err
		}); err != nil {
			t.Fatal(err)
		}
		got, err := db.subscriberByID(ctx, s.ID)
		if err != nil {
			t.Fatal(err)
		}
		return counted, got
	}
	record()
	if counted, got := record(); !counted || got.ConfirmCount != 2 {
		t.Errorf("got %d confirmations today (counted %v), want 2", got.ConfirmCount, counted)
	}
	if counted, got := record(); counted || got.ConfirmCount != 2 {
		t.Errorf("over the limit: got %d confirmations today (counted %v), want 2, not counted", got.ConfirmCount, counted)
	}
	*now = now.Add(24 * time.Hour)
	if counted, got := record(); !counted || got.ConfirmCount != 1 {
		t.Errorf("next day: got %d confirmations (counted %v), want 1", got.ConfirmCount, counted)
	}
}

// The plus-addresses of an address reach one mailbox: a stranger signing
// them up one after another gets it no more confirmations a day than the
// address itself. Other mailboxes, one whose name only starts the same
// included, count on their own.
func TestRecordConfirmSentCountsPerMailbox(t *testing.T) {
	db, now := openSubscriberDB(t)
	ctx := context.Background()
	tests := []struct {
		addr string
		want bool
	}{
		{"ann+1@example.org", true},
		{"ann+2@example.org", true},
		{"Ann+3@Example.org", false},
		{"ann@example.org", false},
		{"anna@example.org", true},
		{"ann+4@example.org.other.example", true},
		{"ann@other.example", true},
		{"ann.b+1@example.org", true},
	}
	for _, tt := range tests {
		s := subscribe(t, db, tt.addr, "")
		var counted bool
		if err := db.InTx(ctx, func(tx *Tx) (err error) {
			counted, err = tx.RecordConfirmSent(ctx, s.ID, 2)
			return err
		}); err != nil {
			t.Fatal(err)
		}
		if counted != tt.want {
			t.Errorf("%s: counted %v, want %v", tt.addr, counted, tt.want)
		}
	}
	*now = now.Add(24 * time.Hour)
	s := subscribe(t, db, "ann+5@example.org", "")
	if err := db.InTx(ctx, func(tx *Tx) error {
		counted, err := tx.RecordConfirmSent(ctx, s.ID, 2)
		if err == nil && !counted {
			t.Errorf("next day: not counted, want counted")
		}
		return err
	}); err != nil {
		t.Fatal(err)
	}
}

func TestListSubscribersInBatches(t *testing.T) {
	db, _ := openSubscriberDB(t)
	ctx := context.Background()
	var want []int64
	err := db.InTx(ctx, func(tx *Tx) error {
		for i, addr := range []string{"a@x.example", "b@x.example", "c@x.example", "d@x.example", "e@x.example"} {
			status := SubscriberActive
			if i == 2 {
				status = SubscriberUnsubscribed
			}
			s, err := tx.AddSubscriber(ctx, NewSubscriber{Email: addr, Status: status, Source: "import"})
			if err != nil {
				return err
			}
			if status == SubscriberActive {
				want = append(want, s.ID)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var got []int64
	var after int64
	for {
		batch, err := db.ListSubscribers(ctx, SubscriberFilter{Status: SubscriberActive, AfterID: after, Limit: 2})
		if err != nil {
			t.Fatal(err)
		}
		if len(batch) == 0 {
			break
		}
		for _, s := range batch {
			if s.ConsentSource != ConsentOwner {
				t.Errorf("subscriber %d: got consent %q, want owner", s.ID, s.ConsentSource)
			}
			got = append(got, s.ID)
		}
		after = batch[len(batch)-1].ID
	}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("got %v, want %v", got, want)
		}
	}
}

func TestSoftBounceCount(t *testing.T) {
	db, now := openSubscriberDB(t)
	ctx := context.Background()
	s := subscribe(t, db, "ann@example.org", "")
	for i := range 3 {
		err := db.InTx(ctx, func(tx *Tx) error {
			return tx.RecordBounce(ctx, &Bounce{SubscriberID: s.ID, Email: s.Email, Status: "4.2.2"})
		})
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			*now = now.Add(40 * 24 * time.Hour)
		}
	}
	// Two reports of one mail in the window count once.
	m := &OutboxMail{Kind: KindDigest, To: s.Email, SubscriberID: s.ID, Subject: "New answers", Text: "Answers."}
	err := db.InTx(ctx, func(tx *Tx) error {
		if err := tx.Enqueue(ctx, m); err != nil {
			return err
		}
		for range 2 {
			if err := tx.RecordBounce(ctx, &Bounce{SubscriberID: s.ID, OutboxID: m.ID, Email: s.Email, Status: "4.4.7"}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	err = db.InTx(ctx, func(tx *Tx) error {
		n, err := tx.CountSoftBounces(ctx, s.ID, now.Add(-30*24*time.Hour))
		if n != 3 {
			t.Errorf("got %d soft bounces in the window, want 3: two reports, and one mail reported twice", n)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestForgetLeavesNoAddress(t *testing.T) {
	db, _ := openSubscriberDB(t)
	ctx := context.Background()
	key := []byte("suppression key for tests")
	const addr = "forget.me@example.org"
	s := subscribe(t, db, addr, "Forget Me")
	err := db.InTx(ctx, func(tx *Tx) error {
		if err := tx.Enqueue(ctx, &OutboxMail{Kind: KindConfirm, To: addr, SubscriberID: s.ID, Text: "hi " + addr}); err != nil {
			return err
		}
		return tx.RecordBounce(ctx, &Bounce{SubscriberID: s.ID, Email: addr, Hard: true, Status: "5.1.1"})
	})
	if err != nil {
		t.Fatal(err)
	}
	if r, err := db.ForgetPerson(ctx, "Forget.Me@EXAMPLE.org", SuppressionHash(key, addr), false); err != nil || !r.Found {
		t.Fatalf("got %+v, %v; want the subscriber forgotten", r, err)
	}
	if _, err := db.SubscriberByEmail(ctx, addr); !errors.Is(err, ErrNotFound) {
		t.Errorf("got %v, want ErrNotFound", err)
	}
	found, err := db.Suppressed(ctx, SuppressionHash(key, addr))
	suppressed := found[SuppressionHash(key, addr)]
	if err != nil || !suppressed {
		t.Errorf("got suppressed %v err %v, want true nil", suppressed, err)
	}
	for _, f := range []string{db.Path(), db.Path() + "-wal"} {
		b, err := os.ReadFile(f)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(bytes.ToLower(b), []byte("forget.me")) {
			t.Errorf("%s still holds the address", filepath.Base(f))
		}
	}
	if r, err := db.ForgetPerson(ctx, addr, SuppressionHash(key, addr), false); err != nil || r.Found {
		t.Errorf("forgetting twice: got %+v, %v; want nothing found", r, err)
	}
}
