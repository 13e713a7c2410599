package main

import (
	"fmt"
	"strings"
)

// zimbraI18n: rule, From, To, Sent, Subject and the Sent date layout.
var zimbraI18n = map[string][6]string{
	"en":   {"Original Message", "From", "To", "Sent", "Subject", "{EEEE}, {MMMM} {d}, {yyyy} {h}:{mm}:{ss} {a}"},
	"de":   {"Ursprüngliche Mail", "Von", "An", "Gesendet", "Betreff", "{EEEE}, {d}. {MMMM} {yyyy} {HH}:{mm}:{ss}"},
	"fr":   {"Mail original", "De", "À", "Envoyé", "Objet", "{EEEE^} {d} {MMMM^} {yyyy} {HH}:{mm}:{ss}"},
	"es":   {"Mensaje original", "De", "Para", "Enviado", "Asunto", "{EEEE^}, {d} de {MMMM^} {yyyy} {H}:{mm}:{ss}"},
	"it":   {"Messaggio originale", "Da", "A", "Inviato", "Oggetto", "{EEEE^}, {d} {MMMM} {yyyy} {H}:{mm}:{ss}"},
	"nl":   {"Oorspronkelijk bericht", "Van", "Aan", "Verzonden", "Onderwerp", "{EEEE} {d} {MMMM} {yyyy} {HH}:{mm}:{ss}"},
	"ptbr": {"Mensagem original", "De", "Para", "Enviadas", "Assunto", "{EEEE^}, {d} de {MMMM} de {yyyy} {H}:{mm}:{ss}"},
	"pl":   {"Wiadomość oryginalna", "Od", "Do", "Wysłane", "Temat", "{EEEE}, {d} {MMMM} {yyyy} {H}:{mm}:{ss}"},
	"ru":   {"Исходное сообщение", "От", "Кому", "Отправленные", "Тема", "{EEEE^}, {d} {MMMM^} {yyyy} г {H}:{mm}:{ss}"},
	"cs":   {"Původní zpráva", "Od", "Komu", "Odesláno", "Předmět", "{EEEE} {d}. {MMMMg} {yyyy} {H}:{mm}:{ss}"},
}

// zimbra writes Zimbra's web client: the history under "----- Original
// Message -----" (not quoted, or "> " when set to prefix), HTML marked
// with data-marker attributes; its "Outlook" signature style puts the
// signature above the history without a marker in plain text, its
// "Internet" style at the very end after "-- ".
func zimbra(r *reply) string {
	g := newRNG(r, "zimbra")
	z := zimbraI18n[r.lang]
	h := r.hist
	sent := fdate(r.lang, z[5], h.date)
	head := []string{"----- " + z[0] + " -----", z[1] + ": \"" + h.from.name + "\" <" + h.from.addr + ">",
		z[2] + ": \"" + h.to.name + "\" <" + h.to.addr + ">", z[3] + ": " + sent, z[4] + ": " + h.subject}
	prefix := ""
	if r.has("prefix") {
		prefix = "> "
	}
	var sig []string
	switch r.sig {
	case "client":
		sig = r.sigLines
	case "dashdash":
		sig = append([]string{"-- "}, r.sigLines...)
	}
	if r.sig == "dashdash" {
		r.variant["sigend"] = true
	}
	head = append(head, "")
	p := plainAround(r, head, sig, prefix)
	if prefix == "" && r.layout != "inline" {
		p = zimbraUnquoted(r, head, sig)
	}
	html := zimbraHTML(r, z, sent)
	b := fmt.Sprintf("----=_Part_%d_%d.%d", 100000+r.num*131%900000, 1000000000+r.num*7919%899999999, r.sent.UnixMilli())
	root := multi("multipart/alternative; \n\tboundary=\""+b+"\"", b,
		leaf("text/plain; charset=utf-8", "utf-8", plainCTE(join(p), "quoted-printable"), join(p)+"\n"),
		leaf("text/html; charset=utf-8", "utf-8", plainCTE(html, "quoted-printable"), html))
	top := append(delivered(r, "zimbra.runhelp.example"),
		"Date: "+rfcDate(r.sent),
		ownerFrom(r, ""),
		"To: "+route,
		fmt.Sprintf("Message-ID: <%d.%d.%d.JavaMail.zimbra@runhelp.example>", 1000000000+r.num*7919, 10000+r.num*13, r.sent.UnixMilli()),
		"In-Reply-To: <"+h.msgID+">",
		"References: <"+h.msgID+">",
		subjectHeader("Re: "+h.subject, "utf-8", false),
		"MIME-Version: 1.0")
	top = append(top, root.header...)
	root.header = nil
	top = append(top, "X-Mailer: Zimbra 10.0.8_GA_4709 (ZimbraWebClient - GC131 (Linux)/10.0.8_GA_4709)",
		"Thread-Topic: "+qword(h.subject, "utf-8"), "Thread-Index: "+g.pick(alnum+"+/", 28))
	return serialize(top, root)
}

// zimbraUnquoted is the default: history pasted below the header, as is.
func zimbraUnquoted(r *reply, head, sig []string) []string {
	var p []string
	if r.layout == "top" {
		p = append(append(p, r.text()...), "")
		if r.sig == "client" {
			p = append(append(p, sig...), "")
		}
		p = append(append(p, head...), r.hist.lines...)
		if r.sig == "dashdash" {
			p = append(append(p, ""), sig...)
		}
		return p
	}
	p = append(append(append(p, head...), r.hist.lines...), "")
	p = append(p, r.text()...)
	if sig != nil {
		p = append(append(p, ""), sig...)
	}
	return p
}

func zimbraHTML(r *reply, z [6]string, sent string) string {
	h := r.hist
	div := func(ls []string) string { return perLine(ls, "<div>", "</div>", "<div><br></div>") }
	sigH := ""
	switch r.sig {
	case "client":
		sigH = `<div><br></div><div data-marker="__SIG_PRE__">` + brText(r.sigLines, "<br>") + `</div><div data-marker="__SIG_POST__"></div>`
	case "dashdash":
		sigH = `<div><br></div><div data-marker="__SIG_PRE__">-- <br>` + brText(r.sigLines, "<br>") + `</div><div data-marker="__SIG_POST__"></div>`
	}
	headers := fmt.Sprintf(`<hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__"><b>%s: </b>"%s" &lt;%s&gt;<br><b>%s: </b>"%s" &lt;%s&gt;<br><b>%s: </b>%s<br><b>%s: </b>%s<br></div><br>`,
		z[1], h.from.name, h.from.addr, z[2], h.to.name, h.to.addr, z[3], sent, z[4], htmlEscape(h.subject))
	quoted := func(ls []string) string {
		if r.has("prefix") {
			return `<blockquote style="border-left:2px solid #1010FF;margin-left:5px;padding-left:5px;color:#000;font-weight:normal;font-style:normal;text-decoration:none;font-family:Helvetica,Arial,sans-serif;font-size:12pt;">` + histHTML(ls, "<br>") + `</blockquote>`
		}
		return histHTML(ls, "<br>")
	}
	var b strings.Builder
	b.WriteString(`<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">`)
	switch r.layout {
	case "top":
		b.WriteString(div(r.text()))
		if r.sig == "client" {
			b.WriteString(sigH)
		}
		b.WriteString(`<div><br></div>` + headers + `<div data-marker="__QUOTED_TEXT__">` + quoted(h.lines) + `</div>`)
		if r.sig == "dashdash" {
			b.WriteString(sigH)
		}
	case "bottom":
		b.WriteString(headers + `<div data-marker="__QUOTED_TEXT__">` + quoted(h.lines) + `</div><div><br></div>` + div(r.text()) + sigH)
	default:
		bs := r.blocks
		if !bs[0].quote {
			b.WriteString(div(bs[0].lines))
			bs = bs[1:]
		}
		b.WriteString(headers + `<div data-marker="__QUOTED_TEXT__">`)
		for _, bl := range bs {
			if bl.quote {
				b.WriteString(quoted(bl.lines))
			} else {
				b.WriteString(`<div><br></div>` + div(bl.lines) + `<div><br></div>`)
			}
		}
		b.WriteString(`</div>` + sigH)
	}
	b.WriteString("</div></body></html>\n")
	return b.String()
}
