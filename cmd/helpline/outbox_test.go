package main

import (
	"context"
	"path/filepath"
	"strconv"
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
	db := openMigrated(t, path)
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
		if err := db.SettleOutbox(ctx, data.Outcome{Status: data.OutboxSent}, rows[0].ID); err != nil {
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

// TestOutboxUncertainIsTheOwnersCall leaves one mail uncertain, as a relay
// that never answered its end does, and checks that the owner sees it,
// can send it again, and can drop it.
func TestOutboxUncertainIsTheOwnersCall(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "helpline.db")
	db := openMigrated(t, path)
	var ids []int64
	for _, to := range []string{"first@example.org", "second@example.org"} {
		m := &data.OutboxMail{Kind: data.KindAck, To: to, Subject: "Thanks", Text: "x"}
		if err := db.InTx(ctx, func(tx *data.Tx) error { return tx.Enqueue(ctx, m) }); err != nil {
			t.Fatal(err)
		}
		rows, err := db.ClaimOutbox(ctx, 1, nil)
		if err != nil || len(rows) != 1 {
			t.Fatalf("claim: %v %v", rows, err)
		}
		if err := db.SettleOutbox(ctx, data.Outcome{Status: data.OutboxUncertain, Unanswered: true, Reason: "no reply to the end of the message: it may have been delivered"}, rows[0].ID); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, rows[0].ID)
	}
	db.Close()
	run := func(want int, args ...string) string {
		t.Helper()
		var out, errb strings.Builder
		m := &Main{Stdout: &out, Stderr: &errb, Getenv: envOf(map[string]string{"HELPLINE_DATABASE_PATH": path})}
		if code := m.Run(ctx, args); code != want {
			t.Fatalf("%s exited %d, want %d: %s", strings.Join(args, " "), code, want, errb.String())
		}
		return out.String() + errb.String()
	}
	for _, args := range [][]string{{"outbox", "list"}, {"outbox", "list", "--status", "uncertain"}} {
		if got := run(0, args...); strings.Count(got, "uncertain") != 2 || !strings.Contains(got, "may have been delivered") {
			t.Errorf("%s: got\n%s\nwant both uncertain mails and why", strings.Join(args, " "), got)
		}
	}
	first, second := strconv.FormatInt(ids[0], 10), strconv.FormatInt(ids[1], 10)
	run(0, "outbox", "retry", first)
	run(0, "outbox", "drop", second)
	if got := run(1, "outbox", "drop", second); !strings.Contains(got, "cancelled") {
		t.Errorf("dropping twice: got %q, want the row's status named", got)
	}
	run(2, "outbox", "drop", "x")

	db = openMigrated(t, path)
	defer db.Close()
	for _, c := range []struct {
		id     int64
		status string
	}{{ids[0], data.OutboxQueued}, {ids[1], data.OutboxCancelled}} {
		rows, err := db.ListOutbox(ctx, data.OutboxFilter{ID: c.id})
		if err != nil {
			t.Fatal(err)
		}
		m := rows[0]
		if m.Status != c.status || m.Attempts != 0 && c.status == data.OutboxQueued {
			t.Errorf("mail %d: got %s after %d attempts, want %s", c.id, m.Status, m.Attempts, c.status)
		}
	}
}

// openMigrated opens a new database at path with its schema, for a test
// to fill before the commands read it; the test closes it.
func openMigrated(t *testing.T, path string) *data.DB {
	t.Helper()
	db, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Migrate(context.Background()); err != nil {
		db.Close()
		t.Fatal(err)
	}
	return db
}
