// Package smtptest runs an in-process SMTP server on loopback for tests of
// any helpline package that sends mail.
//
// The server records every message it accepts and every connection opened,
// and a test can script its replies: accept, a temporary 4xx for the first
// few tries, a permanent 5xx, or a connection dropped in the middle of DATA,
// chosen per recipient or for whichever message comes next. A discard mode
// accepts and counts without keeping anything, for benchmarks.
//
// It imports nothing of helpline's.
package smtptest

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
)

// Message is one message the server accepted.
type Message struct {
	From string   // envelope sender, without angle brackets
	To   []string // envelope recipients
	Data []byte   // the raw message as received, with CRLF line ends
	Conn int      // which connection carried it, counting from 1
	Body string   // the MAIL BODY parameter (RFC 6152), such as "8BITMIME"
}

// Option changes how Start configures a server.
type Option func(*Server)

// Discard makes the server accept every message and keep only counts, so a
// benchmark can push many messages through without the server growing.
func Discard() Option { return func(s *Server) { s.discard = true } }

// WithDelay makes the server wait d before answering the end of DATA.
func WithDelay(d time.Duration) Option { return func(s *Server) { s.delay = d } }

// WithAuth makes the server offer AUTH PLAIN and accept only the given
// credentials. Authentication is allowed without TLS, which is safe only
// because the server listens on loopback.
func WithAuth(username, password string) Option {
	return func(s *Server) { s.username, s.password = username, password }
}

// WithTLS makes the server offer STARTTLS (RFC 3207) with the given
// certificate.
func WithTLS(cfg *tls.Config) Option { return func(s *Server) { s.tls = cfg } }

// Server is a running test SMTP server.
type Server struct {
	addr string
	srv  *smtp.Server
	done chan struct{}

	discard            bool
	delay              time.Duration
	username, password string
	tls                *tls.Config

	mu        sync.Mutex
	messages  []Message
	conns     int
	active    int
	maxActive int
	accepted  int64
	bytes     int64
	attempts  map[string]int
	byRcpt    map[string][]Step
	anyQueue  []Step
	released  chan struct{} // closed and replaced whenever a message is accepted
}

// Start runs a server on 127.0.0.1 with an ephemeral port and stops it when
// the test ends.
func Start(t testing.TB, opts ...Option) *Server {
	t.Helper()
	s := &Server{
		done:     make(chan struct{}),
		attempts: map[string]int{},
		byRcpt:   map[string][]Step{},
		released: make(chan struct{}),
	}
	for _, o := range opts {
		o(s)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("smtptest: listen: %v", err)
	}
	s.addr = ln.Addr().String()
	s.srv = smtp.NewServer(backend{s})
	s.srv.Domain = "smtptest.localhost"
	s.srv.AllowInsecureAuth = true
	s.srv.MaxMessageBytes = 32 << 20
	s.srv.ReadTimeout = time.Minute
	s.srv.WriteTimeout = time.Minute
	s.srv.ErrorLog = log.New(io.Discard, "", 0)
	s.srv.TLSConfig = s.tls
	go s.srv.Serve(ln)
	t.Cleanup(s.Close)
	return s
}

// Close stops the server and drops its connections. It is safe to call more
// than once.
func (s *Server) Close() {
	select {
	case <-s.done:
		return
	default:
	}
	close(s.done)
	s.srv.Close()
}

// Shutdown stops accepting connections and waits, until ctx is done, for
// open ones to end.
func (s *Server) Shutdown(ctx context.Context) error {
	return s.srv.Shutdown(ctx)
}

// Addr is the server's host:port.
func (s *Server) Addr() string { return s.addr }

// Host is the server's IP address.
func (s *Server) Host() string {
	h, _, _ := net.SplitHostPort(s.addr)
	return h
}

// Port is the server's TCP port.
func (s *Server) Port() int {
	_, p, _ := net.SplitHostPort(s.addr)
	n, _ := strconv.Atoi(p)
	return n
}

// Messages returns a copy of every message accepted so far, in order.
func (s *Server) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Message, len(s.messages))
	copy(out, s.messages)
	return out
}

// Accepted is how many messages the server has accepted, in either mode.
func (s *Server) Accepted() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.accepted
}

// Bytes is how many message bytes the server has accepted.
func (s *Server) Bytes() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.bytes
}

// Connections is how many SMTP sessions have been opened so far.
func (s *Server) Connections() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.conns
}

// MaxConcurrent is the largest number of sessions that were open at once.
func (s *Server) MaxConcurrent() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.maxActive
}

// Attempts is how many times a message for rcpt reached RCPT TO.
func (s *Server) Attempts(rcpt string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.attempts[strings.ToLower(rcpt)]
}

// WaitAccepted blocks until at least n messages have been accepted or
// timeout passes, and reports whether n was reached.
func (s *Server) WaitAccepted(n int64, timeout time.Duration) bool {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		s.mu.Lock()
		got, ch := s.accepted, s.released
		s.mu.Unlock()
		if got >= n {
			return true
		}
		select {
		case <-ch:
		case <-deadline.C:
			return false
		case <-s.done:
			return false
		}
	}
}

// String describes the server for test failure messages.
func (s *Server) String() string {
	return fmt.Sprintf("smtptest server at %s (%d accepted, %d connections)", s.addr, s.Accepted(), s.Connections())
}

func (s *Server) record(m Message, n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.accepted++
	s.bytes += int64(n)
	if !s.discard {
		s.messages = append(s.messages, m)
	}
	close(s.released)
	s.released = make(chan struct{})
}

// wait pauses for the configured delay, cut short when the server closes.
func (s *Server) wait() {
	if s.delay <= 0 {
		return
	}
	t := time.NewTimer(s.delay)
	defer t.Stop()
	select {
	case <-t.C:
	case <-s.done:
	}
}

var errDropped = errors.New("smtptest: connection dropped on purpose")
