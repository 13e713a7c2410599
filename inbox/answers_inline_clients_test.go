package inbox

import (
	"html"
	"strings"
)

// The clients the owner answers inline in, each writing its attribution,
// its quote marks, its signature and its footer where it does.

// inlineClient is how one client writes an inline reply.
type inlineClient struct {
	name string
	// attribution is written over the quote; quoted with it where the
	// client quotes its own attribution (Apple Mail, Outlook's header
	// block in its "> " mode).
	attribution string
	quotedAttr  bool
	// blankUnder leaves a blank line under the attribution.
	blankUnder bool
	// prefix marks a quoted line and empty an empty one; nest marks a
	// line already quoted.
	prefix, empty, nest string
	flowed              bool
	// wrap breaks quoted lines longer than it at a space, the rest
	// going on unquoted, as clients that wrap what they send do.
	wrap int
	// tight writes the answers right under and over the quote, with no
	// blank line between, as many answer in mutt.
	tight bool
	cte   string
	// top puts the client's signature and footer over the quote, as
	// most clients do; otherwise they go under the whole reply.
	top bool
	// footer is the app's own line for the mobile footer ending, ""
	// where the client writes none.
	footer string
	// html writes the client's HTML part, nil for a plain-text client.
	html func(c inlineClient, r inlineReply) string
}

// inlineReply is one reply to lay out: its pieces and its ending.
type inlineReply struct {
	intro string
	segs  []inlineSeg
	end   inlineEnding
}

const (
	inlineFrom  = "Lena Fischer <lena@example.net>"
	outlookHead = "-----Original Message-----\nFrom: Lena Fischer <lena@example.net>\n" +
		"Sent: Tuesday, June 3, 2025 10:12 AM\nTo: Maren Holt <maren@example.org>\nSubject: Calf pain after long runs"
)

var inlineClients = []inlineClient{
	{name: "gmail", attribution: "On Tue, Jun 3, 2025 at 10:12 AM " + inlineFrom + " wrote:", blankUnder: true,
		prefix: "> ", empty: ">", nest: "> ", cte: "quoted-printable", top: true, html: gmailInlineHTML},
	{name: "outlook quoting with >", attribution: outlookHead, quotedAttr: true,
		prefix: "> ", empty: ">", nest: "> ", cte: "quoted-printable", top: true},
	{name: "apple mail", attribution: "On 3 Jun 2025, at 10:12, " + inlineFrom + " wrote:", quotedAttr: true,
		prefix: "> ", empty: "> ", nest: "> ", cte: "quoted-printable", top: true, html: appleInlineHTML},
	{name: "iphone", attribution: "On 3 Jun 2025, at 10:12, " + inlineFrom + " wrote:", quotedAttr: true,
		prefix: "> ", empty: "> ", nest: "> ", cte: "quoted-printable", top: true, footer: "Sent from my iPhone"},
	{name: "thunderbird", attribution: "On 6/3/25 10:12 AM, Lena Fischer wrote:",
		prefix: "> ", empty: ">", nest: ">", flowed: true, cte: "8bit", html: thunderbirdInlineHTML},
	{name: "mutt", attribution: "* " + inlineFrom + " [2025-06-03 10:12]:",
		prefix: "> ", empty: ">", nest: ">", cte: "8bit"},
	{name: "neomutt", attribution: "On Tue, Jun 03, 2025 at 10:12:45AM +0000, Lena Fischer wrote:",
		prefix: "> ", empty: ">", nest: ">", cte: "8bit"},
	{name: "mutt, typed right under the quote", attribution: "* " + inlineFrom + " [2025-06-03 10:12]:",
		prefix: "> ", empty: ">", nest: ">", cte: "8bit", tight: true},
	{name: "thunderbird, typed right under the quote", attribution: "On 6/3/25 10:12 AM, Lena Fischer wrote:",
		prefix: "> ", empty: ">", nest: ">", flowed: true, cte: "8bit", tight: true},
	{name: "outlook quoting with >, wrapping at 76", attribution: outlookHead, quotedAttr: true,
		prefix: "> ", empty: ">", nest: "> ", cte: "quoted-printable", top: true, wrap: 76},
	{name: "roundcube wrapping at 72", attribution: "On 2025-06-03 10:12, Lena Fischer wrote:",
		prefix: "> ", empty: ">", nest: ">", cte: "quoted-printable", wrap: 72},
	{name: "gmail, a long name wrapping the attribution", attribution: "On Tue, Jun 3, 2025 at 10:12 AM Lena Fischer-Hoogendoorn <\n" +
		"lena.fischer-hoogendoorn@example.net> wrote:", blankUnder: true,
		prefix: "> ", empty: ">", nest: "> ", cte: "quoted-printable", top: true, html: gmailInlineHTML},
	{name: "apple mail, a long name wrapping the attribution", attribution: "On 3 Jun 2025, at 10:12, Lena Fischer-Hoogendoorn\n" +
		"<lena.fischer-hoogendoorn@example.net> wrote:", quotedAttr: true,
		prefix: "> ", empty: "> ", nest: "> ", cte: "quoted-printable", top: true, html: appleInlineHTML},
	{name: "s-nail", attribution: inlineFrom + " wrote:", blankUnder: true,
		prefix: "> ", empty: ">", nest: "> ", cte: "quoted-printable"},
	{name: "k-9", attribution: "On June 3, 2025 10:12:45 AM GMT+02:00, " + inlineFrom + " wrote:",
		prefix: ">", empty: ">", nest: ">", cte: "quoted-printable", top: true,
		footer: "Sent from my Android device with K-9 Mail. Please excuse my brevity."},
}

// footerOf is the client's mobile footer.
func (c inlineClient) footerOf(e inlineEnding) string {
	if e.footer == "" {
		return ""
	}
	return c.footer
}

// quote quotes a paragraph of the question.
func (c inlineClient) quote(text string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		switch {
		case l == "":
			lines[i] = c.empty
		case isQuoteLine(l):
			lines[i] = c.nest + l
		default:
			lines[i] = c.prefix + l
		}
	}
	return strings.Join(lines, "\n")
}

// wrapped breaks the lines of text longer than c.wrap.
func (c inlineClient) wrapped(text string) string {
	if c.wrap == 0 {
		return text
	}
	var out []string
	for _, l := range strings.Split(text, "\n") {
		for len(l) > c.wrap {
			cut := strings.LastIndex(l[:c.wrap], " ")
			if cut <= 0 {
				break
			}
			out = append(out, l[:cut])
			l = l[cut+1:]
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// plain is the client's plain-text reply.
func (c inlineClient) plain(r inlineReply) string {
	var b strings.Builder
	if r.intro != "" {
		b.WriteString(r.intro + "\n\n")
	}
	top, bottom := c.extras(r.end)
	if top != "" {
		b.WriteString("\n" + top + "\n\n")
	}
	if c.quotedAttr {
		b.WriteString(c.quote(c.attribution) + "\n" + c.empty + "\n")
	} else {
		b.WriteString(c.attribution + "\n")
		if c.blankUnder {
			b.WriteString("\n")
		}
	}
	last := lastTyped(r.segs)
	for i, s := range r.segs {
		if !s.quote {
			if !c.tight {
				b.WriteString("\n")
			}
			b.WriteString(s.text + "\n")
			if i == last {
				b.WriteString(c.closing(r.end, false))
			}
			if i+1 < len(r.segs) && !c.tight {
				b.WriteString("\n")
			}
			continue
		}
		b.WriteString(c.wrapped(c.quote(s.text)) + "\n")
		if i+1 < len(r.segs) && r.segs[i+1].quote {
			b.WriteString(c.empty + "\n")
		}
	}
	b.WriteString(c.closing(r.end, true))
	if bottom != "" {
		b.WriteString("\n" + bottom + "\n")
	}
	return b.String()
}

// closing is the owner's closing, and the footer a client without a
// place of its own for it writes under the answer, where they go.
func (c inlineClient) closing(e inlineEnding, underTail bool) string {
	var s string
	if e.closing != "" && e.underTail == underTail {
		s += "\n" + e.closing + "\n"
	}
	if f := c.footerOf(e); f != "" && !c.top && !underTail {
		s += "\n" + f + "\n"
	}
	return s
}

// extras are the signature and footer over the quote and under it.
func (c inlineClient) extras(e inlineEnding) (top, bottom string) {
	var parts []string
	if e.sig != "" {
		parts = append(parts, "-- \n"+e.sig)
	}
	if f := c.footerOf(e); f != "" && c.top {
		parts = append(parts, f)
	}
	if c.top {
		return strings.Join(parts, "\n\n"), ""
	}
	if e.sig != "" {
		return "", "-- \n" + e.sig
	}
	return "", ""
}

// mail is the reply as the client sends it.
func (c inlineClient) mail(r inlineReply) string {
	if c.html == nil {
		return plainMail(c.plain(r), c.cte, c.flowed)
	}
	return altMail(c.plain(r), c.html(c, r), c.cte)
}

// htmlParas writes quoted paragraphs as one run, lines broken with <br>.
func htmlParas(paras []string) string {
	out := make([]string, len(paras))
	for i, p := range paras {
		out[i] = htmlBreaks(p)
	}
	return strings.Join(out, "<br><br>")
}

// htmlRuns calls quote for each run of quoted paragraphs and typed for
// each piece the owner typed, in order.
func htmlRuns(segs []inlineSeg, quote func(first bool, paras []string) string, typed func(i int, text string) string) string {
	var b strings.Builder
	var run []string
	first := true
	flush := func() {
		if len(run) > 0 {
			b.WriteString(quote(first, run))
			first, run = false, nil
		}
	}
	for i, s := range segs {
		if s.quote {
			run = append(run, s.text)
			continue
		}
		flush()
		b.WriteString(typed(i, s.text))
	}
	flush()
	return b.String()
}

const gmailQuoteStyle = `style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"`

func gmailInlineHTML(c inlineClient, r inlineReply) string {
	var b strings.Builder
	b.WriteString(`<div dir="ltr">` + htmlDivs(r.intro))
	if r.end.sig != "" {
		b.WriteString(`<div><br clear="all"></div><div><br></div><span class="gmail_signature_prefix">-- </span><br>` +
			`<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">` + htmlDivs(r.end.sig) + `</div>`)
	}
	b.WriteString(`</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">` +
		html.EscapeString(c.attribution) + `<br></div>`)
	last := lastTyped(r.segs)
	b.WriteString(htmlRuns(r.segs, func(_ bool, paras []string) string {
		return `<blockquote class="gmail_quote" ` + gmailQuoteStyle + `>` + htmlParas(paras) + `</blockquote>`
	}, func(i int, text string) string {
		if i == last && r.end.closing != "" && !r.end.underTail {
			text += "\n\n" + r.end.closing
		}
		return `<div><br></div>` + htmlDivs(text) + `<div><br></div>`
	}))
	if r.end.closing != "" && r.end.underTail {
		b.WriteString(`<div><br></div>` + htmlDivs(r.end.closing))
	}
	b.WriteString(`</div>`)
	return b.String()
}

func appleInlineHTML(c inlineClient, r inlineReply) string {
	var b strings.Builder
	b.WriteString(`<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>` +
		`<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">`)
	if r.intro != "" {
		b.WriteString(htmlDivs(r.intro))
	}
	top, _ := c.extras(r.end)
	if top != "" {
		b.WriteString(`<div><br></div>` + htmlDivs(top))
	}
	last := lastTyped(r.segs)
	b.WriteString(`<div><br>` + htmlRuns(r.segs, func(first bool, paras []string) string {
		attr := ""
		if first {
			attr = `<div>` + html.EscapeString(c.attribution) + `</div><br class="Apple-interchange-newline">`
		}
		return `<blockquote type="cite">` + attr + `<div><div>` + htmlParas(paras) + `</div></div></blockquote>`
	}, func(i int, text string) string {
		if i == last && r.end.closing != "" && !r.end.underTail {
			text += "\n\n" + r.end.closing
		}
		return `<div><br></div>` + htmlDivs(text) + `<div><br></div>`
	}) + `</div>`)
	if r.end.closing != "" && r.end.underTail {
		b.WriteString(`<div><br></div>` + htmlDivs(r.end.closing))
	}
	b.WriteString(`<br></body></html>`)
	return b.String()
}

func thunderbirdInlineHTML(c inlineClient, r inlineReply) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>`)
	if r.intro != "" {
		b.WriteString("<p>" + htmlBreaks(r.intro) + "</p>\n")
	}
	b.WriteString(`<div class="moz-cite-prefix">` + html.EscapeString(c.attribution) + `<br></div>`)
	last := lastTyped(r.segs)
	b.WriteString(htmlRuns(r.segs, func(_ bool, paras []string) string {
		return `<blockquote type="cite" cite="mid:q12@example.net"><pre class="moz-quote-pre" wrap="">` +
			html.EscapeString(strings.Join(paras, "\n\n")) + "\n</pre></blockquote>\n"
	}, func(i int, text string) string {
		if i == last && r.end.closing != "" && !r.end.underTail {
			text += "\n\n" + r.end.closing
		}
		var p strings.Builder
		for _, para := range strings.Split(text, "\n\n") {
			p.WriteString("<p>" + htmlBreaks(para) + "</p>\n")
		}
		return p.String()
	}))
	if r.end.closing != "" && r.end.underTail {
		b.WriteString("<p>" + htmlBreaks(r.end.closing) + "</p>\n")
	}
	if r.end.sig != "" {
		b.WriteString(`<pre class="moz-signature" cols="72">-- ` + "\n" + html.EscapeString(r.end.sig) + "</pre>\n")
	}
	b.WriteString("</body></html>")
	return b.String()
}
