package inbox

import (
	"html"
	"strings"
)

// The bodies the further clients write around the owner's answer, plain
// and HTML.

// Samsung Email writes its fields with a space after each value, and the
// quoted message unmarked under them.
func samsungFields(br string) string {
	return "From: Helpline <" + helplineAddr + "> " + br + "Date: 6/3/25 10:12 AM (GMT+01:00) " + br +
		"To: Maren Holt <maren@example.org> " + br + "Subject: " + notifySubject + " "
}

func samsungPlain(a ownerAnswer) string {
	return typed(a) + "\n\n\n\nSent from my Galaxy\n\n\n-------- Original message --------\n" + samsungFields("\n") + "\n\n" + notifyText + "\n"
}

func samsungHTML(a ownerAnswer) string {
	fields := html.EscapeString(samsungFields("\n"))
	return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div dir="auto">` +
		htmlDivsAuto(typed(a)) + `</div><div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto">` +
		`<div style="font-size:85%;color:#575757" dir="auto">Sent from my Galaxy</div></div><div dir="auto"><br></div>` +
		`<div align="left" dir="auto" style="font-size:100%;color:#000000"><div>-------- Original message --------</div><div>` +
		strings.ReplaceAll(fields, "\n", "</div><div>") + `</div><div><br></div></div>` + htmlBreaks(notifyText) + `</body></html>`
}

// htmlDivsAuto writes lines as the phone apps do, each a <div dir="auto">.
func htmlDivsAuto(text string) string {
	return htmlLines(text, `<div dir="auto"><br></div>`, `<div dir="auto">`, "</div>")
}

const gmailAndroidAttribution = "On Tue, 3 Jun 2025, 10:12 Helpline, <" + helplineAddr + "> wrote:"

func gmailAppPlain(a ownerAnswer, attribution string) string {
	return typed(a) + "\n\n" + attribution + "\n\n" + quoteLines(notifyText) + "\n"
}

func gmailAppHTML(a ownerAnswer, attribution string) string {
	return htmlDivsAuto(typed(a)) + `<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">` +
		html.EscapeString(attribution) + `<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">` +
		htmlBreaks(notifyText) + `</blockquote></div>`
}

// newOutlookHTML is the new Outlook for Windows: Outlook on the web's
// markup with bold labels and the signature in its own div.
func newOutlookHTML(a ownerAnswer) string {
	var sig string
	if a.sig != "" {
		sig = `<div id="Signature"><div>-- </div>` + htmlDivs(a.sig) + `</div>`
	}
	fields := html.EscapeString(outlookFields("\n"))
	for _, label := range []string{"From:", "Sent:", "To:", "Subject:"} {
		fields = strings.Replace(fields, label+" ", "<b>"+label+"</b>&nbsp;", 1)
	}
	return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>` +
		`<div class="elementToProof" style="font-family: Aptos, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">` +
		htmlDivs(a.text) + `</div>` + sig + `<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">` +
		`<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" color="#000000" style="font-size:11pt">` +
		strings.ReplaceAll(fields, "\n", "<br>") + `</font><div>&nbsp;</div></div><div style="direction:ltr">` +
		htmlBreaks(notifyText) + `</div></body></html>`
}

func macOutlookFields(br string) string {
	return "From: Helpline <" + helplineAddr + ">" + br + "Date: Tuesday, 3 June 2025 at 10:12" + br +
		"To: Maren Holt <maren@example.org>" + br + "Subject: " + notifySubject
}

// macOutlookHTML is Outlook for Mac: Word paragraphs and the fields under
// a border at the top of their block.
func macOutlookHTML(a ownerAnswer) string {
	fields := html.EscapeString(macOutlookFields("\n"))
	for _, label := range []string{"From:", "Date:", "To:", "Subject:"} {
		fields = strings.Replace(fields, label+" ", "<b>"+label+" </b>", 1)
	}
	return "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><style><!--\np.MsoNormal\n\t{margin:0cm;font-size:12.0pt;}\n--></style></head>\n" +
		"<body lang=EN-GB link=\"#0563C1\"><div class=WordSection1>\n" + msoParas(typed(a)) + "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" +
		"<div id=\"mail-editor-reference-message-container\"><div><div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>" +
		"<p class=MsoNormal style='margin-bottom:12.0pt'><span style='color:black'>" + strings.ReplaceAll(fields, "\n", "<br>\n") +
		"<o:p></o:p></span></p></div>\n" + msoParas(notifyText) + "</div></div></div></body></html>"
}

const yahooAttribution = "On Tuesday, June 3, 2025, 10:12:05 AM GMT+2, Helpline <" + helplineAddr + "> wrote:"

// yahooPlain is Yahoo's plain part: the quote indented, not marked.
func yahooPlain(a ownerAnswer) string {
	return typed(a) + "\n\n\n    " + yahooAttribution + "  \n \n \n" + indent(notifyText, " ") + "\n"
}

func yahooHTML(a ownerAnswer) string {
	return `<html><head></head><body><div class="ydp5c1d2e3fyahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">` +
		`<div dir="ltr" data-setdir="false">` + htmlDivs(typed(a)) + `</div><div><br></div></div>` +
		`<div id="yahoo_quoted_4419207811" class="yahoo_quoted"><div style="font-family:'Helvetica Neue', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">` +
		`<div>` + html.EscapeString(yahooAttribution) + `</div><div><br></div><div><br></div><div><div id="yiv4419207811"><div>` +
		htmlBreaks(notifyText) + `</div></div></div></div></div></body></html>`
}

// indent writes each line of text after prefix.
func indent(text, prefix string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = prefix + l
	}
	return strings.Join(lines, "\n")
}

// Yahoo's app breaks its attribution before the address and indents the
// whole quote with four spaces.
const (
	yahooAppName = "On Tue, Jun 3, 2025 at 10:12, Helpline"
	yahooAppAddr = "<" + helplineAddr + "> wrote:"
)

func yahooAppPlain(a ownerAnswer) string {
	return typed(a) + "\n\nSent from Yahoo Mail on Android\n\n" + indent(yahooAppName+"\n"+yahooAppAddr+"\n"+notifyText, "    ") + "\n"
}

func yahooAppHTML(a ownerAnswer) string {
	return htmlDivs(typed(a)) + `<br><br><div id="ymail_android_signature"><a href="https://go.onelink.me/107872968?pid=InProduct&amp;c=Global_Internal_YGrowth_AndroidEmailSig__AndroidUsers&amp;af_wl=ym&amp;af_sub1=Internal&amp;af_sub2=Global_YGrowth&amp;af_sub3=EmailSignature">` +
		`Sent from Yahoo Mail on Android</a></div> <br> <blockquote style="margin: 0 0 20px 0;"> <div style="font-family:Roboto, sans-serif; color:#6D00F6;"> ` +
		`<div>` + html.EscapeString(yahooAppName) + `</div><div>` + html.EscapeString(yahooAppAddr) + `</div> </div> ` +
		`<div style="padding: 10px 0 0 20px; margin: 10px 0 0 0; border-left: 1px solid #6D00F6;"> ` + htmlBreaks(notifyText) + ` </div> </blockquote>`
}

const (
	protonAttribution = "On Tuesday, June 3rd, 2025 at 10:12 AM, Helpline <" + helplineAddr + "> wrote:"
	protonOriginal    = "------- Original Message -------"
	// protonOriginalHTML is the separator as Proton's editor wrote it,
	// with Unicode hyphens.
	protonOriginalHTML = "‐‐‐‐‐‐‐ Original Message ‐‐‐‐‐‐‐"
)

func protonPlain(a ownerAnswer, over string) string {
	return typed(a) + "\n\nSent with Proton Mail secure email.\n\n" + over + "\n\n" + quoteLines(notifyText) + "\n"
}

func protonHTML(a ownerAnswer, attribution, original string) string {
	const font = `style="font-family: Arial, sans-serif; font-size: 14px;"`
	var over string
	if original != "" {
		over = `<div ` + font + `>` + original + `<br></div>`
	}
	return `<div ` + font + `>` + htmlDivs(typed(a)) + `</div><div ` + font + `><br></div>` +
		`<div class="protonmail_signature_block" ` + font + `><div class="protonmail_signature_block-user protonmail_signature_block-empty"></div>` +
		`<div class="protonmail_signature_block-proton">Sent with <a target="_blank" href="https://proton.me/mail/home">Proton Mail</a> secure email.</div></div>` +
		`<div ` + font + `><br></div>` + over + `<div class="protonmail_quote">` + html.EscapeString(attribution) + `<br><br>` +
		`<blockquote class="protonmail_quote" type="cite">` + htmlBreaks(notifyText) + `</blockquote><br></div>`
}

func tutanotaHTML(a ownerAnswer) string {
	return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>` +
		htmlDivsAuto(typed(a)) + `<div dir="auto"><br></div><div dir="auto"><br></div><div dir="auto">3 Jun 2025, 10:12 by ` + helplineAddr + `:<br></div>` +
		`<blockquote class="tutanota_quote" style="border-left: 1px solid #93A3B8; padding-left: 10px; margin-left: 5px;">` +
		htmlBreaks(notifyText) + `</blockquote><div dir="auto"><br></div></body></html>`
}

const fastmailAttribution = "On Tue, Jun 3, 2025, at 10:12, Helpline wrote:"

func fastmailHTML(a ownerAnswer) string {
	var sig string
	if a.sig != "" {
		sig = `<div id="sig62143378"><div class="signature">-- <br>` + htmlBreaks(a.sig) + `<br></div></div><div><br></div>`
	}
	return `<!DOCTYPE html><html><head><title></title><style type="text/css">p.MsoNormal,p.MsoNoSpacing{margin:0}</style></head><body>` +
		htmlDivs(a.text) + `<div><br></div>` + sig + `<div>` + html.EscapeString(fastmailAttribution) + `<br></div>` +
		`<blockquote type="cite" id="qt" style=""><div>` + htmlBreaks(notifyText) + `</div></blockquote><div><br></div></body></html>`
}

const sparkAttribution = "On 3 Jun 2025 at 10:12 +0200, Helpline <" + helplineAddr + ">, wrote:"

func sparkHTML(a ownerAnswer) string {
	return `<html xmlns="http://www.w3.org/1999/xhtml"><head><title></title></head><body><div name="messageBodySection">` +
		htmlDivsAuto(typed(a)) + `</div><div name="messageSignatureSection"><br /><div class="matchFont">Sent with Spark</div></div>` +
		`<div name="messageReplySection">` + html.EscapeString(sparkAttribution) + `<br />` +
		`<blockquote type="cite" class="spark_quote" style="margin: 5px 5px; padding-left: 10px; border-left: thin solid #1abc9c;">` +
		htmlBreaks(notifyText) + `</blockquote></div></body></html>`
}

const roundcubeAttribution = "On 2025-06-03 10:12, Helpline wrote:"

// roundcubeHTML writes the answer under the quote, as Roundcube does by
// default, or over it; the signature goes in Roundcube's own div.
func roundcubeHTML(a ownerAnswer, top bool) string {
	body := paras(a.text)
	if a.sig != "" {
		body += `<div id="signature">-- <br />` + htmlBreaksXHTML(a.sig) + `</div>`
	}
	quote := `<p>` + html.EscapeString(roundcubeAttribution) + `</p>` + "\n" +
		`<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0"><div class="pre" style="margin: 0; padding: 0; font-family: monospace">` +
		htmlBreaksXHTML(notifyText) + `</div></blockquote>` + "\n"
	head := `<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>` + "\n"
	if top {
		return head + body + "\n<p><br /></p>\n" + quote + "</body></html>"
	}
	return head + quote + "<p><br /></p>\n" + body + "\n</body></html>"
}

// paras writes each paragraph of text as a <p>, its lines broken with
// <br />.
func paras(text string) string {
	var b strings.Builder
	for _, p := range strings.Split(text, "\n\n") {
		b.WriteString("<p>" + htmlBreaksXHTML(strings.Trim(p, "\n")) + "</p>\n")
	}
	return b.String()
}

func htmlBreaksXHTML(text string) string {
	return strings.ReplaceAll(htmlBreaks(text), "<br>", "<br />")
}

const sogoAttribution = "On Tuesday, June 03, 2025 10:12 CEST, Helpline <" + helplineAddr + "> wrote:"

func sogoHTML(a ownerAnswer) string {
	return `<html>` + htmlBreaks(typed(a)) + `<br /><br />` + html.EscapeString(sogoAttribution) + `<br /> <blockquote type="cite">` +
		htmlBreaks(notifyText) + `</blockquote><br /><br /><br /><br /></html>`
}

func hordeHTML(a ownerAnswer) string {
	return `<p>` + htmlBreaks(typed(a)) + `</p><p>Quoting Helpline &lt;` + helplineAddr + `&gt;:</p>` +
		`<blockquote type="cite" style="border-left:2px solid blue;margin-left:2px;padding-left:12px;">` + htmlBreaks(notifyText) + `</blockquote>`
}

func zimbraFields(br string) string {
	return `From: "Helpline" <` + helplineAddr + `>` + br + `To: "Maren Holt" <maren@example.org>` + br +
		"Sent: Tuesday, June 3, 2025 10:12:45 AM" + br + "Subject: " + notifySubject
}

func zimbraHTML(a ownerAnswer) string {
	fields := html.EscapeString(zimbraFields("\n"))
	for _, label := range []string{"From:", "To:", "Sent:", "Subject:"} {
		fields = strings.Replace(fields, label+" ", "<b>"+label+" </b>", 1)
	}
	return `<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000"><div>` + htmlDivs(typed(a)) +
		`</div><div><br></div><hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__">` + strings.ReplaceAll(fields, "\n", "<br>") +
		`<br></div><br><div data-marker="__QUOTED_TEXT__">` + htmlBreaks(notifyText) + `</div></div></body></html>`
}

const snappyAttribution = "On Tue, Jun 3, 2025 at 10:12 AM, Helpline <" + helplineAddr + "> wrote:"

func snappyHTML(a ownerAnswer) string {
	return `<div data-html-editor-font-wrapper="true" style="font-family: arial, sans-serif; font-size: 13px;">` + htmlBreaks(typed(a)) +
		`<br><br>` + html.EscapeString(snappyAttribution) + `<blockquote style="margin: 0 0 0 5px; border-left: 2px solid #ccc; padding-left: 5px;">` +
		htmlBreaks(notifyText) + `</blockquote></div>`
}

// Nextcloud Mail names the sender in quotes, then by address, then gives
// the date after a dash, with no verb and no colon; it quotes a plain
// message with "> " inside its HTML.
const nextcloudAttribution = `"Helpline" ` + helplineAddr + ` – June 3, 2025 10:12 AM`

func nextcloudHTML(a ownerAnswer) string {
	return paras(typed(a)) + `<p></p><p></p><div class="quote">` + html.EscapeString(nextcloudAttribution) +
		`<br>&gt; ` + strings.ReplaceAll(htmlBreaks(notifyText), "<br>", "<br>&gt; ") + `</div>`
}

// eM Client writes its field labels with no colon.
func emClientFields(br string) string {
	return `From "Helpline" <` + helplineAddr + `>` + br + `To "Maren Holt" <maren@example.org>` + br +
		"Date 6/3/2025 10:12:45 AM" + br + "Subject " + notifySubject
}

func emClientHTML(a ownerAnswer) string {
	var sig string
	if a.sig != "" {
		sig = `<div id="signature_old"><div class="signature">-- <br />` + htmlBreaksXHTML(a.sig) + `</div></div><div><br /></div>`
	}
	fields := html.EscapeString(emClientFields("\n"))
	return `<html><head></head><body>` + htmlDivs(a.text) + `<div><br /></div>` + sig +
		`<div>------ Original Message ------</div><div>` + strings.ReplaceAll(fields, "\n", "</div><div>") + `</div><div><br /></div>` +
		`<div id="x6e1c2d3b" class="plain_text"><blockquote cite="n12@helpline.test" type="cite" class="cite2">` +
		htmlBreaks(notifyText) + `</blockquote></div></body></html>`
}

const mailbirdAttribution = "On 6/3/2025 10:12:45 AM, Helpline <" + helplineAddr + "> wrote:"

func mailbirdHTML(a ownerAnswer) string {
	return `<div id="__MailbirdStyleContent" style="font-size: 10pt;font-family: Arial;color: #000000;text-align: left" dir="ltr">` +
		htmlDivs(typed(a)) + `<div class="mb_sig"></div><blockquote class="history_container" type="cite" style="border-left-style:solid;border-width:1px; margin-top:20px; margin-left:0px;padding-left:10px;">` +
		`<p style="color: #AAAAAA; margin-top: 10px;">` + html.EscapeString(mailbirdAttribution) + `</p><div style="font-family:Arial,Helvetica,sans-serif">` +
		htmlBreaks(notifyText) + `</div></blockquote></div>`
}

const mailspringAttribution = "On Jun 3 2025, at 10:12 am, Helpline <" + helplineAddr + "> wrote:"

func mailspringHTML(a ownerAnswer) string {
	var sig string
	if a.sig != "" {
		sig = `<br><signature class="mailspring-signature" id="signature-2b7c" defaultFor="" accountIds="">-- <br>` + htmlBreaks(a.sig) + `</signature>`
	}
	return htmlDivs(a.text) + sig + `<br><div class="gmail_quote_attribution">` + html.EscapeString(mailspringAttribution) +
		`</div><br><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">` +
		htmlBreaks(notifyText) + `</blockquote>`
}

const blueMailAttribution = "On Jun 3, 2025, at 10:12, Helpline <" + helplineAddr + "> wrote:"

func blueMailHTML(a ownerAnswer) string {
	return `<html><head></head><body><div dir="auto">` + htmlBreaks(typed(a)) + `<br><br><!-- tmjah_g_1299s -->` +
		`<span style="color: #808080;">Sent from <a href="https://bluemail.me" style="color: #808080;">BlueMail</a></span><!-- tmjah_g_1299e --></div>` +
		`<div class="gmail_quote">` + html.EscapeString(blueMailAttribution) + `<blockquote class="gmail_quote" style="margin: 0pt 0pt 0pt 0.8ex; border-left: 1px solid rgb(204, 204, 204); padding-left: 1ex;">` +
		htmlBreaks(notifyText) + `</blockquote></div></body></html>`
}

const k9Attribution = "On June 3, 2025 10:12:45 AM GMT+02:00, Helpline <" + helplineAddr + "> wrote:"

const k9Signature = "Sent from my Android device with K-9 Mail. Please excuse my brevity."

// k9Typed is the answer under K-9 Mail; see appSigned.
func k9Typed(a ownerAnswer) string { return appSigned(a, k9Signature) }

// appSigned is the answer with the owner's signature or, where the owner
// set none, the app's own, both under "-- ".
func appSigned(a ownerAnswer, appSig string) string {
	if a.sig != "" {
		return typed(a)
	}
	return a.text + "\n-- \n" + appSig
}

func k9HTML(a ownerAnswer) string {
	sig := k9Signature
	if a.sig != "" {
		sig = a.sig
	}
	return `<div dir="auto">` + htmlBreaks(a.text) + `<div class='k9mail-signature'>-- <br>` + htmlBreaks(sig) + `</div><br><br>` +
		`<div class="gmail_quote">` + html.EscapeString(k9Attribution) + `<blockquote class="gmail_quote" style="margin: 0pt 0pt 0pt 0.8ex; border-left: 1px solid rgb(204, 204, 204); padding-left: 1ex;">` +
		htmlBreaks(notifyText) + `</blockquote></div></div>`
}

const fairEmailAttribution = "On Tue, 3 Jun 2025 10:12:45 +0200, Helpline <" + helplineAddr + "> wrote:"

func fairEmailHTML(a ownerAnswer, bottom bool) string {
	body := `<div fairemail="body">` + paras(a.text) + `</div>`
	if a.sig != "" {
		body += `<div fairemail="signature">-- <br>` + htmlBreaks(a.sig) + `</div>`
	}
	ref := `<div fairemail="reference"><p>` + html.EscapeString(fairEmailAttribution) + `</p>` +
		`<blockquote style="margin:0 0 0 3px;border-left:3px solid #3e8cfe;padding-left:7px;">` + htmlBreaks(notifyText) + `</blockquote></div>`
	if bottom {
		return `<!DOCTYPE html><html><body>` + ref + `<br>` + body + `</body></html>`
	}
	return `<!DOCTYPE html><html><body>` + body + `<br>` + ref + `</body></html>`
}

const yandexAttribution = `03.06.2025, 10:12, "Helpline" <` + helplineAddr + `>:`

func yandexHTML(a ownerAnswer) string {
	return htmlDivs(typed(a)) + `<div><br /></div><div><br /></div><div>` + html.EscapeString(yandexAttribution) + `</div><blockquote>` +
		htmlBreaks(notifyText) + `</blockquote>`
}

const mailRuAttribution = "Tuesday, June 3, 2025 10:12 AM +02:00 from Helpline <" + helplineAddr + ">:"

func mailRuHTML(a ownerAnswer) string {
	return `<HTML><BODY>` + htmlDivs(typed(a)) + `<div><br></div><div><br></div>` +
		`<blockquote style="border-left:1px solid #0857A6; margin:10px; padding:0 0 0 10px;">` + html.EscapeString(mailRuAttribution) +
		`<br><br><div id=""><div class="js-helper js-readmsg-msg"><div><div id="style_17489381_BODY">` + htmlBreaks(notifyText) +
		`</div></div></div></div></blockquote></BODY></HTML>`
}

func gmxFields(br string) string {
	return "Sent: Tuesday, June 03, 2025 at 10:12 AM" + br + `From: "Helpline" <` + helplineAddr + `>` + br +
		`To: "Maren Holt" <maren@example.org>` + br + "Subject: " + notifySubject
}

func webDeFields(br string) string {
	return "Gesendet: Dienstag, 03. Juni 2025 um 10:12 Uhr" + br + `Von: "Helpline" <` + helplineAddr + `>` + br +
		`An: "Maren Holt" <maren@example.org>` + br + "Betreff: " + notifySubject
}

// gmxQuoteHTML is GMX's and Web.de's quote: the fields in a div of their
// own, bold labels and a no-break space after each.
func gmxQuoteHTML(fields string, labels []string) string {
	fields = html.EscapeString(fields)
	for _, label := range labels {
		fields = strings.Replace(fields, label+" ", "<b>"+label+"</b>&nbsp;", 1)
	}
	return `<div name="quote" style="margin:10px 5px 5px 10px; padding: 10px 0 10px 10px; border-left:2px solid #C3D9E5; word-wrap: break-word; -webkit-nbsp-mode: space; -webkit-line-break: after-white-space;">` +
		`<div style="margin:0 0 10px 0;">` + strings.ReplaceAll(fields, "\n", "<br/>") + `</div><div name="quoted-content">` +
		htmlBreaks(notifyText) + `</div></div>`
}

func gmxHTML(a ownerAnswer) string {
	return `<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;">` + htmlDivs(typed(a)) + `<div>&nbsp;</div><div>&nbsp;` +
		gmxQuoteHTML(gmxFields("\n"), []string{"Sent:", "From:", "To:", "Subject:"}) + `</div></div></body></html>`
}

func webDeHTML(a ownerAnswer) string {
	return `<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;">` + htmlDivs(typed(a)) + `<div>&nbsp;</div><div>&nbsp;` +
		gmxQuoteHTML(webDeFields("\n"), []string{"Gesendet:", "Von:", "An:", "Betreff:"}) + `</div></div></body></html>`
}

const zohoAttribution = "---- On Tue, 03 Jun 2025 10:12:45 +0200 Helpline <" + helplineAddr + "> wrote ---"

func zohoHTML(a ownerAnswer) string {
	return `<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head><body>` +
		`<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">` + htmlDivs(typed(a)) + `<br>` +
		`<div id="Zm-_Id_-Sgn" data-zbluepencil-ignore="true"><p>Sent using <a href="https://www.zoho.com/mail/" target="_blank">Zoho Mail</a></p></div><br>` +
		`<div class="zmail_extra_hr" style="border-top: 1px solid rgb(204, 204, 204); height: 0px; margin-top: 10px; margin-bottom: 10px; line-height: 0px;"><br></div>` +
		`<div class="zmail_extra" data-zbluepencil-ignore="true"><div><br></div><div id="Zm-_Id_-Sgn1">` + html.EscapeString(zohoAttribution) + `</div><div><br></div>` +
		`<blockquote style="margin: 0px;"><div>` + htmlBreaks(notifyText) + `</div></blockquote></div><div><br></div></div><br></body></html>`
}

func aolFields(br string) string {
	return "From: Helpline <" + helplineAddr + ">" + br + "To: Maren Holt <maren@example.org>" + br +
		"Sent: Tue, Jun 3, 2025 10:12 am" + br + "Subject: " + notifySubject
}

func aolHTML(a ownerAnswer) string {
	return `<div style="color:black;font: 10pt Arial, Helvetica, sans-serif;">` + htmlDivs(typed(a)) + `<br><br>` +
		`<div style="font-family:helvetica,arial;font-size:10pt;color:black">-----Original Message-----<br>` +
		strings.ReplaceAll(html.EscapeString(aolFields("\n")), "\n", "<br>") + `<br><br><div id="yiv5828061122"><div>` +
		htmlBreaks(notifyText) + `</div></div></div></div>`
}

const icloudAttribution = "On Jun 3, 2025, at 10:12 AM, Helpline <" + helplineAddr + "> wrote:"

func icloudHTML(a ownerAnswer) string {
	return `<html><body>` + htmlDivs(typed(a)) + `<div><br>` + html.EscapeString(icloudAttribution) + `<br><br></div><div>` +
		`<blockquote type="cite"><div class="msg-quote"><div>` + htmlBreaks(notifyText) + `</div></div></blockquote></div></body></html>`
}

const heyAttribution = "On June 3, 2025, Helpline <" + helplineAddr + "> wrote:"

func heyHTML(a ownerAnswer) string {
	return `<div class="trix-content">` + htmlDivs(typed(a)) + `</div><br><div class="trix-content"><div>` + html.EscapeString(heyAttribution) +
		`</div><blockquote type="cite"><div>` + htmlBreaks(notifyText) + `</div></blockquote></div>`
}
