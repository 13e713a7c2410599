package inbox

import (
	"html"
	"strings"
)

// The bodies each client writes around the owner's answer, plain and HTML.

const gmailAttribution = "On Tue, Jun 3, 2025 at 10:12 AM Helpline <" + helplineAddr + "> wrote:"

func gmailPlain(a ownerAnswer) string {
	return typed(a) + "\n\n" + gmailAttribution + "\n\n" + quoteLines(notifyText) + "\n"
}

func gmailHTML(a ownerAnswer) string {
	var b strings.Builder
	b.WriteString(`<div dir="ltr">` + htmlDivs(a.text))
	if a.sig != "" {
		b.WriteString(`<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br>` +
			`<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">` + htmlDivs(a.sig) + `</div>`)
	}
	b.WriteString(`</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">` +
		html.EscapeString(gmailAttribution) + `<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;` +
		`border-left:1px solid rgb(204,204,204);padding-left:1ex">` + htmlBreaks(notifyText) + `</blockquote></div>`)
	return b.String()
}

// englishOutlook is what Outlook writes around the quote in English.
var englishOutlook = clientLocale{lang: "english", from: "From:", sent: "Sent:", to: "To:", subject: "Subject:",
	sentOn: "Tuesday, June 3, 2025 10:12 AM"}

// outlookFields are the fields Outlook writes over the message it quotes.
func outlookFields(br string) string { return englishOutlook.outlookFields(br, "") }

func outlookPlain(a ownerAnswer, footer string) string {
	body := typed(a) + "\n\n"
	if footer != "" {
		body += footer + "\n"
	}
	return body + "________________________________\n" + outlookFields("\n") + "\n\n" + notifyText + "\n"
}

func outlookDesktopHTML(a ownerAnswer) string { return englishOutlook.outlookDesktopHTML(a) }

func outlookWebHTML(a ownerAnswer) string { return englishOutlook.outlookWebHTML(a) }

func outlookMobileHTML(a ownerAnswer) string {
	return `<html><head></head><body><div dir="ltr">` + htmlDivs(typed(a)) + `</div><div dir="ltr"><br></div>` +
		`<div id="ms-outlook-mobile-signature"><div dir="ltr">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div></div>` +
		`<div id="mail-editor-reference-message-container"><div class="ms-outlook-mobile-reference-message skipProofing">` +
		`<hr style="display:inline-block;width:98%"><div dir="ltr"><font face="Calibri, sans-serif" color="#000000">` +
		strings.ReplaceAll(html.EscapeString(outlookFields("\n")), "\n", "<br>") + `</font><div>&nbsp;</div></div>` +
		htmlBreaks(notifyText) + `</div></div></body></html>`
}

const appleAttribution = "On 3 Jun 2025, at 10:12, Helpline <" + helplineAddr + "> wrote:"

func iphonePlain(a ownerAnswer) string {
	return typed(a) + "\n\nSent from my iPhone\n\n" + quoteEmpty(appleAttribution+"\n\n"+notifyText, "> ") + "\n"
}

func iphoneHTML(a ownerAnswer) string {
	return `<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">` +
		`<div dir="ltr">` + htmlBreaks(typed(a)) + `</div><div dir="ltr"><br><div dir="ltr">Sent from my iPhone</div>` +
		`<div dir="ltr"><br><blockquote type="cite">` + html.EscapeString(appleAttribution) + `<br><br></blockquote></div>` +
		`<blockquote type="cite"><div dir="ltr">` + htmlBreaks(notifyText) + `</div></blockquote></div></body></html>`
}

func applePlain(a ownerAnswer) string {
	return typed(a) + "\n\n" + quoteLines(appleAttribution+"\n\n"+notifyText) + "\n"
}

func appleHTML(a ownerAnswer) string {
	return `<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>` +
		`<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">` +
		htmlDivs(typed(a)) + `<div><br><blockquote type="cite"><div>` + html.EscapeString(appleAttribution) +
		`</div><br class="Apple-interchange-newline"><div><div>` + htmlBreaks(notifyText) +
		`</div></div></blockquote></div><br></body></html>`
}

const thunderbirdAttribution = "On 6/3/25 10:12 AM, Helpline wrote:"

func thunderbirdPlain(a ownerAnswer) string {
	return typed(a) + "\n\n" + thunderbirdAttribution + "\n" + quoteLines(notifyText) + "\n"
}

func thunderbirdHTML(a ownerAnswer) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>`)
	for _, p := range strings.Split(a.text, "\n\n") {
		b.WriteString("<p>" + htmlBreaks(strings.Trim(p, "\n")) + "</p>\n")
	}
	if a.sig != "" {
		b.WriteString(`<pre class="moz-signature" cols="72">-- ` + "\n" + html.EscapeString(a.sig) + "</pre>\n")
	}
	b.WriteString(`<div class="moz-cite-prefix">` + html.EscapeString(thunderbirdAttribution) + `<br></div>` +
		`<blockquote type="cite" cite="mid:n12@helpline.test"><pre class="moz-quote-pre" wrap="">` +
		html.EscapeString(notifyText) + "</pre></blockquote></body></html>")
	return b.String()
}
