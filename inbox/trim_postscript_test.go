package inbox

import "testing"

// TestTrimReplyPostscriptUnderSignature covers postscripts under "-- ":
// a client's signature carries its own ("P.S. My new book is out."), and
// once the text is read an owner's "--" typed as a break looks the same,
// so a postscript in or under a signature goes with it.
func TestTrimReplyPostscriptUnderSignature(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"right under the dashes", "That is all.\n--\nPS: the form is attached.\n", "That is all."},
		{"a signature that is a postscript", "Thanks!\n\n-- \nPS: My new book is out now.\n", "Thanks!"},
		{"set apart in the signature",
			"Thanks!\n\n-- \nMaren Holt\nwww.runhelp.example\n\nP.S. My new book is out: www.runhelp.example/book\n", "Thanks!"},
		{"set apart under a phone's footer", "Yes.\n\nSent from my iPhone\n\nP.S. Bring the form.\n", "Yes."},
		{"a card under the postscript",
			"Thanks!\n--\nPS: the form is attached.\nMaren Holt\nCoach\nwww.runhelp.example\n", "Thanks!"},
		{"a signature over the quote, a postscript inside it",
			"Thanks!\n\n-- \nMaren Holt\nPS: I run too\n\n> Can I run?\n", "Thanks!"},
		{"typed over the signature, kept",
			"Thanks!\n\nPS: the form is attached.\n\n-- \nMaren Holt\n", "Thanks!\n\nPS: the form is attached."},
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
