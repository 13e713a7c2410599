package data

import (
	"context"
	"strings"
	"testing"
	"time"
)

func TestCountMessages(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	day := time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC)
	mails := []Message{
		{From: "Ann@Example.org", Outcome: OutcomeForwarded, ReceivedAt: day},
		{From: "ann@example.org", Outcome: OutcomeForwarded, ReceivedAt: day.Add(-25 * time.Hour)},
		{From: "ann@example.org", Outcome: OutcomeRejected, Reason: "a stranger", ReceivedAt: day},
		{From: "ann@example.org", Outcome: OutcomeRejected, Reason: "too long", ReceivedAt: day},
		{From: "bob@example.org", Outcome: OutcomeForwarded, ReceivedAt: day},
	}
	if err := db.InTx(ctx, func(tx *Tx) error {
		for i := range mails {
			m := &mails[i]
			m.Mailbox, m.UIDValidity, m.UID, m.Hash, m.Size = "INBOX", 1, uint32(i+1), m.From, 1
			if err := tx.StoreMessage(ctx, m); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	since := day.Add(-24 * time.Hour)
	tests := []struct {
		name string
		f    MessageFilter
		want int
	}{
		{"forwards of the day, any case", MessageFilter{Outcome: OutcomeForwarded, From: "ANN@example.org", Since: since}, 1},
		{"forwards ever", MessageFilter{Outcome: OutcomeForwarded, From: "ann@example.org"}, 2},
		{"refusals for one reason", MessageFilter{Outcome: OutcomeRejected, Reason: "a stranger", From: "ann@example.org", Since: since}, 1},
		{"everything", MessageFilter{}, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, err := db.CountMessages(ctx, tt.f); err != nil || got != tt.want {
				t.Errorf("got %d (%v), want %d", got, err, tt.want)
			}
		})
	}
}

// The count of one sender's forwards, asked for with every reply to one
// of our mails, reads the index of forwarded messages.
func TestForwardCountUsesItsIndex(t *testing.T) {
	db := openTest(t)
	c := MessageFilter{Outcome: OutcomeForwarded, From: "ann@example.org", Since: time.Now()}.conditions()
	q := "SELECT COUNT(*) FROM messages" + c.where()
	if got := queryPlan(t, db, q, c.args...); !strings.Contains(got, "INDEX messages_forwarded") {
		t.Errorf("%s:\n  plan %q, want index messages_forwarded", q, got)
	}
}
