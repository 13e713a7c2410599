package inbox

import (
	"context"
	"log/slog"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"helpline/data"
	"helpline/internal/syncbuf"
	"helpline/internal/tcpforward"
)

// runPoller runs p until the test ends.
func runPoller(t *testing.T, p *Poller) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()
	t.Cleanup(func() { cancel(); <-done })
}

// TestStatusNamesLoginFailure points the poller at a real server with a
// wrong password: its status must say it is failing and why, and the log
// must call it a refused login, not a lost connection.
func TestStatusNamesLoginFailure(t *testing.T) {
	forEachServer(t, func(t *testing.T, s imapServer) {
		f := newFixture(t)
		var log syncbuf.Buffer
		s.password = "not the password"
		p := NewPoller(f.db, IMAPConfig{Addr: s.addr, TLS: "none", Username: s.user, Password: s.password,
			MaxBackoff: 50 * time.Millisecond}, f.proc, slog.New(slog.NewTextHandler(&log, nil)))
		runPoller(t, p)
		waitFor(t, "two refused logins", func() bool { return strings.Count(log.String(), "imap login refused") >= 2 })
		st := p.Status()
		if st.LoggedIn || !strings.Contains(st.Failing, "login as "+s.user) || st.LastError == "" || st.LastErrorAt.IsZero() {
			t.Errorf("status %+v, want failing at login", st)
		}
		if !st.LastPoll.IsZero() {
			t.Errorf("last poll %v, want none", st.LastPoll)
		}
		if strings.Contains(log.String(), "connection lost") {
			t.Errorf("the log calls a refused login a lost connection:\n%s", log.String())
		}
		if !strings.Contains(log.String(), "retry_in=") {
			t.Errorf("the log does not say when it tries again:\n%s", log.String())
		}
	})
}

// recorder is an Observer that keeps what it is told.
type recorder struct {
	mu       sync.Mutex
	outcomes []string
	triggers []string
}

func (r *recorder) Processed(outcome string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.outcomes = append(r.outcomes, outcome)
}

func (r *recorder) Fetched(trigger string, elapsed time.Duration, stored int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if elapsed < 0 || stored < 0 {
		trigger = "nonsense"
	}
	r.triggers = append(r.triggers, trigger)
}

func (r *recorder) seen() (outcomes, triggers string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return strings.Join(r.outcomes, ","), strings.Join(r.triggers, ",")
}

// TestStatusRecovers starts the poller where no server answers yet, then
// brings one up there: the status goes from failing to logged in, and the
// observer hears of each fetch and each message.
func TestStatusRecovers(t *testing.T) {
	forEachServer(t, func(t *testing.T, s imapServer) {
		f := newFixture(t)
		obs := &recorder{}
		f.proc.cfg.Observer = obs
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		addr := ln.Addr().String()
		ln.Close()
		via := s
		via.addr = addr
		p := f.poller(via, "INBOX", func(c *IMAPConfig) { c.Observer = obs })
		runPoller(t, p)
		waitFor(t, "a failed dial", func() bool { return strings.Contains(p.Status().Failing, "dial") })
		tcpforward.At(t, addr, s.addr)
		waitFor(t, "a login", func() bool { st := p.Status(); return st.LoggedIn && !st.LastPoll.IsZero() })
		if st := p.Status(); st.Failing != "" || !strings.Contains(st.LastError, "dial") {
			t.Errorf("status %+v, want not failing, with the dial failure kept as the last error", st)
		}
		appendMail(t, dial(t, s), "INBOX", questions(1, "after")...)
		waitFor(t, "the question", func() bool { return f.count(data.OutcomeQuestion) == 1 })
		waitFor(t, "the fetch after idle", func() bool { _, tr := obs.seen(); return strings.Contains(tr, FetchAfterIdle) })
		outcomes, triggers := obs.seen()
		if outcomes != data.OutcomeQuestion || !strings.HasPrefix(triggers, FetchAtConnect+","+FetchAfterIdle) {
			t.Errorf("observer heard outcomes %q and fetches %q, want a question and a fetch at connect, then after idle", outcomes, triggers)
		}
	})
}
