package inbox

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// iOS Mail marks where its signature starts with
// <br id="lineBreakAtBeginningOfSignature">, and writes the signature in
// the elements after it, then the attribution and the history, each in a
// <blockquote type="cite">. The owner may have typed under the quote. A
// signature may hold a blockquote of its own, a motto or a verse pasted
// into it, which is no quote: only a cited one ends the signature.

// signatureAfter takes the siblings after mark for the signature, up to
// the first that holds a cited blockquote, and returns that one: it and
// what follows are the history and what was typed under it, for the rules
// to judge as anywhere else. It returns nil where no quote follows.
func signatureAfter(mark *html.Node, addSig func(*html.Node), drops *[]*html.Node) *html.Node {
	for s := mark.NextSibling; s != nil; s = s.NextSibling {
		switch {
		case s.Type != html.ElementNode:
			*drops = append(*drops, s)
		case holdsCitedQuote(s):
			return s
		default:
			addSig(s)
		}
	}
	return nil
}

// holdsCitedQuote reports whether n is or holds a <blockquote type="cite">.
func holdsCitedQuote(n *html.Node) bool {
	if n.DataAtom == atom.Blockquote && strings.EqualFold(strings.TrimSpace(attr(n, "type")), "cite") {
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && holdsCitedQuote(c) {
			return true
		}
	}
	return false
}
