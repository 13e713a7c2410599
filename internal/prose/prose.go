// Package prose reads the little structure that text typed into a mail
// has: paragraphs, bulleted lists and numbered lists. The site and the
// digest read it the same way.
package prose

import (
	"regexp"
	"strings"
)

// Kind is what a line of text is.
type Kind byte

const (
	Text     Kind = 'p' // running text
	Bullet   Kind = 'u' // an item of a bulleted list: "- ", "* " or "• "
	Numbered Kind = 'o' // an item of a numbered list: "1. " or "1) "
)

var numbered = regexp.MustCompile(`^\s*\d{1,3}[.)]\s+`)

// Line tells a list item from running text and returns the line without
// its list marker.
func Line(line string) (Kind, string) {
	t := strings.TrimLeft(line, " \t")
	if strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "• ") {
		_, rest, _ := strings.Cut(t, " ")
		return Bullet, rest
	}
	if m := numbered.FindString(line); m != "" {
		return Numbered, line[len(m):]
	}
	return Text, line
}
