package mailer

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	gomail "github.com/wneessen/go-mail"

	"helpline/data"
	"helpline/internal/smtptest"
	"helpline/internal/syncbuf"
)

func newTransport(t *testing.T, addr string, change func(*SMTPConfig)) *SMTP {
	t.Helper()
	cfg := SMTPConfig{Addr: addr, TLS: TLSNone, RedialDelay: 10 * time.Millisecond}
	if change != nil {
		change(&cfg)
	}
	tr, err := NewSMTP(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { tr.Close() })
	return tr
}

// testMsg is a mail to to, built as the sender builds it.
func testMsg(t *testing.T, to, text string) *gomail.Msg {
	t.Helper()
	m := validMessage()
	m.To, m.Text = to, text
	msg, err := m.build(true)
	if err != nil {
		t.Fatal(err)
	}
	return msg
}

func (t *SMTP) idleCount() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return len(t.idle)
}

// TestSMTPReplies checks how each kind of refusal is reported, and that
// only those that leave the session in doubt cost it.
func TestSMTPReplies(t *testing.T) {
	tests := []struct {
		name      string
		step      smtptest.Step
		want      SendError
		wantConns int // sessions opened for the refused mail and one after it
	}{
		{"temporary at end of DATA", smtptest.Reject(451, "4.3.0", "try again later"),
			SendError{Stage: "DATA", Code: 451, Enhanced: "4.3.0", Message: "try again later"}, 1},
		{"temporary at RCPT", smtptest.Reject(450, "4.2.1", "greylisted").AtRcpt(),
			SendError{Stage: "RCPT", Code: 450, Enhanced: "4.2.1", Message: "greylisted"}, 1},
		{"permanent at RCPT", smtptest.Reject(550, "5.1.1", "no such user").AtRcpt(),
			SendError{Stage: "RCPT", Code: 550, Enhanced: "5.1.1", Message: "no such user", Permanent: true}, 1},
		{"permanent at end of DATA", smtptest.Reject(554, "5.7.1", "message refused"),
			SendError{Stage: "DATA", Code: 554, Enhanced: "5.7.1", Message: "message refused", Permanent: true}, 1},
		{"multi-line", smtptest.Reject(550, "5.7.1", "line one\nline two"),
			SendError{Stage: "DATA", Code: 550, Enhanced: "5.7.1", Message: "line one line two", Permanent: true}, 1},
		{"closing", smtptest.Reject(421, "4.4.2", "closing"),
			SendError{Stage: "DATA", Code: 421, Enhanced: "4.4.2", Message: "closing"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := smtptest.Start(t)
			srv.ForRecipient("bad@example.org", tt.step)
			tr := newTransport(t, srv.Addr(), nil)
			err := tr.Send(context.Background(), testMsg(t, "bad@example.org", "hello"))
			var se *SendError
			if !errors.As(err, &se) {
				t.Fatalf("got %v, want a SendError", err)
			}
			got := *se
			got.Err = nil
			if got != tt.want || IsTemporary(err) != !tt.want.Permanent {
				t.Errorf("got %+v (temporary %v), want %+v", got, IsTemporary(err), tt.want)
			}
			if err := tr.Send(context.Background(), testMsg(t, "good@example.org", "hello")); err != nil {
				t.Fatalf("next mail: %v", err)
			}
			if n := srv.Connections(); n != tt.wantConns {
				t.Errorf("got %d sessions, want %d", n, tt.wantConns)
			}
		})
	}
}

// TestSMTPDroppedConnection expects a connection lost in the middle of
// DATA to be a temporary failure without a reply, and the next mail to
// go over a new session.
func TestSMTPDroppedConnection(t *testing.T) {
	srv := smtptest.Start(t)
	srv.ForRecipient("bad@example.org", smtptest.Drop())
	tr := newTransport(t, srv.Addr(), nil)
	err := tr.Send(context.Background(), testMsg(t, "bad@example.org", "hello"))
	var se *SendError
	if !errors.As(err, &se) || se.Code != 0 || se.Stage != "DATA" || !se.Temporary() || se.Message == "" {
		t.Fatalf("got %#v, want a temporary DATA failure without a reply", err)
	}
	if err := tr.Send(context.Background(), testMsg(t, "good@example.org", "hello")); err != nil {
		t.Fatalf("next mail: %v", err)
	}
	if n, a := srv.Connections(), srv.Accepted(); n != 2 || a != 1 {
		t.Errorf("got %d sessions and %d accepted, want 2 and 1", n, a)
	}
}

// TestSMTPSessionClosedWhileIdle has the server's side of a kept session
// go away between two mails: the second goes out over a new session
// without the sender seeing a failure.
func TestSMTPSessionClosedWhileIdle(t *testing.T) {
	srv := smtptest.Start(t)
	p := startProxy(t, srv.Addr(), 0, nil)
	tr := newTransport(t, p.Addr(), nil)
	if err := tr.Send(context.Background(), testMsg(t, "a@example.org", "hello")); err != nil {
		t.Fatal(err)
	}
	p.cut()
	if err := tr.Send(context.Background(), testMsg(t, "b@example.org", "hello")); err != nil {
		t.Fatalf("got %v after the server hung up an idle session, want the mail sent", err)
	}
	if n, a := srv.Connections(), srv.Accepted(); n != 2 || a != 2 {
		t.Errorf("got %d sessions and %d accepted, want 2 and 2", n, a)
	}
}

// TestSMTPIdleTimeout expects a session left unused for the idle timeout
// to be closed, and the next mail to open a new one.
func TestSMTPIdleTimeout(t *testing.T) {
	srv := smtptest.Start(t)
	tr := newTransport(t, srv.Addr(), func(c *SMTPConfig) { c.IdleTimeout = 20 * time.Millisecond })
	for i := range 2 {
		if err := tr.Send(context.Background(), testMsg(t, "a@example.org", "hello")); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			waitFor(t, 5*time.Second, "the idle session closed", func() bool { return tr.idleCount() == 0 })
		}
	}
	if n := srv.Connections(); n != 2 {
		t.Errorf("got %d sessions, want 2", n)
	}
}

// TestSMTPSessionsKept expects as many sessions as mails sent at once,
// and no more kept between mails than MaxIdle.
func TestSMTPSessionsKept(t *testing.T) {
	srv := smtptest.Start(t, smtptest.WithDelay(30*time.Millisecond))
	tr := newTransport(t, srv.Addr(), func(c *SMTPConfig) { c.MaxIdle = 2 })
	errs := make(chan error, 3)
	for range 3 {
		go func() { errs <- tr.Send(context.Background(), testMsg(t, "a@example.org", "hello")) }()
	}
	for range 3 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	if n, idle := srv.Connections(), tr.idleCount(); n != 3 || idle != 2 {
		t.Errorf("got %d sessions, %d kept; want 3 and 2", n, idle)
	}
}

// TestSMTPSevenBit sends UTF-8 text to a server that does not offer
// 8BITMIME: the text goes quoted-printable, without the BODY parameter,
// and reads back intact.
func TestSMTPSevenBit(t *testing.T) {
	srv := smtptest.Start(t)
	hide := func(b []byte) []byte { return bytes.ReplaceAll(b, []byte("8BITMIME"), []byte("X-HIDDEN")) }
	tr := newTransport(t, startProxy(t, srv.Addr(), 0, hide).Addr(), nil)
	text := "Zoë läuft 10 km.\n"
	if err := tr.Send(context.Background(), testMsg(t, "zoe@example.org", text)); err != nil {
		t.Fatal(err)
	}
	msgs := srv.Messages()
	if len(msgs) != 1 {
		t.Fatalf("got %d messages, want 1", len(msgs))
	}
	if msgs[0].Body != "" {
		t.Errorf("got BODY=%s, want none", msgs[0].Body)
	}
	if i := bytes.IndexFunc(msgs[0].Data, func(r rune) bool { return r >= 0x80 }); i >= 0 {
		t.Errorf("got 8-bit data at byte %d", i)
	}
	encodings, parts := bodyParts(t, msgs[0].Data)
	if !slices.Equal(encodings, []string{"quoted-printable"}) || !slices.Equal(parts, []string{text}) {
		t.Errorf("got encodings %q, parts %q; want quoted-printable %q", encodings, parts, text)
	}
}

// holdTransport sends through another transport and then waits, before
// it returns, until released: what a sender that dies between the
// server's acceptance and recording it would have left behind.
type holdTransport struct {
	Transport
	accepted, release chan struct{}
}

func (h holdTransport) Send(ctx context.Context, msg *gomail.Msg) error {
	err := h.Transport.Send(ctx, msg)
	h.accepted <- struct{}{}
	<-h.release
	return err
}

// TestAcceptedMailStaysSendingUntilMarked checks that a row is marked sent
// only after its transport returned: a crash after the server accepted
// the mail leaves the row sending, for a restart to send again.
func TestAcceptedMailStaysSendingUntilMarked(t *testing.T) {
	srv := smtptest.Start(t)
	db := openDB(t)
	m := enqueue(t, db, &data.OutboxMail{To: "runner@example.org"})
	hold := holdTransport{Transport: newTransport(t, srv.Addr(), nil), accepted: make(chan struct{}), release: make(chan struct{})}
	cfg := testConfig(t, srv)
	cfg.Transport = hold
	start(t, db, cfg)
	<-hold.accepted
	got := row(t, db, m.ID)
	close(hold.release)
	if got.Status != data.OutboxSending || srv.Accepted() != 1 {
		t.Fatalf("after the server's acceptance: got row %s, %d accepted; want sending, 1", got.Status, srv.Accepted())
	}
	if got := waitStatus(t, db, m.ID, data.OutboxSent); got.Attempts != 1 || srv.Accepted() != 1 {
		t.Errorf("got %d attempts, %d accepted; want 1 and 1", got.Attempts, srv.Accepted())
	}
}

// TestSMTPTrace checks that a transcript shows the session but not the
// password or the message.
func TestSMTPTrace(t *testing.T) {
	srv := smtptest.Start(t, smtptest.WithAuth("helpline", "s3cr#t-pass"))
	var trace syncbuf.Buffer
	tr := newTransport(t, srv.Addr(), func(c *SMTPConfig) {
		c.Username, c.Password, c.Trace = "helpline", "s3cr#t-pass", &trace
	})
	if err := tr.Send(context.Background(), testMsg(t, "reader@example.org", "a secret answer")); err != nil {
		t.Fatal(err)
	}
	got := trace.String()
	for _, want := range []string{"AUTH PLAIN", "MAIL FROM:", "RCPT TO:<reader@example.org>", "250"} {
		if !strings.Contains(got, want) {
			t.Errorf("the transcript lacks %q:\n%s", want, got)
		}
	}
	credentials := base64.StdEncoding.EncodeToString([]byte("\x00helpline\x00s3cr#t-pass"))
	for _, secret := range []string{"s3cr#t-pass", credentials, "a secret answer"} {
		if strings.Contains(got, secret) {
			t.Errorf("the transcript shows %q:\n%s", secret, got)
		}
	}
}
