package main

import (
	"strings"
)

// gmailAttr are Gmail web's attribution lines.
var gmailAttr = map[string]string{
	"en":   "On {EEE}, {MMM} {d}, {yyyy} at {h}:{mm} {a} {who} wrote:",
	"de":   "Am {EEE}, {d}. {MMM} {yyyy} um {HH}:{mm} Uhr schrieb {who}:",
	"fr":   "Le {EEE} {d} {MMM} {yyyy} à {HH}:{mm}, {who} a écrit :",
	"es":   "El {EEE}, {d} {MMM} {yyyy} a las {H}:{mm}, {name} (<{addr}>) escribió:",
	"it":   "Il giorno {EEE} {d} {MMM} {yyyy} alle ore {HH}:{mm} {who} ha scritto:",
	"nl":   "Op {EEE} {d} {MMM} {yyyy} om {HH}:{mm} schreef {who}:",
	"ptbr": "Em {EEE}, {d} de {MMM} de {yyyy} às {HH}:{mm}, {who} escreveu:",
	"ptpt": "{who} escreveu ({EEEE}, {d}/{MM}/{yyyy} à(s) {HH}:{mm}):",
	"sv":   "Den {EEE} {d} {MMM} {yyyy} kl {HH}:{mm} skrev {who}:",
	"da":   "Den {EEE} {d}. {MMM} {yyyy} kl. {HH}.{mm} skrev {who}:",
	"no":   "{EEE} {d}. {MMM} {yyyy} kl. {HH}:{mm} skrev {who}:",
	"pl":   "{EEE} {d} {MMM} {yyyy} o {HH}:{mm} {who} napisał(a):",
	"ru":   "{EEE}, {d} {MMM} {yyyy} г. в {HH}:{mm}, {who}:",
	"uk":   "{EEE}, {d} {MMM} {yyyy} р. о {HH}:{mm} {who} пише:",
	"fi":   "{EEE} {d}.{M}.{yyyy} klo {H}.{mm} {name} ({addr}) kirjoitti:",
	"cs":   "{EEE} {d}. {M}. {yyyy} v {H}:{mm} odesílatel {who} napsal:",
	"tr":   "{who}, {d} {MMM} {yyyy} {EEE}, {HH}:{mm} tarihinde şunu yazdı:",
	"ja":   "{yyyy}年{M}月{d}日({EEE}) {H}:{mm} {who}:",
	"zh":   "{who} 于{yyyy}年{M}月{d}日{EEE} {HH}:{mm}写道：",
	"vi":   "Vào {EEE}, {d} {MMM}, {yyyy} vào lúc {HH}:{mm} {who} đã viết:",
}

// gmailOld are the date-first attributions Gmail wrote years ago, still
// seen from accounts with old settings and from some third-party apps.
var gmailOld = map[string]string{
	"slash":  "{yyyy}/{M}/{d} {who}",
	"gmt":    "{yyyy}-{MM}-{dd} {H}:{mm} GMT{ZZ} {who}:",
	"german": "{yyyy}-{MM}-{dd} {H}:{mm} GMT{ZZ} schrieb {who}:",
}

const gmailQuoteStyle = `margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex`

func gmailAttribution(r *reply) string {
	tpl := gmailAttr[r.lang]
	if o := r.opt["old"]; o != "" {
		tpl = gmailOld[o]
	}
	a := attribution(tpl, r.lang, r.hist.date, r.hist.from)
	if r.has("nnbsp") {
		a = strings.Replace(a, " AM", "\u202fAM", 1)
		a = strings.Replace(a, " PM", "\u202fPM", 1)
	}
	if r.has("nbspcolon") {
		a = strings.Replace(a, " :", "\u00a0:", 1)
	}
	return a
}

// gmailWrap is how Gmail's plain part breaks a long attribution that
// ends in the sender: after the "<" of the address.
func gmailWrap(a string) []string {
	i := strings.LastIndex(a, " <")
	if len([]rune(a)) <= 76 || i < 30 {
		return []string{a}
	}
	return []string{a[:i+2], a[i+2:]}
}

func gmailWeb(r *reply) string {
	g := newRNG(r, "gmail")
	attr := gmailAttribution(r)
	plain, html := gmailBody(r, attr)
	boundary := "000000000000" + g.hex(16)
	cte := "quoted-printable"
	if hasCJK(r.lang) || r.has("b64") {
		cte = "base64"
	}
	alt := multi(`multipart/alternative; boundary="`+boundary+`"`, boundary,
		leaf(`text/plain; charset="UTF-8"`, "utf-8", gmailCTE(plain, cte), plain),
		leaf(`text/html; charset="UTF-8"`, "utf-8", gmailCTE(html, cte), html))
	root := gmailWrapParts(r, g, alt)
	top := append(delivered(r, "mail-wr1-f54.google.com"),
		"MIME-Version: 1.0",
		"References: <"+r.hist.msgID+">",
		"In-Reply-To: <"+r.hist.msgID+">",
		ownerFrom(r, ""),
		"Date: "+rfcDate(r.sent),
		"Message-ID: <CA"+g.pick(alnum+"+_-", 42)+"@mail.gmail.com>",
		subjectHeader(reSubject("Re:", r.hist), "UTF-8", hasCJK(r.lang) || r.lang == "ru"),
		"To: "+route)
	return serialize(top, root)
}

// gmailCTE leaves pure ASCII parts without an encoding, as Gmail does.
func gmailCTE(s, enc string) string {
	if isASCII(s) && enc == "quoted-printable" && !hasLongLine(s) {
		return "7bit"
	}
	return enc
}

func hasLongLine(s string) bool {
	for _, l := range strings.Split(s, "\n") {
		if len(l) > 76 {
			return true
		}
	}
	return false
}

// gmailWrapParts adds an inline signature logo (multipart/related) or an
// attachment (multipart/mixed) around the alternative.
func gmailWrapParts(r *reply, g *rng, alt *part) *part {
	switch {
	case r.has("related"):
		b := "000000000000" + g.hex(16)
		img := binLeaf(pngBytes(r), `Content-Type: image/png; name="logo.png"`,
			`Content-Disposition: inline; filename="logo.png"`, "Content-ID: <ii_"+g.hex(16)+">", "X-Attachment-Id: ii_"+g.hex(16))
		return multi(`multipart/related; boundary="`+b+`"`, b, alt, img)
	case r.has("attach"):
		b := "000000000000" + g.hex(16)
		att := binLeaf(pdfBytes(r), `Content-Type: application/pdf; name="training-plan.pdf"`,
			`Content-Disposition: attachment; filename="training-plan.pdf"`, "Content-ID: <f_"+g.hex(14)+">", "X-Attachment-Id: f_"+g.hex(14))
		return multi(`multipart/mixed; boundary="`+b+`"`, b, alt, att)
	}
	return alt
}

func gmailBody(r *reply, attr string) (plain, html string) {
	hist := quoteAll("> ", r.hist.lines)
	histH := `<blockquote class="gmail_quote" style="` + gmailQuoteStyle + `"><div dir="ltr">` + histHTML(r.hist.lines, "<br>") + `</div></blockquote>`
	attrH := `<div dir="ltr" class="gmail_attr">` + htmlEscape(attr) + `<br></div>`
	div := func(ls []string) string { return perLine(ls, "<div>", "</div>", "<div><br></div>") }
	switch r.layout {
	case "top":
		htmlText := r.namedLinks("%s <%s>")
		text := r.text()
		var p []string
		p = append(p, text...)
		if r.has("glued") {
			p[len(p)-1] += " " + attr
		} else {
			p = append(p, "")
			p = append(p, gmailSigPlain(r)...)
			p = append(p, gmailWrap(attr)...)
		}
		p = append(append(p, ""), hist...)
		html = `<div dir="ltr">` + div(htmlText) + gmailSigHTML(r) + `</div><br><div class="gmail_quote gmail_quote_container">` +
			attrH + histH + `</div>`
		return join(p) + "\n", html + "\n"
	case "bottom":
		text := r.text()
		p := append(append(gmailWrap(attr), ""), hist...)
		p = append(append(p, ""), text...)
		html = `<div dir="ltr"><br></div><br><div class="gmail_quote gmail_quote_container">` + attrH + histH +
			`<div><br></div>` + div(text) + `</div>`
		return join(p) + "\n", html + "\n"
	}
	return gmailInline(r, attr, attrH)
}

func gmailInline(r *reply, attr, attrH string) (plain, html string) {
	var p []string
	var h strings.Builder
	h.WriteString(`<div dir="ltr">`)
	bs := r.blocks
	if !bs[0].quote {
		p = append(p, bs[0].lines...)
		p = append(p, "")
		h.WriteString(perLine(bs[0].lines, "<div>", "</div>", "<div><br></div>"))
		bs = bs[1:]
	}
	h.WriteString(`<div><br></div></div><div class="gmail_quote gmail_quote_container">` + attrH)
	p = append(p, gmailWrap(attr)...)
	for i, b := range bs {
		if i > 0 {
			p = append(p, "")
		}
		if b.quote {
			p = append(p, quoteAll("> ", b.lines)...)
			h.WriteString(`<blockquote class="gmail_quote" style="` + gmailQuoteStyle + `">` + brText(b.lines, "<br>") + `</blockquote>`)
			continue
		}
		p = append(p, b.lines...)
		h.WriteString(`<div><br></div>` + perLine(b.lines, "<div>", "</div>", "<div><br></div>") + `<div><br></div>`)
	}
	h.WriteString(`</div>`)
	return join(p) + "\n", h.String() + "\n"
}

// gmailSigPlain is the "-- " signature Gmail writes into the plain part
// above the quote.
func gmailSigPlain(r *reply) []string {
	if r.sig != "client" && r.sig != "dashdash" {
		return nil
	}
	out := []string{"-- "}
	if r.has("related") {
		out = append(out, "[image: Running Help]")
	}
	return append(append(out, r.sigLines...), "")
}

func gmailSigHTML(r *reply) string {
	switch r.sig {
	case "client":
		img := ""
		if r.has("related") {
			img = `<div><img src="cid:ii_logo" alt="Running Help" width="96" height="32"><br></div>`
		}
		return `<div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">` +
			img + brText(r.sigLines, "<br>") + `</div></div>`
	case "dashdash":
		// A signature typed into the plain-text composer: no markup.
		return `<div><br></div><div>-- </div>` + perLine(r.sigLines, "<div>", "</div>", "")
	}
	return ""
}
