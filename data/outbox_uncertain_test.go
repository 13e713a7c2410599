package data

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

// schemaOf returns the SQL of every index and trigger on table, by name.
func schemaOf(t *testing.T, db *DB, table string) map[string]string {
	t.Helper()
	rows, err := db.read.Query("SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name = ? AND sql IS NOT NULL", table)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var name, sql string
		if err := rows.Scan(&name, &sql); err != nil {
			t.Fatal(err)
		}
		out[name] = sql
	}
	return out
}

// dumpOutbox returns every row of the outbox as text, column by column,
// for comparing a table before and after it was rebuilt.
func dumpOutbox(t *testing.T, db *DB) []string {
	t.Helper()
	const cols = `id, kind, to_addr, to_name, reply_to, subject, text_body, html_body, headers, attachment, message_id,
		quote(question_id), quote(subscriber_id), quote(digest_id), status, attempts, next_attempt_at, last_error,
		created_at, quote(sent_at)`
	rows, err := db.read.Query("SELECT " + cols + " FROM outbox ORDER BY id")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		v := make([]any, 20)
		s := make([]string, len(v))
		for i := range v {
			v[i] = &s[i]
		}
		if err := rows.Scan(v...); err != nil {
			t.Fatal(err)
		}
		out = append(out, strings.Join(s, "|"))
	}
	return out
}

// TestMigrationRebuildsOutbox takes an outbox from before the uncertain
// status through its migration: every row, column, index and bounce
// link is kept, and the new status is allowed where unknown ones are not.
func TestMigrationRebuildsOutbox(t *testing.T) {
	db := openMigratedUpTo(t, "0018_threads.sql")
	ctx := context.Background()
	for _, q := range []string{
		`INSERT INTO questions (id, slug, title, body, asker_email, asked_at, updated_at) VALUES
			(1, 'a', 'A', 'b', 'jo@example.org', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')`,
		`INSERT INTO subscribers (id, email, status, created_at, updated_at) VALUES (1, 'sub@example.org', 'active', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')`,
		`INSERT INTO outbox (id, kind, to_addr, to_name, subject, text_body, headers, message_id, question_id, status, attempts,
			next_attempt_at, last_error, created_at, sent_at) VALUES
			(1, 'ack', 'jo@example.org', 'Jo', 'Thanks', 'body', '{"In-Reply-To":"<q@x>"}', 'm1@helpline.localhost', 1, 'sent', 1,
				'2025-01-01T00:00:00Z', '', '2025-01-01T00:00:00Z', '2025-01-01T00:00:01Z'),
			(2, 'notify', 'owner@example.org', '', 'New', 'b', '{}', '', NULL, 'failed', 8,
				'2025-01-02T00:00:00Z', 'gave up', '2025-01-01T00:00:00Z', NULL)`,
		`INSERT INTO outbox (id, kind, to_addr, subscriber_id, status, next_attempt_at, created_at) VALUES
			(3, 'welcome', 'sub@example.org', 1, 'queued', '2025-01-03T00:00:00Z', '2025-01-01T00:00:00Z')`,
		`INSERT INTO bounces (id, subscriber_id, outbox_id, email, hard, created_at) VALUES
			(1, 1, 3, 'sub@example.org', 1, '2025-01-04T00:00:00Z'), (2, NULL, NULL, 'x@example.org', 0, '2025-01-04T00:00:00Z')`,
	} {
		if _, err := db.write.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	before, indexes := dumpOutbox(t, db), schemaOf(t, db, "outbox")
	if _, err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if got := dumpOutbox(t, db); strings.Join(got, "\n") != strings.Join(before, "\n") {
		t.Errorf("rows after the rebuild:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(before, "\n"))
	}
	after := schemaOf(t, db, "outbox")
	for name, sql := range indexes {
		if after[name] != sql {
			t.Errorf("index %s: got %q after the rebuild, want %q", name, after[name], sql)
		}
	}
	if after["outbox_uncertain"] == "" {
		t.Error("no index of uncertain rows")
	}
	var links []string
	rows, err := db.read.Query("SELECT id || ':' || quote(outbox_id) FROM bounces ORDER BY id")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var s string
		rows.Scan(&s)
		links = append(links, s)
	}
	rows.Close()
	if got := strings.Join(links, " "); got != "1:3 2:NULL" {
		t.Errorf("bounce links: got %s, want 1:3 2:NULL", got)
	}
	if probs, err := db.foreignKeyViolations(ctx); err != nil || len(probs) > 0 {
		t.Errorf("foreign keys: %v %v", probs, err)
	}
	if _, err := db.write.ExecContext(ctx, "UPDATE outbox SET status = 'uncertain' WHERE id = 2"); err != nil {
		t.Errorf("uncertain refused: %v", err)
	}
	if _, err := db.write.ExecContext(ctx, "UPDATE outbox SET status = 'lost' WHERE id = 2"); err == nil {
		t.Error("an unknown status was taken")
	}
	if m := outboxRow(t, db, 1); m.Unanswered != 0 || m.To != "jo@example.org" {
		t.Errorf("row 1 read back as %+v", m)
	}
}

// TestUnansweredThenUncertain follows a mail whose end gets no reply
// twice: it waits once, then stays uncertain until the owner retries or
// drops it.
func TestUnansweredThenUncertain(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	now := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { return now }
	ids := enqueueN(t, db, 2)
	claim := func(want int) []*OutboxMail {
		t.Helper()
		rows, err := db.ClaimOutbox(ctx, 10, nil)
		if err != nil || len(rows) != want {
			t.Fatalf("claim: got %d rows, %v; want %d", len(rows), err, want)
		}
		return rows
	}
	claim(2)
	if err := db.SettleOutbox(ctx, Outcome{Status: OutboxSent}, ids[1]); err != nil {
		t.Fatal(err)
	}
	if err := db.SettleOutbox(ctx, Outcome{Status: OutboxQueued, Next: now.Add(10 * time.Minute), Unanswered: true, Reason: "no reply"}, ids[0]); err != nil {
		t.Fatal(err)
	}
	claim(0)
	now = now.Add(10 * time.Minute)
	if r := claim(1)[0]; r.Unanswered != 1 || r.Attempts != 2 {
		t.Fatalf("second claim: got %d unanswered after %d attempts, want 1 after 2", r.Unanswered, r.Attempts)
	}
	if err := db.SettleOutbox(ctx, Outcome{Status: OutboxUncertain, Unanswered: true, Reason: "no reply again"}, ids[0]); err != nil {
		t.Fatal(err)
	}
	now = now.Add(time.Hour)
	claim(0)
	m := outboxRow(t, db, ids[0])
	if m.Status != OutboxUncertain || m.Unanswered != 2 || m.LastError != "no reply again" {
		t.Fatalf("got %s, %d unanswered, %q; want uncertain, 2, the reason", m.Status, m.Unanswered, m.LastError)
	}

	// One row in the wrong state refuses the whole request.
	if _, err := db.ChangeOutbox(ctx, OutboxChange{To: OutboxQueued, IDs: []int64{ids[0], ids[1]}}); !errors.Is(err, ErrOutboxState) || !strings.Contains(err.Error(), "is sent") {
		t.Errorf("retry with a sent row: got %v, want ErrOutboxState naming it", err)
	}
	if _, err := db.ChangeOutbox(ctx, OutboxChange{To: OutboxCancelled, IDs: []int64{ids[0], 999}}); !errors.Is(err, ErrNotFound) {
		t.Errorf("drop with a missing row: got %v, want ErrNotFound", err)
	}
	if m := outboxRow(t, db, ids[0]); m.Status != OutboxUncertain {
		t.Fatalf("after refused requests: got %s, want uncertain still", m.Status)
	}

	if _, err := db.ChangeOutbox(ctx, OutboxChange{To: OutboxQueued, IDs: ids[:1]}); err != nil {
		t.Fatal(err)
	}
	if r := claim(1)[0]; r.Unanswered != 0 || r.Attempts != 1 {
		t.Errorf("retried: got %d unanswered after %d attempts, want 0 after 1", r.Unanswered, r.Attempts)
	}
	if err := db.SettleOutbox(ctx, Outcome{Status: OutboxUncertain, Unanswered: true, Reason: "no reply"}, ids[0]); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ChangeOutbox(ctx, OutboxChange{To: OutboxCancelled, IDs: ids[:1]}); err != nil {
		t.Fatal(err)
	}
	if m := outboxRow(t, db, ids[0]); m.Status != OutboxCancelled || m.LastError != "dropped after: no reply" {
		t.Errorf("dropped: got %s, %q; want cancelled, dropped after: no reply", m.Status, m.LastError)
	}
}

// TestRequeueSendingGivesAttemptBack: a crash leaves rows sending, and
// requeueing them takes back the attempt their claim counted, whatever
// attempts went before.
func TestRequeueSendingGivesAttemptBack(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	ids := enqueueN(t, db, 2)
	claimN(t, db, 1)
	if err := db.SettleOutbox(ctx, Outcome{Status: OutboxQueued, Next: db.now(), Reason: "451 later"}, ids[0]); err != nil {
		t.Fatal(err)
	}
	if rows, err := db.ClaimOutbox(ctx, 10, nil); err != nil || len(rows) != 2 {
		t.Fatalf("claim: got %d rows, %v; want 2", len(rows), err)
	}
	if n, err := db.ChangeOutbox(ctx, OutboxChange{To: OutboxQueued, AllSending: true}); err != nil || n != 2 {
		t.Fatalf("requeue: got %d, %v; want 2", n, err)
	}
	for i, want := range []int{1, 0} {
		m := outboxRow(t, db, ids[i])
		if m.Status != OutboxQueued || m.Attempts != want {
			t.Errorf("row %d: got %s after %d attempts, want queued after %d", ids[i], m.Status, m.Attempts, want)
		}
	}
}

func TestChangeOutboxRequeuesEveryFailedRowOnlyWhenAsked(t *testing.T) {
	db := openTestDB(t)
	ctx := context.Background()
	var ids []int64
	err := db.InTx(ctx, func(tx *Tx) error {
		for _, to := range []string{"ann@example.org", "bob@example.org"} {
			m := &OutboxMail{Kind: KindAck, To: to, Subject: "s", Text: "t"}
			if err := tx.Enqueue(ctx, m); err != nil {
				return err
			}
			ids = append(ids, m.ID)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	claimN(t, db, 2)
	if err := db.SettleOutbox(ctx, Outcome{Status: OutboxFailed, Reason: "550 no such user"}, ids[0]); err != nil {
		t.Fatal(err)
	}
	if n, err := db.ChangeOutbox(ctx, OutboxChange{To: OutboxQueued}); err != nil || n != 0 {
		t.Fatalf("no IDs and no AllFailed: got %d, %v, want nothing changed", n, err)
	}
	for _, c := range []OutboxChange{
		{To: OutboxCancelled, AllFailed: true},
		{To: OutboxQueued, AllFailed: true, AllSending: true},
		{To: OutboxQueued, AllFailed: true, IDs: ids[1:]},
	} {
		if _, err := db.ChangeOutbox(ctx, c); err == nil {
			t.Errorf("%+v: got nil, want an error", c)
		}
	}
	n, err := db.ChangeOutbox(ctx, OutboxChange{To: OutboxQueued, AllFailed: true})
	if err != nil || n != 1 {
		t.Fatalf("got %d, %v, want the one failed row requeued", n, err)
	}
	rows, err := db.ListOutbox(ctx, OutboxFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if rows[0].Status != OutboxQueued || rows[0].Attempts != 0 || rows[1].Status != OutboxSending {
		t.Errorf("got %s after %d attempts and %s, want queued afresh and still sending", rows[0].Status, rows[0].Attempts, rows[1].Status)
	}
}

func TestChangeOutboxPostponesOnlyQueuedRowsDueBefore(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	ids := enqueueN(t, db, 3)
	// The first is claimed: mail in flight is not moved.
	claimN(t, db, 1)
	until := db.Now().Add(time.Hour).Truncate(time.Second).UTC()
	for _, c := range []OutboxChange{
		{To: OutboxCancelled, Postpone: until},
		{To: OutboxQueued, Postpone: until, AllSending: true},
		{To: OutboxQueued, Postpone: until, IDs: ids[1:]},
	} {
		if _, err := db.ChangeOutbox(ctx, c); err == nil {
			t.Errorf("%+v: got nil, want an error", c)
		}
	}
	n, err := db.ChangeOutbox(ctx, OutboxChange{To: OutboxQueued, Postpone: until})
	if err != nil || n != 2 {
		t.Fatalf("got %d, %v, want the two queued rows postponed", n, err)
	}
	// Already due later than until: left as it is.
	if n, err := db.ChangeOutbox(ctx, OutboxChange{To: OutboxQueued, Postpone: until.Add(-time.Minute)}); err != nil || n != 0 {
		t.Fatalf("got %d, %v, want nothing moved back", n, err)
	}
	rows, err := db.ListOutbox(ctx, OutboxFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if rows[0].Status != OutboxSending {
		t.Errorf("claimed row is %s, want still sending", rows[0].Status)
	}
	for _, r := range rows[1:] {
		if r.Status != OutboxQueued || !r.NextAttempt.Equal(until) || r.Attempts != 0 {
			t.Errorf("row %d: %s, due %v after %d attempts; want queued, due %v, no attempts", r.ID, r.Status, r.NextAttempt, r.Attempts, until)
		}
	}
}
