package inbox

import (
	"strings"
	"testing"
)

// TestParseMIMEInBody checks mail whose header lacks the Content-Type that
// its MIME body needs: the typed text must come out without delimiters and
// part headers, and the file must be an attachment. Mail that merely
// mentions such fields must stay as written.
func TestParseMIMEInBody(t *testing.T) {
	const head = "From: Rui <rui@example.pt>\nTo: ask@example.org\nSubject: Knee after a long run\nMIME-Version: 1.0\n"
	const parts = "--k9\nContent-Type: text/plain; charset=utf-8\n\nMy knee aches after 20 km. Rest or ice?\n" +
		"--k9\nContent-Type: image/jpeg; name=\"knee.jpg\"\nContent-Transfer-Encoding: base64\n\n/9j/4AAQ\n--k9--\n"
	tests := []struct {
		name, raw string
		text      string
		noText    string
		atts      int
		warn      string
	}{
		{name: "MIME fields after a stray blank line",
			raw:  head + "\nContent-Type: multipart/mixed;\n boundary=\"k9\"\nContent-Transfer-Encoding: 7bit\n\n" + parts,
			text: "My knee aches after 20 km. Rest or ice?", noText: "--k9", atts: 1,
			warn: "the MIME fields stand below the header"},
		{name: "a single part's fields after a stray blank line",
			raw:  head + "\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\nJo=E3o says rest.\n",
			text: "João says rest.", noText: "Content-Type", warn: "the MIME fields stand below the header"},
		{name: "MIME fields after blank lines and a line of spaces",
			raw:  head + "\n   \n\t\nContent-Type: multipart/mixed;\n boundary=\"k9\"\n\n" + parts,
			text: "My knee aches after 20 km. Rest or ice?", noText: "--k9", atts: 1,
			warn: "the MIME fields stand below the header"},
		{name: "parts with no Content-Type above them",
			raw:  head + "\n" + parts,
			text: "My knee aches after 20 km. Rest or ice?", noText: "Content-Type", atts: 1,
			warn: "the header has no Content-Type; read as multipart/mixed"},
		{name: "typed text that starts with a field name",
			raw:  head + "\nContent-Type: what should my email say?\nI am new to this.\n",
			text: "Content-Type: what should my email say?\nI am new to this."},
		{name: "a field-like line with no media type",
			raw:  head + "\nContent-Length: 42\n\nMy knee aches.\n",
			text: "Content-Length: 42\n\nMy knee aches."},
		{name: "a line of dashes above typed text",
			raw:  head + "\n--------\nMy knee aches.\n",
			text: "--------\nMy knee aches."},
		{name: "a body of nothing but fields stays text",
			raw:  head + "\n" + strings.Repeat("Content-Type: text/html\n", 100) + "\nMy knee aches.\n",
			text: "Content-Type: text/html\nContent-Type: text/html"},
		{name: "a declared text/plain is kept",
			raw:  head + "Content-Type: text/plain\n\n" + parts,
			text: "--k9\nContent-Type: text/plain"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustParse(t, tt.raw)
			checkParsed(t, m, tt.text, tt.noText, tt.atts, tt.warn)
			if got := strings.Join(m.Warnings, "; "); tt.warn == "" && strings.Contains(got, "Content-Type") {
				t.Errorf("got warnings %q, want none about Content-Type", got)
			}
		})
	}
}
