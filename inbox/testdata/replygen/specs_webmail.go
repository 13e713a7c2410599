package main

func roundcubeSpecs() []spec {
	return []spec{
		c("roundcube", "en", "bottom", "dashdash", 7, ""),
		c("roundcube", "de", "bottom", "dashdash", 3, "html"),
		c("roundcube", "fr", "top", "client", 0, "html"),
		c("roundcube", "es", "inline", "dashdash", 0, ""),
		c("roundcube", "it", "inline", "none", 1, "html"),
		c("roundcube", "nl", "top", "dashdash", 3, "sigend"),
		c("roundcube", "pl", "bottom", "dashdash", 0, ""),
		c("roundcube", "cs", "inline", "client", 0, "html"),
		c("roundcube", "ru", "top", "dashdash", 2, ""),
		c("roundcube", "ptbr", "bottom", "none", 0, "html"),
		c("roundcube", "tr", "bottom", "dashdash", 1, ""),
		c("roundcube", "en", "inline", "client", 5, "html comment cmd=approve"),
		c("roundcube", "sv", "top", "client", 2, "html"),
	}
}

func sogoSpecs() []spec {
	return []spec{
		c("sogo", "en", "top", "dashdash", 8, ""),
		c("sogo", "de", "bottom", "dashdash", 0, ""),
		c("sogo", "fr", "inline", "dashdash", 4, ""),
		c("sogo", "es", "top", "none", 1, ""),
		c("sogo", "it", "bottom", "dashdash", 2, "plainonly"),
		c("sogo", "nl", "inline", "none", 3, "greet"),
		c("sogo", "pl", "top", "dashdash", 1, "sigend"),
		c("sogo", "cs", "bottom", "none", 0, ""),
		c("sogo", "ptbr", "inline", "dashdash", 2, ""),
		c("sogo", "ru", "top", "dashdash", 2, ""),
		c("sogo", "de", "top", "dashdash", 4, "", "!show"),
	}
}

func zimbraSpecs() []spec {
	return []spec{
		c("zimbra", "en", "top", "client", 0, ""),
		c("zimbra", "de", "top", "none", 1, ""),
		c("zimbra", "fr", "top", "client", 0, ""),
		c("zimbra", "es", "top", "dashdash", 1, ""),
		c("zimbra", "it", "bottom", "none", 3, "prefix"),
		c("zimbra", "en", "inline", "none", 2, "prefix"),
		c("zimbra", "nl", "inline", "client", 1, "prefix greet"),
		c("zimbra", "ptbr", "top", "client", 1, ""),
		c("zimbra", "pl", "top", "dashdash", 2, "prefix"),
		c("zimbra", "ru", "bottom", "client", 0, "prefix"),
		c("zimbra", "cs", "top", "none", 1, ""),
	}
}

func russianSpecs() []spec {
	return []spec{
		c("mailru", "ru", "top", "client", 0, ""),
		c("mailru", "ru", "top", "none", 1, ""),
		c("mailru", "ru", "top", "footer", 2, ""),
		c("mailru", "ru", "bottom", "none", 3, ""),
		c("mailru", "en", "top", "client", 4, ""),
		c("mailru", "ru", "top", "footer", 4, "footer=android"),
		c("mailru", "uk", "top", "none", 0, ""),
		c("mailru", "ru", "bottom", "client", 2, ""),
		c("mailru", "en", "top", "footer", 1, "footer=en"),
		c("mailru", "ru", "top", "footer", 3, "footer=ios"),
		c("mailru", "uk", "top", "client", 1, ""),
		c("yandex", "ru", "top", "dashdash", 0, ""),
		c("yandex", "ru", "top", "none", 1, "htmlonly"),
		c("yandex", "ru", "bottom", "none", 2, ""),
		c("yandex", "ru", "inline", "none", 3, ""),
		c("yandex", "en", "top", "footer", 2, ""),
		c("yandex", "ru", "top", "footer", 4, ""),
		c("yandex", "uk", "inline", "dashdash", 1, "greet"),
		c("yandex", "tr", "top", "footer", 0, ""),
		c("yandex", "en", "bottom", "dashdash", 0, "htmlonly"),
		c("yandex", "ru", "inline", "dashdash", 1, "htmlonly"),
		c("yandex", "uk", "top", "none", 0, ""),
	}
}

func blackberrySpecs() []spec {
	return []spec{
		c("blackberry", "en", "top", "footer", 0, ""),
		c("blackberry", "en", "top", "footer", 1, "carrier=rogers"),
		c("blackberry", "de", "top", "footer", 2, ""),
		c("blackberry", "fr", "top", "footer", 1, "carrier=bell"),
		c("blackberry", "es", "top", "footer", 1, ""),
		c("blackberry", "en", "top", "footer", 3, "classic carrier=o2"),
		c("blackberry", "en", "top", "footer", 5, "classic"),
		c("blackberry", "it", "top", "footer", 2, ""),
		c("blackberry", "nl", "top", "footer", 2, ""),
		c("blackberry", "en", "top", "footer", 8, "classic carrier=vodafone"),
		c("blackberry", "ptbr", "top", "footer", 2, ""),
		c("blackberry", "en", "top", "footer", 2, "classic carrier=tmobile"),
	}
}

func otherSpecs() []spec {
	return []spec{
		c("mailbox", "en", "top", "footer", 0, ""),
		c("airmail", "en", "top", "footer", 2, ""),
		c("aquamail", "en", "top", "footer", 3, ""),
		c("bluemail", "en", "top", "footer", 4, ""),
		c("typeapp", "en", "top", "footer", 5, ""),
		c("edison", "en", "top", "footer", 6, ""),
		c("newton", "en", "top", "footer", 7, ""),
		c("mymail", "en", "top", "footer", 8, ""),
		c("superhuman", "en", "top", "footer", 9, ""),
		c("windowsphone", "en", "top", "footer", 0, ""),
		c("huawei", "en", "top", "footer", 1, ""),
		c("htcmail", "en", "top", "footer", 2, ""),
		c("nine", "de", "top", "footer", 0, ""),
		c("zoho", "en", "top", "dashdash", 3, ""),
		c("zoho", "en", "top", "none", 4, ""),
		c("notes", "en", "top", "none", 5, ""),
		c("notes", "de", "top", "none", 1, ""),
		c("qqmail", "zh", "top", "footer", 0, ""),
		c("qqmail", "zh", "top", "none", 1, ""),
		c("mailmaster", "zh", "top", "none", 0, ""),
		c("nine", "en", "top", "footer", 2, ""),
	}
}
