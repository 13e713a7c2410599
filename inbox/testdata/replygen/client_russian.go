package main

import (
	"fmt"
	"strings"
)

// nbspLines is the editor of mail.ru and Yandex: a div per line, an empty
// line as <div>&nbsp;</div>, which a browser shows as a blank line.
func nbspLines(ls []string) string {
	var b strings.Builder
	for _, l := range ls {
		if l == "" {
			b.WriteString("<div>&nbsp;</div>")
			continue
		}
		b.WriteString("<div>" + linkify(l) + "</div>")
	}
	return b.String()
}

var mailruAttr = map[string]string{
	"ru": "{EEEE^}, {d} {MMMMg} {yyyy}, {H}:{mm} {ZZ} от {who}:",
	"en": "{EEEE}, {d} {MMMM} {yyyy}, {H}:{mm} {ZZ} from {who}:",
	"uk": "{EEEE^}, {d} {MMMMg} {yyyy}, {H}:{mm} {ZZ} від {who}:",
}

var mailruFooter = map[string]string{
	"mobile":  "Отправлено из мобильной Почты Mail.ru",
	"android": "Отправлено из Mail.ru для Android",
	"ios":     "Отправлено из Почты Mail.ru для iOS",
	"en":      "Sent from Mail.ru app for Android",
}

// mailru writes Mail.ru: both parts base64; the plain quote uses ">" with
// no space and starts with the attribution; in HTML the attribution sits
// inside the blockquote; the signature widget holds "--" without a space.
func mailru(r *reply) string {
	g := newRNG(r, "mailru")
	h := r.hist
	attr := attribution(mailruAttr[r.lang], r.lang, h.date, h.from)
	attrH := strings.Replace(htmlEscape(attr), htmlEscape("<"+h.from.addr+">"),
		`&lt;<a href="//e.mail.ru/compose/?mailto=mailto%3a`+h.from.addr+`">`+h.from.addr+`</a>&gt;`, 1)
	quoted := append([]string{">" + attr, ">"}, quoteAll(">", h.lines)...)
	var sigP []string
	sigH := ""
	switch r.sig {
	case "client":
		sigP = append([]string{"--"}, r.sigLines...)
		sigH = `<div data-signature-widget="container"><div data-signature-widget="content"><div>--<br>` + brText(r.sigLines, "<br>") + `</div></div></div>`
	case "footer":
		f := mailruFooter[r.opt["footer"]]
		if f == "" {
			f = mailruFooter["mobile"]
		}
		sigP = []string{"--", f}
		sigH = `<div>--<br>` + htmlEscape(f) + `</div>`
	}
	text := r.text()
	var p []string
	html := "<HTML><BODY>"
	bq := `<blockquote style="border-left:1px solid #0857A6; margin:10px; padding:0 0 0 10px;">` + attrH + `<br>&nbsp;<div id=""><div class="js-helper js-readmsg-msg"><div><div id="style_` +
		fmt.Sprint(r.sent.Unix()) + `0000000000_BODY">` + histHTML(h.lines, "<br>") + `</div></div></div></div></blockquote>`
	if r.layout == "bottom" {
		p = append(append(append(p, quoted...), "", ""), text...)
		p = append(append(p, ""), sigP...)
		html += bq + "<div>&nbsp;</div>" + nbspLines(text) + "<div>&nbsp;</div>" + sigH
	} else {
		p = append(append(append(p, text...), ""), sigP...)
		p = append(append(p, " ", " ", " "), quoted...)
		html += nbspLines(text) + "<div>&nbsp;</div>" + sigH + "<div>&nbsp;</div>" + bq
	}
	html += "</BODY></HTML>\n"
	b := "----ALT--" + g.pick(alnum, 32) + fmt.Sprint(r.sent.Unix())
	root := multi(`multipart/alternative; boundary="`+b+`"`, b,
		leaf("text/plain; charset=utf-8", "utf-8", "base64", join(p)+"\n"),
		leaf("text/html; charset=utf-8", "utf-8", "base64", html))
	mailer := "Mail.Ru Mailer 1.0"
	if r.sig == "footer" {
		mailer = "Mail.Ru Mail Android 14.82.0.46832"
	}
	top := append(delivered(r, "f512.i.mail.ru"),
		ownerFrom(r, ""),
		"To: "+route,
		subjectHeader("Re: "+h.subject, "UTF-8", true),
		"MIME-Version: 1.0",
		"X-Mailer: "+mailer,
		"Date: "+rfcDate(r.sent),
		"Reply-To: "+ownerFrom(r, "")[len("From: "):],
		"X-Priority: 3 (Normal)",
		"Message-ID: <"+fmt.Sprint(r.sent.Unix())+"."+g.pick("0123456789", 9)+"@f512.i.mail.ru>",
		"In-Reply-To: <"+h.msgID+">",
		"References: <"+h.msgID+">")
	top = append(top, root.header...)
	root.header = nil
	return serialize(top, root)
}

var yandexFooter = map[string]string{
	"ru": "Отправлено из мобильного приложения Яндекс Почты",
	"en": "Sent from Yandex Mail for mobile",
	"uk": "Надіслано з мобільного застосунку Яндекс Пошти",
	"tr": "Yandex Mail mobil uygulamasından gönderildi",
}

// yandex writes Yandex Mail: a date-first attribution with the name in
// quotes; a web reply is often HTML only; the mobile app puts its footer
// under "-- ".
func yandex(r *reply) string {
	g := newRNG(r, "yandex")
	h := r.hist
	attr := attribution(`{dd}.{MM}.{yyyy}, {HH}:{mm}, "{name}" <{addr}>:`, r.lang, h.date, h.from)
	var sigP []string
	sigH := ""
	switch r.sig {
	case "dashdash":
		sigP = append([]string{"-- "}, r.sigLines...)
		sigH = "<div>-- </div>" + nbspLines(r.sigLines)
	case "footer":
		sigP = []string{"-- ", yandexFooter[r.lang]}
		sigH = "<div>-- </div><div>" + htmlEscape(yandexFooter[r.lang]) + "</div>"
	}
	hist := `<div>` + htmlEscape(attr) + `</div><blockquote>` + nbspLines(h.lines) + `</blockquote>`
	var html string
	p := plainAround(r, []string{attr}, sigP, "> ")
	switch r.layout {
	case "top":
		html = nbspLines(r.text()) + "<div>&nbsp;</div>" + sigH + "<div>&nbsp;</div><div>&nbsp;</div>" + hist
	case "bottom":
		html = hist + "<div>&nbsp;</div>" + nbspLines(r.text()) + "<div>&nbsp;</div>" + sigH
	default:
		var b strings.Builder
		bs := r.blocks
		if !bs[0].quote {
			b.WriteString(nbspLines(bs[0].lines) + "<div>&nbsp;</div>")
			bs = bs[1:]
		}
		b.WriteString(`<div>` + htmlEscape(attr) + `</div>`)
		for _, bl := range bs {
			if bl.quote {
				b.WriteString(`<blockquote>` + nbspLines(bl.lines) + `</blockquote>`)
			} else {
				b.WriteString(nbspLines(bl.lines) + "<div>&nbsp;</div>")
			}
		}
		html = b.String() + sigH
	}
	var root *part
	if r.has("htmlonly") {
		root = leaf("text/html; charset=utf-8", "utf-8", "8bit", html+"\n")
	} else {
		b := "----==--bound." + fmt.Sprint(100000+r.num*37) + "." + g.pick("abcdefghijklmnopqrstuvwxyz0123456789", 12) + ".yandex.ru"
		root = multi(`multipart/alternative; boundary="`+b+`"`, b,
			leaf("text/plain; charset=utf-8", "utf-8", "base64", join(p)+"\n"),
			leaf("text/html; charset=utf-8", "utf-8", "base64", html+"\n"))
	}
	top := append(delivered(r, "forward501b.mail.yandex.net"),
		"X-Yandex-Fwd: 1",
		ownerFrom(r, ""),
		"To: "+route,
		"In-Reply-To: <"+h.msgID+">",
		"References: <"+h.msgID+">",
		subjectHeader("Re: "+h.subject, "utf-8", true),
		"MIME-Version: 1.0",
		"X-Mailer: Yamail [ http://yandex.ru ] 5.0",
		"Date: "+rfcDate(r.sent),
		"Message-Id: <"+fmt.Sprint(100000+r.num*7919)+fmt.Sprint(r.sent.Unix())+"@mail.yandex.ru>")
	top = append(top, root.header...)
	root.header = nil
	return serialize(top, root)
}
