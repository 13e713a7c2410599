package inbox

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// list renders a list's items on lines of their own, each with its mark
// ("- ", or its number from the list's start in the list's type), nested
// lists indented under their item.
func (r *textRenderer) list(n *html.Node, depth int) {
	nested := r.indent > 0 || r.marker != ""
	r.breakLine(!nested)
	saved := r.indent
	num, err := strconv.Atoi(strings.TrimSpace(attr(n, "start")))
	if err != nil {
		num = 1
	}
	typ := listType(n)
	last := "" // the marker of the item before
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Li {
			last = "- "
			if n.DataAtom == atom.Ol {
				num = itemNumber(c, num)
				last = itemMark(typ, num)
				num++
			}
			r.item(c, depth+1, last)
			continue
		}
		if c.Type == html.ElementNode && (c.DataAtom == atom.Ul || c.DataAtom == atom.Ol) && last != "" {
			// Gmail nests a list beside the item it belongs to rather
			// than in it; it shows indented under that item all the same.
			r.indent = saved + len(last)
			r.list(c, depth+1)
			r.indent = saved
			continue
		}
		r.node(c, depth+1)
	}
	r.indent = saved
	r.breakLine(!nested)
}

// item renders one list item after its marker, its lines indented to
// the marker's width.
func (r *textRenderer) item(n *html.Node, depth int, marker string) {
	r.breakLine(false)
	saved := r.indent
	r.indent = saved + len(marker)
	r.marker = marker
	r.children(n, depth)
	r.breakLine(false)
	r.marker = ""
	r.indent = saved
}
