package digest

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"helpline/data"
	"helpline/internal/prose"
)

// digestSeeds are answers of the shapes the owner writes and the payloads
// a reader might try.
var digestSeeds = append([]string{
	"Start with walk-run intervals: one minute running and two minutes\nwalking, for twenty minutes, three times a week.\n\n" +
		"> Should I stop\n> altogether?\n\nNo.\n\nViele Grüße\nSam",
	"Three things:\n- warm up\n- run <b>easy</b>\n- cool down\n\nThat is all.",
	"1.  Monday\n     o   easy\n          §   relaxed\n2.  Tuesday",
	"3. third\n4. fourth\n\na) one\nb) two",
	"a\r\nb\x00c\tx" + nameMarker + "\uFFFE\xff",
}, payloads...)

// FuzzUnits checks that an answer reads as lines of text that hold no
// placeholder, and that each, escaped for Markdown, has every character
// Markdown could act on behind a backslash.
func FuzzUnits(f *testing.F) {
	for _, s := range digestSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, u := range units(s) {
			if u.text == "" || strings.ContainsAny(u.text, "\r\n") || !utf8.ValidString(u.text) {
				t.Fatalf("units(%q): got line %q", s, u.text)
			}
			if i := strings.IndexFunc(u.text, func(r rune) bool { return isReserved(r) || unicode.IsControl(r) }); i >= 0 {
				t.Fatalf("units(%q): got line %q with a reserved or control character", s, u.text)
			}
			md := markdownText(u.text)
			var back strings.Builder
			for i := 0; i < len(md); i++ {
				c := md[i]
				if strings.IndexByte(markdownSpecial, c) >= 0 {
					if c != '\\' || i+1 == len(md) || strings.IndexByte(markdownSpecial, md[i+1]) < 0 {
						t.Fatalf("markdownText(%q): got %q, with %q unescaped at %d", u.text, md, c, i)
					}
					i++
					c = md[i]
				}
				back.WriteByte(c)
			}
			if back.String() != u.text {
				t.Fatalf("markdownText(%q): got %q, which reads back as %q", u.text, md, back.String())
			}
		}
	})
}

// isReserved reports whether r is a character the digest keeps for its
// placeholders.
func isReserved(r rune) bool {
	return r >= 0xFDD0 && r <= 0xFDEF || r&0xFFFE == 0xFFFE
}

// FuzzRender renders a digest of one question made of a reader's and the
// owner's text and checks that its HTML holds no element, attribute or
// link the text made, no placeholder but its own, and the question's
// title as words.
func FuzzRender(f *testing.F) {
	fx := newFixture(f)
	for _, s := range digestSeeds {
		f.Add(s, s, s)
	}
	links := map[string]bool{
		"https://help.example.org/": true, fx.d.questionURL(&data.Question{ID: 1, Slug: "s"}): true, unsubscribeMarker: true,
	}
	f.Fuzz(func(t *testing.T, title, body, answer string) {
		q := &data.Question{ID: 1, Slug: "s", Title: title, Body: body, Answer: answer, AskerName: title}
		r, err := fx.d.render([]*data.Question{q})
		if err != nil {
			t.Fatalf("render(%q, %q, %q): %v", title, body, answer, err)
		}
		checkInertHTML(t, r.HTML, links, body, answer)
		for _, part := range []string{r.HTML, r.Text} {
			rest := strings.ReplaceAll(strings.ReplaceAll(part, nameMarker, ""), unsubscribeMarker, "")
			if strings.ContainsFunc(rest, isReserved) {
				t.Fatalf("render(%q, %q, %q): a placeholder character is left in %q", title, body, answer, part)
			}
		}
		if n := strings.Count(r.HTML, nameMarker); n != 1 {
			t.Fatalf("render(%q, %q, %q): got %d name placeholders, want 1", title, body, answer, n)
		}
		shown, _ := prose.Shorten(prose.OneLine(cleanText(title)), titleRunes)
		if words := strings.Join(strings.Fields(shown), " "); !strings.Contains(strings.Join(strings.Fields(r.Text), " "), words) {
			t.Fatalf("render(%q, ...): text part lacks the title %q:\n%s", title, words, r.Text)
		}
	})
}
