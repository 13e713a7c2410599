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
		"outlook mac": richAround(macOutlookHTML, furtherPlain["outlook mac"]),
		"yahoo":       richAround(yahooHTML, yahooPlain),
		"proton":      richAround(func(a ownerAnswer) string { return protonHTML(a, protonAttribution, "") }, func(a ownerAnswer) string { return protonPlain(a, protonAttribution) }),
		"tutanota":    richAround(tutanotaHTML, func(ownerAnswer) string { return "" }),
		"fastmail":    richAround(fastmailHTML, furtherPlain["fastmail"]),
		"roundcube":   richAround(func(a ownerAnswer) string { return roundcubeHTML(a, true) }, furtherPlain["roundcube"]),
		"sogo":        richAround(sogoHTML, furtherPlain["sogo"]),
		"horde":       richAround(hordeHTML, furtherPlain["horde"]),
		"zimbra":      richAround(zimbraHTML, furtherPlain["zimbra"]),
		"snappymail":  richAround(snappyHTML, furtherPlain["snappymail"]),
		"nextcloud":   richAround(nextcloudHTML, furtherPlain["nextcloud"]),
		"em client":   richAround(emClientHTML, furtherPlain["em client"]),
		"mailbird":    richAround(mailbirdHTML, furtherPlain["mailbird"]),
		"mailspring":  richAround(mailspringHTML, furtherPlain["mailspring"]),
		"bluemail":    richAround(blueMailHTML, furtherPlain["bluemail"]),
		"k-9":         richAround(k9HTML, furtherPlain["k-9"]),
		"fairemail":   richAround(func(a ownerAnswer) string { return fairEmailHTML(a, false) }, furtherPlain["fairemail"]),
		"yandex":      richAround(yandexHTML, furtherPlain["yandex"]),
		"mail.ru":     richAround(mailRuHTML, furtherPlain["mail.ru"]),
		"gmx":         richAround(gmxHTML, furtherPlain["gmx"]),
		"zoho":        richAround(zohoHTML, furtherPlain["zoho"]),
		"aol":         richAround(aolHTML, furtherPlain["aol"]),
		"icloud":      richAround(icloudHTML, furtherPlain["icloud"]),
		"hey":         richAround(heyHTML, furtherPlain["hey"]),
	}
}
