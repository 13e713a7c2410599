package inbox

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// seeds adds every testdata mail to a fuzz corpus, converted by conv.
func seeds(f *testing.F, conv func(raw []byte) []string) {
	files, err := filepath.Glob(filepath.Join("testdata", "*", "*.eml"))
	if err != nil {
		f.Fatal(err)
	}
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		for _, s := range conv(raw) {
			f.Add(s)
		}
	}
}

func validText(t *testing.T, what, s string) {
	t.Helper()
	if !utf8.ValidString(s) || strings.ContainsRune(s, 0) {
		t.Fatalf("got %s with invalid UTF-8 or NUL: %q", what, s)
	}
}

func oneLineText(t *testing.T, what, s string) {
	t.Helper()
	if i := strings.IndexFunc(s, func(r rune) bool { return r == '\n' || r == '\r' || unicode.IsControl(r) }); i >= 0 {
		t.Fatalf("got %s with a line break or control character at %d: %q", what, i, s)
	}
}

func FuzzParse(f *testing.F) {
	seeds(f, func(raw []byte) []string { return []string{string(raw)} })
	f.Fuzz(func(t *testing.T, raw string) {
		m, err := Parse([]byte(raw))
		if err != nil {
			return
		}
		validText(t, "text", m.Text)
		validText(t, "html", m.HTML)
		validText(t, "subject", m.Subject)
		validText(t, "answer", Answer(m))
		// What may end up in headers of our own mail is one line.
		for _, a := range append([]Address{m.From}, m.To...) {
			validText(t, "name", a.Name)
			oneLineText(t, "name", a.Name)
		}
		oneLineText(t, "subject", m.Subject)
	})
}

func FuzzTrimReply(f *testing.F) {
	seeds(f, func(raw []byte) []string {
		m, err := Parse(raw)
		if err != nil {
			return nil
		}
		return []string{m.Text}
	})
	f.Fuzz(func(t *testing.T, text string) {
		got := TrimReply(text)
		validText(t, "reply", got)
		if len(got) > len(text) {
			t.Fatalf("got %d bytes out of %d in", len(got), len(text))
		}
		if got == "" {
			return
		}
		lines := strings.Split(got, "\n")
		if strings.TrimSpace(lines[0]) == "" || strings.TrimSpace(lines[len(lines)-1]) == "" {
			t.Fatalf("got surrounding blank lines: %q", got)
		}
		for _, l := range lines {
			if l != strings.TrimRightFunc(l, unicode.IsSpace) {
				t.Fatalf("got trailing space in line %q", l)
			}
		}
		if i := strings.IndexFunc(got, func(r rune) bool {
			return r != '\n' && r != '\t' && unicode.IsControl(r)
		}); i >= 0 {
			t.Fatalf("got a control character at %d: %q", i, got)
		}
	})
}

func FuzzHTMLToText(f *testing.F) {
	seeds(f, func(raw []byte) []string {
		m, err := Parse(raw)
		if err != nil || m.HTML == "" {
			return nil
		}
		return []string{m.HTML}
	})
	f.Fuzz(func(t *testing.T, s string) {
		validText(t, "text", HTMLToText(s))
		validText(t, "reply", TrimHTMLReply(s))
	})
}
