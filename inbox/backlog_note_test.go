package inbox

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"helpline/data"
)

// backlogNotes are the owner's notes about mail from before helpline.
func (f *fixture) backlogNotes() []*data.OutboxMail {
	f.t.Helper()
	var out []*data.OutboxMail
	for _, n := range f.outbox(data.KindOwnerNote) {
		if strings.Contains(n.Subject, "from before the helpline") {
			out = append(out, n)
		}
	}
	return out
}

// A poll that files a mailbox's old mail tells the owner once, whatever
// the number: how many, of when, the newest, and how to answer them. The
// mail of today is acknowledged and notified as usual, and a poll that
// files no old mail says nothing more.
func TestBacklogIsToldToTheOwnerOnce(t *testing.T) {
	forEachServer(t, func(t *testing.T, s imapServer) {
		f := newFixture(t)
		c := dial(t, s)
		long := time.Date(2025, time.March, 3, 9, 0, 0, 0, time.UTC)
		const old = 36
		for i := range old {
			appendDated(t, c, "INBOX", long.Add(time.Duration(i)*24*time.Hour),
				question(fmt.Sprintf("Reader %d <reader%d@reader.test>", i, i), fmt.Sprintf("Old question %d", i), "From last year."))
		}
		appendDated(t, c, "INBOX", time.Now().Add(-time.Hour), question("sam@reader.test", "Waiting since this morning", "Hi"))
		poll := f.poller(s, "INBOX", nil)
		if _, err := poll.PollOnce(context.Background()); err != nil {
			t.Fatal(err)
		}
		notes := f.backlogNotes()
		if len(notes) != 1 {
			t.Fatalf("got %d notes about the old mail, want 1", len(notes))
		}
		n := notes[0]
		if n.To != testOwner || n.QuestionID != 0 {
			t.Errorf("note to %s about question %d, want to %s about none", n.To, n.QuestionID, testOwner)
		}
		if want := "36 questions from before the helpline, not acknowledged"; n.Subject != want {
			t.Errorf("subject %q, want %q", n.Subject, want)
		}
		text := strings.Join(strings.Fields(n.Text), " ")
		for _, want := range []string{
			"36 mails were in the helpline mailbox", "between 3 March 2025 and 7 April 2025",
			"#36 Old question 35 (7 April 2025)", "#32 Old question 31 (3 April 2025)",
			"helpline questions list --status open", "helpline questions show 36",
			"open the helpline mailbox (" + testMailbox + ")", "were not told",
		} {
			if !strings.Contains(text, want) {
				t.Errorf("note lacks %q:\n%s", want, n.Text)
			}
		}
		for _, unwanted := range []string{"Old question 30", "reader.test", "Reader 35"} {
			if strings.Contains(text, unwanted) {
				t.Errorf("note shows %q, want only the newest five titles:\n%s", unwanted, n.Text)
			}
		}
		acks, notify := f.outbox(data.KindAck), f.outbox(data.KindNotify)
		if len(acks) != 1 || acks[0].To != "sam@reader.test" || len(notify) != 1 {
			t.Fatalf("got %d acknowledgements and %d notifications, want one each, for the mail of today", len(acks), len(notify))
		}

		appendMail(t, c, "INBOX", question("kim@reader.test", "A new question", "Hello."))
		if _, err := poll.PollOnce(context.Background()); err != nil {
			t.Fatal(err)
		}
		if got := len(f.backlogNotes()); got != 1 {
			t.Fatalf("got %d notes about the old mail after a poll that filed none, want still 1", got)
		}
		if got := len(f.outbox(data.KindNotify)); got != 2 {
			t.Fatalf("got %d notifications, want 2", got)
		}
	})
}

// A poll cut short after filing part of the old mail leaves no note; the
// poll after the restart files the rest and tells the owner of all of it,
// once. A later restart that finds more old mail tells of that alone.
func TestBacklogNoteSurvivesACrash(t *testing.T) {
	forEachServer(t, func(t *testing.T, s imapServer) {
		f := newFixture(t)
		c := dial(t, s)
		long := time.Now().Add(-200 * 24 * time.Hour).Truncate(time.Second)
		var raws []string
		for i := range 12 {
			raw := question("pat@reader.test", fmt.Sprintf("Old question %d", i), "From last year.")
			raws = append(raws, raw)
			appendDated(t, c, "INBOX", long.Add(time.Duration(i)*time.Hour), raw)
		}
		sel, err := c.Select("INBOX", nil).Wait()
		if err != nil {
			t.Fatal(err)
		}
		// What the poll stored before it stopped: half, each with the
		// mark past it, and nothing after.
		var part []Fetched
		for i, raw := range raws[:6] {
			b := []byte(strings.ReplaceAll(raw, "\n", "\r\n"))
			part = append(part, Fetched{Mailbox: "INBOX", UIDValidity: sel.UIDValidity, UID: uint32(i + 1),
				Raw: b, Size: int64(len(b)), Received: long.Add(time.Duration(i) * time.Hour)})
		}
		if err := f.proc.Ingest(context.Background(), part); err != nil {
			t.Fatal(err)
		}
		if got := len(f.backlogNotes()); got != 0 {
			t.Fatalf("got %d notes before the poll finished, want none", got)
		}
		if _, err := f.poller(s, "INBOX", nil).PollOnce(context.Background()); err != nil {
			t.Fatal(err)
		}
		if got := f.count(data.OutcomeQuestion); got != 12 {
			t.Fatalf("got %d questions, want 12", got)
		}
		notes := f.backlogNotes()
		if len(notes) != 1 || !strings.HasPrefix(notes[0].Subject, "12 questions") {
			t.Fatalf("got notes %v, want one about all 12", subjects(notes))
		}

		// The owner brings back three more old mails from an archive.
		for i := range 3 {
			appendDated(t, c, "INBOX", long.Add(-time.Duration(i+1)*24*time.Hour),
				question("lee@reader.test", fmt.Sprintf("Archived question %d", i), "Found again."))
		}
		if _, err := f.poller(s, "INBOX", nil).PollOnce(context.Background()); err != nil {
			t.Fatal(err)
		}
		notes = f.backlogNotes()
		if len(notes) != 2 || !strings.HasPrefix(notes[1].Subject, "3 questions") {
			t.Fatalf("got notes %v, want a second one about the 3 found later", subjects(notes))
		}
		if len(f.outbox(data.KindAck)) != 0 || len(f.outbox(data.KindNotify)) != 0 {
			t.Fatal("old mail was acknowledged or notified, want neither")
		}
	})
}

func subjects(mails []*data.OutboxMail) []string {
	var out []string
	for _, m := range mails {
		out = append(out, m.Subject)
	}
	return out
}

// The owner's reply to the note is about no question: nothing is
// published or forwarded, and the owner is told how to answer instead of
// being sent their own words as a reader's.
func TestOwnerReplyToTheBacklogNote(t *testing.T) {
	f := newFixture(t)
	f.deliverAt(question("pat@reader.test", "Old question", "From last year."), time.Now().Add(-200*24*time.Hour))
	if err := f.proc.NoteBacklog(context.Background()); err != nil {
		t.Fatal(err)
	}
	notes := f.backlogNotes()
	if len(notes) != 1 {
		t.Fatalf("got %d notes about the old mail, want 1", len(notes))
	}
	m := f.deliver(ownerReply(testOwner, testMailbox, notes[0].MessageID, "Thanks, I will answer them tonight.", ownerPass))
	wantOutcome(t, m, data.OutcomeRejected)
	if fw := f.outbox(data.KindForward); len(fw) != 0 {
		t.Errorf("forwarded %q to %s, want the owner's reply forwarded to nobody", fw[0].Subject, fw[0].To)
	}
	var told []*data.OutboxMail
	for _, n := range f.outbox(data.KindOwnerNote) {
		if strings.HasPrefix(n.Subject, "Not published") {
			told = append(told, n)
		}
	}
	if len(told) != 1 || !strings.Contains(strings.Join(strings.Fields(told[0].Text), " "), "reply to its notification") {
		t.Fatalf("got notes %v, want one telling the owner how to answer", subjects(told))
	}
	if got := f.count(data.OutcomeQuestion); got != 1 {
		t.Errorf("got %d questions, want only the old one", got)
	}
}

// A reader's mail of long ago that the owner forwards today is dated when
// the reader wrote, but it is no backlog: the owner was notified of it,
// and the mail is not in the helpline mailbox.
func TestForwardOfOldMailIsNoBacklog(t *testing.T) {
	f := newFixture(t)
	f.deliver(question("pat@reader.test", "Today's question", "Hi."))
	text := "Found this one from years ago.\n\n---------- Forwarded message ---------\nFrom: Lena Berg <lena@reader.test>\n" +
		"Date: Mon, 2 Nov 2020 at 09:12\nSubject: Knee\nTo: <coach@helpline.test>\n\nMy knee hurts.\n"
	m := f.deliver(forwardMail("Coach <"+testOwner+">", "Fwd: Knee", text, ownerPass))
	wantOutcome(t, m, data.OutcomeQuestion)
	if err := f.proc.NoteBacklog(context.Background()); err != nil {
		t.Fatal(err)
	}
	if notes := f.backlogNotes(); len(notes) != 0 {
		t.Errorf("got a note %q, want none about a forward of today", notes[0].Subject)
	}
}
