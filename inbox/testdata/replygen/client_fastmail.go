package main

import "strings"

var fastmailAttr = map[string]string{
	"en": "On {EEE}, {d} {MMM} {yyyy}, at {HH}:{mm}, {name} wrote:",
	"de": "Am {EEE}, {d}. {MMM} {yyyy}, um {HH}:{mm}, schrieb {name}:",
	"fr": "Le {EEE} {d} {MMM} {yyyy}, à {HH}:{mm}, {name} a écrit :",
	"nl": "Op {EEE} {d} {MMM} {yyyy}, om {HH}:{mm}, schreef {name}:",
	"da": "Den {EEE} {d}. {MMM} {yyyy}, kl. {HH}.{mm}, skrev {name}:",
	"no": "{EEE} {d}. {MMM} {yyyy}, kl. {HH}:{mm}, skrev {name}:",
	"fi": "{EEE} {d}.{M}.{yyyy}, klo {H}.{mm}, {name} kirjoitti:",
	"es": "El {EEE}, {d} {MMM} {yyyy}, a las {H}:{mm}, {name} escribió:",
	"it": "Il {EEE} {d} {MMM} {yyyy}, alle ore {HH}:{mm}, {name} ha scritto:",
	"sv": "Den {EEE} {d} {MMM} {yyyy}, kl. {HH}:{mm}, skrev {name}:",
}

// fastmail writes Fastmail's web client: a div#sigNNN holding
// div.signature, the history in blockquote#qt, "-- " in the plain part.
func fastmail(r *reply) string {
	g := newRNG(r, "fastmail")
	attr := attribution(fastmailAttr[r.lang], r.lang, r.hist.date, r.hist.from)
	var sigP []string
	sigH := ""
	if r.sig == "client" || r.sig == "dashdash" {
		sigP = append([]string{"-- "}, r.sigLines...)
		sigH = `<div id="sig` + g.pick("0123456789", 8) + `"><div class="signature">-- <br></div><div class="signature">` + brText(r.sigLines, "<br>") + "<br></div></div>"
	}
	p, h := fastmailBody(r, attr, sigP, sigH)
	html := `<!DOCTYPE html><html><head><title></title><style type="text/css">p.MsoNormal,p.MsoNoSpacing{margin:0}</style></head><body>` + h + "</body></html>\n"
	b := g.hex(32)
	root := multi("multipart/alternative;\n    boundary="+b, b,
		leaf("text/plain", "utf-8", plainCTE(join(p), "quoted-printable"), join(p)+"\n"),
		leaf("text/html", "utf-8", plainCTE(html, "quoted-printable"), html))
	if !isASCII(join(p) + html) {
		root.kids[0].header[0] = "Content-Type: text/plain; charset=\"utf-8\""
		root.kids[1].header[0] = "Content-Type: text/html; charset=\"utf-8\""
	}
	top := append(delivered(r, "fout-a2-smtp.messagingengine.com"),
		"MIME-Version: 1.0",
		"Message-Id: <"+g.uuid(false)+"@app.fastmail.com>",
		"In-Reply-To: <"+r.hist.msgID+">",
		"References: <"+r.hist.msgID+">",
		"Date: "+rfcDate(r.sent),
		ownerFrom(r, ""),
		"To: "+route,
		subjectHeader("Re: "+r.hist.subject, "utf-8", false),
		"User-Agent: Cyrus-JMAP/3.13.0-alpha0-1205-g"+g.hex(9))
	top = append(top, root.header...)
	root.header = nil
	return serialize(top, root)
}

func fastmailDiv(ls []string) string { return perLine(ls, "<div>", "<br></div>", "<div><br></div>") }

// fastmailQuoted is a plain-text mail as Fastmail quotes it: a div a line.
func fastmailQuoted(ls []string) string {
	var b strings.Builder
	for _, l := range ls {
		if l == "" {
			b.WriteString("<div><br></div>")
		} else {
			b.WriteString("<div>" + htmlEscape(l) + "<br></div>")
		}
	}
	return b.String()
}

// fastmailBody places text, signature and quote for the layout.
func fastmailBody(r *reply, attr string, sigP []string, sigH string) ([]string, string) {
	div, histDivs := fastmailDiv, fastmailQuoted
	quote := `<div>` + htmlEscape(attr) + `<br></div><blockquote type="cite" id="qt" style="">` + histDivs(r.hist.lines) + `</blockquote>`
	var p []string
	var h string
	switch r.layout {
	case "top":
		p = append(append(p, r.text()...), "")
		if sigP != nil {
			p = append(append(p, sigP...), "")
		}
		p = append(append(p, attr), quoteAll("> ", r.hist.lines)...)
		h = div(r.text()) + "<div><br></div>" + sigH + "<div><br></div>" + quote
	case "bottom":
		p = append(append([]string{attr}, quoteAll("> ", r.hist.lines)...), "")
		p = append(p, r.text()...)
		if sigP != nil {
			p = append(append(p, ""), sigP...)
		}
		h = quote + "<div><br></div>" + div(r.text()) + "<div><br></div>" + sigH
	default:
		p = inlinePlain(r, []string{attr}, "> ")
		if sigP != nil {
			p = append(append(p, ""), sigP...)
		}
		var b strings.Builder
		bs := r.blocks
		if !bs[0].quote {
			b.WriteString(div(bs[0].lines) + "<div><br></div>")
			bs = bs[1:]
		}
		b.WriteString(`<div>` + htmlEscape(attr) + `<br></div>`)
		for _, bl := range bs {
			if bl.quote {
				b.WriteString(`<blockquote type="cite" id="qt" style="">` + histDivs(bl.lines) + `</blockquote>`)
			} else {
				b.WriteString(`<div><br></div>` + div(bl.lines) + `<div><br></div>`)
			}
		}
		h = b.String() + sigH
	}
	return p, h
}
