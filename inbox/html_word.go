package inbox

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
)

// msoListLevel finds the level in the mso-list style of a Word list
// paragraph ("mso-list:l0 level2 lfo1").
var msoListLevel = regexp.MustCompile(`mso-list:\s*l\d+\s+level(\d)`)

// numberMark is the mark of a numbered item as Word writes it: "1.",
// "a)", "iv.", "(2)".
var numberMark = regexp.MustCompile(`^\(?[0-9A-Za-z]{1,4}[.)]$`)

// wordListItem renders a list item as Word and Outlook write it: a
// paragraph of its own whose bullet or number sits in a span styled
// mso-list:Ignore, for readers without lists, and whose level is in its
// style. It reads as an item of a list, marked or numbered, indented
// under the item of the level above, on lines with no blank ones between;
// it reports false for any other paragraph.
func (r *textRenderer) wordListItem(n *html.Node, depth int) bool {
	m := msoListLevel.FindStringSubmatch(strings.ToLower(attr(n, "style")))
	if m == nil {
		return false
	}
	mark := msoIgnored(n, 4)
	if mark == nil {
		return false
	}
	// A number stays as Word wrote it, and so does a bullet that reads as
	// one as text; the glyphs of symbol fonts ("o" of Courier New for a
	// circle, "§" of Wingdings for a square) read as "- ".
	marker := "- "
	if t := strings.Join(strings.Fields(strings.ReplaceAll(textContent(mark), "\u00a0", " ")), ""); numberMark.MatchString(t) ||
		t == "·" || t == "•" {
		marker = t + " "
	}
	level := int(m[1][0] - '0')
	r.wordList = r.wordList[:min(max(level-1, 0), len(r.wordList))]
	indent := 0
	for _, w := range r.wordList {
		indent += w
	}
	r.wordList = append(r.wordList, len(marker))
	r.breakLine(false)
	saved, skip := r.indent, r.skip
	r.indent, r.marker, r.skip = saved+indent+len(marker), marker, mark
	r.children(n, depth)
	r.breakLine(false)
	r.indent, r.marker, r.skip = saved, "", skip
	return true
}

// msoIgnored is the element below n, looking depth levels down, that Word
// styles mso-list:Ignore, or nil.
func msoIgnored(n *html.Node, depth int) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		style := strings.ToLower(strings.Join(strings.Fields(attr(c, "style")), ""))
		if strings.Contains(style, "mso-list:ignore") {
			return c
		}
		if depth > 1 {
			if m := msoIgnored(c, depth-1); m != nil {
				return m
			}
		}
	}
	return nil
}
