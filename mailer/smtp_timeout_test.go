package mailer

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"helpline/internal/smtptest"
)

// quickSteps are timeouts of a second or two for every step but the
// reply to the final dot, which gets dataEnd: a server slower than the
// other steps allow there must still be waited for.
func quickSteps(dataEnd time.Duration) SMTPTimeouts {
	return SMTPTimeouts{Connect: 2 * time.Second, Greeting: 2 * time.Second, Mail: 2 * time.Second, Rcpt: 2 * time.Second,
		DataInit: 2 * time.Second, DataBlock: 2 * time.Second, DataEnd: dataEnd}
}

// loseReplies is a proxy to target that, for the first n mails, swallows
// the server's 250 to the end of the message and cuts the connection: the
// server has the mail, and the client never hears of it.
func loseReplies(t *testing.T, target string, n int) string {
	var mu sync.Mutex
	var p *proxy
	mu.Lock()
	defer mu.Unlock()
	p = startProxy(t, target, 0, func(b []byte) []byte {
		mu.Lock()
		defer mu.Unlock()
		if n == 0 || !bytes.Contains(b, []byte("OK: queued")) {
			return b
		}
		n--
		go p.cut()
		return nil
	})
	return p.Addr()
}

// uncertainError expects err to say that the mail may have been
// delivered.
func uncertainError(t *testing.T, err error) {
	t.Helper()
	var se *SendError
	if !errors.As(err, &se) || !se.Uncertain || se.Stage != "DATA" || se.Code != 0 || !se.Temporary() ||
		!strings.Contains(se.Message, "may have been delivered") {
		t.Fatalf("got %#v, want an uncertain DATA failure without a reply", err)
	}
}

// TestSMTPWaitsForSlowEndOfData has a server answer the final dot later
// than every other step's timeout: the transport waits for the reply, and
// the mail goes once.
func TestSMTPWaitsForSlowEndOfData(t *testing.T) {
	srv := smtptest.Start(t, smtptest.WithDelay(3*time.Second))
	tr := newTransport(t, srv.Addr(), func(c *SMTPConfig) { c.Timeouts = quickSteps(time.Minute) })
	if err := tr.Send(context.Background(), testMsg(t, "runner@example.org", "hello")); err != nil {
		t.Fatalf("got %v, want the mail sent", err)
	}
	if n, c := srv.Accepted(), srv.Connections(); n != 1 || c != 1 {
		t.Errorf("got %d accepted over %d sessions, want 1 over 1", n, c)
	}
}

// TestSMTPNoReplyToEndOfData covers the two ways a reply to the final dot
// can fail to come: the wait times out, or the connection is lost. Either
// way the mail may have arrived, the error says so, and the session is
// not used again.
func TestSMTPNoReplyToEndOfData(t *testing.T) {
	tests := []struct {
		name  string
		setup func(t *testing.T, srv *smtptest.Server) (addr string, to SMTPTimeouts)
	}{
		{"timed out", func(t *testing.T, srv *smtptest.Server) (string, SMTPTimeouts) {
			return srv.Addr(), quickSteps(2 * time.Second)
		}},
		{"connection lost", func(t *testing.T, srv *smtptest.Server) (string, SMTPTimeouts) {
			return loseReplies(t, srv.Addr(), 1), SMTPTimeouts{}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := smtptest.Start(t, smtptest.WithDelay(3*time.Second))
			addr, to := tt.setup(t, srv)
			tr := newTransport(t, addr, func(c *SMTPConfig) { c.Timeouts = to })
			uncertainError(t, tr.Send(context.Background(), testMsg(t, "runner@example.org", "hello")))
			if tr.idleCount() != 0 {
				t.Error("the session was kept after a lost reply")
			}
			if !srv.WaitAccepted(1, 30*time.Second) {
				t.Fatalf("got %v, want the first copy taken all the same", srv)
			}
		})
	}
}

// TestSMTPRefusalAtEndIsNotUncertain: a reply to the final dot, even a
// refusal, settles whether the mail went.
func TestSMTPRefusalAtEndIsNotUncertain(t *testing.T) {
	srv := smtptest.Start(t)
	srv.ForRecipient("full@example.org", smtptest.Reject(452, "4.2.2", "mailbox full"))
	tr := newTransport(t, srv.Addr(), nil)
	err := tr.Send(context.Background(), testMsg(t, "full@example.org", "hello"))
	var se *SendError
	if !errors.As(err, &se) || se.Uncertain || se.Code != 452 {
		t.Fatalf("got %#v, want a 452 that is not uncertain", err)
	}
}
