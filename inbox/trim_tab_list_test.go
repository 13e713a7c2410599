package inbox

import "testing"

// TestTrimReplyTabListIsNoQuote reads plain parts in which the owner's
// list is written with tabs, as Apple Mail writes "\t•\titem", under the
// line that introduces it and below a quote of the question: the list is
// the owner's, and the quote over the answer goes. A block indented with
// a tab under an attribution is a quote still, list or not.
func TestTrimReplyTabListIsNoQuote(t *testing.T) {
	const quote = "> On 3 Jun 2025, at 10:12, Lena <lena@example.net> wrote:\n> \n> Hi,\n> \n" +
		"> My calves hurt after every long run.\n> \n> Should I stop for a while?\n> \n> Lena\n\n"
	tests := []struct{ name, in, want string }{
		{"bullets under the quote",
			quote + "Hi Lena,\n\nFor two weeks:\n\n\t•\teasy runs only\n\t•\tcalf raises every day\n\t•\tno hills\n\nThen build up again.\n\nMaren",
			"Hi Lena,\n\nFor two weeks:\n\n\t•\teasy runs only\n\t•\tcalf raises every day\n\t•\tno hills\n\nThen build up again.\n\nMaren"},
		{"numbers under the quote",
			quote + "In this order:\n\n\t1.\trest three days\n\t2.\twalk for a week\n\t3.\trun easy\n\nMaren",
			"In this order:\n\n\t1.\trest three days\n\t2.\twalk for a week\n\t3.\trun easy\n\nMaren"},
		{"nested bullets with a space",
			quote + "The plan:\n\n\t• strength\n\t\t◦ calf raises\n\t\t◦ squats\n\t• rest days\n\nMaren",
			"The plan:\n\n\t• strength\n\t\t◦ calf raises\n\t\t◦ squats\n\t• rest days\n\nMaren"},
		{"bullets over the quote",
			"For two weeks:\n\n\t•\teasy runs only\n\t•\tcalf raises every day\n\t•\tno hills\n\nMaren\n\n" + quote,
			"For two weeks:\n\n\t•\teasy runs only\n\t•\tcalf raises every day\n\t•\tno hills\n\nMaren"},
		{"list quoted with a tab under an attribution",
			"Rest a week.\n\nOn Tue, Jun 3, 2025 at 10:12 AM Lena <lena@example.net> wrote:\n\t- easy runs\n\t- long run on Sunday\n\t- hills on Wednesday\n",
			"Rest a week."},
		// Under a line of the owner's own that ends in a colon, lines
		// indented with a bare tab are the owner's too.
		{"bare tab list with nothing quoted",
			"Three things:\n\tice\n\trest\n\tsee a physio\n\nMaren",
			"Three things:\n\tice\n\trest\n\tsee a physio\n\nMaren"},
		{"bare tab list ending the reply",
			"Three things:\n\tice\n\trest\n\tsee a physio",
			"Three things:\n\tice\n\trest\n\tsee a physio"},
		{"text quoted with a tab at the end",
			"Rest a week.\n\n\tMy calves hurt after every long run.\n\tShould I stop for a while?\n\tThanks, Lena\n",
			"Rest a week."},
		{"bare tab list over the quote",
			"Three things:\n\tice\n\trest\n\tsee a physio\n\n" + quote,
			"Three things:\n\tice\n\trest\n\tsee a physio"},
		{"text quoted with a tab after a German attribution",
			"Eine Woche Pause.\n\nAm 03.06.2025 um 10:12 schrieb Lena <lena@example.net>:\n\tMeine Waden tun weh.\n\tSoll ich aufhören?\n\tDanke, Lena\n",
			"Eine Woche Pause."},
		{"text quoted with a tab at the start",
			"\tMy calves hurt after every long run.\n\tShould I stop for a while?\n\tThanks, Lena\n\nRest a week.",
			"Rest a week."},
		{"text quoted with a tab after a colon",
			"Rest a week.\n\nLena wrote:\n\tMy calves hurt after every long run.\n\tShould I stop for a while?\n\tThanks, Lena\n",
			"Rest a week."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TrimReply(tt.in); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
