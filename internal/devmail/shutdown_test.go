package devmail_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-smtp"

	"helpline/internal/devmail"
	"helpline/internal/devmail/devmailtest"
	"helpline/internal/syncbuf"
)

func TestShutdown(t *testing.T) {
	srv := devmailtest.StartForTest(t, "ask@helpline.test")
	imapAddr, smtpAddr := srv.IMAPAddr(), srv.SMTPAddr()

	// An IMAP client idling and an SMTP client between transactions must
	// not hold the shutdown up.
	c := idle(t, imapAddr, srv.Password())
	sc, err := smtp.Dial(smtpAddr)
	if err != nil {
		t.Fatalf("dial smtp: %v", err)
	}
	defer sc.Close()
	if err := sc.Hello("client.test"); err != nil {
		t.Fatalf("EHLO: %v", err)
	}

	ctx, cancel := context.WithTimeout(t.Context(), waitTime)
	defer cancel()
	if err := srv.Shutdown(ctx); err != nil {
		t.Fatalf("Shutdown: %v", err)
	}
	for _, addr := range []string{imapAddr, smtpAddr} {
		if conn, err := net.DialTimeout("tcp", addr, time.Second); err == nil {
			conn.Close()
			t.Errorf("dial %s after Shutdown: got a connection, want refused", addr)
		}
	}
	select {
	case <-c.Closed():
	case <-time.After(waitTime):
		t.Errorf("IMAP client still connected after Shutdown")
	}
	if err := sc.Noop(); err == nil {
		t.Errorf("SMTP NOOP after Shutdown: got nil error, want a closed connection")
	}
	if err := srv.Start(t.Context()); !errors.Is(err, devmail.ErrServerClosed) {
		t.Errorf("Start after Shutdown: got %v, want ErrServerClosed", err)
	}
}

func TestShutdownWaitsForTransaction(t *testing.T) {
	srv := devmailtest.StartForTest(t)
	sc, err := smtp.Dial(srv.SMTPAddr())
	if err != nil {
		t.Fatalf("dial smtp: %v", err)
	}
	defer sc.Close()
	if err := sc.Mail("a@example.net", nil); err != nil {
		t.Fatalf("MAIL: %v", err)
	}
	if err := sc.Rcpt("ask@helpline.test", nil); err != nil {
		t.Fatalf("RCPT: %v", err)
	}

	done := make(chan error, 1)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), waitTime)
		defer cancel()
		done <- srv.Shutdown(ctx)
	}()
	// The listeners close at once; the open transaction keeps its connection.
	waitRefused(t, srv.SMTPAddr())
	select {
	case err := <-done:
		t.Fatalf("Shutdown returned %v during an open transaction", err)
	default:
	}
	w, err := sc.Data()
	if err != nil {
		t.Fatalf("DATA: %v", err)
	}
	io.WriteString(w, "Subject: last\r\n\r\nlast one\r\n")
	if err := w.Close(); err != nil {
		t.Fatalf("end DATA: %v", err)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Shutdown: %v", err)
		}
	case <-time.After(waitTime):
		t.Fatalf("Shutdown did not return once the transaction ended")
	}
	if got := srv.Accounts(); !slices.Equal(got, []string{"ask@helpline.test"}) {
		t.Errorf("Accounts: got %q, want the recipient of the finished transaction", got)
	}
}

func waitRefused(t *testing.T, addr string) {
	t.Helper()
	deadline := time.Now().Add(waitTime)
	for time.Now().Before(deadline) {
		conn, err := net.DialTimeout("tcp", addr, time.Second)
		if err != nil {
			return
		}
		conn.Close()
		timer := time.NewTimer(5 * time.Millisecond)
		<-timer.C
	}
	t.Fatalf("%s still accepts connections", addr)
}

func TestShutdownDeadline(t *testing.T) {
	srv := devmailtest.StartForTest(t)
	sc, err := smtp.Dial(srv.SMTPAddr())
	if err != nil {
		t.Fatalf("dial smtp: %v", err)
	}
	defer sc.Close()
	if err := sc.Mail("a@example.net", nil); err != nil {
		t.Fatalf("MAIL: %v", err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 50*time.Millisecond)
	defer cancel()
	if err := srv.Shutdown(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Shutdown: got %v, want DeadlineExceeded", err)
	}
	if err := sc.Noop(); err == nil {
		t.Errorf("NOOP after forced shutdown: got nil error, want a closed connection")
	}
}

// A clean shutdown while a client idles is no cause for a warning: the
// connection it closes is its own.
func TestShutdownWarnsOfNothing(t *testing.T) {
	var logged syncbuf.Buffer
	srv, err := devmail.New(devmail.Config{IMAPAddr: "127.0.0.1:0", SMTPAddr: "127.0.0.1:0",
		Accounts: []string{"ask@helpline.test"},
		Logger:   slog.New(slog.NewTextHandler(&logged, &slog.HandlerOptions{Level: slog.LevelInfo}))})
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Start(t.Context()); err != nil {
		t.Fatal(err)
	}
	c := idle(t, srv.IMAPAddr(), srv.Password())
	ctx, cancel := context.WithTimeout(t.Context(), waitTime)
	defer cancel()
	if err := srv.Shutdown(ctx); err != nil {
		t.Fatalf("Shutdown: %v", err)
	}
	<-c.Closed()
	if err := srv.Close(); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(logged.String(), "level=WARN") {
		t.Errorf("got warnings at a clean shutdown:\n%s", logged.String())
	}
}

// idle logs in to addr as the helpline mailbox and holds an IDLE open on
// its inbox until the test ends, as a mail client waiting for new mail.
// It returns the client, closed when the test ends.
func idle(t *testing.T, addr, password string) *imapclient.Client {
	t.Helper()
	c, err := imapclient.DialInsecure(addr, nil)
	if err != nil {
		t.Fatalf("dial imap: %v", err)
	}
	t.Cleanup(func() { c.Close() })
	if err := c.Login("ask@helpline.test", password).Wait(); err != nil {
		t.Fatalf("login: %v", err)
	}
	if _, err := c.Select("INBOX", &imap.SelectOptions{}).Wait(); err != nil {
		t.Fatalf("select: %v", err)
	}
	if _, err := c.Idle(); err != nil {
		t.Fatalf("idle: %v", err)
	}
	return c
}
