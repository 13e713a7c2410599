package inbox

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// trimCase is a reply and what TrimReply publishes of it.
type trimCase struct{ name, in, want string }

// checkTrims runs each case through TrimReply as a subtest.
func checkTrims(t *testing.T, tests []trimCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TrimReply(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTrimReply(t *testing.T) {
	tests := []trimCase{
		{"top-posted", "Rest a week.\n\nCheers,\nMaren\n\nOn Tue, Jun 3, 2025 at 10:12 AM Lena <lena@example.net> wrote:\n> Should I rest?\n", "Rest a week.\n\nCheers,\nMaren"},
		{"attribution over two lines", "Yes.\n\nOn Tue, Jun 3, 2025 at 10:12 AM Lena Fischer <\nlena.fischer@example.net> wrote:\n\n> q\n", "Yes."},
		{"bottom-posted", "On 03/06/2025 10:12, Lena wrote:\n> Should I rest?\n> Thanks\n\nYes, a week.\n\nBest,\nMaren", "Yes, a week.\n\nBest,\nMaren"},
		{"inline", "On 03/06/2025 10:12, Lena wrote:\n> one?\nYes.\n> two?\nNo.\n", "> one?\nYes.\n> two?\nNo."},
		{"signature", "Answer.\n\n-- \nMaren Holt\nhttps://runhelp.example\n", "Answer."},
		{"mobile footer", "Answer.\n\nSent from my iPhone", "Answer."},
		{"german footer", "Antwort.\n\nVon meinem iPhone gesendet\n\n> Am 03.06.2025 um 10:12 schrieb Jonas <j@example.de>:\n", "Antwort."},
		{"original message", "Answer.\n\n-----Original Message-----\nFrom: Lena\nSent: Tuesday\n\nq", "Answer."},
		{"outlook block with separator", "Answer.\n\n________________________________\nFrom: Lena <l@example.net>\nSent: Tuesday, June 3, 2025 10:12 AM\nTo: ask\nSubject: q\n\nq", "Answer."},
		{"french outlook block", "Réponse.\n\nDe : Camille <c@example.fr>\nEnvoyé : mardi 3 juin 2025 10:12\nÀ : ask\nObjet : q\n\nq", "Réponse."},
		{"bold outlook block", "Answer.\n\n*From:* Lena <l@example.net>\n*Sent:* Tuesday\n*To:* ask\n\nq", "Answer."},
		{"unquoted history after attribution", "Answer.\n\n    On Tuesday, June 3, 2025 at 10:12:45 AM GMT+2, Lena <l@example.net> wrote:\n\n Should I rest?", "Answer."},
		{"list kept", "Try:\n\n- easy runs\n  - short ones\n1. sleep\n\n\n\nMaren  \n", "Try:\n\n- easy runs\n  - short ones\n1. sleep\n\nMaren"},
		{"only quote", "> just a quote\n>\n", ""},
		{"empty", "", ""},
		{"wrote without date is text", "Here is what my coach wrote:\nrun easy.", "Here is what my coach wrote:\nrun easy."},
		{"CRLF", "Yes.\r\n\r\n> q\r\n", "Yes."},
		{"sign-off kept", "Good luck!\nKind regards,\nMaren", "Good luck!\nKind regards,\nMaren"},
	}
	checkTrims(t, tests)
}

func TestTrimHTMLReply(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"thunderbird", `<p>Yes.</p><div class="moz-cite-prefix">On 03/06/2025 10:12, Lena wrote:<br></div><blockquote type="cite">q</blockquote><pre class="moz-signature">-- 
Maren</pre>`, "Yes."},
		{"apple inline", `<div>Hi,</div><blockquote type="cite">one?</blockquote><div>Yes.</div><blockquote type="cite">two?</blockquote><div>No.</div>`, "Hi,\n\n> one?\n\nYes.\n\n> two?\n\nNo."},
		{"outlook desktop", `<div class="WordSection1"><p class="MsoNormal">Yes.</p><div><div style="border:none;border-top:solid #E1E1E1 1.0pt"><p class="MsoNormal"><b>From:</b> Lena<br><b>Sent:</b> Tuesday</p></div></div><p class="MsoNormal">q</p></div>`, "Yes."},
		{"bordered div without header", `<div style="border-top:solid 1px">Keep me.</div>`, "Keep me."},
		{"yahoo", `<div>Yes.</div><div class="yahoo_quoted">On Tuesday, Lena wrote: q</div>`, "Yes."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TrimHTMLReply(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestHTMLToText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"paragraphs and br", "<p>a<br>b</p><p>c</p>", "a\nb\n\nc"},
		{"gmail blank div", `<div>a</div><div><br></div><div>b</div>`, "a\n\nb"},
		{"whitespace", "<p>  a \n\t b&nbsp;&amp; c </p>", "a b & c"},
		{"dropped", "<head><title>t</title><style>x</style></head><script>s</script><p>v</p>", "v"},
		{"lists", "<ul><li>a</li><li>b<ol><li>c</li></ol></li></ul>", "- a\n- b\n  1. c"},
		{"ordered start", `<ol start="4"><li>d</li></ol>`, "4. d"},
		{"links", `<a href="https://x.example/p">plan</a> <a href="https://x.example/">x.example</a> <a href="mailto:m@x.example">m@x.example</a>`, "plan (https://x.example/p) x.example m@x.example"},
		{"javascript link", `<a href="javascript:alert(1)">click</a>`, "click"},
		{"blockquote", "<p>a</p><blockquote><p>q1</p><p>q2</p></blockquote><p>b</p>", "a\n\n> q1\n>\n> q2\n\nb"},
		{"headings", "<h1>Title</h1>text", "Title\n\ntext"},
		{"table", "<table><tr><th>Week</th><th>km</th></tr><tr><td>1</td><td>40</td></tr></table>", "Week | km\n1 | 40"},
		{"pre", "<pre>a  b\n  c</pre>", "a  b\n  c"},
		{"outlook paragraphs", `<p class=MsoNormal>Hi<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Best,</p><p class=MsoNormal>Maren</p>`, "Hi\n\nBest,\nMaren"},
		{"entities", "<p>caf&eacute; &lt;tag&gt; &#8364;</p>", "café <tag> €"},
		{"not html", "plain words", "plain words"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := HTMLToText(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCleanSubject(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Re: Re: Taper", "Taper"},
		{"RE: AW: WG: Fwd: Taper", "Taper"},
		{"Re[2]: Taper", "Taper"},
		{"Re： Taper", "Taper"},
		{"SV: VS: Antw: Doorst: Rif: R: TR: RV: Enc: Odp: Fw: Taper", "Taper"},
		{"VB: VL: Taper", "Taper"},
		{"[runners] Re: [runners]  Taper   plan", "Taper plan"},
		{"Taper [2 weeks]", "Taper [2 weeks]"},
		{"Reading: Taper", "Reading: Taper"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := CleanSubject(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestSubjectPrefixKinds tells a forward's subject from a reply's by its
// first prefix; Norwegian's and Finnish's "VS:" is neither.
func TestSubjectPrefixKinds(t *testing.T) {
	tests := []struct {
		in             string
		forward, reply bool
	}{
		{"Fwd: Knee", true, false},
		{"FW: Knee", true, false},
		{"[club] WG: Knee", true, false},
		{"Doorst: Knee", true, false},
		{"VB: Knee", true, false},
		{"Re: Fwd: Knee", false, true},
		{"RV: Knee", true, false},
		{"Réf : Knee", false, true},
		{"AW[2]: Knee", false, true},
		{"VS: Knee", false, false},
		{"Knee", false, false},
		{"Reading: Knee", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := forwardSubject(tt.in); got != tt.forward {
				t.Errorf("forwardSubject = %v, want %v", got, tt.forward)
			}
			if got := replySubject(tt.in); got != tt.reply {
				t.Errorf("replySubject = %v, want %v", got, tt.reply)
			}
		})
	}
}

func TestTitleFromBody(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"short", "Shin pain", "Shin pain"},
		{"first sentence", "How do I taper? I run 50 km a week.", "How do I taper?"},
		{"long", "I have been running for three years now and I would like to try a marathon", "I have been running for three years now and I…"},
		{"long word", "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…"},
		{"comma before cut", "Hello, I am new here, and one two three four five, six", "Hello, I am new here, and one two three four…"},
		{"empty", "  \n ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TitleFromBody(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// A mail's text is read up to maxText, so one enormous message costs no
// more to trim than a long one.
func TestTrimReplyReadsABoundedText(t *testing.T) {
	line := "Plain text that goes on and on.\n"
	got := TrimReply(strings.Repeat(line, 3*maxText/len(line)))
	if len(got) > maxText || len(got) < maxText/2 {
		t.Errorf("got %d bytes of trimmed text, want between %d and %d", len(got), maxText/2, maxText)
	}
	if !strings.HasSuffix(got, strings.TrimSuffix(line, "\n")) {
		t.Errorf("text cut in the middle of a line: ends %q", got[len(got)-20:])
	}
	// Invalid UTF-8 where the cut falls does not survive it.
	got = TrimReply(strings.Repeat("é", maxText))
	if !utf8.ValidString(got) {
		t.Error("cut text is not valid UTF-8")
	}
}

// Only the first maxHTML bytes of an HTML body are parsed.
func TestHTMLReadsABoundedBody(t *testing.T) {
	para := "<p>Run easy on the first day.</p>\n"
	s := "<html><body>" + strings.Repeat(para, 3*maxHTML/len(para)) + "<p>THE END</p></body></html>"
	got := HTMLToText(s)
	if strings.Contains(got, "THE END") {
		t.Error("text from beyond the first maxHTML bytes")
	}
	if !strings.HasPrefix(got, "Run easy on the first day.") || len(got) > maxHTML {
		t.Errorf("got %d bytes starting %q", len(got), got[:min(40, len(got))])
	}
	if strings.Contains(TrimHTMLReply(s), "THE END") {
		t.Error("reply text from beyond the first maxHTML bytes")
	}
}

// TestTrimReplyByteOrderMark trims a reply whose text, or a line of it,
// starts with a byte order mark: the quote under it is still a quote.
func TestTrimReplyByteOrderMark(t *testing.T) {
	tests := []trimCase{
		{"quote under the mark", "\ufeff> How long should I rest?\n\nA week.\n", "A week."},
		{"answer under the mark", "\ufeffA week.\n\n> How long should I rest?\n", "A week."},
		{"a mark inside the text stays", "A week.\ufeff Then easy runs.\n", "A week.\ufeff Then easy runs."},
		{"quote under a mark on a later line", "A week.\n\ufeff> How long should I rest?\n", "A week."},
		{"mark over a line the first pass leaves first", "Sent from my iPhone\n\ufeff- Maren\n", "- Maren"},
		{"two marks", "A week.\n\ufeff\ufeff> How long should I rest?\n", "A week."},
	}
	checkTrims(t, tests)
}
