package mailer

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"helpline/data"
	"helpline/internal/smtptest"
	"helpline/internal/syncbuf"
	"helpline/internal/tcpforward"
)

// attempts is an Observer that keeps what it is told.
type attempts struct {
	mu   sync.Mutex
	seen []Attempt
}

func (a *attempts) Attempted(at Attempt) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.seen = append(a.seen, at)
}

func (a *attempts) results() string {
	a.mu.Lock()
	defer a.mu.Unlock()
	var out []string
	for _, at := range a.seen {
		out = append(out, at.Kind+":"+at.Result)
	}
	return strings.Join(out, ",")
}

// TestObserverHearsEachAttempt sends one mail that is refused for good,
// one refused once and then taken, and one taken at once.
func TestObserverHearsEachAttempt(t *testing.T) {
	srv := smtptest.Start(t)
	srv.ForRecipient("gone@example.org", smtptest.Reject(550, "5.1.1", "no such user").AtRcpt())
	srv.ForRecipient("busy@example.org", smtptest.Reject(451, "4.3.0", "try again later"))
	db := openDB(t)
	enqueue(t, db, &data.OutboxMail{Kind: data.KindAck, To: "gone@example.org"})
	m := enqueue(t, db, &data.OutboxMail{Kind: data.KindDigest, To: "busy@example.org"})
	enqueue(t, db, &data.OutboxMail{Kind: data.KindNotify, To: "owner@example.org"})
	obs := &attempts{}
	cfg := testConfig(t, srv)
	cfg.Observer = obs
	s, _ := start(t, db, cfg)
	waitStatus(t, db, m.ID, data.OutboxSent)
	waitFor(t, 10*time.Second, "four attempts", func() bool { return strings.Count(obs.results(), ",") == 3 })
	got := obs.results()
	for _, want := range []string{"ack:failed", "digest:retry", "digest:sent", "notify:sent"} {
		if !strings.Contains(got, want) {
			t.Errorf("observer heard %s, want %s among them", got, want)
		}
	}
	obs.mu.Lock()
	for _, at := range obs.seen {
		if at.Result == ResultSent && (at.Send <= 0 || at.Queued < at.Send) {
			t.Errorf("%+v: want the send's time, within the time since queueing", at)
		}
	}
	obs.mu.Unlock()
	st := s.Status()
	if st.Failing != "" || st.LastSent.IsZero() || !strings.Contains(st.LastError, "451") && !strings.Contains(st.LastError, "550") {
		t.Errorf("status %+v, want not failing, a last delivery and the last refusal", st)
	}
}

// TestStatusFailingUntilRelayAnswers starts the sender where no relay
// answers yet, then brings one up there.
func TestStatusFailingUntilRelayAnswers(t *testing.T) {
	srv := smtptest.Start(t)
	addr := closedAddr(t)
	db := openDB(t)
	m := enqueue(t, db, &data.OutboxMail{To: "runner@example.org"})
	cfg := testConfig(t, srv)
	cfg.Addr = addr
	s, _ := start(t, db, cfg)
	waitFor(t, 10*time.Second, "a failed connection", func() bool { return s.Status().Failing != "" })
	if st := s.Status(); !strings.Contains(st.Failing, "connect") || !st.LastSent.IsZero() {
		t.Errorf("status %+v, want failing to connect and nothing sent", st)
	}
	tcpforward.At(t, addr, srv.Addr())
	waitStatus(t, db, m.ID, data.OutboxSent)
	if st := s.Status(); st.Failing != "" || st.LastSent.IsZero() || !strings.Contains(st.LastError, "connect") {
		t.Errorf("status %+v, want not failing, a delivery, and the connection failure kept as the last error", st)
	}
}

// resetting listens on a free port and resets every connection at once,
// as a relay's address does whose server behind it is down: each error
// names the connection's new local port.
func resetting(t *testing.T) (addr string, stop func()) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			c.(*net.TCPConn).SetLinger(0)
			c.Close()
		}
	}()
	stop = func() { ln.Close(); <-done }
	t.Cleanup(stop)
	return ln.Addr().String(), sync.OnceFunc(stop)
}

// TestRelayDownIsLoggedOnce keeps a queue waiting on a relay that is
// down, over several connections: each mail's retries are noted, but that
// the relay cannot be reached is said once, not for every mail and try,
// whether it refuses connections or resets each one, and its return once.
func TestRelayDownIsLoggedOnce(t *testing.T) {
	tests := []struct {
		name string
		down func(t *testing.T) (addr string, stop func())
	}{
		{"refused", func(t *testing.T) (string, func()) {
			return closedAddr(t), func() {}
		}},
		{"reset", resetting},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := smtptest.Start(t)
			addr, up := tt.down(t)
			db := openDB(t)
			ids := enqueueMany(t, db, 5, "runner@example.org")
			logs := &syncbuf.Buffer{}
			cfg := testConfig(t, srv)
			cfg.Addr, cfg.MaxAttempts, cfg.Connections = addr, 100, 3
			cfg.Logger = slog.New(slog.NewTextHandler(logs, nil))
			_, stop := start(t, db, cfg)
			waitFor(t, 10*time.Second, "every mail tried twice", func() bool {
				for _, id := range ids {
					if row(t, db, id).Attempts < 2 {
						return false
					}
				}
				return true
			})
			up()
			tcpforward.At(t, addr, srv.Addr())
			for _, id := range ids {
				waitStatus(t, db, id, data.OutboxSent)
			}
			stop()
			if got := strings.Count(logs.String(), "cannot reach the relay"); got != 1 {
				t.Errorf("said %d times that the relay cannot be reached, want once", got)
			}
			if got := strings.Count(logs.String(), "relay reachable again"); got != 1 {
				t.Errorf("said %d times that the relay is back, want once", got)
			}
		})
	}
}

// TestRelayFailingForANewCauseIsLoggedAgain moves a relay that could not
// be reached to one that refuses the login: that is a new cause, with
// settings of its own to check, and is said again.
func TestRelayFailingForANewCauseIsLoggedAgain(t *testing.T) {
	srv := smtptest.Start(t, smtptest.WithAuth("helpline", "s3cret"))
	addr := closedAddr(t)
	db := openDB(t)
	id := enqueueMany(t, db, 1, "runner@example.org")[0]
	logs := &syncbuf.Buffer{}
	cfg := testConfig(t, srv)
	cfg.Addr, cfg.MaxAttempts, cfg.Username, cfg.Password = addr, 1000, "helpline", "wrong"
	cfg.Logger = slog.New(slog.NewTextHandler(logs, nil))
	_, stop := start(t, db, cfg)
	defer stop()
	waitFor(t, 10*time.Second, "the mail tried twice", func() bool { return row(t, db, id).Attempts >= 2 })
	tcpforward.At(t, addr, srv.Addr())
	waitFor(t, 10*time.Second, "the refused login said", func() bool { return strings.Count(logs.String(), "check smtp.username") > 0 })
	if got := strings.Count(logs.String(), "cannot reach the relay"); got != 2 {
		t.Errorf("said %d times that the relay cannot be reached, want twice: unreachable, then the login", got)
	}
}

// A relay's refusal names the recipient it refused. The status, which
// the site's health check shows to anyone, keeps the reply with the
// address hidden; the row keeps it whole for the owner.
func TestStatusHidesTheRefusedAddress(t *testing.T) {
	srv := smtptest.Start(t)
	srv.ForRecipient("ann.private@example.org",
		smtptest.Reject(550, "5.1.1", "<ann.private@example.org>: Recipient address rejected").AtRcpt())
	db := openDB(t)
	m := enqueue(t, db, &data.OutboxMail{Kind: data.KindAck, To: "ann.private@example.org"})
	s, _ := start(t, db, testConfig(t, srv))
	row := waitStatus(t, db, m.ID, data.OutboxFailed)
	if !strings.Contains(row.LastError, "<ann.private@example.org>") {
		t.Errorf("row's last error %q, want the relay's reply whole", row.LastError)
	}
	want := "RCPT: 550 5.1.1 <[address hidden]>: Recipient address rejected"
	if st := s.Status(); st.LastError != want {
		t.Errorf("status last error %q, want %q", st.LastError, want)
	}
}

// closedAddr is a loopback address where nothing listens: a relay that is
// down, until a test forwards it to one.
func closedAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// reporter is a FailureReporter that keeps what it is told, or refuses
// it with err.
type reporter struct {
	mu   sync.Mutex
	seen []Failure
	err  error
}

func (r *reporter) RecipientFailed(ctx context.Context, tx *data.Tx, f Failure) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.seen = append(r.seen, f)
	return r.err
}

// TestFailureIsReportedAndObservedOnce checks a refusal for good: the
// reporter hears it, the observer counts it once, and the row is failed,
// whether the report commits or not.
func TestFailureIsReportedAndObservedOnce(t *testing.T) {
	for _, refuse := range []bool{false, true} {
		srv := smtptest.Start(t)
		srv.ForRecipient("gone@example.org", smtptest.Reject(550, "5.1.1", "no such user").AtRcpt())
		db := openDB(t)
		m := enqueue(t, db, &data.OutboxMail{Kind: data.KindAck, To: "gone@example.org"})
		obs, rep := &attempts{}, &reporter{}
		if refuse {
			rep.err = errors.New("cannot record the bounce")
		}
		cfg := testConfig(t, srv)
		cfg.Observer, cfg.Failures = obs, rep
		start(t, db, cfg)
		waitStatus(t, db, m.ID, data.OutboxFailed)
		waitFor(t, 10*time.Second, "the failure observed", func() bool { return obs.results() != "" })
		if got := obs.results(); got != "ack:failed" {
			t.Errorf("refuse=%v: observer heard %q, want ack:failed once", refuse, got)
		}
		rep.mu.Lock()
		if len(rep.seen) != 1 || rep.seen[0].OutboxID != m.ID || rep.seen[0].Status != "5.1.1" || !rep.seen[0].Permanent {
			t.Errorf("refuse=%v: reporter heard %+v, want one permanent 5.1.1 for row %d", refuse, rep.seen, m.ID)
		}
		rep.mu.Unlock()
	}
}
