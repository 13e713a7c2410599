package main

import "strings"

var k9Attr = map[string]string{
	"en": "On {MMMM} {d}, {yyyy} {h}:{mm}:{ss} {a} {GMTL}, {who} wrote:",
	"de": "Am {d}. {MMMM} {yyyy} {HH}:{mm}:{ss} {z} schrieb {who}:",
	"fr": "Le {d} {MMMM} {yyyy} {HH}:{mm}:{ss} {GMTL}, {who} a écrit :",
	"es": "El {d} de {MMMM} de {yyyy} {H}:{mm}:{ss} {GMTL}, {who} escribió:",
	"nl": "Op {d} {MMMM} {yyyy} {HH}:{mm}:{ss} {GMTL} schreef {who}:",
	"pl": "Dnia {d} {MMMMg} {yyyy} {HH}:{mm}:{ss} {GMTL}, {who} napisał(a):",
	"ru": "{d} {MMMMg} {yyyy} г. {H}:{mm}:{ss} {GMTL}, {who} пишет:",
	"it": "Il {d} {MMMM} {yyyy} {HH}:{mm}:{ss} {GMTL}, {who} ha scritto:",
	"cs": "Dne {d}. {MMMMg} {yyyy} {H}:{mm}:{ss} {GMTL}, {who} napsal(a):",
	"sv": "Den {d} {MMMM} {yyyy} {HH}:{mm}:{ss} {GMTL} skrev {who}:",
}

var k9Footer = map[string]string{
	"en": "Sent from my Android device with K-9 Mail. Please excuse my brevity.",
	"de": "Diese Nachricht wurde von meinem Android-Gerät mit K-9 Mail gesendet.",
	"fr": "Envoyé de mon appareil Android avec K-9 Mail. Veuillez excuser ma brièveté.",
	"es": "Enviado desde mi dispositivo Android con K-9 Mail. Por favor, disculpa mi brevedad.",
	"nl": "Verstuurd vanaf mijn Android apparaat met K-9 Mail. Excuseer mijn beknoptheid.",
	"pl": "Wysłane z mojego urządzenia Android przy użyciu K-9 Mail. Przepraszam za zwięzłość.",
	"ru": "Отправлено с моего Android-устройства с помощью K-9 Mail. Пожалуйста, извините за краткость.",
	"it": "Inviato dal mio dispositivo Android con K-9 Mail. Perdonate la brevità.",
	"cs": "Odesláno z mého zařízení Android pomocí K-9 Mail. Omluvte prosím mou stručnost.",
	"sv": "Skickat från min Android-enhet med K-9 Mail. Ursäkta min fåordighet.",
}

func k9Attribution(r *reply) string {
	tpl := strings.ReplaceAll(k9Attr[r.lang], "{GMTL}", gmtOffset(r.hist.date, true))
	a := attribution(tpl, r.lang, r.hist.date, r.hist.from)
	if r.lang == "de" {
		a = strings.NewReplacer(" CEST ", " MESZ ", " CET ", " MEZ ").Replace(a)
	}
	return a
}

// k9 writes K-9 Mail: its footer sits under a "-- " line; the HTML part,
// when there is one, borrows Gmail's gmail_quote classes. FairEmail is
// its fork, with its own footer and plain blockquote.
func k9(r *reply) string        { return k9Mail(r, false) }
func fairEmail(r *reply) string { return k9Mail(r, true) }

func k9Mail(r *reply, fair bool) string {
	g := newRNG(r, "k9")
	attr := k9Attribution(r)
	var sig []string
	switch r.sig {
	case "footer":
		if fair {
			sig = []string{"Sent from my Android device with FairEmail"}
		} else {
			sig = []string{"-- ", k9Footer[r.lang]}
		}
	case "dashdash", "client":
		sig = append([]string{"-- "}, r.sigLines...)
	}
	head := []string{attr}
	histP := quoteAll("> ", r.hist.lines)
	if r.has("header") {
		l := labels(r.lang)
		h := r.hist
		head = []string{"-------- " + originalMessage[r.lang] + " --------", l.from + l.colon + " " + h.from.String(),
			l.sent + l.colon + " " + fdate(r.lang, "{MMMM} {d}, {yyyy} {h}:{mm}:{ss} {a} ", h.date) + gmtOffset(h.date, true),
			l.to + l.colon + " " + h.to.String(), l.subject + l.colon + " " + h.subject, ""}
		histP = h.lines
	}
	var p []string
	switch r.layout {
	case "top":
		p = append(append(append(append(p, r.text()...), ""), sig...), "")
		p = append(append(p, head...), histP...)
	case "bottom":
		p = append(append(append(append(p, head...), histP...), ""), r.text()...)
		p = append(append(p, ""), sig...)
	default:
		p = append(append(inlinePlain(r, head, "> "), ""), sig...)
	}
	plain := join(p) + "\n"
	var root *part
	if r.has("html") {
		html := k9HTML(r, attr, sig, fair)
		b := "----" + g.pick(upperNum, 30)
		root = multi(`multipart/alternative; boundary="`+b+`"`, b,
			leaf("text/plain; charset=utf-8", "utf-8", "quoted-printable", plain),
			leaf("text/html; charset=utf-8", "utf-8", "quoted-printable", html))
	} else {
		root = leaf("text/plain; charset=utf-8", "utf-8", plainCTE(plain, "quoted-printable"), plain)
	}
	ua := "K-9 Mail for Android"
	msgid := "<" + g.pick(alnum, 32) + "@runhelp.example>"
	if fair {
		ua = "FairEmail"
		msgid = "<" + g.uuid(false) + "@runhelp.example>"
	}
	top := append(delivered(r, "mail.runhelp.example"),
		"Date: "+rfcDate(r.sent),
		"User-Agent: "+ua,
		"In-Reply-To: <"+r.hist.msgID+">",
		"References: <"+r.hist.msgID+">",
		"MIME-Version: 1.0")
	top = append(top, root.header...)
	root.header = nil
	top = append(top, subjectHeader("Re: "+r.hist.subject, "UTF-8", false), "To: "+route, ownerFrom(r, ""), "Message-ID: "+msgid)
	return serialize(top, root)
}

func k9HTML(r *reply, attr string, sig []string, fair bool) string {
	quoteOpen := `<div class="gmail_quote"><div dir="auto">` + htmlEscape(attr) + `</div><blockquote class="gmail_quote" style="margin: 0pt 0pt 0pt 0.8ex; border-left: 1px solid rgb(204, 204, 204); padding-left: 1ex;">`
	if fair {
		quoteOpen = `<p>` + htmlEscape(attr) + `</p><blockquote style="margin:0 0 0 3px;border-left:3px solid #999999;padding-left:3px;">`
	}
	hist := quoteOpen + histHTML(r.hist.lines, "<br>") + `</blockquote>`
	if !fair {
		hist += `</div>`
	}
	body := mustRender(brText(r.text(), "<br>"), r.text())
	sigH := ""
	if sig != nil {
		sigH = "<br><br>" + brText(sig, "<br>")
	}
	if r.layout == "bottom" {
		return `<html><head></head><body>` + hist + `<div dir="auto"><br>` + body + sigH + `</div></body></html>` + "\n"
	}
	return `<html><head></head><body><div dir="auto">` + body + sigH + `</div><br><br>` + hist + `</body></html>` + "\n"
}
