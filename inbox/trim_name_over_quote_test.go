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
