package inbox

import (
	"strings"
	"testing"
)

// TestParseTextMarkedAsAttachment checks a mail whose only text parts
// are marked as attachments. One with no file name is no file the sender
// chose, and clients show it inline: with no other body it is the text,
// once however many versions an alternative holds. A named one stays an
// attachment only, and beside a body an unnamed one adds nothing.
func TestParseTextMarkedAsAttachment(t *testing.T) {
	const head = "From: ana@example.org\nTo: ask@example.org\nSubject: Knee\nMIME-Version: 1.0\n"
	part := func(disp, text string) string {
		return "Content-Type: text/plain; charset=us-ascii\nContent-Disposition: " + disp + "\n\n" + text + "\n"
	}
	tests := []struct {
		name, raw, text, warn string
		atts                  int
	}{
		{name: "unnamed parts of an alternative under a mixed one",
			raw: head + "Content-Type: multipart/mixed; boundary=\"m\"\n\n--m\n" +
				"Content-Type: multipart/alternative; boundary=\"a\"\nContent-Disposition: attachment\n\n" +
				"--a\n" + part("attachment", "My knee hurts on long runs.") +
				"--a\n" + part("attachment", "My knee hurts on long runs.") + "--a--\n--m--\n",
			text: "My knee hurts on long runs.", warn: "marked as attachments without a name", atts: 2},
		{name: "two different unnamed parts are both read",
			raw: head + "Content-Type: multipart/mixed; boundary=\"m\"\n\n" +
				"--m\n" + part("attachment", "My knee hurts.") + "--m\n" + part("attachment", "And my hip.") + "--m--\n",
			text: "My knee hurts.\n\nAnd my hip.", warn: "marked as attachments without a name", atts: 2},
		{name: "a named text attachment is no body",
			raw: head + "Content-Type: multipart/mixed; boundary=\"m\"\n\n" +
				"--m\n" + part("attachment; filename=log.txt", "12 km in 61 minutes") + "--m--\n",
			text: "", atts: 1},
		{name: "an unnamed text attachment beside a body",
			raw: head + "Content-Type: multipart/mixed; boundary=\"m\"\n\n" +
				"--m\nContent-Type: text/plain\n\nMy knee hurts.\n" +
				"--m\n" + part("attachment", "EMPTY") + "--m--\n",
			text: "My knee hurts.", atts: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustParse(t, tt.raw)
			if got := strings.TrimSpace(m.Text); got != tt.text {
				t.Errorf("got text %q, want %q", got, tt.text)
			}
			if len(m.Attachments) != tt.atts {
				t.Errorf("got %d attachments, want %d", len(m.Attachments), tt.atts)
			}
			got := strings.Join(m.Warnings, "; ")
			if tt.warn != "" && !strings.Contains(got, tt.warn) || tt.warn == "" && strings.Contains(got, "no body part") {
				t.Errorf("got warnings %q, want %q", got, tt.warn)
			}
		})
	}
}
