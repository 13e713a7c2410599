package main

func thunderbirdSpecs() []spec {
	return []spec{
		c("thunderbird", "en", "bottom", "dashdash", 5, ""),
		c("thunderbird", "de", "inline", "dashdash", 0, ""),
		c("thunderbird", "fr", "top", "client", 4, "html"),
		c("thunderbird", "es", "bottom", "none", 0, "html"),
		c("thunderbird", "it", "inline", "none", 2, "html greet signoff"),
		c("thunderbird", "nl", "top", "dashdash", 2, "sigend"),
		c("thunderbird", "ptbr", "bottom", "client", 1, "html htmlsig"),
		c("thunderbird", "ru", "top", "none", 1, "charset=koi8-r"),
		c("thunderbird", "ja", "top", "none", 0, "charset=iso-2022-jp cte=7bit"),
		c("thunderbird", "en", "top", "none", 3, "fwd html"),
		c("thunderbird", "de", "top", "dashdash", 1, "fwd"),
		c("thunderbird", "sv", "inline", "client", 1, "html"),
		c("thunderbird", "pl", "bottom", "dashdash", 1, ""),
		c("thunderbird", "cs", "top", "none", 1, "charset=iso-8859-2 cte=quoted-printable"),
		c("thunderbird", "en", "bottom", "dashdash", 1, "", "!hide"),
		c("thunderbird", "da", "inline", "none", 2, "notrail"),
		c("thunderbird", "en", "top", "client", 8, "attach html oldua", "Hi Ravi,", "",
			"Congratulations! The attached plan takes you from walking to easy running over four weeks.", "", "Cheers,", "Maren"),
		c("thunderbird", "uk", "bottom", "none", 0, ""),
		c("thunderbird", "en", "inline", "dashdash", 6, "us comment cmd=reject"),
		c("thunderbird", "fr", "inline", "none", 0, "html greet"),
	}
}

func muttSpecs() []spec {
	return []spec{
		c("mutt", "en", "inline", "dashdash", 0, ""),
		c("mutt", "en", "bottom", "dashdash", 1, "attr=star"),
		c("mutt", "de", "top", "dashdash", 3, "attr=de"),
		c("mutt", "fr", "inline", "none", 1, "attr=fr charset=iso-8859-15 cte=quoted-printable"),
		c("neomutt", "en", "inline", "dashdash", 2, "signed"),
		c("neomutt", "nl", "bottom", "none", 0, "attr=nl"),
		c("mutt", "sv", "inline", "dashdash", 0, "attr=sv greet"),
		c("neomutt", "pl", "inline", "none", 2, "attr=pl"),
		c("mutt", "ru", "bottom", "dashdash", 3, "attr=ru charset=koi8-r"),
		c("neomutt", "cs", "inline", "dashdash", 1, "attr=cs"),
		c("mutt", "en", "inline", "none", 9, "list"),
		c("neomutt", "en", "bottom", "dashdash", 4, "list list=groups"),
		c("mutt", "da", "bottom", "none", 0, "attr=da flowed"),
		c("mutt", "en", "inline", "dashdash", 7, "attr=iso cmd=!show"),
		c("neomutt", "de", "bottom", "none", 2, "attr=de signed"),
		c("mutt", "en", "top", "none", 8, "", "!hide"),
		c("neomutt", "en", "inline", "dashdash", 5, "attr=star greet signoff"),
		c("mutt", "de", "inline", "dashdash", 4, "attr=de"),
	}
}

func mailxSpecs() []spec {
	return []spec{
		c("snail", "en", "bottom", "dashdash", 2, ""),
		c("snail", "en", "inline", "dashdash", 3, ""),
		c("snail", "de", "top", "none", 5, "charset=iso-8859-1"),
		c("snail", "en", "inline", "none", 1, "allheaders"),
		c("snail", "fr", "bottom", "dashdash", 2, "allheaders"),
		c("snail", "en", "bottom", "none", 6, "list list=dashes"),
		c("mailx", "en", "bottom", "none", 4, ""),
		c("mailx", "en", "top", "none", 5, ""),
		c("mailx", "en", "top", "dashdash", 0, "tilde-f"),
		c("snail", "ru", "inline", "dashdash", 1, "charset=koi8-r"),
		c("snail", "en", "bottom", "dashdash", 8, "comment", "approve"),
		c("snail", "es", "inline", "none", 4, "greet"),
	}
}
