package inbox

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/mattn/go-sqlite3"

	"helpline/data"
	"helpline/internal/token"
)

// A request whose service fails for a reason that may pass is not
// recorded: neither it nor what follows it is stored, the mark stays
// before it, and the next fetch, from the mark, ingests it.
func TestServiceFailureThatMayPassIsTriedAgain(t *testing.T) {
	bounce := "From: MAILER-DAEMON@mx.test\nTo: %s\nSubject: Undelivered Mail\nMessage-ID: <b%d@mx.test>\n\nThe mail could not be delivered.\n"
	tests := []struct {
		name    string
		failing string // the address whose request fails
		raw     func(f *fixture) string
		outcome string
		err     error
	}{
		{"subscribe, database busy", "sue@reader.test", func(*fixture) string { return question("sue@reader.test", "subscribe", "") },
			data.OutcomeSubscribe, sqlite3.Error{Code: sqlite3.ErrBusy}},
		{"unsubscribe, timed out", "sue@reader.test", func(*fixture) string { return question("sue@reader.test", "unsubscribe", "") },
			data.OutcomeUnsubscribe, fmt.Errorf("unsubscribe: %w", context.DeadlineExceeded)},
		{"bounce, disk I/O", "gone@reader.test", func(f *fixture) string {
			return fmt.Sprintf(bounce, f.signer.Route(testMailbox, token.Bounce, 42), msgSeq)
		}, data.OutcomeBounce, sqlite3.Error{Code: sqlite3.ErrIoErr}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			ctx := context.Background()
			batch := fetchedBatch(question("a@reader.test", "First", "One"), tt.raw(f), question("c@reader.test", "Third", "Three"))
			f.subs.failNext(tt.failing, tt.err)
			err := f.proc.Ingest(ctx, batch)
			if !errors.Is(err, tt.err) {
				t.Fatalf("Ingest = %v, want the service's error", err)
			}
			if msgs, _ := f.db.ListMessages(ctx, data.MessageFilter{}); len(msgs) != 1 || msgs[0].UID != 1 {
				t.Fatalf("stored %d messages, want uid 1 alone", len(msgs))
			}
			if mb, _ := f.db.Mailbox(ctx, "INBOX"); mb.LastUID != 1 {
				t.Fatalf("high-water mark = %d, want 1", mb.LastUID)
			}
			if n := len(f.outbox(data.KindConfirm)); n != 0 {
				t.Fatalf("%d rows written by the failed request stayed", n)
			}
			if err := f.proc.Ingest(ctx, batch[1:]); err != nil {
				t.Fatal(err)
			}
			msgs, _ := f.db.ListMessages(ctx, data.MessageFilter{})
			if len(msgs) != 3 || msgs[1].UID != 2 || msgs[1].Outcome != tt.outcome || msgs[1].Reason != want(tt.outcome) {
				t.Fatalf("after the retry: %d messages, uid 2 %s (%q); want 3, uid 2 %s", len(msgs), msgs[1].Outcome, msgs[1].Reason, tt.outcome)
			}
			if mb, _ := f.db.Mailbox(ctx, "INBOX"); mb.LastUID != 3 {
				t.Fatalf("high-water mark = %d, want 3", mb.LastUID)
			}
		})
	}
}

// want is the reason recorded for a request the service carried out.
func want(outcome string) string {
	if outcome == data.OutcomeBounce {
		return "bounce for outbox 42"
	}
	return ""
}

// A service that refuses a request gives the message its verdict, with the
// refusal as the reason; what the service wrote before refusing is undone.
func TestServiceRefusalIsTheVerdict(t *testing.T) {
	f := newFixture(t)
	f.subs.failNext("sue@reader.test", errors.New("invalid email address"))
	m := f.deliver(question("sue@reader.test", "subscribe", ""))
	if m.Outcome != data.OutcomeSubscribe || m.Reason != "invalid email address" {
		t.Fatalf("got %s (%q), want subscribe with the refusal", m.Outcome, m.Reason)
	}
	if n := len(f.outbox(data.KindConfirm)); n != 0 {
		t.Fatalf("%d rows written by the refused request stayed", n)
	}
	if mb, _ := f.db.Mailbox(context.Background(), "INBOX"); mb.LastUID != m.UID {
		t.Fatalf("high-water mark = %d, want %d", mb.LastUID, m.UID)
	}
}

// A bounce is recorded with a reference to the stored report, so that
// forgetting the address deletes the report too.
func TestBounceRefersToItsReport(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	m := f.deliver("From: MAILER-DAEMON@mx.test\nTo: " + f.signer.Route(testMailbox, token.Bounce, 7) +
		"\nSubject: Undelivered Mail\nMessage-ID: <b-ref@mx.test>\n\nThe mail could not be delivered.\n")
	wantOutcome(t, m, data.OutcomeBounce)
	const addr = "gone@reader.test"
	if _, err := f.db.ForgetPerson(ctx, addr, data.SuppressionHash([]byte("0123456789abcdef"), addr), false); err != nil {
		t.Fatal(err)
	}
	if _, err := f.db.MessageByID(ctx, m.ID); !errors.Is(err, data.ErrNotFound) {
		t.Fatalf("report after forgetting its recipient: %v, want it deleted", err)
	}
}

// A panic while acting undoes what the message changed before it.
func TestPanicUndoesTheMessagesChanges(t *testing.T) {
	f := newFixture(t)
	m := f.deliver(question("panic@reader.test", "subscribe", ""))
	if m.Outcome != data.OutcomeQuarantined || !strings.Contains(m.Reason, "subscriptions service failed") {
		t.Fatalf("got %s (%q), want quarantined with the panic", m.Outcome, m.Reason)
	}
	if n := len(f.outbox(data.KindConfirm)); n != 0 {
		t.Fatalf("%d rows written before the panic stayed", n)
	}
}
