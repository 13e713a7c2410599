package main

import "strings"

var protonAttr = map[string]string{
	"en": "On {EEEE}, {MMMM} {d}{o}, {yyyy} at {HH}:{mm}, {who} wrote:",
	"de": "Am {EEEE}, {d}. {MMMM} {yyyy} um {HH}:{mm} schrieb {who}:",
	"fr": "Le {EEEE} {d} {MMMM} {yyyy} à {HH}:{mm}, {who} a écrit :",
	"es": "El {EEEE}, {d} de {MMMM} de {yyyy}, {H}:{mm}, {who} escribió:",
	"it": "Il giorno {EEEE} {d} {MMMM} {yyyy} alle ore {HH}:{mm}, {who} ha scritto:",
	"nl": "Op {EEEE} {d} {MMMM} {yyyy} om {HH}:{mm} schreef {who}:",
	"pl": "W dniu {EEEE}, {d} {MMMMg} {yyyy} o {HH}:{mm}, {who} napisał(a):",
	"ru": "{EEEE}^, {d} {MMMMg} {yyyy} г. в {HH}:{mm}, {who} написал(а):",
	"sv": "Den {EEEE} {d} {MMMM} {yyyy} kl. {HH}:{mm} skrev {who}:",
}

var protonFooter = map[string][3]string{
	"en": {"Sent with ", "Proton Mail", " secure email."},
	"de": {"Gesendet mit der sicheren E-Mail-App ", "Proton Mail", "."},
	"fr": {"Envoyé avec la messagerie sécurisée ", "Proton Mail", "."},
	"es": {"Enviado con el correo electrónico seguro de ", "Proton Mail", "."},
	"it": {"Inviato con l'email sicura di ", "Proton Mail", "."},
	"nl": {"Verzonden met beveiligde e-mail van ", "Proton Mail", "."},
	"pl": {"Wysłano za pomocą bezpiecznej poczty ", "Proton Mail", "."},
	"ru": {"Отправлено с помощью защищённой почты ", "Proton Mail", "."},
	"sv": {"Skickat med säker e-post från ", "Proton Mail", "."},
}

// proton writes Proton Mail: protonmail_signature_block with the user's
// part and Proton's footer, protonmail_quote around the history, both
// parts base64.
func proton(r *reply) string {
	g := newRNG(r, "proton")
	attr := attribution(protonAttr[r.lang], r.lang, r.hist.date, r.hist.from)
	font := `<div style="font-family: Arial, sans-serif; font-size: 14px;">`
	lines := func(ls []string) string { return perLine(ls, font, "</div>", font+"<br></div>") }
	user := `<div class="protonmail_signature_block-user protonmail_signature_block-empty"></div>`
	var sigP []string
	if r.sig == "client" {
		user = `<div class="protonmail_signature_block-user">` + font + brText(r.sigLines, "<br>") + `</div></div>`
		sigP = r.sigLines
	}
	proton := `<div class="protonmail_signature_block-proton protonmail_signature_block-empty"></div>`
	var footP []string
	if r.sig == "footer" {
		f := protonFooter[r.lang]
		proton = `<div class="protonmail_signature_block-proton">` + htmlEscape(f[0]) + `<a target="_blank" href="https://proton.me/mail/home">` + f[1] + `</a>` + htmlEscape(f[2]) + `</div>`
		footP = []string{f[0] + f[1] + f[2]}
	}
	sigBlock := font + "<br></div>" + `<div class="protonmail_signature_block">` + user + font + "<br></div>" + proton + `</div>` + font + "<br></div>"
	quote := `<div class="protonmail_quote">` + "\n        " + htmlEscape(attr) + "<br><br>\n        " +
		`<blockquote class="protonmail_quote" type="cite">` + "\n            " + histHTML(r.hist.lines, "<br>") + "\n        </blockquote><br>\n    </div>"
	var p []string
	var html string
	switch r.layout {
	case "top":
		p = append(append(append(p, r.text()...), ""), protonSigPlain(sigP, footP)...)
		p = append(append(p, attr, ""), quoteAll("> ", r.hist.lines)...)
		html = lines(r.text()) + sigBlock + quote
	case "bottom":
		p = append(append([]string{attr, ""}, quoteAll("> ", r.hist.lines)...), "")
		p = append(append(append(p, r.text()...), ""), protonSigPlain(sigP, footP)...)
		html = sigQuoteBottom(quote, lines(r.text()), sigBlock)
	default:
		p = inlinePlain(r, []string{attr, ""}, "> ")
		p = append(append(p, ""), protonSigPlain(sigP, footP)...)
		html = protonInline(r, attr, lines) + sigBlock
	}
	b := "b1_" + g.pick(alnum, 43)
	root := multi(`multipart/alternative; boundary="`+b+`"`, b,
		leaf("text/plain; charset=utf-8", "utf-8", "base64", join(p)+"\n"),
		leaf("text/html; charset=utf-8", "utf-8", "base64", html+"\n"))
	top := append(delivered(r, "mail-4322.protonmail.ch"),
		"Date: "+rfcDate(r.sent.UTC()),
		"To: "+route,
		ownerFrom(r, ""),
		subjectHeader("Re: "+r.hist.subject, "utf-8", false),
		"Message-ID: <"+g.pick(alnum+"-_", 86)+"=@proton.me>",
		"In-Reply-To: <"+r.hist.msgID+">",
		"References: <"+r.hist.msgID+">",
		"Feedback-ID: "+g.pick(alnum+"-_", 20)+":Proton",
		"X-Pm-Message-ID: "+g.hex(40),
		"MIME-Version: 1.0")
	top = append(top, root.header...)
	root.header = nil
	return serialize(top, root)
}

func sigQuoteBottom(quote, text, sig string) string { return quote + text + sig }

func protonSigPlain(sig, foot []string) []string {
	var p []string
	if sig != nil {
		p = append(append(p, sig...), "")
	}
	if foot != nil {
		p = append(append(p, foot...), "")
	}
	return p
}

func protonInline(r *reply, attr string, lines func([]string) string) string {
	var b strings.Builder
	bs := r.blocks
	if !bs[0].quote {
		b.WriteString(lines(bs[0].lines))
		bs = bs[1:]
	}
	b.WriteString(`<div class="protonmail_quote">` + htmlEscape(attr) + `<br><br>`)
	for _, bl := range bs {
		if bl.quote {
			b.WriteString(`<blockquote class="protonmail_quote" type="cite">` + brText(bl.lines, "<br>") + `</blockquote>`)
		} else {
			b.WriteString(lines(bl.lines))
		}
	}
	b.WriteString(`</div>`)
	return b.String()
}
