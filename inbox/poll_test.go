package inbox

import (
	"context"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"helpline/data"
	"helpline/internal/devmail/devmailtest"
	"helpline/internal/dovecottest"
	"helpline/internal/tcpforward"
)

// imapServer is a real IMAP server the poller can be pointed at.
type imapServer struct {
	name     string
	addr     string
	user     string
	password string
}

// servers starts each IMAP server the poller is tested against.
var servers = []struct {
	name  string
	start func(t testing.TB) imapServer
}{
	{"devmail", func(t testing.TB) imapServer {
		srv := devmailtest.StartForTest(t, testMailbox)
		return imapServer{"devmail", srv.IMAPAddr(), testMailbox, srv.Password()}
	}},
	// Skips with a message where Dovecot is not installed.
	{"dovecot", func(t testing.TB) imapServer {
		srv := dovecottest.Start(t, "helpline")
		return imapServer{"dovecot", srv.Addr(), "helpline", srv.Password()}
	}},
}

func forEachServer(t *testing.T, test func(t *testing.T, s imapServer)) {
	for _, s := range servers {
		t.Run(s.name, func(t *testing.T) { test(t, s.start(t)) })
	}
}

func dial(t testing.TB, s imapServer) *imapclient.Client {
	t.Helper()
	c, err := imapclient.DialInsecure(s.addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Login(s.user, s.password).Wait(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// appendMail puts raw messages straight into a mailbox, as a delivery
// would.
func appendMail(t testing.TB, c *imapclient.Client, mailbox string, raws ...string) {
	t.Helper()
	for _, raw := range raws {
		raw = strings.ReplaceAll(raw, "\n", "\r\n")
		cmd := c.Append(mailbox, int64(len(raw)), nil)
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
}

func (f *fixture) poller(s imapServer, mailbox string, tweak func(*IMAPConfig)) *Poller {
	cfg := IMAPConfig{Addr: s.addr, TLS: "none", Username: s.user, Password: s.password, Mailbox: mailbox,
		PollInterval: time.Hour, MaxBackoff: 200 * time.Millisecond}
	if tweak != nil {
		tweak(&cfg)
	}
	return NewPoller(f.db, cfg, f.proc, nil)
}

func (f *fixture) count(outcome string) int {
	f.t.Helper()
	msgs, err := f.db.ListMessages(context.Background(), data.MessageFilter{Outcome: outcome})
	if err != nil {
		f.t.Fatal(err)
	}
	return len(msgs)
}

// waitFor polls cond until it holds, failing after a generous bound.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func questions(n int, tag string) []string {
	var out []string
	for i := 0; i < n; i++ {
		out = append(out, question(fmt.Sprintf("reader%d@reader.test", i), fmt.Sprintf("%s question %d", tag, i), "Body"))
	}
	return out
}

func TestPollOnceIngestsWithoutTouchingSeen(t *testing.T) {
	forEachServer(t, func(t *testing.T, s imapServer) {
		f := newFixture(t)
		c := dial(t, s)
		appendMail(t, c, "INBOX", questions(3, "once")...)
		n, err := f.poller(s, "INBOX", nil).PollOnce(context.Background())
		if err != nil || n != 3 {
			t.Fatalf("PollOnce = %d, %v; want 3", n, err)
		}
		if got := f.count(data.OutcomeQuestion); got != 3 {
			t.Fatalf("%d questions, want 3", got)
		}
		n, err = f.poller(s, "INBOX", nil).PollOnce(context.Background())
		if err != nil || n != 0 {
			t.Fatalf("second PollOnce = %d, %v; want nothing new", n, err)
		}
		if _, err := c.Select("INBOX", nil).Wait(); err != nil {
			t.Fatal(err)
		}
		msgs, err := c.Fetch(imap.SeqSetNum(1, 2, 3), &imap.FetchOptions{Flags: true}).Collect()
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range msgs {
			for _, fl := range m.Flags {
				if fl == imap.FlagSeen {
					t.Errorf("message %d was marked \\Seen", m.SeqNum)
				}
			}
		}
	})
}

func TestIdleWakesThePoller(t *testing.T) {
	forEachServer(t, func(t *testing.T, s imapServer) {
		f := newFixture(t)
		c := dial(t, s)
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- f.poller(s, "INBOX", nil).Run(ctx) }()
		defer func() { cancel(); <-done }()
		// The poll interval is an hour: only IDLE can bring these in.
		for i := 1; i <= 3; i++ {
			appendMail(t, c, "INBOX", questions(1, fmt.Sprintf("idle%d", i))...)
			waitFor(t, fmt.Sprintf("message %d", i), func() bool { return f.count(data.OutcomeQuestion) == i })
		}
	})
}

func TestReconnectAfterServerDropsConnection(t *testing.T) {
	forEachServer(t, func(t *testing.T, s imapServer) {
		f := newFixture(t)
		c := dial(t, s)
		proxy := tcpforward.At(t, "127.0.0.1:0", s.addr)
		via := s
		via.addr = proxy.Addr()
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- f.poller(via, "INBOX", nil).Run(ctx) }()
		defer func() { cancel(); <-done }()
		appendMail(t, c, "INBOX", questions(1, "before")...)
		waitFor(t, "first message", func() bool { return f.count(data.OutcomeQuestion) == 1 })
		proxy.Drop()
		appendMail(t, c, "INBOX", questions(1, "after")...)
		waitFor(t, "message after reconnect", func() bool { return f.count(data.OutcomeQuestion) == 2 })
	})
}

func TestUIDValidityChangeRescansWithoutDuplicates(t *testing.T) {
	forEachServer(t, func(t *testing.T, s imapServer) {
		f := newFixture(t)
		c := dial(t, s)
		const box = "renumbered"
		if err := c.Create(box, nil).Wait(); err != nil {
			t.Fatal(err)
		}
		first := questions(2, "uidv")
		appendMail(t, c, box, first...)
		if _, err := f.poller(s, box, nil).PollOnce(context.Background()); err != nil {
			t.Fatal(err)
		}
		before, _ := f.db.Mailbox(context.Background(), box)
		// Recreating the mailbox gives it a new UIDVALIDITY; the same two
		// messages come back with one new one.
		if err := c.Delete(box).Wait(); err != nil {
			t.Fatal(err)
		}
		if err := c.Create(box, nil).Wait(); err != nil {
			t.Fatal(err)
		}
		appendMail(t, c, box, append(first, questions(1, "uidv-new")...)...)
		if _, err := f.poller(s, box, nil).PollOnce(context.Background()); err != nil {
			t.Fatal(err)
		}
		after, _ := f.db.Mailbox(context.Background(), box)
		if after.UIDValidity == before.UIDValidity {
			t.Fatalf("uidvalidity did not change (%d)", after.UIDValidity)
		}
		if q, d := f.count(data.OutcomeQuestion), f.count(data.OutcomeDuplicate); q != 3 || d != 2 {
			t.Fatalf("%d questions and %d duplicates, want 3 and 2", q, d)
		}
	})
}

// TestUIDValidityBackToAnEarlierOne covers a server that returns to a
// UIDVALIDITY it had before (a restore, a failover): the UIDs stored under
// it then are renumbered anew, and must neither stop the rescan nor bring
// the same mail in twice.
func TestUIDValidityBackToAnEarlierOne(t *testing.T) {
	forEachServer(t, func(t *testing.T, s imapServer) {
		f := newFixture(t)
		c := dial(t, s)
		ctx := context.Background()
		const box = "restored"
		if err := c.Create(box, nil).Wait(); err != nil {
			t.Fatal(err)
		}
		appendMail(t, c, box, questions(2, "restored")...)
		if _, err := f.poller(s, box, nil).PollOnce(ctx); err != nil {
			t.Fatal(err)
		}
		mb, err := f.db.Mailbox(ctx, box)
		if err != nil {
			t.Fatal(err)
		}
		// The mark moved on to another UIDVALIDITY, as it does when the
		// server renumbers the mailbox, and the server then comes back
		// with the one the two messages were stored under.
		if err := f.db.InTx(ctx, func(tx *data.Tx) error {
			return tx.SetMailbox(ctx, data.Mailbox{Name: box, UIDValidity: mb.UIDValidity + 1, LastUID: 9})
		}); err != nil {
			t.Fatal(err)
		}
		appendMail(t, c, box, questions(1, "after-restore")...)
		if _, err := f.poller(s, box, nil).PollOnce(ctx); err != nil {
			t.Fatalf("rescan after the old uidvalidity came back: %v", err)
		}
		if q, d := f.count(data.OutcomeQuestion), f.count(data.OutcomeDuplicate); q != 3 || d != 2 {
			t.Fatalf("%d questions and %d duplicates, want 3 and 2", q, d)
		}
		after, err := f.db.Mailbox(ctx, box)
		if err != nil {
			t.Fatal(err)
		}
		if after.UIDValidity != mb.UIDValidity || after.LastUID != 3 {
			t.Fatalf("mark %d/%d, want %d/3", after.UIDValidity, after.LastUID, mb.UIDValidity)
		}
	})
}

// TestUIDValidityFlapsAndComesBack covers a server that shows another
// UIDVALIDITY for a poll that stores nothing under it (a failover that
// flaps, a rescan cut short before its first message), then comes back
// with the one the mark holds: the mark must still cover what was stored
// under it, or the rescan meets those UIDs again and stops at their key.
func TestUIDValidityFlapsAndComesBack(t *testing.T) {
	forEachServer(t, func(t *testing.T, s imapServer) {
		f := newFixture(t)
		c := dial(t, s)
		ctx := context.Background()
		const box = "flapping"
		if err := c.Create(box, nil).Wait(); err != nil {
			t.Fatal(err)
		}
		appendMail(t, c, box, questions(2, "flapping")...)
		if _, err := f.poller(s, box, nil).PollOnce(ctx); err != nil {
			t.Fatal(err)
		}
		mb, err := f.db.Mailbox(ctx, box)
		if err != nil {
			t.Fatal(err)
		}
		// What a poll that saw the other UIDVALIDITY does before its
		// rescan, which then stored nothing.
		if err := f.db.RetireUIDs(ctx, box, mb.UIDValidity+1); err != nil {
			t.Fatal(err)
		}
		appendMail(t, c, box, questions(1, "after-flap")...)
		if _, err := f.poller(s, box, nil).PollOnce(ctx); err != nil {
			t.Fatalf("poll once the uidvalidity came back: %v", err)
		}
		if q, d := f.count(data.OutcomeQuestion), f.count(data.OutcomeDuplicate); q != 3 || d != 0 {
			t.Fatalf("%d questions and %d duplicates, want 3 and 0", q, d)
		}
		after, err := f.db.Mailbox(ctx, box)
		if err != nil {
			t.Fatal(err)
		}
		if after.UIDValidity != mb.UIDValidity || after.LastUID != 3 {
			t.Fatalf("mark %d/%d, want %d/3", after.UIDValidity, after.LastUID, mb.UIDValidity)
		}
	})
}

func TestRestartInTheMiddleOfABatch(t *testing.T) {
	forEachServer(t, func(t *testing.T, s imapServer) {
		f := newFixture(t)
		c := dial(t, s)
		const total = 30
		appendMail(t, c, "INBOX", questions(total, "restart")...)
		ctx, cancel := context.WithCancel(context.Background())
		go func() {
			// Stop the poller once it is part-way through.
			for f.count(data.OutcomeQuestion) < 7 && ctx.Err() == nil {
				time.Sleep(time.Millisecond)
			}
			cancel()
		}()
		f.poller(s, "INBOX", func(c *IMAPConfig) { c.BatchSize = 10 }).PollOnce(ctx)
		cancel()
		if _, err := f.poller(s, "INBOX", func(c *IMAPConfig) { c.BatchSize = 10 }).PollOnce(context.Background()); err != nil {
			t.Fatal(err)
		}
		msgs, _ := f.db.ListMessages(context.Background(), data.MessageFilter{})
		seen := map[uint32]bool{}
		for _, m := range msgs {
			if seen[m.UID] {
				t.Errorf("uid %d stored twice", m.UID)
			}
			seen[m.UID] = true
		}
		if len(seen) != total || f.count(data.OutcomeQuestion) != total {
			t.Fatalf("%d messages, %d questions; want %d of each", len(seen), f.count(data.OutcomeQuestion), total)
		}
	})
}

func TestOversizedMessageIsRecordedNotDownloaded(t *testing.T) {
	forEachServer(t, func(t *testing.T, s imapServer) {
		f := newFixture(t)
		c := dial(t, s)
		big := question("big@reader.test", "Huge attachment", strings.Repeat("x", 4000))
		appendMail(t, c, "INBOX", big, question("small@reader.test", "Small", "Hi"))
		if _, err := f.poller(s, "INBOX", func(c *IMAPConfig) { c.MaxMessageSize = 2048 }).PollOnce(context.Background()); err != nil {
			t.Fatal(err)
		}
		large, _ := f.db.ListMessages(context.Background(), data.MessageFilter{Outcome: data.OutcomeRejected})
		if len(large) != 1 || large[0].From != "big@reader.test" || large[0].Subject != "Huge attachment" ||
			!strings.HasPrefix(large[0].Reason, "too large: ") {
			t.Fatalf("too-large messages = %+v", large)
		}
		full, _ := f.db.MessageByID(context.Background(), large[0].ID)
		if len(full.Raw) >= 2048 {
			t.Fatalf("kept %d bytes of an oversized message, want only its header", len(full.Raw))
		}
		if f.count(data.OutcomeQuestion) != 1 {
			t.Fatal("the small message after the large one was not ingested")
		}
	})
}

func TestProcessedMailIsMoved(t *testing.T) {
	forEachServer(t, func(t *testing.T, s imapServer) {
		f := newFixture(t)
		c := dial(t, s)
		appendMail(t, c, "INBOX", questions(2, "move")...)
		if _, err := f.poller(s, "INBOX", func(c *IMAPConfig) { c.ProcessedMailbox = "Processed" }).PollOnce(context.Background()); err != nil {
			t.Fatal(err)
		}
		for box, want := range map[string]uint32{"INBOX": 0, "Processed": 2} {
			st, err := c.Status(box, &imap.StatusOptions{NumMessages: true}).Wait()
			if err != nil {
				t.Fatal(err)
			}
			if *st.NumMessages != want {
				t.Errorf("%s holds %d messages, want %d", box, *st.NumMessages, want)
			}
		}
	})
}

// The owner answers from the helpline mailbox and the client puts a copy
// in Sent: the poller of the Sent mailbox, found by its \Sent mark, makes
// it the answer; everything else there is recorded and left alone.
func TestSentMailboxIsFoundAndRead(t *testing.T) {
	forEachServer(t, func(t *testing.T, s imapServer) {
		f := newFixture(t)
		c := dial(t, s)
		appendMail(t, c, "INBOX", question("Ann Runner <ann@reader.test>", "Hill repeats?", "How many?"))
		if _, err := f.poller(s, "INBOX", nil).PollOnce(context.Background()); err != nil {
			t.Fatal(err)
		}
		qs, err := f.db.ListQuestions(context.Background(), data.QuestionFilter{})
		if err != nil || len(qs) != 1 {
			t.Fatalf("questions = %v, %v", qs, err)
		}
		q, _ := f.db.QuestionByID(context.Background(), qs[0].ID)
		appendMail(t, c, "Sent", direct(testMailbox, q.MessageID, "Six, then jog down."),
			"From: ask@helpline.test\nTo: friend@else.test\nSubject: Lunch\nMessage-ID: <lunch@x.test>\n\nTuesday?\n")
		sent := f.poller(s, "", func(c *IMAPConfig) { c.Sent = true })
		if n, err := sent.PollOnce(context.Background()); err != nil || n != 2 {
			t.Fatalf("PollOnce of Sent = %d, %v; want 2", n, err)
		}
		got, _ := f.db.QuestionByID(context.Background(), q.ID)
		if got.Answer != "Six, then jog down." {
			t.Fatalf("answer = %q", got.Answer)
		}
		if f.count(data.OutcomeSent) != 1 || f.count(data.OutcomeQuestion) != 1 {
			t.Fatalf("outcomes: %d sent, %d questions; want 1 and 1", f.count(data.OutcomeSent), f.count(data.OutcomeQuestion))
		}
		mb, err := f.db.Mailbox(context.Background(), "Sent")
		if err != nil || !mb.Sent || mb.LastUID == 0 {
			t.Fatalf("Sent mark = %+v, %v", mb, err)
		}
	})
}

// A server that starts again at UID 1 under the same UIDVALIDITY (a
// development server restarted, a broken one) would have its new mail
// skipped as seen: the poller notices the next UID below its mark and
// reads the mailbox again, storing nothing twice.
func TestUIDNextBelowTheMarkRescans(t *testing.T) {
	forEachServer(t, func(t *testing.T, s imapServer) {
		f := newFixture(t)
		c := dial(t, s)
		appendMail(t, c, "INBOX", questions(2, "before")...)
		if _, err := f.poller(s, "INBOX", nil).PollOnce(context.Background()); err != nil {
			t.Fatal(err)
		}
		mb, err := f.db.Mailbox(context.Background(), "INBOX")
		if err != nil {
			t.Fatal(err)
		}
		mb.LastUID += 1000 // as a server that renumbered from 1 leaves it
		if err := f.db.InTx(context.Background(), func(tx *data.Tx) error { return tx.SetMailbox(context.Background(), *mb) }); err != nil {
			t.Fatal(err)
		}
		appendMail(t, c, "INBOX", questions(1, "after")...)
		if _, err := f.poller(s, "INBOX", nil).PollOnce(context.Background()); err != nil {
			t.Fatal(err)
		}
		if q, d := f.count(data.OutcomeQuestion), f.count(data.OutcomeDuplicate); q != 3 || d != 2 {
			t.Fatalf("got %d questions and %d duplicates, want 3 and 2", q, d)
		}
	})
}
