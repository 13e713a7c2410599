package prose

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// fuzzSeeds are texts of the shapes readers send, from the tests above.
var fuzzSeeds = []string{
	wrap72(long),
	"One.\n\nTwo.",
	wrap72(long) + "\n\nViele Grüße\nSam",
	wrap72(long) + "\nCheers,\nDominique",
	"Lauftreff Nord\nMusterstraße 1\n12345 Berlin",
	"a short line \nthat goes on",
	"-- \nSam",
	"Do:\n- this\n* that\n• and\n· so",
	"1. one\n2) two\n10. ten",
	"1. strength\n   - calf raises\n  2) rest",
	"You wrote:\n> Is it OK\n> to run daily?\nYes.",
	">> deep\n> shallow\n>\n> two",
	"*   Monday\n     o   easy 5 km\n          §   relaxed\n     o   strides\n*   Tuesday",
	"1. plan\n   a) easy week\n   b) hard week",
	"- warm up\n  i. e. until you sweat\n- run",
	"a\r\nb\rc\u2028d\u2029e\x00\x1b[31m\u0085\uFDD0\uFFFE\xe9",
	"„Jörg“ Weber <jorg@example.org>",
	"Write to mailto:anna.lee@example.org or bob+x@sub.example.co.uk; pace 6x800m@3.45",
	"the quick brown fox jumps",
	strings.Repeat("ab, ", 100),
	strings.Repeat("é", 201),
}

// validUTF8NoControls fails unless s is valid UTF-8 without control
// characters, but for those allowed.
func validUTF8NoControls(t *testing.T, what, s, allowed string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("%s: got invalid UTF-8 %q", what, s)
	}
	for i, r := range s {
		if unicode.IsControl(r) && !strings.ContainsRune(allowed, r) || isNoncharacter(r) || r == '\u2028' || r == '\u2029' {
			t.Fatalf("%s: got %U at %d in %q", what, r, i, s)
		}
	}
}

// oneLine fails unless s is one line of words with single spaces between
// them and none at either end.
func oneLine(t *testing.T, what, s string) {
	t.Helper()
	validUTF8NoControls(t, what, s, "")
	if got := strings.Join(strings.Fields(s), " "); got != s {
		t.Fatalf("%s: got %q, not one line of single-spaced words", what, s)
	}
}

func FuzzClean(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := Clean(s)
		validUTF8NoControls(t, "Clean", c, "\n\t")
		if strings.ContainsRune(c, '\r') {
			t.Fatalf("Clean(%q): got %q with a carriage return", s, c)
		}
		if again := Clean(c); again != c {
			t.Fatalf("Clean(Clean(%q)): got %q, want %q", s, again, c)
		}
		if utf8.ValidString(s) && utf8.RuneCountInString(c) > utf8.RuneCountInString(s) {
			t.Fatalf("Clean(%q): got %q, longer than it", s, c)
		}
		o := OneLine(s)
		oneLine(t, "OneLine", o)
		if want := strings.Join(strings.Fields(c), " "); o != want {
			t.Fatalf("OneLine(%q): got %q, want the words of Clean: %q", s, o, want)
		}
		name := Name(s)
		oneLine(t, "Name", name)
		if n := utf8.RuneCountInString(name); n > maxName || strings.IndexFunc(name, IsDirectionControl) >= 0 {
			t.Fatalf("Name(%q): got %q, want at most %d characters and none that sets the direction of text", s, name, maxName)
		}
		first := FirstName(s)
		oneLine(t, "FirstName", first)
		if strings.ContainsAny(first, " @<>") || utf8.RuneCountInString(first) > maxFirstName {
			t.Fatalf("FirstName(%q): got %q, want one word of at most %d characters and no address", s, first, maxFirstName)
		}
		hidden := HideAddresses(c)
		if m := addressPattern.FindString(hidden); m != "" {
			t.Fatalf("HideAddresses(%q): got %q, still showing %q", c, hidden, m)
		}
	})
}

func FuzzShorten(f *testing.F) {
	for i, s := range fuzzSeeds {
		f.Add(s, i*13%250)
	}
	f.Add("éééé éééé éééé", 8)
	f.Add("abc", 0)
	f.Add("a, b", 3)
	f.Fuzz(func(t *testing.T, s string, max int) {
		max %= 1000
		got, cut := Shorten(s, max)
		n := utf8.RuneCountInString(got)
		if n > max && max >= 0 {
			t.Fatalf("Shorten(%q, %d): got %q of %d characters", s, max, got, n)
		}
		if !cut {
			if got != s {
				t.Fatalf("Shorten(%q, %d): got %q uncut, want the text itself", s, max, got)
			}
			return
		}
		if got == "" {
			if max >= 1 {
				t.Fatalf("Shorten(%q, %d): got nothing, want at least the ellipsis", s, max)
			}
			return
		}
		head, ok := strings.CutSuffix(got, "…")
		if !ok || !strings.HasPrefix(s, head) {
			t.Fatalf("Shorten(%q, %d): got %q, want a start of it and \"…\"", s, max, got)
		}
		// The cut falls between characters: what is kept ends where a
		// character of s ends.
		if utf8.ValidString(s) && !utf8.ValidString(head) {
			t.Fatalf("Shorten(%q, %d): got %q, which cuts a character", s, max, got)
		}
	})
}

// alnum is the letters and digits of s, in order.
func alnum(s string) []rune {
	var out []rune
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			out = append(out, r)
		}
	}
	return out
}

// subsequence reports whether every rune of sub is in s, in the same order.
func subsequence(sub, s []rune) bool {
	for _, r := range sub {
		i := slices.Index(s, r)
		if i < 0 {
			return false
		}
		s = s[i+1:]
	}
	return true
}

// checkBlocks fails on an empty block, or a line that is empty, not
// trimmed or more than one line.
func checkBlocks(t *testing.T, in string, bs []Block) {
	t.Helper()
	for _, b := range bs {
		switch b.Kind {
		case Quote:
			if len(b.Blocks) == 0 || len(b.Lines) > 0 {
				t.Fatalf("Parse(%q): got a quote of %d blocks and %d lines", in, len(b.Blocks), len(b.Lines))
			}
			checkBlocks(t, in, b.Blocks)
			continue
		case Text, Bullet, Numbered:
		default:
			t.Fatalf("Parse(%q): got a block of kind %q", in, b.Kind)
		}
		if len(b.Lines) == 0 || len(b.Nested) > len(b.Lines) || len(b.Blocks) > 0 {
			t.Fatalf("Parse(%q): got %+v, empty or with nested lists past its items", in, b)
		}
		for _, line := range b.Lines {
			if line == "" || strings.TrimSpace(line) != line || strings.ContainsAny(line, "\r\n") {
				t.Fatalf("Parse(%q): got line %q", in, line)
			}
		}
		for _, n := range b.Nested {
			checkBlocks(t, in, n)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = Clean(s)
		bs := Parse(s)
		checkBlocks(t, s, bs)
		plain := Plain(bs)
		if strings.ContainsAny(plain, "\r\n") {
			t.Fatalf("Plain(Parse(%q)): got %q, on more than one line", s, plain)
		}
		// Parse drops list markers and quote marks, and invents nothing.
		if !subsequence(alnum(plain), alnum(s)) {
			t.Fatalf("Plain(Parse(%q)): got %q, with letters or digits not in the text", s, plain)
		}
		if strings.TrimSpace(s) != "" && strings.Trim(s, " \t\n>") != "" && len(bs) == 0 {
			t.Fatalf("Parse(%q): got no blocks", s)
		}
		for _, width := range []int{1, 20, 72} {
			w := Wrap(s, width)
			if !slices.Equal(strings.Fields(w), strings.Fields(s)) {
				t.Fatalf("Wrap(%q, %d): got %q, other words", s, width, w)
			}
			for _, line := range strings.Split(w, "\n") {
				if utf8.RuneCountInString(line) > width && len(strings.Fields(line)) > 1 {
					t.Fatalf("Wrap(%q, %d): got line %q, longer than that and breakable", s, width, line)
				}
			}
		}
	})
}
