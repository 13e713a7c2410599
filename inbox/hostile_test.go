package inbox

import (
	"context"
	"strings"
	"testing"

	"helpline/data"
)

// brokenFoldingMail is a question whose To field is broken as named, with
// a multipart body after it that must not end up in the text.
func brokenFoldingMail(to string) string {
	return "From: Ann Runner <ann@reader.test>\r\n" + to +
		"Subject: Knee pain after long runs\r\nMessage-ID: <fold@reader.test>\r\nDate: Mon, 2 Nov 2026 10:00:00 +0000\r\n" +
		"MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n" +
		"--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nMy knee hurts after 15 km. What should I change?\r\n" +
		"--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>My knee hurts after 15 km. What should I change?</p>\r\n--b1--\r\n"
}

var brokenFoldings = []struct {
	name, to string
	want     []string // the To addresses
}{
	{"whitespace-only folded line", "To: ask@helpline.test,\r\n \r\n coach@helpline.test\r\n",
		[]string{"ask@helpline.test", "coach@helpline.test"}},
	{"tab-only folded line", "To: ask@helpline.test,\r\n\t\r\n\tcoach@helpline.test\r\n",
		[]string{"ask@helpline.test", "coach@helpline.test"}},
	{"bare line breaks in the list", "To: ask@helpline.test,\r\ncoach@helpline.test,\r\nother@reader.test\r\n",
		[]string{"ask@helpline.test", "coach@helpline.test", "other@reader.test"}},
	{"bare LF inside a CRLF header", "To: Ask <ask@helpline.test>,\nCoach <coach@helpline.test>,\nother@reader.test\r\n",
		[]string{"ask@helpline.test", "coach@helpline.test", "other@reader.test"}},
	{"bare line break and whitespace-only line", "To: ask@helpline.test,\r\n \r\ncoach@helpline.test,\r\nother@reader.test\r\n",
		[]string{"ask@helpline.test", "coach@helpline.test", "other@reader.test"}},
}

// Broken folding must not end the header early: the fields after it and
// the MIME structure stay header, not text.
func TestBrokenFoldingKeepsTheHeader(t *testing.T) {
	for _, tt := range brokenFoldings {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse([]byte(brokenFoldingMail(tt.to)))
			if err != nil {
				t.Fatal(err)
			}
			var to []string
			for _, a := range m.To {
				to = append(to, a.Addr)
			}
			if strings.Join(to, ",") != strings.Join(tt.want, ",") {
				t.Errorf("got To %q, want %q", to, tt.want)
			}
			if m.Subject != "Knee pain after long runs" || m.MessageID != "fold@reader.test" || m.Date.IsZero() {
				t.Errorf("got subject %q, Message-ID %q, date %v; want the fields after To", m.Subject, m.MessageID, m.Date)
			}
			if m.ContentType != "multipart/alternative" || m.Text != "My knee hurts after 15 km. What should I change?" {
				t.Errorf("got content type %q, text %q; want the plain part alone", m.ContentType, m.Text)
			}
		})
	}
}

// Through the pipeline, the question is the plain part under its subject.
func TestBrokenFoldingQuestion(t *testing.T) {
	for _, tt := range brokenFoldings {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			m := f.deliverRaw([]byte(brokenFoldingMail(tt.to)))
			wantOutcome(t, m, data.OutcomeQuestion)
			q, err := f.db.QuestionByID(context.Background(), m.QuestionID)
			if err != nil {
				t.Fatal(err)
			}
			if q.Title != "Knee pain after long runs" || q.Body != "My knee hurts after 15 km. What should I change?" {
				t.Errorf("got title %q, body %q", q.Title, q.Body)
			}
		})
	}
}

// Encoded-words inside a quoted display name are decoded, as every reader
// does, although RFC 2047 5 does not allow them there.
func TestEncodedWordsInQuotedNames(t *testing.T) {
	tests := []struct{ from, want string }{
		{`"=?iso-8859-1?Q?J=FCrgen?=" <j@example.de>`, "Jürgen"},
		{`"=?utf-8?B?SsO8cmdlbiBNw7xsbGVy?=" <j@example.de>`, "Jürgen Müller"},
		{`"Dr. =?iso-8859-1?Q?J=FCrgen?= =?iso-8859-1?Q?_M=FCller?=" <j@example.de>`, "Dr. Jürgen Müller"},
		{`=?iso-8859-1?Q?J=FCrgen?= <j@example.de>`, "Jürgen"},
		{`"=?utf-8?Q?Eve=0D=0ABcc:_x@evil.test?=" <j@example.de>`, "Eve Bcc: x@evil.test"},
		// Broken elsewhere, so the lenient address reader takes it.
		{`"=?iso-8859-1?Q?J=FCrgen?=" <j@example.de> (unclosed`, "Jürgen"},
	}
	for _, tt := range tests {
		t.Run(tt.from, func(t *testing.T) {
			m, err := Parse([]byte("From: " + tt.from + "\r\nTo: " + tt.from + "\r\nSubject: Hi\r\n\r\nbody\r\n"))
			if err != nil {
				t.Fatal(err)
			}
			if m.From.Name != tt.want || m.From.Addr != "j@example.de" {
				t.Errorf("got From %+v, want name %q", m.From, tt.want)
			}
			if len(m.To) != 1 || m.To[0].Name != tt.want {
				t.Errorf("got To %+v, want name %q", m.To, tt.want)
			}
		})
	}
}

// The asker's decoded name is the one the acknowledgement greets.
func TestEncodedNameGreetsTheAsker(t *testing.T) {
	f := newFixture(t)
	m := f.deliver(question(`"=?iso-8859-1?Q?J=FCrgen_Schmidt?=" <juergen@reader.test>`, "Tempo runs", "How fast should a tempo run be?"))
	wantOutcome(t, m, data.OutcomeQuestion)
	acks := f.outbox(data.KindAck)
	if len(acks) != 1 {
		t.Fatalf("got %d acknowledgements, want 1", len(acks))
	}
	if acks[0].ToName != "Jürgen Schmidt" || !strings.HasPrefix(acks[0].Text, "Hello Jürgen,\n") {
		t.Errorf("got ack to %q greeting %q, want Jürgen", acks[0].ToName, strings.SplitN(acks[0].Text, "\n", 2)[0])
	}
}

// An inline answer keeps the quoted lines it answers, and they are the
// reader's: an address in them, or in a mail quoted in them, is hidden
// on the site and in the asker's mail, while one the owner typed stays.
func TestInlineAnswerHidesQuotedAddresses(t *testing.T) {
	tests := []struct {
		name, quote, want string
	}{
		{"the question's text", "> Write to me at ann.private@mail.example", "> Write to me at [address hidden]"},
		{"a mail quoted deeper", "> > My old address was ann@reader.test", "> > My old address was [address hidden]"},
		{"a quote mark after spaces", "  > ann.private@mail.example", "  > [address hidden]"},
		{"a full-width quote mark", "＞ ann.private@mail.example", "＞ [address hidden]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			q := f.ask(t)
			typed := "Ask the club at info@club.example, they know."
			text := tt.quote + "\n\n" + typed + "\n\n> Thanks, Ann\n\nYou are welcome."
			m := f.deliver(ownerReply(testOwner, f.outbox(data.KindNotify)[0].ReplyTo, "", text))
			wantOutcome(t, m, data.OutcomeAnswer)
			got, err := f.db.QuestionByID(context.Background(), q.ID)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(got.Answer, tt.want+"\n") || !strings.Contains(got.Answer, typed) {
				t.Errorf("answer = %q, want it to start %q and keep %q", got.Answer, tt.want, typed)
			}
			answered := f.outbox(data.KindAnswered)
			if len(answered) != 1 || strings.Contains(answered[0].Text, "mail.example") || strings.Contains(answered[0].Text, "ann@") {
				t.Errorf("answered mail = %+v, want the quoted address hidden", answered)
			}
		})
	}
}

// The asker's address and the owner's own are hidden wherever they stand
// in an answer: in a line of a client's header block that trimming left,
// or in the owner's own words. Another address the owner typed stays.
func TestAnswerHidesTheAskersAndOwnersAddresses(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a lone header line", "Keep it even.\n\nFrom: Ann Runner [mailto:ann@reader.test]",
			"Keep it even.\n\nFrom: Ann Runner [[address hidden]]"},
		{"in the owner's words", "Write to me at COACH@helpline.test or to the club at info@club.example.",
			"Write to me at [address hidden] or to the club at info@club.example."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			q := f.ask(t)
			m := f.deliver(ownerReply(testOwner, f.outbox(data.KindNotify)[0].ReplyTo, "", tt.text))
			wantOutcome(t, m, data.OutcomeAnswer)
			got, err := f.db.QuestionByID(context.Background(), q.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got.Answer != tt.want {
				t.Errorf("answer = %q, want %q", got.Answer, tt.want)
			}
		})
	}
}

// A sign-up by mail in the name of an address that did not send it, as
// the trusted server's failed DMARC or DKIM check tells, sends no
// confirmation to that address; one that passes, or was not checked, does.
func TestForgedSignUpByMailSendsNothing(t *testing.T) {
	tests := []struct {
		name, authres, outcome string
		calls                  string
	}{
		{"dmarc fails", "Authentication-Results: mx.helpline.test; dmarc=fail header.from=reader.test",
			data.OutcomeRejected, ""},
		{"dkim of the sender fails", "Authentication-Results: mx.helpline.test; dkim=fail header.d=reader.test",
			data.OutcomeRejected, ""},
		{"dmarc passes", "Authentication-Results: mx.helpline.test; dmarc=pass header.from=reader.test",
			data.OutcomeSubscribe, "subscribe sue@reader.test"},
		{"another server's failure", "Authentication-Results: mx.other.test; dmarc=fail header.from=reader.test",
			data.OutcomeSubscribe, "subscribe sue@reader.test"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			m := f.deliver(question("Sue <sue@reader.test>", "subscribe", "", tt.authres))
			wantOutcome(t, m, tt.outcome)
			if got := strings.Join(f.subs.calls, "|"); got != tt.calls {
				t.Errorf("subscriptions asked %q, want %q", got, tt.calls)
			}
		})
	}
}

// A question whose From the trusted server found forged is kept for the
// owner, but its acknowledgement, which repeats its title, does not go
// to the address it names.
func TestForgedQuestionGetsNoAcknowledgement(t *testing.T) {
	tests := []struct {
		name, authres string
		acks          int
	}{
		{"dmarc fails", "Authentication-Results: mx.helpline.test; dmarc=fail header.from=reader.test", 0},
		{"dmarc passes", "Authentication-Results: mx.helpline.test; dmarc=pass header.from=reader.test", 1},
		{"one of two signatures fails", "Authentication-Results: mx.helpline.test; dkim=permerror header.d=reader.test; " +
			"dkim=pass header.d=reader.test; dmarc=pass header.from=reader.test", 1},
		{"not checked", "X-Checked: no", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			m := f.deliver(question("Ann Runner <ann@reader.test>", "Cheap watches at spam.example", "Buy them now, really.", tt.authres))
			wantOutcome(t, m, data.OutcomeQuestion)
			if noted := strings.Contains(m.Reason, "not acknowledged"); noted != (tt.acks == 0) {
				t.Errorf("got reason %q, want the missing acknowledgement explained only when there is none", m.Reason)
			}
			if got := len(f.outbox(data.KindAck)); got != tt.acks {
				t.Errorf("got %d acknowledgements, want %d", got, tt.acks)
			}
			if got := len(f.outbox(data.KindNotify)); got != 1 {
				t.Errorf("got %d notifications, want the owner's one", got)
			}
		})
	}
}

// A question that is all quote is published as its quote, but no more of
// it than of any other question: the page, the feed and the owner's
// notification would each carry megabytes.
func TestQuestionOfQuotesIsCutAtMaxText(t *testing.T) {
	f := newFixture(t)
	m := f.deliver("From: Ann Runner <ann@reader.test>\nTo: ask@helpline.test\nSubject: Knee pain\n" +
		"Message-ID: <quotes@reader.test>\n\n" + strings.Repeat("> My knee hurts after long runs.\n", 4*maxText/32))
	q := f.question(m.QuestionID)
	if len(q.Body) > maxText || !strings.HasPrefix(q.Body, "> My knee hurts") {
		t.Errorf("got a body of %d bytes starting %q, want at most %d of the quote", len(q.Body), q.Body[:min(len(q.Body), 40)], maxText)
	}
}
