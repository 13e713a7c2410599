package dovecottest

import (
	"fmt"
	"net"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// sessionTimeout bounds each of the package's own IMAP conversations, so
// that a wedged server fails the test instead of hanging it.
const sessionTimeout = 30 * time.Second

// Dial connects to the server and logs in as user. The client is closed when
// the test ends. opts may be nil; a test that waits in IDLE sets its
// UnilateralDataHandler there.
func (s *Server) Dial(t testing.TB, user string, opts *imapclient.Options) *imapclient.Client {
	t.Helper()
	c, err := s.login(user, opts, time.Time{})
	if err != nil {
		t.Fatalf("dovecottest: %v%s", err, s.logTail())
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// login opens a connection, with a deadline unless it is zero, and logs in.
func (s *Server) login(user string, opts *imapclient.Options, deadline time.Time) (*imapclient.Client, error) {
	conn, err := net.DialTimeout("tcp", s.addr, 5*time.Second)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", s.addr, err)
	}
	if err := conn.SetDeadline(deadline); err != nil {
		conn.Close()
		return nil, fmt.Errorf("set deadline: %w", err)
	}
	c := imapclient.New(conn, opts)
	if err := c.Login(user, password).Wait(); err != nil {
		c.Close()
		return nil, fmt.Errorf("login %s: %w", user, err)
	}
	return c, nil
}

// session runs fn in a short logged-in conversation as user.
func (s *Server) session(user string, fn func(c *imapclient.Client) error) error {
	c, err := s.login(user, nil, time.Now().Add(sessionTimeout))
	if err != nil {
		return err
	}
	defer c.Close()
	if err := fn(c); err != nil {
		return err
	}
	if err := c.Logout().Wait(); err != nil {
		return fmt.Errorf("logout %s: %w", user, err)
	}
	return nil
}

// Deliver puts raw into user's INBOX, as a mail server delivering it would,
// and returns its UID.
func (s *Server) Deliver(t testing.TB, user string, raw []byte) imap.UID {
	t.Helper()
	return s.DeliverTo(t, user, "INBOX", raw)
}

// DeliverTo puts raw into one of user's mailboxes and returns its UID.
// It uses IMAP APPEND (RFC 3501 6.3.11), which Dovecot treats like any
// delivery: the message arrives without flags and wakes clients in IDLE.
func (s *Server) DeliverTo(t testing.TB, user, mailbox string, raw []byte) imap.UID {
	t.Helper()
	var uid imap.UID
	err := s.session(user, func(c *imapclient.Client) error {
		data, err := appendMessage(c, mailbox, raw, nil)
		if err != nil {
			return err
		}
		uid = data.UID
		return nil
	})
	if err != nil {
		t.Fatalf("dovecottest: deliver to %s/%s: %v%s", user, mailbox, err, s.logTail())
	}
	return uid
}

// appendMessage sends raw as an APPEND literal and waits for the server's
// APPENDUID (RFC 4315 3).
func appendMessage(c *imapclient.Client, mailbox string, raw []byte, opts *imap.AppendOptions) (*imap.AppendData, error) {
	cmd := c.Append(mailbox, int64(len(raw)), opts)
	if _, err := cmd.Write(raw); err != nil {
		cmd.Close()
		return nil, fmt.Errorf("append to %s: %w", mailbox, err)
	}
	if err := cmd.Close(); err != nil {
		return nil, fmt.Errorf("append to %s: %w", mailbox, err)
	}
	data, err := cmd.Wait()
	if err != nil {
		return nil, fmt.Errorf("append to %s: %w", mailbox, err)
	}
	return data, nil
}

// createMailbox makes Mailbox for the logged-in user.
func createMailbox(c *imapclient.Client) error {
	if err := c.Create(Mailbox, nil).Wait(); err != nil {
		return fmt.Errorf("create %s: %w", Mailbox, err)
	}
	return nil
}
