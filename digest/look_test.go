package digest

import (
	"regexp"
	"strconv"
	"testing"

	"helpline/data"
)

// The question titles are headings: never smaller than the text under them.
func TestTitlesAreNoSmallerThanText(t *testing.T) {
	f := newFixture(t)
	r, err := f.d.render([]*data.Question{{ID: 1, Slug: "s", Title: "Plan", Body: "How?", Answer: "Slowly."}})
	if err != nil {
		t.Fatal(err)
	}
	size := func(tag string) int {
		t.Helper()
		m := regexp.MustCompile(`<` + tag + ` style="[^"]*font-size:(\d+)px`).FindStringSubmatch(r.HTML)
		if m == nil {
			t.Fatalf("no <%s> with a font size in the digest", tag)
		}
		n, _ := strconv.Atoi(m[1])
		return n
	}
	if h3, p := size("h3"), size("p"); h3 <= p {
		t.Errorf("got titles of %dpx over text of %dpx, want them larger", h3, p)
	}
}
