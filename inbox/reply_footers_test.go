package inbox

import "testing"

// TestTrimReplyFooterDash covers the dash an app writes between the
// answer and its footer on the answer's own line, and the dashes that are
// the owner's: one that answers the quote above it ("none") stays over a
// signature, and over a footer a blank line away.
func TestTrimReplyFooterDash(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"dash glued to the answer over the footer", "Two weeks of rest \u2014 \nSent from Mailbox", "Two weeks of rest"},
		{"glued dash without trailing space", "Two weeks of rest \u2014\nSent from Mailbox for iPhone", "Two weeks of rest"},
		{"glued dash over a phone footer", "See you Tuesday \u2014\nSent from my iPhone", "See you Tuesday"},
		{"dash on its own line over the footer", "Two weeks.\n\n\u2014\nSent from Mailbox", "Two weeks."},

		// The owner's dashes stay.
		{"dash with a blank line under it", "We leave at six \u2014\n\nSent from my iPhone", "We leave at six \u2014"},
		{"dash run onto the word", "It was three\u2014\nSent from my iPhone", "It was three\u2014"},
		{"dash with no footer under it", "Wait \u2014\nno, Tuesday.", "Wait \u2014\nno, Tuesday."},
		{"dash over a line that is no footer", "Two options \u2014\nSent from Paris.", "Two options \u2014\nSent from Paris."},
		{"dash alone over the footer, nothing typed", "\u2014\nSent from Mailbox", ""},
		{"dash answering a quote, a quote answered above it", "> Pain?\nNo.\n> Swelling?\n-\n\nSent from my iPhone", "> Pain?\nNo.\n> Swelling?\n-"},
		{"dash answering a quote over the owner's signature", "> Pain?\nNo.\n> Swelling?\n-\n-- \nMaren Holt", "> Pain?\nNo.\n> Swelling?\n-"},
		{"dash right over the footer under a quote", "> Pain?\nNo.\n> Swelling?\n-\nSent from Mailbox", "No."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := TrimReply(tc.in); got != tc.want {
				t.Errorf("TrimReply(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
