package devmail_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"net/mail"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"helpline/internal/devmail"
	"helpline/internal/devmail/devmailtest"
)

const waitTime = 5 * time.Second

// sendMail sends msg over SMTP with go-smtp's client, authenticating when
// auth is not nil.
func sendMail(t *testing.T, srv *devmail.Server, auth sasl.Client, from string, to []string, msg string) error {
	t.Helper()
	c, err := smtp.Dial(srv.SMTPAddr())
	if err != nil {
		t.Fatalf("dial smtp: %v", err)
	}
	defer c.Close()
	if err := c.Hello("client.test"); err != nil {
		t.Fatalf("EHLO: %v", err)
	}
	if auth != nil {
		if err := c.Auth(auth); err != nil {
			return err
		}
	}
	if err := c.SendMail(from, to, strings.NewReader(msg)); err != nil {
		return err
	}
	return c.Quit()
}

// parse parses a raw message, failing the test if it cannot.
func parse(t *testing.T, raw []byte) (*mail.Message, string) {
	t.Helper()
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("parse delivered message: %v\n%s", err, raw)
	}
	body, err := io.ReadAll(m.Body)
	if err != nil {
		t.Fatalf("read body: %v", err)
	}
	return m, string(body)
}

func checkHeader(t *testing.T, m *mail.Message, key, want string) {
	t.Helper()
	if got := m.Header.Get(key); got != want {
		t.Errorf("%s: got %q, want %q", key, got, want)
	}
}

func TestSendAndFetch(t *testing.T) {
	srv := devmailtest.StartForTest(t)
	body := "Hallo Jörg,\r\nich laufe 42 km in 3:59 — zu schnell? 🏃\r\n"
	msg := "From: Runner <runner@example.net>\r\n" +
		"To: ask@helpline.test\r\n" +
		"Subject: Tempo\r\n" +
		"MIME-Version: 1.0\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n" +
		"Content-Transfer-Encoding: 8bit\r\n" +
		"\r\n" + body
	if err := sendMail(t, srv, nil, "runner@example.net", []string{"ask@helpline.test"}, msg); err != nil {
		t.Fatalf("send: %v", err)
	}
	msgs := devmailtest.WaitForMessages(t, srv, "ask@helpline.test", 1, waitTime)
	if len(msgs) != 1 {
		t.Fatalf("got %d messages, want 1", len(msgs))
	}
	m, gotBody := parse(t, msgs[0])
	checkHeader(t, m, "Return-Path", "<runner@example.net>")
	checkHeader(t, m, "Delivered-To", "ask@helpline.test")
	checkHeader(t, m, "Subject", "Tempo")
	received := m.Header.Get("Received")
	for _, want := range []string{"from client.test ([127.0.0.1])", "with ESMTP", "for <ask@helpline.test>"} {
		if !strings.Contains(received, want) {
			t.Errorf("Received: got %q, want it to contain %q", received, want)
		}
	}
	if gotBody != body {
		t.Errorf("body: got %q, want %q", gotBody, body)
	}
	if !bytes.HasSuffix(msgs[0], []byte(msg)) {
		t.Errorf("delivered message does not end with the message as sent:\n%s", msgs[0])
	}
}

func TestNullSender(t *testing.T) {
	srv := devmailtest.StartForTest(t)
	msg := "From: Mail Delivery System <mailer-daemon@example.net>\r\nSubject: Undelivered\r\n\r\nIt bounced.\r\n"
	if err := sendMail(t, srv, nil, "", []string{"ask+b.7-abc@helpline.test"}, msg); err != nil {
		t.Fatalf("send: %v", err)
	}
	m, _ := parse(t, devmailtest.WaitForMessages(t, srv, "ask@helpline.test", 1, waitTime)[0])
	checkHeader(t, m, "Return-Path", "<>")
	checkHeader(t, m, "Delivered-To", "ask+b.7-abc@helpline.test")
}

func TestPlusAddressAndRecipients(t *testing.T) {
	tests := []struct {
		name string
		to   []string
		want map[string][]string // account -> Delivered-To of each copy, in order
	}{
		{
			name: "plus address lands in base account",
			to:   []string{"ask+a.12-xyz@helpline.test"},
			want: map[string][]string{"ask@helpline.test": {"ask+a.12-xyz@helpline.test"}},
		},
		{
			name: "case folded to one account",
			to:   []string{"Ask+A.12-XYZ@Helpline.Test"},
			want: map[string][]string{"ask@helpline.test": {"Ask+A.12-XYZ@Helpline.Test"}},
		},
		{
			name: "two recipients one copy each",
			to:   []string{"owner@helpline.test", "reader@example.net"},
			want: map[string][]string{
				"owner@helpline.test": {"owner@helpline.test"},
				"reader@example.net":  {"reader@example.net"},
			},
		},
		{
			name: "two routes to one account give two copies",
			to:   []string{"ask@helpline.test", "ask+subscribe@helpline.test"},
			want: map[string][]string{"ask@helpline.test": {"ask@helpline.test", "ask+subscribe@helpline.test"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := devmailtest.StartForTest(t)
			msg := "From: someone@example.net\r\nSubject: routes\r\n\r\nhello\r\n"
			if err := sendMail(t, srv, nil, "someone@example.net", tt.to, msg); err != nil {
				t.Fatalf("send: %v", err)
			}
			for account, wantTo := range tt.want {
				msgs := devmailtest.WaitForMessages(t, srv, account, len(wantTo), waitTime)
				var got []string
				for _, raw := range msgs {
					m, _ := parse(t, raw)
					got = append(got, m.Header.Get("Delivered-To"))
				}
				if !slices.Equal(got, wantTo) {
					t.Errorf("%s: got Delivered-To %q, want %q", account, got, wantTo)
				}
			}
			var wantAccounts []string
			for account := range tt.want {
				wantAccounts = append(wantAccounts, account)
			}
			slices.Sort(wantAccounts)
			if got := srv.Accounts(); !slices.Equal(got, wantAccounts) {
				t.Errorf("Accounts: got %q, want %q", got, wantAccounts)
			}
		})
	}
}

func TestAccountsCreatedAndListed(t *testing.T) {
	srv := devmailtest.StartForTest(t, "Owner@Helpline.Test", "ask@helpline.test")
	if err := srv.AddAccount("reader+x@example.net"); err != nil {
		t.Fatalf("AddAccount: %v", err)
	}
	if err := srv.AddAccount("not an address"); !errors.Is(err, devmail.ErrBadAddress) {
		t.Errorf("AddAccount(bad): got %v, want ErrBadAddress", err)
	}
	if err := srv.Deliver(t.Context(), "a@example.net", []string{"newcomer@example.net"}, []byte("Subject: hi\r\n\r\nhi\r\n")); err != nil {
		t.Fatalf("Deliver: %v", err)
	}
	want := []string{"ask@helpline.test", "newcomer@example.net", "owner@helpline.test", "reader@example.net"}
	if got := srv.Accounts(); !slices.Equal(got, want) {
		t.Errorf("Accounts: got %q, want %q", got, want)
	}
	// An account made by delivery can log in at once.
	if got := devmailtest.FetchAll(t, srv, "newcomer@example.net"); len(got) != 1 {
		t.Errorf("newcomer: got %d messages, want 1", len(got))
	}
	if got := devmailtest.FetchAll(t, srv, "owner@helpline.test"); len(got) != 0 {
		t.Errorf("owner: got %d messages, want 0", len(got))
	}
}

func TestIMAPLogin(t *testing.T) {
	srv := devmailtest.StartForTest(t, "owner@helpline.test")
	tests := []struct {
		name, user, pass string
		ok               bool
	}{
		{"right password", "owner@helpline.test", srv.Password(), true},
		{"any case", "OWNER@Helpline.TEST", srv.Password(), true},
		{"wrong password", "owner@helpline.test", "wrong", false},
		{"empty password", "owner@helpline.test", "", false},
		{"unknown account", "nobody@helpline.test", srv.Password(), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := imapclient.DialInsecure(srv.IMAPAddr(), nil)
			if err != nil {
				t.Fatalf("dial: %v", err)
			}
			defer c.Close()
			err = c.Login(tt.user, tt.pass).Wait()
			if (err == nil) != tt.ok {
				t.Fatalf("login %s: got err %v, want ok=%v", tt.user, err, tt.ok)
			}
		})
	}
}

func TestIdleSeesSMTPDelivery(t *testing.T) {
	srv := devmailtest.StartForTest(t, "ask@helpline.test")
	exists := make(chan uint32, 16)
	c, err := imapclient.DialInsecure(srv.IMAPAddr(), &imapclient.Options{
		UnilateralDataHandler: &imapclient.UnilateralDataHandler{
			Mailbox: func(data *imapclient.UnilateralDataMailbox) {
				if data.NumMessages != nil {
					exists <- *data.NumMessages
				}
			},
		},
	})
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	defer c.Close()
	if err := c.Login("ask@helpline.test", srv.Password()).Wait(); err != nil {
		t.Fatalf("login: %v", err)
	}
	if _, err := c.Select("INBOX", nil).Wait(); err != nil {
		t.Fatalf("select: %v", err)
	}
	idle, err := c.Idle()
	if err != nil {
		t.Fatalf("idle: %v", err)
	}
	msg := "From: runner@example.net\r\nSubject: new\r\n\r\nnew question\r\n"
	if err := sendMail(t, srv, nil, "runner@example.net", []string{"ask@helpline.test"}, msg); err != nil {
		t.Fatalf("send: %v", err)
	}
	select {
	case n := <-exists:
		if n != 1 {
			t.Errorf("EXISTS: got %d, want 1", n)
		}
	case <-time.After(waitTime):
		t.Fatalf("no EXISTS within %v of delivery", waitTime)
	}
	if err := idle.Close(); err != nil {
		t.Fatalf("end idle: %v", err)
	}
	if err := idle.Wait(); err != nil {
		t.Fatalf("idle: %v", err)
	}
}

func TestSMTPAuth(t *testing.T) {
	srv := devmailtest.StartForTest(t)
	tests := []struct {
		name string
		auth sasl.Client
		ok   bool
	}{
		{"plain", sasl.NewPlainClient("", "ask@helpline.test", srv.Password()), true},
		{"login", sasl.NewLoginClient("ask@helpline.test", srv.Password()), true},
		{"plain wrong password", sasl.NewPlainClient("", "ask@helpline.test", "nope"), false},
		{"login wrong password", sasl.NewLoginClient("ask@helpline.test", "nope"), false},
		{"plain other identity", sasl.NewPlainClient("boss@helpline.test", "ask@helpline.test", srv.Password()), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg := "Subject: " + tt.name + "\r\n\r\nbody\r\n"
			err := sendMail(t, srv, tt.auth, "ask+b.1-x@helpline.test", []string{"reader@example.net"}, msg)
			if !tt.ok {
				var smtpErr *smtp.SMTPError
				if !errors.As(err, &smtpErr) || smtpErr.Code != 535 {
					t.Fatalf("got %v, want SMTP 535", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("send: %v", err)
			}
		})
	}
	msgs := devmailtest.WaitForMessages(t, srv, "reader@example.net", 2, waitTime)
	if len(msgs) != 2 {
		t.Fatalf("got %d messages, want 2 (one per accepted login)", len(msgs))
	}
	m, _ := parse(t, msgs[0])
	if got := m.Header.Get("Received"); !strings.Contains(got, "with ESMTPA") {
		t.Errorf("Received: got %q, want ESMTPA for an authenticated sender", got)
	}
}

func TestSMTPUTF8(t *testing.T) {
	srv := devmailtest.StartForTest(t)
	c, err := smtp.Dial(srv.SMTPAddr())
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	defer c.Close()
	if ok, _ := c.Extension("SMTPUTF8"); !ok {
		t.Fatalf("SMTPUTF8 not advertised")
	}
	if ok, _ := c.Extension("8BITMIME"); !ok {
		t.Fatalf("8BITMIME not advertised")
	}
	if err := c.Mail("jörg@läufer.example", &smtp.MailOptions{UTF8: true, Body: smtp.Body8BitMIME}); err != nil {
		t.Fatalf("MAIL: %v", err)
	}
	if err := c.Rcpt("Frage+ü@Hilfe.example", nil); err != nil {
		t.Fatalf("RCPT: %v", err)
	}
	w, err := c.Data()
	if err != nil {
		t.Fatalf("DATA: %v", err)
	}
	io.WriteString(w, "From: jörg@läufer.example\r\nSubject: Grüße\r\n\r\nSchöne Grüße\r\n")
	if err := w.Close(); err != nil {
		t.Fatalf("end DATA: %v", err)
	}
	m, body := parse(t, devmailtest.WaitForMessages(t, srv, "frage@hilfe.example", 1, waitTime)[0])
	checkHeader(t, m, "Return-Path", "<jörg@läufer.example>")
	checkHeader(t, m, "Delivered-To", "Frage+ü@Hilfe.example")
	if !strings.Contains(m.Header.Get("Received"), "with UTF8SMTP") {
		t.Errorf("Received: got %q, want UTF8SMTP", m.Header.Get("Received"))
	}
	if body != "Schöne Grüße\r\n" {
		t.Errorf("body: got %q", body)
	}
}

func TestSMTPRejects(t *testing.T) {
	srv, err := devmail.New(devmail.Config{IMAPAddr: ":0", SMTPAddr: ":0", MaxMessageBytes: 1024})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	if err := srv.Start(t.Context()); err != nil {
		t.Fatalf("Start: %v", err)
	}
	defer srv.Close()
	big := "Subject: big\r\n\r\n" + strings.Repeat("0123456789abcde\r\n", 100)
	tests := []struct {
		name string
		to   string
		msg  string
		code int
	}{
		{"too large", "ask@helpline.test", big, 552},
		// go-smtp unquotes the local part; a space cannot go into
		// Delivered-To as is, so the server refuses it.
		{"recipient with space", "\"a b\"@helpline.test", "Subject: x\r\n\r\nx\r\n", 553},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := sendMail(t, srv, nil, "a@example.net", []string{tt.to}, tt.msg)
			var smtpErr *smtp.SMTPError
			if !errors.As(err, &smtpErr) || smtpErr.Code != tt.code {
				t.Fatalf("got %v, want SMTP %d", err, tt.code)
			}
		})
	}
	if got := srv.Accounts(); len(got) != 0 {
		t.Errorf("Accounts after rejected mail: got %q, want none", got)
	}
}

func TestDeliverRejects(t *testing.T) {
	srv, err := devmail.New(devmail.Config{MaxMessageBytes: 64})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	small := []byte("Subject: x\r\n\r\nx\r\n")
	canceled, cancel := context.WithCancel(t.Context())
	cancel()
	tests := []struct {
		name string
		ctx  context.Context
		from string
		to   []string
		raw  []byte
		want error
	}{
		{"no recipients", t.Context(), "a@d", nil, small, devmail.ErrBadAddress},
		{"header injection", t.Context(), "a@d", []string{"b@d\r\nBcc: c@d"}, small, devmail.ErrBadAddress},
		{"one bad among good", t.Context(), "a@d", []string{"b@d", "nobody"}, small, devmail.ErrBadAddress},
		{"bad sender", t.Context(), "a b@d", []string{"b@d"}, small, devmail.ErrBadAddress},
		{"too large", t.Context(), "a@d", []string{"b@d"}, bytes.Repeat([]byte("x"), 65), devmail.ErrMessageTooLarge},
		{"canceled", canceled, "a@d", []string{"b@d"}, small, context.Canceled},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := srv.Deliver(tt.ctx, tt.from, tt.to, tt.raw); !errors.Is(err, tt.want) {
				t.Fatalf("got %v, want %v", err, tt.want)
			}
		})
	}
	if got := srv.Accounts(); len(got) != 0 {
		t.Errorf("Accounts after rejected deliveries: got %q, want none", got)
	}
}

func TestDeliverNormalisesLineEndings(t *testing.T) {
	srv := devmailtest.StartForTest(t)
	if err := srv.Deliver(t.Context(), "a@example.net", []string{"b@example.net"}, []byte("Subject: lf\n\nline one\nline two\n")); err != nil {
		t.Fatalf("Deliver: %v", err)
	}
	raw := devmailtest.FetchAll(t, srv, "b@example.net")[0]
	if !bytes.HasSuffix(raw, []byte("Subject: lf\r\n\r\nline one\r\nline two\r\n")) {
		t.Errorf("got %q, want CRLF line endings", raw)
	}
	m, _ := parse(t, raw)
	if got := m.Header.Get("Received"); !strings.Contains(got, "by localhost (helpline devmail)") || strings.Contains(got, "from ") {
		t.Errorf("Received for direct delivery: got %q", got)
	}
}

func TestShutdown(t *testing.T) {
	srv := devmailtest.StartForTest(t, "ask@helpline.test")
	imapAddr, smtpAddr := srv.IMAPAddr(), srv.SMTPAddr()

	// An IMAP client idling and an SMTP client between transactions must
	// not hold the shutdown up.
	c, err := imapclient.DialInsecure(imapAddr, nil)
	if err != nil {
		t.Fatalf("dial imap: %v", err)
	}
	defer c.Close()
	if err := c.Login("ask@helpline.test", srv.Password()).Wait(); err != nil {
		t.Fatalf("login: %v", err)
	}
	if _, err := c.Select("INBOX", &imap.SelectOptions{}).Wait(); err != nil {
		t.Fatalf("select: %v", err)
	}
	if _, err := c.Idle(); err != nil {
		t.Fatalf("idle: %v", err)
	}
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

// waitRefused waits until addr stops accepting connections.
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

func TestTrace(t *testing.T) {
	var trace lockedBuffer
	srv, err := devmail.New(devmail.Config{IMAPAddr: ":0", SMTPAddr: ":0", Trace: &trace})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	if err := srv.Start(t.Context()); err != nil {
		t.Fatalf("Start: %v", err)
	}
	defer srv.Close()
	if err := sendMail(t, srv, nil, "a@example.net", []string{"b@example.net"}, "Subject: t\r\n\r\nt\r\n"); err != nil {
		t.Fatalf("send: %v", err)
	}
	devmailtest.FetchAll(t, srv, "b@example.net")
	got := trace.String()
	for _, want := range []string{"smtp: EHLO client.test", "smtp: RCPT TO:<b@example.net>", "imap: ", "LOGIN"} {
		if !strings.Contains(got, want) {
			t.Errorf("trace lacks %q:\n%s", want, got)
		}
	}
}
