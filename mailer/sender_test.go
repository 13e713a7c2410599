package mailer

import (
	"context"
	"strings"
	"testing"
	"time"

	"helpline/data"
	"helpline/internal/smtptest"
)

func TestReusesOneConnection(t *testing.T) {
	srv := smtptest.Start(t)
	db := openDB(t)
	enqueueMany(t, db, 25, "runner@example.org")
	start(t, db, testConfig(t, srv))
	waitAllSent(t, db, 25)
	if got := srv.Accepted(); got != 25 {
		t.Errorf("got %d accepted, want 25", got)
	}
	if got := srv.Connections(); got != 1 {
		t.Errorf("got %d connections, want 1", got)
	}
}

func TestParallelConnections(t *testing.T) {
	srv := smtptest.Start(t, smtptest.WithDelay(30*time.Millisecond))
	db := openDB(t)
	enqueueMany(t, db, 30, "runner@example.org")
	cfg := testConfig(t, srv)
	cfg.Connections = 3
	start(t, db, cfg)
	waitAllSent(t, db, 30)
	if got := srv.Connections(); got != 3 {
		t.Errorf("got %d connections, want 3", got)
	}
	if got := srv.MaxConcurrent(); got != 3 {
		t.Errorf("got %d sessions open at once, want 3", got)
	}
	perConn := map[int]int{}
	for _, m := range srv.Messages() {
		perConn[m.Conn]++
	}
	if len(perConn) != 3 {
		t.Errorf("got messages on %d connections (%v), want 3", len(perConn), perConn)
	}
}

func TestTemporaryFailureRetried(t *testing.T) {
	srv := smtptest.Start(t)
	srv.ForRecipient("slow@example.org", smtptest.Repeat(2, smtptest.Reject(451, "4.3.0", "try again later"))...)
	db := openDB(t)
	m := enqueue(t, db, &data.OutboxMail{To: "slow@example.org"})
	start(t, db, testConfig(t, srv))
	got := waitStatus(t, db, m.ID, data.OutboxSent)
	if got.Attempts != 3 {
		t.Errorf("got %d attempts, want 3", got.Attempts)
	}
	if n := srv.Attempts("slow@example.org"); n != 3 {
		t.Errorf("server saw %d attempts, want 3", n)
	}
	if got.LastError != "" {
		t.Errorf("got last error %q after delivery, want none", got.LastError)
	}
	if n := srv.Connections(); n != 1 {
		t.Errorf("got %d connections, want 1: a 451 leaves the session usable", n)
	}
}

func TestGivesUpAfterMaxAttempts(t *testing.T) {
	srv := smtptest.Start(t)
	srv.ForRecipient("full@example.org", smtptest.Repeat(5, smtptest.Reject(452, "4.2.2", "mailbox full"))...)
	db := openDB(t)
	m := enqueue(t, db, &data.OutboxMail{To: "full@example.org"})
	cfg := testConfig(t, srv)
	cfg.MaxAttempts = 3
	start(t, db, cfg)
	got := waitStatus(t, db, m.ID, data.OutboxFailed)
	if got.Attempts != 3 || !strings.Contains(got.LastError, "gave up after 3 attempts") || !strings.Contains(got.LastError, "452 4.2.2 mailbox full") {
		t.Errorf("got %d attempts, last error %q; want 3 and the server's reply", got.Attempts, got.LastError)
	}
}

func TestPermanentFailure(t *testing.T) {
	tests := []struct {
		name string
		step smtptest.Step
		want string
	}{
		{"at RCPT", smtptest.Reject(550, "5.1.1", "no such user here").AtRcpt(), "RCPT: 550 5.1.1 no such user here"},
		{"at end of DATA", smtptest.Reject(554, "5.7.1", "message refused"), "DATA: 554 5.7.1 message refused"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := smtptest.Start(t)
			srv.ForRecipient("gone@example.org", tt.step)
			db := openDB(t)
			bad := enqueue(t, db, &data.OutboxMail{To: "gone@example.org"})
			good := enqueue(t, db, &data.OutboxMail{To: "runner@example.org"})
			start(t, db, testConfig(t, srv))
			got := waitStatus(t, db, bad.ID, data.OutboxFailed)
			if got.LastError != tt.want || got.Attempts != 1 {
				t.Errorf("got last error %q after %d attempts, want %q after 1", got.LastError, got.Attempts, tt.want)
			}
			waitStatus(t, db, good.ID, data.OutboxSent)
			if n := srv.Connections(); n != 1 {
				t.Errorf("got %d connections, want 1: a refusal leaves the session usable", n)
			}
		})
	}
}

func TestDroppedConnectionRetried(t *testing.T) {
	srv := smtptest.Start(t)
	srv.ForRecipient("runner@example.org", smtptest.Drop())
	db := openDB(t)
	m := enqueue(t, db, &data.OutboxMail{To: "runner@example.org"})
	cfg := testConfig(t, srv)
	cfg.BaseBackoff, cfg.MaxBackoff = time.Hour, time.Hour
	s, _ := start(t, db, cfg)

	got := waitStatus(t, db, m.ID, data.OutboxQueued)
	waitFor(t, 5*time.Second, "the failure recorded", func() bool {
		got = row(t, db, m.ID)
		return got.LastError != ""
	})
	if got.Attempts != 1 || srv.Accepted() != 0 {
		t.Fatalf("after the drop: got %d attempts, %d accepted; want 1 attempt, nothing accepted", got.Attempts, srv.Accepted())
	}
	if _, err := db.ChangeOutbox(context.Background(), data.OutboxChange{To: data.OutboxQueued, IDs: []int64{m.ID}}); err != nil {
		t.Fatal(err)
	}
	s.Wake()
	got = waitStatus(t, db, m.ID, data.OutboxSent)
	if n := srv.Accepted(); n != 1 {
		t.Errorf("got %d accepted, want 1", n)
	}
	if n := srv.Connections(); n != 2 {
		t.Errorf("got %d connections, want 2: the dropped one and a new one", n)
	}
}

func TestSentOnlyAfterReply(t *testing.T) {
	srv := smtptest.Start(t, smtptest.WithDelay(150*time.Millisecond))
	db := openDB(t)
	m := enqueue(t, db, &data.OutboxMail{To: "runner@example.org"})
	start(t, db, testConfig(t, srv))
	// The server records a message only after its delay and just before
	// it replies 250, so a row seen sent with nothing recorded would have
	// been marked too early.
	waitFor(t, 10*time.Second, "row sent", func() bool {
		sent := row(t, db, m.ID).Status == data.OutboxSent
		if sent && srv.Accepted() == 0 {
			t.Fatal("row marked sent before the server accepted it")
		}
		return sent
	})
}

func TestRateLimit(t *testing.T) {
	srv := smtptest.Start(t)
	db := openDB(t)
	const n, rate = 15, 25
	enqueueMany(t, db, n, "runner@example.org")
	cfg := testConfig(t, srv)
	cfg.RatePerSecond = rate
	cfg.Connections = 3
	began := time.Now()
	start(t, db, cfg)
	waitAllSent(t, db, n)
	// With a burst of one, n mails need at least (n-1)/rate seconds;
	// the bound is loose so that only a broken limiter trips it.
	if elapsed, least := time.Since(began), (n-1)*time.Second/rate*8/10; elapsed < least {
		t.Errorf("sent %d mails in %v, want at least %v at %v per second", n, elapsed, least, rate)
	}
}

func TestRestartResendsSendingRows(t *testing.T) {
	srv := smtptest.Start(t)
	db := openDB(t)
	ids := enqueueMany(t, db, 3, "runner@example.org")
	// A crash between claim and mark leaves rows sending.
	claimed, err := db.ClaimOutbox(context.Background(), 2, nil)
	if err != nil || len(claimed) != 2 {
		t.Fatalf("claim: got %d rows, %v", len(claimed), err)
	}
	start(t, db, testConfig(t, srv))
	waitAllSent(t, db, 3)
	if n := srv.Accepted(); n != 3 {
		t.Errorf("got %d accepted, want 3: each row once", n)
	}
	for _, id := range ids {
		if got := row(t, db, id); got.LastError != "" {
			t.Errorf("row %d: got last error %q after delivery", id, got.LastError)
		}
	}
}

func TestGracefulStop(t *testing.T) {
	srv := smtptest.Start(t, smtptest.WithDelay(40*time.Millisecond))
	db := openDB(t)
	const n = 60
	enqueueMany(t, db, n, "runner@example.org")
	cfg := testConfig(t, srv)
	cfg.Connections = 2
	cfg.ClaimBatch = 10
	_, stop := start(t, db, cfg)
	if !srv.WaitAccepted(4, 10*time.Second) {
		t.Fatalf("got %v, want some mail accepted", srv)
	}
	stop()
	c := counts(t, db)
	if c[data.OutboxSending] != 0 || c[data.OutboxFailed] != 0 {
		t.Errorf("got counts %v after stop, want only queued and sent", c)
	}
	if c[data.OutboxSent] != srv.Accepted() {
		t.Errorf("got %d sent, %d accepted by the server; want them equal", c[data.OutboxSent], srv.Accepted())
	}
	if c[data.OutboxSent]+c[data.OutboxQueued] != n || c[data.OutboxQueued] == 0 {
		t.Errorf("got counts %v, want %d rows, some still queued", c, n)
	}
	rows, err := db.ListOutbox(context.Background(), data.OutboxFilter{Statuses: []string{data.OutboxQueued}})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if r.Attempts != 0 {
			t.Errorf("row %d: got %d attempts after release, want 0", r.ID, r.Attempts)
		}
	}
}

func TestHeaderInjectionRefused(t *testing.T) {
	tests := []struct {
		name string
		row  data.OutboxMail
	}{
		{"subject", data.OutboxMail{Subject: "Hello\r\nBcc: victim@example.org"}},
		{"recipient name", data.OutboxMail{ToName: "Jo\nBcc: victim@example.org"}},
		{"header value", data.OutboxMail{Headers: map[string]string{"In-Reply-To": "<a@b>\r\nBcc: victim@example.org"}}},
		{"header name", data.OutboxMail{Headers: map[string]string{"X-Bad\r\nBcc": "victim@example.org"}}},
		{"reserved header", data.OutboxMail{Headers: map[string]string{"Bcc": "victim@example.org"}}},
	}
	srv := smtptest.Start(t)
	db := openDB(t)
	ids := map[string]int64{}
	for _, tt := range tests {
		r := tt.row
		r.To = "runner@example.org"
		ids[tt.name] = enqueue(t, db, &r).ID
	}
	ok := enqueue(t, db, &data.OutboxMail{To: "runner@example.org", Subject: "fine"})
	start(t, db, testConfig(t, srv))
	waitStatus(t, db, ok.ID, data.OutboxSent)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := waitStatus(t, db, ids[tt.name], data.OutboxFailed)
			if !strings.Contains(got.LastError, "invalid message") || got.Attempts != 1 {
				t.Errorf("got last error %q after %d attempts, want an invalid message at once", got.LastError, got.Attempts)
			}
		})
	}
	for _, m := range srv.Messages() {
		if strings.Contains(strings.ToLower(string(m.Data)), "victim") {
			t.Errorf("got a sent message mentioning the injected recipient:\n%s", m.Data)
		}
	}
	if n := srv.Accepted(); n != 1 {
		t.Errorf("got %d accepted, want only the clean one", n)
	}
}

func TestAuthenticates(t *testing.T) {
	srv := smtptest.Start(t, smtptest.WithAuth("helpline", "s3cret"))
	db := openDB(t)
	m := enqueue(t, db, &data.OutboxMail{To: "runner@example.org"})
	cfg := testConfig(t, srv)
	cfg.Addr = "127.0.0.1:" + strings.Split(srv.Addr(), ":")[1]
	cfg.Username, cfg.Password = "helpline", "s3cret"
	start(t, db, cfg)
	waitStatus(t, db, m.ID, data.OutboxSent)
}
