package dovecottest_test

import (
	"bytes"
	"net/smtp"
	"strings"
	"testing"
	"time"

	"helpline/internal/dovecottest"
)

// TestMTADelivers sends through the MTA as a mail client would and reads
// the mail back over IMAP: a plus-address lands in its base address's
// INBOX, a bare local part reaches a user named without a domain, each
// copy carries the delivery lines, and an address without a mailbox is
// refused before anything is stored.
func TestMTADelivers(t *testing.T) {
	s := dovecottest.Start(t, "ask@example.org", "owner")
	mta := dovecottest.StartMTA(t, s)
	raw := question(1)
	to := []string{"ask+a.token@example.org", "Owner@Example.NET"}
	if err := smtp.SendMail(mta.Addr(), nil, "runner1@example.net", to, raw); err != nil {
		t.Fatalf("send: %v", err)
	}
	for i, user := range []string{"ask@example.org", "owner"} {
		_, msgs := fetchAll(t, s.Dial(t, user, nil), "INBOX")
		if len(msgs) != 1 {
			t.Fatalf("%s has %d messages, want 1", user, len(msgs))
		}
		want := "Return-Path: <runner1@example.net>\r\nDelivered-To: " + to[i] + "\r\n"
		if got := msgs[0].body; !bytes.HasPrefix(got, []byte(want)) || !bytes.HasSuffix(got, raw) {
			t.Errorf("%s got\n%s\nwant %q above the message as sent", user, got, want)
		}
	}
	got := mta.WaitFor(t, "the question", time.Second, func(d dovecottest.Delivery) bool { return true })
	if got.From != "runner1@example.net" || strings.Join(got.To, ",") != strings.Join(to, ",") || !bytes.Equal(got.Raw, raw) {
		t.Errorf("delivery = %s -> %v, %d bytes; want %s -> %v, %d bytes", got.From, got.To, len(got.Raw), "runner1@example.net", to, len(raw))
	}

	err := smtp.SendMail(mta.Addr(), nil, "runner1@example.net", []string{"ask@example.org", "nobody@example.org"}, question(2))
	if err == nil || !strings.Contains(err.Error(), "550") {
		t.Fatalf("mail to an unknown address: err = %v, want a 550", err)
	}
	if n := len(mta.Received()); n != 1 {
		t.Errorf("%d deliveries after the refused mail, want 1", n)
	}
	if _, msgs := fetchAll(t, s.Dial(t, "ask@example.org", nil), "INBOX"); len(msgs) != 1 {
		t.Errorf("ask@example.org has %d messages after the refused mail, want 1", len(msgs))
	}
}
