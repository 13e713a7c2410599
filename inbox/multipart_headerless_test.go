package inbox

import (
	"strings"
	"testing"
)

// TestParseHeaderlessPart checks a part written with no header whose
// text starts with a line shaped like a field: the line is text, whether
// a blank line follows it or not, and a part whose header holds real
// fields beside unknown ones keeps its header.
func TestParseHeaderlessPart(t *testing.T) {
	const head = "From: Ines <ines@example.pt>\nTo: ask@example.org\nSubject: Shin splints\nMIME-Version: 1.0\n" +
		"Content-Type: multipart/mixed; boundary=\"P1\"\n\n"
	const file = "--P1\nContent-Type: application/pdf; name=plan.pdf\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--P1--\n"
	tests := []struct {
		name, raw, text, warn string
	}{
		{name: "no blank line", raw: head + "--P1\nQuestion: ice or heat for my shins?\nThanks, Ines\n" + file,
			text: "Question: ice or heat for my shins?\nThanks, Ines", warn: "a part has no header"},
		{name: "a blank line after it", raw: head + "--P1\nQuestion: ice or heat for my shins?\n\nThanks, Ines\n" + file,
			text: "Question: ice or heat for my shins?\n\nThanks, Ines", warn: "a part has no header"},
		{name: "a real header with an odd field",
			raw:  head + "--P1\nContent-Type: text/plain\nImportance: high\n\nIce or heat?\n" + file,
			text: "Ice or heat?"},
		{name: "a mail with no blank line between its parts",
			raw:  head + "--P1\nQuestion: ice or heat?\n--P1\nContent-Type: text/plain\n\nThanks\n--P1--\n",
			text: "Question: ice or heat?\n\nThanks", warn: "a part has no header"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantTextWarning(t, mustParse(t, tt.raw), tt.text, tt.warn, "no header")
		})
	}
}

// wantTextWarning checks m's text, and that its warnings say warn or,
// when warn is "", nothing with quiet in it.
func wantTextWarning(t *testing.T, m *Message, text, warn, quiet string) {
	t.Helper()
	if m.Text != text {
		t.Errorf("got text %q, want %q", m.Text, text)
	}
	got := strings.Join(m.Warnings, "; ")
	if warn == "" && strings.Contains(got, quiet) || !strings.Contains(got, warn) {
		t.Errorf("got warnings %q, want %q", got, warn)
	}
}
