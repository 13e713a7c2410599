package inbox

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"helpline/data"
	"helpline/internal/datatest"
	"helpline/internal/prose"
	"helpline/internal/token"
)

const (
	testMailbox = "ask@helpline.test"
	testOwner   = "coach@helpline.test"
)

// recordedSubs keeps what the processor asked of the subscriptions side.
// Like the real service it writes in the transaction it is given, so that
// a test can see whether what it wrote stayed.
type recordedSubs struct {
	mu    sync.Mutex
	calls []string
	// fail holds an error to return, once, from the next request about an
	// address, after the request has written its row.
	fail map[string]error
}

func (r *recordedSubs) failNext(email string, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.fail == nil {
		r.fail = map[string]error{}
	}
	r.fail[email] = err
}

// request writes a row for a request about email, then succeeds, fails as
// failNext asked, or panics for addresses starting "panic@".
func (r *recordedSubs) request(ctx context.Context, tx *data.Tx, email, call string, write func() error) error {
	if err := write(); err != nil {
		return err
	}
	if strings.HasPrefix(email, "panic@") {
		panic("subscriptions service failed")
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if err := r.fail[email]; err != nil {
		delete(r.fail, email)
		return err
	}
	r.calls = append(r.calls, call)
	return nil
}

func (r *recordedSubs) Subscribe(ctx context.Context, tx *data.Tx, email, name string) error {
	return r.request(ctx, tx, email, "subscribe "+email, func() error {
		return tx.Enqueue(ctx, &data.OutboxMail{Kind: data.KindConfirm, To: email, Subject: "Confirm"})
	})
}

func (r *recordedSubs) Unsubscribe(ctx context.Context, tx *data.Tx, email, tok string) error {
	return r.request(ctx, tx, email, "unsubscribe "+email+" "+tok, func() error {
		_, err := tx.AddSubscriber(ctx, data.NewSubscriber{Email: email, Status: data.SubscriberUnsubscribed, Source: "mail"})
		return err
	})
}

func (r *recordedSubs) Bounce(ctx context.Context, tx *data.Tx, raw []byte, outboxID, ref int64) error {
	const failed = "gone@reader.test"
	return r.request(ctx, tx, failed, fmt.Sprintf("bounce %d", outboxID), func() error {
		// The report refers to its stored message, which must exist.
		return tx.RecordBounce(ctx, &data.Bounce{Email: failed, OutboxID: 0, Status: "5.1.1", MessageRef: ref})
	})
}

type fixture struct {
	t       testing.TB
	db      *data.DB
	signer  *token.Signer
	proc    *Processor
	subs    *recordedSubs
	uid     uint32
	sentUID uint32
}

func newFixture(t testing.TB) *fixture {
	t.Helper()
	db, err := data.Open(filepath.Join(t.TempDir(), "inbox.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	return newFixtureDB(t, db)
}

func newFixtureDB(t testing.TB, db *data.DB) *fixture {
	signer, err := token.NewSigner(testSecret)
	if err != nil {
		t.Fatal(err)
	}
	subs := &recordedSubs{}
	proc := NewProcessor(db, signer, testConfig(), subs, nil, nil)
	return &fixture{t: t, db: db, signer: signer, proc: proc, subs: subs}
}

// testSecret signs the tokens of the tests' processors.
const testSecret = "test-secret-test-secret"

func testConfig() Config {
	return Config{
		Mailbox: testMailbox, OwnerAddresses: []string{testOwner}, OwnerName: "Coach", SiteName: "Test Helpline",
		BaseURL: "https://help.test", TrustedAuthservID: "mx.helpline.test", QuestionsPerDay: 5, AcksPerDay: 3,
	}
}

// deliver stores and processes raw as the next UID and returns the stored
// message.
func (f *fixture) deliver(raw string) *data.Message {
	f.t.Helper()
	return f.deliverRaw([]byte(strings.ReplaceAll(raw, "\n", "\r\n")))
}

// fetchedBatch is raws as a batch from INBOX, with CRLF line ends and UIDs
// from 1.
func fetchedBatch(raws ...string) []Fetched {
	var batch []Fetched
	for i, r := range raws {
		raw := []byte(strings.ReplaceAll(r, "\n", "\r\n"))
		batch = append(batch, Fetched{Mailbox: "INBOX", UIDValidity: 1, UID: uint32(i + 1), Raw: raw, Size: int64(len(raw))})
	}
	return batch
}

// deliverRaw is deliver for bytes exactly as they would come from a server.
func (f *fixture) deliverRaw(raw []byte) *data.Message {
	f.t.Helper()
	f.uid++
	err := f.proc.Ingest(context.Background(), []Fetched{{Mailbox: "INBOX", UIDValidity: 1, UID: f.uid,
		Raw: raw, Size: int64(len(raw)), Received: time.Now()}})
	if err != nil {
		f.t.Fatal(err)
	}
	msgs, err := f.db.ListMessages(context.Background(), data.MessageFilter{Limit: 1})
	if err != nil || len(msgs) != 1 || msgs[0].UID != f.uid {
		f.t.Fatalf("newest message after ingest: %v, %v", msgs, err)
	}
	id := msgs[0].ID
	m, err := f.db.MessageByID(context.Background(), id)
	if err != nil {
		f.t.Fatal(err)
	}
	return m
}

func (f *fixture) outbox(kind string) []*data.OutboxMail {
	f.t.Helper()
	rows, err := f.db.ListOutbox(context.Background(), data.OutboxFilter{Kind: kind})
	if err != nil {
		f.t.Fatal(err)
	}
	return rows
}

func wantOutcome(t *testing.T, m *data.Message, outcome string) {
	t.Helper()
	if m.Outcome != outcome {
		t.Fatalf("outcome = %s (%s), want %s", m.Outcome, m.Reason, outcome)
	}
}

var msgSeq int

func question(from, subject, body string, extra ...string) string {
	msgSeq++
	h := fmt.Sprintf("From: %s\nTo: %s\nSubject: %s\nMessage-ID: <q%d.%d@reader.test>\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n",
		from, testMailbox, subject, msgSeq, time.Now().UnixNano())
	for _, e := range extra {
		h += e + "\n"
	}
	return h + "Content-Type: text/plain; charset=utf-8\n\n" + body + "\n"
}

// ownerReply is a reply as a plain-text client writes it: new text above
// a quote of the notification.
func ownerReply(from, to, inReplyTo, text string, extra ...string) string {
	msgSeq++
	h := fmt.Sprintf("From: Coach <%s>\nTo: %s\nSubject: Re: Question\nMessage-ID: <r%d.%d@owner.test>\n", from, to, msgSeq, time.Now().UnixNano())
	if inReplyTo != "" {
		h += "In-Reply-To: <" + inReplyTo + ">\nReferences: <" + inReplyTo + ">\n"
	}
	for _, e := range extra {
		h += e + "\n"
	}
	return h + "Content-Type: text/plain; charset=utf-8\n\n" + text +
		"\n\nOn Mon, 2 Nov 2026 at 10:00, Test Helpline <ask@helpline.test> wrote:\n> New question #1\n> How do I pace a marathon?\n"
}

func (f *fixture) ask(t *testing.T) *data.Question {
	t.Helper()
	m := f.deliver(question("Ann Runner <ann@reader.test>", "How do I pace a marathon?", "I keep starting too fast.\n\nThanks, Ann"))
	wantOutcome(t, m, data.OutcomeQuestion)
	q, err := f.db.QuestionByID(context.Background(), m.QuestionID)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

func TestNewQuestionQueuesAckAndNotification(t *testing.T) {
	f := newFixture(t)
	q := f.ask(t)
	if q.Title != "How do I pace a marathon?" || q.AskerName != "Ann Runner" || q.AskerEmail != "ann@reader.test" || q.Status != data.QuestionOpen {
		t.Fatalf("question = %+v", q)
	}
	if !strings.Contains(q.Body, "I keep starting too fast.") {
		t.Fatalf("body = %q", q.Body)
	}
	acks := f.outbox(data.KindAck)
	if len(acks) != 1 || acks[0].To != "ann@reader.test" || acks[0].Headers["Auto-Submitted"] != "auto-replied" {
		t.Fatalf("acks = %+v", acks)
	}
	notes := f.outbox(data.KindNotify)
	if len(notes) != 1 || notes[0].To != testOwner {
		t.Fatalf("notifications = %+v", notes)
	}
	n := notes[0]
	if id, err := f.signer.ParseRoute(testMailbox, n.ReplyTo, token.Answer); err != nil || id != q.ID {
		t.Fatalf("Reply-To %q names question %d (%v), want %d", n.ReplyTo, id, err, q.ID)
	}
	if id, err := f.signer.ParseMessageID(n.MessageID, token.Answer); err != nil || id != q.ID {
		t.Fatalf("Message-ID %q names question %d (%v), want %d", n.MessageID, id, err, q.ID)
	}
	if !strings.Contains(n.Text, "I keep starting too fast.") {
		t.Fatalf("notification text lacks the question: %q", n.Text)
	}
}

func TestOwnerAnswerByRouteAndByReference(t *testing.T) {
	for _, via := range []string{"route", "reference"} {
		t.Run(via, func(t *testing.T) {
			f := newFixture(t)
			q := f.ask(t)
			note := f.outbox(data.KindNotify)[0]
			to, ref := note.ReplyTo, ""
			if via == "reference" {
				to, ref = testMailbox, note.MessageID
			}
			m := f.deliver(ownerReply(testOwner, to, ref, "Start ten seconds a mile slower.\n\nKind regards,\nCoach"))
			wantOutcome(t, m, data.OutcomeAnswer)
			got, _ := f.db.QuestionByID(context.Background(), q.ID)
			want := "Start ten seconds a mile slower.\n\nKind regards,\nCoach"
			if got.Status != data.QuestionAnswered || got.Answer != want {
				t.Fatalf("answer = %q (%s), want %q", got.Answer, got.Status, want)
			}
			answered := f.outbox(data.KindAnswered)
			if len(answered) != 1 || answered[0].To != "ann@reader.test" || !strings.Contains(answered[0].Text, "https://help.test/q/") {
				t.Fatalf("answered mail = %+v", answered)
			}
		})
	}
}

func TestForgedAndBrokenRepliesAreRejected(t *testing.T) {
	f := newFixture(t)
	q := f.ask(t)
	note := f.outbox(data.KindNotify)[0]
	good := note.ReplyTo
	tampered := strings.Replace(good, "-", "-x", 1)
	other := f.signer.Route(testMailbox, token.Unsubscribe, q.ID) // a valid token for another purpose
	tests := []struct {
		name  string
		raw   string
		state string
	}{
		{"non-owner with valid token", ownerReply("mallory@evil.test", good, "", "Buy pills."), data.OutcomeRejected},
		{"tampered token", ownerReply(testOwner, tampered, "", "Buy pills."), data.OutcomeRejected},
		{"forged signed reference", ownerReply(testOwner, testMailbox, "hl.a.1-aaaaaaaaaaaaaaaa.x@helpline.test", "Buy pills."), data.OutcomeRejected},
		{"dmarc fail at trusted server", ownerReply(testOwner, good, "", "Buy pills.",
			"Authentication-Results: mx.helpline.test; dkim=none; dmarc=fail (p=reject) header.from=helpline.test"), data.OutcomeRejected},
		{"dkim fail at trusted server", ownerReply(testOwner, good, "", "Buy pills.",
			"Authentication-Results: mx.helpline.test 1; dkim=fail header.d=helpline.test"), data.OutcomeRejected},
		{"token of another purpose", ownerReply(testOwner, other, "", "Buy pills."), data.OutcomeUnsubscribe},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := f.deliver(tt.raw)
			wantOutcome(t, m, tt.state)
			got, _ := f.db.QuestionByID(context.Background(), q.ID)
			if got.Answer != "" || got.Status != data.QuestionOpen {
				t.Fatalf("question changed: %+v", got)
			}
		})
	}
	// The forger is told nothing: no mail went to anyone but the asker and
	// the owner.
	rows, _ := f.db.ListOutbox(context.Background(), data.OutboxFilter{})
	for _, r := range rows {
		if r.To != "ann@reader.test" && r.To != testOwner {
			t.Errorf("mail to %s (%s)", r.To, r.Kind)
		}
	}
	// An Authentication-Results header from another server is not
	// believed: the sender could have written it.
	m := f.deliver(ownerReply(testOwner, good, "", "Easy first half.", "Authentication-Results: mx.evil.test; dmarc=fail"))
	wantOutcome(t, m, data.OutcomeAnswer)
}

func TestReplyWithoutNewTextTellsTheOwner(t *testing.T) {
	f := newFixture(t)
	f.ask(t)
	note := f.outbox(data.KindNotify)[0]
	m := f.deliver(ownerReply(testOwner, note.ReplyTo, "", ""))
	wantOutcome(t, m, data.OutcomeRejected)
	if rows := f.outbox(data.KindOwnerNote); len(rows) != 1 || rows[0].To != testOwner || !strings.Contains(strings.Join(strings.Fields(rows[0].Text), " "), "no text of your own") {
		t.Fatalf("no-text notice = %+v", rows)
	}
}

// TestReplyOfAnAttributionAlone follows a reply whose plain part kept
// only the attribution, its quote lost on the way, to the end: the HTML
// part's answer is published when it has one; when it has none, or there
// is no HTML part, nothing is published, the owner is told, and their
// mail is kept whole.
func TestReplyOfAnAttributionAlone(t *testing.T) {
	const attribution = "On Mon, 2 Nov 2026 at 10:00, Test Helpline wrote:"
	tests := []struct {
		name, html, want string // want: the published answer, "" for none
	}{
		{"no html part", "", ""},
		{"the html part only quotes", "<div>" + attribution + "</div><blockquote type=\"cite\">How do I pace a marathon?</blockquote>", ""},
		{"the html part has the answer", "<div>Start slower than feels right.</div><div>" + attribution +
			"</div><blockquote type=\"cite\">How do I pace a marathon?</blockquote>", "Start slower than feels right."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			q := f.ask(t)
			note := f.outbox(data.KindNotify)[0]
			msgSeq++
			raw := fmt.Sprintf("From: Coach <%s>\nTo: %s\nSubject: Re: Question\nMessage-ID: <r%d.%d@owner.test>\nMIME-Version: 1.0\n",
				testOwner, note.ReplyTo, msgSeq, time.Now().UnixNano())
			if tt.html == "" {
				raw += "Content-Type: text/plain; charset=utf-8\n\n" + attribution + "\n"
			} else {
				raw += "Content-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/plain; charset=utf-8\n\n" +
					attribution + "\n\n--b\nContent-Type: text/html; charset=utf-8\n\n" + tt.html + "\n--b--\n"
			}
			m := f.deliver(raw)
			got, err := f.db.QuestionByID(context.Background(), q.ID)
			if err != nil {
				t.Fatal(err)
			}
			if tt.want != "" {
				wantOutcome(t, m, data.OutcomeAnswer)
				if got.Answer != tt.want {
					t.Fatalf("answer = %q, want %q", got.Answer, tt.want)
				}
				return
			}
			wantOutcome(t, m, data.OutcomeRejected)
			if got.Answer != "" || got.Status != data.QuestionOpen {
				t.Fatalf("question changed: %+v", got)
			}
			if rows := f.outbox(data.KindOwnerNote); len(rows) != 1 || !strings.Contains(strings.Join(strings.Fields(rows[0].Text), " "), "no text of your own") {
				t.Fatalf("no-text notice = %+v", rows)
			}
			if !strings.Contains(string(m.Raw), attribution) {
				t.Fatalf("the owner's mail is not kept: %q", m.Raw)
			}
		})
	}
}

// attachedMail is a mail with no text of its own that carries another
// whole mail as an attachment, as clients "forward as attachment".
func attachedMail(from, to, subject, inner string, extra ...string) string {
	msgSeq++
	h := fmt.Sprintf("From: %s\nTo: %s\nSubject: %s\nMessage-ID: <f%d.%d@reader.test>\n", from, to, subject, msgSeq, time.Now().UnixNano())
	for _, e := range extra {
		h += e + "\n"
	}
	return h + "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"outer\"\n\n" +
		"--outer\nContent-Type: message/rfc822\nContent-Disposition: attachment; filename=\"mail.eml\"\n\n" +
		inner + "\n--outer--\n"
}

func TestQuestionForwardedAsAttachment(t *testing.T) {
	f := newFixture(t)
	inner := "From: Club Coach <coach@club.test>\nTo: ann@reader.test\nSubject: Your plan\n" +
		"Content-Type: text/plain; charset=utf-8\n\nRun 40 km a week from now on, even with the sore knee.\n\n" +
		"On Sun, 1 Nov 2026, Ann wrote:\n> Should I rest?\n"
	m := f.deliver(attachedMail("Ann Runner <ann@reader.test>", testMailbox, "Fwd: Is my coach right?", inner))
	wantOutcome(t, m, data.OutcomeQuestion)
	q, err := f.db.QuestionByID(context.Background(), m.QuestionID)
	if err != nil {
		t.Fatal(err)
	}
	if q.Title != "Is my coach right?" || q.Body != "Run 40 km a week from now on, even with the sore knee." {
		t.Fatalf("got title %q, body %q; want the subject and the attached mail's new text", q.Title, q.Body)
	}
}

func TestOwnerReplyWithOnlyAnAttachedMailPublishesNothing(t *testing.T) {
	f := newFixture(t)
	q := f.ask(t)
	note := f.outbox(data.KindNotify)[0]
	inner := question("Ann Runner <ann@reader.test>", "How do I pace a marathon?", "I keep starting too fast.")
	m := f.deliver(attachedMail("Coach <"+testOwner+">", note.ReplyTo, "Re: Question", inner))
	wantOutcome(t, m, data.OutcomeRejected)
	if answers := datatest.Answers(t, f.db, q); len(answers) != 0 {
		t.Fatalf("got answers %+v, want none", answers)
	}
}

func TestLaterAnswerReplacesAndCommandHides(t *testing.T) {
	f := newFixture(t)
	q := f.ask(t)
	route := f.outbox(data.KindNotify)[0].ReplyTo
	wantOutcome(t, f.deliver(ownerReply(testOwner, route, "", "First thoughts.")), data.OutcomeAnswer)
	wantOutcome(t, f.deliver(ownerReply(testOwner, route, "", "Better thoughts.")), data.OutcomeAnswer)
	got, _ := f.db.QuestionByID(context.Background(), q.ID)
	if got.Answer != "Better thoughts." {
		t.Fatalf("answer = %q, want the later one", got.Answer)
	}
	if hist := datatest.Answers(t, f.db, q); len(hist) != 2 {
		t.Fatalf("history has %d answers, want 2", len(hist))
	}
	if n := len(f.outbox(data.KindAnswered)); n != 1 {
		t.Fatalf("%d answered mails, want 1 for the first answer only", n)
	}
	wantOutcome(t, f.deliver(ownerReply(testOwner, route, "", "!hide")), data.OutcomeCommand)
	got, _ = f.db.QuestionByID(context.Background(), q.ID)
	if got.Status != data.QuestionHidden {
		t.Fatalf("status = %s, want hidden", got.Status)
	}
}

func TestAutomaticMailIsNeverAnswered(t *testing.T) {
	tests := []struct {
		name  string
		extra []string
		from  string
		subj  string
	}{
		{"auto-submitted", []string{"Auto-Submitted: auto-replied"}, "bob@reader.test", "Re: your mail"},
		{"precedence bulk", []string{"Precedence: bulk"}, "news@shop.test", "Deals"},
		{"x-autoreply", []string{"X-Autoreply: yes"}, "bob@reader.test", "Hello"},
		{"null return path", []string{"Return-Path: <>"}, "bob@reader.test", "Hello"},
		{"mailer-daemon", nil, "MAILER-DAEMON@mx.reader.test", "Hello"},
		{"out of office subject", nil, "bob@reader.test", "Out of Office: back Monday"},
		{"german autoreply subject", nil, "bob@reader.test", "Abwesenheitsnotiz: Urlaub"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			m := f.deliver(question(tt.from, tt.subj, "I am away.", tt.extra...))
			wantOutcome(t, m, data.OutcomeAuto)
			if n := len(f.outbox(data.KindAck)); n != 0 {
				t.Fatalf("%d acks to automatic mail", n)
			}
		})
	}
}

func TestAutoresponderPingPong(t *testing.T) {
	f := newFixture(t)
	// Two readers whose autoresponders answer everything: one marks its
	// replies as RFC 3834 says, the other marks nothing.
	for _, who := range []string{"polite", "rude"} {
		from := who + "@reader.test"
		m := f.deliver(question(from, "Question from "+who, "Hi"))
		wantOutcome(t, m, data.OutcomeQuestion)
		var ack *data.OutboxMail
		for _, a := range f.outbox(data.KindAck) {
			if a.To == from {
				ack = a
			}
		}
		for round := 0; round < 3; round++ {
			extra := []string{"In-Reply-To: <" + ack.MessageID + ">"}
			if who == "polite" {
				extra = append(extra, "Auto-Submitted: auto-replied")
			}
			f.deliver(question(from, "Re: Question from "+who, "I am on holiday.", extra...))
		}
	}
	counts := map[string]int{}
	for _, a := range f.outbox(data.KindAck) {
		counts[a.To]++
	}
	for _, who := range []string{"polite@reader.test", "rude@reader.test"} {
		if counts[who] != 1 {
			t.Errorf("%s got %d acks, want 1", who, counts[who])
		}
	}
}

func TestFollowupAttachesToQuestion(t *testing.T) {
	f := newFixture(t)
	q := f.ask(t)
	ack := f.outbox(data.KindAck)[0]
	m := f.deliver(question("Ann Runner <ann@reader.test>", "Re: How do I pace a marathon?", "Also: my race is in May.",
		"In-Reply-To: <"+ack.MessageID+">"))
	wantOutcome(t, m, data.OutcomeFollowup)
	if m.QuestionID != q.ID {
		t.Fatalf("follow-up attached to %d, want %d", m.QuestionID, q.ID)
	}
	if n := len(f.outbox(data.KindNotify)); n != 2 {
		t.Fatalf("%d notifications, want the question's and the follow-up's", n)
	}
	if n := len(f.outbox(data.KindAck)); n != 1 {
		t.Fatalf("%d acks, want no ack for a follow-up", n)
	}
	// Someone else replying to Ann's ack is not Ann's follow-up.
	m = f.deliver(question("eve@reader.test", "Re: How do I pace a marathon?", "Me too", "In-Reply-To: <"+ack.MessageID+">"))
	wantOutcome(t, m, data.OutcomeQuestion)
}

func TestPerSenderLimit(t *testing.T) {
	f := newFixture(t)
	for i := 0; i < 6; i++ {
		m := f.deliver(question("flood@reader.test", fmt.Sprintf("Question %d", i), "Why?"))
		want := data.OutcomeQuestion
		if i == 5 {
			want = data.OutcomeRateLimited
		}
		wantOutcome(t, m, want)
	}
	if n := len(f.outbox(data.KindAck)); n != 3 {
		t.Fatalf("%d acks, want the daily cap of 3", n)
	}
}

func TestLoopsBouncesRequestsDuplicatesAndGarbage(t *testing.T) {
	f := newFixture(t)
	wantOutcome(t, f.deliver(question("Helpline <"+testMailbox+">", "Re: ack", "loop")), data.OutcomeLoop)

	bounceTo := f.signer.Route(testMailbox, token.Bounce, 42)
	m := f.deliver("From: MAILER-DAEMON@mx.test\nTo: " + bounceTo + "\nSubject: Undelivered Mail\nMessage-ID: <b1@mx.test>\n\nThe mail could not be delivered.\n")
	wantOutcome(t, m, data.OutcomeBounce)

	wantOutcome(t, f.deliver(question("sue@reader.test", "subscribe", "")), data.OutcomeSubscribe)
	sub := question("tim@reader.test", "please", "sign me up")
	sub = strings.Replace(sub, "To: "+testMailbox, "To: ask+subscribe@helpline.test", 1)
	wantOutcome(t, f.deliver(sub), data.OutcomeSubscribe)
	wantOutcome(t, f.deliver(question("sue@reader.test", "Unsubscribe", "")), data.OutcomeUnsubscribe)
	want := []string{"bounce 42", "subscribe sue@reader.test", "subscribe tim@reader.test", "unsubscribe sue@reader.test "}
	if got := strings.Join(f.subs.calls, "|"); got != strings.Join(want, "|") {
		t.Fatalf("subscription calls = %q, want %q", got, strings.Join(want, "|"))
	}

	raw := question("dup@reader.test", "Once", "Only once")
	wantOutcome(t, f.deliver(raw), data.OutcomeQuestion)
	wantOutcome(t, f.deliver(raw), data.OutcomeDuplicate)

	m = f.deliver("\x00\x01\x02 not a mail at all")
	if m.Outcome != data.OutcomeQuarantined || m.Reason == "" || len(m.Raw) == 0 {
		t.Fatalf("garbage: outcome %s reason %q raw %d bytes, want quarantined with its error and bytes", m.Outcome, m.Reason, len(m.Raw))
	}
}

// A message left pending, by a failure that did not pass or by an older
// version that stored before processing, is processed by Resume.
func TestResumeProcessesPending(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	raw := strings.ReplaceAll(question("ann@reader.test", "Crash test", "Body"), "\n", "\r\n")
	m := &data.Message{Mailbox: "INBOX", UIDValidity: 1, UID: 1, Raw: []byte(raw), Size: int64(len(raw)), Hash: Hash([]byte(raw))}
	err := f.db.InTx(ctx, func(tx *data.Tx) error {
		if err := tx.StoreMessage(ctx, m); err != nil {
			return err
		}
		return tx.SetMailbox(ctx, data.Mailbox{Name: "INBOX", UIDValidity: 1, LastUID: 1})
	})
	if err != nil {
		t.Fatal(err)
	}
	// The process dies here. On the next start:
	if err := f.proc.Resume(ctx); err != nil {
		t.Fatal(err)
	}
	got, _ := f.db.MessageByID(ctx, m.ID)
	wantOutcome(t, got, data.OutcomeQuestion)
	if mb, _ := f.db.Mailbox(ctx, "INBOX"); mb.LastUID != 1 {
		t.Fatalf("high-water mark = %d, want 1", mb.LastUID)
	}
}

// A pending message of the Sent mailbox whose UID was retired, the
// server having numbered the mailbox anew, is still Sent mail when
// Resume processes it: read as the inbox's, a stranger's mail a relay
// filed there would be published as a question.
func TestResumeRetiredSentMail(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	raw := strings.ReplaceAll(question("eve@else.test", "Filed by the relay", "Body"), "\n", "\r\n")
	m := &data.Message{Mailbox: "Sent", UIDValidity: 4, UID: 1, Raw: []byte(raw), Size: int64(len(raw)), Hash: Hash([]byte(raw))}
	err := f.db.InTx(ctx, func(tx *data.Tx) error {
		if err := tx.StoreMessage(ctx, m); err != nil {
			return err
		}
		return tx.SetMailbox(ctx, data.Mailbox{Name: "Sent", UIDValidity: 4, LastUID: 1, Sent: true})
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := f.db.RetireUIDs(ctx, "Sent", 4); err != nil {
		t.Fatal(err)
	}
	if err := f.proc.Resume(ctx); err != nil {
		t.Fatal(err)
	}
	got, _ := f.db.MessageByID(ctx, m.ID)
	wantOutcome(t, got, data.OutcomeSent)
}

func TestAskWeb(t *testing.T) {
	f := newFixture(t)
	id, ok, err := f.proc.AskWeb(context.Background(), WebQuestion{Name: "Web Reader", Email: "Web@Reader.test", Title: "Shoes?", Body: "Which shoes?"})
	if err != nil || !ok || id == 0 {
		t.Fatalf("AskWeb = %d, %v, %v", id, ok, err)
	}
	q, _ := f.db.QuestionByID(context.Background(), id)
	if q.Source != "web" || q.AskerEmail != "web@reader.test" {
		t.Fatalf("question = %+v", q)
	}
	if len(f.outbox(data.KindAck)) != 1 || len(f.outbox(data.KindNotify)) != 1 {
		t.Fatal("web question was not acknowledged and notified like a mailed one")
	}
}

// No address a reader typed is published: not in a mailed question's
// title or body, nor in one asked on the site.
func TestReaderAddressesAreHidden(t *testing.T) {
	f := newFixture(t)
	m := f.deliver(question("Ann Runner <ann@reader.test>", "Coach at coach@club.example says rest?",
		"My coach (coach@club.example) says rest a week.\n\nAnn\nann@reader.test", ""))
	wantOutcome(t, m, data.OutcomeQuestion)
	q, err := f.db.QuestionByID(context.Background(), m.QuestionID)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{q.Title, q.Slug, q.Body} {
		if strings.Contains(s, "@") || strings.Contains(s, "club-example") {
			t.Errorf("question keeps an address: title %q, slug %q, body %q", q.Title, q.Slug, q.Body)
		}
	}
	if !strings.Contains(q.Body, "My coach ("+prose.AddressHidden+") says rest a week.") {
		t.Errorf("body = %q, want the address hidden in place", q.Body)
	}
	id, ok, err := f.proc.AskWeb(context.Background(), WebQuestion{Name: "Web Reader", Email: "web@reader.test",
		Title: "Mail me: web@reader.test", Body: "Or at web.reader@home.example."})
	if err != nil || !ok {
		t.Fatalf("AskWeb = %d, %v, %v", id, ok, err)
	}
	w, _ := f.db.QuestionByID(context.Background(), id)
	if strings.Contains(w.Title+w.Body, "@") {
		t.Errorf("web question keeps an address: %q, %q", w.Title, w.Body)
	}
}

// A batch with a request that works through another service, and a copy
// of an earlier message, is stored whole.
func TestIngestServiceRequestAndDuplicate(t *testing.T) {
	f := newFixture(t)
	first := question("a@reader.test", "First", "One")
	raws := []string{
		first,
		question("b@reader.test", "subscribe", ""), // acts through the subscriptions service
		question("c@reader.test", "Third", "Three"),
		first, // the same mail again under another UID
	}
	batch := fetchedBatch(raws...)
	ctx := context.Background()
	// Subscribing writes through another service, in the message's
	// transaction: were it to open one of its own, it would wait for the
	// writer that the message holds, and the test would hang.
	if err := f.proc.Ingest(ctx, batch); err != nil {
		t.Fatal(err)
	}
	if q, s, d := f.count(data.OutcomeQuestion), f.count(data.OutcomeSubscribe), f.count(data.OutcomeDuplicate); q != 2 || s != 1 || d != 1 {
		t.Fatalf("%d questions, %d subscribe requests, %d duplicates; want 2, 1, 1", q, s, d)
	}
	if n := len(f.outbox(data.KindAck)); n != 2 {
		t.Fatalf("%d acks, want 2", n)
	}
	if mb, _ := f.db.Mailbox(ctx, "INBOX"); mb.LastUID != 4 {
		t.Fatalf("high-water mark = %d, want 4", mb.LastUID)
	}
	if n := f.count(data.OutcomePending); n != 0 {
		t.Fatalf("%d messages left pending", n)
	}
}

// A message that trips a panic in processing is quarantined with it,
// whatever it changed before the panic is undone, and the rest of its batch
// goes on.
func TestPanicInProcessingQuarantines(t *testing.T) {
	f := newFixture(t)
	batch := fetchedBatch(
		question("a@reader.test", "First", "One"),
		question("panic@reader.test", "subscribe", ""),
		question("c@reader.test", "Third", "Three"),
	)
	if err := f.proc.Ingest(context.Background(), batch); err != nil {
		t.Fatal(err)
	}
	q, _ := f.db.ListMessages(context.Background(), data.MessageFilter{Outcome: data.OutcomeQuarantined})
	if len(q) != 1 || q[0].UID != 2 || !strings.Contains(q[0].Reason, "subscriptions service failed") {
		t.Fatalf("quarantined = %+v, want uid 2 with the panic", q)
	}
	if n := f.count(data.OutcomeQuestion); n != 2 {
		t.Fatalf("%d questions, want the 2 around the panic", n)
	}
}

// When the store refuses one message's changes part-way, for a reason that
// will not pass by itself, its transaction is rolled back and the message
// kept pending, with nothing half-written, for Resume; the others are
// ingested whole.
func TestStoreFailureKeepsOnlyThatMessagePending(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	sqldb, err := sql.Open("sqlite3", f.db.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer sqldb.Close()
	// The question is written before its mails, so the failure comes
	// after some of the message's changes are made.
	if _, err := sqldb.Exec(`CREATE TRIGGER refuse_boom BEFORE INSERT ON outbox
		WHEN new.subject LIKE '%Boom%' BEGIN SELECT RAISE(ABORT, 'refused for the test'); END`); err != nil {
		t.Fatal(err)
	}
	batch := fetchedBatch(
		question("a@reader.test", "First", "One"),
		question("b@reader.test", "Boom", "Two"),
		question("c@reader.test", "Third", "Three"),
	)
	if err := f.proc.Ingest(ctx, batch); err != nil {
		t.Fatal(err)
	}
	pending, _ := f.db.ListMessages(ctx, data.MessageFilter{Outcome: data.OutcomePending})
	if len(pending) != 1 || pending[0].UID != 2 {
		t.Fatalf("pending = %+v, want uid 2 alone", pending)
	}
	if q, n, a := f.count(data.OutcomeQuestion), len(f.outbox(data.KindNotify)), len(f.outbox(data.KindAck)); q != 2 || n != 2 || a != 2 {
		t.Fatalf("%d questions, %d notifications, %d acks; want 2 of each", q, n, a)
	}
	if qs, _ := f.db.ListQuestions(ctx, data.QuestionFilter{}); len(qs) != 2 {
		t.Fatalf("%d question rows, want 2: the refused one was half-written", len(qs))
	}
	if mb, _ := f.db.Mailbox(ctx, "INBOX"); mb.LastUID != 3 {
		t.Fatalf("high-water mark = %d, want 3", mb.LastUID)
	}
	if _, err := sqldb.Exec("DROP TRIGGER refuse_boom"); err != nil {
		t.Fatal(err)
	}
	if err := f.proc.Resume(ctx); err != nil {
		t.Fatal(err)
	}
	if q, n := f.count(data.OutcomeQuestion), len(f.outbox(data.KindNotify)); q != 3 || n != 3 {
		t.Fatalf("after Resume: %d questions, %d notifications; want 3 of each", q, n)
	}
}

// A batch whose messages cannot commit stores nothing and leaves the mark
// where it was, so the same messages are fetched and ingested again.
func TestIngestThatCannotCommitStoresNothing(t *testing.T) {
	f := newFixture(t)
	batch := fetchedBatch(questions(5, "cut")...)
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // the service is stopping
	if err := f.proc.Ingest(ctx, batch); err == nil {
		t.Fatal("Ingest with a cancelled context returned nil")
	}
	if msgs, _ := f.db.ListMessages(context.Background(), data.MessageFilter{}); len(msgs) != 0 {
		t.Fatalf("%d messages stored by a batch that did not commit", len(msgs))
	}
	if _, err := f.db.Mailbox(context.Background(), "INBOX"); !errors.Is(err, data.ErrNotFound) {
		t.Fatalf("high-water mark after a batch that did not commit: %v", err)
	}
	if err := f.proc.Ingest(context.Background(), batch); err != nil {
		t.Fatal(err)
	}
	if got := f.count(data.OutcomeQuestion); got != 5 {
		t.Fatalf("%d questions after ingesting again, want 5", got)
	}
}

// An autoresponder that marks nothing and threads nothing, answering every
// mail it gets for an hour: one question, one acknowledgement, one
// notification.
func TestUnmarkedAutoresponderForAnHour(t *testing.T) {
	f := newFixture(t)
	f.proc.cfg.AcksPerDay = 1
	start := time.Date(2026, 11, 2, 10, 0, 0, 0, time.UTC)
	for i := range 12 {
		now := start.Add(time.Duration(i) * 5 * time.Minute)
		f.db.Now = func() time.Time { return now }
		f.deliver(question("Bot <bot@robot.test>", "Thank you for your message", "We will reply within 3 working days."))
	}
	if n := f.count(data.OutcomeQuestion); n != 1 {
		t.Errorf("got %d questions, want 1", n)
	}
	if n := len(f.outbox(data.KindAck)); n != 1 {
		t.Errorf("got %d acknowledgements, want 1", n)
	}
	if n := len(f.outbox(data.KindNotify)); n != 1 {
		t.Errorf("got %d notifications, want 1", n)
	}
}

// TestReaderForwardsABounce checks that a reader who forwards the bounce
// they got, to ask about it, is asking a question.
func TestReaderForwardsABounce(t *testing.T) {
	f := newFixture(t)
	body := "Hi, I tried to write to my club and got this back. What does it mean?\r\n\r\n" +
		"---------- Forwarded message ---------\r\n" +
		"From: Mail Delivery System <MAILER-DAEMON@mx.club.test>\r\n" +
		"Date: Mon, 30 Nov 2026 10:12:00 +0100\r\n" +
		"Subject: Undelivered Mail Returned to Sender\r\n" +
		"To: bob@reader.test\r\n\r\n" +
		"This is the mail system at host mx.club.test.\r\n" +
		"<coach@club.test>: host mx.club.test said: 550 5.1.1 User unknown\r\n"
	m := f.deliver(question("bob@reader.test", "Fwd: Undelivered Mail Returned to Sender", body))
	wantOutcome(t, m, data.OutcomeQuestion)
	if n := len(f.outbox(data.KindAck)); n != 1 {
		t.Fatalf("%d acks, want 1", n)
	}
}
