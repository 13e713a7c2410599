package inbox

import (
	"strings"
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
	for i := strings.IndexByte(t, ':'); i > 0 && i <= 250; i = nextColon(t, i) {
		if i+1 >= len(t) {
			break
		}
		before, _ := utf8.DecodeLastRuneInString(t[:i])
		after, _ := utf8.DecodeRuneInString(t[i+1:])
		if !unicode.IsLetter(before) || !unicode.IsLetter(after) {
			continue
		}
		// A whole date, not a weekday, as the owner may write
		// "On Monday at 9:19 the coach wrote:Run slower", and a time
		// of day, which a client gives and a sentence of the owner's
		// ("On 3 June 2025 my physio wrote:Rest") seldom does.
		head := t[:i+1]
		if _, clock := dateParts(head); clock && fullDay(head) && attributionOf(head) == strongAttribution {
			return true
		}
	}
	return false
}

// nextColon is the index of the first ':' in t after index i, or -1.
func nextColon(t string, i int) int {
	j := strings.IndexByte(t[i+1:], ':')
	if j < 0 {
		return -1
	}
	return i + 1 + j
}
