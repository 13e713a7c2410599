package inbox

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// answeredInQuote reports text among n's children after a blockquote
// among them: Zoho keeps the history in a container, its attribution
// over a blockquote, and what the owner types under the quote or between
// its parts goes into the container too.
func answeredInQuote(n *html.Node) bool {
	quoted := false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode && c.DataAtom == atom.Blockquote:
			quoted = true
		case !quoted:
		case c.Type == html.TextNode && visibleText(c.Data) != "",
			c.Type == html.ElementNode && holdsText(c):
			return true
		}
	}
	return false
}

// removeOverFirstQuote removes the children of n before its first
// blockquote.
func removeOverFirstQuote(n *html.Node) {
	for c := n.FirstChild; c != nil && c.DataAtom != atom.Blockquote; c = n.FirstChild {
		n.RemoveChild(c)
	}
}
