package inbox

import (
	"strings"
	"testing"
)

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
		{"a title and a company each shaped as a name",
			"Run easy for a week.\n\nMaren Holt\nEnrollment Manager\nXYZ Corp\n\n" + attr + quote,
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
		{"a physio the owner sends the reader to, under a greeting",
			"Hi Lena,\n\nDr. Anna Berger\nPhysio am Stadtpark\n\n" + attr + "> Who should I see about my calves\n",
			"Hi Lena,\n\nDr. Anna Berger\nPhysio am Stadtpark"},
		{"a book and its author",
			"Start with this one, it changed how I train.\n\nDaniels' Running Formula\nJack Daniels\n\n" + attr + quote,
			"Start with this one, it changed how I train.\n\nDaniels' Running Formula\nJack Daniels"},
		{"a club and where it meets",
			"Try the Saturday run.\n\nLauftreff Alster\nAußenalster, jeden Samstag\n\n" + attr + quote,
			"Try the Saturday run.\n\nLauftreff Alster\nAußenalster, jeden Samstag"},
		{"two shoes after a sentence",
			"Both are fine for wide feet.\n\nNike Pegasus\nBrooks Ghost\n\n" + attr + quote,
			"Both are fine for wide feet.\n\nNike Pegasus\nBrooks Ghost"},
		{"people the owner lists herself first among",
			"Yes, three of us.\n\nMaren Holt\nThomas Berg\nAnna Klein\n\n" + attr + "> Who runs with me on Sunday?\n",
			"Yes, three of us.\n\nMaren Holt\nThomas Berg\nAnna Klein"},
		{"people by first name, the owner first",
			"Yes.\n\nMaren\nTom\nAnna\n\n" + attr + "> Who runs with me on Sunday?\n",
			"Yes.\n\nMaren\nTom\nAnna"},
		{"a physio in German, under a greeting",
			"Hallo Lena,\n\nDr. Anna Berger\nPhysiotherapie Eppendorf\n\nAm Di., 3. Juni 2025 um 10:12 schrieb Lena Fischer:\n\n> Zu wem soll ich gehen\n",
			"Hallo Lena,\n\nDr. Anna Berger\nPhysiotherapie Eppendorf"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := trimReplyFrom(tt.in, "Maren Holt"); got != tt.want {
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
		{"the sender's first name alone, a client's signature under the quote",
			"Run easy for a week.\n\n" + attr + quote + "\nMaren\n",
			"Run easy for a week."},
		{"the sender's first name alone under a quote its attribution opens",
			"Run easy for a week.\n\n> " + attr + quote + "\nMaren\n",
			"Run easy for a week."},
		{"the name with the sender's handle after it",
			"Run easy for a week.\n\n" + attr + quote + "\nMaren Holt @marenholt\nCoach, Riverside Runners\n",
			"Run easy for a week."},
		{"a signature with a phone, as a client that signs under the quote writes it",
			"Run easy for a week.\n\n" + attr + quote + "\nMaren Holt\nCoach, Riverside Runners\n+49 30 1234 567\n",
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
		{"shoes under the question, its mark on an earlier line",
			"Hi Lena,\n\n" + attr + "> Which shoes would you recommend?\n> I have wide feet.\n\nNike Pegasus\nBrooks Ghost\n",
			"Hi Lena,\n\n> Which shoes would you recommend?\n> I have wide feet.\n\nNike Pegasus\nBrooks Ghost"},
		{"a physio under a question with no mark, after answers within the quote",
			attr + "> My calves hurt.\n\nRest them a week.\n\n> And who should I see if it does not stop\n\nDr. Anna Berger\nPhysio am Stadtpark\n",
			"> My calves hurt.\n\nRest them a week.\n\n> And who should I see if it does not stop\n\nDr. Anna Berger\nPhysio am Stadtpark"},
		{"a book and its author under the last quote",
			attr + "> I read a lot.\n\nGood.\n\n> What book on training do you like best\n\nDaniels' Running Formula\nJack Daniels\n",
			"> I read a lot.\n\nGood.\n\n> What book on training do you like best\n\nDaniels' Running Formula\nJack Daniels"},
		{"a club in German under a line that asks nothing",
			attr + "> Gibt es Lauftreffs in der Nähe?\n\nJa, mehrere.\n\n> Ich wohne übrigens in Eimsbüttel.\n\nLauftreff Eimsbüttel\nIm Park, Dienstag und Donnerstag\n",
			"> Gibt es Lauftreffs in der Nähe?\n\nJa, mehrere.\n\n> Ich wohne übrigens in Eimsbüttel.\n\nLauftreff Eimsbüttel\nIm Park, Dienstag und Donnerstag"},
		{"someone else's phone under the quote, answered between its lines",
			attr + "> My calves hurt.\n\nSee a physio.\n\n> Whom do you trust\n\nAnna Berg\nPhysio am Stadtpark\n+49 30 7654 321\n",
			"> My calves hurt.\n\nSee a physio.\n\n> Whom do you trust\n\nAnna Berg\nPhysio am Stadtpark\n+49 30 7654 321"},
		{"the owner's phone under a request with no question mark, answered between its lines",
			attr + "> My calves hurt.\n\nSee a physio, or me.\n\n> Please send me your number so I can book a session.\n\nMaren Holt\n+49 30 1234 567\n",
			"> My calves hurt.\n\nSee a physio, or me.\n\n> Please send me your number so I can book a session.\n\nMaren Holt\n+49 30 1234 567"},
		{"the owner's phone under a question in Japanese, answered between its lines",
			attr + "> ふくらはぎが痛いです。\n\n一週間休んでください。\n\n> 直接連絡するにはどうすればいいですか？\n\nMaren Holt\n+49 30 1234 567\n",
			"> ふくらはぎが痛いです。\n\n一週間休んでください。\n\n> 直接連絡するにはどうすればいいですか？\n\nMaren Holt\n+49 30 1234 567"},
		{"the owner's address under a question in Arabic, answered between its lines",
			attr + "> ساقي تؤلمني.\n\nاستريحي أسبوعا.\n\n> كيف أتواصل معك؟\n\nMaren Holt\nmaren@example.org\n",
			"> ساقي تؤلمني.\n\nاستريحي أسبوعا.\n\n> كيف أتواصل معك؟\n\nMaren Holt\nmaren@example.org"},
		{"the owner's phone under a question it answers",
			attr + "> My calves hurt.\n\nSee a physio.\n\n> How do I reach you?\n\nMaren Holt\n+49 30 1234 567\n",
			"> My calves hurt.\n\nSee a physio.\n\n> How do I reach you?\n\nMaren Holt\n+49 30 1234 567"},
		{"someone else's name alone under the quote",
			"Run easy for a week.\n\n" + attr + quote + "\nLena\n",
			"Run easy for a week.\n\n> My calves hurt after long runs.\n>\n> Should I stop for a week?\n\nLena"},
		{"the sender's name alone under a quote of the owner's own",
			"Run easy for a week. As the study says:\n\n> Rest costs no fitness.\n\nMaren\n",
			"Run easy for a week. As the study says:\n\n> Rest costs no fitness.\n\nMaren"},
		{"the sender's name alone under a quote answered between its lines",
			attr + "> My calves hurt after long runs.\n\nStretch them.\n\n> Should I stop for a week?\n\nMaren\n",
			"> My calves hurt after long runs.\n\nStretch them.\n\n> Should I stop for a week?\n\nMaren"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := trimReplyFrom(tt.in, "Maren Holt"); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTrimReplyNameBlockSender reads a name and a title where Alpine and
// aerc put the signature, from senders whose From names them or not: only
// the sender's own name makes the block a signature.
func TestTrimReplyNameBlockSender(t *testing.T) {
	const (
		over  = "Run easy for a week.\n\nMaren Holt\nCoach, Riverside Runners\n\nOn Tue, 3 Jun 2025, Lena Fischer wrote:\n\n> Should I stop?\n"
		under = "Run easy for a week.\n\nOn Tue Jun 3, 2025 at 10:12 AM CEST, Lena Fischer wrote:\n> Should I stop?\n\nMaren Holt\nCoach, Riverside Runners\n"
		kept  = "Run easy for a week.\n\nMaren Holt\nCoach, Riverside Runners"
	)
	tests := []struct{ name, in, sender, want string }{
		{"over the attribution, the sender's name", over, "Maren Holt", "Run easy for a week."},
		{"over the attribution, the sender signs with the first name", strings.Replace(over, "Maren Holt", "Maren", 1), "Maren Holt", "Run easy for a week."},
		{"over the attribution, a title before the name", strings.Replace(over, "Maren Holt", "Dr. Maren Holt", 1), "Maren Holt", "Run easy for a week."},
		{"over the attribution, a display name last name first", over, "Holt, Maren", "Run easy for a week."},
		{"under the quote, the sender's name", under, "Maren Holt", "Run easy for a week."},
		{"over the attribution, someone else's name", over, "Jonas Weber", kept},
		{"under the quote, someone else's name", under, "Jonas Weber", "Run easy for a week.\n\n> Should I stop?\n\nMaren Holt\nCoach, Riverside Runners"},
		{"over the attribution, a full name where From has the first", over, "Maren", kept},
		{"over the attribution, no name in From", over, "", kept},
		{"pacers the sender is one of", "Two of us pace it.\n\nThomas Berg\nMaren Holt\n\nOn Tue, 3 Jun 2025, Lena Fischer wrote:\n\n> Who paces the 4 hour group\n",
			"Maren Holt", "Two of us pace it.\n\nThomas Berg\nMaren Holt"},
		{"doctors, each with a title in front, the sender first",
			"Yes.\n\nDr. Maren Holt\nDr. Thomas Berg\nDr. Anna Klein\n\nOn Tue, 3 Jun 2025, Lena Fischer wrote:\n\n> Are there doctors at the race\n",
			"Dr. Maren Holt", "Yes.\n\nDr. Maren Holt\nDr. Thomas Berg\nDr. Anna Klein"},
		{"doctors, each with a title in front, in a reply that quotes nothing",
			"These are the race doctors.\n\nDr. Maren Holt\nDr. Thomas Berg\nDr. Anna Klein\n",
			"Dr. Maren Holt", "These are the race doctors.\n\nDr. Maren Holt\nDr. Thomas Berg\nDr. Anna Klein"},
		{"a town beside its country under the name written surname first",
			"Rest a week.\n\nOn Tue, 3 Jun 2025, Lena Fischer wrote:\n\n> Should I stop?\n\nHolt, Maren\nBerlin, Germany\n",
			"Holt, Maren", "Rest a week."},
		{"a signature with a title in front and a plain one under it",
			"Rest a week.\n\nDr. Maren Holt\nHead Coach\nRiverside Runners\n\nOn Tue, 3 Jun 2025, Lena Fischer wrote:\n\n> Should I stop?\n",
			"Dr. Maren Holt", "Rest a week."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := trimReplyFrom(tt.in, tt.sender); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestAnswerNameBlockFromSender reads the name block of whole replies from
// "Maren Holt": the name From carries reaches the trimming of the plain
// part and of an HTML one.
func TestAnswerNameBlockFromSender(t *testing.T) {
	const attr = "On Tue, 3 Jun 2025, Lena Fischer wrote:"
	div := func(lines ...string) string {
		var b strings.Builder
		for _, l := range lines {
			b.WriteString("<div>" + l + "</div>")
		}
		return b.String()
	}
	tests := []struct{ name, raw, want string }{
		{"plain, her signature",
			plainMail("Run easy for a week.\n\nMaren Holt\nCoach\n\n"+attr+"\n\n> Should I stop?\n", "8bit", false),
			"Run easy for a week."},
		{"plain, her signature under the quote, From giving her address alone",
			strings.Replace(plainMail("Run easy for a week.\n\n"+attr+"\n> Should I stop?\n\nMaren Holt\nCoach, Riverside Runners\n", "8bit", false),
				"From: Maren Holt <maren@example.org>", "From: maren.holt@example.org", 1),
			"Run easy for a week."},
		{"plain, someone else's signature under the quote, From giving an address alone",
			strings.Replace(plainMail("Run easy for a week.\n\n"+attr+"\n> Should I stop?\n\nMaren Holt\nCoach, Riverside Runners\n", "8bit", false),
				"From: Maren Holt <maren@example.org>", "From: coach@example.org", 1),
			"Run easy for a week.\n\n> Should I stop?\n\nMaren Holt\nCoach, Riverside Runners"},
		{"plain, two shoes",
			plainMail("Both are fine.\n\nNike Pegasus\nBrooks Ghost\n\n"+attr+"\n\n> Which shoes\n", "8bit", false),
			"Both are fine.\n\nNike Pegasus\nBrooks Ghost"},
		{"HTML, her signature",
			htmlMail("<html><body>" + div("Run easy for a week.", "<br>", "Maren Holt", "Coach", "<br>", attr) +
				"<blockquote>Should I stop?</blockquote></body></html>"),
			"Run easy for a week."},
		{"HTML, a book and its author",
			htmlMail("<html><body>" + div("Start with this one.", "<br>", "Daniels' Running Formula", "Jack Daniels", "<br>", attr) +
				"<blockquote>Which book</blockquote></body></html>"),
			"Start with this one.\n\nDaniels' Running Formula\nJack Daniels"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse([]byte(tt.raw))
			if err != nil {
				t.Fatal(err)
			}
			if got := Answer(m); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
