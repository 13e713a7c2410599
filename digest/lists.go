package digest

import (
	"regexp"
	"strconv"
)

// Markdown numbers every list from one and knows no lettered or roman
// lists, so a list the owner started at 3, or counted "a.", "b.", would
// come out numbered 1, 2 in the HTML. Its first item carries a marker,
// built like the others from Unicode noncharacters that no reader text
// can hold, and olStarts moves it onto the list's <ol> as start and type.

// olMark is the marker of a list starting at start, counting in count
// (see prose.ItemMark).
func olMark(start int, count string) string {
	return "\uFDD0ol" + strconv.Itoa(start) + count + "\uFDD1"
}

var (
	olMarked   = regexp.MustCompile("<ol>(\\s*<li>)\uFDD0ol([0-9]+)([aAiI]?)\uFDD1")
	olLeftover = regexp.MustCompile("\uFDD0ol[0-9]+[aAiI]?\uFDD1")
)

// olStarts gives each marked list of the rendered HTML its start and type,
// and drops the markers, those of a list Markdown did not read as one too.
func olStarts(h string) string {
	h = olMarked.ReplaceAllStringFunc(h, func(m string) string {
		sub := olMarked.FindStringSubmatch(m)
		attrs := ""
		if sub[3] != "" {
			attrs += ` type="` + sub[3] + `"`
		}
		if sub[2] != "1" {
			attrs += ` start="` + sub[2] + `"`
		}
		return "<ol" + attrs + ">" + sub[1]
	})
	return olLeftover.ReplaceAllString(h, "")
}
