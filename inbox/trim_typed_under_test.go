package inbox

import "testing"

// TestTrimReplyTypedUnderQuote reads answers typed right under a long
// quoted line that stops mid-sentence, and the rests of quoted lines a
// client wrapped, which must stay quote.
func TestTrimReplyTypedUnderQuote(t *testing.T) {
	const (
		mutt    = "* Lena Fischer <lena@example.net> [2025-06-03 10:12]:\n"
		neomutt = "On Tue, Jun 03, 2025 at 10:12:45AM +0200, Lena Fischer wrote:\n"
		knees   = "> I run three times a week and my knees hurt when I go downhill on trails\n"
		// A quote whose lines the client broke off, the sentence going
		// on in lower case under the first rest.
		wrapped = "> I started running in March and now go out three times a week, mostly on\nthe\n" +
			"> flat route along the river. Then my knee began to hurt after a lot of\n"
	)
	tests := []trimCase{
		// The owner's answers.
		{"the only answer, in lower case, under a line cut mid-sentence",
			mutt + knees + "shorten your stride\n",
			"shorten your stride"},
		{"the only answer ends a sentence: a reply says something",
			mutt + knees + "shorten your stride.\n",
			"shorten your stride."},
		{"two answers, the last under a line as wide as the quote's widest",
			neomutt + "> Hi, my calves hurt after every run and I wonder whether I should stop\n" +
				"> running for a week or so because of it\nyou should not stop, just run slower for a while\n" +
				"> and what about stretching after the run, does that help at all or not\nit helps a little\n",
			"> Hi, my calves hurt after every run and I wonder whether I should stop\n" +
				"> running for a week or so because of it\nyou should not stop, just run slower for a while\n" +
				"> and what about stretching after the run, does that help at all or not\nit helps a little"},
		{"an answer a client would have had room for on the line above",
			mutt + "> I was wondering whether to get new shoes for the long runs on Sunday mornings,\n" +
				"> or keep the old ones that still feel fine on the road and on the paths\nyes\n> and trails?\nKeep them.\n",
			"> I was wondering whether to get new shoes for the long runs on Sunday mornings,\n" +
				"> or keep the old ones that still feel fine on the road and on the paths\nyes\n> and trails?\nKeep them."},
		{"an answer over the quote's next sentence",
			mutt + knees + "yes\n> Also, should I stretch?\nAfter the run.\n",
			"> I run three times a week and my knees hurt when I go downhill on trails\nyes\n> Also, should I stretch?\nAfter the run."},
		{"an answer on two lines, the first too short to be a wrapped piece",
			mutt + knees + "no\nwalk the hills instead\n\n> Also, should I stretch?\n\nAfter the run.\n",
			"> I run three times a week and my knees hurt when I go downhill on trails\nno\nwalk the hills instead\n\n> Also, should I stretch?\n\nAfter the run."},
		{"an answer ending a sentence, a blank line between it and the quote below",
			mutt + knees + "shorten your stride.\n\n> Also, should I stretch?\n\nAfter the run.\n",
			"> I run three times a week and my knees hurt when I go downhill on trails\nshorten your stride.\n\n> Also, should I stretch?\n\nAfter the run."},
		{"the last answer of an inline reply ending a sentence",
			mutt + "> Hi Maren,\n> My knees hurt.\n\nGood.\n\n" + knees + "shorten your stride.\n",
			"> Hi Maren,\n> My knees hurt.\n\nGood.\n\n> I run three times a week and my knees hurt when I go downhill on trails\nshorten your stride."},
		{"a sentence typed between quoted sentences by an owner who types under the quote",
			mutt + knees + "Shorten your stride.\n> Also, should I stretch?\nAfter the run.\n",
			"> I run three times a week and my knees hurt when I go downhill on trails\nShorten your stride.\n> Also, should I stretch?\nAfter the run."},
		{"an answer cutting a quoted sentence by an owner who types under the quote",
			neomutt + "> Last month I ran my first half marathon in 2:05. The first 15 km felt\nyes, that is fine\n" +
				"> easy, then my legs went heavy and I walked the last two.\nOk.\n",
			"> Last month I ran my first half marathon in 2:05. The first 15 km felt\nyes, that is fine\n" +
				"> easy, then my legs went heavy and I walked the last two.\nOk."},

		// The rests of wrapped quoted lines.
		{"a rest going on into the quoted sentence under it",
			"Rest.\n\n" + neomutt + "> Last month I ran my first half marathon in 2:05. The first 15 km felt\nreally\n" +
				"> easy, then my legs went heavy and I walked the last two.\n",
			"Rest."},
		{"a rest ending the last paragraph under the answer on top",
			"Run slower.\n\n" + neomutt + "> I ran my first half marathon last month and then my knees began to\nhurt.\n",
			"Run slower."},
		{"a rest ending a paragraph, the quote marking the gap under it",
			neomutt + "> I ran my first half marathon last month and then my knees began to\nhurt.\n>\n> What now?\n\nRun slower.",
			"Run slower."},
		{"rests of one width over the answer at the bottom",
			neomutt + "> I ran my first half marathon last month and then my knees began to\nhurt when\n" +
				"> I went downhill, and the physio told me to rest for a full week, which\nI did\n> for two weeks.\n\nRun slower.",
			"Run slower."},
		{"a rest in the middle of a sentence starting with I",
			"Rest.\n\n" + neomutt + "> I ran my first half marathon last month, the week after that race\nwhen\n> I felt fine.\n",
			"Rest."},
		{"a rest ending a sentence over the quote's next sentence",
			"Rest.\n\n" + neomutt + "> I ran my first half marathon last month and then my knees began to\nhurt.\n> What now?\n",
			"Rest."},
		{"a rest missing its full stop in a quote the client is seen to wrap, the answer on top",
			"Run slower.\n\n" + neomutt + wrapped + "walking\n> Should I stop for a while?\n",
			"Run slower."},
		{"the one rest the quote carries on from, the answer tight under the quote's end",
			neomutt + wrapped + "walking.\n> Should I stop for a while?\n>\n> Lena\nRun slower.\n",
			"Run slower."},
		{"a rest ending the reply in a quote the client is seen to wrap",
			"Run slower.\n\n" + neomutt + wrapped + "walking\n",
			"Run slower."},
		{"rests going on with a capitalised noun in a quote the client is seen to wrap",
			"Lauf langsamer.\n\nAm 03.06.2025 um 10:12 schrieb Lena Fischer:\n" +
				"> Ich laufe seit März dreimal die Woche, meistens die flache Strecke an der\nalten\n" +
				"> Spree entlang, und seit letzter Woche tut mir das linke Knie weh, wenn\nich\n" +
				"> bergab laufe.\n",
			"Lauf langsamer."},
		{"the one rest of a quote answered over it, the asker's paragraph missing its full stop",
			"Rest a week.\n\n" + neomutt + "> Hi Maren,\n> I run three times a week and since last week my knee hurts when I go\ndownhill\n>\n> Lena\n",
			"Rest a week."},
		{"the one rest of a quote answered over it ends the reply",
			"Rest a week.\n\n" + neomutt + "> Lena Fischer | physiotherapy student | Berlin Running Club since 2019 and\ncoach\n",
			"Rest a week."},
		{"a rest the quote goes on from with a capitalised noun, answered over the quote",
			"Lauf langsamer.\n\nAm 03.06.2025 um 10:12 schrieb Lena Fischer:\n" +
				"> Ich laufe seit März dreimal die Woche, und seit letzter Woche tut mir das\nlinke\n" +
				"> Knie weh, wenn ich bergab laufe.\n",
			"Lauf langsamer."},
		{"a quoted line wider than any client wraps tells nothing of the width",
			neomutt + "> Today's topics:\n>    1. Re: knee pain after long runs on the flat route along the river (Lena Fischer)\n" +
				"> I run three times a week and since last week my knee hurts when I go\ndownhill\n> and on stairs.\n\nRun slower.\n",
			"Run slower."},
		{"an empty reply to a quote the client is seen to wrap",
			neomutt + wrapped + "walking\n",
			""},
	}
	checkTrims(t, tests)
}
