package inbox

import (
	"strings"
	"testing"
)

// TestParseIndentedFirstField checks a header whose first field is pushed
// right by whitespace, as a mail pasted from a quote or written by a
// script's indented here-document arrives: the field is read, so the
// sender is known, while an indented line after a field still continues
// that field.
func TestParseIndentedFirstField(t *testing.T) {
	tests := []struct {
		name, raw  string
		from, subj string
		text, warn string
	}{
		{name: "indented From",
			raw:  " From: Ana Lima <ana@example.pt>\nTo: ask@example.org\nSubject: Knee pain after hills\n\nShould I stop running downhill?\n",
			from: "ana@example.pt", subj: "Knee pain after hills", text: "Should I stop running downhill?",
			warn: "header starts with an indented field"},
		{name: "tab before the first field",
			raw:  "\tSubject: Cadence\nFrom: bo@example.se\n\nIs 170 steps a minute enough?\n",
			from: "bo@example.se", subj: "Cadence", text: "Is 170 steps a minute enough?",
			warn: "header starts with an indented field"},
		{name: "later indented line that looks like a field continues the subject",
			raw:  "From: bo@example.se\nSubject: Cadence and\n Stride: which first?\n\nIs 170 steps a minute enough?\n",
			from: "bo@example.se", subj: "Cadence and Stride: which first?", text: "Is 170 steps a minute enough?"},
		{name: "leading words that are no field stay a stray continuation",
			raw:  "  just some words\nFrom: bo@example.se\nSubject: Cadence\n\nIs 170 steps a minute enough?\n",
			from: "bo@example.se", subj: "Cadence", text: "Is 170 steps a minute enough?",
			warn: "header starts with a continuation line"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustParse(t, tt.raw)
			if m.From.Addr != tt.from {
				t.Errorf("got From %q, want %q", m.From.Addr, tt.from)
			}
			if m.Subject != tt.subj {
				t.Errorf("got Subject %q, want %q", m.Subject, tt.subj)
			}
			checkParsed(t, m, tt.text, "", 0, tt.warn)
		})
	}
}

// TestParseWhollyIndentedHeader checks a header indented line by line, as
// an indented here-document writes it: read from its first field, every
// later field would continue that one, and a From under an indented
// Subject would put the reader's address in the published title.
func TestParseWhollyIndentedHeader(t *testing.T) {
	tests := []struct{ name, raw string }{
		{"subject over from", "  Subject: Knee pain\n  From: Ana Lima <ana@example.pt>\n\nShould I stop?\n"},
		{"from over to and subject", "\tFrom: Ana Lima <ana@example.pt>\n\tTo: ask@example.org\n\tSubject: Knee pain\n\nShould I stop?\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse([]byte(tt.raw))
			if err != nil {
				return
			}
			if strings.Contains(m.Subject, "@") || strings.Contains(m.Subject, "From:") {
				t.Errorf("got Subject %q, want no other field in it", m.Subject)
			}
			if got := m.Header.Get("From"); strings.Contains(got, "Subject:") || strings.Contains(got, "To:") {
				t.Errorf("got From %q, want no other field in it", got)
			}
		})
	}
}
