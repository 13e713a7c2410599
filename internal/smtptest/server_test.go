package smtptest

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

const body = "From: a@example.org\r\nTo: b@example.org\r\nSubject: hi\r\n\r\nhello\r\n"

func dial(t *testing.T, s *Server) *smtp.Client {
	t.Helper()
	c, err := smtp.Dial(s.Addr())
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// send runs one transaction and returns the error of the step that failed.
func send(c *smtp.Client, from, to string) error {
	return transact(c, from, to, []byte(body))
}

func wantCode(t *testing.T, err error, code int) {
	t.Helper()
	var se *smtp.SMTPError
	if !errors.As(err, &se) {
		t.Fatalf("got error %v, want SMTP reply %d", err, code)
	}
	if se.Code != code {
		t.Fatalf("got reply %d %q, want %d", se.Code, se.Message, code)
	}
}

func TestRecordsMessages(t *testing.T) {
	s := Start(t)
	c := dial(t, s)
	for range 3 {
		if err := send(c, "bounce@example.org", "b@example.org"); err != nil {
			t.Fatalf("send: %v", err)
		}
	}
	msgs := s.Messages()
	if len(msgs) != 3 {
		t.Fatalf("got %d messages, want 3", len(msgs))
	}
	m := msgs[0]
	if m.From != "bounce@example.org" || len(m.To) != 1 || m.To[0] != "b@example.org" {
		t.Errorf("got envelope %q -> %q, want bounce@example.org -> b@example.org", m.From, m.To)
	}
	if string(m.Data) != body {
		t.Errorf("got data %q, want %q", m.Data, body)
	}
	if got := Header(m.Data, "subject"); got != "hi" {
		t.Errorf("got Subject %q, want hi", got)
	}
	if got := s.Connections(); got != 1 {
		t.Errorf("got %d connections, want 1", got)
	}
}

func TestScriptedReplies(t *testing.T) {
	s := Start(t)
	s.ForRecipient("temp@example.org", Repeat(2, Reject(451, "4.3.0", "try later"))...)
	s.ForRecipient("gone@example.org", Reject(550, "5.1.1", "no such user").AtRcpt())
	c := dial(t, s)

	wantCode(t, send(c, "x@example.org", "temp@example.org"), 451)
	wantCode(t, send(c, "x@example.org", "temp@example.org"), 451)
	if err := send(c, "x@example.org", "temp@example.org"); err != nil {
		t.Fatalf("third try: got %v, want accepted", err)
	}
	err := send(c, "x@example.org", "gone@example.org")
	wantCode(t, err, 550)
	if !strings.Contains(err.Error(), "no such user") {
		t.Errorf("got %q, want the scripted text", err)
	}
	c.Reset()
	s.ForNext(Reject(554, "5.7.1", "spam"))
	wantCode(t, send(c, "x@example.org", "any@example.org"), 554)
	if err := send(c, "x@example.org", "any@example.org"); err != nil {
		t.Fatalf("after the script: got %v, want accepted", err)
	}
	if got := s.Attempts("TEMP@example.org"); got != 3 {
		t.Errorf("got %d attempts, want 3", got)
	}
	if got := len(s.Messages()); got != 2 {
		t.Errorf("got %d messages, want 2", got)
	}
}

func TestDropMidData(t *testing.T) {
	s := Start(t)
	s.ForNext(Drop())
	c := dial(t, s)
	if err := send(c, "x@example.org", "a@example.org"); err == nil {
		t.Fatal("got nil error, want a broken connection")
	}
	c2 := dial(t, s)
	if err := send(c2, "x@example.org", "a@example.org"); err != nil {
		t.Fatalf("second connection: %v", err)
	}
	if got := s.Accepted(); got != 1 {
		t.Errorf("got %d accepted, want 1", got)
	}
	if got := s.Connections(); got != 2 {
		t.Errorf("got %d connections, want 2", got)
	}
}

func TestDiscardCounts(t *testing.T) {
	s := Start(t, Discard())
	c := dial(t, s)
	for range 5 {
		if err := send(c, "x@example.org", "a@example.org"); err != nil {
			t.Fatal(err)
		}
	}
	if got := s.Accepted(); got != 5 {
		t.Errorf("got %d accepted, want 5", got)
	}
	if got := len(s.Messages()); got != 0 {
		t.Errorf("got %d kept messages, want 0", got)
	}
	if got, want := s.Bytes(), int64(5*len(body)); got != want {
		t.Errorf("got %d bytes, want %d", got, want)
	}
}

func TestAuth(t *testing.T) {
	s := Start(t, WithAuth("user", "secret"))
	c := dial(t, s)
	wantCode(t, send(c, "x@example.org", "a@example.org"), 502)
	if err := c.Auth(sasl.NewPlainClient("", "user", "wrong")); err == nil {
		t.Fatal("got nil error for a wrong password")
	}
	c2 := dial(t, s)
	if err := c2.Auth(sasl.NewPlainClient("", "user", "secret")); err != nil {
		t.Fatalf("auth: %v", err)
	}
	if err := send(c2, "x@example.org", "a@example.org"); err != nil {
		t.Fatalf("send after auth: %v", err)
	}
}

func TestDelayAndWait(t *testing.T) {
	s := Start(t, WithDelay(20*time.Millisecond))
	go func() {
		c, err := smtp.Dial(s.Addr())
		if err != nil {
			return
		}
		defer c.Close()
		send(c, "x@example.org", "a@example.org")
	}()
	if !s.WaitAccepted(1, 5*time.Second) {
		t.Fatalf("got %v, want one message within 5s", s)
	}
	if s.WaitAccepted(2, 50*time.Millisecond) {
		t.Fatal("got a second message, want none")
	}
}

func TestMaxConcurrent(t *testing.T) {
	s := Start(t)
	a, b := dial(t, s), dial(t, s)
	if err := send(a, "x@example.org", "a@example.org"); err != nil {
		t.Fatal(err)
	}
	if err := send(b, "x@example.org", "a@example.org"); err != nil {
		t.Fatal(err)
	}
	if got := s.MaxConcurrent(); got != 2 {
		t.Errorf("got %d concurrent sessions, want 2", got)
	}
	msgs := s.Messages()
	if msgs[0].Conn == msgs[1].Conn {
		t.Errorf("got both messages on connection %d, want two connections", msgs[0].Conn)
	}
}
