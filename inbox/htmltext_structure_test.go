package inbox

import (
	"strings"
	"testing"
)

// structureCase is an HTML body and the text it must read as.
type structureCase struct {
	name, html, want string
}

func checkStructure(t *testing.T, cases []structureCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := HTMLToText(c.html); got != c.want {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}

func TestHTMLToTextListBesideItem(t *testing.T) {
	checkStructure(t, []structureCase{
		{"bullets under a bullet", `<ul><li>strength</li><ul><li>calf raises</li><li>squats</li></ul><li>rest</li></ul>`,
			"- strength\n  - calf raises\n  - squats\n- rest"},
		{"bullets under a number", `<ol><li>strength</li><ul><li>calf raises</li></ul><li>rest</li></ol>`,
			"1. strength\n   - calf raises\n2. rest"},
		{"two levels down", `<ul><li>a</li><ul><li>b</li><ul><li>c</li></ul></ul></ul>`,
			"- a\n  - b\n    - c"},
		// With no item before it there is nothing to indent under.
		{"list first in a list", `<ul><ul><li>calf raises</li></ul><li>rest</li></ul>`,
			"- calf raises\n\n- rest"},
		{"list inside its item", `<ul><li>strength<ul><li>calf raises</li></ul></li><li>rest</li></ul>`,
			"- strength\n  - calf raises\n- rest"},
	})
}

func TestHTMLToTextEmojiImage(t *testing.T) {
	checkStructure(t, []structureCase{
		{"picked emoji", `<div>Good luck <img data-emoji="🏃" class="an1" alt="🏃" src="https://example.org/e/1f3c3.png"> and rest!</div>`,
			"Good luck 🏃 and rest!"},
		{"joined emoji", `<p>Go <img alt="🏃‍♀️" src="https://example.org/e/1f3c3_200d_2640.png">!</p>`, "Go 🏃‍♀️!"},
		{"skin tone", `<p>Well done <img alt="👍🏽" src="cid:e1"></p>`, "Well done 👍🏽"},
		{"picture named in alt", `<div>Stretch <img src="cid:ii_m1calf01" alt="calf.png"> like this</div>`, "Stretch like this"},
		{"picture described", `<p><img alt="a runner stretching ★" src="cid:x"></p><p>Hold it.</p>`, "Hold it."},
		{"picture without alt", `<p>See<img src="cid:x">this</p>`, "Seethis"},
	})
}

// wordItem is a list paragraph as Word writes it, with its mark in a span
// for readers without lists.
func wordItem(level, mark, text string) string {
	return `<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l0 level` + level + ` lfo1'>` +
		`<![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>` + mark +
		`<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>` + text + `<o:p></o:p></p>`
}

func TestHTMLToTextWordLists(t *testing.T) {
	checkStructure(t, []structureCase{
		{"bullets", `<p class=MsoNormal>Do:</p>` + wordItem("1", "·", "rest") + wordItem("1", "·", "stretch") + `<p class=MsoNormal>Then run.</p>`,
			"Do:\n· rest\n· stretch\nThen run."},
		{"numbers with bullets under", wordItem("1", "1.", "strength") + wordItem("2", "o", "calf raises") +
			wordItem("3", "§", "slow") + wordItem("1", "2.", "rest"),
			"1. strength\n   - calf raises\n     - slow\n2. rest"},
		{"letters and brackets", wordItem("1", "a)", "rest") + wordItem("1", "(b)", "run"), "a) rest\n(b) run"},
		{"bullets of other fonts", wordItem("1", "§", "rest") + wordItem("1", "Ø", "run") + wordItem("1", "•", "sleep"),
			"- rest\n- run\n• sleep"},
		{"level under a plain paragraph", `<p class=MsoNormal>x</p>` + wordItem("2", "o", "alone"), "x\n- alone"},
		// A paragraph styled as a list with no mark of its own is Word's
		// indent, and reads as a paragraph.
		{"no mark", `<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'>indented</p><p class=MsoNormal>next</p>`,
			"indented\n\nnext"},
		{"mark without a list style", `<p class=MsoNormal><span style='mso-list:Ignore'>1.</span> typed</p>`, "1. typed"},
		{"a real list of Outlook's", `<ul type=disc><li class=MsoListParagraph style='mso-list:l0 level1 lfo1'>rest</li></ul>`,
			"- rest"},
	})
}

func TestHTMLToTextTableCells(t *testing.T) {
	checkStructure(t, []structureCase{
		{"paragraph in each cell", `<table><tr><td><p class=MsoNormal>easy</p></td><td><p class=MsoNormal>6:30/km</p></td></tr>` +
			`<tr><td><p>tempo</p></td><td><p>5:10/km</p></td></tr></table>`, "easy | 6:30/km\ntempo | 5:10/km"},
		{"break closing each cell", `<table><tr><td>easy<br></td><td>6:30/km<br></td></tr><tr><td>tempo<br></td><td>5:10/km<br></td></tr></table>`,
			"easy | 6:30/km\ntempo | 5:10/km"},
		{"div in each cell", `<table><tr><td><div>easy</div></td><td><div><b>6:30</b>/km</div></td></tr></table>`, "easy | 6:30/km"},
		{"empty cell between", `<table><tr><td><p>easy</p></td><td><p></p></td><td><p>6:30/km</p></td></tr></table>`, "easy | 6:30/km"},
		// Lines typed in one cell stay lines; the next cell starts a line.
		{"cell of two lines", `<table><tr><td><p>Maren Holt</p><p>Coach</p></td><td><p>0171 555</p></td></tr></table>`,
			"Maren Holt\n\nCoach\n\n0171 555"},
		{"breaks within a cell", `<table><tr><td>Maren<br>Coach<br></td><td>0171 555</td></tr></table>`, "Maren\nCoach\n0171 555"},
		{"list in a cell", `<table><tr><td>Do:</td><td><ul><li>rest</li><li>run</li></ul></td></tr></table>`, "Do:\n\n- rest\n- run"},
		{"table in a cell", `<table><tr><td><table><tr><td><p>a</p></td><td><p>b</p></td></tr><tr><td><p>c</p></td><td><p>d</p></td></tr></table></td></tr></table>`,
			"a | b\nc | d"},
		{"answer laid out in a table", `<table><tr><td><p>Hi Lena,</p><p>Rest two weeks.</p><p>Maren</p></td></tr></table><p>after</p>`,
			"Hi Lena,\n\nRest two weeks.\n\nMaren\n\nafter"},
	})
}

func TestTrimHTMLReplyOwnQuoteLast(t *testing.T) {
	const (
		gmailHistory = `<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On Tue, Jun 3, 2025 at 10:12 AM Helpline wrote:<br></div>` +
			`<blockquote class="gmail_quote">Hi, my calves hurt.</blockquote></div>`
		gmailQuote = `<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Rest cost no fitness.</blockquote>`
		tbHistory  = `<div class="moz-cite-prefix">On 6/3/25 10:12 AM, Helpline wrote:<br></div><blockquote type="cite">Hi, my calves hurt.</blockquote>`
	)
	cases := []struct{ name, html, want string }{
		{"gmail quote button", `<div dir="ltr"><div>The study says:</div>` + gmailQuote + `</div><br>` + gmailHistory,
			"The study says:\n\n> Rest cost no fitness."},
		{"thunderbird quote", `<p>The study says:</p><blockquote>Rest cost no fitness.</blockquote>` + tbHistory,
			"The study says:\n\n> Rest cost no fitness."},
		{"signature between", `<div>The study says:</div><blockquote>Rest cost no fitness.</blockquote>` +
			`<div class="gmail_signature">Maren</div>` + gmailHistory, "The study says:\n\n> Rest cost no fitness."},
		// Without a mark of the history after it, a quote at the end is
		// the history.
		{"no history marked", `<div>Rest.</div><blockquote>Hi, my calves hurt.</blockquote>`, "Rest."},
		{"marked a quote", `<div>Rest.</div><blockquote data-type="quote-separator">Hi, my calves hurt.</blockquote>` + gmailHistory, "Rest."},
		{"cited one is history", `<div>Rest.</div><blockquote type="cite">Hi, my calves hurt.</blockquote>` + gmailHistory, "Rest."},
		{"attribution over it", `<div>Rest.</div><div><br></div><div>On Tue, Jun 3, 2025 at 10:12 AM Helpline wrote:</div>` +
			`<blockquote>Hi, my calves hurt.</blockquote>` + gmailHistory, "Rest."},
		{"answered below", `<div dir="ltr"><div>Rest.</div></div>` + gmailHistory + `<div>And stretch.</div>`, "Rest."},
		// Outlook on the web writes the header of the history and puts the
		// mail quoted after it, with the marks of its own client: a quote
		// the reader ended their mail with is theirs.
		{"quote in the history after its header", `<div>Rest two weeks.</div><hr><div id="divRplyFwdMsg"><b>From:</b> Lena<br>` +
			`<b>Sent:</b> Tuesday, June 3, 2025 10:12 AM<br><b>Subject:</b> Calves</div><div><div>My coach wrote:</div>` +
			gmailQuote + gmailHistory + `</div>`, "Rest two weeks."},
		// A quote that begins with a mail's header is that mail, quoted
		// whole by a client that marks nothing.
		{"quote holding a header", `<div>Rest.</div><blockquote><div>-----Original Message-----<br>From: Lena<br>` +
			`Sent: Tuesday, June 3, 2025 10:12 AM<br>Subject: Calves</div><div>My calves hurt.</div></blockquote>` + gmailHistory, "Rest."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := TrimHTMLReply(c.html); got != c.want {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}

// A signature laid out in a table of paragraphs reads a row on a line,
// and goes as it went when each cell read on a line of its own.
func TestTrimHTMLReplySignatureTable(t *testing.T) {
	const in = `<p>Rest two weeks.</p><table><tr><td><p>Maren Holt</p></td><td><p>Tel: +1 555 0100</p></td></tr>` +
		`<tr><td><p>Helpline</p></td><td><p>maren@helpline.example</p></td></tr></table>`
	if got, want := TrimHTMLReply(in), "Rest two weeks."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestHTMLToTextEmptyLineInCell(t *testing.T) {
	checkStructure(t, []structureCase{
		{"nbsp div", `<table><tr><td><div>Sounds great.</div><div>&nbsp;</div><div>Jo</div></td></tr></table>`, "Sounds great.\n\nJo"},
		{"empty Word paragraph", `<table><tr><td><p class=MsoNormal>a</p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>b</p></td></tr></table>`,
			"a\n\nb"},
		{"empty line closing a cell", `<table><tr><td><p class=MsoNormal>easy</p><p class=MsoNormal>&nbsp;</p></td><td><p class=MsoNormal>6:30</p></td></tr></table>`,
			"easy | 6:30"},
	})
}

func TestHTMLToTextListCounting(t *testing.T) {
	checkStructure(t, []structureCase{
		{"letters", `<ol type="a"><li>Run easy</li><li>Rest</li></ol>`, "a. Run easy\nb. Rest"},
		{"capital letters", `<ol type="A"><li>Run easy</li><li>Rest</li></ol>`, "A. Run easy\nB. Rest"},
		{"roman", `<ol type="i"><li>warm up</li><li>strides</li><li>tempo</li><li>cool down</li></ol>`,
			"i. warm up\nii. strides\niii. tempo\niv. cool down"},
		{"capital roman", `<ol type=I><li>Base</li><li>Build</li></ol>`, "I. Base\nII. Build"},
		{"letters from a start", `<ol type="a" start="3"><li>Rest</li><li>Run</li></ol>`, "c. Rest\nd. Run"},
		{"roman from a start", `<ol type="I" start="9"><li>Taper</li><li>Race</li></ol>`, "IX. Taper\nX. Race"},
		{"letters past z", `<ol type="a" start="26"><li>one</li><li>two</li></ol>`, "z. one\naa. two"},
		{"css on the list", `<ol style="margin-top:0;list-style-type: lower-alpha"><li>Run easy</li><li>Rest</li></ol>`,
			"a. Run easy\nb. Rest"},
		{"css shorthand", `<ol style="list-style: upper-roman outside"><li>Base</li><li>Build</li></ol>`, "I. Base\nII. Build"},
		{"css over the attribute", `<ol type="a" style="list-style-type:decimal"><li>Run</li><li>Rest</li></ol>`,
			"1. Run\n2. Rest"},
		{"an item's own value", `<ol type="a"><li>Run</li><li value="5">Rest</li><li>Eat</li></ol>`,
			"a. Run\ne. Rest\nf. Eat"},
		{"lettered under numbered", `<ol><li>Week one<ol type="a"><li>easy</li><li>long</li></ol></li><li>Week two</li></ol>`,
			"1. Week one\n   a. easy\n   b. long\n2. Week two"},
		// What the client cannot write in letters it writes in digits.
		{"letters from nought", `<ol type="a" start="0"><li>warm up</li><li>run</li></ol>`, "0. warm up\na. run"},
		{"numbers from nought", `<ol start="0"><li>warm up</li><li>run</li></ol>`, "0. warm up\n1. run"},
		{"start not a number", `<ol type="a" start="x"><li>warm up</li></ol>`, "a. warm up"},
		{"numbers stay", `<ol start="3"><li>Rest</li><li>Run</li></ol>`, "3. Rest\n4. Run"},
		{"unknown type", `<ol type="x"><li>Rest</li></ol>`, "1. Rest"},
		{"bullets keep their dash", `<ul type="a" style="list-style-type:lower-alpha"><li>Rest</li></ul>`, "- Rest"},
	})
}

// TestHTMLToTextHiddenByStyle checks that an element whose inline style
// hides it is not read, as no mail client shows it, and that other
// styles, Outlook's own hiding among them, leave the text in: a later
// display, "none" inside a quoted value or a URL, a value other than
// "none", a class a style sheet shows with "!important" on every
// screen. A body hidden whole is read whole, lest its words be lost.
func TestHTMLToTextHiddenByStyle(t *testing.T) {
	checkStructure(t, []structureCase{
		{"hidden preview line", `<span style="display:none !important; font-size:1px">Your knee, our advice</span><p>My knee hurts.</p>`,
			"My knee hurts."},
		{"hidden written loosely", `<div style="color: #fff; DISPLAY : None">summary</div><div>My knee hurts.</div>`,
			"My knee hurts."},
		{"shown block", `<div style="display: block">My knee hurts.</div>`, "My knee hurts."},
		{"hidden by Outlook alone", `<p style="mso-hide:all">My knee hurts.</p>`, "My knee hurts."},
		{"a property ending in display", `<p style="mso-display:none">My knee hurts.</p>`, "My knee hurts."},
		{"hidden inside a quoted font name", `<p style="font-family:'Knee;display:none'">My knee hurts.</p>`, "My knee hurts."},
		{"hidden inside a URL", `<p style="background:url('data:image/png;display:none')">My knee hurts.</p>`, "My knee hurts."},
		{"hidden then shown", `<p style="display:none; display:block">My knee hurts.</p>`, "My knee hurts."},
		{"shown then hidden", `<p>My knee hurts.</p><p style="display:block; display:none">preview</p>`, "My knee hurts."},
		{"hidden for good", `<p>My knee hurts.</p><p style="display:none !important; display:block">preview</p>`, "My knee hurts."},
		{"a value that is not none", `<p style="display:nonesuch">My knee hurts.</p>`, "My knee hurts."},
		{"hidden behind a comment", `<p>My knee hurts.</p><p style="display: none /* preview */">preview</p>`, "My knee hurts."},
		{"hidden inline, shown by its class", `<style>div.ask {display: block !important}</style><p>Hello,</p><div class="x ask" style="display:none">My knee hurts.</div>`,
			"Hello,\n\nMy knee hurts."},
		{"shown by its class on small screens only", `<style>@media (max-width:600px) {.m {display:block !important}}</style><p>My knee hurts.</p><div class="m" style="display:none">My knee hurts.</div>`,
			"My knee hurts."},
		{"shown by its class without importance", `<style>.ask {display:block}</style><p>My knee hurts.</p><div class="ask" style="display:none">preview</div>`,
			"My knee hurts."},
		{"every word hidden", `<div style="display:none">My knee hurts.</div>`, "My knee hurts."},
		{"every word hidden, a style sheet shows it", `<style>.ask{display:block !important}</style><div class="ask" style="display:none">My knee hurts.</div>`,
			"My knee hurts."},
		{"shown by its class atop a sheet of a megabyte", `<style>.ask {display: block !important}` + manyRules + `</style><p>Hello,</p><div class="ask" style="display:none">My knee hurts.</div>`,
			"Hello,\n\nMy knee hurts."},
		{"shown by its class past maxSheet", `<style>` + manyRules + `.ask {display: block !important}</style><p>My knee hurts.</p><div class="ask" style="display:none">preview</div>`,
			"My knee hurts."},
	})
}

// manyRules is a style sheet of a megabyte that shows nothing.
var manyRules = strings.Repeat("p.c { color: red; margin: 0 }\n", 1<<20/31)

// TestHTMLToTextPreWrap reads text in an element styled to keep its line
// breaks, as clients that send plain text as HTML write it, line by line
// as it shows.
func TestHTMLToTextPreWrap(t *testing.T) {
	checkStructure(t, []structureCase{
		{"pre-wrap div", "<div style=\"white-space: pre-wrap\">Rest a week.\n\nMaren\n272.231.9282</div>",
			"Rest a week.\n\nMaren\n272.231.9282"},
		{"pre-line with other declarations", "<div style=\"font-family: sans-serif; WHITE-SPACE:pre-line\">Rest a week.\nThen easy runs.</div><div>Maren</div>",
			"Rest a week.\nThen easy runs.\nMaren"},
		{"nowrap keeps none", "<div style=\"white-space: nowrap\">Rest a week.\nThen easy runs.</div>",
			"Rest a week. Then easy runs."},
	})
}

// TestHTMLToTextNestedQuoteBlankLine writes the empty line between two
// paragraphs of a nested quote with the marks of its text lines, "> >",
// not ">>".
func TestHTMLToTextNestedQuoteBlankLine(t *testing.T) {
	checkStructure(t, []structureCase{
		{"two paragraphs two quotes deep", "<blockquote><blockquote><p>One.</p><p>Two.</p></blockquote></blockquote>",
			"> > One.\n> >\n> > Two."},
	})
}
