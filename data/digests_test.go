package data

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"testing"
	"time"
)

func openDigestTestDB(t *testing.T) *DB {
	t.Helper()
	db, err := Open(filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	return db
}

func addDigestSubscriber(t *testing.T, db *DB, email, status string) int64 {
	t.Helper()
	now := formatTime(db.now())
	res, err := db.write.Exec(`INSERT INTO subscribers (email, name, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
		email, "Name of "+email, status, now, now)
	if err != nil {
		t.Fatal(err)
	}
	id, _ := res.LastInsertId()
	return id
}

func addDigestQuestion(t *testing.T, db *DB, title string) int64 {
	t.Helper()
	ctx := context.Background()
	var id int64
	err := db.InTx(ctx, func(tx *Tx) error {
		q := &Question{Title: title, Body: "body", AskerEmail: "asker@example.org"}
		if err := tx.CreateQuestion(ctx, q); err != nil {
			return err
		}
		id = q.ID
		return tx.AddAnswer(ctx, &Answer{QuestionID: q.ID, Body: "answer"})
	})
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func TestCreateDigestAndQueue(t *testing.T) {
	ctx := context.Background()
	db := openDigestTestDB(t)
	q1 := addDigestQuestion(t, db, "First")
	q2 := addDigestQuestion(t, db, "Second")
	active := []int64{
		addDigestSubscriber(t, db, "a@example.org", "active"),
		addDigestSubscriber(t, db, "b@example.org", "active"),
	}
	addDigestSubscriber(t, db, "p@example.org", "pending")
	addDigestSubscriber(t, db, "u@example.org", "unsubscribed")
	addDigestSubscriber(t, db, "x@example.org", "bounced")

	if list, err := db.ListDigests(ctx, 1); err != nil || len(list) != 0 {
		t.Fatalf("ListDigests on empty database: got %v, %v, want none", list, err)
	}
	start := time.Date(2025, 3, 3, 8, 0, 0, 0, time.UTC)
	end := start.Add(7 * 24 * time.Hour)
	d := &DigestRecord{PeriodStart: start, PeriodEnd: end, Subject: "s", HTML: "<p>h</p>", Text: "t"}
	var queued int64
	err := db.InTx(ctx, func(tx *Tx) error {
		var err error
		queued, err = tx.CreateDigest(ctx, d, []int64{q2, q1})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if queued != int64(len(active)) {
		t.Errorf("queued: got %d, want %d", queued, len(active))
	}
	rows, err := db.ListOutbox(ctx, OutboxFilter{DigestID: d.ID})
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		if r.Kind != KindDigest || r.SubscriberID != active[i] || r.Status != OutboxQueued || r.Text != "" {
			t.Errorf("row %d: got kind %q subscriber %d status %q text %q, want digest row for subscriber %d",
				i, r.Kind, r.SubscriberID, r.Status, r.Text, active[i])
		}
	}
	got, err := db.DigestByID(ctx, d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !got.PeriodStart.Equal(start) || !got.PeriodEnd.Equal(end) || got.ItemCount != 2 || got.HTML != d.HTML {
		t.Errorf("DigestByID: got %+v, want %+v", got, d)
	}
	ids := got.QuestionIDs
	if fmt.Sprint(ids) != fmt.Sprint([]int64{q2, q1}) {
		t.Errorf("items: got %v, want %v", ids, []int64{q2, q1})
	}
	if list, err := db.ListDigests(ctx, 1); err != nil || len(list) != 1 || !list[0].PeriodEnd.Equal(end) {
		t.Errorf("ListDigests(1): got %v, %v, want one ending %v", list, err, end)
	}
}

func TestCreateDigestSamePeriodConflicts(t *testing.T) {
	ctx := context.Background()
	db := openDigestTestDB(t)
	start := time.Date(2025, 3, 3, 8, 0, 0, 0, time.UTC)
	mk := func() error {
		return db.InTx(ctx, func(tx *Tx) error {
			_, err := tx.CreateDigest(ctx, &DigestRecord{PeriodStart: start, PeriodEnd: start.Add(time.Hour), Subject: "s"}, nil)
			return err
		})
	}
	if err := mk(); err != nil {
		t.Fatal(err)
	}
	if err := mk(); !errors.Is(err, ErrConflict) {
		t.Fatalf("second digest for the same period: got %v, want ErrConflict", err)
	}
	list, err := db.ListDigests(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 {
		t.Errorf("digests: got %d, want 1", len(list))
	}
}

func TestCreateDigestRefusesEmptyPeriod(t *testing.T) {
	ctx := context.Background()
	db := openDigestTestDB(t)
	at := time.Date(2025, 3, 3, 8, 0, 0, 0, time.UTC)
	err := db.InTx(ctx, func(tx *Tx) error {
		_, err := tx.CreateDigest(ctx, &DigestRecord{PeriodStart: at, PeriodEnd: at}, nil)
		return err
	})
	if err == nil {
		t.Fatal("got nil error for a period that ends where it starts, want an error")
	}
}

func TestListDigestsCountsOutbox(t *testing.T) {
	ctx := context.Background()
	db := openDigestTestDB(t)
	for i := range 3 {
		addDigestSubscriber(t, db, fmt.Sprintf("s%d@example.org", i), "active")
	}
	start := time.Date(2025, 3, 3, 8, 0, 0, 0, time.UTC)
	var ids []int64
	for i := range 2 {
		d := &DigestRecord{PeriodStart: start.Add(time.Duration(i) * time.Hour), PeriodEnd: start.Add(time.Duration(i+1) * time.Hour), Subject: fmt.Sprint("d", i)}
		err := db.InTx(ctx, func(tx *Tx) error {
			_, err := tx.CreateDigest(ctx, d, nil)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, d.ID)
	}
	// Send one row of the first digest and cancel another.
	claimed, err := db.ClaimOutbox(ctx, 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.SettleOutbox(ctx, Outcome{Status: OutboxSent}, claimed[0].ID); err != nil {
		t.Fatal(err)
	}
	err = db.InTx(ctx, func(tx *Tx) error {
		_, err := tx.cancelOutboxForSubscriber(ctx, claimed[1].SubscriberID)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	list, err := db.ListDigests(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || list[0].ID != ids[1] || list[1].ID != ids[0] {
		t.Fatalf("ListDigests: got %d digests, want both, newest first", len(list))
	}
	tests := []struct {
		name string
		got  map[string]int64
		want map[string]int64
	}{
		// claimed[1] stays 'sending': cancelling touches only queued rows,
		// but its queued row in the second digest is cancelled.
		{"first", list[1].Outbox, map[string]int64{OutboxSent: 1, OutboxSending: 1, OutboxQueued: 1}},
		{"second", list[0].Outbox, map[string]int64{OutboxQueued: 2, OutboxCancelled: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if fmt.Sprint(tt.got) != fmt.Sprint(tt.want) {
				t.Errorf("got %v, want %v", tt.got, tt.want)
			}
		})
	}
}
