package main

import (
	"fmt"
	"strings"
)

const wordHead = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=%s"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{mso-style-priority:34;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;}
span.EmailStyle19
	{mso-style-type:personal-reply;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]--></head>`

// wordLines is Outlook's editor: every line a MsoNormal paragraph, a
// blank line an empty one.
func wordLines(ls []string) string {
	var b strings.Builder
	for _, l := range ls {
		if l == "" {
			b.WriteString("<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n")
			continue
		}
		b.WriteString("<p class=MsoNormal>" + wordLink(l) + "<o:p></o:p></p>\n")
	}
	return mustRender(b.String(), ls)
}

// wordLink is linkify with Word's unquoted attributes left alone: Word
// quotes href values.
func wordLink(l string) string { return linkify(l) }

// wordList turns the owner's "- " lines into Word's bulleted list, whose
// plain-text rendering is a middle dot and a run of spaces.
func wordList(ls []string) string {
	var b strings.Builder
	var items []string
	flush := func() {
		if len(items) == 0 {
			return
		}
		b.WriteString(`<ul style='margin-top:0cm' type=disc>`)
		for i, it := range items {
			fmt.Fprintf(&b, "<li class=MsoListParagraph style='margin-left:0cm;mso-list:l0 level1 lfo%d'>%s<o:p></o:p></li>\n", i+1, linkify(it))
		}
		b.WriteString("</ul>\n")
		items = nil
	}
	for _, l := range ls {
		if strings.HasPrefix(l, "- ") {
			items = append(items, l[2:])
			continue
		}
		flush()
		if l == "" {
			b.WriteString("<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n")
		} else {
			b.WriteString("<p class=MsoNormal>" + linkify(l) + "<o:p></o:p></p>\n")
		}
	}
	flush()
	return b.String()
}

// wordSig is a signature Outlook inserted: the _MailAutoSig bookmark
// around its first line, mso-bookmark on the rest.
func wordSig(lines []string, img string) string {
	var b strings.Builder
	for i, l := range lines {
		if i == 0 {
			b.WriteString(`<p class=MsoNormal><a name="_MailAutoSig"><span style='mso-fareast-language:EN-GB;mso-no-proof:yes'>` + htmlEscape(l) + "<o:p></o:p></span></a></p>\n")
			continue
		}
		b.WriteString(`<p class=MsoNormal><span style='mso-bookmark:_MailAutoSig'><span style='font-size:10.0pt;color:#595959;mso-fareast-language:EN-GB;mso-no-proof:yes'>` + linkify(l) + "<o:p></o:p></span></span></p>\n")
	}
	if img != "" {
		b.WriteString(`<p class=MsoNormal><span style='mso-bookmark:_MailAutoSig'><span style='mso-fareast-language:EN-GB;mso-no-proof:yes'><img width=120 height=40 style='width:1.25in;height:.4166in' id="Picture_x0020_1" src="cid:` + img + `" alt="Running Help"></span></span><o:p></o:p></p>` + "\n")
	}
	return b.String()
}

// wordHistory is the quoted mail below the border-top header block.
func wordHistory(r *reply, old bool) string {
	l := labels(r.lang)
	h := r.hist
	var b strings.Builder
	if old {
		b.WriteString(`<div><div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b><span lang=EN-US style='font-size:10.0pt;font-family:"Tahoma","sans-serif"'>`)
	} else {
		b.WriteString(`<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b><span lang=EN-US>`)
	}
	fmt.Fprintf(&b, "%s%s</span></b><span lang=EN-US> %s<br><b>%s%s</b> %s<br><b>%s%s</b> %s<br><b>%s%s</b> %s<o:p></o:p></span></p></div></div>\n",
		l.from, l.colon, htmlEscape(h.from.String()), l.sent, l.colon, fdate(r.lang, l.sentDate, h.date),
		l.to, l.colon, htmlEscape(h.to.String()), l.subject, l.colon, htmlEscape(h.subject))
	b.WriteString("<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n")
	for _, line := range h.lines {
		if line == "" {
			b.WriteString("<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n")
			continue
		}
		b.WriteString("<p class=MsoNormal>" + htmlEscape(line) + "<o:p></o:p></p>\n")
	}
	return b.String()
}

// outlookDesktop writes classic Outlook for Windows: Word's HTML, a plain
// part without any signature marker, the quoted mail under a header block.
func outlookDesktop(r *reply) string {
	if r.has("plaintext") {
		return outlookPlainText(r)
	}
	g := newRNG(r, "outlook")
	cs := r.opt["charset"]
	if cs == "" {
		cs = "utf-8"
	}
	body := wordLines(r.namedLinks("%s<%s>"))
	text := r.text()
	if r.has("bullets") {
		r.htmlWant = r.want()
		body = wordList(text)
		r.blocks[0].lines = outlookBullets(text)
		text = r.blocks[0].lines
	}
	img := ""
	if r.has("related") {
		img = "image001.png@01DC" + g.HEX(4) + "." + g.HEX(8)
	}
	var p []string
	p = append(append(p, text...), "")
	if r.sig == "client" {
		p = append(p, r.sigLines...)
		if img != "" {
			p = append(p, "[cid:"+img+"]")
		}
		p = append(p, "")
		body += "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + wordSig(r.sigLines, img)
	}
	body += "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
	if r.has("orig") {
		p = append(p, "-----"+originalMessage[r.lang]+"-----")
	}
	hb := headerBlock(r.lang, r.hist, "", "", "")
	hb[0] += " "
	p = append(append(append(p, hb...), ""), r.hist.lines...)
	plain := join(p) + "\n"
	html := fmt.Sprintf(wordHead, cs) + "<body lang=" + strings.ToUpper(r.lang[:2]) + ` link="#467886" vlink="#96607D" style='word-wrap:break-word'><div class=WordSection1>` + "\n" +
		body + wordHistory(r, r.has("orig")) + "</div></body></html>\n"
	return outlookMIME(r, g, plain, html, cs, img)
}

// outlookBullets is Word's plain-text rendering of a bulleted list.
func outlookBullets(ls []string) []string {
	out := make([]string, len(ls))
	for i, l := range ls {
		if strings.HasPrefix(l, "- ") {
			l = "·         " + l[2:]
		}
		out[i] = l
	}
	return out
}

func outlookMIME(r *reply, g *rng, plain, html, cs, img string) string {
	exchange := r.has("exchange")
	b := fmt.Sprintf("----=_NextPart_000_%04X_01DC%s.%s", r.num, g.HEX(4), g.HEX(8))
	if exchange {
		b = "_000_" + g.pick(upperNum, 40) + "_"
	}
	cte := "quoted-printable"
	if cs == "iso-2022-jp" {
		cte = "7bit"
	}
	alt := multi("multipart/alternative;\n\tboundary=\""+b+"\"", b,
		leaf("text/plain;\n\tcharset=\""+cs+"\"", cs, cte, plain),
		leaf("text/html;\n\tcharset=\""+cs+"\"", cs, cte, html))
	if !exchange {
		alt.preamble = "This is a multipart message in MIME format.\n"
	}
	root := alt
	if img != "" {
		rb := strings.Replace(b, "_000_", "_004_", 1)
		if !exchange {
			rb = strings.Replace(b, "NextPart_000", "NextPart_001", 1)
		}
		name, _, _ := strings.Cut(img, "@")
		root = multi("multipart/related;\n\tboundary=\""+rb+"\";\n\ttype=\"multipart/alternative\"", rb, alt,
			binLeaf(pngBytes(r), "Content-Type: image/png;\n\tname=\""+name+"\"", "Content-ID: <"+img+">"))
	}
	subj := subjectHeader(outlookRe[r.lang]+" "+r.hist.subject, "utf-8", true)
	top := append(delivered(r, "mail.runhelp.example"), ownerFrom(r, "q"), "To: <"+route+">")
	if exchange {
		top = append(top, subj, "Thread-Topic: "+bword(r.hist.subject, "utf-8"),
			"Thread-Index: AQHb"+g.pick(alnum+"+/", 24)+"==", "Date: "+rfcDate(r.sent.UTC()),
			"Message-ID: <"+g.pick(upperNum, 16)+"@"+g.pick(upperNum, 12)+".eurprd04.prod.outlook.com>",
			"References: <"+r.hist.msgID+">", "In-Reply-To: <"+r.hist.msgID+">",
			"Accept-Language: "+r.lang[:2]+"-"+strings.ToUpper(r.lang[:2])+", en-US", "Content-Language: "+r.lang[:2]+"-"+strings.ToUpper(r.lang[:2]),
			"X-MS-Has-Attach: "+map[bool]string{true: "yes", false: ""}[img != ""], "X-MS-TNEF-Correlator: ")
	} else {
		top = append(top, "References: <"+r.hist.msgID+">", "In-Reply-To: <"+r.hist.msgID+">", subj,
			"Date: "+rfcDate(r.sent), fmt.Sprintf("Message-ID: <%s$%s$%s$@runhelp.example>", "0000"+g.hex(8), g.hex(8), g.hex(8)),
			"MIME-Version: 1.0", "X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AQHb"+g.pick(alnum+"+/", 20)+"A=",
			"Content-Language: "+r.lang[:2])
	}
	top = append(top, root.header...)
	if exchange {
		top = append(top, "MIME-Version: 1.0")
	}
	root.header = nil
	return serialize(top, root)
}

// outlookPlainText is Outlook set to write plain text: one text/plain
// part in a legacy charset, the history under "-----Original Message-----",
// its lines prefixed with "> " when the owner chose that option.
func outlookPlainText(r *reply) string {
	g := newRNG(r, "outlookplain")
	// Outlook wraps plain text at 76 characters when it sends.
	wrapOwner(r, 76)
	cs := r.opt["charset"]
	if cs == "" {
		cs = "iso-8859-1"
	}
	l := labels(r.lang)
	h := r.hist
	head := []string{
		"-----" + originalMessage[r.lang] + "-----",
		l.from + l.colon + " " + h.from.name + " [mailto:" + h.from.addr + "] ",
		l.sent + l.colon + " " + fdate(r.lang, l.sentDate, h.date),
		l.to + l.colon + " " + h.to.String(),
		l.subject + l.colon + " " + h.subject,
	}
	var p []string
	if r.layout == "inline" {
		bs := r.blocks
		p = append(append(p, bs[0].lines...), "", "")
		p = append(append(p, head...), "")
		for i, b := range bs[1:] {
			if i > 0 {
				p = append(p, "")
			}
			if b.quote && i == len(bs)-2 {
				p = append(p, lostPrefixWrap(b.lines, "> ", 76)...)
			} else if b.quote {
				p = append(p, quoteAll("> ", b.lines)...)
			} else {
				p = append(p, b.lines...)
			}
		}
	} else {
		p = append(append(append(p, r.text()...), "", ""), head...)
		p = append(p, "")
		if r.has("prefix") {
			p = append(p, lostPrefixWrap(h.lines, "> ", 76)...)
		} else {
			p = append(p, h.lines...)
		}
	}
	plain := join(p) + "\n"
	root := leaf("text/plain;\n\tcharset=\""+cs+"\"", cs, plainCTE(plain, "quoted-printable"), plain)
	top := append(delivered(r, "mail.runhelp.example"), ownerFrom(r, "q"), "To: <"+route+">",
		"References: <"+h.msgID+">", "In-Reply-To: <"+h.msgID+">",
		subjectHeader(outlookRe[r.lang]+" "+h.subject, cs, false), "Date: "+rfcDate(r.sent),
		fmt.Sprintf("Message-ID: <%s$%s$%s$@runhelp.example>", "0000"+g.hex(8), g.hex(8), g.hex(8)),
		"MIME-Version: 1.0")
	top = append(top, root.header...)
	root.header = nil
	top = append(top, "X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AQHb"+g.pick(alnum+"+/", 20)+"A=", "Content-Language: "+r.lang[:2])
	return serialize(top, root)
}

// outlookMac writes Outlook for Mac: a From/Date/To/Subject block ("Date"
// where Windows says "Sent"), inside mail-editor-reference-message-container.
func outlookMac(r *reply) string {
	g := newRNG(r, "outlookmac")
	l := labels(r.lang)
	h := r.hist
	at := map[string]string{"en": "{EEEE}, {d} {MMMM} {yyyy} at {HH}:{mm}", "de": "{EEEE}, {d}. {MMMM} {yyyy} um {HH}:{mm}",
		"fr": "{EEEE} {d} {MMMM} {yyyy} à {HH}:{mm}", "nl": "{EEEE} {d} {MMMM} {yyyy} om {HH}:{mm}",
		"es": "{EEEE}, {d} de {MMMM} de {yyyy}, {H}:{mm}", "sv": "{EEEE} {d} {MMMM} {yyyy} {HH}:{mm}"}[r.lang]
	date := fdate(r.lang, at, h.date)
	text := r.text()
	block := []string{l.from + l.colon + " " + h.from.String(), l.date + l.colon + " " + date,
		l.to + l.colon + " " + h.to.String(), l.subject + l.colon + " " + h.subject}
	p := append(append([]string{}, text...), "")
	bodyH := wordLines(text)
	if r.sig == "client" {
		p = append(append(p, r.sigLines...), "")
		bodyH += "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + wordSig(r.sigLines, "")
	}
	p = append(append(append(p, block...), ""), h.lines...)
	var hh strings.Builder
	hh.WriteString(`<div id="mail-editor-reference-message-container"><div class=MsoNormal align=center style='text-align:center'><hr size=1 width="100%" align=center></div>` + "\n")
	fmt.Fprintf(&hh, `<p class=MsoNormal style='margin-bottom:12.0pt'><b><span style='color:black'>%s%s </span></b><span style='color:black'>%s<br><b>%s%s </b>%s<br><b>%s%s </b>%s<br><b>%s%s </b>%s<o:p></o:p></span></p>`+"\n",
		l.from, l.colon, htmlEscape(h.from.String()), l.date, l.colon, date, l.to, l.colon, htmlEscape(h.to.String()), l.subject, l.colon, htmlEscape(h.subject))
	hh.WriteString(`<div><p class=MsoNormal><span style='color:black'>` + histHTML(h.lines, "<br>") + "<o:p></o:p></span></p></div></div>\n")
	html := fmt.Sprintf(wordHead, "utf-8") + `<body lang=EN-GB link="#467886" vlink="#96607D" style='word-wrap:break-word'><div class=WordSection1>` + "\n" +
		bodyH + "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + hh.String() + "</div></body></html>\n"
	b := "_000_" + g.pick(upperNum, 36) + "_"
	root := multi("multipart/alternative; boundary=\""+b+"\"", b,
		leaf(`text/plain; charset="utf-8"`, "utf-8", "quoted-printable", join(p)+"\n"),
		leaf(`text/html; charset="utf-8"`, "utf-8", "quoted-printable", html))
	top := append(delivered(r, "mail.runhelp.example"), ownerFrom(r, ""), "To: "+route,
		subjectHeader("Re: "+h.subject, "utf-8", true), "Thread-Topic: "+bword(h.subject, "utf-8"),
		"Date: "+rfcDate(r.sent), "Message-ID: <"+g.uuid(true)+"@runhelp.example>",
		"References: <"+h.msgID+">", "In-Reply-To: <"+h.msgID+">", "User-Agent: Microsoft-MacOutlook/16.91.24111020",
		"MIME-Version: 1.0")
	top = append(top, root.header...)
	root.header = nil
	return serialize(top, root)
}
