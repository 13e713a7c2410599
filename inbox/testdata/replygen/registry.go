package main

// allClients maps the client names used in fixture file names to the
// code that writes their mail.
func allClients() map[string]emitter {
	return map[string]emitter{
		"gmail": gmailWeb, "gmailandroid": gmailAndroid, "gmailios": gmailIOS,
		"applemail": appleMac, "iphone": iphone, "ipad": ipad,
		"outlook": outlookDesktop, "outlookmac": outlookMac, "owa": owa, "newoutlook": newOutlook,
		"outlookios": outlookIOS, "outlookandroid": outlookAndroid, "windowsmail": windowsMail,
		"thunderbird": thunderbird, "mutt": mutt, "neomutt": neomutt, "snail": snail, "mailx": mailx,
		"yahoo": yahoo, "yahooapp": yahooApp, "proton": proton, "fastmail": fastmail,
		"k9": k9, "fairemail": fairEmail, "samsung": samsung, "spark": spark,
		"roundcube": roundcube, "sogo": sogo, "zimbra": zimbra, "mailru": mailru, "yandex": yandex,
		"blackberry": blackberry, "mailbox": mailbox, "airmail": airmail, "aquamail": aquamail,
		"bluemail": bluemail, "typeapp": bluemail, "edison": simpleApp, "newton": simpleApp,
		"mymail": simpleApp, "superhuman": simpleApp, "windowsphone": simpleApp, "huawei": simpleApp,
		"htcmail": simpleApp, "nine": nine, "zoho": zoho, "notes": notes, "qqmail": qqmail,
		"mailmaster": mailmaster,
	}
}

// allSpecs lists every generated case, in fixture order: new cases go at
// the end so that existing fixtures keep their numbers.
func allSpecs() []spec {
	var s []spec
	for _, f := range []func() []spec{gmailSpecs, gmailMobileSpecs, appleSpecs, iosSpecs,
		outlookSpecs, owaSpecs, outlookMobileSpecs, windowsMailSpecs,
		thunderbirdSpecs, muttSpecs, mailxSpecs,
		yahooSpecs, protonSpecs, fastmailSpecs, k9Specs, samsungSpecs, sparkSpecs,
		roundcubeSpecs, sogoSpecs, zimbraSpecs, russianSpecs, blackberrySpecs, otherSpecs, moreSpecs} {
		s = append(s, f()...)
	}
	return s
}
