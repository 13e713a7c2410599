package main

import (
	"fmt"
	"strings"
)

const owaStyle = `font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);`

// owaLines is the web editor: a div per line, class elementToProof.
func owaLines(ls []string, x string) string {
	return perLine(ls, `<div class="`+x+`elementToProof" style="`+owaStyle+`">`, `</div>`+"\n",
		`<div class="`+x+`elementToProof" style="`+owaStyle+`"><br></div>`+"\n")
}

// owaReplyHeader is the divRplyFwdMsg block; x is "x_" when the body went
// through Exchange's sanitizer, which prefixes ids and classes.
func owaReplyHeader(r *reply, x, sentLayout string) string {
	l := labels(r.lang)
	h := r.hist
	if sentLayout == "" {
		sentLayout = l.sentDate
	}
	return fmt.Sprintf(`<div id="%sappendonsend"></div>
<hr style="display:inline-block;width:98%%" tabindex="-1">
<div id="%sdivRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>%s%s</b> %s<br>
<b>%s%s</b> %s<br>
<b>%s%s</b> %s<br>
<b>%s%s</b> %s</font>
<div>&nbsp;</div>
</div>
<div class="%sBodyFragment"><font size="2"><span style="font-size:11pt;">
<div class="%sPlainText">%s</div>
</span></font></div>
`, x, x, l.from, l.colon, htmlEscape(h.from.String()), l.sent, l.colon, fdate(r.lang, sentLayout, h.date),
		l.to, l.colon, htmlEscape(h.to.String()), l.subject, l.colon, htmlEscape(h.subject), x, x, histHTML(h.lines, "<br>\n"))
}

// owaSig is the signature the web editor keeps in div#Signature; the
// plain part carries it with no marker.
func owaSig(r *reply, x string) string {
	return `<div id="` + x + `Signature" class="` + x + `elementToProof"><div style="` + owaStyle + `">` + brText(r.sigLines, "<br>") + "</div></div>\n"
}

func owaPlain(r *reply, text, foot []string, sentLayout string) string {
	p := append(append([]string{}, text...), "")
	if r.sig == "client" {
		p = append(append(p, r.sigLines...), "")
	}
	if foot != nil {
		p = append(p, foot...)
	}
	p = append(p, "________________________________")
	p = append(append(p, headerBlock(r.lang, r.hist, "", "", sentLayout)...), "")
	return join(append(p, r.hist.lines...)) + "\n"
}

// owa writes Outlook on the web; newoutlook the new Outlook for Windows,
// which wraps the history in mail-editor-reference-message-container.
func owa(r *reply) string        { return owaMail(r, false) }
func newOutlook(r *reply) string { return owaMail(r, true) }

func owaMail(r *reply, container bool) string {
	g := newRNG(r, "owa")
	x := ""
	if r.has("x") {
		x = "x_"
	}
	text := r.text()
	plain := owaPlain(r, text, nil, "")
	var h strings.Builder
	h.WriteString("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir=\"ltr\">\n")
	h.WriteString(owaLines(text, x))
	if r.sig == "client" {
		h.WriteString(`<div class="` + x + `elementToProof" style="` + owaStyle + `"><br></div>` + "\n" + owaSig(r, x))
	}
	if container {
		h.WriteString(`<div id="` + x + `mail-editor-reference-message-container">` + owaReplyHeader(r, x, "") + "</div>\n")
	} else {
		h.WriteString(owaReplyHeader(r, x, ""))
	}
	h.WriteString("</body>\n</html>\n")
	return exchangeMIME(r, g, plain, h.String(), "quoted-printable", "Re:")
}

// exchangeMIME is the envelope Exchange Online writes for mail from its
// web and mobile clients.
func exchangeMIME(r *reply, g *rng, plain, html, cte, re string) string {
	id := g.pick(upperNum, 4) + "PR0" + g.pick("123456789", 1) + "MB" + g.pick("0123456789", 4)
	b := "_000_" + id + g.pick(upperNum, 28) + "_"
	root := multi("multipart/alternative;\n\tboundary=\""+b+"\"", b,
		leaf(`text/plain; charset="utf-8"`, "utf-8", cte, plain),
		leaf(`text/html; charset="utf-8"`, "utf-8", cte, html))
	if re == "" {
		re = outlookRe[r.lang]
	}
	lang := r.lang[:2]
	top := append(delivered(r, "EUR05-DB8-obe.outbound.protection.outlook.com"),
		ownerFrom(r, "q"), "To: \""+route+"\" <"+route+">",
		subjectHeader(re+" "+r.hist.subject, "utf-8", true),
		"Thread-Topic: "+bword(r.hist.subject, "utf-8"),
		"Thread-Index: AQHb"+g.pick(alnum+"+/", 32)+"=",
		"Date: "+rfcDate(r.sent.UTC()),
		"Message-ID: <"+id+g.pick(upperNum, 20)+"@"+id+".eurprd03.prod.outlook.com>",
		"References: <"+r.hist.msgID+">",
		"In-Reply-To: <"+r.hist.msgID+">",
		"Accept-Language: "+lang+"-"+strings.ToUpper(lang)+", en-US",
		"Content-Language: "+lang+"-"+strings.ToUpper(lang),
		"X-MS-Has-Attach: ",
		"X-MS-TNEF-Correlator: ")
	top = append(top, root.header...)
	top = append(top, "MIME-Version: 1.0")
	root.header = nil
	return serialize(top, root)
}

// Outlook for iOS and Android: "Get Outlook for iOS" with its short link,
// in the language of the app.
var outlookMobileFooter = map[string][3]string{
	"en":   {"Get ", "Outlook for %s", ""},
	"de":   {"", "Outlook für %s", " herunterladen"},
	"fr":   {"Obtenir ", "Outlook pour %s", ""},
	"es":   {"Obtener ", "Outlook para %s", ""},
	"it":   {"Scarica ", "Outlook per %s", ""},
	"nl":   {"", "Outlook voor %s", " downloaden"},
	"ptbr": {"Obter o ", "Outlook para %s", ""},
	"ptpt": {"Obter o ", "Outlook para %s", ""},
	"sv":   {"Skaffa ", "Outlook för %s", ""},
	"da":   {"Hent ", "Outlook til %s", ""},
	"no":   {"Få ", "Outlook for %s", ""},
	"pl":   {"Pobierz aplikację ", "Outlook dla systemu %s", ""},
	"ru":   {"Получить ", "Outlook для %s", ""},
	"fi":   {"Hanki ", "Outlook for %s", ""},
	"cs":   {"Stáhněte si ", "Outlook pro %s", ""},
	"ja":   {"", "%s 版 Outlook", " を入手"},
	"zh":   {"获取 ", "Outlook for %s", ""},
}

func outlookIOS(r *reply) string     { return outlookMobile(r, "iOS", "https://aka.ms/o0ukef") }
func outlookAndroid(r *reply) string { return outlookMobile(r, "Android", "https://aka.ms/AAb9ysg") }

// outlookMobile writes the Outlook apps: the footer in
// ms-outlook-mobile-signature, then OWA's history block.
func outlookMobile(r *reply, platform, link string) string {
	g := newRNG(r, "outlookmobile")
	x := ""
	if r.has("x") {
		x = "x_"
	}
	f, ok := outlookMobileFooter[r.lang]
	if !ok {
		panic("no Outlook mobile footer for " + r.lang)
	}
	word := fmt.Sprintf(f[1], platform)
	var foot []string
	var sigH string
	switch r.sig {
	case "footer":
		foot = []string{f[0] + word + "<" + link + ">" + f[2]}
		sigH = `<div dir="auto">` + htmlEscape(f[0]) + `<a href="` + link + `">` + word + `</a>` + htmlEscape(f[2]) + `</div>`
	case "client":
		sigH = `<div dir="auto">` + brText(r.sigLines, "<br>") + `</div>`
	}
	text := r.text()
	sentLayout := map[string]string{"en": "{EEEE}, {MMMM} {d}, {yyyy} {h}:{mm}:{ss} {a}"}[r.lang]
	plain := owaPlain(r, text, foot, sentLayout)
	if r.has("oldquote") {
		return outlookMobileOld(r, g, text, foot, sigH, word)
	}
	html := "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n</head>\n<body>\n" +
		perLine(text, `<div dir="auto">`, "</div>\n", `<div dir="auto"><br></div>`+"\n") +
		`<div dir="auto"><br></div>` + "\n" + `<div id="` + x + `ms-outlook-mobile-signature" dir="auto">` + sigH + "</div>\n" +
		`<div id="` + x + `ms-outlook-mobile-body-separator-line" dir="auto"><br></div>` + "\n" +
		owaReplyHeader(r, x, sentLayout) + "</body>\n</html>\n"
	return exchangeMIME(r, g, plain, html, "quoted-printable", "Re:")
}

// outlookMobileOld is the apps' earlier quote: an "On ... wrote:" line
// with the address doubled by Exchange's plain-text conversion.
func outlookMobileOld(r *reply, g *rng, text, foot []string, sigH, word string) string {
	h := r.hist
	attr := fmt.Sprintf(`On %s, "%s" <%s<mailto:%s>> wrote:`, fdate("en", "{EEE}, {MMM} {d}, {yyyy} at {h}:{mm} {a} {Z}", h.date), h.from.name, h.from.addr, h.from.addr)
	attrH := fmt.Sprintf(`On %s, &quot;%s&quot; &lt;<a href="mailto:%s">%s</a>&gt; wrote:`, fdate("en", "{EEE}, {MMM} {d}, {yyyy} at {h}:{mm} {a} {Z}", h.date), h.from.name, h.from.addr, h.from.addr)
	p := append(append([]string{}, text...), "")
	if foot != nil {
		p = append(append(p, foot...), "")
	}
	p = append(append(append(p, attr), ""), quoteAll("> ", h.lines)...)
	html := "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n</head>\n<body>\n" +
		perLine(text, `<div dir="auto">`, "</div>\n", `<div dir="auto"><br></div>`+"\n") +
		`<div dir="auto"><br></div>` + "\n" + `<div dir="auto">` + sigH + "</div>\n" +
		`<div class="gmail_quote">` + attrH + `<br>` + "\n" + `<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">` +
		histHTML(h.lines, "<br>\n") + "</blockquote>\n</div>\n</body>\n</html>\n"
	return exchangeMIME(r, g, join(p)+"\n", html, "quoted-printable", "Re:")
}

// windowsMailFooter is "Sent from Mail for Windows" with its linked word.
var windowsMailFooter = map[string][3]string{
	"en": {"Sent from ", "Mail", " for Windows"}, "de": {"Gesendet von ", "Mail", " für Windows"},
	"fr": {"Envoyé à partir de ", "Courrier", " pour Windows"}, "es": {"Enviado desde ", "Correo", " para Windows"},
	"it": {"Inviato da ", "Posta", " per Windows"}, "nl": {"Verzonden vanuit ", "Mail", " voor Windows"},
	"ptbr": {"Enviado do ", "Email", " para Windows"}, "ptpt": {"Enviado a partir do ", "Correio", " para Windows"},
	"sv": {"Skickades från ", "E-post", " för Windows"}, "da": {"Sendt fra ", "Mail", " til Windows"},
	"no": {"Sendt fra ", "E-post", " for Windows"}, "pl": {"Wysłane z aplikacji ", "Poczta", " dla Windows"},
	"ru": {"Отправлено из приложения ", "Почта", " для Windows"}, "cs": {"Odesláno z ", "Pošty", " pro Windows"},
	"tr": {"Windows için ", "Posta", " ile gönderildi"}, "fi": {"Lähetetty Windowsin ", "Sähköposti", "-sovelluksesta"},
}

// windowsMail writes the Mail app of Windows 10 and 11: Word's HTML, the
// footer with its link, names linked to mailto: in the header block.
func windowsMail(r *reply) string {
	g := newRNG(r, "winmail")
	f := windowsMailFooter[r.lang]
	ten := ""
	if !r.has("win11") {
		ten = " 10"
	}
	link := "https://go.microsoft.com/fwlink/?LinkId=550986"
	l := labels(r.lang)
	h := r.hist
	text := r.text()
	p := append(append([]string{}, text...), "")
	bodyH := wordLines(text) + "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
	if r.sig == "footer" {
		p = append(p, f[0]+f[1]+"<"+link+">"+f[2]+ten, "")
		bodyH += `<p class=MsoNormal>` + htmlEscape(f[0]) + `<a href="` + link + `">` + f[1] + `</a>` + htmlEscape(f[2]+ten) + "</p>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
	}
	sent := fdate(r.lang, l.sentDate, h.date)
	p = append(p, l.from+l.colon+" "+h.from.name+"<mailto:"+h.from.addr+">", l.sent+l.colon+" "+sent,
		l.to+l.colon+" "+h.to.name+"<mailto:"+h.to.addr+">", l.subject+l.colon+" "+h.subject, "")
	p = append(p, h.lines...)
	hist := fmt.Sprintf(`<div style='mso-element:para-border-div;border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal style='border:none;padding:0cm'><b>%s%s </b><a href="mailto:%s">%s</a><br><b>%s%s </b>%s<br><b>%s%s </b><a href="mailto:%s">%s</a><br><b>%s%s </b>%s</p></div>`+"\n",
		l.from, l.colon, h.from.addr, h.from.name, l.sent, l.colon, sent, l.to, l.colon, h.to.addr, h.to.name, l.subject, l.colon, htmlEscape(h.subject))
	hist += "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + wordLines(h.lines)
	html := fmt.Sprintf(wordHead, "utf-8") + `<body lang=EN-GB link=blue vlink="#954F72"><div class=WordSection1>` + "\n" + bodyH + hist + "</div></body></html>\n"
	b := "_" + g.uuid(true) + "_"
	root := multi("multipart/alternative; boundary=\""+b+"\"", b,
		leaf(`text/plain; charset="utf-8"`, "utf-8", "base64", join(p)+"\n"),
		leaf(`text/html; charset="utf-8"`, "utf-8", "base64", html))
	top := append(delivered(r, "mail.runhelp.example"), "MIME-Version: 1.0", "To: \""+route+"\" <"+route+">",
		ownerFrom(r, "q"), subjectHeader("RE: "+h.subject, "utf-8", true), "Date: "+rfcDate(r.sent),
		"Importance: normal", "X-Priority: 3", "Message-ID: <"+g.uuid(true)+"@runhelp.example>",
		"References: <"+h.msgID+">", "In-Reply-To: <"+h.msgID+">")
	top = append(top, root.header...)
	root.header = nil
	return serialize(top, root)
}
