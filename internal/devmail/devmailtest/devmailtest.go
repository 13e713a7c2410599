// Package devmailtest starts helpline's development mail server for tests
// and reads what it delivered through a real IMAP client.
//
// It is kept apart from devmail so that the production binary does not
// link "testing".
package devmailtest

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"helpline/internal/devmail"
)

// StartForTest starts a development mail server on free loopback ports,
// with the given accounts created, and closes it when the test ends. Its
// log goes to the test's log; a benchmark keeps only warnings and errors,
// so that logging does not become what it measures.
func StartForTest(t testing.TB, accounts ...string) *devmail.Server {
	t.Helper()
	w := &testLogWriter{t: t}
	level := slog.LevelInfo
	if _, ok := t.(*testing.B); ok {
		level = slog.LevelWarn
	}
	srv, err := devmail.New(devmail.Config{
		IMAPAddr: "127.0.0.1:0",
		SMTPAddr: "127.0.0.1:0",
		Accounts: accounts,
		Logger:   slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: level})),
	})
	if err != nil {
		t.Fatalf("devmail.New: %v", err)
	}
	if err := srv.Start(t.Context()); err != nil {
		t.Fatalf("devmail Start: %v", err)
	}
	t.Cleanup(func() {
		if err := srv.Close(); err != nil {
			t.Errorf("devmail Close: %v", err)
		}
		w.stop()
	})
	return srv
}

// FetchAll returns every raw message in account's INBOX, oldest first,
// read over IMAP without marking them seen. It fails the test if the
// account cannot log in.
func FetchAll(t testing.TB, srv *devmail.Server, account string) [][]byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), fetchTimeout)
	defer cancel()
	msgs, err := fetchAll(ctx, srv, account)
	if err != nil {
		t.Fatalf("fetch %s: %v", account, err)
	}
	return msgs
}

// WaitForMessages waits until account's INBOX holds at least n messages
// and returns all of them, oldest first. It fails the test if that does
// not happen within timeout. An account that does not exist yet counts as
// empty, since accounts appear on first delivery.
func WaitForMessages(t testing.TB, srv *devmail.Server, account string, n int, timeout time.Duration) [][]byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), timeout)
	defer cancel()
	deadline := time.Now().Add(timeout)
	wait := 5 * time.Millisecond
	for {
		msgs, err := fetchAll(ctx, srv, account)
		if err == nil && len(msgs) >= n {
			return msgs
		}
		left := time.Until(deadline)
		if left <= 0 {
			if err != nil {
				t.Fatalf("wait for %d messages for %s: %v", n, account, err)
			}
			t.Fatalf("wait for messages for %s: got %d after %v, want %d", account, len(msgs), timeout, n)
		}
		timer := time.NewTimer(min(wait, left))
		select {
		case <-t.Context().Done():
			timer.Stop()
			t.Fatalf("wait for messages for %s: %v", account, t.Context().Err())
		case <-timer.C:
		}
		wait = min(2*wait, 100*time.Millisecond)
	}
}

// fetchTimeout bounds one FetchAll, so that a server that stops answering
// fails the test instead of hanging it.
const fetchTimeout = 30 * time.Second

// fetchAll logs in as account, selects INBOX and fetches every message.
// The IMAP client takes no context, so ctx ending closes its connection.
func fetchAll(ctx context.Context, srv *devmail.Server, account string) ([][]byte, error) {
	c, err := imapclient.DialInsecure(srv.IMAPAddr(), nil)
	if err != nil {
		return nil, fmt.Errorf("dial imap: %w", err)
	}
	defer c.Close()
	stop := context.AfterFunc(ctx, func() { c.Close() })
	defer stop()
	if err := c.Login(account, srv.Password()).Wait(); err != nil {
		return nil, fmt.Errorf("login: %w", err)
	}
	sel, err := c.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		return nil, fmt.Errorf("select inbox: %w", err)
	}
	if sel.NumMessages == 0 {
		return nil, nil
	}
	var all imap.SeqSet
	all.AddRange(1, 0) // 1:*
	section := &imap.FetchItemBodySection{Peek: true}
	bufs, err := c.Fetch(all, &imap.FetchOptions{
		UID:         true,
		BodySection: []*imap.FetchItemBodySection{section},
	}).Collect()
	if err != nil {
		return nil, fmt.Errorf("fetch: %w", err)
	}
	out := make([][]byte, 0, len(bufs))
	for _, buf := range bufs {
		out = append(out, buf.FindBodySection(section))
	}
	if err := c.Logout().Wait(); err != nil {
		return nil, fmt.Errorf("logout: %w", err)
	}
	return out, nil
}

// testLogWriter sends log lines to t.Log until stop is called, after which
// lines from connections still winding down are dropped rather than logged
// after the test has finished.
type testLogWriter struct {
	t       testing.TB
	mu      sync.Mutex
	stopped bool
}

var _ io.Writer = (*testLogWriter)(nil)

// Write logs p as one line.
func (w *testLogWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.stopped {
		w.t.Log(strings.TrimSuffix(string(p), "\n"))
	}
	return len(p), nil
}

func (w *testLogWriter) stop() {
	w.mu.Lock()
	w.stopped = true
	w.mu.Unlock()
}
