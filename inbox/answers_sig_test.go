package inbox

import (
	"fmt"
	"html"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestSignatureBlocksWithoutDelimiter builds the signature blocks people
// set in their clients, with no "-- " over them as most clients write
// them, puts each under answers of several shapes in the reply a client
// makes, plain and HTML, and reads the answer back: every typed line must
// come out in order, closing and name included, and nothing of the block.
func TestSignatureBlocksWithoutDelimiter(t *testing.T) {
	n := 0
	for li, l := range sigLocales {
		for bi := range sigBlocksPerLocale {
			sig := sigBlock(rand.New(rand.NewPCG(uint64(li), uint64(bi))), l, bi)
			for ci, c := range sigClients {
				if (li+bi+ci)%raceStride != 0 {
					continue
				}
				answer := sigAnswerShapes[(bi+ci)%len(sigAnswerShapes)]
				if bi == 0 && !strings.HasSuffix(answer, "Sam") {
					// The smallest block, a name, a title and one phone,
					// reads as a contact the answer gives unless the
					// owner signed over it; unsigned, it stays (see
					// TestTrimReplyClientSignatureBlocks).
					answer += "\n\nCLOSING\nSam"
				}
				answer = strings.ReplaceAll(answer, "CLOSING", l.closing)
				name := fmt.Sprintf("%s/%d/%s", l.lang, bi, c.name)
				checkSigMail(t, name, c, answer, sig)
				n++
			}
		}
	}
	t.Logf("%d replies", n)
}

// TestSignatureLookalikesStay puts answers whose last paragraph reads like
// part of a signature (an address to meet at, a physio's number, a link
// to a plan) under the same clients, with and without a signature block
// under them: the answer must come out whole.
func TestSignatureLookalikesStay(t *testing.T) {
	for ai, a := range sigContentAnswers {
		l := sigLocales[ai%len(sigLocales)]
		for ci, c := range sigClients {
			if (ai+ci)%raceStride != 0 {
				continue
			}
			checkSigMail(t, fmt.Sprintf("%d/%s/no signature", ai, c.name), c, a, "")
			sig := sigBlock(rand.New(rand.NewPCG(99, uint64(ai))), l, ai)
			checkSigMail(t, fmt.Sprintf("%d/%s/signed", ai, c.name), c, a+"\n\n"+l.closing+"\nSam", sig)
		}
	}
}

// checkSigMail parses the mail client c makes of answer and sig and
// checks the answer it publishes, and what its HTML part reads alone.
func checkSigMail(t *testing.T, name string, c sigClient, answer, sig string) {
	t.Helper()
	plain, htm := c.mail(answer, sig)
	raw := plainMail(plain, "quoted-printable", false)
	if htm != "" {
		raw = altMail(plain, htm, "quoted-printable")
	}
	m, err := Parse([]byte(raw))
	if err != nil {
		t.Fatalf("%s: parse: %v", name, err)
	}
	want := tidy(answer)
	if got := tidy(Answer(m)); got != want {
		t.Errorf("%s:\ngot  %q\nwant %q", name, got, want)
	}
	if htm == "" {
		return
	}
	if got := oneSpace(tidy(TrimHTMLReply(m.HTML))); got != oneSpace(want) {
		t.Errorf("%s, html part:\ngot  %q\nwant %q", name, got, oneSpace(want))
	}
}

// sigBlocksPerLocale is how many blocks are built in each language.
const sigBlocksPerLocale = 8

// sigBlock builds one signature block of locale l. Block 0 is the
// smallest people set: a name, what they do, one phone.
func sigBlock(r *rand.Rand, l sigLocale, bi int) string {
	pick := func(pool []string) string { return pool[r.IntN(len(pool))] }
	name, title, org := pick(l.names), pick(l.titles), pick(l.orgs)
	if bi == 0 {
		return name + "\n" + title + " | " + org + "\n" + pick(l.phones)
	}
	var groups [][]string
	var head []string
	if r.IntN(5) == 0 {
		head = append(head, pick(sigImages))
	}
	switch r.IntN(8) {
	case 0:
		head = append(head, name+" | "+title, org)
	case 1:
		head = append(head, name+" – "+title+", "+org)
	default:
		head = append(head, sigTitled(r, name, title, org)...)
	}
	groups = append(groups, head)
	ways := []string{pick(l.phones)}
	if r.IntN(2) == 0 {
		if p := pick(l.phones); p != ways[0] {
			ways = append(ways, p)
		}
	}
	if r.IntN(3) == 0 {
		ways = append(ways, pick(sigMails))
	}
	if r.IntN(2) == 0 {
		ways = append(ways, strings.Split(pick(l.addresses), "\n")...)
	}
	ways = append(ways, pick(l.webs))
	groups = append(groups, ways)
	var more []string
	if r.IntN(5) < 2 {
		more = append(more, pick(sigSocial))
	}
	if r.IntN(5) == 0 {
		more = append(more, pick(sigImages))
	}
	if r.IntN(2) == 0 {
		more = append(more, pick(l.extras))
	}
	if len(more) > 0 {
		groups = append(groups, more)
	}
	if r.IntN(10) < 3 {
		groups = append(groups, []string{l.green})
	}
	if r.IntN(10) < 4 {
		groups = append(groups, []string{l.notice})
		if r.IntN(3) == 0 && l.lang != sigLocales[0].lang {
			// Bilingual: the notice in the local language, then in English.
			groups = append(groups, []string{sigLocales[0].notice})
		}
	}
	var b strings.Builder
	for i, g := range groups {
		if i > 0 {
			if r.IntN(3) == 0 || len(g) == 1 && (g[0] == l.notice || g[0] == l.green || g[0] == sigLocales[0].notice) {
				b.WriteString("\n\n")
			} else {
				b.WriteString("\n")
			}
		}
		b.WriteString(strings.Join(g, "\n"))
	}
	return b.String()
}

// sigTitled is a name over a title and organisation, laid out one of the
// ways people lay them out.
func sigTitled(r *rand.Rand, name, title, org string) []string {
	switch r.IntN(5) {
	case 0:
		return []string{name, title + " | " + org}
	case 1:
		return []string{name, title + ", " + org}
	case 2:
		return []string{name, title, org}
	case 3:
		return []string{name, title}
	}
	return []string{name, org}
}

// sigMails are addresses as signatures give them.
var sigMails = []string{"sam@riverarunning.com", "E: sam@runclubnorth.co.uk", "E-Mail: sam.rivera@laufschule-nord.de",
	"Email: sam@correrjuntos.com | Web: www.correrjuntos.com"}

// sigClient is a client writing the owner's answer and signature, with no
// "-- " over it, over its quote of the notification: the plain part, and
// the HTML part or "".
type sigClient struct {
	name string
	mail func(answer, sig string) (plain, htm string)
}

// signed is answer with sig under it, as a plain part writes it.
func signed(answer, sig string) string {
	if sig == "" {
		return answer
	}
	return answer + "\n\n" + sig
}

var sigClients = []sigClient{
	{"outlook plain", func(a, s string) (string, string) {
		return outlookPlain(ownerAnswer{text: signed(a, s)}, ""), ""
	}},
	{"outlook web html", func(a, s string) (string, string) {
		return outlookPlain(ownerAnswer{text: signed(a, s)}, ""), outlookSigHTML(a, s, `<div id="Signature">`)
	}},
	{"new outlook html", func(a, s string) (string, string) {
		return outlookPlain(ownerAnswer{text: signed(a, s)}, ""), outlookSigHTML(a, s, `<div id="Signature" class="elementToProof">`)
	}},
	{"outlook desktop html", func(a, s string) (string, string) {
		t := ownerAnswer{text: signed(a, s)}
		return outlookPlain(t, ""), outlookDesktopHTML(t)
	}},
	{"gmail html", func(a, s string) (string, string) {
		return gmailPlain(ownerAnswer{text: signed(a, s)}), gmailNoDashHTML(a, s)
	}},
	{"apple mail html", func(a, s string) (string, string) {
		t := ownerAnswer{text: signed(a, s)}
		return applePlain(t), strings.Replace(appleHTML(t), htmlDivs(t.text), htmlDivs(a)+sigLines(s, "<div><br></div>", "<div>", "</div>"), 1)
	}},
	{"iphone html", func(a, s string) (string, string) {
		t := ownerAnswer{text: signed(a, s)}
		htm := strings.Replace(iphoneHTML(t), htmlBreaks(t.text), htmlBreaks(a)+sigLines(s, "<br>", "<br>", ""), 1)
		return iphonePlain(t), htm
	}},
	{"thunderbird html", func(a, s string) (string, string) {
		return thunderbirdPlain(ownerAnswer{text: signed(a, s)}), thunderbirdNoDashHTML(a, s)
	}},
	{"outlook desktop table html", func(a, s string) (string, string) {
		t := ownerAnswer{text: signed(a, s)}
		return outlookPlain(t, ""), outlookCardHTML(a, s)
	}},
	{"yahoo html", func(a, s string) (string, string) {
		t := ownerAnswer{text: signed(a, s)}
		return yahooPlain(t), yahooHTML(t)
	}},
}

// sigLines writes the lines of sig as HTML between open and end, an empty
// one as empty, with its images and links as a client writes them.
func sigLines(sig, empty, open, end string) string {
	if sig == "" {
		return ""
	}
	var b strings.Builder
	b.WriteString(empty)
	for _, l := range strings.Split(sig, "\n") {
		switch {
		case l == "":
			b.WriteString(empty)
		case strings.HasPrefix(l, "[image: "):
			b.WriteString(open + `<img src="cid:logo.png@01DA2B3C" alt="` + html.EscapeString(strings.TrimSuffix(l[8:], "]")) + `" width="120">` + end)
		case strings.HasPrefix(l, "[cid:"):
			b.WriteString(open + `<img src="` + html.EscapeString(strings.Trim(l, "[]")) + `" width="120" height="40">` + end)
		default:
			b.WriteString(open + linked(l) + end)
		}
	}
	return b.String()
}

// linked is line l as HTML with its https address a link.
func linked(l string) string {
	h := htmlText(l)
	i := strings.Index(h, "https://")
	if i < 0 {
		return h
	}
	u := h[i:]
	if j := strings.IndexAny(u, " <"); j >= 0 {
		u = u[:j]
	}
	return strings.Replace(h, u, `<a href="`+u+`">`+u+`</a>`, 1)
}

// outlookSigHTML is Outlook on the web, or the new Outlook, with the
// signature in its own div opened by open.
func outlookSigHTML(answer, sig, open string) string {
	htm := newOutlookHTML(ownerAnswer{text: answer})
	if sig == "" {
		return htm
	}
	return strings.Replace(htm, `<div id="appendonsend">`, open+sigLines(sig, "<div><br></div>", "<div>", "</div>")+`</div><div id="appendonsend">`, 1)
}

// gmailNoDashHTML is Gmail set to write the signature over the quote with
// no "-- " line.
func gmailNoDashHTML(answer, sig string) string {
	var s string
	if sig != "" {
		s = `<br clear="all"><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">` +
			sigLines(sig, "<div><br></div>", "<div>", "</div>") + `</div></div>`
	}
	return `<div dir="ltr">` + htmlDivs(answer) + s + `</div><br>` + gmailQuoteHTML()
}

// thunderbirdNoDashHTML is Thunderbird with its delimiter turned off,
// the signature in a moz-signature div.
func thunderbirdNoDashHTML(answer, sig string) string {
	htm := thunderbirdHTML(ownerAnswer{text: answer})
	if sig == "" {
		return htm
	}
	return strings.Replace(htm, `<div class="moz-cite-prefix">`,
		`<div class="moz-signature">`+sigLines(sig, "<br>", "", "<br>")+`</div>`+`<div class="moz-cite-prefix">`, 1)
}

// outlookCardHTML is Outlook on the desktop with the signature laid out
// as a card: the logo in a cell of its own beside the lines.
func outlookCardHTML(answer, sig string) string {
	htm := outlookDesktopHTML(ownerAnswer{text: answer})
	if sig == "" {
		return htm
	}
	card := "<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse'><tr>" +
		"<td width=90 valign=top style='padding:0cm 5.4pt 0cm 0cm'><p class=MsoNormal><img width=80 height=80 src=\"cid:image001.png@01DA2B3C\" alt=\"logo\"><o:p></o:p></p></td>" +
		"<td valign=top style='border:none;border-left:solid #0070C0 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>" +
		msoParas(sig) + "</td></tr></table>\n"
	return strings.Replace(htm, "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<div style='border:none",
		"<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"+card+"<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<div style='border:none", 1)
}
