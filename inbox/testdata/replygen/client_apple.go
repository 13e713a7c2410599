package main

import "strings"

// appleAttr are Apple Mail's attribution lines (macOS, iOS and iPadOS
// share them; iOS quotes the line itself).
var appleAttr = map[string]string{
	"en":   "On {d} {MMM} {yyyy}, at {HH}:{mm}, {who} wrote:",
	"enus": "On {MMM} {d}, {yyyy}, at {h}:{mm}\u202f{a}, {who} wrote:",
	"de":   "Am {dd}.{MM}.{yyyy} um {HH}:{mm} schrieb {who}:",
	"fr":   "Le {d} {MMM} {yyyy} à {HH}:{mm}, {who} a écrit\u00a0:",
	"es":   "El {d} {MMM} {yyyy}, a las {H}:{mm}, {who} escribió:",
	"it":   "Il giorno {d} {MMM} {yyyy}, alle ore {HH}:{mm}, {who} ha scritto:",
	"nl":   "Op {d} {MMM} {yyyy}, om {HH}:{mm} heeft {who} het volgende geschreven:",
	"ptbr": "Em {d} de {MMM} de {yyyy}, à(s) {HH}:{mm}, {who} escreveu:",
	"ptpt": "A {d}/{MM}/{yyyy}, às {HH}:{mm}, {who} escreveu:",
	"sv":   "{d} {MMM} {yyyy} kl. {HH}:{mm} skrev {who}:",
	"da":   "Den {d}. {MMM} {yyyy} kl. {HH}.{mm} skrev {who}:",
	"no":   "{d}. {MMM} {yyyy} kl. {HH}:{mm} skrev {who}:",
	"pl":   "Wiadomość napisana przez {who} w dniu {d} {MMMMg} {yyyy}, o godz. {HH}:{mm}:",
	"ru":   "{d} {MMMMg} {yyyy} г., в {HH}:{mm}, {who} написал(а):",
	"uk":   "{d} {MMM} {yyyy} р. о {HH}:{mm} {who} написав(ла):",
	"fi":   "{who} kirjoitti {d}.{M}.{yyyy} kello {H}.{mm}:",
	"cs":   "{d}. {M}. {yyyy} v {H}:{mm}, {who}:",
	"tr":   "{d} {MMM} {yyyy} tarihinde {HH}:{mm} saatinde, {who} şunları yazdı:",
	"ja":   "{yyyy}/{MM}/{dd} {H}:{mm}、{who}のメール：",
	"zh":   "{yyyy}年{M}月{d}日 {HH}:{mm}，{who} 写道：",
	"vi":   "Vào {HH}:{mm}, ngày {d} {MMM}, {yyyy}, {who} đã viết:",
}

func appleAttribution(r *reply) string {
	key := r.lang
	if r.has("us") {
		key = "enus"
	}
	return attribution(appleAttr[key], r.lang, r.hist.date, r.hist.from)
}

const appleBody = `<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">`

// appleLines is Apple Mail's editor: the first line bare in the body, each
// further line in a div, blank lines as <div><br></div>.
func appleLines(ls []string) string {
	return mustRender(linkify(ls[0])+perLine(ls[1:], "<div>", "</div>", "<div><br></div>"), ls)
}

// appleMac writes Apple Mail on macOS: unquoted attribution over "> "
// lines in plain text, blockquote type=cite with the attribution inside it
// in HTML.
func appleMac(r *reply) string {
	g := newRNG(r, "apple")
	attr := appleAttribution(r)
	plain, html := appleMacBody(r, attr)
	cs, label := "utf-8", "utf-8"
	if r.lang == "ja" {
		cs, label = "iso-2022-jp", "iso-2022-jp"
	}
	html = `<html><head><meta http-equiv="content-type" content="text/html; charset=` + label + `"></head>` + appleBody + html + "</body></html>\n"
	b := "Apple-Mail=_" + g.uuid(true)
	pcte, hcte := plainCTE(plain, "quoted-printable"), plainCTE(html, "quoted-printable")
	if cs == "iso-2022-jp" {
		pcte, hcte = "7bit", "7bit"
	}
	root := multi("multipart/alternative;\n\tboundary=\""+b+"\"", b,
		leaf("text/plain;\n\tcharset="+label, cs, pcte, plain),
		appleHTMLPart(r, g, cs, label, hcte, html))
	if r.has("attach") {
		mb := "Apple-Mail=_" + g.uuid(true)
		root = multi("multipart/mixed;\n\tboundary=\""+mb+"\"", mb, root,
			binLeaf(pdfBytes(r), "Content-Disposition: attachment;\n\tfilename=training-plan.pdf",
				"Content-Type: application/pdf;\n\tx-unix-mode=0644;\n\tname=\"training-plan.pdf\""))
	}
	top := append(delivered(r, "mail.runhelp.example"),
		ownerFrom(r, ""),
		root.header[0],
		"Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))",
		subjectHeader(reSubject("Re:", r.hist), label, cs != "utf-8"),
		"Date: "+rfcDate(r.sent),
		"In-Reply-To: <"+r.hist.msgID+">",
		"To: "+route,
		"References: <"+r.hist.msgID+">",
		"Message-Id: <"+g.uuid(true)+"@runhelp.example>",
		"X-Mailer: Apple Mail (2.3826.500.181.1.5)")
	root.header = nil
	return serialize(top, root)
}

// appleHTMLPart is the HTML alternative, inside multipart/related when an
// image is pasted into the answer.
func appleHTMLPart(r *reply, g *rng, cs, label, cte, html string) *part {
	if !r.has("related") {
		return leaf("text/html;\n\tcharset="+label, cs, cte, html)
	}
	cid := g.uuid(true) + "@runhelp.example"
	html = strings.Replace(html, "<!--img-->", `<div><img apple-inline="yes" id="`+g.uuid(true)+`" src="cid:`+cid+`" alt="plan.png"></div>`, 1)
	b := "Apple-Mail=_" + g.uuid(true)
	return multi("multipart/related;\n\ttype=\"text/html\";\n\tboundary=\""+b+"\"", b,
		leaf("text/html;\n\tcharset="+label, cs, cte, html),
		binLeaf(pngBytes(r), "Content-Disposition: inline;\n\tfilename=plan.png", "Content-Type: image/png;\n\tx-unix-mode=0644;\n\tname=\"plan.png\"",
			"Content-Id: <"+cid+">"))
}

func appleMacBody(r *reply, attr string) (plain, html string) {
	hist := quoteAll("> ", r.hist.lines)
	quote := `<div><br><blockquote type="cite"><div>` + htmlEscape(attr) + `</div><br class="Apple-interchange-newline"><div><div>` +
		histHTML(r.hist.lines, "<br>") + `</div></div></blockquote></div>`
	sig, sigH := appleSig(r)
	switch r.layout {
	case "top":
		p := append(append(append([]string{}, r.text()...), ""), sig...)
		p = append(append(append(p, attr), ""), hist...)
		return join(p) + "\n", appleLines(r.text()) + "<!--img-->" + sigH + "<div><br></div>" + quote + "<br>"
	case "bottom":
		p := append(append([]string{attr, ""}, hist...), "")
		p = append(append(p, r.text()...), "")
		p = append(p, sig...)
		return join(p) + "\n", `<br>` + quote + `<div>` + appleLines(r.text()) + `</div><!--img-->` + sigH
	}
	return appleInline(r, attr)
}

// appleInline puts the attribution inside the first cited blockquote, as
// Apple Mail does; the owner's text goes between the blockquotes.
func appleInline(r *reply, attr string) (plain, html string) {
	var p []string
	var h strings.Builder
	bs := r.blocks
	if !bs[0].quote {
		p = append(append(p, bs[0].lines...), "")
		h.WriteString(appleLines(bs[0].lines) + "<div><br></div>")
		bs = bs[1:]
	}
	p = append(p, attr)
	for i, b := range bs {
		if b.quote {
			if i > 0 {
				p = append(p, "")
			}
			p = append(p, quoteAll("> ", b.lines)...)
			h.WriteString(`<div><blockquote type="cite">`)
			if i == 0 {
				h.WriteString(`<div>` + htmlEscape(attr) + `</div><br class="Apple-interchange-newline">`)
			}
			h.WriteString(`<div>` + brText(b.lines, "<br>") + `</div></blockquote></div>`)
			continue
		}
		p = append(append(p, ""), b.lines...)
		h.WriteString(`<div><br></div>` + perLine(b.lines, "<div>", "</div>", "<div><br></div>") + `<div><br></div>`)
	}
	return join(p) + "\n", h.String()
}

// appleSig is a signature the owner set up to start with "-- ", which
// Apple Mail writes as typed.
func appleSig(r *reply) ([]string, string) {
	if r.sig != "dashdash" {
		return nil, ""
	}
	return append(append([]string{"-- "}, r.sigLines...), ""),
		`<div><br></div><div><div dir="auto" style="caret-color: rgb(0, 0, 0); color: rgb(0, 0, 0); letter-spacing: normal; text-align: start; text-indent: 0px; text-transform: none; white-space: normal; word-spacing: 0px; -webkit-text-stroke-width: 0px; text-decoration: none; overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">-- <br>` +
			brText(r.sigLines, "<br>") + `</div></div>`
}
