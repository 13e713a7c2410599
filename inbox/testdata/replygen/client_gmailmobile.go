package main

import "strings"

// gmailAndroidAttr are the Gmail app's attribution lines on Android, which
// differ from the web's (a comma after the name in English, "schrieb am"
// after the sender in German, no space before the name in Swedish).
var gmailAndroidAttr = map[string]string{
	"en":   "On {EEE}, {d} {MMM} {yyyy}, {HH}:{mm} {name}, <{addr}> wrote:",
	"de":   "{who} schrieb am {EEE}, {d}. {MMM} {yyyy}, {HH}:{mm}:",
	"fr":   "Le {EEE} {d} {MMM} {yyyy}, {HH}:{mm}, {who} a écrit :",
	"es":   "El {EEE}, {d} {MMM} {yyyy}, {H}:{mm}, {who} escribió:",
	"it":   "Il {EEE} {d} {MMM} {yyyy}, {HH}:{mm} {who} ha scritto:",
	"nl":   "Op {EEE} {d} {MMM} {yyyy} {HH}:{mm} schreef {who}:",
	"ptbr": "Em {EEE}, {d} de {MMM} de {yyyy} {HH}:{mm}, {who} escreveu:",
	"sv":   "Den {EEE} {d} {MMM} {yyyy} {HH}:{mm}{who} skrev:",
	"da":   "{who} skrev den {EEE} {d}. {MMM} {yyyy} kl. {HH}.{mm}:",
	"pl":   "{EEE}, {d} {MMM} {yyyy}, {HH}:{mm} użytkownik {who} napisał:",
	"ru":   "{EEE}, {d} {MMM} {yyyy} г., {HH}:{mm} {who}:",
}

const gmailMobileQuoteStyle = `margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex`

func gmailAndroid(r *reply) string { return gmailMobile(r, true) }
func gmailIOS(r *reply) string     { return gmailMobile(r, false) }

func gmailMobile(r *reply, android bool) string {
	g := newRNG(r, "gmailmobile")
	tpl := gmailAttr[r.lang]
	if t, ok := gmailAndroidAttr[r.lang]; ok && android {
		tpl = t
	}
	attr := attribution(tpl, r.lang, r.hist.date, r.hist.from)
	plain, html := gmailMobileBody(r, attr, android)
	boundary := "000000000000" + g.hex(16)
	cte := "quoted-printable"
	if hasCJK(r.lang) {
		cte = "base64"
	}
	root := multi(`multipart/alternative; boundary="`+boundary+`"`, boundary,
		leaf(`text/plain; charset="UTF-8"`, "utf-8", gmailCTE(plain, cte), plain),
		leaf(`text/html; charset="UTF-8"`, "utf-8", gmailCTE(html, cte), html))
	top := append(delivered(r, "mail-ej1-f41.google.com"),
		"MIME-Version: 1.0",
		"References: <"+r.hist.msgID+">",
		"In-Reply-To: <"+r.hist.msgID+">",
		ownerFrom(r, ""),
		"Date: "+rfcDate(r.sent),
		"Message-ID: <CA"+g.pick(alnum+"+_-", 44)+"@mail.gmail.com>",
		subjectHeader(reSubject("Re:", r.hist), "UTF-8", false),
		"To: "+route)
	return serialize(top, root)
}

// gmailMobileBody writes the app's parts. The app's editor wraps the first
// line bare and each further line in <div dir="auto">.
func gmailMobileBody(r *reply, attr string, android bool) (plain, html string) {
	open := `<div dir="ltr">`
	if android {
		open = `<div dir="auto">`
	}
	lines := func(ls []string) string {
		return mustRender(linkify(ls[0])+perLine(ls[1:], `<div dir="auto">`, `</div>`, `<div dir="auto"><br></div>`), ls)
	}
	quote := `<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">` + htmlEscape(attr) +
		`<br></div><blockquote class="gmail_quote" style="` + gmailMobileQuoteStyle + `">` + histHTML(r.hist.lines, "<br>") + `</blockquote></div>`
	if r.has("respondinline") {
		return gmailRespondInline(r, attr, r.blocks, nil, "")
	}
	text := r.text()
	foot, footH := gmailMobileFooter(r)
	if r.layout == "bottom" && android {
		// The app hides the quote; to answer under it the owner uses
		// "Respond inline", which pastes it into the editor as text.
		return gmailRespondInline(r, attr, []block{{quote: true, lines: r.hist.lines}, {lines: text}}, foot, footH)
	}
	if r.layout == "bottom" {
		// The iOS app shows the quote in the editor on request; the text
		// typed under it lands inside the quote container.
		p := append(append(gmailWrap(attr), ""), quoteAll("> ", r.hist.lines)...)
		p = append(append(append(p, ""), text...), "")
		p = append(p, foot...)
		quoteOpen := strings.TrimSuffix(quote, "</div>")
		html = open + `<br></div><br>` + quoteOpen + `<div dir="auto"><br></div>` + open + lines(text) + footH + `</div></div>`
		return join(p) + "\n", html + "\n"
	}
	p := append(append([]string{}, text...), "")
	p = append(p, foot...)
	p = append(append(p, gmailWrap(attr)...), "")
	p = append(p, quoteAll("> ", r.hist.lines)...)
	html = open + lines(text) + footH + `</div><br>` + quote + "\n"
	return join(p) + "\n", html
}

// gmailMobileFooter is the app's mobile signature: a "-- " block when
// set up in the app, or an old-style "Sent from" line.
func gmailMobileFooter(r *reply) ([]string, string) {
	switch r.sig {
	case "dashdash":
		return append(append([]string{"-- "}, r.sigLines...), ""),
			`<div dir="auto"><br></div><div dir="auto">-- </div>` + perLine(r.sigLines, `<div dir="auto">`, `</div>`, "")
	case "client":
		return append(append([]string{"-- "}, r.sigLines...), ""),
			`<br clear="all"><div dir="auto"><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">` +
				brText(r.sigLines, "<br>") + `</div>`
	case "footer":
		f := strings.ReplaceAll(r.opt["footer"], "_", " ")
		if f == "" {
			f = "Sent from Gmail Mobile"
		}
		return []string{f, ""}, `<div dir="auto"><br></div><div dir="auto">` + htmlEscape(f) + `</div>`
	}
	return nil, ""
}

// gmailRespondInline is the Android app's "Respond inline": the quote is
// pasted into the editor as text, "> " marks and all, and the owner types
// between its lines. The HTML part has no blockquote at all.
func gmailRespondInline(r *reply, attr string, bs []block, foot []string, footH string) (plain, html string) {
	var p []string
	var h strings.Builder
	h.WriteString(`<div dir="auto">`)
	if !bs[0].quote {
		p = append(append(p, bs[0].lines...), "")
		h.WriteString(perLine(bs[0].lines, `<div dir="auto">`, `</div>`, `<div dir="auto"><br></div>`) + `<div dir="auto"><br></div>`)
		bs = bs[1:]
	}
	p = append(p, attr)
	h.WriteString(`<div dir="auto">` + htmlEscape(attr) + `</div>`)
	for _, b := range bs {
		ls := b.lines
		if b.quote {
			ls = quoteAll("> ", ls)
		}
		p = append(append(p, ""), ls...)
		h.WriteString(`<div dir="auto"><br></div>`)
		for _, l := range ls {
			if l == ">" || l == "" {
				h.WriteString(`<div dir="auto">` + htmlEscape(l) + `<br></div>`)
				continue
			}
			h.WriteString(`<div dir="auto">` + linkify(l) + `</div>`)
		}
	}
	if foot != nil {
		p = append(append(p, ""), foot...)
	}
	h.WriteString(footH + `</div>`)
	return join(p) + "\n", h.String() + "\n"
}
