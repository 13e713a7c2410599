package data

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// FuzzSearchTerms checks that the words of any query are few, short,
// lowercase letters and digits, each once. Lowercasing
// may leave a combining mark: "İ" is "i" and a dot above.
func FuzzSearchTerms(f *testing.F) {
	for _, s := range []string{"marathon pace", `"heel" OR toe*`, "NEAR(a b) title:x -y", "ÄÖÜ straße İstanbul",
		strings.Repeat("a", 100), strings.Repeat("w ", 20)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		terms := SearchTerms(q)
		if len(terms) > maxSearchTerms {
			t.Fatalf("SearchTerms(%q): got %d terms", q, len(terms))
		}
		for i, w := range terms {
			if w == "" || len([]rune(w)) > maxSearchTermLen || slices.Contains(terms[:i], w) || !termPattern.MatchString(w) {
				t.Fatalf("SearchTerms(%q): got term %q in %q", q, w, terms)
			}
		}
	})
}

var termPattern = regexp.MustCompile(`^[\p{L}\p{N}\p{M}]+$`)
