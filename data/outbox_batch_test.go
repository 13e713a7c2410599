package data

import (
	"context"
	"errors"
	"fmt"
	"testing"
)

func enqueueN(t *testing.T, db *DB, n int) []int64 {
	t.Helper()
	var ids []int64
	for range n {
		m := &OutboxMail{Kind: KindAck, To: "runner@example.org", Subject: "s", Text: "t"}
		if err := db.InTx(context.Background(), func(tx *Tx) error { return tx.Enqueue(context.Background(), m) }); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, m.ID)
	}
	return ids
}

// claimN claims the n oldest due rows of db, as the sender does.
func claimN(t *testing.T, db *DB, n int) []*OutboxMail {
	t.Helper()
	rows, err := db.ClaimOutbox(context.Background(), n, nil)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestSettleOutboxUntried(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	ids := enqueueN(t, db, 3)
	claimed, err := db.ClaimOutbox(ctx, 3, nil)
	if err != nil || len(claimed) != 3 {
		t.Fatalf("claim: got %d rows, %v; want 3", len(claimed), err)
	}
	if err := db.SettleOutbox(ctx, Outcome{Status: OutboxSent}, ids[0]); err != nil {
		t.Fatal(err)
	}
	if err := db.SettleOutbox(ctx, Outcome{Status: OutboxQueued}, ids...); err != nil {
		t.Fatalf("release: %v", err)
	}
	tests := []struct {
		id       int64
		status   string
		attempts int
	}{
		{ids[0], OutboxSent, 1},
		{ids[1], OutboxQueued, 0},
		{ids[2], OutboxQueued, 0},
	}
	for _, tt := range tests {
		m := outboxRow(t, db, tt.id)
		if m.Status != tt.status || m.Attempts != tt.attempts {
			t.Errorf("row %d: got %s after %d attempts, want %s after %d", tt.id, m.Status, m.Attempts, tt.status, tt.attempts)
		}
	}
	again, err := db.ClaimOutbox(ctx, 10, nil)
	if err != nil || len(again) != 2 {
		t.Fatalf("claim after release: got %d rows, %v; want 2", len(again), err)
	}
}

func TestClaimNamesOnce(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	ids := enqueueN(t, db, 2)
	name := func(prefix string) func(int64) string {
		return func(id int64) string { return fmt.Sprintf("%s.%d@example.org", prefix, id) }
	}
	first, err := db.ClaimOutbox(ctx, 1, name("first"))
	if err != nil || len(first) != 1 || first[0].MessageID != fmt.Sprintf("first.%d@example.org", ids[0]) {
		t.Fatalf("first claim: got %+v, %v; want row %d named first", first, err, ids[0])
	}
	if err := db.SettleOutbox(ctx, Outcome{Status: OutboxQueued}, ids[0]); err != nil {
		t.Fatal(err)
	}
	// The released row keeps its name on the next claim; the other gets one.
	again, err := db.ClaimOutbox(ctx, 10, name("second"))
	if err != nil || len(again) != 2 {
		t.Fatalf("second claim: got %d rows, %v; want 2", len(again), err)
	}
	for _, want := range []string{fmt.Sprintf("first.%d@example.org", ids[0]), fmt.Sprintf("second.%d@example.org", ids[1])} {
		found := false
		for _, m := range again {
			stored := outboxRow(t, db, m.ID)
			found = found || (m.MessageID == want && stored.MessageID == want)
		}
		if !found {
			t.Errorf("no claimed row named %q, returned and stored", want)
		}
	}
}

func TestSettleOutboxSentSeveral(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	ids := enqueueN(t, db, 4)
	claimN(t, db, 3)
	if err := db.SettleOutbox(ctx, Outcome{Status: OutboxSent}, ids...); err != nil {
		t.Fatalf("mark sent: %v", err)
	}
	want := []string{OutboxSent, OutboxSent, OutboxSent, OutboxQueued}
	for i, id := range ids {
		m := outboxRow(t, db, id)
		if m.Status != want[i] || (m.Status == OutboxSent) == m.SentAt.IsZero() {
			t.Errorf("row %d: got %s sent at %v, want %s", id, m.Status, m.SentAt, want[i])
		}
	}
}

func TestSettleOutboxCancelsALeaver(t *testing.T) {
	ctx := context.Background()
	db, _ := openSubscriberDB(t)
	stay, leave, gone := subscribe(t, db, "stay@example.org", "Stay"), subscribe(t, db, "leave@example.org", "Leave"),
		subscribe(t, db, "gone@example.org", "Gone")
	for _, s := range []*Subscriber{stay, leave, gone} {
		m := &OutboxMail{Kind: KindDigest, To: s.Email, SubscriberID: s.ID, Text: "t"}
		if err := db.InTx(ctx, func(tx *Tx) error { return tx.Enqueue(ctx, m) }); err != nil {
			t.Fatal(err)
		}
	}
	claimed, err := db.ClaimOutbox(ctx, 10, nil)
	if err != nil || len(claimed) != 3 {
		t.Fatalf("claim: got %d rows, %v; want 3", len(claimed), err)
	}
	err = db.InTx(ctx, func(tx *Tx) error {
		if _, err := tx.SuppressSubscriber(ctx, leave.ID, SuppressedUnsubscribed); err != nil {
			return err
		}
		_, err := tx.exec(ctx, "DELETE FROM subscribers WHERE id = ?", gone.ID)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		sub       *Subscriber
		reachable bool
	}{{stay, true}, {leave, false}, {gone, false}}
	for _, tt := range tests {
		t.Run(tt.sub.Email, func(t *testing.T) {
			got, err := db.SubscriberReachable(ctx, tt.sub.ID)
			if err != nil || got != tt.reachable {
				t.Errorf("got reachable %v, %v; want %v", got, err, tt.reachable)
			}
		})
	}
	// The claimed row of the leaver was not cancelled by leaving: the
	// sender cancels it.
	row := claimed[1]
	if m := outboxRow(t, db, row.ID); m.Status != OutboxSending {
		t.Fatalf("row of the leaver: got %s, want still sending", m.Status)
	}
	if err := db.SettleOutbox(ctx, Outcome{Status: OutboxCancelled, Reason: "recipient left"}, row.ID); err != nil {
		t.Fatal(err)
	}
	if err := db.SettleOutbox(ctx, Outcome{Status: OutboxSent}, row.ID); err != nil {
		t.Fatal(err)
	}
	if m := outboxRow(t, db, row.ID); m.Status != OutboxCancelled || m.LastError != "recipient left" {
		t.Errorf("got %s with %q, want cancelled with the reason, and a late mark ignored", m.Status, m.LastError)
	}
}

func TestSettleOutboxRefusesWhatIsNoOutcome(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	ids := enqueueN(t, db, 1)
	claimN(t, db, 1)
	tests := []struct {
		name string
		o    Outcome
	}{
		{"untried with a reason", Outcome{Status: OutboxQueued, Reason: "451 later"}},
		{"untried and unanswered", Outcome{Status: OutboxQueued, Unanswered: true}},
		{"unknown", Outcome{Status: "lost"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := db.SettleOutbox(ctx, tt.o, ids[0]); err == nil {
				t.Errorf("got no error, want one")
			}
			m := outboxRow(t, db, ids[0])
			if m.Status != OutboxSending || m.LastError != "" {
				t.Errorf("got %s with %q, want still sending with no error", m.Status, m.LastError)
			}
		})
	}
}

// TestSettleOutboxFailedCommitsWithWhatItSays checks that With runs in the
// transaction that fails the row: its error leaves the row sending, and
// without one both commit.
func TestSettleOutboxFailedCommitsWithWhatItSays(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	ids := enqueueN(t, db, 1)
	claimN(t, db, 1)
	refused := errors.New("refused")
	o := Outcome{Status: OutboxFailed, Reason: "550 no such user", With: func(tx *Tx) error {
		if err := tx.Enqueue(ctx, &OutboxMail{Kind: KindNotify, To: "owner@example.org", Subject: "s", Text: "t"}); err != nil {
			return err
		}
		return refused
	}}
	if err := db.SettleOutbox(ctx, o, ids[0]); !errors.Is(err, refused) {
		t.Fatalf("got %v, want With's error", err)
	}
	if m := outboxRow(t, db, ids[0]); m.Status != OutboxSending || m.LastError != "" {
		t.Errorf("after With failed: %s with %q, want still sending", m.Status, m.LastError)
	}
	if rows, err := db.ListOutbox(ctx, OutboxFilter{}); err != nil || len(rows) != 1 {
		t.Errorf("after With failed: %d rows, %v; want its mail rolled back", len(rows), err)
	}
	o.With = func(tx *Tx) error {
		return tx.Enqueue(ctx, &OutboxMail{Kind: KindNotify, To: "owner@example.org", Subject: "s", Text: "t"})
	}
	if err := db.SettleOutbox(ctx, o, ids[0]); err != nil {
		t.Fatal(err)
	}
	if m := outboxRow(t, db, ids[0]); m.Status != OutboxFailed || m.LastError != "550 no such user" {
		t.Errorf("got %s with %q, want failed with the reply", m.Status, m.LastError)
	}
	if rows, err := db.ListOutbox(ctx, OutboxFilter{}); err != nil || len(rows) != 2 {
		t.Errorf("%d rows, %v; want With's mail committed beside it", len(rows), err)
	}
}
