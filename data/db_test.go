package data

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// openTest opens a migrated database in a fresh temporary file.
func openTest(t testing.TB) *DB {
	return openTestAt(t, filepath.Join(t.TempDir(), "test.db"))
}

func openTestAt(t testing.TB, path string) *DB {
	t.Helper()
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestMigrateEmptyThenAgain(t *testing.T) {
	ctx := context.Background()
	db, err := Open(filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	applied, err := db.Migrate(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(applied) != len(ms) {
		t.Fatalf("first migrate applied %d, want %d", len(applied), len(ms))
	}
	applied, err = db.Migrate(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(applied) != 0 {
		t.Fatalf("second migrate applied %v, want none", applied)
	}
	if probs, err := db.foreignKeyViolations(ctx); err != nil || len(probs) > 0 {
		t.Fatalf("foreign keys: %v %v", probs, err)
	}
}

func TestMigrateRefusesNewerSchema(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	if _, err := db.write.Exec("INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'future', 'x')"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Migrate(ctx); !errors.Is(err, ErrNewerSchema) {
		t.Fatalf("migrate a database newer than the binary: got %v, want ErrNewerSchema", err)
	}
}

func TestPragmasOnEveryConnection(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	pools := []struct {
		name      string
		pool      *sql.DB
		conns     int
		queryOnly int
	}{
		{"write", db.write, 1, 0},
		{"read", db.read, 3, 1},
	}
	for _, p := range pools {
		t.Run(p.name, func(t *testing.T) {
			var conns []*sql.Conn
			defer func() {
				for _, c := range conns {
					c.Close()
				}
			}()
			for i := 0; i < p.conns; i++ {
				c, err := p.pool.Conn(ctx)
				if err != nil {
					t.Fatal(err)
				}
				conns = append(conns, c)
				var fk, sync, queryOnly int
				var mode string
				for _, q := range []struct {
					pragma string
					dest   any
				}{{"foreign_keys", &fk}, {"journal_mode", &mode}, {"synchronous", &sync}, {"query_only", &queryOnly}} {
					if err := c.QueryRowContext(ctx, "PRAGMA "+q.pragma).Scan(q.dest); err != nil {
						t.Fatal(err)
					}
				}
				if fk != 1 || mode != "wal" || sync != 1 || queryOnly != p.queryOnly {
					t.Errorf("connection %d: foreign_keys=%d journal_mode=%s synchronous=%d query_only=%d, want 1, wal, 1 and %d",
						i, fk, mode, sync, queryOnly, p.queryOnly)
				}
			}
		})
	}
	if _, err := db.read.ExecContext(ctx, "UPDATE site_changes SET version = version + 1"); err == nil {
		t.Error("a change through the read pool was allowed")
	}
	var pages int
	if err := db.write.QueryRowContext(ctx, "PRAGMA wal_autocheckpoint").Scan(&pages); err != nil || pages != 10000 {
		t.Errorf("writer's wal_autocheckpoint = %d, %v; want 10000", pages, err)
	}
}

func TestForeignKeysEnforced(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	err := db.InTx(ctx, func(tx *Tx) error {
		return tx.AddAnswer(ctx, &Answer{QuestionID: 424242, Body: "x"})
	})
	if err == nil {
		t.Fatal("answer to a missing question was stored")
	}
}

func TestSiteSecretIsKept(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	a, err := db.Secret(ctx, "site_secret")
	if err != nil {
		t.Fatal(err)
	}
	b, err := db.Secret(ctx, "site_secret")
	if err != nil {
		t.Fatal(err)
	}
	if a == "" || a != b {
		t.Fatalf("secrets %q and %q, want one non-empty secret kept", a, b)
	}
}

func TestTimesSortAsText(t *testing.T) {
	a := formatTime(time.Date(2026, 1, 2, 3, 4, 5, 6, time.UTC))
	b := formatTime(time.Date(2026, 1, 2, 3, 4, 5, 60, time.UTC))
	if !(a < b) {
		t.Fatalf("%s should sort before %s", a, b)
	}
	if got := parseTime(a); !got.Equal(time.Date(2026, 1, 2, 3, 4, 5, 6, time.UTC)) {
		t.Fatalf("round trip gave %v", got)
	}
}

// Write transactions take turns on one connection: many at once all
// commit, none is lost to SQLITE_BUSY, a writer waiting its turn gives up
// when its context ends, and a transaction ended either way frees the turn.
func TestWritersTakeTurns(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	const writers, each = 8, 25
	errs := make(chan error, writers)
	for w := 0; w < writers; w++ {
		go func() {
			for i := 0; i < each; i++ {
				err := db.InTx(ctx, func(tx *Tx) error {
					return tx.CreateQuestion(ctx, &Question{Title: "Turn", Body: "b", AskerEmail: "a@example.org"})
				})
				if err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}()
	}
	for w := 0; w < writers; w++ {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	if n, _ := db.CountQuestions(ctx, ""); n != writers*each {
		t.Fatalf("questions = %d, want %d", n, writers*each)
	}

	held, err := db.begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	waitCtx, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	ran := false
	if err := db.InTx(waitCtx, func(tx *Tx) error { ran = true; return nil }); err == nil || ran {
		t.Fatalf("InTx while another transaction writes: got %v, ran %v; want the context's error", err, ran)
	}
	// Reads do not wait for the writer.
	if _, err := db.ListQuestions(ctx, QuestionFilter{Limit: 1}); err != nil {
		t.Fatalf("read during a write: %v", err)
	}
	if err := held.rollback(); err != nil {
		t.Fatal(err)
	}
	if err := held.commit(); err == nil {
		t.Error("Commit after Rollback: got nil error")
	}
	if err := db.InTx(ctx, func(tx *Tx) error { return errors.New("step failed") }); err == nil {
		t.Fatal("InTx returned nil for a failed step")
	}
	if err := db.InTx(ctx, func(tx *Tx) error { return nil }); err != nil {
		t.Fatalf("InTx after a rollback and a failed step: %v", err)
	}
}

// A cancelled context stops statements and transactions before they start.
func TestCancelledContextStopsStatements(t *testing.T) {
	db := openTestDB(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := db.Ping(ctx); err == nil {
		t.Error("Ping with a cancelled context: got nil error")
	}
	ran := false
	if err := db.InTx(ctx, func(tx *Tx) error { ran = true; return nil }); err == nil || ran {
		t.Errorf("InTx with a cancelled context: got %v, ran %v; want an error and no run", err, ran)
	}
	if _, err := db.exec(ctx, "UPDATE site_changes SET version = version + 1"); err == nil {
		t.Error("exec with a cancelled context: got nil error")
	}
}

// The lookups made for every mail sent or fetched go through small partial
// indexes, never a scan of all mail ever sent or received.
func TestHotLookupsUseIndexes(t *testing.T) {
	db := openTest(t)
	tests := map[string]string{
		"SELECT id FROM outbox WHERE status = 'queued' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?":       "outbox_queued",
		"SELECT MIN(next_attempt_at) FROM outbox WHERE status = 'queued'":                                                   "outbox_queued",
		"UPDATE outbox SET status = 'queued' WHERE status = 'sending'":                                                      "outbox_sending",
		"UPDATE outbox SET status = 'queued' WHERE status = 'failed'":                                                       "outbox_failed",
		"SELECT id FROM messages WHERE hash = ? AND message_id = '' AND outcome <> 'duplicate' ORDER BY id LIMIT 1":         "messages_hash",
		"SELECT id FROM messages WHERE message_id = +? AND message_id <> '' AND outcome <> 'duplicate' ORDER BY id LIMIT 1": "messages_message_id",
		"SELECT id FROM messages WHERE outcome = 'pending' ORDER BY id DESC":                                                "messages_pending",
		"SELECT COUNT(*), COALESCE(SUM(acked), 0) FROM questions WHERE asker_email = ? AND asked_at >= ?":                   "questions_asker",
		"SELECT COALESCE(question_id, 0), to_addr FROM outbox WHERE message_id = ? AND message_id <> '' LIMIT 1":            "outbox_message_id",
	}
	for q, index := range tests {
		args := make([]any, strings.Count(q, "?"))
		for i := range args {
			args[i] = 1
		}
		if got := queryPlan(t, db, q, args...); !strings.Contains(got, "INDEX "+index) {
			t.Errorf("%s:\n  plan %q, want index %s", q, got, index)
		}
	}
}

// Raw bytes stored before they had a table of their own are still there
// after the move.
func TestMigrationMovesRawBytes(t *testing.T) {
	db := openMigratedUpTo(t, "0005_messages_indexes.sql")
	ctx := context.Background()
	if _, err := db.write.ExecContext(ctx, `INSERT INTO messages (mailbox, uidvalidity, uid, hash, size, raw, received_at, processed_at)
		VALUES ('INBOX', 1, 7, 'h', 5, 'bytes', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')`); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	msgs, err := db.ListMessages(ctx, MessageFilter{})
	if err != nil || len(msgs) != 1 {
		t.Fatalf("list after the move: got %d, %v", len(msgs), err)
	}
	m, err := db.MessageByID(ctx, msgs[0].ID)
	if err != nil || string(m.Raw) != "bytes" {
		t.Fatalf("raw after the move: got %q, %v; want %q", m.Raw, err, "bytes")
	}
	if probs, err := db.foreignKeyViolations(ctx); err != nil || len(probs) > 0 {
		t.Errorf("foreign keys: %v %v", probs, err)
	}
}

// openMigratedUpTo opens a new database with the migrations up to and
// including last applied, as a database made by an older binary would be.
// Questions acknowledged before the acked column existed count against the
// sender's daily acknowledgements after it.
func TestMigrationMarksAckedQuestions(t *testing.T) {
	db := openMigratedUpTo(t, "0006_message_raw.sql")
	ctx := context.Background()
	now := formatTime(time.Now().UTC())
	for _, q := range []string{
		`INSERT INTO questions (id, slug, title, body, asker_email, asked_at, updated_at) VALUES
			(1, 'a', 'A', 'b', 'jo@example.org', '` + now + `', '` + now + `'),
			(2, 'b', 'B', 'b', 'jo@example.org', '` + now + `', '` + now + `')`,
		`INSERT INTO outbox (kind, to_addr, question_id, next_attempt_at, created_at) VALUES
			('ack', 'jo@example.org', 1, '` + now + `', '` + now + `'),
			('notify', 'owner@example.org', 2, '` + now + `', '` + now + `')`,
	} {
		if _, err := db.write.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	err := db.InTx(ctx, func(tx *Tx) error {
		a, err := tx.AskedSince(ctx, "Jo@example.org", time.Now().Add(-time.Hour), "", "")
		if err == nil && (a.Questions != 2 || a.Acked != 1) {
			t.Errorf("AskedSince = %d questions, %d acknowledged; want 2, 1", a.Questions, a.Acked)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

func openMigratedUpTo(t *testing.T, last string) *DB {
	t.Helper()
	db, err := Open(t.TempDir() + "/old.db")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := db.write.ExecContext(ctx, `CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		if err := db.applyMigration(ctx, m); err != nil {
			t.Fatal(err)
		}
		if m.Name == last {
			return db
		}
	}
	t.Fatalf("no migration %s", last)
	return nil
}

// Times are stored in the text format databases already hold, whatever
// the zone of the time written.
func TestStoredTimeFormat(t *testing.T) {
	tests := []struct {
		in   time.Time
		want string
	}{
		{time.Date(2026, 11, 26, 3, 4, 5, 6, time.UTC), "2026-11-26T03:04:05.000000006Z"},
		{time.Date(2026, 3, 29, 2, 30, 0, 120000000, time.FixedZone("x", 5*3600+1800)), "2026-03-28T21:00:00.120000000Z"},
		{time.Time{}, "0001-01-01T00:00:00.000000000Z"},
	}
	for _, tt := range tests {
		if got := formatTime(tt.in); got != tt.want {
			t.Errorf("formatTime(%v) = %s, want %s", tt.in, got, tt.want)
		}
		if got := parseTime(tt.want); !got.Equal(tt.in) {
			t.Errorf("parseTime(%s) = %v, want %v", tt.want, got, tt.in)
		}
	}
}

// The public site, its sitemap, the count on its front page and a
// digest's answers read answered questions alone, through their index,
// with the status bound as the code binds it.
func TestAnsweredQuestionsUseTheirIndex(t *testing.T) {
	db := openTest(t)
	from, before := "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z"
	tests := []struct {
		q    string
		args []any
	}{
		{"SELECT COUNT(*) FROM questions WHERE status = ?", []any{QuestionAnswered}},
		{"SELECT id FROM questions q WHERE q.status = ? AND q.answered_at >= ? AND q.answered_at < ?" +
			" ORDER BY COALESCE(q.answered_at, q.asked_at) DESC, q.id DESC", []any{QuestionAnswered, from, before}},
		{"SELECT id FROM questions q WHERE q.status = 'answered' ORDER BY q.answered_at DESC, q.id DESC LIMIT ? OFFSET ?", []any{20, 40}},
		{"SELECT id, slug, updated_at FROM questions WHERE status = 'answered' ORDER BY answered_at DESC, id DESC", nil},
	}
	for _, tt := range tests {
		if got := queryPlan(t, db, tt.q, tt.args...); !strings.Contains(got, "INDEX questions_answered") {
			t.Errorf("%s:\n  plan %q, want index questions_answered", tt.q, got)
		}
	}
}

// Questions of every status stored before the index of answered ones
// replaced the index by status are counted and listed as before.
func TestMigrationIndexesAnsweredQuestions(t *testing.T) {
	db := openMigratedUpTo(t, "0020_id_floors.sql")
	ctx := context.Background()
	for i, q := range []struct{ status, answeredAt string }{
		{"open", ""}, {"open", ""}, {"answered", "2026-01-05T00:00:00Z"},
		{"answered", "2026-01-20T00:00:00Z"}, {"hidden", "2026-01-10T00:00:00Z"}, {"hidden", ""},
	} {
		answered := sql.NullString{String: q.answeredAt, Valid: q.answeredAt != ""}
		if _, err := db.write.ExecContext(ctx, `INSERT INTO questions (id, slug, title, body, asker_email, status,
			asked_at, answered_at, updated_at) VALUES (?, 'q', 'Q', 'b', 'a@example.org', ?, '2026-01-01T00:00:00Z', ?,
			'2026-01-01T00:00:00Z')`, i+1, q.status, answered); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	for status, want := range map[string]int{"": 6, QuestionOpen: 2, QuestionAnswered: 2, QuestionHidden: 2} {
		if n, err := db.CountQuestions(ctx, status); err != nil || n != want {
			t.Errorf("CountQuestions(%q) = %d, %v; want %d", status, n, err, want)
		}
		qs, err := db.ListQuestions(ctx, QuestionFilter{Status: status})
		if err != nil || len(qs) != want {
			t.Errorf("ListQuestions(%q) = %d questions, %v; want %d", status, len(qs), err, want)
		}
	}
	// The hidden question answered on the 10th is in no digest.
	from := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	qs, err := db.ListQuestions(ctx, QuestionFilter{Status: QuestionAnswered, AnsweredFrom: from, AnsweredBefore: from.AddDate(0, 1, 0)})
	if err != nil || len(qs) != 2 || qs[0].ID != 4 || qs[1].ID != 3 {
		t.Errorf("a month's answers = %v, %v; want questions 4 and 3", qs, err)
	}
	pages, err := db.ListSummaries(ctx, QuestionFilter{})
	if err != nil || len(pages) != 2 || pages[0].ID != 4 {
		t.Errorf("sitemap = %v, %v; want questions 4 and 3", pages, err)
	}
}

// queryPlan is SQLite's plan for q, its steps joined by "; ".
func queryPlan(t *testing.T, db *DB, q string, args ...any) string {
	t.Helper()
	rows, err := db.read.Query("EXPLAIN QUERY PLAN "+q, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return strings.Join(plan, "; ")
}
