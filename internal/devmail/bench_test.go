package devmail_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/emersion/go-smtp"

	"helpline/internal/devmail/devmailtest"
)

// benchMessage is a typical question: a few headers and a short body.
var benchMessage = "From: Runner <runner@example.net>\r\nTo: ask@helpline.test\r\n" +
	"Subject: How fast should my long run be?\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
	strings.Repeat("I am training for my first marathon and wonder about pace.\r\n", 20)

func BenchmarkDeliver(b *testing.B) {
	srv := devmailtest.StartForTest(b)
	raw := []byte(benchMessage)
	to := []string{"ask+a.1-abc@helpline.test"}
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		if err := srv.Deliver(b.Context(), "runner@example.net", to, raw); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSMTPTransaction measures one MAIL/RCPT/DATA round on a reused
// connection, the way the outbox sender talks to a relay.
func BenchmarkSMTPTransaction(b *testing.B) {
	srv := devmailtest.StartForTest(b)
	c, err := smtp.Dial(srv.SMTPAddr())
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	b.SetBytes(int64(len(benchMessage)))
	i := 0
	for b.Loop() {
		i++
		rcpt := fmt.Sprintf("reader%d@example.net", i%10)
		if err := c.SendMail("ask+b.1-abc@helpline.test", []string{rcpt}, strings.NewReader(benchMessage)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFetchAll(b *testing.B) {
	srv := devmailtest.StartForTest(b)
	for range 50 {
		if err := srv.Deliver(b.Context(), "runner@example.net", []string{"ask@helpline.test"}, []byte(benchMessage)); err != nil {
			b.Fatal(err)
		}
	}
	for b.Loop() {
		if got := devmailtest.FetchAll(b, srv, "ask@helpline.test"); len(got) != 50 {
			b.Fatalf("got %d messages, want 50", len(got))
		}
	}
}
