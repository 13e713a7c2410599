package inbox

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"helpline/data"
)

// ownerPass is what the trusted server writes over the owner's mail that
// their domain signed.
const ownerPass = "Authentication-Results: mx.helpline.test; dkim=pass header.d=helpline.test"

// forwardMail is a plain-text mail from from to the helpline with subject
// and text, and the extra header lines.
func forwardMail(from, subject, text string, extra ...string) string {
	msgSeq++
	h := fmt.Sprintf("From: %s\nTo: %s\nSubject: %s\nMessage-ID: <f%d.%d@helpline.test>\nDate: Mon, 30 Nov 2026 08:00:00 +0000\n",
		from, testMailbox, subject, msgSeq, time.Now().UnixNano())
	for _, e := range extra {
		h += e + "\n"
	}
	return h + "Content-Type: text/plain; charset=utf-8\n\n" + text + "\n"
}

// The forwarded header blocks of the common clients, each under a note of
// the owner's, over the reader's mail.
var inlineForwards = []struct {
	client, subject, text string
	asker, name, title    string
	day                   string
	body                  string
}{
	{
		client: "gmail", subject: "Fwd: Knee pain after long runs",
		text: "Lena asked me at the club, worth answering on the site.\n\n" +
			"---------- Forwarded message ---------\nFrom: *Lena Berg* <lena@reader.test>\n" +
			"Date: Mon, 2 Nov 2026 at 09:12\nSubject: Knee pain after long runs\nTo: Coach <coach@helpline.test>\n\n\n" +
			"Hi Coach,\n\nMy knee hurts after every run over 20 km. Should I stop?\n\nLena\n",
		asker: "lena@reader.test", name: "Lena Berg", title: "Knee pain after long runs", day: "2026-11-02",
		body: "My knee hurts after every run over 20 km.",
	},
	{
		client: "outlook", subject: "FW: Shin splints",
		text: "Can we take this one?\n\nCoach\n\n________________________________\n" +
			"From: Tom Weber <tom@reader.test>\nSent: Sunday, November 1, 2026 6:45 PM\n" +
			"To: Coach <coach@helpline.test>\nSubject: Shin splints\n\n" +
			"Hello, my shins ache on the first kilometres of every run. Is that shin splints?\n\nTom\n",
		asker: "tom@reader.test", name: "Tom Weber", title: "Shin splints", day: "2026-11-01",
		body: "my shins ache on the first kilometres",
	},
	{
		client: "apple mail", subject: "Fwd: Hydration on hot days",
		text: "For the site.\n\nBegin forwarded message:\n\nFrom: Mia Sato <mia@reader.test>\n" +
			"Subject: Hydration on hot days\nDate: 30 October 2026 at 08:05:12 GMT+1\nTo: Coach <coach@helpline.test>\n\n" +
			"How much should I drink on a two-hour run when it is hot?\n",
		asker: "mia@reader.test", name: "Mia Sato", title: "Hydration on hot days", day: "2026-10-30",
		body: "How much should I drink on a two-hour run",
	},
	{
		client: "thunderbird", subject: "Fwd: Tapering",
		text: "Another one for the helpline.\n\n-------- Forwarded Message --------\nSubject: \tTapering\n" +
			"Date: \tThu, 29 Oct 2026 17:20:03 +0100\nFrom: \tBen Ode <ben@reader.test>\nTo: \tcoach@helpline.test\n\n\n\n" +
			"How many weeks should I taper before a marathon?\n\nBen\n",
		asker: "ben@reader.test", name: "Ben Ode", title: "Tapering", day: "2026-10-29",
		body: "How many weeks should I taper",
	},
	{
		client: "gmail in german", subject: "WG: Laufschuhe",
		text: "Bitte beantworten.\n\n---------- Weitergeleitete Nachricht ---------\nVon: Jana Kurz <jana@reader.test>\n" +
			"Date: Tue, 3 Nov 2026 10:00:00 +0100\nBetreff: Laufschuhe\nAn: <coach@helpline.test>\n\n" +
			"Wie oft sollte ich meine Laufschuhe wechseln?\n",
		asker: "jana@reader.test", name: "Jana Kurz", title: "Laufschuhe", day: "2026-11-03",
		body: "Wie oft sollte ich meine Laufschuhe wechseln?",
	},
	{
		// "VS:" is a forward in Norwegian and a reply in Finnish: with
		// no In-Reply-To it is a forward.
		client: "outlook in norwegian", subject: "VS: Knær",
		text: "Kan du svare på denne?\n\n________________________________\nFra: Ola Nordmann <ola@reader.test>\n" +
			"Sendt: 2. november 2026 09:12\nTil: Coach <coach@helpline.test>\nEmne: Knær\n\nKnærne mine verker etter lange turer.\n",
		asker: "ola@reader.test", name: "Ola Nordmann", title: "Knær", day: "2026-11-02",
		body: "Knærne mine verker etter lange turer.",
	},
	{
		client: "ios mail, quoted", subject: "Fwd: Cramps",
		text: "For the site.\n\nSent from my iPhone\n\nBegin forwarded message:\n\n> From: Mia Sato <mia@reader.test>\n" +
			"> Date: 30 October 2026 at 08:05:12 GMT+1\n> To: Coach <coach@helpline.test>\n> Subject: Cramps\n> \n" +
			"> Why do I get calf cramps after 30 km?\n> \n> Mia\n",
		asker: "mia@reader.test", name: "Mia Sato", title: "Cramps", day: "2026-10-30",
		body: "Why do I get calf cramps after 30 km?",
	},
	{
		// The owner had it from their other address, where the reader
		// wrote: the question is the reader's within.
		client: "a forward of a forward", subject: "Fwd: Fwd: Knee",
		text: "Worth it.\n\n---------- Forwarded message ---------\nFrom: Coach <coach@helpline.test>\n" +
			"Date: Tue, 3 Nov 2026 at 10:00\nSubject: Fwd: Knee\nTo: <coach@helpline.test>\n\n\n\n" +
			"---------- Forwarded message ---------\nFrom: Lena Berg <lena@reader.test>\nDate: Mon, 2 Nov 2026 at 09:12\n" +
			"Subject: Knee\nTo: <coach@helpline.test>\n\n\nMy knee hurts after runs.\n",
		asker: "lena@reader.test", name: "Lena Berg", title: "Knee", day: "2026-11-02",
		body: "My knee hurts after runs.",
	},
	{
		// A reader passed on a friend's mail with words of their own:
		// they asked, and their question holds both.
		client: "a reader's forward with their words", subject: "Fwd: Fwd: Knee",
		text: "From the club.\n\n---------- Forwarded message ---------\nFrom: Sam Club <sam@club.test>\n" +
			"Date: Tue, 3 Nov 2026 at 10:00\nSubject: Fwd: Knee\nTo: <coach@helpline.test>\n\n\nCoach, can you help my friend?\n\n" +
			"---------- Forwarded message ---------\nFrom: Lena Berg <lena@reader.test>\nDate: Mon, 2 Nov 2026 at 09:12\n" +
			"Subject: Knee\nTo: <sam@club.test>\n\n\nMy knee hurts after runs.\n",
		asker: "sam@club.test", name: "Sam Club", title: "Knee", day: "2026-11-03",
		body: "Coach, can you help my friend?\n\nMy knee hurts after runs.",
	},
	{
		client: "a forward of a reader's forward", subject: "Fwd: Fwd: Knee",
		text: "From the club.\n\n---------- Forwarded message ---------\nFrom: Sam Club <sam@club.test>\n" +
			"Date: Tue, 3 Nov 2026 at 10:00\nSubject: Fwd: Knee\nTo: <coach@helpline.test>\n\n\n\n" +
			"---------- Forwarded message ---------\nFrom: Lena Berg <lena@reader.test>\nDate: Mon, 2 Nov 2026 at 09:12\n" +
			"Subject: Knee\nTo: <sam@club.test>\n\n\nMy knee hurts after runs.\n",
		asker: "lena@reader.test", name: "Lena Berg", title: "Knee", day: "2026-11-02",
		body: "My knee hurts after runs.",
	},
}

func TestOwnerForwardsInline(t *testing.T) {
	for _, tt := range inlineForwards {
		t.Run(tt.client, func(t *testing.T) {
			f := newFixture(t)
			m := f.deliver(forwardMail("Coach <"+testOwner+">", tt.subject, tt.text, ownerPass))
			wantOutcome(t, m, data.OutcomeQuestion)
			q := f.question(m.QuestionID)
			if q.AskerEmail != tt.asker || q.AskerName != tt.name {
				t.Errorf("asker = %q <%s>, want %q <%s>", q.AskerName, q.AskerEmail, tt.name, tt.asker)
			}
			if q.Title != tt.title {
				t.Errorf("title = %q, want %q", q.Title, tt.title)
			}
			if !strings.Contains(q.Body, tt.body) {
				t.Errorf("body = %q, want it to hold %q", q.Body, tt.body)
			}
			note, _, _ := strings.Cut(tt.text, "\n")
			for _, not := range []string{note, "@", "Forward", "Subject"} {
				if strings.Contains(q.Body, not) {
					t.Errorf("body = %q, which holds %q", q.Body, not)
				}
			}
			if got := q.AskedAt.UTC().Format(time.DateOnly); got != tt.day {
				t.Errorf("asked on %s, want %s", got, tt.day)
			}
			if !strings.Contains(m.Reason, note) {
				t.Errorf("reason = %q, want the owner's note %q in it", m.Reason, note)
			}
			f.wantForwardMails(t, q, note)
		})
	}
}

// wantForwardMails checks the mails a forwarded question causes: the
// owner's notification, with their note, and no acknowledgement.
func (f *fixture) wantForwardMails(t *testing.T, q *data.Question, note string) {
	t.Helper()
	if acks := f.outbox(data.KindAck); len(acks) != 0 {
		t.Errorf("acknowledged to %s, want no acknowledgement", acks[0].To)
	}
	notify := f.outbox(data.KindNotify)
	if len(notify) != 1 || notify[0].QuestionID != q.ID {
		t.Fatalf("got %d notifications, want one for question %d", len(notify), q.ID)
	}
	text := strings.Join(strings.Fields(notify[0].Text), " ")
	if !strings.Contains(text, q.AskerEmail) || (note != "" && !strings.Contains(text, "> "+note)) {
		t.Errorf("notification = %q, want the asker %s and the note %q", text, q.AskerEmail, note)
	}
}

func (f *fixture) question(id int64) *data.Question {
	f.t.Helper()
	q, err := f.db.QuestionByID(context.Background(), id)
	if err != nil {
		f.t.Fatalf("question %d: %v", id, err)
	}
	return q
}

// attachedForward is the owner's mail forwarding a reader's as an
// attachment, as Thunderbird and Outlook do when asked to.
const attachedForward = `From: Coach <coach@helpline.test>
To: ask@helpline.test
Subject: Fwd: Cadence
Message-ID: <att1@helpline.test>
Date: Mon, 30 Nov 2026 08:00:00 +0000
Authentication-Results: mx.helpline.test; dkim=pass header.d=helpline.test
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b1"

--b1
Content-Type: text/plain; charset=utf-8

Ola's question, see the attached mail.

--b1
Content-Type: message/rfc822
Content-Disposition: attachment; filename="Cadence.eml"

From: Ola Nordmann <ola@reader.test>
To: Coach <coach@helpline.test>
Subject: Re: Cadence
Message-ID: <cadence.1@reader.test>
Date: Wed, 4 Nov 2026 07:30:00 +0100
Content-Type: text/plain; charset=utf-8

Should I aim for 180 steps a minute on easy runs?

Ola

On Tue, 3 Nov 2026, Coach <coach@helpline.test> wrote:
> Ask me on the helpline.

--b1--
`

func TestOwnerForwardsAsAttachment(t *testing.T) {
	f := newFixture(t)
	m := f.deliver(attachedForward)
	wantOutcome(t, m, data.OutcomeQuestion)
	q := f.question(m.QuestionID)
	if q.AskerEmail != "ola@reader.test" || q.AskerName != "Ola Nordmann" || q.Title != "Cadence" {
		t.Errorf("question = %q by %q <%s>, want Cadence by Ola Nordmann <ola@reader.test>", q.Title, q.AskerName, q.AskerEmail)
	}
	if want := "Should I aim for 180 steps a minute on easy runs?\n\nOla"; q.Body != want {
		t.Errorf("body = %q, want %q", q.Body, want)
	}
	if q.MessageID != "cadence.1@reader.test" {
		t.Errorf("message id = %q, want the forwarded mail's, which the answer is threaded under", q.MessageID)
	}
	if got := q.AskedAt.UTC().Format(time.DateOnly); got != "2026-11-04" {
		t.Errorf("asked on %s, want 2026-11-04", got)
	}
	f.wantForwardMails(t, q, "Ola's question, see the attached mail.")
}

// A forward whose sender cannot be read is the owner's question, but still
// the forwarded one, and unacknowledged.
func TestOwnerForwardWithoutSender(t *testing.T) {
	f := newFixture(t)
	text := "Lena, by phone.\n\n---------- Forwarded message ---------\nFrom: Lena\nDate: Mon, 2 Nov 2026 at 09:12\n" +
		"Subject: Knee pain\nTo: Coach <coach@helpline.test>\n\nMy knee hurts after long runs.\n"
	m := f.deliver(forwardMail("Coach <"+testOwner+">", "Fwd: Knee pain", text, ownerPass))
	wantOutcome(t, m, data.OutcomeQuestion)
	q := f.question(m.QuestionID)
	if q.AskerEmail != testOwner || q.Title != "Knee pain" || q.Body != "My knee hurts after long runs." {
		t.Errorf("question = %q, %q by %s; want Knee pain, the forwarded text, by the owner", q.Title, q.Body, q.AskerEmail)
	}
	if !strings.Contains(m.Reason, "so the owner is the asker") {
		t.Errorf("reason = %q, want it to say the owner is the asker", m.Reason)
	}
	f.wantForwardMails(t, q, "Lena, by phone.")
}

// A forwarded mail from a machine's address is no reader's: the answer
// would bounce there, so the owner is the asker.
func TestOwnerForwardOfAMachinesMail(t *testing.T) {
	f := newFixture(t)
	text := "Is this worth a post?\n\n---------- Forwarded message ---------\nFrom: Race Office <no-reply@race.test>\n" +
		"Date: Mon, 2 Nov 2026 at 09:12\nSubject: Your start time\nTo: <coach@helpline.test>\n\nYour start is at 9:40, wave C.\n"
	m := f.deliver(forwardMail("Coach <"+testOwner+">", "Fwd: Your start time", text, ownerPass))
	wantOutcome(t, m, data.OutcomeQuestion)
	if q := f.question(m.QuestionID); q.AskerEmail != testOwner || q.Title != "Your start time" {
		t.Errorf("question = %q by %s, want Your start time by the owner", q.Title, q.AskerEmail)
	}
}

// Mail that is not the owner's forward stays what it was: a stranger's
// forward is their question, acknowledged to them; the owner's mail
// without the trusted server's word, or that forwards nothing, is the
// owner's own question (acknowledged, unless the trusted server found it
// forged).
func TestForwardsThatAreNotTheOwners(t *testing.T) {
	gmail := inlineForwards[0]
	tests := []struct {
		name, from, subject, text string
		extra                     []string
		asker, title              string
		// forged is mail the trusted server found forged, which is kept
		// but acknowledged to nobody.
		forged bool
	}{
		{"a stranger's forward", "Pat Doe <pat@reader.test>", gmail.subject, gmail.text, nil,
			"pat@reader.test", "Knee pain after long runs", false},
		{"the owner's, not vouched for", "Coach <" + testOwner + ">", gmail.subject, gmail.text, nil,
			testOwner, "Knee pain after long runs", false},
		{"the owner's, failing DMARC", "Coach <" + testOwner + ">", gmail.subject, gmail.text,
			[]string{"Authentication-Results: mx.helpline.test; dmarc=fail header.from=helpline.test"}, testOwner, "Knee pain after long runs", true},
		{"the owner's, forwarding nothing", "Coach <" + testOwner + ">", "Strides before a race",
			"Should I do strides before a 10k?", []string{ownerPass}, testOwner, "Strides before a race", false},
		{"the owner's reply to someone, quoting", "Coach <" + testOwner + ">", "Re: Strides",
			"Yes, four of them.\n\nFrom: Tom Weber <tom@reader.test>\nSent: Sunday, November 1, 2026 6:45 PM\n" +
				"To: Coach <coach@helpline.test>\nSubject: Strides\n\nHow many strides?\n",
			[]string{ownerPass, "In-Reply-To: <strides@reader.test>"}, testOwner, "Strides", false},
		{"the owner's reply from a webmail that drops In-Reply-To", "Coach <" + testOwner + ">", "RE: Strides",
			"Yes, four of them.\n\n________________________________\nFrom: Tom Weber <tom@reader.test>\n" +
				"Sent: Sunday, November 1, 2026 6:45 PM\nTo: Coach <coach@helpline.test>\nSubject: Strides\n\nHow many strides?\n",
			[]string{ownerPass}, testOwner, "Strides", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			m := f.deliver(forwardMail(tt.from, tt.subject, tt.text, tt.extra...))
			wantOutcome(t, m, data.OutcomeQuestion)
			q := f.question(m.QuestionID)
			if q.AskerEmail != tt.asker || q.Title != tt.title {
				t.Errorf("question = %q by %s, want %q by %s", q.Title, q.AskerEmail, tt.title, tt.asker)
			}
			if strings.Contains(m.Reason, "forwarded") {
				t.Errorf("reason = %q, want it not taken for the owner's forward", m.Reason)
			}
			acks := f.outbox(data.KindAck)
			switch {
			case tt.forged && len(acks) != 0:
				t.Errorf("got %d acknowledgements of forged mail, want none", len(acks))
			case !tt.forged && (len(acks) != 1 || acks[0].To != tt.asker):
				t.Errorf("got %d acknowledgements, want one to %s", len(acks), tt.asker)
			}
		})
	}
}

// The owner answers a forwarded question as any other, and its asker gets
// the answer; the same forward twice is filed once.
func TestForwardedQuestionIsAnsweredToItsAsker(t *testing.T) {
	f := newFixture(t)
	gmail := inlineForwards[0]
	raw := forwardMail("Coach <"+testOwner+">", gmail.subject, gmail.text, ownerPass)
	q := f.question(f.deliver(raw).QuestionID)
	again := f.deliver(forwardMail("Coach <"+testOwner+">", gmail.subject, gmail.text, ownerPass))
	wantOutcome(t, again, data.OutcomeDuplicate)
	if again.QuestionID != q.ID {
		t.Errorf("the second forward points at question %d, want %d", again.QuestionID, q.ID)
	}
	notify := f.outbox(data.KindNotify)
	if len(notify) != 1 {
		t.Fatalf("got %d notifications, want 1", len(notify))
	}
	wantOutcome(t, f.deliver(ownerReply(testOwner, notify[0].ReplyTo, "", "Rest a week, then build up again.")), data.OutcomeAnswer)
	answered := f.outbox(data.KindAnswered)
	if len(answered) != 1 || answered[0].To != "lena@reader.test" || !strings.Contains(answered[0].Text, "Rest a week") {
		t.Fatalf("answered mails = %+v, want one with the answer to lena@reader.test", answered)
	}
}

// A line of its own inside a forward's header block, "Reply to ... or
// call", does not end the block: the fields under it are not taken for
// the reader's text, nor for a history that would cut it. An address in
// what stays is hidden, as in any question.
func TestForwardHeaderBrokenByALine(t *testing.T) {
	f := newFixture(t)
	text := "See below.\n\n---------- Forwarded message ---------\nFrom: Lena Berg <lena@reader.test>\n" +
		"Reply to lena@reader.test or call\nDate: Mon, 2 Nov 2026 at 09:12\nSubject: Knee pain\nTo: Coach <coach@helpline.test>\n\n" +
		"My knee hurts. Write to lena@reader.test please.\n"
	m := f.deliver(forwardMail("Coach <"+testOwner+">", "Fwd: Knee pain", text, ownerPass))
	wantOutcome(t, m, data.OutcomeQuestion)
	q := f.question(m.QuestionID)
	if want := "My knee hurts. Write to [address hidden] please."; q.Body != want || q.AskerEmail != "lena@reader.test" {
		t.Errorf("question = %q by %s, want %q by lena@reader.test", q.Body, q.AskerEmail, want)
	}
	if got := q.AskedAt.UTC().Format(time.DateOnly); got != "2026-11-02" {
		t.Errorf("asked on %s, want the date under the line, 2026-11-02", got)
	}
}

// Thunderbird's HTML-only forward puts the header fields in a table; its
// cells are read as the fields' values, and the reader's addresses in
// mailto links of the text are hidden as in any question.
func TestOwnerForwardInThunderbirdsTable(t *testing.T) {
	f := newFixture(t)
	html := `<html><body><p>For the site.</p><div class="moz-forward-container"><br><br>-------- Forwarded Message --------
<table class="moz-email-headers-table" border="0" cellpadding="0" cellspacing="0"><tbody>
<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">Subject: </th><td>Tapering</td></tr>
<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">Date: </th><td>Thu, 29 Oct 2026 17:20:03 +0100</td></tr>
<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">From: </th><td>Ben Ode <a href="mailto:ben@reader.test">&lt;ben@reader.test&gt;</a></td></tr>
<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">To: </th><td><a href="mailto:coach@helpline.test">coach@helpline.test</a></td></tr>
</tbody></table><br><p>How many weeks should I taper? Mail <a href="mailto:ben@reader.test">me</a>.</p><p>Ben</p></div></body></html>`
	raw := strings.Replace(forwardMail("Coach <"+testOwner+">", "Fwd: Tapering", html, ownerPass), "text/plain", "text/html", 1)
	m := f.deliver(raw)
	wantOutcome(t, m, data.OutcomeQuestion)
	q := f.question(m.QuestionID)
	if q.AskerEmail != "ben@reader.test" || q.AskerName != "Ben Ode" || q.Title != "Tapering" {
		t.Errorf("question = %q by %q <%s>, want Tapering by Ben Ode <ben@reader.test>", q.Title, q.AskerName, q.AskerEmail)
	}
	if got := q.AskedAt.UTC().Format(time.DateOnly); got != "2026-10-29" {
		t.Errorf("asked on %s, want 2026-10-29", got)
	}
	if strings.Contains(q.Body, "@") || !strings.Contains(q.Body, "How many weeks should I taper?") {
		t.Errorf("body = %q, want the reader's text without their address", q.Body)
	}
}

// Outlook forwards the mails selected together as attachments of one
// mail. The first is filed; the owner is told of the others, which are
// not, in the notification.
func TestOwnerForwardsTwoMailsAttached(t *testing.T) {
	f := newFixture(t)
	second := "--b1\nContent-Type: message/rfc822\nContent-Disposition: attachment; filename=\"Hills.eml\"\n\n" +
		"From: Tom Weber <tom@reader.test>\nTo: Coach <coach@helpline.test>\nSubject: Hills\nMessage-ID: <hills.1@reader.test>\n" +
		"Date: Thu, 5 Nov 2026 07:30:00 +0100\nContent-Type: text/plain; charset=utf-8\n\nHow do I run hills?\n\n--b1--\n"
	m := f.deliver(strings.Replace(attachedForward, "--b1--\n", second, 1))
	wantOutcome(t, m, data.OutcomeQuestion)
	if q := f.question(m.QuestionID); q.Title != "Cadence" {
		t.Errorf("title = %q, want the first mail's, Cadence", q.Title)
	}
	notify := f.outbox(data.KindNotify)
	if len(notify) != 1 {
		t.Fatalf("got %d notifications, want 1", len(notify))
	}
	text := strings.Join(strings.Fields(notify[0].Text), " ")
	if !strings.Contains(text, "You forwarded 1 more mail with it, attached, which is not filed") {
		t.Errorf("notification = %q, want it to say that the second mail is not filed", text)
	}
}

// The dates clients write over a forward in their user's language read
// as the day the reader wrote; one that cannot be read is no date.
func TestForwardedDates(t *testing.T) {
	tests := []struct{ client, value, want string }{
		{"gmail", "Mon, 2 Nov 2026 at 09:12", "2026-11-02 09:12"},
		{"gmail's app", "Mon, Nov 2, 2026, 9:12 AM", "2026-11-02 09:12"},
		{"outlook's app", "Monday, November 2, 2026 9:12:34 AM", "2026-11-02 09:12"},
		{"outlook", "Sunday, November 1, 2026 6:45 PM", "2026-11-01 18:45"},
		{"gmail in french", "lun. 2 nov. 2026 à 09:12", "2026-11-02 09:12"},
		{"gmail in german", "Mo., 2. Nov. 2026 um 09:12 Uhr", "2026-11-02 09:12"},
		{"gmail in spanish", "lun, 2 nov 2026 a las 9:12", "2026-11-02 09:12"},
		{"gmail in dutch", "ma 2 nov. 2026 om 09:12", "2026-11-02 09:12"},
		{"gmail in portuguese", "seg., 2 de nov. de 2026 às 09:12", "2026-11-02 09:12"},
		{"outlook in spanish", "lunes, 2 de noviembre de 2026 9:12", "2026-11-02 09:12"},
		{"outlook in german", "Montag, 2. März 2026 09:12", "2026-03-02 09:12"},
		{"outlook in french", "mardi 1 juillet 2025 18:40", "2025-07-01 18:40"},
		{"outlook in french, june", "dimanche 1 juin 2025 18:40", "2025-06-01 18:40"},
		{"outlook in dutch", "maandag 2 november 2026 09:12", "2026-11-02 09:12"},
		{"a script", "2026-11-02 09:12 CET", "2026-11-02 09:12"},
		{"dotted", "02.11.2026 09:12", "2026-11-02 09:12"},
		{"no such day", "31 nov. 2026 09:12", ""},
		{"no date", "yesterday morning", ""},
	}
	for _, tt := range tests {
		t.Run(tt.client, func(t *testing.T) {
			got := ""
			if d := forwardedDate(tt.value); !d.IsZero() {
				got = d.UTC().Format("2006-01-02 15:04")
			}
			if got != tt.want {
				t.Errorf("forwardedDate(%q) = %q, want %q", tt.value, got, tt.want)
			}
		})
	}
}

// A mailing list that rewrites its members' From puts its own address in
// a member's name: the answer must not go to every member. Attached
// whole, the mail names the member in Reply-To.
func TestOwnerForwardOfAListsMail(t *testing.T) {
	t.Run("inline", func(t *testing.T) {
		f := newFixture(t)
		text := "From the club list.\n\n---------- Forwarded message ---------\nFrom: 'Lena Berg' via Club <club@lists.test>\n" +
			"Date: Mon, 2 Nov 2026 at 09:12\nSubject: [club] Knee\nTo: Club <club@lists.test>\n\nMy knee hurts after long runs.\n"
		m := f.deliver(forwardMail("Coach <"+testOwner+">", "Fwd: [club] Knee", text, ownerPass))
		wantOutcome(t, m, data.OutcomeQuestion)
		if q := f.question(m.QuestionID); q.AskerEmail != testOwner || q.Title != "Knee" {
			t.Errorf("question = %q by %s, want Knee by the owner", q.Title, q.AskerEmail)
		}
	})
	t.Run("attached", func(t *testing.T) {
		f := newFixture(t)
		raw := strings.Replace(attachedForward, "From: Ola Nordmann <ola@reader.test>\n",
			"From: 'Ola Nordmann' via Club <club@lists.test>\nReply-To: Ola Nordmann <ola@reader.test>\nList-Id: <club.lists.test>\n", 1)
		m := f.deliver(raw)
		wantOutcome(t, m, data.OutcomeQuestion)
		if q := f.question(m.QuestionID); q.AskerEmail != "ola@reader.test" {
			t.Errorf("asker = %s, want the member named in Reply-To, ola@reader.test", q.AskerEmail)
		}
	})
}

// A reader who wrote to the owner and the helpline both has a question
// already; the owner's forward of their mail refers to it, as Gmail's
// does, and is filed as that question again, not taken for an answer.
func TestOwnerForwardOfAQuestionFiledAlready(t *testing.T) {
	f := newFixture(t)
	gmail := inlineForwards[0]
	_, reader, _ := strings.Cut(gmail.text, "\n\n\n")
	first := f.deliver("From: Lena Berg <lena@reader.test>\nTo: coach@helpline.test, " + testMailbox + "\nSubject: " + gmail.title +
		"\nMessage-ID: <lena.1@reader.test>\nDate: Mon, 2 Nov 2026 09:12:00 +0000\nContent-Type: text/plain\n\n" + reader)
	wantOutcome(t, first, data.OutcomeQuestion)
	m := f.deliver(forwardMail("Coach <"+testOwner+">", gmail.subject, gmail.text, ownerPass,
		"In-Reply-To: <lena.1@reader.test>", "References: <lena.1@reader.test>"))
	wantOutcome(t, m, data.OutcomeDuplicate)
	if q := f.question(first.QuestionID); q.Answer != "" || m.QuestionID != q.ID {
		t.Errorf("question %d answered %q, want the forward pointing at it, unanswered", m.QuestionID, q.Answer)
	}
	if answered := f.outbox(data.KindAnswered); len(answered) != 0 {
		t.Errorf("mailed %s that their question was answered, want nothing", answered[0].To)
	}
}

// The owner forwards a reader's question from the helpline mailbox to
// someone whose advice they want: the copy in Sent refers to the
// question but does not answer it.
func TestOwnerForwardIsNoAnswer(t *testing.T) {
	f := newFixture(t)
	first := f.deliver("From: Lena Berg <lena@reader.test>\nTo: " + testMailbox + "\nSubject: Knee pain\n" +
		"Message-ID: <lena.2@reader.test>\nDate: Mon, 2 Nov 2026 10:00:00 +0000\nContent-Type: text/plain\n\n" +
		"My knee hurts after every run over 20 km.\n")
	wantOutcome(t, first, data.OutcomeQuestion)
	sent := f.deliverSent("From: Test Helpline <" + testMailbox + ">\nTo: Sam Physio <sam@physio.test>\nSubject: Fwd: Knee pain\n" +
		"Message-ID: <fw.1@helpline.test>\nIn-Reply-To: <lena.2@reader.test>\nReferences: <lena.2@reader.test>\n" +
		"Date: Mon, 30 Nov 2026 09:12:00 +0000\nContent-Type: text/plain\n\nSam, what would you tell her?\n\n" +
		"---------- Forwarded message ---------\nFrom: Lena Berg <lena@reader.test>\nDate: Mon, 2 Nov 2026 at 10:00\n" +
		"Subject: Knee pain\nTo: <" + testMailbox + ">\n\nMy knee hurts after every run over 20 km.\n")
	wantOutcome(t, sent, data.OutcomeSent)
	if q := f.question(first.QuestionID); q.Answer != "" {
		t.Errorf("answer = %q, want none", q.Answer)
	}
}

// A reader's reply to the owner, forwarded, quotes the owner's earlier
// mail under a header block: that is its history, not a forward within,
// and the owner's private advice stays off the question.
func TestForwardedReplyKeepsItsQuoteOut(t *testing.T) {
	outlookQuote := "________________________________\nFrom: Coach <coach@helpline.test>\nSent: Tuesday, November 3, 2026 6:45 PM\n" +
		"To: Ola Nordmann <ola@reader.test>\nSubject: Re: Cadence\n\nMy private advice is 175.\n"
	tests := []struct{ name, raw, body string }{
		{"attached", strings.Replace(attachedForward,
			"Ola\n\nOn Tue, 3 Nov 2026, Coach <coach@helpline.test> wrote:\n> Ask me on the helpline.\n", "Ola\n\n"+outlookQuote, 1),
			"Should I aim for 180 steps a minute on easy runs?\n\nOla"},
		{"inline", forwardMail("Coach <"+testOwner+">", "Fwd: Re: Cadence", "See below.\n\n---------- Forwarded message ---------\n"+
			"From: Ola Nordmann <ola@reader.test>\nDate: Wed, 4 Nov 2026 at 07:30\nSubject: Re: Cadence\nTo: <coach@helpline.test>\n\n"+
			"Thanks! And on hills?\n\n"+outlookQuote, ownerPass),
			"Thanks! And on hills?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			m := f.deliver(tt.raw)
			wantOutcome(t, m, data.OutcomeQuestion)
			if q := f.question(m.QuestionID); q.Body != tt.body || q.AskerEmail != "ola@reader.test" {
				t.Errorf("question = %q by %s, want %q by ola@reader.test", q.Body, q.AskerEmail, tt.body)
			}
		})
	}
}
