package inbox

import (
	"encoding/base64"
	"fmt"
	"html"
	"mime/quotedprintable"
	"strings"
	"testing"
)

// TestAnswersComeOutWhole puts every answer of wholeAnswers into the
// reply each of the owner's clients makes over a notification, parses the
// mail and reads its answer: all that was typed must come out, less the
// "-- " signature, the quote and the app's footer.
func TestAnswersComeOutWhole(t *testing.T) {
	for _, s := range replyShapes {
		t.Run(s.name, func(t *testing.T) { checkWhole(t, s) })
	}
}

// checkWhole runs every answer of wholeAnswers through shape s.
func checkWhole(t *testing.T, s replyShape) {
	t.Helper()
	for i, a := range wholeAnswers {
		if i%raceStride != 0 {
			continue
		}
		if why := s.skip(a); why != "" {
			t.Logf("%s: left out: %s", a.name, why)
			continue
		}
		m, err := Parse([]byte(s.mail(a)))
		if err != nil {
			t.Fatalf("%s: parse: %v", a.name, err)
		}
		want := tidy(a.text)
		if s.inline {
			first, rest, ok := strings.Cut(a.text, "\n\n")
			if !ok {
				continue // one paragraph answers nothing in between
			}
			want = tidy(quoteLines(notifyAsk1) + "\n\n" + first + "\n\n" + quoteLines(notifyAsk2) + "\n\n" + rest)
		}
		got := tidy(Answer(m))
		also := want
		if s.orAlso != nil {
			also = tidy(s.orAlso(a))
		}
		if s.htmlOnly {
			got, want, also = oneSpace(got), oneSpace(want), oneSpace(also)
		}
		// A closing alone under the second question is a sign-off,
		// not its answer: the quote over it goes by design, and the
		// answer reads as typed without the question around it.
		if s.inline && got == tidy(a.text) {
			continue
		}
		if got != want && got != also {
			t.Errorf("%s:\ngot  %q\nwant %q", a.name, got, want)
		}
		// The HTML part must read the same on its own, as it is
		// read when the plain part is missing or left nothing. Its
		// runs of spaces, no-break ones too, read as one by design:
		// senders' editors write "&nbsp; " for the spaces between
		// sentences, so an indent or aligned columns typed with
		// spaces show only in the plain part, which Answer prefers.
		if m.HTML == "" {
			continue
		}
		want = oneSpace(want)
		if got := oneSpace(tidy(TrimHTMLReply(m.HTML))); got != want && got != oneSpace(also) && !(s.inline && got == oneSpace(tidy(a.text))) {
			t.Errorf("%s, html part:\ngot  %q\nwant %q", a.name, got, want)
		}
	}
}

// oneSpace is text with each run of spaces read as one and none at the
// start of a line, as HTML lays words out.
func oneSpace(text string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = strings.Join(strings.Fields(l), " ")
	}
	return strings.Join(lines, "\n")
}

// The notification the owner replies to, as helpline writes it.
const (
	notifyAsk1     = "Hi, my calves hurt after every long run."
	notifyAsk2     = "Should I stop running for a while?"
	notifyQuestion = notifyAsk1 + "\n\n" + notifyAsk2 + "\n\nThanks, Lena"
	notifyText     = "New question #12 from Lena Fischer <lena@example.net>\nTitle: Calf pain after long runs\n\n" +
		notifyQuestion + "\n\n" + notifyFooter
	notifyFooter = "---\nReply to this mail to publish your answer, above or below the quote; the\n" +
		"quote and your signature are left out. A later reply replaces the answer.\n" +
		"Write !hide as the first line to withdraw the question, !show to bring it\n" +
		"back, or !title and a new title to rename it.\nAsker's message: <q12@example.net>"
	helplineAddr = "ask+a.k3j9q2@helpline.test"
)

// replyShape is one client's reply to the notification.
type replyShape struct {
	name string
	mail func(a ownerAnswer) string
	// inline is set where the owner answers under the quoted question,
	// which then stays as the context of the answer.
	inline bool
	// htmlOnly is set for a mail with no plain part, whose runs of
	// spaces read as one (see below).
	htmlOnly bool
	// unreadable says why an answer cannot be told from the quote in
	// this shape by anyone, or "".
	unreadable func(a ownerAnswer) string
	// orAlso, where set, is what the shape may publish of a besides the
	// answer alone: a client that writes the owner's signature with no
	// mark over it leaves it to be told by its lines, and an answer that
	// keeps it has lost nothing.
	orAlso func(a ownerAnswer) string
}

// skip says why a answers nothing in shape s, or "".
func (s replyShape) skip(a ownerAnswer) string {
	if s.unreadable == nil {
		return ""
	}
	return s.unreadable(a)
}

// citesFirst is an answer whose first line is a citation of the owner's
// own: typed right under the client's quote, with no blank line, it
// continues that quote.
func citesFirst(a ownerAnswer) string {
	if isQuoteLine(a.text) {
		return "its first line is a quote of the owner's, run on from the client's quote"
	}
	return ""
}

// citesInline is an answer holding quote lines of the owner's own, which
// between the pieces of the client's quote no reader can tell from them.
func citesInline(a ownerAnswer) string {
	for _, l := range strings.Split(a.text, "\n") {
		if isQuoteLine(l) {
			return "quote lines of the owner's own between the client's"
		}
	}
	return ""
}

var replyShapes = []replyShape{
	{name: "gmail plain", mail: func(a ownerAnswer) string {
		return plainMail(gmailPlain(a), "quoted-printable", false)
	}},
	{name: "gmail html", mail: func(a ownerAnswer) string {
		return altMail(gmailPlain(a), gmailHTML(a), "quoted-printable")
	}},
	{name: "outlook original message", mail: func(a ownerAnswer) string {
		return plainMail(typed(a)+"\n\n-----Original Message-----\n"+outlookFields("\n")+"\n\n"+notifyText, "quoted-printable", false)
	}},
	{name: "outlook header block", mail: func(a ownerAnswer) string {
		return plainMail(outlookPlain(a, ""), "quoted-printable", false)
	}},
	{name: "outlook desktop html", mail: func(a ownerAnswer) string {
		return altMail(outlookPlain(a, ""), outlookDesktopHTML(a), "base64")
	}},
	{name: "outlook web html", mail: func(a ownerAnswer) string {
		return altMail(outlookPlain(a, ""), outlookWebHTML(a), "quoted-printable")
	}},
	{name: "outlook ios", mail: func(a ownerAnswer) string {
		return altMail(outlookPlain(a, "Get Outlook for iOS<https://aka.ms/o0ukef>"), outlookMobileHTML(a), "base64")
	}},
	{name: "iphone", mail: func(a ownerAnswer) string {
		return altMail(iphonePlain(a), iphoneHTML(a), "quoted-printable")
	}},
	{name: "apple mail html", mail: func(a ownerAnswer) string {
		return altMail(applePlain(a), appleHTML(a), "quoted-printable")
	}},
	{name: "thunderbird flowed", mail: func(a ownerAnswer) string {
		return plainMail(thunderbirdPlain(a), "8bit", true)
	}},
	{name: "thunderbird html", mail: func(a ownerAnswer) string {
		return altMail(thunderbirdPlain(a), thunderbirdHTML(a), "8bit")
	}},
	{name: "thunderbird bottom-posted flowed", mail: func(a ownerAnswer) string {
		return plainMail(thunderbirdAttribution+"\n"+quoteLines(notifyText)+"\n\n"+typed(a)+"\n", "8bit", true)
	}},
	{name: "outlook android", mail: func(a ownerAnswer) string {
		return plainMail(outlookPlain(a, "Get Outlook for Android<https://aka.ms/AAb9ysg>"), "quoted-printable", false)
	}},
	{name: "windows mail", mail: func(a ownerAnswer) string {
		return plainMail(outlookPlain(a, "Sent from Mail<https://go.microsoft.com/fwlink/?LinkId=550986> for Windows"), "quoted-printable", false)
	}},
	{name: "german iphone plain", mail: func(a ownerAnswer) string {
		q := quoteEmpty("Am 03.06.2025 um 10:12 schrieb Helpline <"+helplineAddr+">:\n\n"+notifyText, "> ")
		return plainMail(typed(a)+"\n\nVon meinem iPhone gesendet\n\n"+q+"\n", "quoted-printable", false)
	}},
	{name: "neomutt bottom-posted", mail: func(a ownerAnswer) string {
		return plainMail("* Helpline <"+helplineAddr+"> [2025-06-03 10:12]:\n"+quoteLines(notifyText)+"\n\n"+typed(a)+"\n", "8bit", false)
	}},
	{name: "outlook web html only", htmlOnly: true, mail: func(a ownerAnswer) string {
		return htmlMail(outlookWebHTML(a))
	}},
	{name: "apple mail html only", htmlOnly: true, mail: func(a ownerAnswer) string {
		return htmlMail(appleHTML(a))
	}},
	{name: "mutt top-posted", mail: func(a ownerAnswer) string {
		body := a.text + "\n\n" + muttAttribution + "\n" + quoteLines(notifyText) + "\n"
		if a.sig != "" {
			body += "\n-- \n" + a.sig + "\n"
		}
		return plainMail(body, "8bit", false)
	}},
	{name: "mutt bottom-posted", mail: func(a ownerAnswer) string {
		return plainMail(muttAttribution+"\n"+quoteLines(notifyText)+"\n\n"+typed(a)+"\n", "8bit", false)
	}},
	{name: "s-nail bottom-posted", mail: func(a ownerAnswer) string {
		return plainMail("Helpline <"+helplineAddr+"> wrote:\n\n"+quoteLines(notifyText)+"\n"+typed(a)+"\n", "quoted-printable", false)
	}, unreadable: citesFirst},
	{name: "inline between the question's paragraphs", inline: true, mail: func(a ownerAnswer) string {
		first, rest, _ := strings.Cut(typed(a), "\n\n")
		body := muttAttribution + "\n" + quoteLines(notifyAsk1) + "\n\n" + first + "\n\n" + quoteLines(notifyAsk2) +
			"\n\n" + rest + "\n\n" + quoteLines("Thanks, Lena\n\n"+notifyFooter) + "\n"
		return plainMail(body, "8bit", false)
	}, unreadable: citesInline},
}

const muttAttribution = "On Tue, Jun 03, 2025 at 10:12:45AM +0000, Helpline wrote:"

// typed is the answer with its signature, as the owner's client sends it.
func typed(a ownerAnswer) string {
	if a.sig == "" {
		return a.text
	}
	return a.text + "\n\n-- \n" + a.sig
}

// quoteLines quotes text the way most clients do, ">" alone on an empty
// line.
func quoteLines(text string) string { return quoteEmpty(text, ">") }

// quoteEmpty quotes text with empty lines written as empty, as Apple's
// clients write "> " where others write ">".
func quoteEmpty(text, empty string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if l == "" {
			lines[i] = empty
		} else {
			lines[i] = "> " + l
		}
	}
	return strings.Join(lines, "\n")
}

// mailHeader is the header of the owner's reply to the notification.
func mailHeader() string {
	return "From: Maren Holt <maren@example.org>\r\nTo: Helpline <" + helplineAddr + ">\r\n" +
		"Subject: Re: Question: Calf pain after long runs\r\nDate: Tue, 03 Jun 2025 11:02:10 +0000\r\n" +
		"Message-ID: <r12@example.org>\r\nIn-Reply-To: <n12@helpline.test>\r\nMIME-Version: 1.0\r\n"
}

// plainMail is a text/plain mail of body in the given transfer encoding.
func plainMail(body, cte string, flowed bool) string {
	ct := "text/plain; charset=utf-8"
	if flowed {
		ct += "; format=flowed"
		body = flow(body)
	}
	return mailHeader() + "Content-Type: " + ct + "\r\nContent-Transfer-Encoding: " + cte + "\r\n\r\n" + encodeBody(body, cte)
}

// htmlMail is a text/html mail with no plain part.
func htmlMail(htm string) string {
	return mailHeader() + "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" +
		encodeBody(htm, "quoted-printable")
}

// altMail is a multipart/alternative mail of a plain and an HTML part.
func altMail(plain, htm, cte string) string {
	const b = "b1_alt42"
	return mailHeader() + "Content-Type: multipart/alternative; boundary=\"" + b + "\"\r\n\r\n" +
		"--" + b + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: " + cte + "\r\n\r\n" +
		encodeBody(plain, cte) + "\r\n--" + b + "\r\nContent-Type: text/html; charset=utf-8\r\n" +
		"Content-Transfer-Encoding: " + cte + "\r\n\r\n" + encodeBody(htm, cte) + "\r\n--" + b + "--\r\n"
}

func encodeBody(body, cte string) string {
	body = strings.ReplaceAll(body, "\n", "\r\n")
	switch cte {
	case "quoted-printable":
		var b strings.Builder
		w := quotedprintable.NewWriter(&b)
		fmt.Fprint(w, body)
		w.Close()
		return b.String()
	case "base64":
		s := base64.StdEncoding.EncodeToString([]byte(body))
		var b strings.Builder
		for len(s) > 76 {
			b.WriteString(s[:76] + "\r\n")
			s = s[76:]
		}
		return b.String() + s
	}
	return body
}

// flow writes text as format=flowed (RFC 3676): trailing space goes from
// hard line ends, long lines are broken after a space, and lines that
// start with a space or "From " are space-stuffed.
func flow(text string) string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if l != "-- " {
			l = strings.TrimRight(l, " ")
		}
		if strings.HasPrefix(l, " ") || strings.HasPrefix(l, "From ") {
			l = " " + l
		}
		for len(l) > 78 && !strings.HasPrefix(l, ">") {
			cut := strings.LastIndex(l[:72], " ")
			if cut <= 0 {
				break
			}
			out = append(out, l[:cut+1])
			l = l[cut+1:]
			if strings.HasPrefix(l, "From ") {
				l = " " + l
			}
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// htmlText is text as HTML: special characters escaped and runs of spaces
// kept with no-break spaces, as an editor writes what was typed.
func htmlText(l string) string {
	l = html.EscapeString(l)
	var b strings.Builder
	for i, r := range l {
		if r == ' ' && (i == 0 || i+1 == len(l) || l[i+1] == ' ' || (i > 0 && l[i-1] == ' ')) {
			b.WriteString("&nbsp;")
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// htmlDivs writes each line as a <div>, an empty one as <div><br></div>,
// the way Gmail, Outlook on the web and Apple Mail write typed text.
func htmlDivs(text string) string { return htmlLines(text, "<div><br></div>", "<div>", "</div>") }

// htmlLines writes each line of text between open and end, and an empty
// one as empty.
func htmlLines(text, empty, open, end string) string {
	var b strings.Builder
	for _, l := range strings.Split(text, "\n") {
		if l == "" {
			b.WriteString(empty)
		} else {
			b.WriteString(open + htmlText(l) + end)
		}
	}
	return b.String()
}

// htmlBreaks writes lines joined by <br>.
func htmlBreaks(text string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = htmlText(l)
	}
	return strings.Join(lines, "<br>")
}
