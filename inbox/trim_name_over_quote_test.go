package inbox

import "testing"

// TestTrimReplyNameOverAttribution reads replies whose client put the
// owner's signature, with no "-- " over it, between the owner's text and
// the attribution, as Alpine does by default.
func TestTrimReplyNameOverAttribution(t *testing.T) {
	const (
		attr  = "On Tue, 3 Jun 2025, Lena Fischer wrote:\n\n"
		quote = "> My calves hurt after long runs.\n>\n> Should I stop for a week?\n"
		sig   = "Maren Holt\nCoach, Riverside Runners\n\n"
	)
	tests := []struct{ name, in, want string }{
		// The signature goes.
		{"answer above the signature",
			"Run easy for a week.\n\n" + sig + attr + quote,
			"Run easy for a week."},
		{"answer above the signature, blank lines between",
			"Run easy for a week.\n\n\n\n" + sig + attr + quote,
			"Run easy for a week."},
		{"answer below the quote, the signature first in the reply",
			"\n\n" + sig + attr + quote + "\nRun easy for a week.\n",
			"Run easy for a week."},
		{"a closing typed over the signature stays",
			"Run easy for a week.\n\nCheers,\nMaren\n\n" + sig + attr + quote,
			"Run easy for a week.\n\nCheers,\nMaren"},
		{"three lines",
			"Run easy for a week.\n\nMaren Holt\nCoach\nRiverside Runners\n\n" + attr + quote,
			"Run easy for a week."},

		// What the owner typed stays.
		{"a closing and a name over the attribution",
			"Run easy for a week.\n\nCheers,\nMaren\n\n" + attr + quote,
			"Run easy for a week.\n\nCheers,\nMaren"},
		{"names the owner introduced",
			"Two shoes I like:\n\nAsics Novablast\nNike Pegasus\n\n" + attr + quote,
			"Two shoes I like:\n\nAsics Novablast\nNike Pegasus"},
		{"names that are the whole answer",
			"Maren Holt\nRiverside Runners\n\n" + attr + quote,
			"Maren Holt\nRiverside Runners"},
		{"one name",
			"Run easy for a week.\n\nMaren\n\n" + attr + quote,
			"Run easy for a week.\n\nMaren"},
		{"a sentence over the attribution",
			"Run easy for a week.\n\nThen build up again slowly\nAnd see a physio\n\n" + attr + quote,
			"Run easy for a week.\n\nThen build up again slowly\nAnd see a physio"},
		{"names run onto the answer, no blank line between",
			"Run easy for a week.\nMaren Holt\nRiverside Runners\n\n" + attr + quote,
			"Run easy for a week.\nMaren Holt\nRiverside Runners"},
		{"four lines are more than a signature",
			"Run easy for a week.\n\nMaren Holt\nCoach\nRiverside Runners\nBerlin Branch\n\n" + attr + quote,
			"Run easy for a week.\n\nMaren Holt\nCoach\nRiverside Runners\nBerlin Branch"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TrimReply(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTrimReplyNameUnderQuoteGap reads replies whose client appended the
// owner's signature under the quote after a blank line, with no "-- "
// over it, as aerc does.
func TestTrimReplyNameUnderQuoteGap(t *testing.T) {
	const (
		attr  = "On Tue Jun 3, 2025 at 10:12 AM CEST, Lena Fischer wrote:\n"
		quote = "> My calves hurt after long runs.\n>\n> Should I stop for a week?\n"
		sig   = "\nMaren Holt\nCoach, Riverside Runners\n"
	)
	tests := []struct{ name, in, want string }{
		// The signature goes, and the quote with it.
		{"answer above the quote",
			"Run easy for a week.\n\n" + attr + quote + sig,
			"Run easy for a week."},
		{"answers within the quote, its last line asking nothing",
			attr + "> My calves hurt after long runs.\n\nStretch them.\n\n> Thanks, Lena\n" + sig,
			"Stretch them."},
		{"answer above the quote, blank lines over the signature",
			"Run easy for a week.\n\n" + attr + quote + "\n\n" + sig,
			"Run easy for a week."},

		// What the owner typed stays.
		{"names answering below the quote, nothing above",
			attr + quote + "\nMaren Holt\nRiverside Runners\n",
			"Maren Holt\nRiverside Runners"},
		{"an answer between the quote's lines",
			"Hi Lena,\n\n" + attr + "> My calves hurt after long runs.\nStretch them.\n> Should I stop for a week?\n" + sig,
			"Hi Lena,\n\n> My calves hurt after long runs.\nStretch them.\n> Should I stop for a week?\n\nMaren Holt\nCoach, Riverside Runners"},
		{"an answer within the quote, names under its last question",
			attr + "> My calves hurt after long runs.\n\nStretch them.\n\n> Who can help?\n" + sig,
			"> My calves hurt after long runs.\n\nStretch them.\n\n> Who can help?\n\nMaren Holt\nCoach, Riverside Runners"},
		{"a closing under the quote",
			"Run easy for a week.\n\n" + attr + quote + "\nCheers,\nMaren\n",
			"Run easy for a week.\n\nCheers,\nMaren"},
		{"a name alone under the quote",
			"Run easy for a week.\n\n" + attr + quote + "\nMaren\n",
			"Run easy for a week.\n\n> My calves hurt after long runs.\n>\n> Should I stop for a week?\n\nMaren"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TrimReply(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
