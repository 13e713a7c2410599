package inbox

import "testing"

// TestTrimReplyTerminalClientSettings trims replies written in mutt,
// neomutt and s-nail with the settings owners change: another quote
// prefix, a signature without its "-- " line, a greeting line above the
// attribution. The owner's own lines stay as typed.
func TestTrimReplyTerminalClientSettings(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"bar-quoted under mutt's attribution, answer below",
			"On Tue, Jun 03, 2025 at 10:12:45AM +0200, Lena Berg wrote:\n| How long should I rest?\n|\n| My calf is sore.\n\nA week, then easy runs.\n",
			"A week, then easy runs."},
		{"bar-quoted under s-nail's attribution, answer and signature below",
			"Lena Berg <lena@example.net> wrote:\n\n| How long should I rest?\n| My calf is sore.\n\nA week, then easy runs.\n\nViele Grüße\nMaren\n\n-- \nMaren Holt\n",
			"A week, then easy runs.\n\nViele Grüße\nMaren"},
		{"bar-quoted with its attribution in german, answer above",
			"Eine Woche Pause.\n\nAm 03.06.2025 um 10:12 schrieb Lena Berg:\n| Wie lange Pause?\n| Die Wade tut weh.\n",
			"Eine Woche Pause."},
		{"bar-quoted, answered between the quotes",
			"Lena Berg <lena@example.net> wrote:\n\n| How long should I rest?\n\nA week.\n\n| And then?\n\nEasy runs.\n\n| Thanks,\n| Lena\n",
			"| How long should I rest?\n\nA week.\n\n| And then?\n\nEasy runs."},
		{"a name appended to the quote without dashes, answer above",
			"A week.\n\nOn Tue, Jun 03, 2025 at 10:12:45AM +0200, Lena Berg wrote:\n> How long should I rest?\n> Lena\nMaren Holt\nRunning Helpline\n",
			"A week."},
		{"a name appended to the quote without dashes, answered between",
			"> How long should I rest?\n\nA week.\n\n> And then?\n\nEasy runs.\n\n> Thanks,\n> Lena\nMaren Holt\nRunning Helpline\n",
			"> How long should I rest?\n\nA week.\n\n> And then?\n\nEasy runs."},
		{"an answer right under the quote stays",
			"Hi Lena,\n\n> How long should I rest?\nA week, then easy.\n",
			"Hi Lena,\n\n> How long should I rest?\nA week, then easy."},
		{"a closing and a name right under the quote stay",
			"A week.\n\n> Is that all?\nCheers,\nMaren\n",
			"A week.\n\n> Is that all?\nCheers,\nMaren"},
		{"a name under a quote with nothing typed above stays",
			"> How long should I rest?\nMaren Holt\n",
			"Maren Holt"},
		{"a line closing the quote, answer above",
			"A week.\n\nLena Berg wrote:\n> How long should I rest?\n-- end of quote\n",
			"A week."},
		{"a framed line closing the quote, answer below",
			"Am 03.06.2025 schrieb Lena Berg:\n\n> Wie lange Pause?\n\n-- Ende des Zitats --\n\nEine Woche.\n",
			"Eine Woche."},
		{"a name signed with dashes under a quote stays",
			"A week.\n\n> Is that all?\n\n--Maren Holt\n",
			"A week.\n\n> Is that all?\n\n--Maren Holt"},
		{"dashes opening the owner's paragraph under a quote stay",
			"> How long should I rest?\n\n-- short answer: a week\nthen run easy for another.\n",
			"-- short answer: a week\nthen run easy for another."},
		{"a name appended to the quote, then a phone's footer",
			"A week.\n\n> How long should I rest?\nMaren Holt\nRunning Helpline\n\nSent from my iPhone\n",
			"A week."},
		{"a name appended under the line closing the quote",
			"A week.\n\n> How long should I rest?\n-- end of quote --\nMaren Holt\nRunning Helpline\n",
			"A week."},
		{"a signature run into its dashes under the quote, answer above",
			"A week.\n\nAm 03.06.25 um 10:12 schrieb Lena Berg:\n> How long should I rest?\n>\n-- Maren Holt, M.Sc.\n   Coach\n   Running Helpline\n",
			"A week."},
		{"a signature run into its dashes after a blank line under the quote",
			"A week.\n\n> How long should I rest?\n\n-- Maren Holt, running coach\nRunning Helpline, Utrecht\n",
			"A week."},
		{"dashed lines under a question not answered above stay",
			"Hi Lena,\n\n> How long should I rest?\n-- a week, maybe two\nthen easy runs\n",
			"Hi Lena,\n\n> How long should I rest?\n-- a week, maybe two\nthen easy runs"},
		{"one dashed line under the quote stays",
			"A week.\n\n> Is that all?\n-- Maren Holt\n",
			"A week.\n\n> Is that all?\n-- Maren Holt"},
		{"a dashed answer under the quote with a sentence below stays",
			"Hi Lena,\n\n> How long should I rest?\n-- a week at least\nand then easy runs until the calf stops hurting when you climb stairs\n",
			"Hi Lena,\n\n> How long should I rest?\n-- a week at least\nand then easy runs until the calf stops hurting when you climb stairs"},
		{"a table under a line ending in a colon stays",
			"Here is the week:\n| Day | Run |\n| Mon | 5 km |\n| Wed | 8 km |\n\nKeep it easy.",
			"Here is the week:\n| Day | Run |\n| Mon | 5 km |\n| Wed | 8 km |\n\nKeep it easy."},
		{"bar lines under the owner's own colon stay",
			"Pick one of these:\n| easy run\n| rest day\n\nEither is fine.",
			"Pick one of these:\n| easy run\n| rest day\n\nEither is fine."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TrimReply(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
