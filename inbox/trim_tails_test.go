package inbox

import "testing"

// TestTrimReplyEmDashSignature trims a phone's signature whose "--" its
// smart punctuation turned into a lone em dash: the block under the dash
// goes when it reads as a signature and ends the owner's text; a dash
// over the owner's own words stays.
func TestTrimReplyEmDashSignature(t *testing.T) {
	tests := []trimCase{
		{"name, line and phone under the dash",
			"Ice it twice a day.\n\nCheers,\nMaren\n\n—\nMaren Holt\nRun coach, Utrecht\n+31 6 1234 5678\n",
			"Ice it twice a day.\n\nCheers,\nMaren"},
		{"address first under the dash, over a quote",
			"See you Sunday.\n\n—\nmaren@example.org\nRunning Helpline\n\nOn Tue, 3 Jun 2025 at 10:12, Lena Berg <lena@example.net> wrote:\n> Sunday?\n",
			"See you Sunday."},
		{"a handle set apart under the title",
			"Ice it twice a day.\n\n—\nMaren Holt\nHead coach at Riverside\n\n@riverside\n",
			"Ice it twice a day."},
		{"a dash over a name, a title and a paragraph of the answer",
			"Ice it twice a day.\n\n—\nMaren Holt\nHead coach\n\nThen start again with short runs on soft ground.\nKeep them slow.\n",
			"Ice it twice a day.\n\n—\nMaren Holt\nHead coach\n\nThen start again with short runs on soft ground.\nKeep them slow."},
		{"a dash over a single name is the owner's sign-off",
			"Ice it twice a day.\n\n—\nMaren\n",
			"Ice it twice a day.\n\n—\nMaren"},
		{"a dash between parts of the answer",
			"Ice it twice a day.\n\n—\nThen start again with short runs on soft ground, a week or two.\nKeep them slow.\n",
			"Ice it twice a day.\n\n—\nThen start again with short runs on soft ground, a week or two.\nKeep them slow."},
		{"a dash over a question",
			"Ice it twice a day.\n\n—\nMaren Holt\nDoes it hurt when you walk?\n",
			"Ice it twice a day.\n\n—\nMaren Holt\nDoes it hurt when you walk?"},
		{"a dash over a name and the rest of the answer",
			"Yes, you can move it now.\n\n—\nPiet\nAnother tip: give it less water in winter.\nAnd keep it off the heater.\n",
			"Yes, you can move it now.\n\n—\nPiet\nAnother tip: give it less water in winter.\nAnd keep it off the heater."},
		{"a dash over a name and steps typed without stops",
			"This is my plan for you.\n\n—\nPiet\nphone the landlord first\nthen send him a letter\n",
			"This is my plan for you.\n\n—\nPiet\nphone the landlord first\nthen send him a letter"},
		{"a motto over a phone number under the dash",
			"Ice it twice a day.\n\n—\nMaren Holt\nLove to run!\n+31 6 1234 5678\n",
			"Ice it twice a day."},
		{"a dash over a name and one more sentence",
			"Yes, you can move it now.\n\n—\nPiet\nGive it less water in winter.\n",
			"Yes, you can move it now.\n\n—\nPiet\nGive it less water in winter."},
		{"a dash over a heading and a list",
			"Travel light.\n\n—\nBag\nTrainers\nEnergy gels\nSpare socks\n",
			"Travel light.\n\n—\nBag\nTrainers\nEnergy gels\nSpare socks"},
		{"a dash over the reader's name and their times",
			"Your splits were even.\n\n—\nPiet Smit\n5 km 25:02\n10 km 50:11\n",
			"Your splits were even.\n\n—\nPiet Smit\n5 km 25:02\n10 km 50:11"},
		{"a dash with nothing of the owner's above",
			"—\nMaren Holt\nRun coach\n",
			"—\nMaren Holt\nRun coach"},
	}
	checkTrims(t, tests)
}

// TestTrimReplyRepeatedFooter trims replies sent through a relay that adds
// its footer under every mail: the footer quoted, and again under the
// quote, where it would read as an answer below the quote. What the owner
// wrote under a quote stays with the quote.
func TestTrimReplyRepeatedFooter(t *testing.T) {
	footer := "You are replying through the Runners' Board. Replies are kept for 30 days and read under our terms."
	tests := []trimCase{
		{"footer repeated with link targets under the quote",
			"Yes, Saturday works.\n\n> Can you run on Saturday?\n>\n> " + footer + "\n> Runners' Board | 1 Track Lane, Utrecht\n\n" +
				"You are replying through the Runners' Board. Replies are kept for 30 days and read under our terms <https://board.example.org/terms>.\nRunners' Board | 1 Track Lane, Utrecht\n",
			"Yes, Saturday works."},
		{"footer rewrapped under the quote",
			"Yes, Saturday works.\n\n> Can you run on Saturday?\n> " + footer + "\n\n" +
				"You are replying through the Runners' Board. Replies are kept\nfor 30 days and read under our terms.\n",
			"Yes, Saturday works."},
		{"a short answer under the quote repeats a few of its words",
			"Hi Lena,\n\n> Can you run on Saturday?\n\nI can run on Saturday.\n",
			"Hi Lena,\n\n> Can you run on Saturday?\n\nI can run on Saturday."},
		{"an answer under the quote that only starts like it",
			"Hi Lena,\n\n> " + footer + "\n\nYou are replying through the Runners' Board, so I will answer here from now on.\n",
			"Hi Lena,\n\n> " + footer + "\n\nYou are replying through the Runners' Board, so I will answer here from now on."},
		{"the footer repeated and an answer after it",
			"Hi Lena,\n\n> Can you run on Saturday?\n> " + footer + "\n\n" + footer + "\n\nSaturday works.\n",
			"Hi Lena,\n\n> Can you run on Saturday?\n> " + footer + "\n\n" + footer + "\n\nSaturday works."},
		{"the owner's stock advice again under the owner's earlier mail",
			"Hi Jonas,\n\n> Ten days on it still aches. Time for a doctor?\n>\n> Sam <sam@help.example.org> wrote:\n" +
				">> Cool it after every run.\n>>\n>> Should it ache longer than a fortnight, have a doctor look at it.\n\n" +
				"Should it ache longer than a fortnight, have a doctor look at it.\n",
			"Hi Jonas,\n\n> Ten days on it still aches. Time for a doctor?\n\n" +
				"Should it ache longer than a fortnight, have a doctor look at it."},
		{"the owner picking one of the quoted options",
			"Hi Jonas,\n\nGo for the second:\n\n> a) Ten weeks with three easy runs and a long one on Sundays.\n" +
				"> b) Fourteen weeks with four easy runs and a long one on Saturdays.\n\n" +
				"Fourteen weeks with four easy runs and a long one on Saturdays.\n",
			"Hi Jonas,\n\nGo for the second:\n\n> a) Ten weeks with three easy runs and a long one on Sundays.\n" +
				"> b) Fourteen weeks with four easy runs and a long one on Saturdays.\n\n" +
				"Fourteen weeks with four easy runs and a long one on Saturdays."},
	}
	checkTrims(t, tests)
}

// TestTrimReplyLeftAttribution drops an attribution that opens the reply
// over the owner's answer, its quote deleted, when its date is given to
// the second as only a client writes it. The owner's own words opening
// the same way stay.
func TestTrimReplyLeftAttribution(t *testing.T) {
	tests := []trimCase{
		{"kmail's attribution over the answer",
			"On Tuesday 03 June 2025 18:05:31 you wrote: \n\nRest the calf a week.\n",
			"Rest the calf a week."},
		{"mutt's attribution over the answer",
			"On Tue, Jun 03, 2025 at 06:05:31PM +0200, Lena Berg wrote:\n\nRest the calf a week.\n",
			"Rest the calf a week."},
		{"the owner's words opening with a day",
			"On Monday you wrote:\n\nRest the calf a week.\n",
			"On Monday you wrote:\n\nRest the calf a week."},
		{"the owner citing a timing log in quotation marks",
			"On Sunday 8 June 2025 09:41:17 the timing mat wrote:\n\"bib 2207: no split at 21 km\"\nSo the half split is missing, not your run.\n",
			"On Sunday 8 June 2025 09:41:17 the timing mat wrote:\n\"bib 2207: no split at 21 km\"\nSo the half split is missing, not your run."},
		{"the owner citing in guillemets",
			"Le 8 juin 2025 à 09:41:17, le chronométreur a écrit :\n« dossard 2207 sans temps au 21e km »\nD'où le trou dans tes temps.\n",
			"Le 8 juin 2025 à 09:41:17, le chronométreur a écrit :\n« dossard 2207 sans temps au 21e km »\nD'où le trou dans tes temps."},
		{"the owner citing an indented log line",
			"On Sunday 8 June 2025 09:41:17 the timing mat wrote:\n    2207 21K NOREAD\nSo the half split is missing.\n",
			"On Sunday 8 June 2025 09:41:17 the timing mat wrote:\n    2207 21K NOREAD\nSo the half split is missing."},
		{"an attribution with seconds and nothing under it",
			"On Tuesday 03 June 2025 18:05:31 you wrote: \n",
			""},
	}
	checkTrims(t, tests)
}

// TestTrimReplyAttributionOverNothing drops an attribution that is all
// the reply holds: its quote went missing on the way, and nothing under
// it is the owner's. An attribution over a saying of the owner's stays.
func TestTrimReplyAttributionOverNothing(t *testing.T) {
	tests := []trimCase{
		{"a date and a name, no address", "On 03/06/25 10:12, Lena Berg wrote:\n", ""},
		{"the same with blank lines under it", "On 03/06/25 10:12, Lena Berg wrote:\n\n\n", ""},
		{"a long date, no address", "On Tue, Jun 3, 2025 at 10:12 AM Lena Berg wrote:", ""},
		{"dutch", "Op 3 jun. 2025 om 10:12 heeft Lena Berg het volgende geschreven:\n", ""},
		{"a saying under it stays",
			"On 3 June 2025 at 10:12, my coach wrote:\n\n\"Rest is training.\"\n",
			"On 3 June 2025 at 10:12, my coach wrote:\n\n\"Rest is training.\""},
		{"an answer under it stays",
			"On 3 June 2025 at 10:12, Lena wrote:\n\nRest the calf a week.\n",
			"On 3 June 2025 at 10:12, Lena wrote:\n\nRest the calf a week."},
		{"a day alone stays", "On Monday you wrote:\n", "On Monday you wrote:"},
	}
	checkTrims(t, tests)
}

// TestAnswerPlainAttributionOverNothing takes the answer from the HTML
// part when the plain part holds only the attribution, its quote lost in
// the client's conversion.
func TestAnswerPlainAttributionOverNothing(t *testing.T) {
	raw := "From: Maren <maren@example.org>\r\nTo: ask@example.org\r\nSubject: Re: calf\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/alternative; boundary=alt\r\n\r\n" +
		"--alt\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		"On 03/06/25 10:12, Lena Berg wrote:\r\n" +
		"--alt\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" +
		"<div>Rest the calf a week.</div><div>On 03/06/25 10:12, Lena Berg wrote:</div>" +
		"<blockquote type=\"cite\">My calf hurts after 10 km.</blockquote>\r\n--alt--\r\n"
	m, err := Parse([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := Answer(m), "Rest the calf a week."; got != want {
		t.Errorf("Answer() got %q, want %q", got, want)
	}
}

// TestTrimReplyImageDescriptions drops the text Outlook writes in the
// plain part for an image whose description Office generated, on one line
// or over several, so that the signature around it is read as one; the
// owner's own words in brackets stay.
func TestTrimReplyImageDescriptions(t *testing.T) {
	const sig = "\n\nMaren Holt\nThe Running Helpline\n+31 6 1234 5678\nMarks Runners"
	tests := []trimCase{
		{"on one line between the closing and the signature",
			"Ice it twice a day.\n\nKind regards\n\n[A close-up of a signature Description automatically generated]" + sig,
			"Ice it twice a day.\n\nKind regards\n\nMaren Holt"},
		{"over three lines",
			"Ice it twice a day.\n\nKind regards\n\n[A close-up of a signature\n\nDescription automatically generated]" + sig,
			"Ice it twice a day.\n\nKind regards\n\nMaren Holt"},
		{"in German, over the history",
			"Zweimal am Tag kühlen.\n\n[Ein Bild, das Text enthält. Automatisch generierte Beschreibung]\n\nAm 03.06.2025 um 10:12 schrieb Lena <lena@example.net>:\n> Wie oft?",
			"Zweimal am Tag kühlen."},
		{"the owner's words in brackets",
			"See the photo:\n[photo of my shoes, described by me]\nThey are fine.",
			"See the photo:\n[photo of my shoes, described by me]\nThey are fine."},
		{"an open bracket with no description under it",
			"Two options:\n[a) rest a week\nb) run easy]\nEither works.",
			"Two options:\n[a) rest a week\nb) run easy]\nEither works."},
	}
	checkTrims(t, tests)
}
