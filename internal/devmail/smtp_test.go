package devmail_test

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"helpline/internal/devmail"
	"helpline/internal/devmail/devmailtest"
)

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
