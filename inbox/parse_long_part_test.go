package inbox

import (
	"slices"
	"strings"
	"testing"
)

// A text part of megabytes is read as far as maxPartText, from its start
// and at a line end, with a warning; the question is its start.
func TestLongTextPartIsCut(t *testing.T) {
	line := "Ich laufe jeden Morgen fünf Kilometer, und mein Knie tut weh.\r\n"
	tests := []struct {
		name, ctype, body, wantStart string
	}{
		{"plain", "text/plain; charset=utf-8", "How do I pace a marathon?\r\n\r\n" + strings.Repeat(line, 3*maxPartText/len(line)),
			"How do I pace a marathon?"},
		{"latin-1", "text/plain; charset=iso-8859-1", "How do I pace a marathon?\r\n\r\n" + strings.Repeat(strings.ReplaceAll(line, "ü", "\xfc"), 3*maxPartText/len(line)),
			"How do I pace a marathon?"},
		{"html", "text/html; charset=utf-8", "<p>How do I pace a marathon?</p>" + strings.Repeat("<p>"+line+"</p>", 3*maxPartText/len(line)),
			"How do I pace a marathon?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustParse(t, "From: Ann <ann@reader.test>\r\nSubject: Pacing\r\nMIME-Version: 1.0\r\nContent-Type: "+tt.ctype+"\r\n\r\n"+tt.body+"\r\n")
			wholeLine := tt.name == "html" || strings.HasSuffix(m.Text, "tut weh.") // HTML is cut again at maxHTML
			if !strings.HasPrefix(m.Text, tt.wantStart) || len(m.Text) > 2*maxPartText || !wholeLine {
				t.Errorf("got text of %d bytes from %q to %q, want at most %d from %q, ending in a whole line",
					len(m.Text), m.Text[:min(len(m.Text), 30)], m.Text[max(0, len(m.Text)-30):], 2*maxPartText, tt.wantStart)
			}
			if !slices.Contains(m.Warnings, "text part longer than 2 MiB; the rest is not read") {
				t.Errorf("got warnings %q, want the part marked cut", m.Warnings)
			}
		})
	}
}
