package inbox

import "testing"

// TestTrimReplyOwnerCitesByNumericDate checks that the owner's line over a
// letter they copy stays when its date is written in figures, as it does
// when the date is spelled out, while a client's attribution with the
// same date and a name or an address after it still goes.
func TestTrimReplyOwnerCitesByNumericDate(t *testing.T) {
	const letter = "\nYour hedge is on my side.\nPlease cut it.\n\nWe measured together and it was not.\n"
	for _, line := range []string{
		"On 03.06.2025 my neighbour wrote:",
		"On 03/06/2025 at 10:12 my neighbour wrote:",
		"On 2025-06-03 10:12 my neighbour wrote:",
		"On 03.06.2025 I wrote:",
		"Am 03.06.2025 hat meine Nachbarin geschrieben:",
		"Am 3. Juni 2025 hat meine Nachbarin geschrieben:",
		"Am 03.06.2025 um 10:12 schrieb meine Nachbarin:",
		"Le 03/06/2025, ma voisine a écrit :",
		"Le 03/06/2025 ma voisine a écrit :",
		"Op 03.06.2025 heeft mijn buurvrouw geschreven:",
	} {
		t.Run(line, func(t *testing.T) {
			in := "Hi,\n\n" + line + letter
			want := in[:len(in)-1]
			if got := TrimReply(in); got != want {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}

// TestTrimReplyCutsNumericDateAttributions checks that a client's
// attribution dated in figures goes with the quote or the history under
// it, a sender whose name opens like a possessive ("Mia Chen", "Ma Lin")
// included.
func TestTrimReplyCutsNumericDateAttributions(t *testing.T) {
	const answer = "Yes, rest two weeks."
	for _, line := range []string{
		"On 03.06.2025 10:12, Ana Berg <ana@example.org> wrote:",
		"Am 03.06.2025 um 10:12 schrieb Ana Berg:",
		"Le 03/06/2025 à 10:12, Ana Berg a écrit :",
		"On 2025-06-03, Mia Chen wrote:",
		"On 03.06.2025 10:12 Mia Chen wrote:",
		"On 03.06.2025 Ma Lin wrote:",
		"Le 03/06/2025, Ma Lin a écrit :",
		"Am 03.06.2025 hat Ana Berg geschrieben:",
	} {
		t.Run(line, func(t *testing.T) {
			in := answer + "\n\n" + line + "\n> Can I run with a sore calf?\n> Ana\n"
			if got := TrimReply(in); got != answer {
				t.Errorf("got %q, want %q", got, answer)
			}
		})
	}
	for _, line := range []string{
		"On 03.06.2025 10:12, Ana Berg <ana@example.org> wrote:",
		"Am 03.06.2025 um 10:12 schrieb Ana Berg:",
		"Le 03/06/2025 à 10:12, Ana Berg a écrit :",
		"On 03.06.2025 10:12 Mia Chen wrote:",
		"Le 03/06/2025 à 10:12, Ma Lin a écrit :",
	} {
		t.Run("history/"+line, func(t *testing.T) {
			in := answer + "\n\n" + line + "\nCan I run with a sore calf?\nAna\n"
			if got := TrimReply(in); got != answer {
				t.Errorf("got %q, want %q", got, answer)
			}
		})
	}
}
