package dovecottest

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-smtp"
)

// MTA is an SMTP server on loopback that delivers every message it accepts
// into the INBOX of its recipients on a Server, as the mail host of a
// domain would: a plus-address (ask+tag@example.org) lands in the base
// address's mailbox, and each copy gets the Return-Path and Delivered-To
// lines a delivery agent writes. A recipient without a mailbox is refused
// at RCPT, so that a test learns at once that it mailed the wrong address.
//
// Mail is in the mailbox by the time the server answers the end of DATA,
// so a client that has seen its message accepted may look for it at once.
type MTA struct {
	srv   *Server
	addr  string
	smtp  *smtp.Server
	users map[string]bool

	mu       sync.Mutex
	received []Delivery
	changed  chan struct{} // closed and replaced at each delivery
}

// Delivery is one message the MTA delivered.
type Delivery struct {
	From string   // envelope sender, "" for the null sender
	To   []string // envelope recipients as given
	Raw  []byte   // the message as received, without the delivery lines
}

// StartMTA runs an MTA for s's users on a free loopback port and stops it
// when the test ends.
func StartMTA(t testing.TB, s *Server) *MTA {
	t.Helper()
	m := &MTA{srv: s, users: make(map[string]bool, len(s.users)), changed: make(chan struct{})}
	for _, u := range s.users {
		m.users[u] = true
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("dovecottest: mta: listen: %v", err)
	}
	m.addr = ln.Addr().String()
	m.smtp = smtp.NewServer(smtp.BackendFunc(func(*smtp.Conn) (smtp.Session, error) {
		return &mtaSession{m: m}, nil
	}))
	m.smtp.Domain = "dovecottest.localhost"
	m.smtp.ReadTimeout = time.Minute
	m.smtp.WriteTimeout = time.Minute
	m.smtp.MaxMessageBytes = 32 << 20
	m.smtp.EnableSMTPUTF8 = true
	m.smtp.ErrorLog = log.New(io.Discard, "", 0)
	go m.smtp.Serve(ln)
	t.Cleanup(func() { m.smtp.Close() })
	return m
}

// Addr returns the host:port the MTA listens on.
func (m *MTA) Addr() string { return m.addr }

// Received returns every message delivered so far, in order.
func (m *MTA) Received() []Delivery {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]Delivery(nil), m.received...)
}

// WaitFor returns the first delivered message that match accepts, waiting
// for one to arrive until timeout, when it fails the test with what did
// arrive.
func (m *MTA) WaitFor(t testing.TB, what string, timeout time.Duration, match func(Delivery) bool) Delivery {
	t.Helper()
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	seen := 0
	for {
		m.mu.Lock()
		got, changed := m.received[seen:], m.changed
		seen = len(m.received)
		m.mu.Unlock()
		for _, d := range got {
			if match(d) {
				return d
			}
		}
		select {
		case <-changed:
		case <-deadline.C:
			t.Fatalf("dovecottest: mta: no %s within %v; %d messages delivered", what, timeout, seen)
			return Delivery{}
		}
	}
}

// mailboxUser is the user whose INBOX takes mail for rcpt: the address
// without its +tag, or its local part alone, whichever is a user.
func (m *MTA) mailboxUser(rcpt string) (string, bool) {
	addr := strings.ToLower(strings.Trim(rcpt, "<>"))
	local, domain, ok := strings.Cut(addr, "@")
	if !ok {
		return "", false
	}
	local, _, _ = strings.Cut(local, "+")
	for _, u := range []string{local + "@" + domain, local} {
		if m.users[u] {
			return u, true
		}
	}
	return "", false
}

// deliver appends one copy of raw per recipient, under the lines a
// delivery agent writes (RFC 5321 4.4 for Return-Path), and records it.
func (m *MTA) deliver(from string, to, users []string, raw []byte) error {
	for i, user := range users {
		var msg bytes.Buffer
		fmt.Fprintf(&msg, "Return-Path: <%s>\r\nDelivered-To: %s\r\n", from, to[i])
		msg.Write(raw)
		err := m.srv.session(user, func(c *imapclient.Client) error {
			_, err := appendMessage(c, "INBOX", msg.Bytes(), nil)
			return err
		})
		if err != nil {
			return fmt.Errorf("deliver to %s: %w", to[i], err)
		}
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.received = append(m.received, Delivery{From: from, To: append([]string(nil), to...), Raw: raw})
	close(m.changed)
	m.changed = make(chan struct{})
	return nil
}

// mtaSession is one SMTP transaction's envelope.
type mtaSession struct {
	m     *MTA
	from  string
	to    []string
	users []string
}

func (s *mtaSession) Mail(from string, _ *smtp.MailOptions) error {
	s.from = from
	return nil
}

func (s *mtaSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	user, ok := s.m.mailboxUser(to)
	if !ok {
		return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "no mailbox for " + to}
	}
	s.to = append(s.to, to)
	s.users = append(s.users, user)
	return nil
}

func (s *mtaSession) Data(r io.Reader) error {
	raw, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	if err := s.m.deliver(s.from, s.to, s.users, raw); err != nil {
		return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: err.Error()}
	}
	return nil
}

func (s *mtaSession) Reset() { s.from, s.to, s.users = "", nil, nil }

func (s *mtaSession) Logout() error { return nil }
