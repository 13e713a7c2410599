package main

import "strings"

// iOS Mail's "Sent from my iPhone" / iPad in each language.
var iPhoneFooter = map[string]string{
	"en": "Sent from my iPhone", "de": "Von meinem iPhone gesendet", "fr": "Envoyé de mon iPhone",
	"es": "Enviado desde mi iPhone", "it": "Inviato da iPhone", "nl": "Verstuurd vanaf mijn iPhone",
	"ptbr": "Enviado do meu iPhone", "ptpt": "Enviado do meu iPhone", "sv": "Skickat från min iPhone",
	"da": "Sendt fra min iPhone", "no": "Sendt fra min iPhone", "pl": "Wysłane z iPhone'a",
	"ru": "Отправлено с iPhone", "uk": "Надіслано з iPhone", "fi": "Lähetetty iPhonesta",
	"cs": "Odesláno z iPhonu", "tr": "iPhone'umdan gönderildi", "ja": "iPhoneから送信",
	"zh": "发自我的iPhone", "vi": "Gửi từ iPhone của tôi",
}

var iPadFooter = map[string]string{
	"en": "Sent from my iPad", "de": "Von meinem iPad gesendet", "fr": "Envoyé de mon iPad",
	"es": "Enviado desde mi iPad", "it": "Inviato da iPad", "nl": "Verstuurd vanaf mijn iPad",
	"ptbr": "Enviado do meu iPad", "ptpt": "Enviado do meu iPad", "sv": "Skickat från min iPad",
	"da": "Sendt fra min iPad", "no": "Sendt fra min iPad", "pl": "Wysłane z iPada", "ru": "Отправлено с iPad",
	"fi": "Lähetetty iPadista", "ja": "iPadから送信", "zh": "发自我的iPad",
}

func iphone(r *reply) string { return iosMail(r, iPhoneFooter) }
func ipad(r *reply) string   { return iosMail(r, iPadFooter) }

// iosMail writes iOS and iPadOS Mail: the attribution is quoted with the
// rest in plain text and sits in its own cited blockquote in HTML; the
// signature ("Sent from my iPhone" unless changed) goes above the quote.
func iosMail(r *reply, footers map[string]string) string {
	g := newRNG(r, "ios")
	attr := appleAttribution(r)
	sig, sigH := iosSig(r, footers)
	plain, html := iosBody(r, attr, sig, sigH)
	top := delivered(r, "mail.runhelp.example")
	var root *part
	if r.has("plainonly") {
		root = leaf("text/plain;\n\tcharset=utf-8", "utf-8", plainCTE(plain, "quoted-printable"), plain)
	} else {
		html = `<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">` + html + "</body></html>\n"
		b := "Apple-Mail-" + g.uuid(true)
		root = multi("multipart/alternative; boundary="+b, b,
			leaf("text/plain;\n\tcharset=utf-8", "utf-8", plainCTE(plain, "quoted-printable"), plain),
			leaf("text/html;\n\tcharset=utf-8", "utf-8", plainCTE(html, "quoted-printable"), html))
	}
	top = append(top, root.header...)
	root.header = nil
	top = append(top,
		ownerFrom(r, ""),
		"Mime-Version: 1.0 (1.0)",
		"Date: "+rfcDate(r.sent),
		subjectHeader(reSubject("Re:", r.hist), "utf-8", false),
		"Message-Id: <"+g.uuid(true)+"@runhelp.example>",
		"References: <"+r.hist.msgID+">",
		"In-Reply-To: <"+r.hist.msgID+">",
		"To: "+route,
		"X-Mailer: "+map[bool]string{true: "iPad Mail (21F90)", false: "iPhone Mail (22B83)"}[r.client == "ipad"])
	return serialize(top, root)
}

// iosSig is what sits where the signature goes: the footer, the owner's
// own signature (marked only in HTML), or nothing when she deleted it.
func iosSig(r *reply, footers map[string]string) ([]string, string) {
	br := `<br id="lineBreakAtBeginningOfSignature">`
	open := `<div dir="ltr">`
	if r.has("oldsig") {
		br, open = "", `<div id="AppleMailSignature" dir="ltr">`
	}
	switch r.sig {
	case "footer":
		f := footers[r.lang]
		if f == "" {
			panic("no iOS footer for " + r.lang)
		}
		return []string{f}, `<div dir="ltr">` + br + open + htmlEscape(f) + `</div></div>`
	case "client":
		return r.sigLines, `<div dir="ltr">` + br + open + brText(r.sigLines, "<br>") + `</div></div>`
	case "dashdash":
		return append([]string{"-- "}, r.sigLines...), `<div dir="ltr">` + br + open + "-- <br>" + brText(r.sigLines, "<br>") + `</div></div>`
	}
	return nil, ""
}

func iosBody(r *reply, attr string, sig []string, sigH string) (plain, html string) {
	qa := []string{"> " + attr, "> "}
	hist := append(qa, quoteAll("> ", r.hist.lines)...)
	quoteH := `<div dir="ltr"><br><blockquote type="cite">` + htmlEscape(attr) + `<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">` +
		histHTML(r.hist.lines, "<br>") + `</div></blockquote>`
	lines := func(ls []string) string { return perLine(ls, `<div dir="ltr">`, `</div>`, `<div dir="ltr"><br></div>`) }
	switch {
	case r.layout == "top":
		p := append(append([]string{}, r.text()...), "")
		if sig != nil {
			p = append(append(p, sig...), "")
		}
		p = append(p, hist...)
		return join(p) + "\n", lines(r.text()) + `<div dir="ltr"><br></div>` + sigH + quoteH
	case r.layout == "bottom" && r.has("sigabove"):
		// The owner typed under the quote; the signature stayed above it.
		p := append([]string{""}, sig...)
		p = append(append(append(p, ""), hist...), "")
		p = append(p, r.text()...)
		return join(p) + "\n", `<div dir="ltr"><br></div>` + sigH + quoteH + lines(r.text())
	case r.layout == "bottom":
		p := append(append(hist, ""), r.text()...)
		if sig != nil {
			p = append(append(p, ""), sig...)
		}
		return join(p) + "\n", quoteH + lines(r.text()) + `<div dir="ltr"><br></div>` + sigH
	}
	return iosInline(r, attr, sig, sigH)
}

func iosInline(r *reply, attr string, sig []string, sigH string) (plain, html string) {
	var p []string
	var h strings.Builder
	h.WriteString(`<div dir="ltr"><br></div>` + sigH + `<div dir="ltr"><br><blockquote type="cite">` + htmlEscape(attr) + `<br><br></blockquote></div>`)
	if sig != nil {
		p = append(append([]string{""}, sig...), "")
	}
	p = append(p, "> "+attr, "> ")
	for _, b := range r.blocks {
		if b.quote {
			p = append(p, quoteAll("> ", b.lines)...)
			h.WriteString(`<blockquote type="cite"><div dir="ltr">` + brText(b.lines, "<br>") + `</div></blockquote>`)
			continue
		}
		p = append(append(append(p, ""), b.lines...), "")
		h.WriteString(perLine(b.lines, `<div dir="ltr">`, `</div>`, `<div dir="ltr"><br></div>`) + `<div dir="ltr"><br></div>`)
	}
	return join(p) + "\n", h.String()
}
