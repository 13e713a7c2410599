package inbox

import "testing"

// TestTrimReplyPostscriptUnderSignature covers a postscript the owner
// typed under the "-- " line or under the signature: it is theirs, while
// the signature itself still goes.
func TestTrimReplyPostscriptUnderSignature(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a postscript right under the dashes",
			"That is all.\n--\nPS: the form is attached.\n",
			"That is all.\n--\nPS: the form is attached."},
		{"a postscript apart from the signature under it",
			"Thanks!\nMaren\n\n-- \nRunning Helpline\nwww.runhelp.example\n\nPS: see you Saturday.\n",
			"Thanks!\nMaren\n\nPS: see you Saturday."},
		{"a postscript apart from a phone's footer",
			"Yes.\n\nSent from my iPhone\n\nP.S. Bring the form.\n",
			"Yes.\n\nP.S. Bring the form."},

		{"a postscript right under the dashes, over the quote",
			"That is all.\n--\nPS: the form is attached.\n\nOn Tue, 3 Jun 2025 at 10:12, Lena Berg <lena@example.net> wrote:\n> Can I run?\n",
			"That is all.\n--\nPS: the form is attached."},

		// The signature goes.
		{"a card under a postscript right under the dashes",
			"Thanks!\n--\nPS: the form is attached.\nMaren Holt\nCoach\nwww.runhelp.example\n", "Thanks!"},
		{"a signature with no postscript", "Thanks!\n\n-- \nMaren Holt\nwww.runhelp.example\n", "Thanks!"},
		{"a signature over the quote, a postscript inside it",
			"Thanks!\n\n-- \nMaren Holt\nPS: I run too\n\n> Can I run?\n", "Thanks!"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := TrimReply(tc.in); got != tc.want {
				t.Errorf("TrimReply(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestTrimReplySignatureApartFromItsDashes covers signatures set a blank
// line under their "-- " line with a motto or a notice first: all of it
// goes, name and card too.
func TestTrimReplySignatureApartFromItsDashes(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a motto, then a card",
			"Thanks!\n\n-- \n\nLife is what happens while you are busy making plans.\n\nMaren Holt\nCoach\n", "Thanks!"},
		{"a notice, then the company",
			"Thanks!\n\n-- \n\nThis email and any attachments are confidential and intended for the addressee only.\n\n" +
				"Runhelp GmbH, Berlin\n", "Thanks!"},
		{"in German",
			"Danke!\n\n-- \n\nDiese E-Mail enthält vertrauliche Informationen und ist nur für den Empfänger bestimmt.\n\n" +
				"Laufhilfe e.V.\nwww.laufhilfe.example\n", "Danke!"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := TrimReply(tc.in); got != tc.want {
				t.Errorf("TrimReply(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
