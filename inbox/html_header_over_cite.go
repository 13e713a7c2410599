package inbox

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dropHeaderOverCite removes the header block a client writes straight
// over the cited quote of the history, as eM Client does: a line of its
// own ("------ Original Message ------"), then one element per field, in
// newer versions without their colons ("From "Lena" <lena@...>"), then the
// quote in a blockquote type="cite". Read as text, the separator ends the
// answer, and an owner who answers under the quote loses every word; the
// block is the quote's attribution, and the quote rules judge the quote.
// It is read only when nothing was found over the history.
func dropHeaderOverCite(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch {
		case c.Type != html.ElementNode, c.DataAtom == atom.Blockquote:
		default:
			if run := headerRunOverCite(c); run != nil {
				next = run[len(run)-1].NextSibling
				for _, r := range run {
					n.RemoveChild(r)
				}
			} else {
				dropHeaderOverCite(c)
			}
		}
		c = next
	}
}

// maxHeaderFields bounds the elements read as fields between the separator
// and the quote: a client writes From, To, Cc, Date and Subject.
const maxHeaderFields = 8

// headerRunOverCite returns sep and the field elements after it, when sep
// holds only a separator line and the fields, each one short line, run up
// to a cited quote; nil otherwise.
func headerRunOverCite(sep *html.Node) []*html.Node {
	if !isOriginalLine(plainLine(visibleText(textContent(sep)))) {
		return nil
	}
	run := []*html.Node{sep}
	fields := 0
	for s := sep.NextSibling; s != nil; s = s.NextSibling {
		switch {
		case s.Type == html.TextNode && visibleText(s.Data) != "":
			return nil
		case s.Type != html.ElementNode:
			run = append(run, s)
			continue
		case holdsCitedQuote(s):
			if fields < 2 {
				return nil
			}
			return run
		}
		if hasBlockquote(s) {
			return nil
		}
		text := visibleText(renderText(cloneForText(s)))
		if strings.Contains(text, "\n") || len(text) > 200 {
			return nil
		}
		if text != "" {
			if fields++; fields > maxHeaderFields {
				return nil
			}
		}
		run = append(run, s)
	}
	return nil
}

// hasBlockquote reports a blockquote below n.
func hasBlockquote(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Blockquote || hasBlockquote(c) {
			return true
		}
	}
	return false
}
