package inbox

import (
	"strings"
	"testing"
)

// TestTrimReplyNameUnderAnswer reads replies answered under the quote
// whose client appended the owner's signature after the answer with no
// "-- " over it, as aerc, mutt with sig_dashes unset and Alpine with its
// signature at the bottom do.
func TestTrimReplyNameUnderAnswer(t *testing.T) {
	const (
		attr   = "On Tue, Jun 03, 2025 at 10:12AM +0200, Lena Fischer wrote:\n"
		quote  = "> My calves hurt after long runs.\n>\n> Should I stop for a week?\n"
		answer = "\nRun easy for a week, then build up again.\n"
		sig    = "\nMaren Holt\nCoach, Riverside Runners\n"
	)
	tests := []struct{ name, in, want string }{
		// The signature goes.
		{"answer under the quote",
			attr + quote + answer + sig,
			"Run easy for a week, then build up again."},
		{"a closing and a first name over it stay",
			attr + quote + answer + "\nCheers,\nMaren\n" + sig,
			"Run easy for a week, then build up again.\n\nCheers,\nMaren"},
		{"a title and an organisation on lines of their own",
			attr + quote + answer + "\nMaren Holt\nCoach\nRiverside Runners\n",
			"Run easy for a week, then build up again."},
		{"a title shaped as a name, known by its last word",
			attr + quote + answer + "\nMaren Holt\nHead Coach\nRiverside Runners\n",
			"Run easy for a week, then build up again."},
		{"a name, a title, a phone and a site",
			attr + quote + answer + "\nMaren Holt\nCoach\n+49 40 1234 5678\nwww.riverside-runners.example\n",
			"Run easy for a week, then build up again."},
		{"a street and a town",
			attr + quote + answer + "\nMaren Holt\nRiverside Runners\nHafenstraße 12, 20457 Hamburg\n",
			"Run easy for a week, then build up again."},
		{"the name with a degree after a comma",
			attr + quote + answer + "\nMaren Holt, M.Sc.\nRunning Helpline\n",
			"Run easy for a week, then build up again."},
		{"answers between the quote's lines",
			attr + "> My calves hurt after long runs.\n\nStretch them.\n\n> Should I stop for a week?\n" + answer + sig,
			"> My calves hurt after long runs.\n\nStretch them.\n\n> Should I stop for a week?\n\nRun easy for a week, then build up again."},
		{"a footer under the signature",
			attr + quote + answer + sig + "\nSent from my iPhone\n",
			"Run easy for a week, then build up again."},

		// What the owner typed stays.
		{"the block is all there is under the quote",
			attr + quote + sig,
			"Maren Holt\nCoach, Riverside Runners"},
		{"pacers the owner lists herself first among",
			attr + "> Who paces the 4 hour group?\n\nThree of us this year.\n\nMaren Holt\nThomas Berg\nJana Kurz\n",
			"Three of us this year.\n\nMaren Holt\nThomas Berg\nJana Kurz"},
		{"the owner and one other pacer",
			attr + "> Who paces the 4 hour group?\n\nTwo of us.\n\nMaren Holt\nThomas Berg\n",
			"Two of us.\n\nMaren Holt\nThomas Berg"},
		{"the owner and another pacer, each with a phone",
			attr + "> Whom can I call about pacing?\n\nEither of us.\n\nMaren Holt\n+49 30 1234 567\nThomas Berg\n+49 30 7654 321\n",
			"Either of us.\n\nMaren Holt\n+49 30 1234 567\nThomas Berg\n+49 30 7654 321"},
		{"someone else's name and title",
			attr + quote + answer + "\nDr. Anna Berger\nPhysio am Stadtpark\n",
			"Run easy for a week, then build up again.\n\nDr. Anna Berger\nPhysio am Stadtpark"},
		{"a line introducing the block",
			attr + quote + "\nIf it does not stop, ask the club's coach:\n" + sig,
			"If it does not stop, ask the club's coach:\n\nMaren Holt\nCoach, Riverside Runners"},
		{"a sentence under the name",
			attr + quote + answer + "\nMaren Holt\nruns the Tuesday group and can look at your shoes.\n",
			"Run easy for a week, then build up again.\n\nMaren Holt\nruns the Tuesday group and can look at your shoes."},
		{"a line of the owner's own in sentence case under the name",
			attr + quote + answer + "\nMaren Holt\nHope the race goes well\n",
			"Run easy for a week, then build up again.\n\nMaren Holt\nHope the race goes well"},
		{"the name alone",
			attr + quote + answer + "\nMaren Holt\n",
			"Run easy for a week, then build up again.\n\nMaren Holt"},
		{"five lines are more than a signature",
			attr + quote + answer + "\nMaren Holt\nHead Coach\nRiverside Runners\nBerlin Branch\nTrack Group\n",
			"Run easy for a week, then build up again.\n\nMaren Holt\nHead Coach\nRiverside Runners\nBerlin Branch\nTrack Group"},
		{"lines all shaped as names, none a known title",
			attr + quote + answer + "\nMaren Holt\nTrail Running\nRiverside Runners\n",
			"Run easy for a week, then build up again.\n\nMaren Holt\nTrail Running\nRiverside Runners"},
		{"the block runs on from the answer",
			attr + quote + "\nRun easy for a week, then build up again.\nMaren Holt\nCoach, Riverside Runners\n",
			"Run easy for a week, then build up again.\nMaren Holt\nCoach, Riverside Runners"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := trimReplyFrom(tt.in, "Maren Holt"); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTrimReplyNameUnderAnswerSender reads the same reply from senders
// whose From names them or not: only the sender's own name makes the
// block under the answer a signature, and with no name it stays as
// TrimReply leaves it.
func TestTrimReplyNameUnderAnswerSender(t *testing.T) {
	const (
		in   = "On Tue, Jun 03, 2025 at 10:12AM +0200, Lena Fischer wrote:\n> Should I stop?\n\nRun easy for a week.\n\nMaren Holt\nRunning Training Helpline\n"
		kept = "Run easy for a week.\n\nMaren Holt\nRunning Training Helpline"
	)
	tests := []struct{ name, sender, want string }{
		{"the sender's name", "Maren Holt", "Run easy for a week."},
		{"a display name last name first", "Holt, Maren", "Run easy for a week."},
		{"someone else's name", "Jonas Weber", kept},
		{"a full name where From has the first", "Maren", kept},
		{"no name in From", "", kept},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := trimReplyFrom(in, tt.sender); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	if got := TrimReply(in); got != kept {
		t.Errorf("TrimReply: got %q, want %q", got, kept)
	}
}

// TestAnswerNameUnderAnswer reads whole replies from "Maren Holt" answered
// under the quote: the name From carries reaches the trimming, and her
// signature under the answer goes while her closing stays.
func TestAnswerNameUnderAnswer(t *testing.T) {
	const head = "On Tue, Jun 03, 2025 at 10:12AM +0200, Lena Fischer wrote:\n> Should I add a fourth day?\n\n"
	tests := []struct{ name, body, want string }{
		{"her signature under her closing",
			head + "Not yet.\n\nBest,\nMaren\n\nMaren Holt\nRunning Training Helpline\n",
			"Not yet.\n\nBest,\nMaren"},
		{"pacers",
			head + "Ask the pacers.\n\nMaren Holt\nThomas Berg\nJana Kurz\n",
			"Ask the pacers.\n\nMaren Holt\nThomas Berg\nJana Kurz"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse([]byte(plainMail(tt.body, "8bit", false)))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(m.From.Name, "Maren Holt") {
				t.Fatalf("got From name %q, want Maren Holt", m.From.Name)
			}
			if got := Answer(m); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTrimReplyNameUnderAnswerNoQuote reads replies that quote nothing
// above the owner's signature: the owner deleted the quote, the client was
// told not to quote, or the history under the signature is Outlook's
// unquoted header block. The sender's name and title ending the answer go
// as they do under a quote; what the owner typed stays.
func TestTrimReplyNameUnderAnswerNoQuote(t *testing.T) {
	const answer = "Run easy for a week, then build up again.\n"
	tests := []struct{ name, in, want string }{
		// The signature goes.
		{"a name and a title",
			answer + "\nMaren Holt\nCoach, Riverside Runners\n",
			"Run easy for a week, then build up again."},
		{"a title beside the name after a bar",
			answer + "\nMaren Holt | Head Coach\nRiverside Runners\n",
			"Run easy for a week, then build up again."},
		{"over an unquoted header block",
			answer + "\nMaren Holt\nCoach, Riverside Runners\n\nFrom: Lena Fischer <lena@example.org>\n" +
				"Sent: Tuesday, June 3, 2025 10:12 AM\nTo: Maren Holt\nSubject: Calves\n\nMy calves hurt after long runs.\n",
			"Run easy for a week, then build up again."},

		// What the owner typed stays.
		{"the block is all there is",
			"Maren Holt\nCoach, Riverside Runners\n",
			"Maren Holt\nCoach, Riverside Runners"},
		{"pacers the owner lists herself first among",
			"Three of us pace the 4 hour group this year.\n\nMaren Holt\nThomas Berg\nJana Kurz\n",
			"Three of us pace the 4 hour group this year.\n\nMaren Holt\nThomas Berg\nJana Kurz"},
		{"someone else's name and title",
			answer + "\nDr. Anna Berger\nPhysio am Stadtpark\n",
			"Run easy for a week, then build up again.\n\nDr. Anna Berger\nPhysio am Stadtpark"},
		{"people of other shapes the owner lists herself first among",
			"We pace the 4 hour group together this year.\n\nMaren Holt\nTom\nThomas van Berg\n",
			"We pace the 4 hour group together this year.\n\nMaren Holt\nTom\nThomas van Berg"},
		{"doctors on duty, the owner first",
			"These are the two race doctors on duty this year.\n\nDr. Maren Holt\nDr. Thomas Berg\n",
			"These are the two race doctors on duty this year.\n\nDr. Maren Holt\nDr. Thomas Berg"},
		{"the address the reader is to post to",
			"Please post the signed form to me at the club.\n\nMaren Holt\nRiverside Runners\nHauptstr. 5, 10115 Berlin\n",
			"Please post the signed form to me at the club.\n\nMaren Holt\nRiverside Runners\nHauptstr. 5, 10115 Berlin"},
		{"a line introducing the block",
			"If it does not stop, ask the club's coach:\n\nMaren Holt\nCoach, Riverside Runners\n",
			"If it does not stop, ask the club's coach:\n\nMaren Holt\nCoach, Riverside Runners"},
		{"four lines are more than a signature here",
			answer + "\nMaren Holt\nHead Coach\nRiverside Runners\nBerlin Branch\n",
			"Run easy for a week, then build up again.\n\nMaren Holt\nHead Coach\nRiverside Runners\nBerlin Branch"},
		{"a closing over the name",
			answer + "\nCheers,\nMaren Holt\nCoach, Riverside Runners\n",
			"Run easy for a week, then build up again.\n\nCheers,\nMaren Holt\nCoach, Riverside Runners"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := trimReplyFrom(tt.in, "Maren Holt"); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	if in := answer + "\nMaren Holt\nCoach, Riverside Runners\n"; TrimReply(in) != strings.TrimSpace(in) {
		t.Errorf("TrimReply with no sender: got %q, want it kept", TrimReply(in))
	}
}
