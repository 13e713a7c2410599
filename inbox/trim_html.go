package inbox

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TrimHTMLReply returns the new text of an HTML reply. It removes the quote
// containers that Gmail, Outlook, Apple Mail, Thunderbird and Yahoo wrap
// around the history, renders what is left as text, and trims that with
// TrimReply. Cited blockquotes render as "> " lines, so that answers written
// between them keep their order.
func TrimHTMLReply(s string) string {
	doc, err := parseHTML(s)
	if err != nil {
		return ""
	}
	removeQuoteContainers(doc)
	return TrimReply(renderText(doc))
}

// quoteAction says what to do with a node found in a reply.
type quoteAction int

const (
	keepNode quoteAction = iota
	dropNode             // the node alone
	dropRest             // the node and everything after it in the document
)

func removeQuoteContainers(doc *html.Node) {
	var rest *html.Node
	var drops []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && rest == nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch classifyQuoteNode(c) {
			case dropNode:
				drops = append(drops, c)
				continue
			case dropRest:
				rest = c
				return
			}
			walk(c)
		}
	}
	walk(doc)
	for _, n := range drops {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
	if rest != nil {
		removeFrom(rest)
	}
}

// removeFrom deletes n, its following siblings, and the following siblings
// of each ancestor: everything after n in reading order.
func removeFrom(n *html.Node) {
	for n != nil && n.Parent != nil {
		parent := n.Parent
		for s := n; s != nil; {
			next := s.NextSibling
			parent.RemoveChild(s)
			s = next
		}
		// The ancestors stay; whatever follows them goes too.
		n = parent.NextSibling
		for n == nil && parent.Parent != nil {
			parent = parent.Parent
			n = parent.NextSibling
		}
	}
}

func classifyQuoteNode(n *html.Node) quoteAction {
	id := strings.ToLower(attr(n, "id"))
	class := " " + strings.ToLower(attr(n, "class")) + " "
	switch {
	case id == "divrplyfwdmsg", id == "appendonsend",
		id == "mail-editor-reference-message-container":
		return dropRest
	case strings.Contains(class, " yahoo_quoted ") || strings.HasPrefix(id, "ydp") && strings.Contains(id, "yahoo_quoted"):
		return dropRest
	case strings.Contains(class, " gmail_attr "), strings.Contains(class, " moz-cite-prefix "),
		strings.Contains(class, " moz-signature "), strings.Contains(class, " gmail_signature "),
		strings.Contains(class, " gmail_signature_prefix "):
		return dropNode
	case n.DataAtom == atom.Div && (strings.Contains(class, " gmail_quote ") ||
		strings.Contains(class, " gmail_quote_container ")) && !hasOwnText(n):
		return dropRest
	case isOutlookHeaderDiv(n):
		return dropRest
	}
	return keepNode
}

// isOutlookHeaderDiv spots Outlook desktop's history: a div with a top
// border whose text starts with a From: / Sent: block.
func isOutlookHeaderDiv(n *html.Node) bool {
	if n.DataAtom != atom.Div {
		return false
	}
	style := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", ""))
	if !strings.Contains(style, "border-top:solid") && !strings.Contains(style, "border-top:1") {
		return false
	}
	lines := strings.Split(renderText(cloneForText(n)), "\n")
	if len(lines) > 8 {
		lines = lines[:8]
	}
	for i := range lines {
		if isHeaderBlock(lines, i) {
			return true
		}
	}
	return false
}

// cloneForText wraps a copy of the start of n so renderText can walk it
// alone.
func cloneForText(n *html.Node) *html.Node {
	root := &html.Node{Type: html.DocumentNode}
	// The header block sits at the top; a few hundred nodes hold it, and
	// the bound keeps nested bordered divs from costing quadratic time.
	budget := 300
	var clone func(*html.Node) *html.Node
	clone = func(src *html.Node) *html.Node {
		budget--
		c := &html.Node{Type: src.Type, DataAtom: src.DataAtom, Data: src.Data, Attr: src.Attr}
		for ch := src.FirstChild; ch != nil && budget > 0; ch = ch.NextSibling {
			c.AppendChild(clone(ch))
		}
		return c
	}
	root.AppendChild(clone(n))
	return root
}

// hasOwnText reports text in a Gmail quote container outside its cited
// blockquotes and attribution: the owner answered inline.
func hasOwnText(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(invisible.Replace(c.Data)) != "":
			return true
		case c.Type != html.ElementNode:
		case c.DataAtom == atom.Blockquote:
		case strings.Contains(" "+attr(c, "class")+" ", " gmail_attr "):
		default:
			if hasOwnText(c) {
				return true
			}
		}
	}
	return false
}

// Answer returns the owner's new text in a reply. The plain part is the
// owner's client's own rendering and is preferred; the HTML part decides
// when there is no plain part, when trimming the plain part leaves nothing,
// or when the plain part is a lazy conversion whose history could not be
// told apart and so stays much longer than the trimmed HTML.
func Answer(m *Message) string {
	if m == nil {
		return ""
	}
	var fromHTML string
	if m.HTML != "" {
		fromHTML = TrimHTMLReply(m.HTML)
	}
	if m.textFromHTML {
		return fromHTML
	}
	plain := m.trimmedText()
	if plain == "" || (fromHTML != "" && len(plain) > 2*len(fromHTML)+200) {
		if fromHTML != "" {
			return fromHTML
		}
	}
	return plain
}
