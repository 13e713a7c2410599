package devmail_test

import (
	"bytes"
	"context"
	"errors"
	"io"
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
	"helpline/internal/syncbuf"
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

// waitRefused waits until addr stops accepting connections.
func TestTrace(t *testing.T) {
	var trace syncbuf.Buffer
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

// Every account has a Sent mailbox that LIST marks \Sent (RFC 6154) and
// that takes APPEND, as a desktop client's "copy to Sent" needs; a new
// server reports a greater UIDVALIDITY than the one before it, since its
// UIDs start again.
func TestSentMailboxAndUIDValidity(t *testing.T) {
	first := devmailtest.StartForTest(t, "ask@helpline.localhost")
	c := loginIMAP(t, first, "ask@helpline.localhost")
	list, err := c.List("", "*", &imap.ListOptions{ReturnSpecialUse: true}).Collect()
	if err != nil {
		t.Fatal(err)
	}
	var sent string
	for _, mb := range list {
		if slices.Contains(mb.Attrs, imap.MailboxAttrSent) {
			sent = mb.Mailbox
		}
	}
	if sent != "Sent" {
		t.Fatalf("got \\Sent mailbox %q in %+v, want Sent", sent, list)
	}
	only, err := c.List("", "*", &imap.ListOptions{SelectSpecialUse: true}).Collect()
	if err != nil || len(only) != 1 || only[0].Mailbox != "Sent" {
		t.Fatalf("LIST (SPECIAL-USE): got %+v, %v; want Sent alone", only, err)
	}
	raw := "From: ask@helpline.localhost\r\nTo: runner@example.org\r\nSubject: Re: q\r\n\r\nAnswer.\r\n"
	app := c.Append("Sent", int64(len(raw)), nil)
	if _, err := app.Write([]byte(raw)); err != nil {
		t.Fatal(err)
	}
	if err := app.Close(); err != nil {
		t.Fatal(err)
	}
	data, err := app.Wait()
	if err != nil {
		t.Fatalf("APPEND to Sent: %v", err)
	}
	sel, err := c.Select("Sent", nil).Wait()
	if err != nil || sel.NumMessages != 1 {
		t.Fatalf("SELECT Sent: %+v, %v; want 1 message", sel, err)
	}
	if sel.UIDValidity != data.UIDValidity {
		t.Errorf("APPENDUID says UIDVALIDITY %d, SELECT %d", data.UIDValidity, sel.UIDValidity)
	}
	inbox, err := c.Select("INBOX", nil).Wait()
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(1100 * time.Millisecond) // the next start falls in a later second
	second := devmailtest.StartForTest(t, "ask@helpline.localhost")
	c2 := loginIMAP(t, second, "ask@helpline.localhost")
	inbox2, err := c2.Select("INBOX", nil).Wait()
	if err != nil {
		t.Fatal(err)
	}
	if inbox2.UIDValidity <= inbox.UIDValidity {
		t.Errorf("got UIDVALIDITY %d after a restart, want more than %d", inbox2.UIDValidity, inbox.UIDValidity)
	}
}

func loginIMAP(t *testing.T, srv *devmail.Server, user string) *imapclient.Client {
	t.Helper()
	c, err := imapclient.DialInsecure(srv.IMAPAddr(), nil)
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	t.Cleanup(func() { c.Close() })
	if err := c.Login(user, srv.Password()).Wait(); err != nil {
		t.Fatalf("login: %v", err)
	}
	return c
}
