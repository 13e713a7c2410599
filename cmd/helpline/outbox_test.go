package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"helpline/data"
)

// TestOutboxListShowsCap fills the hourly cap with mail sent ten minutes
// ago and checks that `outbox list` says when the next mail may go.
func TestOutboxListShowsCap(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "helpline.db")
	db, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	sentAt := time.Now().UTC().Add(-10 * time.Minute).Truncate(time.Second)
	db.Now = func() time.Time { return sentAt }
	for i := range 4 {
		if err := db.InTx(ctx, func(tx *data.Tx) error {
			return tx.Enqueue(ctx, &data.OutboxMail{Kind: data.KindAck, To: "runner@example.org", Subject: "Thanks", Text: "x"})
		}); err != nil {
			t.Fatal(err)
		}
		if i == 3 {
			break // the fourth waits
		}
		rows, err := db.ClaimOutbox(ctx, 1, nil)
		if err != nil || len(rows) != 1 {
			t.Fatalf("claim: %v %v", rows, err)
		}
		if err := db.MarkSent(ctx, rows[0].ID); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	list := func(env map[string]string) string {
		var out, errb strings.Builder
		env["HELPLINE_DATABASE_PATH"] = path
		m := &Main{Stdout: &out, Stderr: &errb, Getenv: envOf(env)}
		if code := m.Run(ctx, []string{"outbox", "list"}); code != 0 {
			t.Fatalf("outbox list exited %d: %s", code, errb.String())
		}
		return out.String()
	}
	want := "smtp.max_per_hour (3) reached: the next mail may go at " + sentAt.Add(time.Hour).Format(time.RFC3339)
	if got := list(map[string]string{"HELPLINE_SMTP_MAX_PER_HOUR": "3"}); !strings.Contains(got, want) {
		t.Errorf("capped: got\n%s\nwant it to say %q", got, want)
	}
	if got := list(map[string]string{"HELPLINE_SMTP_MAX_PER_HOUR": "4"}); strings.Contains(got, "capped") {
		t.Errorf("under the cap: got\n%s\nwant no cap shown", got)
	}
}
