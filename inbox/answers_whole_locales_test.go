package inbox

import (
	"html"
	"strings"
	"testing"
)

// TestAnswersComeOutWholeInLocales runs every answer, in every language,
// under the replies the owner's clients write in the owner's own
// language: an owner answers in English from a German client as often as
// in German.
func TestAnswersComeOutWholeInLocales(t *testing.T) {
	for _, s := range localeShapes() {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel() // each shape reads its own mails, and they are many
			checkWhole(t, s)
		})
	}
}

// clientLocale is what a client writes around the quote in one language.
type clientLocale struct {
	lang string
	// gmail is Gmail's attribution line, thunderbird Thunderbird's.
	gmail, thunderbird string
	// from, sent, to and subject are Outlook's field labels with their
	// colon, as the language writes it; sentOn is the date it writes.
	from, sent, to, subject, sentOn string
	// original is the line Outlook writes over the original in plain
	// text, apple Apple Mail's attribution, iphone the phone's footer.
	original, apple, iphone string
}

var clientLocales = []clientLocale{
	{
		lang:        "german",
		gmail:       "Am Di., 3. Juni 2025 um 10:12 Uhr schrieb Helpline <" + helplineAddr + ">:",
		thunderbird: "Am 03.06.25 um 10:12 schrieb Helpline:",
		from:        "Von:", sent: "Gesendet:", to: "An:", subject: "Betreff:", sentOn: "Dienstag, 3. Juni 2025 10:12",
		original: "-----Ursprüngliche Nachricht-----", apple: "Am 03.06.2025 um 10:12 schrieb Helpline <" + helplineAddr + ">:", iphone: "Von meinem iPhone gesendet",
	},
	{
		lang:        "french",
		gmail:       "Le mar. 3 juin 2025 à 10:12, Helpline <" + helplineAddr + "> a écrit :",
		thunderbird: "Le 03/06/2025 à 10:12, Helpline a écrit :",
		from:        "De :", sent: "Envoyé :", to: "À :", subject: "Objet :", sentOn: "mardi 3 juin 2025 10:12",
		original: "-----Message d'origine-----", apple: "Le 3 juin 2025 à 10:12, Helpline <" + helplineAddr + "> a écrit :", iphone: "Envoyé de mon iPhone",
	},
	{
		lang:        "spanish",
		gmail:       "El mar, 3 jun 2025 a las 10:12, Helpline (<" + helplineAddr + ">) escribió:",
		thunderbird: "El 3/6/25 a las 10:12, Helpline escribió:",
		from:        "De:", sent: "Enviado:", to: "Para:", subject: "Asunto:", sentOn: "martes, 3 de junio de 2025 10:12",
		original: "-----Mensaje original-----", apple: "El 3 jun 2025, a las 10:12, Helpline <" + helplineAddr + "> escribió:", iphone: "Enviado desde mi iPhone",
	},
	{
		lang:        "dutch",
		gmail:       "Op di 3 jun 2025 om 10:12 schreef Helpline <" + helplineAddr + ">:",
		thunderbird: "Op 03-06-2025 om 10:12 schreef Helpline:",
		from:        "Van:", sent: "Verzonden:", to: "Aan:", subject: "Onderwerp:", sentOn: "dinsdag 3 juni 2025 10:12",
		original: "-----Oorspronkelijk bericht-----", apple: "Op 3 jun 2025 om 10:12 heeft Helpline <" + helplineAddr + "> het volgende geschreven:", iphone: "Verzonden vanaf mijn iPhone",
	},
	{
		lang:        "polish",
		gmail:       "wt., 3 cze 2025 o 10:12 Helpline <" + helplineAddr + "> napisał(a):",
		thunderbird: "W dniu 3.06.2025 o 10:12, Helpline pisze:",
		from:        "Od:", sent: "Wysłano:", to: "Do:", subject: "Temat:", sentOn: "wtorek, 3 czerwca 2025 10:12",
		original: "-----Oryginalna wiadomość-----", apple: "Wiadomość napisana przez Helpline <" + helplineAddr + "> w dniu 3 czerwca 2025, o godz. 10:12:", iphone: "Wysłane z iPhone'a",
	},
	{
		lang:        "russian",
		gmail:       "вт, 3 июн. 2025 г. в 10:12, Helpline <" + helplineAddr + ">:",
		thunderbird: "03.06.2025 10:12, Helpline пишет:",
		from:        "От:", sent: "Отправлено:", to: "Кому:", subject: "Тема:", sentOn: "вторник, 3 июня 2025 г. 10:12",
		original: "-----Исходное сообщение-----", apple: "3 июня 2025 г., в 10:12, Helpline <" + helplineAddr + "> написал(а):", iphone: "Отправлено с iPhone",
	},
	{
		lang:        "japanese",
		gmail:       "2025年6月3日(火) 10:12 Helpline <" + helplineAddr + ">:",
		thunderbird: "On 2025/06/03 10:12, Helpline wrote:",
		from:        "差出人:", sent: "送信日時:", to: "宛先:", subject: "件名:", sentOn: "2025年6月3日 10:12",
		original: "-----Original Message-----", apple: "2025/06/03 10:12、Helpline <" + helplineAddr + ">のメール：", iphone: "iPhoneから送信",
	},
	{
		lang:        "chinese",
		gmail:       "Helpline <" + helplineAddr + "> 于2025年6月3日周二 10:12写道：",
		thunderbird: "在 2025/6/3 10:12, Helpline 写道:",
		from:        "发件人:", sent: "发送时间:", to: "收件人:", subject: "主题:", sentOn: "2025年6月3日 10:12",
		original: "-----邮件原件-----", apple: "2025年6月3日 10:12，Helpline <" + helplineAddr + "> 写道：", iphone: "发自我的iPhone",
	},
}

// localeShapes are the replies of Gmail, Outlook and Thunderbird in each
// language, then the clients that have a shape of their own.
func localeShapes() []replyShape {
	var shapes []replyShape
	for _, l := range append(clientLocales[:len(clientLocales):len(clientLocales)], moreClientLocales...) {
		shapes = append(shapes,
			replyShape{name: l.lang + " gmail html", mail: func(a ownerAnswer) string {
				return altMail(l.gmailPlain(a), l.gmailHTML(a), "quoted-printable")
			}},
			replyShape{name: l.lang + " outlook desktop html", mail: func(a ownerAnswer) string {
				return altMail(typed(a)+"\n\n"+l.outlookFields("\n", " ")+"\n\n"+notifyText+"\n", l.outlookDesktopHTML(a), "base64")
			}},
			replyShape{name: l.lang + " outlook web html", mail: func(a ownerAnswer) string {
				return altMail(typed(a)+"\n\n________________________________\n"+l.outlookFields("\n", "")+"\n\n"+notifyText+"\n",
					l.outlookWebHTML(a), "quoted-printable")
			}},
			replyShape{name: l.lang + " thunderbird flowed", mail: func(a ownerAnswer) string {
				return plainMail(typed(a)+"\n\n"+l.thunderbird+"\n"+quoteLines(notifyText)+"\n", "8bit", true)
			}},
			replyShape{name: l.lang + " thunderbird bottom-posted flowed", mail: func(a ownerAnswer) string {
				return plainMail(l.thunderbird+"\n"+quoteLines(notifyText)+"\n\n"+typed(a)+"\n", "8bit", true)
			}},
			// With no blank line between the owner's last line and the
			// client's, as when the owner deletes it.
			replyShape{name: l.lang + " outlook original message close", mail: func(a ownerAnswer) string {
				return plainMail(typed(a)+"\n"+l.original+"\n"+l.outlookFields("\n", " ")+"\n\n"+notifyText+"\n", "quoted-printable", false)
			}},
			// The phone puts its footer right under the last line typed
			// and the quote right under the footer when the owner leaves
			// no blank line.
			replyShape{name: l.lang + " iphone close", mail: func(a ownerAnswer) string {
				return plainMail(typed(a)+"\n"+l.iphone+"\n"+quoteEmpty(l.apple+"\n\n"+notifyText, "> ")+"\n", "quoted-printable", false)
			}},
			replyShape{name: l.lang + " gmail inline", inline: true, unreadable: citesInline, mail: func(a ownerAnswer) string {
				first, rest, _ := strings.Cut(typed(a), "\n\n")
				return plainMail(l.gmail+"\n\n"+quoteLines(notifyAsk1)+"\n\n"+first+"\n\n"+quoteLines(notifyAsk2)+
					"\n\n"+rest+"\n\n"+quoteLines("Thanks, Lena\n\n"+notifyFooter)+"\n", "quoted-printable", false)
			}},
		)
	}
	return append(shapes, clientShapes...)
}

// gmailPlain is Gmail's plain part, whose attribution it breaks after the
// "<" of the address when the line runs past 78 characters.
func (l clientLocale) gmailPlain(a ownerAnswer) string {
	attr := l.gmail
	if len([]rune(attr)) > 78 {
		attr = strings.Replace(attr, "<", "<\n", 1)
	}
	return typed(a) + "\n\n" + attr + "\n\n" + quoteLines(notifyText) + "\n"
}

func (l clientLocale) gmailHTML(a ownerAnswer) string {
	return strings.Replace(gmailHTML(a), html.EscapeString(gmailAttribution), html.EscapeString(l.gmail), 1)
}

// outlookFields are Outlook's fields over the quoted message; the desktop
// client writes a space after the sender's address.
func (l clientLocale) outlookFields(br, afterFrom string) string {
	return l.from + " Helpline <" + helplineAddr + ">" + afterFrom + br + l.sent + " " + l.sentOn + br +
		l.to + " Maren Holt <maren@example.org>" + br + l.subject + " Question: Calf pain after long runs"
}

func (l clientLocale) outlookDesktopHTML(a ownerAnswer) string {
	fields := html.EscapeString(l.outlookFields("\n", ""))
	for _, label := range []string{l.from, l.sent, l.to, l.subject} {
		fields = strings.Replace(fields, html.EscapeString(label), "<b>"+html.EscapeString(label)+"</b>", 1)
	}
	return "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><style><!--\np.MsoNormal\n\t{margin:0cm;font-size:11.0pt;}\n--></style></head>\n" +
		"<body lang=EN-US link=\"#0563C1\"><div class=WordSection1>\n" + msoParas(typed(a)) +
		"<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" +
		"<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal>" +
		strings.ReplaceAll(fields, "\n", "<br>\n") + "<o:p></o:p></p></div>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" +
		msoParas(notifyText) + "</div></body></html>"
}

// msoParas writes each line as Word's paragraph, as Outlook on the desktop
// writes typed text.
func msoParas(text string) string {
	return htmlLines(text, "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n", "<p class=MsoNormal>", "<o:p></o:p></p>\n")
}

func (l clientLocale) outlookWebHTML(a ownerAnswer) string {
	return `<html><head><style type="text/css">P {margin-top:0;margin-bottom:0;}</style></head><body dir="ltr">` +
		`<div class="elementToProof" style="font-family: Aptos, sans-serif; font-size: 12pt;">` + htmlDivs(typed(a)) + `</div>` +
		`<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">` +
		`<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">` +
		strings.ReplaceAll(html.EscapeString(l.outlookFields("\n", "")), "\n", "<br>") + `</font><div>&nbsp;</div></div>` +
		`<div class="BodyFragment"><font size="2"><span style="font-size:11pt;"><div class="PlainText">` +
		htmlBreaks(notifyText) + `</div></span></font></div></body></html>`
}
