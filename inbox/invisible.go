package inbox

import (
	"strings"
	"unicode"
)

// invisible drops characters that render as nothing but would break
// comparisons and trimming.
var invisible = strings.NewReplacer("\u200b", "", "\u200c", "", "\u200d", "", "\ufeff", "",
	"\u00ad", "", "\u2060", "")

// dropInvisible is invisible.Replace, except that a zero-width joiner
// between two emoji stays: there it renders, joining them into one
// ("🏃\u200d♀️", a woman running), and dropping it changes what was typed.
func dropInvisible(s string) string {
	if !strings.Contains(s, "\u200d") {
		return invisible.Replace(s)
	}
	parts := strings.Split(s, "\u200d")
	var b strings.Builder
	b.WriteString(invisible.Replace(parts[0]))
	for _, p := range parts[1:] {
		p = invisible.Replace(p)
		if joinsEmoji(lastRune(b.String())) && unicode.Is(unicode.So, firstRune(p)) {
			b.WriteString("\u200d")
		}
		b.WriteString(p)
	}
	return b.String()
}

// joinsEmoji reports a rune an emoji sequence can join on from: an emoji,
// its presentation selector or a skin tone.
func joinsEmoji(r rune) bool {
	return unicode.Is(unicode.So, r) || r == '\ufe0f' || (r >= 0x1f3fb && r <= 0x1f3ff)
}
