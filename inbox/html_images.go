package inbox

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// emojiAlt is the text of an image that stands for an emoji, or "". Gmail
// and other webmails insert an emoji the owner picks as a picture of it
// with the emoji as its alt text; the emoji is what they typed. Any other
// image is a picture, whose name or description is no part of the text.
func emojiAlt(n *html.Node) string {
	alt := strings.TrimSpace(attr(n, "alt"))
	if alt == "" || len(alt) > 64 {
		return ""
	}
	for _, c := range alt {
		if !unicode.Is(unicode.So, c) && !joinsEmoji(c) && c != '\u200d' && c != '\u20e3' {
			return ""
		}
	}
	return alt
}
