package inbox

import "strings"

// richMark stands for the answer in a further client's reply, so that the
// reply can be written once, as for a plain answer, and the formatted
// answer put where the typed text would be.
const richMark = "RICHANSWERMARK"

// richAround makes a richClient of a further client's reply: its plain
// part as written for a plain answer, and its HTML part with the editor's
// markup of the answer where the client wrote the typed lines.
func richAround(htm, plain func(ownerAnswer) string) richClient {
	return richClient{
		plain: func(a string) string { return plain(ownerAnswer{text: a}) },
		html: func(a string) string {
			page := htm(ownerAnswer{text: richMark})
			for _, line := range []string{`<div dir="auto">` + richMark + `</div>`, "<p>" + richMark + "</p>\n",
				"<p class=MsoNormal>" + richMark + "<o:p></o:p></p>\n", "<div>" + richMark + "</div>"} {
				if strings.Contains(page, line) {
					return strings.Replace(page, line, a, 1)
				}
			}
			return strings.Replace(page, richMark, a, 1)
		},
	}
}

// moreRichClients are the further clients' replies, by the name the
// answers give them.
func moreRichClients() map[string]richClient {
	return map[string]richClient{
		"samsung":     richAround(samsungHTML, samsungPlain),
		"gmail app":   richAround(func(a ownerAnswer) string { return gmailAppHTML(a, gmailAndroidAttribution) }, func(a ownerAnswer) string { return gmailAppPlain(a, gmailAndroidAttribution) }),
		"new outlook": richAround(newOutlookHTML, func(a ownerAnswer) string { return outlookPlain(a, "") }),
		"outlook mac": richAround(macOutlookHTML, func(a ownerAnswer) string {
			return typed(a) + "\n\n" + macOutlookFields("\n") + "\n\n" + notifyText + "\n"
		}),
		"yahoo":    richAround(yahooHTML, yahooPlain),
		"proton":   richAround(func(a ownerAnswer) string { return protonHTML(a, protonAttribution, "") }, func(a ownerAnswer) string { return protonPlain(a, protonAttribution) }),
		"tutanota": richAround(tutanotaHTML, func(a ownerAnswer) string { return "" }),
		"fastmail": richAround(fastmailHTML, func(a ownerAnswer) string {
			return typed(a) + "\n\n" + fastmailAttribution + "\n" + quoteLines(notifyText) + "\n\n"
		}),
		"roundcube": richAround(func(a ownerAnswer) string { return roundcubeHTML(a, true) }, func(a ownerAnswer) string {
			return typed(a) + "\n\n" + roundcubeAttribution + "\n\n" + quoteLines(notifyText) + "\n"
		}),
		"sogo": richAround(sogoHTML, func(a ownerAnswer) string {
			return typed(a) + "\n\n" + sogoAttribution + "\n\n" + quoteLines(notifyText) + "\n"
		}),
		"horde": richAround(hordeHTML, func(a ownerAnswer) string {
			return typed(a) + "\n\nQuoting Helpline <" + helplineAddr + ">:\n\n" + quoteLines(notifyText) + "\n"
		}),
		"zimbra": richAround(zimbraHTML, func(a ownerAnswer) string {
			return typed(a) + "\n\n----- Original Message -----\n" + zimbraFields("\n") + "\n\n" + notifyText + "\n"
		}),
		"snappymail": richAround(snappyHTML, func(a ownerAnswer) string {
			return typed(a) + "\n\n" + snappyAttribution + "\n" + quoteLines(notifyText) + "\n"
		}),
		"nextcloud": richAround(nextcloudHTML, func(a ownerAnswer) string {
			return typed(a) + "\n\n" + nextcloudAttribution + "\n" + quoteEmpty(notifyText, "> ") + "\n"
		}),
		"em client": richAround(emClientHTML, func(a ownerAnswer) string {
			return typed(a) + "\n\n------ Original Message ------\n" + emClientFields("\n") + "\n\n" + notifyText + "\n"
		}),
		"mailbird": richAround(mailbirdHTML, func(a ownerAnswer) string {
			return typed(a) + "\n\n" + mailbirdAttribution + "\n" + quoteLines(notifyText) + "\n"
		}),
		"mailspring": richAround(mailspringHTML, func(a ownerAnswer) string {
			return typed(a) + "\n\n" + mailspringAttribution + "\n\n" + quoteLines(notifyText) + "\n"
		}),
		"bluemail": richAround(blueMailHTML, func(a ownerAnswer) string {
			return typed(a) + "\n\nSent from BlueMail\n\n" + blueMailAttribution + "\n" + quoteLines(notifyText) + "\n"
		}),
		"k-9": richAround(k9HTML, func(a ownerAnswer) string {
			return k9Typed(a) + "\n\n" + k9Attribution + "\n" + quoteLines(notifyText) + "\n"
		}),
		"fairemail": richAround(func(a ownerAnswer) string { return fairEmailHTML(a, false) }, func(a ownerAnswer) string {
			return typed(a) + "\n\n" + fairEmailAttribution + "\n" + quoteLines(notifyText) + "\n"
		}),
		"yandex": richAround(yandexHTML, func(a ownerAnswer) string {
			return typed(a) + "\n\n" + yandexAttribution + "\n" + quoteLines(notifyText) + "\n"
		}),
		"mail.ru": richAround(mailRuHTML, func(a ownerAnswer) string {
			return typed(a) + "\n\n\n" + quoteTight(mailRuAttribution+"\n\n"+notifyText) + "\n"
		}),
		"gmx": richAround(gmxHTML, func(a ownerAnswer) string { return typed(a) + "\n\n" + gmxFields("\n") + "\n\n" + notifyText + "\n" }),
		"zoho": richAround(zohoHTML, func(a ownerAnswer) string {
			return typed(a) + "\n\nSent using Zoho Mail\n\n\n" + zohoAttribution + "\n\n" + notifyText + "\n"
		}),
		"aol": richAround(aolHTML, func(a ownerAnswer) string {
			return typed(a) + "\n\n\n-----Original Message-----\n" + aolFields("\n") + "\n\n" + notifyText + "\n"
		}),
		"icloud": richAround(icloudHTML, func(a ownerAnswer) string {
			return typed(a) + "\n\n" + icloudAttribution + "\n\n" + quoteLines(notifyText) + "\n"
		}),
		"hey": richAround(heyHTML, func(a ownerAnswer) string {
			return typed(a) + "\n\n" + heyAttribution + "\n" + quoteLines(notifyText) + "\n"
		}),
	}
}
