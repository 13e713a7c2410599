package inbox

import (
	"strings"
	"unicode"
)

// invisible drops characters that render as nothing but would break
// comparisons and trimming.
var invisible = strings.NewReplacer("\u200b", "", "\u200c", "", "\u200d", "", "\ufeff", "",
	"\u00ad", "", "\u2060", "")

// dropInvisible is invisible.Replace, except for a joiner that renders.
// A zero-width joiner between two emoji joins them into one ("🏃\u200d♀️",
// a woman running). After a letter or mark of a script other than Latin
// either joiner shapes the text as typed: the non-joiner in Persian
// "می\u200cخواهم", the joiner in a Malayalam or Devanagari conjunct.
// Dropping those changes what was written; the plain-text path keeps them
// too. Between Latin letters they only hide a word ("Se\u200dnt") and go.
func dropInvisible(s string) string {
	if !strings.ContainsAny(s, "\u200c\u200d") {
		return invisible.Replace(s)
	}
	var b strings.Builder
	for s != "" {
		i := strings.IndexAny(s, "\u200c\u200d")
		if i < 0 {
			b.WriteString(invisible.Replace(s))
			break
		}
		b.WriteString(invisible.Replace(s[:i]))
		joiner := s[i : i+len("\u200d")]
		s = s[i+len(joiner):]
		before := lastRune(b.String())
		if shapesScript(before) || joiner == "\u200d" && joinsEmoji(before) && unicode.Is(unicode.So, firstRune(invisible.Replace(s))) {
			b.WriteString(joiner)
		}
	}
	return b.String()
}

// shapesScript reports a letter or mark of a script whose shaping a
// joiner or non-joiner after it changes: any but Latin and the common
// and inherited ones.
func shapesScript(r rune) bool {
	if !unicode.IsLetter(r) && !unicode.IsMark(r) {
		return false
	}
	return !unicode.In(r, unicode.Latin, unicode.Common, unicode.Inherited)
}

// joinsEmoji reports a rune an emoji sequence can join on from: an emoji,
// its presentation selector or a skin tone.
func joinsEmoji(r rune) bool {
	return unicode.Is(unicode.So, r) || r == '\ufe0f' || (r >= 0x1f3fb && r <= 0x1f3ff)
}
