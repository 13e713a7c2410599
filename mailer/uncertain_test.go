package mailer

import (
	"strings"
	"testing"
	"time"

	"helpline/data"
	"helpline/internal/smtptest"
)

// copiesOf returns the Message-IDs of the copies the server took for to.
func copiesOf(srv *smtptest.Server, to string) []string {
	var out []string
	for _, m := range srv.Messages() {
		if len(m.To) == 1 && m.To[0] == to {
			out = append(out, smtptest.Header(m.Data, "Message-ID"))
		}
	}
	return out
}

// waitUnanswered waits until row id has had n attempts end without a
// reply to the end of the message.
func waitUnanswered(t *testing.T, db *data.DB, id int64, n int) *data.OutboxMail {
	t.Helper()
	var m *data.OutboxMail
	waitFor(t, 30*time.Second, "an unanswered end of data", func() bool {
		m = row(t, db, id)
		return m.Unanswered >= n && m.Status != data.OutboxSending
	})
	return m
}

// TestSlowServerGetsOneCopy has the server answer the final dot later than
// any other step may take: the sender waits for it, and the mail goes
// once and is marked sent.
func TestSlowServerGetsOneCopy(t *testing.T) {
	srv := smtptest.Start(t, smtptest.WithDelay(3*time.Second))
	db := openDB(t)
	m := enqueue(t, db, &data.OutboxMail{To: "runner@example.org"})
	cfg := testConfig(t, srv)
	cfg.Timeouts = quickSteps(time.Minute)
	start(t, db, cfg)
	got := waitStatus(t, db, m.ID, data.OutboxSent)
	if got.Attempts != 1 || got.Unanswered != 0 {
		t.Errorf("got %d attempts, %d unanswered; want 1 and 0", got.Attempts, got.Unanswered)
	}
	if n := len(copiesOf(srv, "runner@example.org")); n != 1 {
		t.Errorf("got %d copies, want 1", n)
	}
}

// TestSilentServerLeavesMailUncertain has the server answer the final dot
// after the sender stopped waiting, every time. The mail is tried again
// only once the wait's length has passed, and after the second silence
// it is left uncertain, not retried and not failed.
func TestSilentServerLeavesMailUncertain(t *testing.T) {
	srv := smtptest.Start(t, smtptest.WithDelay(3*time.Second))
	db := openDB(t)
	clk := &clock{now: t0}
	db.Now = clk.Now
	m := enqueue(t, db, &data.OutboxMail{To: "runner@example.org"})
	cfg := testConfig(t, srv)
	cfg.Timeouts.DataEnd = 2 * time.Second
	s, _ := start(t, db, cfg)

	got := waitUnanswered(t, db, m.ID, 1)
	if got.Status != data.OutboxQueued || got.Attempts != 1 || !got.NextAttempt.Equal(t0.Add(2*time.Second)) ||
		!strings.Contains(got.LastError, "may have been delivered") {
		t.Fatalf("after the first silence: got %s, %d attempts, next %v, %q; want queued, 1, %v, may have been delivered",
			got.Status, got.Attempts, got.NextAttempt, got.LastError, t0.Add(2*time.Second))
	}
	if !srv.WaitAccepted(1, 30*time.Second) {
		t.Fatalf("got %v, want the first copy taken late", srv)
	}
	if n := srv.Attempts("runner@example.org"); n != 1 {
		t.Fatalf("the server saw %d attempts before the wait was over, want 1", n)
	}

	clk.set(t0.Add(2 * time.Second))
	s.Wake()
	got = waitStatus(t, db, m.ID, data.OutboxUncertain)
	if got.Attempts != 2 || got.Unanswered != 2 || !strings.Contains(got.LastError, "may have been delivered") {
		t.Errorf("uncertain: got %d attempts, %d unanswered, %q; want 2, 2 and why", got.Attempts, got.Unanswered, got.LastError)
	}
	if !srv.WaitAccepted(2, 30*time.Second) {
		t.Fatalf("got %v, want the second copy taken late", srv)
	}
	if ids := copiesOf(srv, "runner@example.org"); len(ids) != 2 || ids[0] != ids[1] || ids[0] == "" {
		t.Errorf("got copies with Message-IDs %q, want two with the same", ids)
	}
}

// TestLostReplyThenSent loses the server's 250 to the end of the message
// once: the mail is tried again after the wait for that reply, the second
// try is answered, and the row is sent. Each try reached the server.
func TestLostReplyThenSent(t *testing.T) {
	srv := smtptest.Start(t)
	db := openDB(t)
	clk := &clock{now: t0}
	db.Now = clk.Now
	m := enqueue(t, db, &data.OutboxMail{To: "runner@example.org"})
	cfg := testConfig(t, srv)
	cfg.Addr = loseReplies(t, srv.Addr(), 1)
	s, _ := start(t, db, cfg)

	got := waitUnanswered(t, db, m.ID, 1)
	if got.Status != data.OutboxQueued || !got.NextAttempt.Equal(t0.Add(10*time.Minute)) {
		t.Fatalf("after the lost reply: got %s, next %v; want queued until %v", got.Status, got.NextAttempt, t0.Add(10*time.Minute))
	}
	clk.set(t0.Add(10 * time.Minute))
	s.Wake()
	got = waitStatus(t, db, m.ID, data.OutboxSent)
	if got.Attempts != 2 || got.LastError != "" {
		t.Errorf("sent: got %d attempts, last error %q; want 2 and none", got.Attempts, got.LastError)
	}
	if n := len(copiesOf(srv, "runner@example.org")); n != 2 {
		t.Errorf("got %d copies, want 2: the one whose reply was lost and the one answered", n)
	}
}

// TestLostReplyOnLastAttempt: a mail on its last attempt whose reply is
// lost is left uncertain, not failed: it may have been delivered.
func TestLostReplyOnLastAttempt(t *testing.T) {
	srv := smtptest.Start(t)
	db := openDB(t)
	m := enqueue(t, db, &data.OutboxMail{To: "runner@example.org"})
	cfg := testConfig(t, srv)
	cfg.Addr = loseReplies(t, srv.Addr(), 1)
	cfg.MaxAttempts = 1
	start(t, db, cfg)
	if got := waitStatus(t, db, m.ID, data.OutboxUncertain); got.Attempts != 1 || got.Unanswered != 1 {
		t.Errorf("got %d attempts, %d unanswered; want 1 and 1", got.Attempts, got.Unanswered)
	}
}
