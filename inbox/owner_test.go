package inbox

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"helpline/data"
	"helpline/internal/datatest"
	"helpline/internal/token"
)

// deliverSent stores raw as the next message of the account's Sent
// mailbox and returns the stored message.
func (f *fixture) deliverSent(raw string) *data.Message {
	f.t.Helper()
	f.sentUID++
	b := []byte(strings.ReplaceAll(raw, "\n", "\r\n"))
	err := f.proc.Ingest(context.Background(), []Fetched{{Mailbox: "Sent", Sent: true, UIDValidity: 7, UID: f.sentUID,
		Raw: b, Size: int64(len(b)), Received: time.Now()}})
	if err != nil {
		f.t.Fatal(err)
	}
	return f.newest()
}

// newest is the message stored last.
func (f *fixture) newest() *data.Message {
	f.t.Helper()
	msgs, err := f.db.ListMessages(context.Background(), data.MessageFilter{Limit: 1})
	if err != nil || len(msgs) != 1 {
		f.t.Fatalf("newest message: %v, %v", msgs, err)
	}
	m, err := f.db.MessageByID(context.Background(), msgs[0].ID)
	if err != nil {
		f.t.Fatal(err)
	}
	return m
}

// notes returns the text of every note to the owner, spaces collapsed.
func (f *fixture) notes() []string {
	f.t.Helper()
	var out []string
	for _, r := range f.outbox(data.KindOwnerNote) {
		if r.To != testOwner {
			f.t.Errorf("note to %s, want %s", r.To, testOwner)
		}
		out = append(out, r.Subject+" | "+strings.Join(strings.Fields(r.Text), " "))
	}
	return out
}

// direct is a mail the owner writes from the helpline mailbox straight to
// the asker, replying to the asker's own question.
func direct(from, inReplyTo, text string, extra ...string) string {
	msgSeq++
	h := fmt.Sprintf("From: Test Helpline <%s>\nTo: Ann Runner <ann@reader.test>\nCc: %s\nSubject: Re: How do I pace a marathon?\nMessage-ID: <d%d.%d@owner.test>\nIn-Reply-To: <%s>\nReferences: <%s>\n",
		from, testMailbox, msgSeq, time.Now().UnixNano(), inReplyTo, inReplyTo)
	for _, e := range extra {
		h += e + "\n"
	}
	return h + "Content-Type: text/plain; charset=utf-8\n\n" + text +
		"\n\nOn Mon, 2 Nov 2026 at 10:00, Ann Runner <ann@reader.test> wrote:\n> How do I pace a marathon?\n"
}

func TestOwnerCommandsAndNotes(t *testing.T) {
	f := newFixture(t)
	q := f.ask(t)
	route := f.outbox(data.KindNotify)[0].ReplyTo
	tests := []struct {
		name, text, outcome, status, title, note string
	}{
		{"misspelt command", "!hdie", data.OutcomeRejected, data.QuestionOpen, "", "“!hdie”, which is not a command"},
		{"misspelt word alone", "aprove", data.OutcomeRejected, data.QuestionOpen, "", "“aprove”, which is not a command"},
		{"rename", "!title Pacing a first marathon", data.OutcomeCommand, data.QuestionOpen, "Pacing a first marathon",
			"is now called “Pacing a first marathon”. It goes on the site once you answer it."},
		{"hide", "!hide", data.OutcomeCommand, data.QuestionHidden, "", "is withdrawn from the site"},
		{"show", "!show", data.OutcomeCommand, data.QuestionOpen, "", "is no longer withdrawn. It goes on the site once you answer it."},
		{"answer", "Start slower than feels right.\n\nCheers,\nCoach", data.OutcomeAnswer, data.QuestionAnswered, "", "Your answer to “Pacing a first marathon” is published"},
		{"one-word answer", "Slower.", data.OutcomeAnswer, data.QuestionAnswered, "", "replaces the one published before"},
		{"rename answered", "!title Pacing a marathon", data.OutcomeCommand, data.QuestionAnswered, "Pacing a marathon",
			"is now called “Pacing a marathon”: https://help.test/q/"},
		{"hide answered", "!hide", data.OutcomeCommand, data.QuestionHidden, "", "is withdrawn from the site"},
		{"rename hidden", "!title Pacing marathons", data.OutcomeCommand, data.QuestionHidden, "Pacing marathons",
			"It stays withdrawn from the site until you write !show."},
		{"show answered", "!show", data.OutcomeCommand, data.QuestionAnswered, "", "is on the site again: https://help.test/q/"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := f.deliver(ownerReply(testOwner, route, "", tt.text))
			wantOutcome(t, m, tt.outcome)
			got, _ := f.db.QuestionByID(context.Background(), q.ID)
			if got.Status != tt.status || (tt.title != "" && got.Title != tt.title) {
				t.Errorf("question is %s, %q; want %s, %q", got.Status, got.Title, tt.status, tt.title)
			}
			notes := f.notes()
			if len(notes) != i+1 || !strings.Contains(notes[i], tt.note) {
				t.Fatalf("notes = %q, want %d, the last with %q", notes, i+1, tt.note)
			}
		})
	}
}

func TestConfirmationsCanBeTurnedOff(t *testing.T) {
	f := newFixture(t)
	f.proc.cfg.NoConfirmations = true
	f.ask(t)
	route := f.outbox(data.KindNotify)[0].ReplyTo
	wantOutcome(t, f.deliver(ownerReply(testOwner, route, "", "Slower.")), data.OutcomeAnswer)
	if n := f.notes(); len(n) != 0 {
		t.Fatalf("confirmations off: got notes %q", n)
	}
	wantOutcome(t, f.deliver(ownerReply(testOwner, route, "", "!shwo")), data.OutcomeRejected)
	if n := f.notes(); len(n) != 1 {
		t.Fatalf("an explanation still goes: got notes %q", n)
	}
}

// A refused reply in the owner's name is explained to the owner, at their
// configured address; so is one with a valid token from another address,
// which only the owner's notification carried: most often the owner's
// own second address. One in a stranger's name with no valid token is not
// answered at all.
func TestRefusalsAreExplainedToTheOwnerOnly(t *testing.T) {
	f := newFixture(t)
	f.ask(t)
	route := f.outbox(data.KindNotify)[0].ReplyTo
	tampered := strings.Replace(route, "-", "-x", 1)
	wantOutcome(t, f.deliver(ownerReply("mallory@evil.test", tampered, "", "Buy pills.")), data.OutcomeRejected)
	if n := f.notes(); len(n) != 0 {
		t.Fatalf("a stranger's reply caused notes %q", n)
	}
	wantOutcome(t, f.deliver(ownerReply("coach.at.home@mail.test", route, "", "Slower.")), data.OutcomeRejected)
	wantOutcome(t, f.deliver(ownerReply(testOwner, tampered, "", "Slower.")), data.OutcomeRejected)
	wantOutcome(t, f.deliver(ownerReply(testOwner, route, "", "Slower.",
		"Authentication-Results: mx.helpline.test; dmarc=fail header.from=helpline.test")), data.OutcomeRejected)
	n := f.notes()
	if len(n) != 3 || !strings.Contains(n[0], "coach.at.home@mail.test, which is not one of the owner addresses") ||
		!strings.Contains(n[1], "invalid or altered token") || !strings.Contains(n[2], "dmarc=fail") {
		t.Fatalf("notes = %q, want three refusals with their reasons", n)
	}
	for _, m := range f.outbox(data.KindOwnerNote) {
		if m.To != testOwner {
			t.Errorf("a note went to %s, want only %s", m.To, testOwner)
		}
	}
}

func TestNotesPerHourAreBounded(t *testing.T) {
	f := newFixture(t)
	f.ask(t)
	route := f.outbox(data.KindNotify)[0].ReplyTo
	for range maxNotesPerHour + 5 {
		f.deliver(ownerReply(testOwner, route, "", "!nonsense"))
	}
	if n := len(f.notes()); n != maxNotesPerHour {
		t.Fatalf("got %d notes in an hour, want %d", n, maxNotesPerHour)
	}
}

func TestCommentModerationIsConfirmedOrExplained(t *testing.T) {
	f := newFixture(t)
	comm, _, cid := f.heldComment(t)
	route := f.signer.Route(testMailbox, token.Comment, cid)
	wantOutcome(t, f.deliver(ownerReply(testOwner, route, "", "looks fine")), data.OutcomeRejected)
	// Below the quote, with a signature, as mutt writes it.
	raw := fmt.Sprintf("From: %s\nTo: %s\nSubject: Re: Comment\nMessage-ID: <m%d@owner.test>\n\nOn Mon, 2 Nov 2026, Test Helpline <%s> wrote:\n> A new comment\n\napprove\n\n-- \nCoach\n",
		testOwner, route, time.Now().UnixNano(), testMailbox)
	wantOutcome(t, f.deliver(raw), data.OutcomeComment)
	if len(comm.decisions) != 1 || comm.decisions[0] != fmt.Sprintf("%d approve", cid) {
		t.Fatalf("decisions = %q", comm.decisions)
	}
	n := f.notes()
	if len(n) != 2 || !strings.Contains(n[0], "did not start with approve or reject") || !strings.Contains(n[1], "The comment by Bo") {
		t.Fatalf("notes = %q", n)
	}
}

// heldComment has f moderate comments, and files one by Bo on a new
// question for the owner to decide on.
func (f *fixture) heldComment(t *testing.T) (*recordedComments, *data.Question, int64) {
	t.Helper()
	comm := &recordedComments{}
	f.proc.comm = comm
	q := f.ask(t)
	return comm, q, f.comment(t, &data.Comment{QuestionID: q.ID, Name: "Bo", Email: "bo@reader.test", Body: "Negative splits!"})
}

// recordedComments takes moderation decisions as the real service would,
// in the transaction it is given.
type recordedComments struct{ decisions []string }

func (r *recordedComments) ModerateComment(ctx context.Context, tx *data.Tx, id int64, approve bool) error {
	d := "reject"
	if approve {
		d = "approve"
	}
	r.decisions = append(r.decisions, fmt.Sprintf("%d %s", id, d))
	status := data.CommentRejected
	if approve {
		status = data.CommentApproved
	}
	return tx.SetCommentStatus(ctx, id, status)
}

// The owner answers from the helpline mailbox: the copy in Sent is the
// answer, published once, and the asker, who has the owner's mail,
// gets the link alone.
func TestAnswerFromTheSentMailbox(t *testing.T) {
	f := newFixture(t)
	q := f.ask(t)
	text := "Run the first half ten seconds a mile slower.\n\nCoach"
	m := f.deliverSent(direct(testMailbox, q.MessageID, text))
	wantOutcome(t, m, data.OutcomeAnswer)
	got, _ := f.db.QuestionByID(context.Background(), q.ID)
	if got.Answer != text || got.Status != data.QuestionAnswered {
		t.Fatalf("answer = %q (%s)", got.Answer, got.Status)
	}
	answered := f.outbox(data.KindAnswered)
	if len(answered) != 1 || strings.Contains(answered[0].Text, "ten seconds") || !strings.Contains(answered[0].Text, "https://help.test/q/") {
		t.Fatalf("asker's notice = %+v, want the link without the answer", answered)
	}
	if n := f.notes(); len(n) != 1 || !strings.Contains(n[0], "is published") {
		t.Fatalf("notes = %q", n)
	}

	// Other mail in Sent is recorded and left alone; our own mail saved
	// there by the relay is a loop.
	other := "From: Test Helpline <ask@helpline.test>\nTo: friend@else.test\nSubject: Lunch?\nMessage-ID: <lunch@owner.test>\n\nTuesday?\n"
	wantOutcome(t, f.deliverSent(other), data.OutcomeSent)
	ack := f.outbox(data.KindAck)[0]
	ours := fmt.Sprintf("From: Test Helpline <ask@helpline.test>\nTo: ann@reader.test\nSubject: Re: q\nMessage-ID: <%s>\n\nThanks.\n", ack.MessageID)
	wantOutcome(t, f.deliverSent(ours), data.OutcomeLoop)
	if qs, _ := f.db.ListQuestions(context.Background(), data.QuestionFilter{}); len(qs) != 1 {
		t.Fatalf("got %d questions, want 1", len(qs))
	}
}

// A mail host that files a plus-address in the folder of its name puts
// anyone's mail to ask+Sent@ in the Sent mailbox. Delivered there, it
// is no copy the owner's client saved: it publishes only as a reply in
// the inbox would, vouched for by the trusted server, and is held for
// the owner otherwise; from a stranger it is recorded and left alone.
func TestMailDeliveredToSentIsNoAnswerByItself(t *testing.T) {
	tests := []struct {
		name, from string
		extra      []string
		want       string
	}{
		{"forged as the helpline", testMailbox, []string{"Delivered-To: ask+Sent@helpline.test"}, data.OutcomeHeld},
		{"forged as the owner, failing", testOwner, []string{"Authentication-Results: mx.helpline.test; dmarc=fail header.from=helpline.test"},
			data.OutcomeRejected},
		{"from a stranger", "eve@else.test", []string{"Delivered-To: ask+Sent@helpline.test"}, data.OutcomeSent},
		{"the owner's, vouched for", testOwner, []string{"Delivered-To: ask+Sent@helpline.test",
			"Authentication-Results: mx.helpline.test; dkim=pass header.d=helpline.test"}, data.OutcomeAnswer},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			q := f.ask(t)
			m := f.deliverSent(direct(tt.from, q.MessageID, "Slower, trust me.", tt.extra...))
			wantOutcome(t, m, tt.want)
			got, _ := f.db.QuestionByID(context.Background(), q.ID)
			if published := got.Answer != ""; published != (tt.want == data.OutcomeAnswer) {
				t.Errorf("answer = %q after %s, want it published only for an answer", got.Answer, m.Outcome)
			}
		})
	}
}

func TestDirectAnswerNoticeNone(t *testing.T) {
	f := newFixture(t)
	f.proc.cfg.DirectAnswerNotice = "none"
	q := f.ask(t)
	wantOutcome(t, f.deliverSent(direct(testMailbox, q.MessageID, "Slower.")), data.OutcomeAnswer)
	if a := f.outbox(data.KindAnswered); len(a) != 0 {
		t.Fatalf("asker's notice = %+v, want none", a)
	}
}

// Reply All from the helpline mailbox puts a copy in the inbox. Vouched
// for by the trusted server it is the answer; otherwise it is held, and the
// owner confirms it, or its copy in Sent settles it. It is never a new
// question.
func TestReplyAllCopies(t *testing.T) {
	pass := "Authentication-Results: mx.helpline.test; dkim=pass header.d=helpline.test; dmarc=pass header.from=helpline.test"
	t.Run("vouched for", func(t *testing.T) {
		f := newFixture(t)
		q := f.ask(t)
		raw := direct(testMailbox, q.MessageID, "Slower.", pass)
		wantOutcome(t, f.deliver(raw), data.OutcomeAnswer)
		wantOutcome(t, f.deliverSent(raw), data.OutcomeDuplicate)
		if a := datatest.Answers(t, f.db, q); len(a) != 1 {
			t.Fatalf("got %d answers, want 1", len(a))
		}
	})
	t.Run("held, then confirmed", func(t *testing.T) {
		f := newFixture(t)
		q := f.ask(t)
		held := f.deliver(direct(testOwner, q.MessageID, "Slower."))
		wantOutcome(t, held, data.OutcomeHeld)
		notes := f.outbox(data.KindOwnerNote)
		if len(notes) != 1 || !notes[0].NextAttempt.After(time.Now().Add(time.Minute)) || !strings.Contains(notes[0].Text, "> Slower.") {
			t.Fatalf("held note = %+v, want one, delayed, quoting the reply", notes)
		}
		if got, _ := f.db.QuestionByID(context.Background(), q.ID); got.Answer != "" {
			t.Fatalf("published before confirmation: %q", got.Answer)
		}
		m := f.deliver(ownerReply(testOwner, notes[0].ReplyTo, "", ""))
		wantOutcome(t, m, data.OutcomeCommand)
		if got, _ := f.db.QuestionByID(context.Background(), q.ID); got.Answer != "Slower." {
			t.Fatalf("after confirmation: answer %q", got.Answer)
		}
		again, _ := f.db.MessageByID(context.Background(), held.ID)
		wantOutcome(t, again, data.OutcomeAnswer)
	})
	t.Run("held, then found in Sent", func(t *testing.T) {
		f := newFixture(t)
		q := f.ask(t)
		raw := direct(testMailbox, q.MessageID, "Slower.")
		held := f.deliver(raw)
		wantOutcome(t, held, data.OutcomeHeld)
		wantOutcome(t, f.deliverSent(raw), data.OutcomeAnswer)
		again, _ := f.db.MessageByID(context.Background(), held.ID)
		wantOutcome(t, again, data.OutcomeDuplicate)
		for _, n := range f.outbox(data.KindOwnerNote) {
			if strings.HasPrefix(n.Subject, "Please confirm") && n.Status != data.OutboxCancelled {
				t.Fatalf("held note still %s", n.Status)
			}
		}
	})
	t.Run("forged", func(t *testing.T) {
		f := newFixture(t)
		q := f.ask(t)
		fail := "Authentication-Results: mx.helpline.test; dmarc=fail header.from=helpline.test"
		wantOutcome(t, f.deliver(direct(testOwner, q.MessageID, "Buy pills.", fail)), data.OutcomeRejected)
		if m := f.deliver(direct("Coach <coach@helpline.test>, evil@x.test", q.MessageID, "Buy pills.")); m.Outcome == data.OutcomeAnswer {
			t.Fatalf("two mailboxes in From published an answer")
		}
		if got, _ := f.db.QuestionByID(context.Background(), q.ID); got.Answer != "" {
			t.Fatalf("a forged reply published %q", got.Answer)
		}
	})
}

// A subscriber's reply to the welcome mail, or a reader's to a digest, is
// not a question: it goes to the owner, a few a day per sender.
func TestRepliesToOtherMailAreForwarded(t *testing.T) {
	f := newFixture(t)
	welcome := &data.OutboxMail{Kind: data.KindWelcome, To: "sub@reader.test", Subject: "Welcome",
		MessageID: f.signer.MessageID("helpline.test", token.Mail, 99)}
	if err := f.db.InTx(context.Background(), func(tx *data.Tx) error { return tx.Enqueue(context.Background(), welcome) }); err != nil {
		t.Fatal(err)
	}
	reply := func() string {
		msgSeq++
		return fmt.Sprintf("From: Sue <sub@reader.test>\nTo: %s\nSubject: Re: Welcome\nMessage-ID: <w%d@reader.test>\nIn-Reply-To: <%s>\n\nThanks for the ebook!\n\nOn Mon, Helpline <ask@helpline.test> wrote:\n> Welcome\n",
			testMailbox, msgSeq, welcome.MessageID)
	}
	m := f.deliver(reply())
	wantOutcome(t, m, data.OutcomeForwarded)
	fw := f.outbox(data.KindForward)
	if len(fw) != 1 || fw[0].To != testOwner || fw[0].ReplyTo != "sub@reader.test" || !strings.Contains(fw[0].Text, "> Thanks for the ebook!") {
		t.Fatalf("forwards = %+v", fw)
	}
	if qs, _ := f.db.ListQuestions(context.Background(), data.QuestionFilter{}); len(qs) != 0 {
		t.Fatalf("got %d questions, want none", len(qs))
	}
	for range forwardsPerDay + 2 {
		f.deliver(reply())
	}
	if fw := f.outbox(data.KindForward); len(fw) != forwardsPerDay {
		t.Fatalf("got %d forwards from one sender in a day, want %d", len(fw), forwardsPerDay)
	}
}

// An owner's decision on a comment is read in every place a client puts
// the reply: under the quote with no blank line between, as s-nail does,
// included.
func TestCommentDecisionUnderTheQuote(t *testing.T) {
	quote := "\"Helpline\" <" + testMailbox + "> wrote:\n\n> A new comment on “Pacing” is waiting for you.\n>\n> From: Bo\n>\n" +
		"> Negative splits!\n>\n> https://help.test/q/1-pacing\n"
	tests := []struct {
		name, text, want string
	}{
		{"approve right under the quote", quote + "approve\n", "approve"},
		{"reject right under the quote", quote + "reject\n", "reject"},
		{"approve under the quote and a signature", quote + "approve\n-- \nCoach\n", "approve"},
		{"approve above the quote", "approve\n\n" + quote, "approve"},
		{"words that decide nothing", quote + "maybe later\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse([]byte(strings.ReplaceAll("From: "+testOwner+"\nTo: "+testMailbox+"\nSubject: Re: Comment\n\n"+tt.text, "\n", "\r\n")))
			if err != nil {
				t.Fatal(err)
			}
			if got := moderation(Answer(m)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// A comment whose name was only an address, stored empty, is "a reader"
// in the notes about it, as on the page; a reply that decided nothing is
// not called decided.
func TestCommentNoteNamesAReader(t *testing.T) {
	f := newFixture(t)
	f.proc.comm = &recordedComments{}
	q := f.ask(t)
	cid := f.comment(t, &data.Comment{QuestionID: q.ID, Name: "", Body: "Great answer!"})
	route := f.signer.Route(testMailbox, token.Comment, cid)
	wantOutcome(t, f.deliver(ownerReply(testOwner, route, "", "looks fine")), data.OutcomeRejected)
	wantOutcome(t, f.deliver(ownerReply(testOwner, route, "", "approve")), data.OutcomeComment)
	n := f.notes()
	if len(n) != 2 || !strings.HasPrefix(n[0], "Not understood: How do I pace a marathon? |") || !strings.Contains(n[0], "the comment by a reader did not start") ||
		!strings.HasPrefix(n[1], "Comment decided: How do I pace a marathon? |") || !strings.Contains(n[1], "The comment by a reader on") {
		t.Fatalf("notes = %q", n)
	}
}

// comment stores c as a reader's comment waiting for the owner and
// returns its id.
func (f *fixture) comment(t *testing.T, c *data.Comment) int64 {
	t.Helper()
	if err := f.db.InTx(context.Background(), func(tx *data.Tx) error {
		return tx.AddComment(context.Background(), c)
	}); err != nil {
		t.Fatal(err)
	}
	return c.ID
}

// A valid token from an address not the owner's is explained once a day
// for each address: the owner hears what to change, and whoever else has
// a token cannot send the owner a note with every mail.
func TestTokenFromAnotherAddressIsExplainedOnceADay(t *testing.T) {
	f := newFixture(t)
	f.ask(t)
	route := f.outbox(data.KindNotify)[0].ReplyTo
	for _, from := range []string{"coach.at.home@mail.test", "Coach.At.Home@mail.test", "coach.at.home@mail.test", "mallory@evil.test"} {
		wantOutcome(t, f.deliver(ownerReply(from, route, "", "Slower.")), data.OutcomeRejected)
	}
	n := f.notes()
	if len(n) != 2 || !strings.Contains(n[0], "coach.at.home@mail.test, which is not") || !strings.Contains(n[1], "mallory@evil.test") {
		t.Fatalf("notes = %q, want one for each address", n)
	}
	now := time.Now().Add(25 * time.Hour)
	f.db.Now = func() time.Time { return now }
	f.uid++
	raw := []byte(strings.ReplaceAll(ownerReply("coach.at.home@mail.test", route, "", "Slower."), "\n", "\r\n"))
	if err := f.proc.Ingest(context.Background(), []Fetched{{Mailbox: "INBOX", UIDValidity: 1, UID: f.uid,
		Raw: raw, Size: int64(len(raw)), Received: now}}); err != nil {
		t.Fatal(err)
	}
	if n := f.notes(); len(n) != 3 {
		t.Fatalf("got %d notes, want a third the next day", len(n))
	}
}

// TestReadReceiptInSent checks that the read receipt the owner's client
// sends for a reader's question, which a host may file in Sent with the
// question's Message-ID in In-Reply-To, is no answer.
func TestReadReceiptInSent(t *testing.T) {
	f := newFixture(t)
	q := f.ask(t)
	raw := fmt.Sprintf("From: Test Helpline <%s>\nTo: Ann Runner <ann@reader.test>\nSubject: Read: How do I pace a marathon?\n"+
		"Message-ID: <mdn1@owner.test>\nIn-Reply-To: <%s>\nReferences: <%s>\nMIME-Version: 1.0\n"+
		"Content-Type: multipart/report; report-type=disposition-notification; boundary=\"b\"\n\n"+
		"--b\nContent-Type: text/plain; charset=utf-8\n\nThis is a receipt for the mail you sent to %s.\n"+
		"It only says that the mail was shown on the recipient's screen.\n"+
		"--b\nContent-Type: message/disposition-notification\n\nReporting-UA: owner.test\nFinal-Recipient: rfc822;%s\n"+
		"Original-Message-ID: <%s>\nDisposition: manual-action/MDN-sent-manually; displayed\n--b--\n",
		testMailbox, q.MessageID, q.MessageID, testMailbox, testMailbox, q.MessageID)
	wantOutcome(t, f.deliverSent(raw), data.OutcomeSent)
	got, _ := f.db.QuestionByID(context.Background(), q.ID)
	if got.Answer != "" || got.Status == data.QuestionAnswered {
		t.Fatalf("answer = %q (%s), want none", got.Answer, got.Status)
	}
}
