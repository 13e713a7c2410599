package inbox

import "testing"

// TestTrimReplyOverNotification trims the owner's replies to the
// notification helpline sent them, in the shapes their clients give such
// a reply: the quoted notification goes, what the owner typed stays.
func TestTrimReplyOverNotification(t *testing.T) {
	tests := []trimCase{
		{"apple mail signature placed below the quote",
			"Rest a week, then run easy.\n\nOn 3 Jun 2025, at 10:12, Helpline wrote:\n\n> Reply above this line to answer\n> Question from Lena:\n> How long should I rest my calf?\n\nBest regards,\nMaren Holt\n\n--\nRunning Helpline\nwww.example.org\n",
			"Rest a week, then run easy.\n\nBest regards,\nMaren Holt"},
		{"a closing and name on one line below the quote",
			"Rest a week, then run easy.\n\nOn 3 Jun 2025, at 10:12, Helpline wrote:\n\n> Reply above this line to answer\n> How long should I rest my calf?\n\nRegards, Maren\n",
			"Rest a week, then run easy.\n\nRegards, Maren"},
		{"the same in german under a quote that asks nothing",
			"Eine Woche Pause.\n\nAm 03.06.2025 um 10:12 schrieb Lena:\n> Meine Wade tut weh.\n\nViele Grüße, Maren\n",
			"Eine Woche Pause.\n\nViele Grüße, Maren"},
		{"a closing and name on one line under an answer between the quotes stays with them",
			"> How long should I rest?\n\nA week.\n\n> And then?\n\nEasy runs.\n\nCheers, Maren\n",
			"> How long should I rest?\n\nA week.\n\n> And then?\n\nEasy runs.\n\nCheers, Maren"},
		{"an answer with a comma under the quote stays with it",
			"Good question.\n\n> Should I stretch before the run?\n\nYes, gently\n",
			"Good question.\n\n> Should I stretch before the run?\n\nYes, gently"},
		{"a closing with no name below the quote",
			"Rest a week.\n\n> How long should I rest my calf?\n\nCheers,\n",
			"Rest a week.\n\nCheers,"},
		{"a closing under an answer typed between the quotes stays with them",
			"> How long should I rest?\n\nA week.\n\n> And then?\n\nEasy runs.\n\nBest regards,\nMaren\n",
			"> How long should I rest?\n\nA week.\n\n> And then?\n\nEasy runs.\n\nBest regards,\nMaren"},
		{"a sentence under the closing is an answer below the quote",
			"Hi Lena,\n\n> How long should I rest?\n\nThanks,\nA week is enough for most calves.\n",
			"Hi Lena,\n\n> How long should I rest?\n\nThanks,\nA week is enough for most calves."},
		{"a closing right under the quote line stays with the quote",
			"A week.\n\n> Is that all?\nThanks,\nMaren\n",
			"A week.\n\n> Is that all?\nThanks,\nMaren"},
		{"an answer ending in a comma over a name under a question stays with it",
			"Hi Lena,\n\nGood question.\n\n> Who should I ask about the beginner group?\n\nAsk for the coach,\nMaren Holt\nRunning Club Utrecht\n",
			"Hi Lena,\n\nGood question.\n\n> Who should I ask about the beginner group?\n\nAsk for the coach,\nMaren Holt\nRunning Club Utrecht"},
		{"the same in german",
			"Hallo Lena,\n\nGute Frage.\n\n> Bei wem melde ich mich an?\n\nSchreib an die Trainerin,\nMaren Holt\nLauftreff Utrecht\n",
			"Hallo Lena,\n\nGute Frage.\n\n> Bei wem melde ich mich an?\n\nSchreib an die Trainerin,\nMaren Holt\nLauftreff Utrecht"},
		{"a closing by its words under a question answers nothing",
			"Rest a week.\n\n> How long should I rest my calf?\n\nHerzliche Grüße,\nMaren Holt\n",
			"Rest a week.\n\nHerzliche Grüße,\nMaren Holt"},
		{"a closing under a quote with nothing typed above",
			"> How long should I rest?\n\nBest regards,\nMaren\n",
			"Best regards,\nMaren"},
		{"webmail that runs the notification's text onto the attribution's colon",
			"Rest a week.\n\nOn 06/03/2025 at 10:12 AM, \"Helpline\"  wrote:New question#outlook a\n{ padding:0; } body { margin:0; }\n\t\tReply above this line\n\t\tLena asks: how long should I rest?\n",
			"Rest a week."},
		{"the same in german",
			"Eine Woche Pause.\n\nAm 03.06.2025 um 10:12 schrieb Helpline:Neue Frage\nLena fragt: wie lange?\n",
			"Eine Woche Pause."},
		{"a colon run onto a weekday's attribution is the owner's",
			"Yes.\n\nOn Monday at 9:19 AM the coach wrote:Run slower.\n",
			"Yes.\n\nOn Monday at 9:19 AM the coach wrote:Run slower."},
		{"a glued attribution with nothing typed above is the owner's quoting",
			"On 06/03/2025 at 10:12 AM, the coach wrote:Run slower.\nThat was her advice.\n",
			"On 06/03/2025 at 10:12 AM, the coach wrote:Run slower.\nThat was her advice."},
		{"citations of the owner's own under the whole quote",
			"On Tue, Jun 03, 2025 at 10:12:45AM +0000, Helpline wrote:\n> Lena asks:\n>\n> Should I run every day?\n\n> Should I run every day?\nNo.\n> Even slowly?\nStill no.\n",
			"> Should I run every day?\nNo.\n> Even slowly?\nStill no."},
		{"a citation the owner introduces under the whole quote",
			"On Tue, Jun 03, 2025 at 10:12:45AM +0000, Helpline wrote:\n> Lena asks:\n>\n> My calves hurt. Should I stop?\n\nYou wrote:\n> My calves hurt.\n\nThat is normal in the first month.\n",
			"You wrote:\n> My calves hurt.\n\nThat is normal in the first month."},
		{"an answer typed between the pieces of the quote keeps them",
			"On Tue, Jun 03, 2025 at 10:12:45AM +0000, Helpline wrote:\n> My calves hurt.\n\nThat is normal.\n\n> Should I stop?\n\nNo.\n",
			"> My calves hurt.\n\nThat is normal.\n\n> Should I stop?\n\nNo."},
		{"pieces of a quote that leaves its empty lines unmarked stay over the answer",
			"On Wed, Jul 30, 2025 at 02:39:24PM -0700, Lena wrote:\n> The club meets at six.\n\n> Bring a light.\n\nA head torch is best.\n\n> Who leads the warm-up?\n\nI do, this week.\n",
			"> The club meets at six.\n\n> Bring a light.\n\nA head torch is best.\n\n> Who leads the warm-up?\n\nI do, this week."},
		{"a heading of the owner's between the pieces keeps them",
			"> My calves hurt.\n\nTwo things:\n\n> Should I stop?\n\nNo.\n",
			"> My calves hurt.\n\nTwo things:\n\n> Should I stop?\n\nNo."},
		{"a tracker's mark under the answer",
			"Rest a week.\n\n\u1427\n",
			"Rest a week."},
		{"a tracker's mark between paragraphs stays",
			"Rest a week.\n\u1427\nThen run easy.\n",
			"Rest a week.\n\u1427\nThen run easy."},
		{"a dated sentence of the owner's with its colon run onto a word",
			"Hi Lena,\n\nOn 3 June 2025 my physio wrote:Rest the calf for a week.\nSo rest it.\n",
			"Hi Lena,\n\nOn 3 June 2025 my physio wrote:Rest the calf for a week.\nSo rest it."},
		{"the same in french",
			"Bonjour,\n\nLe 3 juin 2025, le médecin a écrit:repos complet.\nDonc repos.\n",
			"Bonjour,\n\nLe 3 juin 2025, le médecin a écrit:repos complet.\nDonc repos."},
		{"a time's colon is no glued attribution",
			"We start at 9:19.\n\nOn 06/03/2025 at 10:12 we meet.\n",
			"We start at 9:19.\n\nOn 06/03/2025 at 10:12 we meet."},
	}
	checkTrims(t, tests)
}

// TestTrimReplyAttributionUnderClosing trims replies whose client wrote an
// attribution without a date under the owner's closing, over the
// original left unquoted: the owner had finished, so it goes from there.
// Over a greeting, or without its colon, such a line stays.
func TestTrimReplyAttributionUnderClosing(t *testing.T) {
	tests := []trimCase{
		{"closing and name on one line",
			"Rest a week.\n\nCheers, Maren\n\nOn Tue, Lena Berg wrote:\nHow long should I rest?\n",
			"Rest a week.\n\nCheers, Maren"},
		{"closing over the name",
			"Rest a week.\n\nBest regards\nMaren\n\nOn Tue, Lena Berg wrote:\nHow long should I rest?\n",
			"Rest a week.\n\nBest regards\nMaren"},
		{"closing alone",
			"Rest a week.\n\nThanks,\n\nOn Tue, Lena Berg wrote:\nHow long should I rest?\n",
			"Rest a week.\n\nThanks,"},
		{"no closing above: the owner's quoting",
			"Rest a week.\n\nOn Tue, Lena Berg wrote:\nHow long should I rest?\n",
			"Rest a week.\n\nOn Tue, Lena Berg wrote:\nHow long should I rest?"},
		{"a greeting is no closing",
			"Hi Lena,\n\nOn Tue, the coach wrote:\nRest a week.\n",
			"Hi Lena,\n\nOn Tue, the coach wrote:\nRest a week."},
		{"a name-like first line has no closing above it",
			"Thanks Lena\n\nOn Tue, Lena Berg wrote:\nHow long should I rest?\n",
			"Thanks Lena\n\nOn Tue, Lena Berg wrote:\nHow long should I rest?"},
		{"no colon: the owner's sentence",
			"Rest a week.\n\nCheers, Maren\n\nOn Tue, Lena Berg wrote back\nthat the calf feels better.\n",
			"Rest a week.\n\nCheers, Maren\n\nOn Tue, Lena Berg wrote back\nthat the calf feels better."},
	}
	checkTrims(t, tests)
}

// TestTrimReplyUnderReplyMarker covers a notification answered without
// quoting it, whose marker line asks for the reply above it, in English
// or, framed, in another language: the marker and all under it go. A marker with nothing typed above it, and the
// owner's sentence naming one, stay.
func TestTrimReplyUnderReplyMarker(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"help desk marker right under the answer", "Rest a week.\n##- Please type your reply above this line -##\n\nYour request (1234) has been updated.",
			"Rest a week."},
		{"forum marker in capitals", "Rest a week.\n\nMaren\n\n-- REPLY ABOVE THIS LINE --\n\nLena asked: how long?", "Rest a week.\n\nMaren"},
		{"tracker marker framed in equals and dashes", "Rest a week.\n\n=-=-=-=- To answer by email, write above this line =-=-=-=-\nLena asked: how long?",
			"Rest a week."},
		{"marker with its purpose", "Rest a week.\n\n- Reply above this line to leave a comment -\n\nLena commented: how long?", "Rest a week."},
		{"forum marker in german", "Eine Woche.\n\n## Bitte gib deine Antwort oberhalb dieser Zeile ein. ##\n\nLena fragte: wie lange?", "Eine Woche."},
		{"help desk marker in french", "Une semaine.\n##- Veuillez répondre au-dessus de cette ligne -##\n\nVotre demande (1234) a été mise à jour.", "Une semaine."},
		{"help desk marker in japanese", "一週間です。\n##- この行より上に返信を入力してください -##\n\nお問い合わせ (1234) が更新されました。", "一週間です。"},
		{"the owner's german advice stays", "Eine Woche.\n\nSchreib bitte oberhalb dieser Zeile.\nDanke.", "Eine Woche.\n\nSchreib bitte oberhalb dieser Zeile.\nDanke."},

		// The owner's lines stay.
		{"nothing typed above the marker", "-- REPLY ABOVE THIS LINE --\n\nRest a week.", "-- REPLY ABOVE THIS LINE --\n\nRest a week."},
		{"the owner's advice to reply above the line", "Two tips:\nReply above this line in the form.\nKeep it short.",
			"Two tips:\nReply above this line in the form.\nKeep it short."},
		{"the owner's advice wrapped after the line", "Rest a week.\n\nPlease reply above this line\nin the club's form next time.",
			"Rest a week.\n\nPlease reply above this line\nin the club's form next time."},
		{"a sentence naming the marker", "Rest a week.\nWhen the club's mail says reply above this line, do so.\nThen rest.",
			"Rest a week.\nWhen the club's mail says reply above this line, do so.\nThen rest."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := TrimReply(tc.in); got != tc.want {
				t.Errorf("TrimReply(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestTrimReplyOverEarlierPosts covers a forum's notification answered
// without quoting it, whose earlier posts stand under a rule and a heading:
// they go with all under them. The heading alone is the owner's.
func TestTrimReplyOverEarlierPosts(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"discourse's previous replies",
			"Rest a week.\n\n---\n*Previous Replies*\n\nHow long should I rest?\n\nPosted by lena on 01/15/2016\n\n---\n[Visit the Topic](https://forum.example/t/1) to respond",
			"Rest a week."},
		{"the older layout, in german",
			"Eine Woche.\n ------------------------------\nVorherige Antworten\nlena <https://forum.example/u/lena> 24. Juli\n\nWie lange?",
			"Eine Woche."},
		{"the heading without a rule stays",
			"Rest a week.\n\nPrevious discussion\nWe talked about hills, and they wait.",
			"Rest a week.\n\nPrevious discussion\nWe talked about hills, and they wait."},
		{"a rule over another heading stays",
			"Rest a week.\n\n---\n*Previous races*\n\nBerlin, then Hamburg.",
			"Rest a week.\n\n---\n*Previous races*\n\nBerlin, then Hamburg."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := TrimReply(tc.in); got != tc.want {
				t.Errorf("TrimReply(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
