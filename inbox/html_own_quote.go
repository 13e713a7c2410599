package inbox

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ownQuoteLast finds a quote the owner put in to end their answer: the
// last blockquote before the history that carries no mark of the history
// (type=cite), where the markup marks the history after it (a quote
// container, an attribution, a cited blockquote). Read as text, a quote
// at the end of an answer is taken for the history and dropped, as it is
// in a plain reply; the markup tells them apart. It returns nil when
// there is no such quote.
func ownQuoteLast(doc *html.Node) *html.Node {
	budget := 400
	q, history, _ := lastOwnQuote(doc, &budget)
	if !history {
		return nil
	}
	return q
}

// lastOwnQuote walks n's children from the last, past the history, to the
// last blockquote or visible text. It returns the blockquote, whether
// history was passed on the way, and whether the walk ended; budget bounds
// the nodes looked at, those it looks into for text as well, so that a
// mail of many nested elements costs no more than its length.
func lastOwnQuote(n *html.Node, budget *int) (q *html.Node, history, done bool) {
	for c := n.LastChild; c != nil; c = c.PrevSibling {
		if *budget--; *budget < 0 {
			return nil, false, true
		}
		switch {
		case c.Type == html.TextNode:
			if visibleText(c.Data) != "" {
				return nil, history, true
			}
			continue
		case c.Type != html.ElementNode:
			continue
		}
		switch classifyQuoteNode(c) {
		case dropSignature:
			continue
		case keepNode:
		default:
			history = true
			continue
		}
		if c.DataAtom == atom.Blockquote {
			// type=cite is how clients mark the history they quote; a
			// data-type naming a quote marks it as well.
			if strings.EqualFold(attr(c, "type"), "cite") || strings.Contains(strings.ToLower(attr(c, "data-type")), "quote") {
				history = true
				continue
			}
			if holdsText(c) {
				return c, history, true
			}
			continue
		}
		switch hasText(c, budget) {
		case textNone:
			continue
		case textUnknown:
			return nil, false, true
		}
		q, h, done := lastOwnQuote(c, budget)
		if done {
			return q, history || h, true
		}
		history = history || h
	}
	return nil, history, false
}

// textFound is what hasText found.
type textFound int

const (
	textNone textFound = iota
	textSome
	textUnknown // the budget ran out first
)

// hasText looks for visible text below n, charging budget for each node.
func hasText(n *html.Node, budget *int) textFound {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if *budget--; *budget < 0 {
			return textUnknown
		}
		if c.Type == html.TextNode && visibleText(c.Data) != "" {
			return textSome
		}
		if c.Type == html.ElementNode && c.DataAtom != atom.Script && c.DataAtom != atom.Style {
			if f := hasText(c, budget); f != textNone {
				return f
			}
		}
	}
	return textNone
}

// keepOwnQuote puts back the owner's quote q that trimming text, the
// trimmed rendering of doc, dropped as history. It does so only when
// trimming keeps all that comes before the quote, which is then no
// attribution of it, and drops all that the quote and the history leave.
// It reports whether it did.
func keepOwnQuote(doc, q *html.Node, text string) (string, bool) {
	if text == "" || q == nil || !within(doc, q) || holdsHistory(q) {
		return text, false
	}
	mark := &html.Node{Type: html.TextNode, Data: " " + ownQuoteMark + " "}
	q.Parent.InsertBefore(mark, q)
	q.Parent.RemoveChild(q)
	before, _, _ := strings.Cut(renderText(doc), ownQuoteMark)
	mark.Parent.RemoveChild(mark)
	if strings.Join(strings.Fields(TrimReply(before)), " ") != strings.Join(strings.Fields(before), " ") ||
		TrimReply(renderText(doc)) != text {
		return text, false
	}
	root := &html.Node{Type: html.DocumentNode}
	root.AppendChild(q)
	return text + "\n\n" + renderText(root), true
}

// within reports whether n is still in doc: removing the history takes
// with it what came after its header, and a quote there is the history's.
func within(doc, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == doc {
			return true
		}
	}
	return false
}

// holdsHistory reports whether q, read as text of its own rather than as
// a quote, holds what trimming cuts: a mail's header or attribution, a
// signature, a quote of its own at the end. Clients that mark nothing
// quote a whole mail so, header first; the owner's quote of a page or a
// line holds none of it.
func holdsHistory(q *html.Node) bool {
	data, a := q.Data, q.DataAtom
	q.Data, q.DataAtom = "div", atom.Div
	own := renderText(q)
	q.Data, q.DataAtom = data, a
	return strings.Join(strings.Fields(TrimReply(own)), " ") != strings.Join(strings.Fields(own), " ")
}

// ownQuoteMark stands where the owner's quote was, to find the text
// before it.
const ownQuoteMark = "ownquote5b1e8c0d"
