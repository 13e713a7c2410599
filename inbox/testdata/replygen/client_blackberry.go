package main

import (
	"fmt"
	"strings"
)

// bb10I18n: footer, the "Original Message" line, From, Sent, To, Reply
// To, Subject, and the date layout.
var bb10I18n = map[string][8]string{
	"en":   {"Sent from my BlackBerry 10 smartphone.", "Original Message", "From", "Sent", "To", "Reply To", "Subject", "{EEEE}, {MMMM} {d}, {yyyy} {h}:{mm} {a}"},
	"de":   {"Von meinem BlackBerry 10-Smartphone gesendet.", "Originalnachricht", "Von", "Gesendet", "An", "Antwort an", "Betreff", "{EEEE}, {d}. {MMMM} {yyyy} {HH}:{mm}"},
	"fr":   {"Envoyé de mon smartphone BlackBerry 10.", "Message d'origine", "De", "Envoyé", "À", "Répondre à", "Objet", "{EEEE} {d} {MMMM} {yyyy} {HH}:{mm}"},
	"es":   {"Enviado desde mi smartphone BlackBerry 10.", "Mensaje original", "De", "Enviado", "Para", "Responder a", "Asunto", "{EEEE}, {d} de {MMMM} de {yyyy} {H}:{mm}"},
	"it":   {"Inviato dal mio smartphone BlackBerry 10.", "Messaggio originale", "Da", "Inviato", "A", "Rispondi a", "Oggetto", "{EEEE} {d} {MMMM} {yyyy} {HH}:{mm}"},
	"nl":   {"Verzonden vanaf mijn BlackBerry 10-smartphone.", "Origineel bericht", "Van", "Verzonden", "Aan", "Antwoord aan", "Onderwerp", "{EEEE} {d} {MMMM} {yyyy} {HH}:{mm}"},
	"ptbr": {"Enviado do meu smartphone BlackBerry 10.", "Mensagem original", "De", "Enviado", "Para", "Responder para", "Assunto", "{EEEE}, {d} de {MMMM} de {yyyy} {HH}:{mm}"},
}

// bbCarrier are the carrier footers BlackBerry devices were sold with,
// some of them over two lines.
var bbCarrier = map[string][]string{
	"rogers": {"Sent from my BlackBerry 10 smartphone on the Rogers network."},
	"bell": {"Sent wirelessly from my BlackBerry device on the Bell network.",
		"Envoyé sans fil par mon terminal mobile BlackBerry interconnecté au réseau de Bell."},
	"o2":       {"Sent from my BlackBerry® smartphone on O2"},
	"wireless": {"Sent from my BlackBerry® wireless device"},
	"tmobile":  {"Sent via BlackBerry from T-Mobile"},
	"vodafone": {"Sent from my BlackBerry® smartphone", "provided by Vodafone"},
}

func bbFooter(r *reply, t [8]string) []string {
	if c := r.opt["carrier"]; c != "" {
		return bbCarrier[c]
	}
	return []string{t[0]}
}

// blackberry writes BlackBerry 10's Hub: the footer straight after the
// text, "  Original Message  " between two spaces, a header block with
// "Reply To", in HTML a bordered table and div#_originalContent. The
// classic variant is BlackBerry OS: plain text in windows-1252 under
// "-----Original Message-----".
func blackberry(r *reply) string {
	if r.has("classic") {
		return blackberryClassic(r)
	}
	g := newRNG(r, "bb")
	t := bb10I18n[r.lang]
	h := r.hist
	foot := bbFooter(r, t)
	sent := fdate(r.lang, t[7], h.date)
	text := r.text()
	p := append(append([]string{}, text...), "")
	p = append(p, foot...)
	p = append(p, "  "+t[1]+"  ", t[2]+": "+h.from.name, t[3]+": "+sent, t[4]+": "+h.to.name,
		t[5]+": "+route, t[6]+": "+h.subject, "")
	p = append(p, h.lines...)
	style := `style="width: 100%; font-size: initial; font-family: Calibri, 'Slate Pro', sans-serif, sans-serif; color: rgb(31, 73, 125); text-align: initial; background-color: rgb(255, 255, 255);"`
	var b strings.Builder
	b.WriteString(`<html><head></head><body style="background-color: white;">`)
	b.WriteString(perLine(text, `<div `+style+`>`, `</div>`, `<div `+style+`><br style="display:initial"></div>`))
	b.WriteString(`<div ` + style + `><br style="display:initial"></div>`)
	b.WriteString(`<div style="font-size: initial; font-family: Calibri, 'Slate Pro', sans-serif, sans-serif; color: rgb(31, 73, 125); text-align: initial; background-color: rgb(255, 255, 255);">` + brText(foot, "<br>") + `</div>`)
	fmt.Fprintf(&b, `<table width="100%%" style="background-color:white;border-spacing:0px;"> <tbody><tr><td colspan="2" style="font-size: initial; text-align: initial; background-color: rgb(255, 255, 255);"><div style="border-style: solid none none; border-top-color: rgb(181, 196, 223); border-top-width: 1pt; padding: 3pt 0in 0in; font-family: Tahoma, 'BB Alpha Sans', 'Slate Pro'; font-size: 10pt;"><div id="_persistentHeader"><b>%s:</b> %s<br><b>%s:</b> %s<br><b>%s:</b> %s<br><b>%s:</b> %s<br><b>%s:</b> %s<br></div></div></td></tr></tbody></table>`,
		t[2], htmlEscape(h.from.name), t[3], sent, t[4], htmlEscape(h.to.name), t[5], route, t[6], htmlEscape(h.subject))
	b.WriteString(`<div style="border-style: solid none none; border-top-color: rgb(186, 188, 209); border-top-width: 1pt; font-size: initial; text-align: initial; background-color: rgb(255, 255, 255);"></div><br><div id="_originalContent" style="">` + histHTML(h.lines, "<br>") + "</div></body></html>\n")
	bd := "part" + fmt.Sprint(1000+r.num*37) + "-boundary-" + fmt.Sprint(100000000+r.num*7919) + "-" + g.pick("0123456789", 9)
	root := multi("multipart/alternative; boundary=\""+bd+"\"", bd,
		leaf("text/plain; charset=\"utf-8\"", "utf-8", "quoted-printable", join(p)+"\n"),
		leaf("text/html; charset=\"utf-8\"", "utf-8", "quoted-printable", b.String()))
	top := append(delivered(r, "mail.runhelp.example"),
		"Message-ID: <"+fmt.Sprint(20261000000000+r.num*101)+"."+g.hex(10)+"@runhelp.example>",
		"Date: "+rfcDate(r.sent), "Subject: "+bword("Re: "+h.subject, "utf-8"),
		ownerFrom(r, ""), "To: "+route, "In-Reply-To: <"+h.msgID+">", "References: <"+h.msgID+">",
		"MIME-Version: 1.0")
	top = append(top, root.header...)
	root.header = nil
	return serialize(top, root)
}

func blackberryClassic(r *reply) string {
	h := r.hist
	foot := bbCarrier[r.opt["carrier"]]
	if foot == nil {
		foot = bbCarrier["wireless"]
	}
	p := append(append([]string{}, r.text()...), foot...)
	p = append(p, "", "-----Original Message-----", "From: \""+h.from.name+"\" <"+h.from.addr+">",
		"Date: "+h.date.Format("Mon, 2 Jan 2006 15:04:05")+" ", "To: <"+h.to.addr+">", "Reply-To: <"+route+">",
		"Subject: "+h.subject, "")
	p = append(p, h.lines...)
	text := join(p) + "\n"
	root := leaf("text/plain; charset=\"Windows-1252\"", "windows-1252", "quoted-printable", text)
	top := append(delivered(r, "smtp-bis.blackberry.example"),
		"Message-ID: <"+fmt.Sprint(100000000+r.num*7919)+"-"+fmt.Sprint(r.sent.Unix())+"-cardhu_decombobulator_blackberry.rim.net-"+fmt.Sprint(1000000000+r.num*104729)+"-@b"+fmt.Sprint(r.num%30)+".c"+fmt.Sprint(r.num%9)+".bise6.blackberry>",
		"Reply-To: "+owner.addr,
		"Sensitivity: Normal",
		"Importance: Normal",
		"Subject: Re: "+h.subject,
		"To: "+route,
		ownerFrom(r, ""),
		"Date: "+rfcDate(r.sent.UTC()),
		"In-Reply-To: <"+h.msgID+">",
		"MIME-Version: 1.0")
	top = append(top, root.header...)
	root.header = nil
	return serialize(top, root)
}
