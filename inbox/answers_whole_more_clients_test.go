package inbox

import (
	"strings"
	"testing"
)

// TestAnswersComeOutWholeUnderMoreClients runs every answer under the
// replies of the further clients an owner may answer from: phone apps,
// webmails and desktop clients beyond the big three, each with its own
// separator, attribution, quote markup and footer.
func TestAnswersComeOutWholeUnderMoreClients(t *testing.T) {
	for _, s := range moreClientShapes {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			checkWhole(t, s)
		})
	}
}

// notifySubject is the notification's subject, as clients write it in
// their fields over the quote.
const (
	notifySubject = "Question: Calf pain after long runs"
)

var moreClientShapes = []replyShape{
	{name: "samsung email", mail: func(a ownerAnswer) string {
		return altMail(samsungPlain(a), samsungHTML(a), "base64")
	}},
	{name: "german samsung email", mail: func(a ownerAnswer) string {
		return plainMail(typed(a)+"\n\n\n\nVon meinem Samsung Galaxy Smartphone gesendet.\n\n\n-------- Ursprüngliche Nachricht --------\n"+
			"Von: Helpline <"+helplineAddr+"> \nDatum: 03.06.25 10:12 (GMT+01:00) \nAn: Maren Holt <maren@example.org> \n"+
			"Betreff: "+notifySubject+" \n\n"+notifyText+"\n", "base64", false)
	}},
	// The separators right under the last line typed, as when the owner
	// deletes the blank lines the client left over them.
	{name: "samsung email close", mail: func(a ownerAnswer) string {
		return plainMail(typed(a)+"\n-------- Original message --------\n"+samsungFields("\n")+"\n\n"+notifyText+"\n", "base64", false)
	}},
	{name: "zimbra close", mail: func(a ownerAnswer) string {
		return plainMail(typed(a)+"\n----- Original Message -----\n"+zimbraFields("\n")+"\n\n"+notifyText+"\n", "quoted-printable", false)
	}},
	{name: "em client close", mail: func(a ownerAnswer) string {
		return plainMail(typed(a)+"\n------ Original Message ------\n"+emClientFields("\n")+"\n\n"+notifyText+"\n", "quoted-printable", false)
	}},
	{name: "proton mail close", mail: func(a ownerAnswer) string {
		return plainMail(typed(a)+"\n"+protonOriginal+"\n"+protonAttribution+"\n\n"+quoteLines(notifyText)+"\n", "quoted-printable", false)
	}},
	{name: "yahoo mail web close", mail: func(a ownerAnswer) string {
		return plainMail(typed(a)+"\n    "+yahooAttribution+"  \n \n \n"+indent(notifyText, " ")+"\n", "quoted-printable", false)
	}},
	{name: "gmail android html", mail: func(a ownerAnswer) string {
		return altMail(gmailAppPlain(a, gmailAndroidAttribution), gmailAppHTML(a, gmailAndroidAttribution), "quoted-printable")
	}},
	{name: "gmail ios html", mail: func(a ownerAnswer) string {
		return altMail(gmailAppPlain(a, gmailAttribution), gmailAppHTML(a, gmailAttribution), "quoted-printable")
	}},
	{name: "new outlook for windows html", mail: func(a ownerAnswer) string {
		return altMail(outlookPlain(a, ""), newOutlookHTML(a), "quoted-printable")
	}},
	{name: "outlook for mac html", mail: func(a ownerAnswer) string {
		return altMail(furtherPlain["outlook mac"](a), macOutlookHTML(a), "quoted-printable")
	}},
	// Outlook for Mac writing plain text quotes with ">" under a line of
	// its own.
	{name: "outlook for mac plain", mail: func(a ownerAnswer) string {
		return plainMail(typed(a)+"\n\nOn 03/06/2025, 10:12, \"Helpline\" <"+helplineAddr+"> wrote:\n\n"+quoteLines(notifyText)+"\n", "quoted-printable", false)
	}},
	{name: "yahoo mail web html", mail: func(a ownerAnswer) string {
		return altMail(yahooPlain(a), yahooHTML(a), "quoted-printable")
	}},
	{name: "yahoo mail android", mail: func(a ownerAnswer) string {
		return altMail(yahooAppPlain(a), yahooAppHTML(a), "quoted-printable")
	}},
	{name: "proton mail", mail: func(a ownerAnswer) string {
		return altMail(protonPlain(a, protonAttribution), protonHTML(a, protonAttribution, ""), "quoted-printable")
	}},
	{name: "proton mail original message", mail: func(a ownerAnswer) string {
		return altMail(protonPlain(a, protonOriginal+"\n"+protonAttribution), protonHTML(a, protonAttribution, protonOriginalHTML), "quoted-printable")
	}},
	// Proton puts the owner's own signature, unmarked, in its block
	// over the app's line.
	{name: "proton mail with the owner's signature", orAlso: withSig, mail: func(a ownerAnswer) string {
		plain := a.text + "\n\n" + sigOf(a) + "\n\nSent with Proton Mail secure email.\n\n" + protonAttribution + "\n\n" + quoteLines(notifyText) + "\n"
		htm := strings.Replace(protonHTML(ownerAnswer{text: a.text}, protonAttribution, ""),
			`<div class="protonmail_signature_block-user protonmail_signature_block-empty"></div>`,
			`<div class="protonmail_signature_block-user">`+htmlDivs(sigOf(a))+`</div>`, 1)
		return altMail(plain, htm, "quoted-printable")
	}},
	{name: "tutanota html only", htmlOnly: true, mail: func(a ownerAnswer) string {
		return htmlMail(tutanotaHTML(a))
	}},
	{name: "fastmail plain", mail: func(a ownerAnswer) string {
		return plainMail(furtherPlain["fastmail"](a), "quoted-printable", false)
	}},
	{name: "fastmail html", mail: func(a ownerAnswer) string {
		return altMail(furtherPlain["fastmail"](a), fastmailHTML(a), "quoted-printable")
	}},
	{name: "spark", mail: func(a ownerAnswer) string {
		return altMail(typed(a)+"\n\nSent with Spark\n"+sparkAttribution+"\n"+quoteLines(notifyText)+"\n", sparkHTML(a), "quoted-printable")
	}},
	// Roundcube writes under the quote unless set otherwise.
	{name: "roundcube plain bottom-posted", mail: func(a ownerAnswer) string {
		return plainMail(roundcubeAttribution+"\n\n"+quoteLines(notifyText)+"\n\n"+typed(a)+"\n", "8bit", true)
	}, unreadable: citesFirst},
	{name: "roundcube html bottom-posted", mail: func(a ownerAnswer) string {
		return altMail(roundcubeAttribution+"\n\n"+quoteLines(notifyText)+"\n\n"+typed(a)+"\n", roundcubeHTML(a, false), "quoted-printable")
	}, unreadable: citesFirst},
	{name: "roundcube html top-posted", mail: func(a ownerAnswer) string {
		return altMail(furtherPlain["roundcube"](a), roundcubeHTML(a, true), "quoted-printable")
	}},
	{name: "sogo html", mail: func(a ownerAnswer) string {
		return altMail(furtherPlain["sogo"](a), sogoHTML(a), "quoted-printable")
	}},
	// SOGo writes under the quote unless set otherwise.
	{name: "sogo bottom-posted", mail: func(a ownerAnswer) string {
		return plainMail(sogoAttribution+"\n\n"+quoteLines(notifyText)+"\n\n"+typed(a)+"\n", "quoted-printable", false)
	}, unreadable: citesFirst},
	{name: "horde imp", mail: func(a ownerAnswer) string {
		return plainMail(furtherPlain["horde"](a), "quoted-printable", false)
	}},
	{name: "horde imp bottom-posted", mail: func(a ownerAnswer) string {
		return plainMail("Quoting Helpline <"+helplineAddr+">:\n\n"+quoteLines(notifyText)+"\n\n"+typed(a)+"\n", "quoted-printable", false)
	}, unreadable: citesFirst},
	{name: "horde imp html", mail: func(a ownerAnswer) string {
		return altMail(furtherPlain["horde"](a), hordeHTML(a), "quoted-printable")
	}},
	{name: "zimbra plain", mail: func(a ownerAnswer) string {
		return plainMail(furtherPlain["zimbra"](a), "quoted-printable", false)
	}},
	{name: "zimbra html", mail: func(a ownerAnswer) string {
		return altMail(furtherPlain["zimbra"](a), zimbraHTML(a), "quoted-printable")
	}},
	{name: "snappymail html", mail: func(a ownerAnswer) string {
		return altMail(furtherPlain["snappymail"](a), snappyHTML(a), "quoted-printable")
	}},
	{name: "nextcloud mail html", mail: func(a ownerAnswer) string {
		return altMail(furtherPlain["nextcloud"](a), nextcloudHTML(a), "quoted-printable")
	}},
	{name: "em client html", mail: func(a ownerAnswer) string {
		return altMail(furtherPlain["em client"](a), emClientHTML(a), "quoted-printable")
	}},
	{name: "mailbird html", mail: func(a ownerAnswer) string {
		return altMail(furtherPlain["mailbird"](a), mailbirdHTML(a), "quoted-printable")
	}},
	{name: "mailspring html", mail: func(a ownerAnswer) string {
		return altMail(furtherPlain["mailspring"](a), mailspringHTML(a), "quoted-printable")
	}},
	{name: "bluemail html", mail: func(a ownerAnswer) string {
		return altMail(furtherPlain["bluemail"](a), blueMailHTML(a), "quoted-printable")
	}},
	{name: "k-9 top-posted", mail: func(a ownerAnswer) string {
		return plainMail(furtherPlain["k-9"](a), "quoted-printable", false)
	}},
	{name: "k-9 html", mail: func(a ownerAnswer) string {
		return altMail(furtherPlain["k-9"](a), k9HTML(a), "quoted-printable")
	}},
	{name: "k-9 bottom-posted", mail: func(a ownerAnswer) string {
		return plainMail(k9Attribution+"\n"+quoteLines(notifyText)+"\n\n"+k9Typed(a)+"\n", "quoted-printable", false)
	}, unreadable: citesFirst},
	{name: "fairemail html", mail: func(a ownerAnswer) string {
		return altMail(furtherPlain["fairemail"](a), fairEmailHTML(a, false), "quoted-printable")
	}},
	{name: "fairemail html bottom-posted", mail: func(a ownerAnswer) string {
		return altMail(fairEmailAttribution+"\n"+quoteLines(notifyText)+"\n\n"+typed(a)+"\n", fairEmailHTML(a, true), "quoted-printable")
	}, unreadable: citesFirst},
	{name: "yandex mail html", mail: func(a ownerAnswer) string {
		return altMail(furtherPlain["yandex"](a), yandexHTML(a), "quoted-printable")
	}},
	{name: "yandex mail mobile", mail: func(a ownerAnswer) string {
		return plainMail(appSigned(a, "Отправлено из мобильной Яндекс Почты")+"\n\n"+yandexAttribution+"\n"+quoteLines(notifyText)+"\n", "base64", false)
	}},
	{name: "mail.ru html", mail: func(a ownerAnswer) string {
		return altMail(furtherPlain["mail.ru"](a), mailRuHTML(a), "quoted-printable")
	}},
	{name: "gmx html", mail: func(a ownerAnswer) string {
		return altMail(furtherPlain["gmx"](a), gmxHTML(a), "quoted-printable")
	}},
	{name: "web.de html german", mail: func(a ownerAnswer) string {
		return altMail(typed(a)+"\n\n"+webDeFields("\n")+"\n\n"+notifyText+"\n", webDeHTML(a), "quoted-printable")
	}},
	{name: "zoho mail html", mail: func(a ownerAnswer) string {
		return altMail(furtherPlain["zoho"](a), zohoHTML(a), "quoted-printable")
	}},
	{name: "aol html", mail: func(a ownerAnswer) string {
		return altMail(furtherPlain["aol"](a), aolHTML(a), "quoted-printable")
	}},
	{name: "icloud web html", mail: func(a ownerAnswer) string {
		return altMail(furtherPlain["icloud"](a), icloudHTML(a), "quoted-printable")
	}},
	{name: "hey html", mail: func(a ownerAnswer) string {
		return altMail(furtherPlain["hey"](a), heyHTML(a), "quoted-printable")
	}},
}

// furtherPlain are the plain parts the further clients write over the
// notification when the owner answers above it, by the name the formatted
// answers give the clients.
var furtherPlain = map[string]func(ownerAnswer) string{
	"outlook mac": func(a ownerAnswer) string {
		return typed(a) + "\n\n" + macOutlookFields("\n") + "\n\n" + notifyText + "\n"
	},
	"fastmail": func(a ownerAnswer) string {
		return typed(a) + "\n\n" + fastmailAttribution + "\n" + quoteLines(notifyText) + "\n\n"
	},
	"sogo": func(a ownerAnswer) string {
		return typed(a) + "\n\n" + sogoAttribution + "\n\n" + quoteLines(notifyText) + "\n"
	},
	"horde": func(a ownerAnswer) string {
		return typed(a) + "\n\nQuoting Helpline <" + helplineAddr + ">:\n\n" + quoteLines(notifyText) + "\n"
	},
	"zimbra": func(a ownerAnswer) string {
		return typed(a) + "\n\n----- Original Message -----\n" + zimbraFields("\n") + "\n\n" + notifyText + "\n"
	},
	"snappymail": func(a ownerAnswer) string {
		return typed(a) + "\n\n" + snappyAttribution + "\n" + quoteLines(notifyText) + "\n"
	},
	"nextcloud": func(a ownerAnswer) string {
		return typed(a) + "\n\n" + nextcloudAttribution + "\n" + quoteEmpty(notifyText, "> ") + "\n"
	},
	"em client": func(a ownerAnswer) string {
		return typed(a) + "\n\n------ Original Message ------\n" + emClientFields("\n") + "\n\n" + notifyText + "\n"
	},
	"mailbird": func(a ownerAnswer) string {
		return typed(a) + "\n\n" + mailbirdAttribution + "\n" + quoteLines(notifyText) + "\n"
	},
	"mailspring": func(a ownerAnswer) string {
		return typed(a) + "\n\n" + mailspringAttribution + "\n\n" + quoteLines(notifyText) + "\n"
	},
	"bluemail": func(a ownerAnswer) string {
		return typed(a) + "\n\nSent from BlueMail\n\n" + blueMailAttribution + "\n" + quoteLines(notifyText) + "\n"
	},
	"k-9": func(a ownerAnswer) string {
		return k9Typed(a) + "\n\n" + k9Attribution + "\n" + quoteLines(notifyText) + "\n"
	},
	"yandex": func(a ownerAnswer) string {
		return typed(a) + "\n\n" + yandexAttribution + "\n" + quoteLines(notifyText) + "\n"
	},
	"mail.ru": func(a ownerAnswer) string {
		return typed(a) + "\n\n\n" + quoteTight(mailRuAttribution+"\n\n"+notifyText) + "\n"
	},
	"zoho": func(a ownerAnswer) string {
		return typed(a) + "\n\nSent using Zoho Mail\n\n\n" + zohoAttribution + "\n\n" + notifyText + "\n"
	},
	"aol": func(a ownerAnswer) string {
		return typed(a) + "\n\n\n-----Original Message-----\n" + aolFields("\n") + "\n\n" + notifyText + "\n"
	},
	"icloud": func(a ownerAnswer) string {
		return typed(a) + "\n\n" + icloudAttribution + "\n\n" + quoteLines(notifyText) + "\n"
	},
	"hey": func(a ownerAnswer) string {
		return typed(a) + "\n\n" + heyAttribution + "\n" + quoteLines(notifyText) + "\n"
	},
	"gmx": func(a ownerAnswer) string {
		return typed(a) + "\n\n" + gmxFields("\n") + "\n\n" + notifyText + "\n"
	},
	"roundcube": func(a ownerAnswer) string {
		return typed(a) + "\n\n" + roundcubeAttribution + "\n\n" + quoteLines(notifyText) + "\n"
	},
	"fairemail": func(a ownerAnswer) string {
		return typed(a) + "\n\n" + fairEmailAttribution + "\n" + quoteLines(notifyText) + "\n"
	},
}
