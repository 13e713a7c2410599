package inbox

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// nestedMail is a mail of multiparts nested depth deep, each holding the
// next one and nothing else, with a plain part of pad bytes at the bottom.
// Each level is left unclosed, as the reader then reads it twice.
func nestedMail(depth, pad int) []byte {
	var b strings.Builder
	b.WriteString("From: Ann <ann@reader.test>\r\nSubject: Nested\r\nMIME-Version: 1.0\r\n")
	for i := range depth {
		fmt.Fprintf(&b, "Content-Type: multipart/mixed; boundary=\"level-%d-\"\r\n\r\n--level-%d-\r\n", i, i)
	}
	b.WriteString("Content-Type: text/plain\r\n\r\nThe bottom.\r\n")
	b.WriteString(strings.Repeat("padding that makes every level of the mail large.......\r\n", pad/57))
	return []byte(b.String())
}

// Parts nested as deep as maxDepth are read when the mail is small, and
// a large mail stops being split once its levels add up to splitBudget:
// otherwise each of twenty levels reads the whole mail again.
func TestNestedMultipartBudget(t *testing.T) {
	tests := []struct {
		name       string
		depth, pad int
		wantText   bool
	}{
		{"small, as deep as allowed", maxDepth, 4 << 10, true},
		{"large, as deep as real mail", splitLevels, 4 << 20, true},
		{"large, deeper than the budget", maxDepth, 4 << 20, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse(nestedMail(tt.depth, tt.pad))
			if err != nil {
				t.Fatal(err)
			}
			gotText := strings.HasPrefix(m.Text, "The bottom.")
			skipped := slices.Contains(m.Warnings, "MIME nesting too deep; rest skipped")
			if gotText != tt.wantText || skipped == tt.wantText {
				t.Errorf("got text %t, nesting warning %t; want text %t", gotText, skipped, tt.wantText)
			}
		})
	}
}

// A header field on one line longer than maxHeaderBytes ends the header
// where it starts, at the top of the mail and in a part: the mail is read
// with a warning instead of carrying a field of megabytes, whose
// parameters each reader of the header would parse again.
func TestHeaderFieldOnOneLinePastTheLimit(t *testing.T) {
	head := "From: Ann <ann@reader.test>\r\nMIME-Version: 1.0\r\n"
	var params strings.Builder
	for i := 0; params.Len() < 2*maxHeaderBytes; i++ {
		fmt.Fprintf(&params, "; name*%d=part", i)
	}
	tests := []struct {
		name, raw, wantText string
	}{
		{"subject", head + "Subject: " + strings.Repeat("ab ", 2*maxHeaderBytes/3) + "\r\n\r\nHello.\r\n", "Subject: ab ab"},
		{"media type parameters", head + "Subject: s\r\nContent-Type: application/pdf" + params.String() + "\r\n\r\nx\r\n",
			"Content-Type: application/pdf; name*0=part"},
		{"part parameters", head + "Subject: s\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n" +
			"--b\r\nContent-Type: text/plain\r\n\r\nHello.\r\n" +
			"--b\r\nContent-Type: application/pdf" + params.String() + "\r\n\r\nx\r\n--b--\r\n", "Hello."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse([]byte(tt.raw))
			if err != nil {
				t.Fatal(err)
			}
			if len(m.Subject) > maxHeaderBytes || !strings.HasPrefix(m.Text, tt.wantText) {
				t.Errorf("got subject of %d bytes, text %q; want text starting %q", len(m.Subject), m.Text[:min(len(m.Text), 40)], tt.wantText)
			}
			if !slices.Contains(m.Warnings, "header too long; rest read as body") || len(m.Attachments) > 1 {
				t.Errorf("got warnings %q, %d attachments; want the header marked too long, a file at most", m.Warnings, len(m.Attachments))
			}
		})
	}
}

// TestManyPartsWarnsOfTheirNumber checks a flat mail of more parts than
// the walker reads: the text before the cap is read, and the warning says
// the parts were too many, not nested too deep.
func TestManyPartsWarnsOfTheirNumber(t *testing.T) {
	var raw strings.Builder
	raw.WriteString("From: Ann <ann@reader.test>\r\nSubject: s\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n")
	raw.WriteString("--b\r\nContent-Type: text/plain\r\n\r\nHello.\r\n")
	for i := range 2 * maxParts {
		fmt.Fprintf(&raw, "--b\r\nContent-Type: application/octet-stream; name=f%d.bin\r\n\r\nx\r\n", i)
	}
	raw.WriteString("--b--\r\n")
	m, err := Parse([]byte(raw.String()))
	if err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("more than %d MIME parts; rest skipped", maxParts)
	if !strings.HasPrefix(m.Text, "Hello.") || !slices.Contains(m.Warnings, want) || slices.Contains(m.Warnings, "MIME nesting too deep; rest skipped") {
		t.Errorf("got text %q, warnings %q; want Hello. and %q alone", m.Text, m.Warnings, want)
	}
}
