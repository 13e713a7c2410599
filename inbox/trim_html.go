package inbox

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TrimHTMLReply returns the new text of an HTML reply. It removes the quote
// containers and signatures that Gmail, Outlook, Apple Mail, Thunderbird,
// Yahoo and others mark in their markup, renders what is left as text, and
// trims that with TrimReply. Cited blockquotes render as "> " lines, so
// that answers written between them keep their order.
func TrimHTMLReply(s string) string {
	return readHTMLReply(s, "").text
}

// htmlReply is what the markup of an HTML reply tells of it.
type htmlReply struct {
	text string    // the trimmed text
	sigs []htmlSig // each signature the markup marks
	// ownQuote is set when the text ends in a quote the owner put in,
	// which a reading of the text alone takes for the history.
	ownQuote bool
}

// readHTMLReply reads an HTML reply from sender, the display name of its
// From ("" for none).
func readHTMLReply(s, sender string) htmlReply {
	doc, err := parseHTML(s)
	if err != nil {
		return htmlReply{}
	}
	keepOwnBlockquotes(doc)
	own := ownQuoteLast(doc)
	sigs, cut := cutQuoteContainers(doc, false)
	text := trimReplyOver(renderText(doc), sender, cut)
	if text != "" && !(cut && isGreeting(text)) {
		text, kept := keepOwnQuote(doc, own, text)
		return htmlReply{text: text, sigs: sigs, ownQuote: kept}
	}
	// Nothing of the owner's but a greeting came before the history:
	// they answered below it, after the container that holds it, as when
	// bottom-posting from Gmail or from another client to a Gmail or
	// Yahoo reply.
	doc, err = parseHTML(s)
	if err != nil {
		return htmlReply{}
	}
	keepOwnBlockquotes(doc)
	dropHeaderOverCite(doc)
	sigs = removeQuoteContainers(doc, true)
	return htmlReply{text: trimReplyFrom(renderText(doc), sender), sigs: sigs}
}

// keepOwnBlockquotes turns the blockquotes the owner put in into plain
// block text: one that cites a web page, pasted from the page with its
// cite attribute, and an editor's indent. Clients mark the history they
// quote with type="cite", a cite of "mid:" or a class instead. As "> "
// lines such a block would be taken for the history whenever nothing
// followed it, and lost. Blockquotes inside another stay as they are:
// they belong to that quote.
func keepOwnBlockquotes(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom != atom.Blockquote {
			keepOwnBlockquotes(c)
			continue
		}
		if strings.EqualFold(attr(c, "type"), "cite") || attr(c, "class") != "" {
			continue
		}
		cite := strings.ToLower(strings.TrimSpace(attr(c, "cite")))
		if strings.HasPrefix(cite, "https://") || strings.HasPrefix(cite, "http://") || editorIndent(c) {
			c.DataAtom, c.Data = atom.Div, "div"
		}
	}
}

// editorIndent reports the blockquote a browser's editor writes for
// "Indent more", as Gmail, Apple Mail and other webmail compose: a left
// margin of 40px with no border, where a client's quote draws a bar down
// its left side.
func editorIndent(n *html.Node) bool {
	style := strings.ToLower(strings.Join(strings.Fields(attr(n, "style")), ""))
	return strings.Contains(style, "border:none") &&
		(strings.Contains(style, "margin:00040px") || strings.Contains(style, "margin:0px0px0px40px"))
}

// htmlSig is a signature the markup of a reply marks: its text, and its
// images, which the plain part writes as placeholders ("[image: logo]")
// that are no part of the answer wherever they stand in the signature.
type htmlSig struct {
	text   string
	images []sigImage
}

// quoteAction says what to do with a node found in a reply.
type quoteAction int

const (
	keepNode            quoteAction = iota
	dropNode                        // the node alone
	dropSignature                   // the node, a signature: its text is also removed from the plain part
	dropSignatureAfter              // the node, and its following siblings as the signature
	dropRest                        // the node and everything after it in the document
	dropContainer                   // the node, which holds the history, and unless answered below, all after it
	dropAttribution                 // what the node, a container of the history answered in, holds over its first quote
	dropHeadedContainer             // the node alone, a client's container of all the history, its own lines over the quote
)

// removeQuoteContainers removes the history and the signatures from doc,
// and returns the signatures' text. With below set, what follows a
// container of the history stays: the owner answered there.
func removeQuoteContainers(doc *html.Node, below bool) []htmlSig {
	sigs, _ := cutQuoteContainers(doc, below)
	return sigs
}

// cutQuoteContainers is removeQuoteContainers, and reports whether it cut
// the history from a container on to the end, all that followed the text
// kept.
func cutQuoteContainers(doc *html.Node, below bool) (signatures []htmlSig, cut bool) {
	var rest *html.Node
	var drops []*html.Node
	var sigs [][]*html.Node // runs of sibling elements that form one signature
	addSig := func(n *html.Node) {
		if k := len(sigs) - 1; k >= 0 && previousElement(n) == sigs[k][len(sigs[k])-1] {
			sigs[k] = append(sigs[k], n)
			return
		}
		sigs = append(sigs, []*html.Node{n})
	}
	// quoted is set inside a blockquote: a container of history found
	// there is the quoted mail's own, and what follows it in the reply
	// (an answer under the quote) is not history. It goes alone, and the
	// quote rules judge the rest of the blockquote.
	var walk func(n *html.Node, quoted bool)
	walk = func(n *html.Node, quoted bool) {
		for c := n.FirstChild; c != nil && rest == nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			action := classifyQuoteNode(c)
			if quoted && (action == dropRest || action == dropContainer) {
				action = dropNode
			}
			switch action {
			case dropNode:
				drops = append(drops, c)
				continue
			case dropSignature:
				addSig(c)
				continue
			case dropSignatureAfter:
				// iOS marks where its signature starts with a <br>:
				// the elements after it are the signature, up to the
				// quote, under which the owner may have typed.
				drops = append(drops, c)
				quote := signatureAfter(c, addSig, &drops)
				if quote == nil {
					return
				}
				c = quote.PrevSibling
				continue
			case dropAttribution:
				// Gone before the walk, so that no mark in it is read
				// as the owner's: Zoho's attribution has a signature's id.
				removeOverFirstQuote(c)
			case dropHeadedContainer:
				// The lines over the quote are the client's attribution
				// when the owner's text stands before the container;
				// with nothing before it they may be the owner's. What
				// follows the container is not the history's: it holds
				// all of it.
				if !below || !hasOwnText(c) {
					drops = append(drops, c)
					continue
				}
			case dropContainer:
				if below {
					drops = append(drops, c)
					continue
				}
				rest = c
				return
			case dropRest:
				rest = c
				return
			}
			walk(c, quoted || c.DataAtom == atom.Blockquote)
		}
	}
	walk(doc, false)
	for _, run := range sigs {
		// The "-- " a client writes before the signature it marks is part
		// of it: left behind, it would make a signature of what the owner
		// typed under.
		if d := sigDelimiter(run[0]); d != nil {
			drops = append(drops, d)
		}
		root := &html.Node{Type: html.DocumentNode}
		for _, n := range run {
			c := cloneForText(n).FirstChild
			c.Parent.RemoveChild(c)
			root.AppendChild(c)
			drops = append(drops, n)
		}
		signatures = append(signatures, htmlSig{text: renderText(root), images: signatureImages(run)})
	}
	for _, n := range drops {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
	if rest != nil {
		removeFrom(rest)
	}
	return signatures, rest != nil
}

// previousElement is the element before n among its siblings, past text
// that is only white space.
func previousElement(n *html.Node) *html.Node {
	for p := n.PrevSibling; p != nil; p = p.PrevSibling {
		switch {
		case p.Type == html.ElementNode:
			return p
		case p.Type == html.TextNode && visibleText(p.Data) != "":
			return nil
		}
	}
	return nil
}

// sigDelimiter is the "-- " line just before the signature n, as text or
// as an element holding only that, past line breaks; nil when there is
// none.
func sigDelimiter(n *html.Node) *html.Node {
	for p := n.PrevSibling; p != nil; p = p.PrevSibling {
		switch {
		case p.Type == html.ElementNode && p.DataAtom == atom.Br:
		case p.Type == html.TextNode:
			switch visibleText(p.Data) {
			case "":
			case "--":
				return p
			default:
				return nil
			}
		case p.Type == html.ElementNode:
			if visibleText(textContent(p)) == "--" {
				return p
			}
			return nil
		}
	}
	return nil
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
	case strings.TrimPrefix(id, "x_") == "appendonsend" && !holdsText(n):
		// Outlook's empty marker of where the history goes: what the
		// owner pasted or typed below it is theirs, and the history
		// itself comes with its own header block.
		return dropNode
	case strings.TrimPrefix(id, "x_") == "reply-intro" && citeFollows(n):
		// Roundcube's attribution over the cited quote. The intro alone
		// goes and the quote rules judge the quote when the owner
		// answered between its parts, or, with nothing of theirs over
		// it, under it. Under an answer and over one whole quote it ends
		// the answer: what follows that quote is no answer of the
		// owner's but a footer the server adds to every mail.
		if citeAnsweredBetween(n) {
			return dropNode
		}
		return dropContainer
	case historyIDs[strings.TrimPrefix(id, "x_")], strings.HasPrefix(id, "divrplyfwdmsg"):
		return dropRest
	case n.DataAtom == atom.Div && attr(n, "title") == "beforequote:::":
		// Zoho's mark of where the history starts. Mail puts the history in
		// a blockquote, which the quote rules judge, so answers typed
		// between its parts stay; history written unquoted after the mark
		// is all the original's.
		if blockquoteFollows(n) {
			return dropNode
		}
		return dropRest
	case id == "linebreakatbeginningofsignature":
		return dropSignatureAfter
	case (id == "applemailsignature" || id == "ymail_android_signature") && siblingHasID(n, attr(n, "id")):
		// iOS copies its signature's id onto each line typed inside it,
		// and Yahoo's Android app its own onto every line of the
		// message, so a run of them is the owner's text ending in the
		// footer, which the text rules drop. Other signatures repeat
		// their id on each of their own lines, and stay out.
		return keepNode
	case isSignatureNode(n, id, class):
		return dropSignature
	case foxmailSignatureRule(n):
		return dropNode
	case n.DataAtom != atom.Blockquote && foxmailSignatureRule(previousElement(n)):
		return dropSignature
	case strings.Contains(class, " zmail_extra ") && answeredInQuote(n):
		return dropAttribution
	case n.DataAtom == atom.Div && headedHistory(n, class) && !answeredInQuote(n) && !ownLinesInHistory(n):
		return dropHeadedContainer
	case strings.Contains(class, " yahoo_quoted ") || strings.HasPrefix(id, "yahoo_quoted") ||
		strings.HasPrefix(id, "ydp") && strings.Contains(id, "yahoo_quoted"):
		if unheadedQuote(n) {
			return keepNode
		}
		return dropContainer
	case strings.Contains(class, " ms-outlook-mobile-reference-message "), strings.Contains(class, " zmail_extra "),
		n.DataAtom == atom.Div && attr(n, "name") == "quote",
		strings.Contains(class, " protonmail_quote ") && !hasOwnText(n),
		n.DataAtom == atom.Div && strings.Contains(class, " domino-section "):
		return dropContainer
	case strings.Contains(class, " gmail_attr ") && introducesForward(n):
		return dropRest
	case strings.Contains(class, " gmail_attr "), strings.Contains(class, " moz-cite-prefix "):
		return dropNode
	case n.DataAtom == atom.Div && (strings.Contains(class, " gmail_quote ") ||
		strings.Contains(class, " gmail_quote_container ")) && !hasOwnText(n):
		return dropContainer
	case isOutlookHeaderDiv(n):
		return dropRest
	}
	return keepNode
}

// unheadedQuote reports a client's quote container that holds the whole
// message and no quote: nothing visible stands before it, and it holds no
// blockquote and no attribution, header block or "Original Message" line
// over its text, which opens with no date. Yahoo leaves its class around
// a message written over one of its own, and what is in it is the
// owner's, for the text rules to judge. Under the owner's words the
// container is the history, with or without its attribution.
func unheadedQuote(n *html.Node) bool {
	if textBeforeNode(n) {
		return false
	}
	root := cloneForText(n)
	if hasBlockquote(root) {
		return false
	}
	text := renderText(root)
	first, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	return !hasDateLike(plainLine(first)) && TrimReply(text) != ""
}

// textBeforeNode reports visible text before n in reading order.
func textBeforeNode(n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		for s := n.PrevSibling; s != nil; s = s.PrevSibling {
			if s.Type == html.TextNode && visibleText(s.Data) != "" || s.Type == html.ElementNode && holdsText(s) {
				return true
			}
		}
	}
	return false
}

// headedHistory reports the div a client puts the history in, opening
// with its own lines (an "Original Message" rule, the attribution) over
// the quote: Spark's reply section, Proton's and Freshdesk's quote
// containers. Their names are the clients' own, not words an owner types.
func headedHistory(n *html.Node, class string) bool {
	return attr(n, "name") == "messageReplySection" ||
		strings.Contains(class, " protonmail_quote ") || strings.Contains(class, " freshdesk_quote ")
}

// ownLinesInHistory reports what the owner typed in a client's headed
// history container: text after a quote at any depth, as when the quote's
// parts were wrapped in a div before being answered between, or words over
// the first quote that are not the client's own lines, as when the owner
// typed at the top of the container before its attribution. Either way the
// container is read as any other, its attribution and quotes cut by the
// text rules.
func ownLinesInHistory(n *html.Node) bool {
	var quote *html.Node
	answered := false
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && !answered; c = c.NextSibling {
			switch {
			case c.Type == html.ElementNode && c.DataAtom == atom.Blockquote:
				if quote == nil {
					quote = c
				}
			case c.Type == html.TextNode:
				answered = quote != nil && visibleText(c.Data) != ""
			case c.Type == html.ElementNode:
				walk(c)
			}
		}
	}
	walk(n)
	if answered || quote == nil {
		return answered
	}
	root := cloneForText(n)
	var first *html.Node
	var find func(n *html.Node)
	find = func(n *html.Node) {
		for c := n.FirstChild; c != nil && first == nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Blockquote {
				first = c
				return
			}
			find(c)
		}
	}
	find(root)
	if first != nil {
		removeFrom(first)
	}
	return TrimReply(renderText(root)) != ""
}

// blockquoteFollows reports a blockquote after n in reading order, among
// the next two hundred nodes, where Zoho puts it. Past them it reports
// true, which keeps the text, so that a mail of many marks costs no more
// than its length.
func blockquoteFollows(n *html.Node) bool {
	budget := 200
	var below func(n *html.Node) bool
	below = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if budget--; budget < 0 || c.DataAtom == atom.Blockquote || below(c) {
				return true
			}
		}
		return false
	}
	for ; n != nil; n = n.Parent {
		for s := n.NextSibling; s != nil; s = s.NextSibling {
			if budget--; budget < 0 || s.DataAtom == atom.Blockquote || below(s) {
				return true
			}
		}
	}
	return false
}

// citeFollows reports a cited blockquote as the element after n.
func citeFollows(n *html.Node) bool {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		switch {
		case s.Type == html.ElementNode:
			return s.DataAtom == atom.Blockquote && strings.EqualFold(attr(s, "type"), "cite")
		case s.Type == html.TextNode && visibleText(s.Data) != "":
			return false
		}
	}
	return false
}

// citeAnsweredBetween reports a cited quote after n answered between its
// parts: among n's following siblings, text between the first two cited
// blockquotes.
func citeAnsweredBetween(n *html.Node) bool {
	quotes, text := 0, false
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		switch {
		case s.Type == html.ElementNode && s.DataAtom == atom.Blockquote && strings.EqualFold(attr(s, "type"), "cite"):
			if quotes > 0 {
				return text
			}
			quotes++
		case quotes == 0:
		case s.Type == html.TextNode && visibleText(s.Data) != "",
			s.Type == html.ElementNode && holdsText(s):
			text = true
		}
	}
	return false
}

// holdsText reports visible text anywhere below n.
func holdsText(n *html.Node) bool {
	return visibleText(textContent(n)) != ""
}

// siblingHasID reports an element next to n, before or after it, with the
// same id.
func siblingHasID(n *html.Node, id string) bool {
	if p := previousElement(n); p != nil && attr(p, "id") == id {
		return true
	}
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode {
			return attr(s, "id") == id
		}
	}
	return false
}

// introducesForward reports an attribution element that opens a forwarded
// message ("---------- Forwarded message ---------"): what follows it is
// the forwarded text, not the owner's.
func introducesForward(n *html.Node) bool {
	first, _, _ := strings.Cut(renderText(cloneForText(n)), "\n")
	return isOriginalLine(plainLine(first))
}

// isOutlookAutoSig reports a paragraph of Outlook's signature, which Word
// marks with the bookmark _MailAutoSig: an anchor of that name on its
// first line, a span with that bookmark in its style on the others.
func isOutlookAutoSig(n *html.Node) bool {
	if n.DataAtom != atom.P {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if strings.EqualFold(attr(c, "name"), "_MailAutoSig") ||
			strings.Contains(strings.ToLower(attr(c, "style")), "mso-bookmark:_mailautosig") {
			return true
		}
	}
	return false
}

// historyIDs are the ids of the containers clients put the history in.
var historyIDs = map[string]bool{
	"divrplyfwdmsg": true, "appendonsend": true, "mail-editor-reference-message-container": true,
	"reply-intro": true, "isforwardcontent": true, "isreplycontent": true, "olk_src_body_section": true,
}

// isSignatureNode reports the element a client marks its signature with:
// Gmail's gmail_signature, Outlook's Signature, Apple Mail's
// AppleMailSignature, Thunderbird's moz-signature, Proton's signature
// block, Spark's signature section, Roundcube's _rc_sig, Zoho's Sgn div,
// Airmail's bloop_sign, Mailbird's mb_sig, Mailspring's <signature>
// element, and the like.
func isSignatureNode(n *html.Node, id, class string) bool {
	if strings.Contains(id, "signature") || id == "_rc_sig" || attr(n, "name") == "messageSignatureSection" ||
		n.DataAtom == 0 && n.Data == "signature" ||
		strings.HasPrefix(id, "zm-_id_-sgn") || strings.Contains(class, " bloop_sign ") || strings.Contains(class, " mb_sig ") ||
		strings.HasPrefix(attr(n, "data-marker"), "__SIG_") || isOutlookAutoSig(n) {
		return true
	}
	for _, c := range strings.Fields(class) {
		if strings.Contains(c, "signature") {
			return true
		}
	}
	return false
}

// foxmailSignatureRule reports the short rule Foxmail draws over the
// signature it writes under the answer (the account's address, unless
// the owner set another): an <hr> of its id, or, in older versions, of
// its width and colour. The element after it is the signature.
func foxmailSignatureRule(n *html.Node) bool {
	if n == nil || n.DataAtom != atom.Hr {
		return false
	}
	if strings.EqualFold(attr(n, "id"), "FMSigSeperator") {
		return true
	}
	style := strings.ToLower(strings.Join(strings.Fields(attr(n, "style")), ""))
	return strings.Contains(style, "width:210px") && strings.EqualFold(attr(n, "color"), "#b5c4df")
}

// isOutlookHeaderDiv spots Outlook desktop's history: a div with a top
// border whose text starts with a From: / Sent: block.
func isOutlookHeaderDiv(n *html.Node) bool {
	if n.DataAtom != atom.Div {
		return false
	}
	// Hand-edited and generated mail spaces and tabs the declarations
	// every way ("border-top :\tsolid"); none of it changes the style.
	style := strings.ToLower(strings.Join(strings.Fields(attr(n, "style")), ""))
	if !strings.Contains(style, "border-top:solid") && !strings.Contains(style, "border-top:1") {
		return false
	}
	lines := strings.Split(renderText(cloneForText(n)), "\n")
	if len(lines) > 8 {
		lines = lines[:8]
	}
	for i, l := range lines {
		lines[i] = plainLine(l)
	}
	for i := range lines {
		if headerBlockAt(lines, i, false) {
			return true
		}
	}
	return fieldRun(lines) || outlookSeparatorFrom(style, lines)
}

// outlookSeparatorFrom reports Outlook's own reply separator, the
// borderless div with a thin top rule and 3pt of padding, opening with a
// From: field: a client that writes only the sender there still starts
// the history with it. An owner's box is styled otherwise, and one that
// opens with anything but a sender stays.
func outlookSeparatorFrom(style string, lines []string) bool {
	if !strings.Contains(style, "border:none") || !strings.Contains(style, "padding:3.0pt") {
		return false
	}
	for _, l := range lines {
		if l != "" {
			return headerFieldOf(l) == fieldFrom
		}
	}
	return false
}

// fieldRun reports three lines in a row shaped as header fields, one of
// them giving an address: a header block in a language whose names this
// package does not know, as the border above it marks it. A plan by
// weekday in a box ("Mon: 10:00 easy") is the owner's.
func fieldRun(lines []string) bool {
	run, addr := 0, false
	for _, l := range lines {
		if !looksLikeField(l) {
			run, addr = 0, false
			continue
		}
		run++
		addr = addr || strings.ContainsRune(l, '@')
		if run >= 3 && addr {
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
		case c.Type == html.TextNode && visibleText(c.Data) != "":
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

// visibleText is s as a reader sees it: without invisible characters or
// the white space around it.
func visibleText(s string) string {
	return strings.TrimSpace(invisible.Replace(s))
}
