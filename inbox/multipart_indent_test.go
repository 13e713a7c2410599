package inbox

import (
	"strings"
	"testing"
)

// TestParseIndentedMultipart checks a MIME body that a script wrote from
// an indented here-document, every line pushed right by the same blanks:
// its parts must be read, and a body whose lines share no indent is
// left to the other readers.
func TestParseIndentedMultipart(t *testing.T) {
	const head = "From: Ines <ines@example.pt>\nTo: ask@example.org\nSubject: Shin splints\nMIME-Version: 1.0\n" +
		"Content-Type: multipart/alternative; boundary=\"A1\"\n\n"
	body := "--A1\nContent-Type: text/plain; charset=utf-8\n\nIce or heat?\n\n  Ines\n" +
		"--A1\nContent-Type: text/html; charset=utf-8\n\n<p>Ice or <b>heat</b>?</p>\n--A1--\n"
	indent := func(prefix string) string {
		lines := strings.SplitAfter(body, "\n")
		for i, l := range lines {
			if strings.TrimSpace(l) != "" {
				lines[i] = prefix + l
			}
		}
		return strings.Join(lines, "")
	}
	tests := []struct {
		name, body, text, warn string
	}{
		{name: "spaces", body: indent("    "), text: "Ice or heat?\n\n  Ines", warn: "the MIME body is indented"},
		{name: "a tab", body: indent("\t"), text: "Ice or heat?\n\n  Ines", warn: "the MIME body is indented"},
		{name: "not indented", body: body, text: "Ice or heat?\n\n  Ines"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustParse(t, head+tt.body)
			if m.Text != tt.text {
				t.Errorf("got text %q, want %q", m.Text, tt.text)
			}
			got := strings.Join(m.Warnings, "; ")
			if !strings.Contains(got, tt.warn) || tt.warn == "" && strings.Contains(got, "indented") {
				t.Errorf("got warnings %q, want %q", got, tt.warn)
			}
		})
	}
}

func TestDedented(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  a\n\n    b\n  c\n", "a\n\n  b\nc\n"},
		{"\ta\n\t\tb\n", "a\n\tb\n"},
		{"  a\n b\n", " a\nb\n"},
		{"a\n  b\n", ""},
		{"\n\n", ""},
	}
	for _, tt := range tests {
		if got := string(dedented([]byte(tt.in))); got != tt.want {
			t.Errorf("dedented(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
