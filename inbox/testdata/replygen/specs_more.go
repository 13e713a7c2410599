package main

// moreSpecs widen the thinner parts of the corpus and add content edge
// cases: forwarded originals inside the question, quote marks lost to
// wrapping, links whose text is not their address, "wrote" and digits in
// the owner's own lines.
func moreSpecs() []spec {
	return []spec{
		c("thunderbird", "ptpt", "inline", "dashdash", 1, ""),
		c("iphone", "ptpt", "bottom", "footer", 2, ""),
		c("samsung", "ptpt", "top", "footer", 0, ""),
		c("thunderbird", "no", "inline", "none", 1, "html greet"),
		c("iphone", "no", "bottom", "footer", 2, ""),
		c("mutt", "no", "bottom", "dashdash", 0, ""),
		c("gmail", "en", "inline", "none", 6, "greet signoff"),
		c("roundcube", "en", "inline", "dashdash", 8, ""),
		c("k9", "en", "inline", "none", 2, "greet"),
		c("applemail", "en", "bottom", "none", 9, ""),
		c("fastmail", "en", "bottom", "client", 5, ""),
		c("sogo", "en", "inline", "none", 3, ""),
		c("gmail", "no", "bottom", "none", 1, ""),
		c("gmail", "en", "top", "none", 1, "askfwd"),
		c("outlook", "de", "top", "client", 0, "askfwd"),
		c("iphone", "en", "top", "footer", 4, "askfwd"),
		c("outlook", "en", "top", "none", 1, "plaintext prefix charset=us-ascii"),
		c("outlook", "en", "top", "client", 1, "", "Hi Tom,", "",
			"My old coach wrote: run easy, race hard. It still holds for shins.", "",
			"Three easy runs a week for two weeks, then build again. The [[return-to-run plan|https://runhelp.example/plans/return]] shows how.", "",
			"Best,", "Maren"),
		c("gmail", "en", "top", "client", 4, "", "Hi Grace,", "",
			"Slower: 6:00 to 6:20 per km. See the [[long run guide|https://runhelp.example/guides/long-run]] for why.", "",
			"Warm regards,", "Maren"),
		c("k9", "de", "top", "none", 0, "", "Hallo Jonas,", "",
			"mein Trainer schrieb mir damals: Schmerz ist ein Signal, kein Gegner.", "",
			"Also eine Woche Pause, dann langsam wieder anfangen.", "", "Viele Grüße", "Maren"),
		c("thunderbird", "en", "top", "none", 2, "", "Hi Priya,", "", "158 is fine; raise it by 5 percent at most.", "",
			"Call me on +44 20 7946 0321 if you want to go through it."),
		c("applemail", "en", "top", "none", 5, "", "Hi Dan,", "",
			"Ten to fourteen days of short, easy runs in the heat. The plan:", "", "1. Days 1-5: 30 minutes easy at midday.",
			"2. Days 6-10: 45 minutes, the last 10 at half marathon pace.", "3. Days 11-14: your normal week, in the heat.", "",
			"More at https://runhelp.example/guides/heat", "", "Maren"),
	}
}
