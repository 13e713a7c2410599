package inbox

import (
	"errors"
	"testing"
)

// TestParseStrayLineOverHeader checks a message whose first line is no
// header field, with the fields under it: an mbox separator escaped as
// ">From ", or a line of junk a script wrote before the header. The
// header is read and the line left out, where the whole message used to
// be refused.
func TestParseStrayLineOverHeader(t *testing.T) {
	tests := []struct{ name, raw, from, subj, text string }{
		{name: "escaped mbox separator",
			raw:  ">From ana@example.pt Wed Jan  1 10:00:00 2025\nFrom: Ana Lima <ana@example.pt>\nSubject: Knee pain\n\nShould I stop?\n",
			from: "ana@example.pt", subj: "Knee pain", text: "Should I stop?"},
		{name: "junk line",
			raw:  "Garbage line\nFrom: ana@example.pt\nSubject: Knee pain\n\nShould I stop?\n",
			from: "ana@example.pt", subj: "Knee pain", text: "Should I stop?"},
		{name: "junk over an indented field",
			raw:  "Garbage line\n Subject: Knee pain\nFrom: ana@example.pt\n\nShould I stop?\n",
			from: "ana@example.pt", subj: "Knee pain", text: "Should I stop?"},
		{name: "two junk lines",
			raw:  "#!/bin/sh\nsendmail -t <<EOF\nFrom: ana@example.pt\nSubject: Knee pain\n\nShould I stop?\n",
			from: "ana@example.pt", subj: "Knee pain", text: "Should I stop?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustParse(t, tt.raw)
			if m.From.Addr != tt.from || m.Subject != tt.subj {
				t.Errorf("got From %q, Subject %q; want %q, %q", m.From.Addr, m.Subject, tt.from, tt.subj)
			}
			checkParsed(t, m, tt.text, "", 0, "header starts with a line that is no field")
		})
	}
	// A From field written with a space before its colon, as RFC 822
	// allowed, is no mbox separator.
	m := mustParse(t, "From  : Ana Lima <ana@example.pt>\nSubject: Knee pain\n\nShould I stop?\n")
	if m.From.Addr != "ana@example.pt" || m.From.Name != "Ana Lima" {
		t.Errorf("got From %q <%s>", m.From.Name, m.From.Addr)
	}
	// Text with no field under its first line is still no mail.
	for _, raw := range []string{"Hello there\nthis is just text\n\nThanks\n", "Hello\n\nFrom: ana@example.pt\n"} {
		if _, err := Parse([]byte(raw)); !errors.Is(err, ErrNotMessage) {
			t.Errorf("Parse(%q) = %v, want ErrNotMessage", raw, err)
		}
	}
}

// TestParseEightBitFieldName checks a field whose name holds a byte
// outside ASCII: it is left out, not read as the fold of the field above
// it, which put "X-Tëst: value" into the subject.
func TestParseEightBitFieldName(t *testing.T) {
	for _, raw := range []string{
		"Subject: Knee pain\nX-T\xc3\xabst: value\nFrom: ana@example.pt\n\nShould I stop?\n",
		"From: ana@example.pt\nSubject: Knee pain\nX-T\xebst: value\n\nShould I stop?\n",
	} {
		m := mustParse(t, raw)
		if m.Subject != "Knee pain" || m.From.Addr != "ana@example.pt" {
			t.Errorf("got Subject %q, From %q", m.Subject, m.From.Addr)
		}
		checkParsed(t, m, "Should I stop?", "", 0, "a header field with a malformed name is left out")
	}
	// A line of words broken from the subject, with a colon in it, still
	// continues it.
	m := mustParse(t, "Subject: Help with my\nknee pain: what to do\nFrom: ana@example.pt\n\nShould I stop?\n")
	if m.Subject != "Help with my knee pain: what to do" {
		t.Errorf("got Subject %q", m.Subject)
	}
}
