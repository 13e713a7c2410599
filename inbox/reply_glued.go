package inbox

import (
	"unicode"
	"unicode/utf8"
)

// gluedAttribution reports a line that starts with a full attribution
// whose colon has the original's text run onto it, with no space: Hushmail
// turns the HTML it quotes into plain text that way ("On 03/19/2013 at
// 9:19 AM, "Lena"  wrote:Your question#outlook a { ... }"). A person
// types a space after the colon, and a time's colon has a digit after it.
// Everything from the line on is the original's.
func gluedAttribution(t string) bool {
	if len(t) > 2000 {
		t = t[:2000]
	}
	for i := 1; i < len(t) && i <= 250; i++ {
		if t[i] != ':' || i+1 >= len(t) {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(t[:i])
		after, _ := utf8.DecodeRuneInString(t[i+1:])
		if !unicode.IsLetter(before) || !unicode.IsLetter(after) {
			continue
		}
		// A whole date, not a weekday, as the owner may write
		// "On Monday at 9:19 the coach wrote:Run slower".
		if head := t[:i+1]; fullDay(head) && attributionOf(head) == strongAttribution {
			return true
		}
	}
	return false
}
