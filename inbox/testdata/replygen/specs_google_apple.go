package main

// c is a spec; text, when given, replaces the topic's answer.
func c(client, lang, layout, sig string, topic int, v string, text ...string) spec {
	return spec{client: client, lang: lang, layout: layout, sig: sig, topic: topic, v: v, text: text}
}

func gmailSpecs() []spec {
	return []spec{
		c("gmail", "en", "top", "client", 1, ""),
		c("gmail", "de", "inline", "none", 2, "greet signoff"),
		c("gmail", "fr", "top", "none", 3, "nbspcolon"),
		c("gmail", "ja", "top", "none", 0, ""),
		c("gmail", "ru", "top", "client", 2, ""),
		c("gmail", "pl", "inline", "none", 1, "signoff"),
		c("gmail", "en", "top", "none", 5, "glued", "Sounds good"),
		c("gmail", "en", "top", "client", 6, "related"),
		c("gmail", "es", "bottom", "none", 2, ""),
		c("gmail", "zh", "top", "none", 0, "old=slash"),
		c("gmail", "de", "top", "dashdash", 4, "old=german"),
		c("gmail", "en", "inline", "none", 4, "head"),
		c("gmail", "en", "top", "client", 2, "nnbsp", "!hide"),
		c("gmail", "vi", "top", "none", 0, ""),
		c("gmail", "tr", "inline", "none", 1, "notrail"),
		c("gmail", "en", "top", "client", 9, "attach", "Hi Jake,", "",
			"I attached a four-week plan that keeps your mileage while the heel settles.", "", "Take care,", "Maren"),
		c("gmail", "it", "bottom", "none", 1, "short"),
		c("gmail", "sv", "top", "none", 0, "", "Hej Erik,", "", "min gamla tränare skrev: spring lugnt, tävla hårt.",
			"Det gäller fortfarande: ett intervallpass i veckan räcker.", "", "Hälsningar", "Maren"),
		c("gmail", "en", "top", "none", 3, "nnbsp", "Hi Sam,", "", "Easy runs between 140 and 155 bpm.", "",
			"Questions about the zones? Write to maren@runhelp.example"),
		c("gmail", "cs", "top", "client", 0, ""),
		c("gmail", "fi", "inline", "none", 0, "greet"),
		c("gmail", "uk", "bottom", "none", 1, ""),
		c("gmail", "nl", "top", "none", 2, "old=gmt"),
		c("gmail", "ptbr", "inline", "none", 1, "greet signoff"),
		c("gmail", "en", "bottom", "none", 7, "", "!show"),
		c("gmail", "da", "top", "client", 1, ""),
		c("gmail", "en", "top", "none", 0, "", "Hi Lena,", "", "The plan I use for first marathons is here:",
			"https://runhelp.example/plans/first-marathon", "", "Week 17 is the taper. Race day is 18.10.2026,", "so start it on 5 October.", "",
			"Maren"),
	}
}

func gmailMobileSpecs() []spec {
	return []spec{
		c("gmailandroid", "en", "top", "none", 0, ""),
		c("gmailandroid", "de", "top", "none", 1, ""),
		c("gmailandroid", "sv", "top", "none", 1, ""),
		c("gmailandroid", "pl", "top", "dashdash", 0, ""),
		c("gmailandroid", "ru", "bottom", "none", 3, ""),
		c("gmailandroid", "fr", "top", "footer", 4, "footer=Envoyé_de_mon_Pixel"),
		c("gmailandroid", "en", "inline", "none", 1, "respondinline"),
		c("gmailandroid", "es", "top", "client", 3, ""),
		c("gmailandroid", "nl", "inline", "none", 3, "respondinline greet"),
		c("gmailandroid", "da", "bottom", "none", 2, ""),
		c("gmailandroid", "ptbr", "top", "footer", 1, "footer=Enviado_do_meu_Pixel"),
		c("gmailios", "en", "top", "none", 2, ""),
		c("gmailios", "it", "top", "dashdash", 2, ""),
		c("gmailios", "en", "bottom", "footer", 8, "footer=Sent_from_my_iPhone"),
		c("gmailios", "de", "top", "client", 5, ""),
		c("gmailios", "ja", "top", "none", 1, ""),
	}
}

func appleSpecs() []spec {
	return []spec{
		c("applemail", "en", "top", "none", 1, ""),
		c("applemail", "en", "top", "dashdash", 4, "us"),
		c("applemail", "de", "inline", "none", 5, ""),
		c("applemail", "fr", "bottom", "none", 1, ""),
		c("applemail", "ja", "top", "none", 0, ""),
		c("applemail", "nl", "top", "dashdash", 1, ""),
		c("applemail", "sv", "inline", "none", 2, "greet"),
		c("applemail", "it", "top", "none", 3, "related"),
		c("applemail", "es", "bottom", "dashdash", 3, ""),
		c("applemail", "pl", "top", "none", 2, "attach"),
		c("applemail", "ptpt", "inline", "none", 0, "signoff"),
		c("applemail", "en", "inline", "none", 2, "head"),
		c("applemail", "ru", "top", "none", 4, ""),
		c("applemail", "da", "bottom", "none", 0, ""),
		c("applemail", "zh", "top", "none", 1, ""),
		c("applemail", "en", "bottom", "dashdash", 0, "", "reject"),
	}
}

func iosSpecs() []spec {
	return []spec{
		c("iphone", "en", "top", "footer", 3, ""),
		c("iphone", "de", "bottom", "footer", 2, "sigabove"),
		c("iphone", "fr", "bottom", "footer", 0, ""),
		c("iphone", "ja", "top", "footer", 1, ""),
		c("iphone", "pl", "top", "footer", 0, ""),
		c("iphone", "en", "top", "client", 5, ""),
		c("iphone", "en", "inline", "footer", 1, ""),
		c("iphone", "ru", "top", "footer", 3, "oldsig"),
		c("iphone", "es", "top", "none", 4, "short"),
		c("iphone", "tr", "top", "footer", 0, "plainonly"),
		c("iphone", "en", "top", "footer", 0, "comment", "approve"),
		c("iphone", "zh", "top", "footer", 0, ""),
		c("iphone", "cs", "bottom", "footer", 1, "sigabove"),
		c("ipad", "en", "inline", "footer", 7, ""),
		c("ipad", "de", "top", "footer", 3, "oldsig"),
		c("ipad", "fi", "top", "footer", 1, ""),
		c("iphone", "no", "top", "client", 1, "oldsig"),
		c("iphone", "vi", "top", "footer", 1, ""),
	}
}
