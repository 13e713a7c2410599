package main

func yahooSpecs() []spec {
	return []spec{
		c("yahoo", "en", "top", "none", 2, ""),
		c("yahoo", "de", "top", "none", 2, ""),
		c("yahoo", "fr", "top", "client", 3, ""),
		c("yahoo", "es", "top", "none", 0, ""),
		c("yahoo", "it", "top", "client", 3, ""),
		c("yahoo", "ptbr", "top", "none", 1, ""),
		c("yahooapp", "en", "top", "footer", 4, ""),
		c("yahooapp", "de", "top", "footer", 1, ""),
		c("yahooapp", "en", "bottom", "footer", 0, ""),
		c("yahooapp", "en", "top", "footer", 6, "ios"),
		c("yahooapp", "fr", "top", "footer", 0, ""),
		c("yahooapp", "vi", "top", "footer", 0, ""),
		c("yahoo", "sv", "top", "none", 1, ""),
	}
}

func protonSpecs() []spec {
	return []spec{
		c("proton", "en", "top", "footer", 0, ""),
		c("proton", "de", "top", "client", 1, ""),
		c("proton", "fr", "bottom", "footer", 2, ""),
		c("proton", "en", "inline", "none", 5, ""),
		c("proton", "es", "top", "none", 3, ""),
		c("proton", "nl", "top", "footer", 2, ""),
		c("proton", "pl", "inline", "footer", 2, "greet"),
		c("proton", "ru", "top", "client", 4, ""),
		c("proton", "sv", "bottom", "none", 2, ""),
		c("proton", "it", "inline", "client", 3, ""),
		c("proton", "en", "top", "footer", 1, "", "!hide"),
	}
}

func fastmailSpecs() []spec {
	return []spec{
		c("fastmail", "en", "top", "client", 6, ""),
		c("fastmail", "de", "inline", "client", 2, ""),
		c("fastmail", "fr", "bottom", "dashdash", 0, ""),
		c("fastmail", "nl", "top", "none", 2, ""),
		c("fastmail", "da", "inline", "none", 0, "greet"),
		c("fastmail", "no", "top", "client", 0, ""),
		c("fastmail", "fi", "bottom", "none", 1, ""),
		c("fastmail", "en", "inline", "dashdash", 8, "signoff"),
		c("fastmail", "es", "top", "client", 0, ""),
		c("fastmail", "it", "bottom", "client", 0, ""),
		c("fastmail", "sv", "inline", "none", 2, ""),
	}
}

func k9Specs() []spec {
	return []spec{
		c("k9", "en", "top", "footer", 2, ""),
		c("k9", "de", "bottom", "footer", 3, ""),
		c("k9", "fr", "top", "footer", 2, "html"),
		c("k9", "es", "inline", "none", 1, ""),
		c("k9", "nl", "bottom", "dashdash", 1, ""),
		c("k9", "pl", "top", "footer", 0, "header"),
		c("k9", "ru", "inline", "footer", 2, ""),
		c("k9", "it", "bottom", "none", 0, "html"),
		c("k9", "cs", "top", "dashdash", 0, ""),
		c("fairemail", "en", "top", "footer", 5, "html"),
		c("fairemail", "de", "inline", "none", 4, "greet"),
		c("fairemail", "sv", "bottom", "dashdash", 0, "html"),
		c("k9", "en", "bottom", "footer", 4, "", "!show"),
	}
}

func samsungSpecs() []spec {
	return []spec{
		c("samsung", "en", "top", "footer", 1, ""),
		c("samsung", "de", "top", "footer", 4, ""),
		c("samsung", "fr", "top", "footer", 3, ""),
		c("samsung", "es", "top", "footer", 2, "footer=es"),
		c("samsung", "it", "top", "footer", 1, ""),
		c("samsung", "da", "top", "footer", 1, ""),
		c("samsung", "ru", "top", "footer", 2, ""),
		c("samsung", "tr", "top", "footer", 1, ""),
		c("samsung", "en", "top", "footer", 7, "footer=verizon"),
		c("samsung", "vi", "top", "footer", 1, ""),
		c("samsung", "uk", "top", "client", 1, ""),
		c("samsung", "en", "top", "none", 9, "comment", "reject"),
		c("samsung", "pl", "top", "footer", 1, ""),
	}
}

func sparkSpecs() []spec {
	return []spec{
		c("spark", "en", "top", "footer", 7, ""),
		c("spark", "de", "top", "client", 1, ""),
		c("spark", "fr", "bottom", "none", 1, ""),
		c("spark", "es", "inline", "none", 4, ""),
		c("spark", "it", "top", "footer", 0, ""),
		c("spark", "nl", "top", "none", 0, ""),
		c("spark", "ru", "inline", "footer", 4, "greet"),
		c("spark", "uk", "top", "footer", 1, ""),
		c("spark", "en", "bottom", "client", 3, ""),
		c("spark", "en", "inline", "none", 6, "signoff"),
	}
}
