package main

func outlookSpecs() []spec {
	return []spec{
		c("outlook", "en", "top", "client", 2, ""),
		c("outlook", "de", "top", "client", 3, "orig"),
		c("outlook", "en", "top", "none", 6, "bullets"),
		c("outlook", "fr", "top", "client", 1, "related charset=windows-1252"),
		c("outlook", "es", "top", "none", 1, "plaintext charset=iso-8859-1"),
		c("outlook", "nl", "top", "none", 0, "exchange"),
		c("outlook", "pl", "top", "client", 0, "exchange charset=windows-1250"),
		c("outlook", "ru", "top", "none", 0, "charset=windows-1251"),
		c("outlook", "en", "inline", "none", 3, "plaintext greet"),
		c("outlook", "de", "top", "none", 1, "plaintext prefix charset=iso-8859-15"),
		c("outlook", "ja", "top", "none", 0, "charset=iso-2022-jp"),
		c("outlook", "it", "top", "client", 2, "exchange related"),
		c("outlookmac", "en", "top", "none", 4, ""),
		c("outlookmac", "de", "top", "client", 0, ""),
		c("outlookmac", "nl", "top", "none", 3, ""),
		c("outlook", "sv", "top", "none", 2, "orig", "!hide", "", "Dubblett av förra veckans fråga."),
		c("outlook", "da", "top", "client", 0, ""),
	}
}

func owaSpecs() []spec {
	return []spec{
		c("owa", "en", "top", "client", 5, ""),
		c("owa", "de", "top", "none", 5, ""),
		c("owa", "fr", "top", "client", 4, "x"),
		c("owa", "es", "top", "none", 4, ""),
		c("owa", "it", "top", "none", 0, ""),
		c("owa", "sv", "top", "client", 1, ""),
		c("newoutlook", "en", "top", "client", 7, ""),
		c("newoutlook", "nl", "top", "none", 1, ""),
		c("newoutlook", "pl", "top", "client", 1, "x"),
		c("newoutlook", "ptbr", "top", "none", 2, ""),
		c("owa", "no", "top", "none", 2, ""),
		c("owa", "en", "top", "client", 8, "comment", "approve", "", "Good point from Ben."),
		c("newoutlook", "de", "top", "none", 0, "comment", "reject"),
	}
}

func outlookMobileSpecs() []spec {
	return []spec{
		c("outlookios", "en", "top", "footer", 1, ""),
		c("outlookios", "de", "top", "footer", 3, ""),
		c("outlookios", "ja", "top", "footer", 1, ""),
		c("outlookios", "es", "top", "client", 0, "x"),
		c("outlookios", "en", "top", "footer", 6, "oldquote"),
		c("outlookandroid", "nl", "top", "footer", 0, ""),
		c("outlookandroid", "pl", "top", "footer", 2, ""),
		c("outlookandroid", "ru", "top", "footer", 1, ""),
		c("outlookandroid", "sv", "top", "footer", 0, "x"),
		c("outlookandroid", "en", "top", "footer", 9, "", "!show"),
		c("outlookandroid", "fi", "top", "footer", 0, ""),
		c("outlookios", "cs", "top", "footer", 1, ""),
	}
}

func windowsMailSpecs() []spec {
	return []spec{
		c("windowsmail", "en", "top", "footer", 0, ""),
		c("windowsmail", "de", "top", "footer", 2, ""),
		c("windowsmail", "fr", "top", "footer", 2, "win11"),
		c("windowsmail", "es", "top", "footer", 0, ""),
		c("windowsmail", "it", "top", "none", 3, ""),
		c("windowsmail", "nl", "top", "footer", 3, ""),
		c("windowsmail", "ptbr", "top", "footer", 0, "win11"),
		c("windowsmail", "tr", "top", "footer", 1, ""),
		c("windowsmail", "ru", "top", "footer", 4, ""),
		c("windowsmail", "en", "top", "none", 7, "win11"),
		c("windowsmail", "cs", "top", "footer", 0, ""),
	}
}
