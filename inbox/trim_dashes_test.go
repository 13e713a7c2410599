package inbox

import "testing"

// TestTrimReplyDashesBetweenParagraphs covers "--" typed as a break
// between two parts of an answer, and the signature lines that look like
// it, which still go.
func TestTrimReplyDashesBetweenParagraphs(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"dashes between two parts of the answer",
			"Hi Lena,\n\nFirst, the money side.\n\n--\n\nThen the family side: talk to your brother before the notary appointment.\n\nMaren\n",
			"Hi Lena,\n\nFirst, the money side.\n\n--\n\nThen the family side: talk to your brother before the notary appointment.\n\nMaren"},
		{"with the space of a signature line",
			"Short answer: no.\n\n-- \n\nLonger answer: the warranty covers the part, not the labour.\n\nMaren\n",
			"Short answer: no.\n\n--\n\nLonger answer: the warranty covers the part, not the labour.\n\nMaren"},
		{"in Japanese",
			"まずお金のこと。\n\n--\n\n次に家族のこと：公証人の前にお兄さんと話してください。\n\nマレン\n",
			"まずお金のこと。\n\n--\n\n次に家族のこと：公証人の前にお兄さんと話してください。\n\nマレン"},

		// Signatures go.
		{"a signature a blank line under its dashes", "Thanks!\n\n-- \n\nMaren Holt\nCoach\nwww.runhelp.example\n", "Thanks!"},
		{"a motto alone under the dashes", "Thanks!\n\n-- \n\nLife is what happens while you are busy making plans.\n", "Thanks!"},
		{"a motto right under the dashes, a name after it",
			"Thanks!\n\n-- \nLife is what happens while you are busy making plans.\n\nMaren Holt\n", "Thanks!"},
		{"a signature over the quote", "Thanks!\n\n-- \n\nLife is what happens while you are busy making plans.\n\n> Can I run?\n", "Thanks!"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := TrimReply(tc.in); got != tc.want {
				t.Errorf("TrimReply(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
