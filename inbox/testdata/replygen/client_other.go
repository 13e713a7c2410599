package main

import (
	"fmt"
	"strings"
)

// appEnvelope is the envelope shared by the smaller apps: plain and HTML
// alternatives (or plain alone when html is empty) and the usual headers.
func appEnvelope(r *reply, plain, html, boundary, cte string, extra ...string) string {
	var root *part
	if html == "" {
		root = leaf("text/plain; charset=utf-8", "utf-8", plainCTE(plain, cte), plain)
	} else {
		root = multi(`multipart/alternative; boundary="`+boundary+`"`, boundary,
			leaf("text/plain; charset=utf-8", "utf-8", plainCTE(plain, cte), plain),
			leaf("text/html; charset=utf-8", "utf-8", plainCTE(html, cte), html))
	}
	top := append(delivered(r, "mail.runhelp.example"),
		"Date: "+rfcDate(r.sent), ownerFrom(r, ""), "To: "+route,
		subjectHeader("Re: "+r.hist.subject, "utf-8", false),
		"In-Reply-To: <"+r.hist.msgID+">", "References: <"+r.hist.msgID+">", "MIME-Version: 1.0")
	top = append(top, extra...)
	top = append(top, root.header...)
	root.header = nil
	return serialize(top, root)
}

func topPlain(r *reply, foot, head, hist []string) string {
	p := append(append([]string{}, r.text()...), "")
	if foot != nil {
		p = append(append(p, foot...), "")
	}
	p = append(append(p, head...), hist...)
	return join(p) + "\n"
}

// mailbox is Dropbox's Mailbox app: "Sent from Mailbox" in
// div.mailbox_signature, a gmail-style quote.
func mailbox(r *reply) string {
	g := newRNG(r, "mailbox")
	attr := attribution("On {EEE}, {MMM} {d}, {yyyy} at {h}:{mm} {a}, {who} wrote:", "en", r.hist.date, r.hist.from)
	plain := topPlain(r, []string{"Sent from Mailbox"}, []string{attr, ""}, quoteAll("> ", r.hist.lines))
	html := perLine(r.text(), "<div>", "</div>", "<div><br></div>") + `<br><div class="mailbox_signature">Sent from Mailbox</div><br><br>` +
		`<div class="gmail_quote"><p>` + htmlEscape(attr) + `</p><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex;">` + histHTML(r.hist.lines, "<br>") + "</blockquote></div>\n"
	return appEnvelope(r, plain, html, "--==_mimepart_"+g.hex(24)+"_"+fmt.Sprint(r.num), "quoted-printable", "Message-ID: <"+g.hex(32)+"@mailbox.app>")
}

// airmail is Airmail for macOS and iOS: the address in parentheses, the
// signature in div.bloop_sign, the attribution in p.airmail_on.
func airmail(r *reply) string {
	g := newRNG(r, "airmail")
	h := r.hist
	attr := attribution("On {d} {MMMM} {yyyy} at {HH}:{mm}:{ss}, {name} ({addr}) wrote:", "en", h.date, h.from)
	plain := topPlain(r, []string{"-- ", "Sent with Airmail"}, []string{attr, ""}, quoteAll("> ", h.lines))
	html := `<html><head><style>body{font-family:Helvetica,Arial;font-size:13px}</style></head><body><div id="bloop_customfont" style="font-family:Helvetica,Arial;font-size:13px; color: rgba(0,0,0,1.0); margin: 0px; line-height: auto;">` +
		perLine(r.text(), "<div>", "</div>", "<div><br></div>") + `</div><br><div id="bloop_sign_` + fmt.Sprint(r.sent.UnixNano()/1000) + `" class="bloop_sign"><div>-- <br></div><div>Sent with Airmail</div></div><br>` +
		`<p class="airmail_on">On ` + fdate("en", "{d} {MMMM} {yyyy} at {HH}:{mm}:{ss}", h.date) + `, ` + htmlEscape(h.from.name) + ` (<a href="mailto:` + h.from.addr + `">` + h.from.addr + `</a>) wrote:</p> <blockquote type="cite" class="clean_bq"><span><div><div></div><div>` +
		histHTML(h.lines, "<br>") + "</div></div></span></blockquote></body></html>\n"
	return appEnvelope(r, plain, html, g.hex(8)+"_"+g.hex(8)+"_"+g.hex(4), "quoted-printable", "Message-ID: <etPan."+g.hex(8)+"."+g.hex(8)+"."+g.hex(4)+"@runhelp.example>", "X-Mailer: Airmail (642)")
}

// aquamail is AquaMail for Android: a footer followed by a link line, the
// history in div#aqm-original.
func aquamail(r *reply) string {
	g := newRNG(r, "aquamail")
	h := r.hist
	attr := attribution("On {MMMM} {d}, {yyyy} {HH}:{mm}:{ss} {who} wrote:", "en", h.date, h.from)
	foot := []string{"Sent with AquaMail for Android", "https://www.mobisystems.com/aqua-mail"}
	plain := topPlain(r, foot, []string{attr, ""}, quoteAll("> ", h.lines))
	html := `<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div dir="auto">` +
		perLine(r.text(), `<div dir="auto">`, "</div>", `<div dir="auto"><br></div>`) + `</div><div dir="auto"><br></div><div dir="auto"><span style="color: rgb(128, 128, 128); font-size: 0.8em;">Sent with AquaMail for Android<br><a href="https://www.mobisystems.com/aqua-mail">https://www.mobisystems.com/aqua-mail</a></span></div><div dir="auto"><br></div>` +
		`<div id="aqm-original" style="color: black;"><div dir="auto">` + htmlEscape(attr) + `</div><blockquote type="cite" class="gmail_quote" style="margin: 0 0 0 0.75ex; border-left: 1px solid #808080; padding-left: 0.75ex;">` +
		histHTML(h.lines, "<br>") + "</blockquote></div></body></html>\n"
	return appEnvelope(r, plain, html, g.hex(16)+"_aqm", "quoted-printable", "Message-ID: <"+g.hex(16)+"@runhelp.example>", "User-Agent: AquaMail/1.51.0 (build: 105100000)")
}

// bluemail is BlueMail and its twin TypeApp: "Sent from BlueMail" with a
// tracking link in plain text, gmail_quote markup in HTML.
func bluemail(r *reply) string {
	g := newRNG(r, "bluemail")
	h := r.hist
	name, link := "BlueMail", "http://www.bluemail.me/r?b=16464"
	if r.client == "typeapp" {
		name, link = "TypeApp", "http://www.typeapp.com/r?b=16464"
	}
	attr := attribution("On {MMM} {d}, {yyyy}, at {HH}:{mm}, {who} wrote:", "en", h.date, h.from)
	plain := topPlain(r, []string{"Sent from " + name + " <" + link + ">"}, []string{attr, ""}, quoteAll(">", h.lines))
	html := `<html><head></head><body dir="auto"><div dir="auto">` + perLine(r.text(), `<div dir="auto">`, "</div>", `<div dir="auto"><br></div>`) +
		`</div><div dir="auto"><br></div><div dir="auto">Sent from <a href="` + link + `">` + name + `</a></div><div class="gmail_quote">` + htmlEscape(attr) +
		`<blockquote class="gmail_quote" style="margin: 0pt 0pt 0pt 0.8ex; border-left: 1px solid rgb(204, 204, 204); padding-left: 1ex;">` + histHTML(h.lines, "<br>") + "</blockquote></div></body></html>\n"
	return appEnvelope(r, plain, html, "----"+g.pick(upperNum, 30), "quoted-printable", "Message-ID: <"+g.uuid(false)+"@runhelp.example>")
}

// simpleApp covers apps that write nothing but text: a footer line and an
// "On ... wrote:" attribution over a "> " quote (Edison, Newton, myMail,
// Superhuman), or Windows Phone's header block.
func simpleApp(r *reply) string {
	g := newRNG(r, r.client)
	h := r.hist
	var foot, head, hist []string
	hist = quoteAll("> ", h.lines)
	switch r.client {
	case "edison":
		foot = []string{"Sent from Edison Mail"}
		head = []string{attribution("On {MMM} {d}, {yyyy}, at {h}:{mm} {a}, {who} wrote:", "en", h.date, h.from), ""}
	case "newton":
		foot = []string{"Sent with Newton Mail"}
		head = []string{attribution("On {EEE}, {MMM} {d}, {yyyy} at {h}:{mm} {a}, {who} wrote:", "en", h.date, h.from), ""}
	case "mymail":
		foot = []string{"Sent from myMail for iOS"}
		head = []string{"", attribution("{EEEE}, {d} {MMMM} {yyyy}, {HH}:{mm} {ZZ} from {addr} <{addr}>:", "en", h.date, h.from)}
		hist = quoteAll(">", h.lines)
	case "superhuman":
		foot = []string{"Sent via Superhuman iOS ( https://sprh.mn/?vip=" + owner.addr + " )"}
		head = []string{attribution("On {EEE}, {MMM} {d}, {yyyy} at {h}:{mm} {a}, {who} wrote:", "en", h.date, h.from), ""}
	case "windowsphone":
		foot = []string{"Sent from my Windows Phone"}
		head = []string{"________________________________", "From: " + h.from.name, "Sent: " + fdate("en", "{dd}/{MM}/{yyyy} {HH}:{mm}", h.date),
			"To: " + h.to.name, "Subject: " + h.subject, ""}
		hist = h.lines
	case "huawei":
		foot = []string{"Sent from my Huawei phone"}
		head = []string{"", "-------- Original message --------", "From: " + h.from.String(),
			"Date: " + fdate("en", "{EEE}, {d} {MMM} {yyyy}, {HH}:{mm}", h.date), "To: " + h.to.String(), "Subject: " + h.subject, ""}
		hist = h.lines
	case "htcmail":
		foot = []string{"Sent from my HTC"}
		head = []string{"", "----- Reply message -----", "From: \"" + h.from.name + "\" <" + h.from.addr + ">",
			"To: \"" + h.to.name + "\" <" + h.to.addr + ">", "Subject: " + h.subject, "Date: " + fdate("en", "{EEE}, {MMM} {d}, {yyyy} {HH}:{mm}", h.date), ""}
		hist = h.lines
	default:
		panic("no simple app " + r.client)
	}
	if r.sig == "none" {
		foot = nil
	}
	plain := topPlain(r, foot, head, hist)
	return appEnvelope(r, plain, "", "", "quoted-printable", "Message-ID: <"+g.uuid(true)+"@runhelp.example>")
}

// nine is Nine for Android, an Exchange client: footer with its link in
// angle brackets, then Outlook's header block.
func nine(r *reply) string {
	g := newRNG(r, "nine")
	h := r.hist
	l := labels(r.lang)
	foot := []string{"Sent from Nine<http://www.9folders.com/>"}
	head := append([]string{"________________________________"}, headerBlock(r.lang, h, "", "", "{dd}.{MM}.{yyyy} {HH}:{mm}")...)
	plain := topPlain(r, foot, append(head, ""), h.lines)
	html := `<html><head></head><body>` + perLine(r.text(), "<div>", "</div>", "<div><br></div>") +
		`<div><br></div><div>Sent from <a href="http://www.9folders.com/">Nine</a></div><hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr">` +
		fmt.Sprintf(`<b>%s%s</b> %s<br><b>%s%s</b> %s<br><b>%s%s</b> %s<br><b>%s%s</b> %s<br>`, l.from, l.colon, htmlEscape(h.from.String()),
			l.sent, l.colon, fdate(r.lang, "{dd}.{MM}.{yyyy} {HH}:{mm}", h.date), l.to, l.colon, htmlEscape(h.to.String()), l.subject, l.colon, htmlEscape(h.subject)) +
		`</div><br>` + histHTML(h.lines, "<br>") + "</body></html>\n"
	return appEnvelope(r, plain, html, "--_NmP-"+g.hex(16)+"-Part_1", "quoted-printable", "Message-ID: <"+g.hex(24)+"@runhelp.example>", "X-Mailer: Nine for Android 4.9.4a")
}

// zoho is Zoho Mail: the attribution between runs of dashes, its
// signature in div#Zm-_Id_-Sgn.
func zoho(r *reply) string {
	g := newRNG(r, "zoho")
	h := r.hist
	attr := "---- " + attribution("On {EEE}, {dd} {MMM} {yyyy} {HH}:{mm}:{ss} {Z} {who} wrote ---", "en", h.date, h.from) + "-"
	var sig []string
	sigH := ""
	if r.sig != "none" {
		sig = append([]string{"-- "}, r.sigLines...)
		sigH = `<div id="Zm-_Id_-Sgn" data-sigid="` + g.pick("0123456789", 19) + `"><div>-- <br></div><div>` + brText(r.sigLines, "<br>") + `</div></div>`
	}
	p := append(append([]string{}, r.text()...), "")
	if sig != nil {
		p = append(append(p, sig...), "")
	}
	p = append(append(p, "", "", "", attr, "", ""), h.lines...)
	html := `<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head><body><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">` +
		perLine(r.text(), "<div>", "<br></div>", "<div><br></div>") + `<div><br></div>` + sigH +
		`<div class="zmail_extra_hr" style="border-top: 1px solid rgb(204, 204, 204); height: 0px; margin-top: 10px; margin-bottom: 10px; line-height: 0px;"><br></div><div class="zmail_extra" data-zbluepencil-ignore="true"><div><br></div><div id="Zm-_Id_-Sgn1">` +
		htmlEscape(attr) + `<br></div><div><br></div><blockquote style="margin: 0px;">` + histHTML(h.lines, "<br>") + "</blockquote></div><div><br></div></div><br></body></html>\n"
	return appEnvelope(r, join(p)+"\n", html, "----=_Part_"+fmt.Sprint(r.num*7919)+"_"+fmt.Sprint(100000000+r.num*31)+"."+fmt.Sprint(r.sent.UnixMilli()), "quoted-printable",
		"Message-Id: <"+g.hex(12)+"."+g.pick("0123456789", 19)+"@zoho.com>", "User-Agent: Zoho Mail", "X-Mailer: Zoho Mail")
}

// notes is HCL (IBM) Notes: "-----"Name" <addr> wrote: -----" and a block
// starting with To:, the history in div.iNotesHistory.
func notes(r *reply) string {
	g := newRNG(r, "notes")
	h := r.hist
	rule := `-----"` + h.from.name + `" <` + h.from.addr + `> wrote: -----`
	block := []string{"To: " + h.to.String(), `From: "` + h.from.name + `" <` + h.from.addr + ">",
		"Date: " + fdate("en", "{MM}/{dd}/{yyyy} {hh}:{mm}{a}", h.date), "Subject: " + h.subject, ""}
	plain := topPlain(r, nil, append([]string{rule}, block...), h.lines)
	html := `<html><body><div class="socmaildefaultfont" dir="ltr" style="font-family:Arial, Helvetica, sans-serif;font-size:10pt">` +
		perLine(r.text(), `<div dir="ltr">`, "</div>", `<div dir="ltr"><br></div>`) + `<div dir="ltr"><br></div><font size="2" color="#5F5F5F">` + htmlEscape(rule) +
		`</font><div class="iNotesHistory" style="padding-left:5px;"><div style="padding-right:0px;padding-left:5px;border-left:solid black 2px;">` +
		histHTML(block, "<br>") + histHTML(h.lines, "<br>") + "</div></div></div></body></html>\n"
	return appEnvelope(r, plain, html, "0__="+g.HEX(24)+"8f9e8a93df938690918c"+g.HEX(8), "quoted-printable",
		"Message-ID: <OF"+g.HEX(8)+"."+g.HEX(8)+"-ON"+g.HEX(8)+"@runhelp.example>", "X-Mailer: HCL Notes Release 12.0.2 November 03, 2022")
}

// qqmail is QQ Mail: the "原始邮件" rule with ideographic labels and
// full-width semicolons, GB18030 text, base64.
func qqmail(r *reply) string {
	g := newRNG(r, "qq")
	h := r.hist
	ampm := "上午"
	if h.date.Hour() >= 12 {
		ampm = "下午"
	}
	when := fdate("zh", "{yyyy}年{M}月{d}日(", h.date) + locales["zh"].wd[h.date.Weekday()] + ") " + ampm + fdate("zh", "{h}:{mm}", h.date)
	block := []string{"------------------ 原始邮件 ------------------", `发件人: "` + h.from.name + `"<` + h.from.addr + ">;",
		"发送时间: " + when, `收件人: "` + h.to.name + `"<` + h.to.addr + ">;", "", "主题: " + h.subject, "", ""}
	var foot []string
	if r.sig == "footer" {
		foot = []string{"发自我的iPhone"}
	}
	plain := topPlain(r, foot, block, h.lines)
	var b strings.Builder
	b.WriteString(perLine(r.text(), "<div>", "</div>", "<div><br></div>") + "<div><br></div>")
	if foot != nil {
		b.WriteString(`<div><br></div><div id="original-content"></div><div><span style="color: rgb(128, 128, 128);">发自我的iPhone</span></div>`)
	}
	fmt.Fprintf(&b, `<div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">------------------&nbsp;原始邮件&nbsp;------------------</div><div style="font-size: 12px;background:#efefef;padding:8px;"><div><b>发件人:</b>&nbsp;"%s"&lt;%s&gt;;</div><div><b>发送时间:</b>&nbsp;%s</div><div><b>收件人:</b>&nbsp;"%s"&lt;%s&gt;;<wbr></div><div></div><div><b>主题:</b>&nbsp;%s</div></div><div><br></div>`,
		htmlEscape(h.from.name), h.from.addr, when, htmlEscape(h.to.name), h.to.addr, htmlEscape(h.subject))
	b.WriteString(histHTML(h.lines, "<br>"))
	bd := "----=_NextPart_" + g.HEX(8) + "_" + g.HEX(8) + "_" + g.HEX(8)
	root := multi("multipart/alternative;\n\tboundary=\""+bd+"\"", bd,
		leaf("text/plain;\n\tcharset=\"gb18030\"", "gb18030", "base64", plain),
		leaf("text/html;\n\tcharset=\"gb18030\"", "gb18030", "base64", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GB18030\">"+b.String()+"\n"))
	top := append(delivered(r, "smtpbg151.qq.example"),
		ownerFrom(r, ""), "To: \""+route+"\"<"+route+">",
		"Subject: "+bword("回复："+h.subject, "gb18030"),
		"Mime-Version: 1.0", "Date: "+rfcDate(r.sent),
		"X-Priority: 3", "Message-ID: <tencent_"+g.HEX(40)+"@qq.example>",
		"In-Reply-To: <"+h.msgID+">", "References: <"+h.msgID+">",
		"X-QQ-MIME: TCMime 1.0 by Tencent", "X-Mailer: QQMail 2.x")
	top = append(top, root.header...)
	root.header = nil
	return serialize(top, root)
}

// mailmaster is NetEase Mail Master: a "---- Replied Message ----" table
// in Markdown-like pipes, GBK text.
func mailmaster(r *reply) string {
	g := newRNG(r, "mailmaster")
	h := r.hist
	block := []string{"---- Replied Message ----", "| From | " + h.from.name + "<" + h.from.addr + "> |",
		"| Date | " + fdate("en", "{MM}/{dd}/{yyyy} {HH}:{mm}", h.date) + " |", "| To | " + h.to.name + "<" + h.to.addr + "> |",
		"| Subject | " + h.subject + " |"}
	plain := topPlain(r, nil, block, h.lines)
	rows := ""
	for _, kv := range [][2]string{{"From", htmlEscape(h.from.name + "<" + h.from.addr + ">")}, {"Date", fdate("en", "{MM}/{dd}/{yyyy} {HH}:{mm}", h.date)},
		{"To", htmlEscape(h.to.name + "<" + h.to.addr + ">")}, {"Subject", htmlEscape(h.subject)}} {
		rows += `<tr><td style="color:#a3a3a3;">` + kv[0] + `</td><td>` + kv[1] + `</td></tr>`
	}
	html := `<html><body><div style="line-height: 1.7;color: #000000;font-size: 14px;font-family: Arial;">` + perLine(r.text(), "<div>", "</div>", "<div><br></div>") +
		`</div><div class="J-reply" style="margin-top:10px;"><div style="font-size:12px;padding:2px 0;">---- Replied Message ----</div><table class="mailmaster-quote-table" style="font-size:12px;">` + rows +
		`</table></div><div>` + histHTML(h.lines, "<br>") + "</div></body></html>\n"
	bd := "----=_Part_" + fmt.Sprint(r.num*7919) + "_" + fmt.Sprint(1000000+r.num*31) + "." + fmt.Sprint(r.sent.UnixMilli())
	root := multi(`multipart/alternative; boundary="`+bd+`"`, bd,
		leaf("text/plain; charset=GBK", "gbk", "base64", plain),
		leaf("text/html; charset=GBK", "gbk", "base64", html))
	top := append(delivered(r, "m16.mail.163.example"),
		"Date: "+rfcDate(r.sent), ownerFrom(r, ""), "To: "+route, "Message-ID: <"+g.hex(16)+"."+g.hex(8)+"@163.example>",
		"Subject: "+bword("Re: "+h.subject, "GBK"), "MIME-Version: 1.0", "In-Reply-To: <"+h.msgID+">", "References: <"+h.msgID+">",
		"X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)")
	top = append(top, root.header...)
	root.header = nil
	return serialize(top, root)
}
