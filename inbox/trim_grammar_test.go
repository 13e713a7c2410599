package inbox

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// The reply grammar builds replies out of whole lines of the kinds the
// trimming rules react to (attributions, header blocks, quotes, closings,
// names, signatures, contact lines, footers) and of the owner's own, in
// random and in degenerate orders, so that the shapes where two rules meet
// are tried far more often than a byte-mutating fuzzer would build them.
// It is deterministic: each reply is built from its seed alone.

// grammarKind is one kind of unit a reply is built from.
type grammarKind struct {
	name string
	pick func(r *rand.Rand) string
}

func pickOf(pool []string) func(r *rand.Rand) string {
	return func(r *rand.Rand) string { return pool[r.IntN(len(pool))] }
}

// grammarKinds are the kinds of units, each with its pool.
func grammarKinds() []grammarKind {
	attrs := append([]string(nil), grammarAttributions...)
	for _, c := range clientAttributions {
		attrs = append(attrs, c.attr)
	}
	blocks := append([]string(nil), grammarHeaderBlocks...)
	for _, b := range headerBlocks {
		blocks = append(blocks, b.block)
		if b.original != "" {
			blocks = append(blocks, b.original+"\n"+b.block)
		}
	}
	footers := append([]string(nil), grammarFooters...)
	for _, f := range clientFooters {
		footers = append(footers, f.footer)
	}
	closings, names := pickOf(grammarClosings), pickOf(grammarNames)
	return []grammarKind{
		{"attribution", pickOf(attrs)},
		{"header", pickOf(blocks)},
		{"glued", pickOf(grammarGlued)},
		{"quote", grammarQuote},
		{"closing", closings},
		{"name", names},
		{"closing name", func(r *rand.Rand) string { return closings(r) + "\n" + names(r) }},
		{"signature", pickOf(grammarSignatures)},
		{"contact", pickOf(grammarContacts)},
		{"footer", pickOf(footers)},
		{"greeting", pickOf(grammarGreetings)},
		{"list", pickOf(grammarListItems)},
		{"sentence", pickOf(grammarSentences)},
		{"blank", func(*rand.Rand) string { return "" }},
	}
}

// grammarQuote is a quote of one to four lines at depth one to three, its
// empty lines written as ">", "> " or left bare.
func grammarQuote(r *rand.Rand) string {
	depth := 1 + r.IntN(3)
	empty := []string{">", "> ", ""}[r.IntN(3)]
	mark := strings.Repeat(">", depth)
	if r.IntN(3) == 0 {
		mark = strings.Repeat("> ", depth)
	}
	lines := make([]string, 1+r.IntN(4))
	for i := range lines {
		l := grammarQuoteTexts[r.IntN(len(grammarQuoteTexts))]
		switch {
		case l != "":
			lines[i] = strings.TrimRight(mark, " ") + " " + l
		case empty == "":
			lines[i] = ""
		default:
			lines[i] = strings.Repeat(">", depth-1) + empty
		}
	}
	return strings.Join(lines, "\n")
}

// grammarDecorate writes a line now and then the way some client or
// editor does: a byte order mark before it, no-break or full-width
// spaces, full-width colons, a tab before it, a carriage return or spaces
// after it.
func grammarDecorate(r *rand.Rand, l string) string {
	if r.IntN(8) != 0 {
		return l
	}
	switch r.IntN(7) {
	case 0:
		return "\ufeff" + l
	case 1:
		return strings.ReplaceAll(l, " ", "\u00a0")
	case 2:
		return strings.ReplaceAll(l, ":", "：")
	case 3:
		return "\t" + l
	case 4:
		return l + "\r"
	case 5:
		return l + "  "
	}
	return strings.ReplaceAll(l, " ", "\u3000")
}

// grammarUnits picks the units of one reply: at random, or in one of the
// degenerate orders (one kind only, one kind at the very top or bottom,
// blank lines between everything).
func grammarUnits(r *rand.Rand, kinds []grammarKind) []string {
	n := 1 + r.IntN(10)
	any := func() string { return kinds[r.IntN(len(kinds))].pick(r) }
	units := make([]string, 0, 2*n+1)
	switch mode := r.IntN(8); mode {
	case 0: // one kind repeated
		k := kinds[r.IntN(len(kinds))]
		for range n {
			units = append(units, k.pick(r))
		}
	case 1: // blank lines between everything
		for range n {
			units = append(units, any(), "")
		}
	case 2, 3: // one kind at the first or the last line
		k := kinds[r.IntN(len(kinds)-1)] // not blank
		for range n {
			units = append(units, any())
		}
		if mode == 2 {
			units = append([]string{k.pick(r)}, units...)
		} else {
			units = append(units, k.pick(r))
		}
	default:
		for range n {
			units = append(units, any())
		}
	}
	return units
}

// grammarReply is one plain-text reply of the grammar.
func grammarReply(r *rand.Rand, kinds []grammarKind) string {
	lines := strings.Split(strings.Join(grammarUnits(r, kinds), "\n"), "\n")
	for i, l := range lines {
		lines[i] = grammarDecorate(r, l)
	}
	text := strings.Join(lines, "\n")
	if r.IntN(2) == 0 {
		text += "\n"
	}
	return text
}

func grammarRand(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, 0x6772616d)) }

// grammarSeeds are n replies of the grammar, for the fuzzer to start from.
func grammarSeeds(n int) []string {
	r, kinds := grammarRand(1), grammarKinds()
	out := make([]string, n)
	for i := range out {
		out[i] = grammarReply(r, kinds)
	}
	return out
}

// grammarHTMLSeeds are n HTML replies of the grammar, for the fuzzer to
// start from.
func grammarHTMLSeeds(n int) []string {
	r, kinds := grammarRand(2), grammarKinds()
	out := make([]string, n)
	for i := range out {
		out[i] = grammarHTML(r, kinds, 0)
	}
	return out
}

// grammarCount is how many replies of each form the tests build.
func grammarCount() int {
	if testing.Short() {
		return 400
	}
	return 2000
}

func TestTrimReplyGrammar(t *testing.T) {
	r, kinds := grammarRand(23), grammarKinds()
	for i := range grammarCount() {
		text := grammarReply(r, kinds)
		t.Run(fmt.Sprint(i), func(t *testing.T) { checkTrimReply(t, text) })
	}
}

func TestTrimHTMLReplyGrammar(t *testing.T) {
	r, kinds := grammarRand(24), grammarKinds()
	for i := range grammarCount() / 2 {
		htm := grammarHTML(r, kinds, 0)
		t.Run(fmt.Sprint(i), func(t *testing.T) { checkHTMLReply(t, htm) })
	}
}

// TestAnswerGrammar puts the grammar's replies into mails as clients send
// them: plain, flowed, HTML alone and both.
func TestAnswerGrammar(t *testing.T) {
	r, kinds := grammarRand(25), grammarKinds()
	ctes := []string{"8bit", "quoted-printable", "base64"}
	for i := range grammarCount() / 4 {
		text, htm := grammarReply(r, kinds), grammarHTML(r, kinds, 0)
		cte := ctes[r.IntN(len(ctes))]
		mails := []string{plainMail(text, cte, r.IntN(2) == 0), htmlMail(htm), altMail(text, htm, cte)}
		for j, raw := range mails {
			t.Run(fmt.Sprint(i, "/", j), func(t *testing.T) {
				m, err := Parse([]byte(raw))
				if err != nil {
					t.Fatalf("got error %v for mail %q", err, raw)
				}
				got := Answer(m)
				validText(t, "answer", got)
				if j == 0 {
					wellFormedReply(t, m.Text, got)
				}
			})
		}
	}
}

// grammarWrappers are the markup clients put around history and
// signatures: attr is an attribution or header block as HTML, inner what
// the wrapper holds.
var grammarWrappers = []func(attr, inner string) string{
	func(attr, inner string) string { // Gmail
		return `<div class="gmail_quote"><div dir="ltr" class="gmail_attr">` + attr +
			`<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">` +
			inner + `</blockquote></div>`
	},
	func(attr, inner string) string { // Gmail's newer container
		return `<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">` + attr + `</div>` + inner + `</div>`
	},
	func(attr, inner string) string { // Thunderbird
		return `<div class="moz-cite-prefix">` + attr + `<br></div><blockquote type="cite" cite="mid:q1@example.net">` + inner + `</blockquote>`
	},
	func(attr, inner string) string { // Apple Mail
		return `<div><br><blockquote type="cite"><div>` + attr + `</div><br><div>` + inner + `</div></blockquote></div>`
	},
	func(attr, inner string) string { // Outlook on the web
		return `<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">` +
			`<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">` + attr +
			`</font><div>&nbsp;</div></div>` + inner
	},
	func(attr, inner string) string { // Outlook on the desktop
		return `<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in"><p class="MsoNormal">` +
			attr + `<o:p></o:p></p></div></div><p class="MsoNormal"><o:p>&nbsp;</o:p></p>` + inner
	},
	func(attr, inner string) string { // Zoho
		return `<div title="beforequote:::"><br></div><div class="zmail_extra"><div>` + attr +
			`<br></div><blockquote style="border-left:1px dotted rgb(229,229,229);margin:0px 0px 0px 5px;padding:0px 0px 0px 5px">` +
			inner + `</blockquote></div>`
	},
	func(attr, inner string) string { // a bare blockquote
		return attr + `<blockquote>` + inner + `</blockquote>`
	},
	func(_, inner string) string { // Gmail's signature
		return `<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">` + inner + `</div>`
	},
	func(_, inner string) string { // Outlook's signature
		return `<div id="Signature"><div style="font-family:Calibri">` + inner + `</div></div>`
	},
	func(_, inner string) string { // Thunderbird's signature
		return `<div class="moz-signature">-- <br>` + inner + `</div>`
	},
	func(_, inner string) string { // iOS
		return `<div id="AppleMailSignature" dir="ltr">` + inner + `</div>`
	},
	func(_, inner string) string { // Proton
		return `<div class="protonmail_signature_block">` + inner + `</div>`
	},
}

// grammarMarkup writes lines as an editor does: divs, breaks or
// paragraphs.
func grammarMarkup(r *rand.Rand, text string) string {
	switch r.IntN(4) {
	case 0:
		return htmlBreaks(text) + "<br>"
	case 1:
		var b strings.Builder
		for _, p := range strings.Split(text, "\n\n") {
			b.WriteString(`<p class="MsoNormal">` + htmlBreaks(p) + "</p>")
		}
		return b.String()
	case 2:
		return htmlDivs(text)
	}
	return `<div dir="ltr">` + htmlDivs(text) + "</div>"
}

// grammarHTML is one HTML reply of the grammar: the owner's units and
// the client's wrappers, each holding more units or another wrapper, in
// either order.
func grammarHTML(r *rand.Rand, kinds []grammarKind, depth int) string {
	part := func() string {
		return grammarMarkup(r, strings.Join(grammarUnits(r, kinds), "\n"))
	}
	wrap := func() string {
		attr := ""
		if r.IntN(4) != 0 {
			attr = htmlBreaks(kinds[r.IntN(2)].pick(r)) // an attribution or a header block
		}
		inner := part()
		if depth < 2 && r.IntN(3) == 0 {
			inner += grammarHTML(r, kinds, depth+1)
		}
		return grammarWrappers[r.IntN(len(grammarWrappers))](attr, inner)
	}
	var b strings.Builder
	for range 1 + r.IntN(3) {
		if r.IntN(2) == 0 {
			b.WriteString(part())
		} else {
			b.WriteString(wrap())
		}
	}
	if depth == 0 && r.IntN(2) == 0 {
		return `<html><head><meta charset="utf-8"></head><body>` + b.String() + "</body></html>"
	}
	return b.String()
}
