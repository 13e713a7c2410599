package mailer

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"helpline/data"
	"helpline/internal/looptest"
	"helpline/internal/smtptest"
	"helpline/internal/token"
)

const helplineAddr = "ask@helpline.localhost"

func openDB(t testing.TB) *data.DB {
	t.Helper()
	db, err := data.Open(filepath.Join(t.TempDir(), "helpline.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	return db
}

func testSigner(t testing.TB) *token.Signer {
	t.Helper()
	s, err := token.NewSigner("test secret")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// testConfig is a configuration for srv with retries fast enough for tests.
func testConfig(t testing.TB, srv *smtptest.Server) Config {
	return Config{
		Addr:         srv.Addr(),
		TLS:          TLSNone,
		From:         helplineAddr,
		FromName:     "Running Helpline",
		Signer:       testSigner(t),
		BaseBackoff:  10 * time.Millisecond,
		MaxBackoff:   40 * time.Millisecond,
		PollInterval: 100 * time.Millisecond,
	}
}

// start runs a sender for db until the test ends or the returned stop
// function is called; stop waits for Run to return and fails the test if
// it returned an error.
func start(t testing.TB, db *data.DB, cfg Config) (s *Sender, stop func()) {
	t.Helper()
	s, err := New(db, cfg)
	if err != nil {
		t.Fatalf("new sender: %v", err)
	}
	return s, looptest.Start(t, s.Run)
}

func enqueue(t testing.TB, db *data.DB, m *data.OutboxMail) *data.OutboxMail {
	t.Helper()
	if m.Kind == "" {
		m.Kind = data.KindAck
	}
	if m.Text == "" && m.HTML == "" {
		m.Text = "Thanks for your question."
	}
	if err := db.InTx(context.Background(), func(tx *data.Tx) error { return tx.Enqueue(context.Background(), m) }); err != nil {
		t.Fatal(err)
	}
	return m
}

func enqueueMany(t testing.TB, db *data.DB, n int, to string) []int64 {
	t.Helper()
	ids := make([]int64, n)
	for i := range ids {
		ids[i] = enqueue(t, db, &data.OutboxMail{To: to, Subject: "Your question"}).ID
	}
	return ids
}

// waitFor polls cond until it holds or timeout passes.
func waitFor(t testing.TB, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", timeout, what)
		}
		<-tick.C
	}
}

func row(t testing.TB, db *data.DB, id int64) *data.OutboxMail {
	t.Helper()
	rows, err := db.ListOutbox(context.Background(), data.OutboxFilter{ID: id})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 {
		t.Fatalf("outbox row %d is gone", id)
	}
	return rows[0]
}

func waitStatus(t testing.TB, db *data.DB, id int64, status string) *data.OutboxMail {
	t.Helper()
	var m *data.OutboxMail
	waitFor(t, 10*time.Second, "row "+status, func() bool {
		m = row(t, db, id)
		return m.Status == status
	})
	return m
}

func counts(t testing.TB, db *data.DB) map[string]int64 {
	t.Helper()
	c, err := db.OutboxCounts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func waitAllSent(t testing.TB, db *data.DB, n int64) {
	t.Helper()
	waitFor(t, 30*time.Second, "all rows sent", func() bool { return counts(t, db)[data.OutboxSent] == n })
}
