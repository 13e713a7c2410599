package main

import (
	"fmt"
	"strings"
)

// samsungI18n: footer, the "Original message" rule and its field names.
var samsungI18n = map[string][6]string{
	"en":   {"Sent from my Galaxy", "Original message", "From:", "Date:", "To:", "Subject:"},
	"de":   {"Von meinem Galaxy gesendet", "Ursprüngliche Nachricht", "Von:", "Datum:", "An:", "Betreff:"},
	"fr":   {"Envoyé depuis mon Galaxy", "Message d'origine", "De :", "Date :", "À :", "Objet :"},
	"es":   {"Enviado desde mi Galaxy", "Mensaje original", "De:", "Fecha:", "Para:", "Asunto:"},
	"it":   {"Inviato dal mio Galaxy", "Messaggio originale", "Da:", "Data:", "A:", "Oggetto:"},
	"nl":   {"Verzonden vanaf mijn Galaxy", "Oorspronkelijk bericht", "Van:", "Datum:", "Aan:", "Onderwerp:"},
	"ptbr": {"Enviado do meu Galaxy", "Mensagem original", "De:", "Data:", "Para:", "Assunto:"},
	"ptpt": {"Enviado do meu Galaxy", "Mensagem original", "De:", "Data:", "Para:", "Assunto:"},
	"sv":   {"Skickat från min Galaxy", "Originalmeddelande", "Från:", "Datum:", "Till:", "Ämne:"},
	"da":   {"Sendt fra min Galaxy", "Oprindelig besked", "Fra:", "Dato:", "Til:", "Emne:"},
	"no":   {"Sendt fra min Galaxy", "Opprinnelig melding", "Fra:", "Dato:", "Til:", "Emne:"},
	"pl":   {"Wysłane z mojego Galaxy", "Oryginalna wiadomość", "Od:", "Data:", "Do:", "Temat:"},
	"ru":   {"Отправлено с устройства Galaxy", "Исходное сообщение", "От:", "Дата:", "Кому:", "Тема:"},
	"uk":   {"Надіслано з мого Galaxy", "Оригінальне повідомлення", "Від:", "Дата:", "Кому:", "Тема:"},
	"tr":   {"Galaxy cihazımdan gönderildi", "Orijinal mesaj", "Kimden:", "Tarih:", "Kime:", "Konu:"},
	"fi":   {"Lähetetty Galaxy-laitteesta", "Alkuperäinen viesti", "Lähettäjä:", "Päivämäärä:", "Vastaanottaja:", "Aihe:"},
	"vi":   {"Đã gửi từ Galaxy của tôi", "Thư gốc", "Từ:", "Ngày:", "Đến:", "Chủ đề:"},
	"cs":   {"Odesláno z mého Galaxy", "Původní zpráva", "Od:", "Datum:", "Komu:", "Předmět:"},
}

// samsungOldFooter are the footers of older Samsung Email versions and
// carrier builds.
var samsungOldFooter = map[string]string{
	"en":      "Sent from my Samsung Galaxy smartphone.",
	"de":      "Von meinem Samsung Galaxy Smartphone gesendet.",
	"fr":      "Envoyé depuis mon smartphone Samsung Galaxy.",
	"verizon": "Sent from my Verizon, Samsung Galaxy smartphone",
	"it":      "Inviato dal mio smartphone Samsung Galaxy.",
	"es":      "Enviado desde mi smartphone Samsung Galaxy.",
}

// samsung writes Samsung Email: no quote marks at all, the history under
// "-------- Original message --------" with a trailing space after every
// header value, the footer in div#composer_signature, both parts base64.
func samsung(r *reply) string {
	g := newRNG(r, "samsung")
	t := samsungI18n[r.lang]
	h := r.hist
	date := fdate(r.lang, "{dd}/{MM}/{yyyy} {HH}:{mm}", h.date)
	if r.lang == "de" || r.lang == "ru" || r.lang == "pl" || r.lang == "fi" || r.lang == "cs" || r.lang == "tr" {
		date = fdate(r.lang, "{dd}.{MM}.{yyyy} {HH}:{mm}", h.date)
	}
	date += " (" + gmtOffset(h.date, true) + ")"
	text := r.text()
	var foot []string
	sigH := ""
	switch r.sig {
	case "footer":
		f := t[0]
		if k := r.opt["footer"]; k != "" {
			f = samsungOldFooter[k]
		}
		foot = []string{f}
		sigH = `<div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">` + htmlEscape(f) + `</div></div>`
	case "client":
		foot = r.sigLines
		sigH = `<div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">` + brText(r.sigLines, "<br>") + `</div></div>`
	}
	p := append(append([]string{}, text...), "", "", "")
	p = append(append(p, foot...), "", "", "")
	p = append(p, "-------- "+t[1]+" --------", t[2]+" "+h.from.String()+" ", t[3]+" "+date+" ",
		t[4]+" "+h.to.String()+" ", t[5]+" "+h.subject+" ", "")
	p = append(p, h.lines...)
	var hb strings.Builder
	hb.WriteString(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>`)
	hb.WriteString(perLine(text, `<div dir="auto">`, `</div>`, `<div dir="auto"><br></div>`))
	hb.WriteString(`<div dir="auto"><br></div><div dir="auto"><br></div>` + sigH + `<div dir="auto"><br></div><div><br></div>`)
	hb.WriteString(`<div align="left" dir="auto" style="font-size:100%;color:#000000"><div>-------- ` + htmlEscape(t[1]) + ` --------</div>`)
	fmt.Fprintf(&hb, `<div>%s %s </div><div>%s %s </div><div>%s %s </div><div>%s %s </div><div><br></div></div>`,
		t[2], htmlEscape(h.from.String()), t[3], date, t[4], htmlEscape(h.to.String()), t[5], htmlEscape(h.subject))
	hb.WriteString(histHTML(h.lines, "<br>") + "</body></html>\n")
	b := "--_com.samsung.android.email_" + g.pick("0123456789", 16)
	root := multi(`multipart/alternative; boundary="`+b+`"`, b,
		leaf("text/plain; charset=utf-8", "utf-8", "base64", join(p)+"\n"),
		leaf("text/html; charset=utf-8", "utf-8", "base64", hb.String()))
	top := append(delivered(r, "mail.runhelp.example"),
		"Message-ID: <"+g.pick("abcdefghijklmnopqrstuvwxyz0123456789", 24)+".0@email.android.com>",
		"Date: "+rfcDate(r.sent),
		subjectHeader(reSubject("Re:", h), "UTF-8", true),
		"In-Reply-To: <"+h.msgID+">",
		ownerFrom(r, ""),
		"To: "+route,
		"MIME-Version: 1.0")
	top = append(top, root.header...)
	root.header = nil
	return serialize(top, root)
}
