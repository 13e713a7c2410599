package inbox

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"helpline/internal/prose"
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
	for _, s := range shapeSeeds(300) {
		f.Add(s)
	}
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
	for _, s := range clientReplySeeds() {
		f.Add(s)
	}
	for _, s := range grammarSeeds(300) {
		f.Add(s)
	}
	f.Fuzz(checkTrimReply)
}

// checkTrimReply checks what TrimReply promises of any text.
func checkTrimReply(t *testing.T, text string) {
	t.Helper()
	got := TrimReply(text)
	wellFormedReply(t, text, got)
	if again := TrimReply(got); again != got {
		t.Fatalf("trimming twice changed the text:\n%q\n%q", got, again)
	}
	// A client writes its attribution line above the signature when the
	// owner typed nothing below it: text that ends in what reads as one
	// loses that line once a signature follows, as it should.
	if len(text) < maxText-100 && !endsInAttribution(got) {
		for _, tail := range []string{"\n-- \nMaren Holt\nRunning Helpline", "\n\nSent from my iPhone"} {
			if with := TrimReply(text + tail); with != got {
				t.Fatalf("adding %q changed the text:\n%q\n%q", tail, got, with)
			}
		}
	}
	if plain := ownerOnly(text); plain != "" {
		if got, want := TrimReply(plain), tidy(plain); got != want {
			t.Fatalf("the owner's own text changed:\ngot  %q\nwant %q", got, want)
		}
	}
}

// endsInAttribution reports text whose last line reads as an attribution.
func endsInAttribution(text string) bool {
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	plain := make([]string, len(lines), len(lines)+1)
	for i, l := range lines {
		plain[i] = plainLine(l)
	}
	plain = append(plain, "--") // as a signature's first line reads
	for i := range lines {
		if n, _ := attributionLines(plain, i); n > 0 && i+n >= len(lines) {
			return true
		}
	}
	return attributionOf(plain[len(lines)-1]) != notAttribution
}

// wellFormedReply checks what TrimReply promises of any text: valid UTF-8
// without controls but tab and newline, no blank first or last line, no
// trailing space, and nothing that was not in the input: every line is
// an input line, or the start of one, in the input's order.
func wellFormedReply(t *testing.T, text, got string) {
	t.Helper()
	validText(t, "reply", got)
	if got == "" {
		return
	}
	if i := strings.IndexFunc(got, func(r rune) bool {
		return r != '\n' && r != '\t' && unicode.IsControl(r)
	}); i >= 0 {
		t.Fatalf("got a control character at %d: %q", i, got)
	}
	lines := strings.Split(got, "\n")
	if strings.TrimSpace(lines[0]) == "" || strings.TrimSpace(lines[len(lines)-1]) == "" {
		t.Fatalf("got surrounding blank lines: %q", got)
	}
	// TrimReply drops the byte order marks before a line, as a client's
	// and not the owner's.
	in := strings.Split(prose.Clean(limitText(text)), "\n")
	for i, l := range in {
		in[i] = strings.TrimLeft(l, "\ufeff")
	}
	k := 0
	for _, l := range lines {
		if l != strings.TrimRightFunc(l, unicode.IsSpace) {
			t.Fatalf("got trailing space in line %q", l)
		}
		if l == "" {
			continue
		}
		for k < len(in) && !strings.HasPrefix(in[k], l) {
			k++
		}
		if k == len(in) {
			t.Fatalf("got line %q that is not in the input, in order", l)
		}
		k++
	}
}

// ownerOnly keeps the letters, digits, spaces and sentence marks of text,
// which cannot make a quote, a header, an attribution or a signature line,
// or returns "" when a line of it still reads as a footer, a tracker's
// mark or as the start of a forwarded message.
func ownerOnly(text string) string {
	plain := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == ' ' || r == '\n' || strings.ContainsRune(".,!?'", r) {
			return r
		}
		return -1
	}, strings.ToValidUTF8(text, ""))
	if len(plain) > maxText/2 {
		return ""
	}
	lines := strings.Split(plain, "\n")
	for _, l := range lines {
		// The mark a tracker leaves under the text is a letter, but
		// no word of the owner's (isTrackerMark).
		if t := plainLine(l); isFooter(t) || isOriginalLine(t) || isTrackerMark(t) {
			return ""
		}
	}
	// Nor a signature block without its "-- " line, such as a name over a
	// phone number and a web site.
	r := newReply(lines)
	r.markContactBlock()
	if slices.Contains(r.kinds, kindDropped) {
		return ""
	}
	return plain
}

// tidy is text as TrimReply writes the owner's own lines: no trailing
// space, one blank line between paragraphs, none around them.
func tidy(text string) string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimRightFunc(l, unicode.IsSpace)
		if l == "" && (len(out) == 0 || out[len(out)-1] == "") {
			continue
		}
		out = append(out, l)
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return strings.Join(out, "\n")
}

func FuzzHTMLToText(f *testing.F) {
	seeds(f, func(raw []byte) []string {
		m, err := Parse(raw)
		if err != nil || m.HTML == "" {
			return nil
		}
		return []string{m.HTML}
	})
	for _, s := range grammarHTMLSeeds(300) {
		f.Add(s)
	}
	f.Fuzz(checkHTMLReply)
}

// checkHTMLReply checks what HTMLToText and TrimHTMLReply promise of any
// markup.
func checkHTMLReply(t *testing.T, s string) {
	t.Helper()
	validText(t, "text", HTMLToText(s))
	validText(t, "reply", TrimHTMLReply(s))
}
