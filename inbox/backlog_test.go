package inbox

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"helpline/data"
)

// appendDated puts raw into mailbox as delivered at when, as the mail of
// past years lies in a mailbox helpline is first pointed at.
func appendDated(t testing.TB, c *imapclient.Client, mailbox string, when time.Time, raw string) {
	t.Helper()
	raw = strings.ReplaceAll(raw, "\n", "\r\n")
	cmd := c.Append(mailbox, int64(len(raw)), &imap.AppendOptions{Flags: []imap.Flag{imap.FlagSeen}, Time: when})
	if _, err := io.WriteString(cmd, raw); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := cmd.Wait(); err != nil {
		t.Fatal(err)
	}
}

// The mail a mailbox held long before helpline first read it is filed as
// questions, dated when it came, without an acknowledgement to its asker
// or a notification to the owner for each; what came the day before, and
// what comes after, is acknowledged as usual, whoever wrote the old mail.
func TestMailFromBeforeHelplineIsFiledQuietly(t *testing.T) {
	forEachServer(t, func(t *testing.T, s imapServer) {
		f := newFixture(t)
		c := dial(t, s)
		long := time.Now().Add(-400 * 24 * time.Hour).Truncate(time.Second)
		const old = 7 // more than a sender's questions of a day
		for i := range old {
			appendDated(t, c, "INBOX", long.Add(time.Duration(i)*time.Hour),
				question("pat@reader.test", fmt.Sprintf("Old question %d", i), "From last year."))
		}
		appendDated(t, c, "INBOX", time.Now().Add(-3*time.Hour), question("sam@reader.test", "Waiting since this morning", "Hi"))
		if _, err := f.poller(s, "INBOX", nil).PollOnce(context.Background()); err != nil {
			t.Fatal(err)
		}
		if got := f.count(data.OutcomeQuestion); got != old+1 {
			t.Fatalf("got %d questions, want %d", got, old+1)
		}
		if acks, notes := f.outbox(data.KindAck), f.outbox(data.KindNotify); len(acks) != 1 || len(notes) != 1 ||
			acks[0].To != "sam@reader.test" {
			t.Fatalf("got %d acknowledgements and %d notifications, want one each, for the mail of today", len(acks), len(notes))
		}
		q, err := f.db.QuestionByID(context.Background(), 1)
		if err != nil {
			t.Fatal(err)
		}
		if !q.AskedAt.Equal(long) {
			t.Errorf("old question asked at %v, want %v, when it came", q.AskedAt, long)
		}
		f.proc.cfg.AcksPerDay = 1
		appendMail(t, c, "INBOX", question("pat@reader.test", "A new question", "Back again."))
		if _, err := f.poller(s, "INBOX", nil).PollOnce(context.Background()); err != nil {
			t.Fatal(err)
		}
		if acks := f.outbox(data.KindAck); len(acks) != 2 || acks[1].To != "pat@reader.test" {
			t.Fatalf("got acknowledgements %v, want the new question's too", acks)
		}
	})
}

// The owner's replies of before helpline, in Sent or copied to the inbox,
// were written to one reader: they publish nothing, and mail neither the
// asker nor the owner. A reply written since is the answer.
func TestRepliesFromBeforeHelplineAreNotAnswers(t *testing.T) {
	forEachServer(t, func(t *testing.T, s imapServer) {
		f := newFixture(t)
		c := dial(t, s)
		long := time.Now().Add(-400 * 24 * time.Hour).Truncate(time.Second)
		q := question("Ann Runner <ann@reader.test>", "How do I taper?", "Before my first marathon.")
		appendDated(t, c, "INBOX", long, q)
		if _, err := f.poller(s, "INBOX", nil).PollOnce(context.Background()); err != nil {
			t.Fatal(err)
		}
		asked, err := f.db.QuestionByID(context.Background(), 1)
		if err != nil {
			t.Fatal(err)
		}
		appendDated(t, c, "Sent", long.Add(24*time.Hour), direct(testMailbox, asked.MessageID, "Two weeks of less."))
		appendDated(t, c, "INBOX", long.Add(25*time.Hour), direct(testOwner, asked.MessageID, "Two weeks of less, really."))
		sent := f.poller(s, "", func(c *IMAPConfig) { c.Sent = true })
		for _, p := range []*Poller{sent, f.poller(s, "INBOX", nil)} {
			if _, err := p.PollOnce(context.Background()); err != nil {
				t.Fatal(err)
			}
		}
		if got, _ := f.db.QuestionByID(context.Background(), asked.ID); got.Answer != "" || got.Status != data.QuestionOpen {
			t.Fatalf("question is %s with answer %q, want open and unanswered", got.Status, got.Answer)
		}
		if mails := f.outbox(""); len(mails) != 1 || !strings.HasPrefix(mails[0].Subject, "1 question from before") {
			t.Fatalf("got %d mails, want only the owner's note about the old question", len(mails))
		}
		appendMail(t, c, "Sent", direct(testMailbox, asked.MessageID, "Two weeks of less, from today."))
		if _, err := sent.PollOnce(context.Background()); err != nil {
			t.Fatal(err)
		}
		if got, _ := f.db.QuestionByID(context.Background(), asked.ID); got.Answer != "Two weeks of less, from today." {
			t.Fatalf("answer = %q, want the reply written today", got.Answer)
		}
	})
}

// deliverAt stores and processes raw as the next UID, as the mailbox got
// it at received.
func (f *fixture) deliverAt(raw string, received time.Time) {
	f.t.Helper()
	f.uid++
	b := []byte(strings.ReplaceAll(raw, "\n", "\r\n"))
	err := f.proc.Ingest(context.Background(), []Fetched{{Mailbox: "INBOX", UIDValidity: 1, UID: f.uid,
		Raw: b, Size: int64(len(b)), Received: received}})
	if err != nil {
		f.t.Fatal(err)
	}
}

// What is taken for the backlog is mail from before helpline ran, by
// the database's own record, not by when it was first asked: the mail
// of an outage before an upgrade to a version that asks, and the mail
// that comes once a clock that ran ahead at first start is put right,
// is acknowledged and notified as usual.
func TestBacklogIsOnlyMailFromBeforeHelpline(t *testing.T) {
	now := time.Now().UTC()
	tests := []struct {
		name string
		// before is what the database saw before the mail of now-3d:
		// mail that came at the clock's time then.
		before time.Time
		mail   time.Time
	}{
		{"down three days before an upgrade", now.Add(-10 * 24 * time.Hour), now.Add(-3 * 24 * time.Hour)},
		{"clock a year ahead at first start", now.Add(365 * 24 * time.Hour), now.Add(-time.Hour)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			clock := tt.before
			f.db.Now = func() time.Time { return clock }
			// A request is filed without asking when helpline started, as
			// every mail was before it was asked.
			f.deliverAt(question("sue@reader.test", "subscribe", ""), tt.before)
			if clock.After(now) {
				f.deliverAt(question("pat@reader.test", "Asked while the clock ran ahead", "Hi"), now)
			}
			clock = now
			f.deliverAt(question("sam@reader.test", "Waiting for an answer", "Hi"), tt.mail)
			var acked []string
			for _, m := range f.outbox(data.KindAck) {
				acked = append(acked, m.To)
			}
			if !slices.Contains(acked, "sam@reader.test") || len(f.outbox(data.KindNotify)) == 0 {
				t.Errorf("got acknowledgements to %v and %d notifications, want sam's mail acknowledged and notified",
					acked, len(f.outbox(data.KindNotify)))
			}
		})
	}
}
