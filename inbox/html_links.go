package inbox

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// link renders the link text and, when it says something else, the
// address. A link around blocks, as a webmail writes the card it shows
// for an address (a title over a description), gets its address after
// its first line, the title, rather than on a line of its own under all
// of it.
//
// A client that wraps the long lines of its markup wraps inside an
// address too, in the attribute and in a link's text that is the address:
// as a browser does, the line ends are taken out of the address.
func (r *textRenderer) link(n *html.Node, depth int) {
	href := strings.Map(dropLineEnds, strings.TrimSpace(attr(n, "href")))
	words := strings.Fields(textContent(n))
	text := strings.Join(words, " ")
	if len(words) > 1 && showableURL(href) {
		if whole := strings.Join(words, ""); showableURL(whole) && sameURL(whole, href) {
			r.text(whole)
			return
		}
	}
	if text == "" || !showableURL(href) || sameURL(text, href) {
		r.children(n, depth)
		return
	}
	tail := " (" + href + ")"
	if r.linkTail == "" && holdsBlock(n) {
		r.linkTail, r.linkFrom = tail, r.written
		r.children(n, depth)
		if r.linkTail == "" {
			return
		}
		r.linkTail = ""
	} else {
		r.children(n, depth)
	}
	r.text(tail)
}

// dropLineEnds drops the tabs and line ends a URL parser removes.
func dropLineEnds(c rune) rune {
	if c == '\t' || c == '\n' || c == '\r' {
		return -1
	}
	return c
}

// holdsBlock reports a block element below n.
func holdsBlock(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.P, atom.Table, atom.Ul, atom.Ol, atom.Li, atom.Blockquote, atom.Pre,
			atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			return true
		}
		if isBlock(c.DataAtom) || holdsBlock(c) {
			return true
		}
	}
	return false
}

func showableURL(href string) bool {
	l := strings.ToLower(href)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") ||
		strings.HasPrefix(l, "mailto:") || strings.HasPrefix(l, "ftp://")
}

func sameURL(text, href string) bool {
	norm := func(s string) string {
		s = strings.ToLower(strings.TrimSpace(s))
		for _, p := range []string{"mailto:", "https://", "http://", "ftp://", "www."} {
			s = strings.TrimPrefix(s, p)
		}
		s, _, _ = strings.Cut(s, "?")
		return strings.TrimRight(s, "/")
	}
	return norm(text) == norm(href)
}
