package inbox

import (
	"html"
	"strings"
)

// The clients with a shape of their own in the owner's language, and the
// settings that move a client's signature or quote.

const (
	appleGermanAttribution = "Am 03.06.2025 um 10:12 schrieb Helpline <" + helplineAddr + ">:"
	appleFrenchAttribution = "Le 3 juin 2025 à 10:12, Helpline <" + helplineAddr + "> a écrit :"
	// ownerSig is the signature a client set to add one writes under an
	// answer typed without any.
	ownerSig = "Maren Holt\nRunning Training Helpline"
)

var clientShapes = []replyShape{
	{name: "german apple mail html", mail: func(a ownerAnswer) string {
		return altMail(appleIn(applePlain(a), appleGermanAttribution), appleIn(appleHTML(a), appleGermanAttribution), "quoted-printable")
	}},
	{name: "french apple mail html", mail: func(a ownerAnswer) string {
		return altMail(appleIn(applePlain(a), appleFrenchAttribution), appleIn(appleHTML(a), appleFrenchAttribution), "quoted-printable")
	}},
	{name: "german iphone html", mail: func(a ownerAnswer) string {
		return altMail(iphoneIn(iphonePlain(a), appleGermanAttribution, "Von meinem iPhone gesendet"),
			iphoneIn(iphoneHTML(a), appleGermanAttribution, "Von meinem iPhone gesendet"), "quoted-printable")
	}},
	{name: "french iphone html", mail: func(a ownerAnswer) string {
		return altMail(iphoneIn(iphonePlain(a), appleFrenchAttribution, "Envoyé de mon iPhone"),
			iphoneIn(iphoneHTML(a), appleFrenchAttribution, "Envoyé de mon iPhone"), "quoted-printable")
	}},
	{name: "german outlook original message", mail: func(a ownerAnswer) string {
		return plainMail(typed(a)+"\n\n-----Ursprüngliche Nachricht-----\nVon: Helpline [mailto:"+helplineAddr+"] \n"+
			"Gesendet: Dienstag, 3. Juni 2025 10:12\nAn: Maren Holt <maren@example.org>\n"+
			"Betreff: Question: Calf pain after long runs\n\n"+notifyText+"\n", "quoted-printable", false)
	}},
	{name: "qq mail html", mail: func(a ownerAnswer) string {
		return altMail(qqPlain(a), qqHTML(a), "base64")
	}},
	{name: "foxmail", mail: func(a ownerAnswer) string {
		return plainMail(typed(a)+"\n \n________________________________\n\n发件人： Helpline<mailto:"+helplineAddr+">\n"+
			"发送时间： 2025-06-03 10:12\n收件人： Maren Holt<mailto:maren@example.org>\n"+
			"主题： Question: Calf pain after long runs\n"+notifyText+"\n", "base64", false)
	}},
	{name: "netease 163", mail: func(a ownerAnswer) string {
		return plainMail(typed(a)+"\n\n\n\n\n\n\nAt 2025-06-03 10:12:45, \"Helpline\" <"+helplineAddr+"> wrote:\n"+
			quoteTight(notifyText)+"\n", "base64", false)
	}},
	{name: "mutt custom attribution and indent", mail: func(a ownerAnswer) string {
		return plainMail("* Helpline <"+helplineAddr+"> [2025-06-03 10:12]:\n"+quoteWith(notifyText, "| ", "|")+"\n\n"+typed(a)+"\n", "8bit", false)
	}, unreadable: barFirst},
	// Typed at the top of the file mutt opens, with no blank line left
	// over the attribution.
	{name: "mutt custom attribution, typed right over it", mail: func(a ownerAnswer) string {
		return plainMail(typed(a)+"\n* Helpline <"+helplineAddr+"> [2025-06-03 10:12]:\n"+quoteWith(notifyText, "| ", "|")+"\n", "8bit", false)
	}},
	// Outlook writing plain text, with the blank line over its fields
	// deleted by the owner.
	{name: "german outlook fields right under the answer", mail: func(a ownerAnswer) string {
		return plainMail(typed(a)+"\n"+clientLocales[0].outlookFields("\n", " ")+"\n\n"+notifyText+"\n", "quoted-printable", false)
	}, unreadable: fieldsLast},
	{name: "japanese outlook fields right under the answer", mail: func(a ownerAnswer) string {
		return plainMail(typed(a)+"\n"+clientLocales[6].outlookFields("\n", " ")+"\n\n"+notifyText+"\n", "quoted-printable", false)
	}, unreadable: fieldsLast},
	{name: "gmail signature under the quote", mail: func(a ownerAnswer) string {
		return altMail(a.text+"\n\n"+gmailAttribution+"\n\n"+quoteLines(notifyText)+"\n>\n\n\n-- \n"+sigOf(a)+"\n",
			gmailSigUnderHTML(a), "quoted-printable")
	}},
	{name: "gmail signature over the quote", orAlso: withSig, mail: func(a ownerAnswer) string {
		return altMail(a.text+"\n\n"+sigOf(a)+"\n\n"+gmailAttribution+"\n\n"+quoteLines(notifyText)+"\n",
			gmailSigOverHTML(a), "quoted-printable")
	}},
	{name: "outlook signature in a table", orAlso: withSig, mail: func(a ownerAnswer) string {
		plain := a.text + "\n\n" + sigOf(a) + "\n\n" +
			"From: Helpline <" + helplineAddr + "> \n" + strings.SplitN(outlookFields("\n"), "\n", 2)[1] + "\n\n" + notifyText + "\n"
		return altMail(plain, outlookTableSigHTML(a), "base64")
	}},
}

// sigOf is the owner's signature under a, the one set in the client where
// the answer has none of its own.
func sigOf(a ownerAnswer) string {
	if a.sig != "" {
		return a.sig
	}
	return ownerSig
}

// withSig is a with the signature a client writes with no mark over it,
// which no reader can tell from the answer.
func withSig(a ownerAnswer) string { return a.text + "\n\n" + sigOf(a) }

// barFirst is an answer whose first line starts with "|", which typed
// right under a quote indented with "| " continues it.
func barFirst(a ownerAnswer) string {
	if strings.HasPrefix(a.text, "|") {
		return `its first line starts with "|", run on from the client's "| " quote`
	}
	return ""
}

// fieldsLast is an answer whose last paragraph holds a line shaped as a
// header field named in one word ("Subject: long runs", "First: the
// shoes."): typed right over the client's fields with no blank line, it
// reads as their first.
func fieldsLast(a ownerAnswer) string {
	text := typed(a)
	last := text[strings.LastIndex(text, "\n\n")+1:]
	for _, l := range strings.Split(last, "\n") {
		if looksLikeField(l) && !labelHasSpace(l) {
			return "a line shaped as a header field right over the client's fields"
		}
	}
	return ""
}

func appleIn(body, attribution string) string {
	return strings.Replace(body, html.EscapeString(appleAttribution), html.EscapeString(attribution), 1)
}

func iphoneIn(body, attribution, footer string) string {
	return strings.Replace(appleIn(body, attribution), "Sent from my iPhone", footer, 1)
}

// quoteWith quotes text with prefix, and empty lines with empty.
func quoteWith(text, prefix, empty string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if l == "" {
			lines[i] = empty
		} else {
			lines[i] = prefix + l
		}
	}
	return strings.Join(lines, "\n")
}

// quoteTight quotes as NetEase's webmail does, ">" with no space.
func quoteTight(text string) string { return quoteWith(text, ">", ">") }

const qqSeparator = "------------------ 原始邮件 ------------------"

// qqFields are QQ Mail's fields over the message it quotes, unquoted.
func qqFields(br string) string {
	return "发件人: \"Helpline\"<" + helplineAddr + ">;" + br + "发送时间: 2025年6月3日(星期二) 上午10:12" + br +
		"收件人: \"Maren Holt\"<maren@example.org>;" + br + "主题: Question: Calf pain after long runs"
}

func qqPlain(a ownerAnswer) string {
	return typed(a) + "\n\n\n\n\n" + qqSeparator + "\n" + qqFields("\n") + "\n\n\n\n" + notifyText + "\n"
}

func qqHTML(a ownerAnswer) string {
	fields := html.EscapeString(qqFields("\n"))
	for _, label := range []string{"发件人:", "发送时间:", "收件人:", "主题:"} {
		fields = strings.Replace(fields, label, "<b>"+label+"</b>", 1)
	}
	return `<meta http-equiv="Content-Type" content="text/html; charset=utf-8">` + htmlDivs(typed(a)) +
		`<div><br></div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">` +
		strings.ReplaceAll(qqSeparator, " ", "&nbsp;") + `</div><div style="font-size: 12px;background:#efefef;padding:8px;"><div>` +
		strings.ReplaceAll(fields, "\n", "</div><div>") + `</div></div><div><br></div>` + htmlBreaks(notifyText)
}

// gmailQuoteHTML is Gmail's quote of the notification.
func gmailQuoteHTML() string {
	return `<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">` +
		html.EscapeString(gmailAttribution) + `<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;` +
		`border-left:1px solid rgb(204,204,204);padding-left:1ex">` + htmlBreaks(notifyText) + `</blockquote></div>`
}

func gmailSigUnderHTML(a ownerAnswer) string {
	return `<div dir="ltr">` + htmlDivs(a.text) + `</div><br>` + gmailQuoteHTML() + `<div><br clear="all"></div><div><br></div>` +
		`<span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">` +
		htmlDivs(sigOf(a)) + `</div>`
}

func gmailSigOverHTML(a ownerAnswer) string {
	return `<div dir="ltr">` + htmlDivs(a.text) + `<div><br></div><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">` +
		htmlDivs(sigOf(a)) + `</div></div><br>` + gmailQuoteHTML()
}

// outlookTableSigHTML is Outlook's reply with the owner's signature laid
// out as a table of one cell a line.
func outlookTableSigHTML(a ownerAnswer) string {
	var sig strings.Builder
	sig.WriteString("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>\n")
	for _, l := range strings.Split(sigOf(a), "\n") {
		sig.WriteString("<tr><td width=300 valign=top style='padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>" +
			htmlText(l) + "<o:p></o:p></p></td></tr>\n")
	}
	sig.WriteString("</table>\n")
	htm := outlookDesktopHTML(ownerAnswer{text: a.text})
	return strings.Replace(htm, "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<div style='border:none",
		"<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"+sig.String()+"<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<div style='border:none", 1)
}
