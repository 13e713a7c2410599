package inbox

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// shapeCount is how many generated mails the test reads.
const shapeCount = 4000

// TestParseShapes reads mails of the shape generator and checks that the
// text has every word written in it and no MIME structure, and that every
// attachment comes out with its name and size.
func TestParseShapes(t *testing.T) {
	failed := 0
	for seed := range uint64(shapeCount) {
		mail := generateShape(seed)
		if problem := shapeProblem(mail); problem != "" {
			t.Errorf("seed %d [%s]: %s\nmail:\n%s", seed, strings.Join(mail.choices, ", "), problem, mail.raw)
			if failed++; failed == 20 {
				t.Fatal("too many failures; the rest not read")
			}
		}
	}
}

// shapeProblem is what Parse got wrong in a generated mail, or "".
func shapeProblem(mail shapeMail) string {
	m, err := Parse(mail.raw)
	if err != nil {
		return "got error " + err.Error()
	}
	for _, s := range []string{m.Text, m.HTML, m.Subject} {
		if !utf8Clean(s) {
			return "got invalid UTF-8 or NUL"
		}
	}
	for _, w := range mail.words {
		if !strings.Contains(m.Text, w) {
			return "got text without " + quoteShort(w) + ":\n" + m.Text
		}
	}
	lower := strings.ToLower(m.Text)
	for _, d := range append([]string{"content-type:", "content-transfer-encoding:", "content-disposition:"}, mail.debris...) {
		if strings.Contains(lower, strings.ToLower(d)) {
			return "got text with " + quoteShort(d) + ":\n" + m.Text
		}
	}
	for line := range strings.Lines(m.Text) {
		line = strings.TrimSpace(line)
		for _, b := range mail.boundaries {
			if line == "--"+b || line == "--"+b+"--" {
				return "got text with the delimiter line " + quoteShort(line) + ":\n" + m.Text
			}
		}
	}
	got := make([]shapeAttachment, 0, len(m.Attachments))
	for _, a := range m.Attachments {
		got = append(got, shapeAttachment{a.Filename, a.Size, false})
	}
	for _, want := range mail.attachments {
		if !slices.ContainsFunc(got, func(a shapeAttachment) bool { return sameAttachment(a, want, mail.unclosed) }) {
			return "got attachments " + fmtAttachments(got) + ", want among them " + fmtAttachments([]shapeAttachment{want})
		}
	}
	return ""
}

// sameAttachment reports whether got is the attachment want: the same
// name, and the same size, or for text sent as text a size that differs
// by no more than a CR on each line and the line break before the
// delimiter. The last part of a multipart left unclosed may keep the
// line break its parent's delimiter would take, a CRLF for each level.
func sameAttachment(got, want shapeAttachment, unclosed int) bool {
	if got.name != want.name {
		return false
	}
	if got.size > want.size && got.size <= want.size+2*unclosed {
		return true
	}
	if !want.lines {
		return got.size == want.size
	}
	return got.size >= want.size-1 && got.size <= want.size+10
}

func utf8Clean(s string) bool { return utf8.ValidString(s) && !strings.ContainsRune(s, 0) }

func fmtAttachments(as []shapeAttachment) string {
	parts := make([]string, len(as))
	for i, a := range as {
		parts[i] = fmt.Sprintf("%q (%d bytes)", a.name, a.size)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// shapeSeeds are n generated mails, for the fuzzer to start from.
func shapeSeeds(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = string(generateShape(uint64(1000 + i)).raw)
	}
	return out
}
