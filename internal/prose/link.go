package prose

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// LinkRel is the rel of every link made from text, on the site and in
// the digest: what readers write is published, and search engines must
// not credit the addresses in it.
const LinkRel = "nofollow ugc"

// urlPattern is an address up to the first character no address holds
// as written: a space, a quote or bracket, or a character that shows
// nothing (Unicode's format characters: a zero-width space, a mark that
// turns the text after it around, which would show one address in the
// link's words and go to another).
var urlPattern = regexp.MustCompile(`(?i)\bhttps?://[^\s<>"'` + "`" + `\p{Cf}]+`)

// Links finds the http and https addresses in s that are to be shown as
// links: each as the start and end of its bytes, without the punctuation
// that ends the sentence rather than the address. Other schemes stay text.
func Links(s string) [][2]int {
	var out [][2]int
	for _, m := range urlPattern.FindAllStringIndex(s, -1) {
		start, end := m[0], trimURL(s, m[0], m[1])
		if end-start <= len("https://") {
			continue
		}
		out = append(out, [2]int{start, end})
	}
	return out
}

// trimURL drops punctuation that ends the sentence rather than the address,
// and a closing bracket that has no opening one inside the address.
func trimURL(s string, start, end int) int {
	for end > start {
		r, size := utf8.DecodeLastRuneInString(s[start:end])
		switch {
		case strings.ContainsRune(".,;:!?'\"", r):
			end -= size
		case r == ')' && strings.Count(s[start:end], "(") < strings.Count(s[start:end], ")"):
			end -= size
		default:
			return end
		}
	}
	return end
}
