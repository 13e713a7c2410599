package inbox

import (
	"strings"
	"testing"
)

// Markup as dense as real mail is read to maxHTML; markup of nothing but
// tags is read as far as maxElements elements, its start kept.
func TestHTMLElementsAreBounded(t *testing.T) {
	para := "<p class=MsoNormal><span>Some words of the answer.</span></p>\n" // 60 bytes, 2 elements
	tests := []struct {
		name, body string
		wantEnd    bool // the last line is read
		maxLines   int
	}{
		{"dense as real mail", strings.Repeat(para, maxHTML/len(para)-1), true, maxHTML / len(para)},
		{"line breaks", strings.Repeat("|<br>", maxHTML/5-10), false, maxElements},
		{"short line breaks", strings.Repeat("|<br>", 1000), true, 1000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := HTMLToText("<p>Start here.</p>" + tt.body + "<p>The end.</p>")
			lines := strings.Count(got, "\n")
			if !strings.HasPrefix(got, "Start here.") || strings.HasSuffix(got, "The end.") != tt.wantEnd || lines > tt.maxLines+4 {
				t.Errorf("got %d lines from %q to %q; want the start, the end %t, at most %d lines",
					lines, got[:min(len(got), 20)], got[max(0, len(got)-20):], tt.wantEnd, tt.maxLines)
			}
		})
	}
}
