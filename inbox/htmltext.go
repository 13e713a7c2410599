package inbox

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"helpline/internal/prose"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HTMLToText renders an HTML mail body as readable plain text: paragraphs
// and <br> become line breaks, lists become "- " and "1. " lines, links
// show their address when it differs from their text, blockquotes become
// "> " lines, tables put one row on a line, and head, script and style are
// dropped. Whitespace collapses the way a browser shows it.
func HTMLToText(s string) string {
	doc, err := parseHTML(s)
	if err != nil {
		return ""
	}
	return renderText(doc)
}

// maxHTML is how much of an HTML body is parsed. The parsed tree takes
// many times the size of its source, so an enormous body would cost far
// more memory than its text could ever be worth; what a person types fits
// many times over.
const maxHTML = 1 << 20

// maxElements bounds the elements parsed from an HTML body: the parser,
// and every rule that reads the tree, spends its time per element. Real
// mail holds one element in 30 bytes or more, so all of maxHTML's worth
// of it is parsed; markup of nothing but tags, as a megabyte of <br>,
// holds one in five, and is parsed as far as a real mail's would be.
const maxElements = maxHTML / 16

// parseHTML parses the first maxHTML bytes of s, as far as its first
// maxElements elements; the parser closes what the cut leaves open. A
// longer s is first thinned of its quotes' markup (thinBlockquotes).
func parseHTML(s string) (*html.Node, error) {
	if len(s) > maxHTML && writesBlockquote(s) {
		s = thinBlockquotes(s)
	}
	if len(s) > maxHTML {
		s = s[:maxHTML]
	}
	s = prose.Clean(s)
	s = s[:elementCut(s)]
	doc, err := html.Parse(strings.NewReader(s))
	if err == nil {
		return doc, nil
	}
	// The parser refuses elements nested more than 512 deep, and with
	// them the text above them; the markup is read up to that depth.
	// Tables open a body and a row of their own for each "<table><td>",
	// so where the cut is still too deep, it is made shallower.
	for depth := maxOpenTags; depth >= maxOpenTags/4; depth /= 2 {
		cut := nestingCut(s, depth)
		if cut == len(s) {
			break
		}
		if doc, cerr := html.Parse(strings.NewReader(s[:cut])); cerr == nil {
			return doc, nil
		}
	}
	return nil, err
}

// writesBlockquote reports a blockquote tag in s, which thinBlockquotes reads
// a long body for: a scan where tokenizing costs ten.
func writesBlockquote(s string) bool {
	for i := 0; ; {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 {
			return false
		}
		i += j + 1
		if len(s)-i >= len("blockquote") && strings.EqualFold(s[i:i+len("blockquote")], "blockquote") {
			return true
		}
	}
}

// maxQuotedHTML is how much of the markup inside each outermost
// blockquote thinBlockquotes keeps: far more than what is read at a
// quote's top for an attribution or a header block.
const maxQuotedHTML = 32 << 10

// thinBlockquotes keeps of the markup inside each outermost blockquote its
// first maxQuotedHTML bytes and the blockquote tags nested in them, and
// drops the rest: the answer a bottom-poster types under a long thread's
// quote comes after maxHTML bytes of it, as in the plain part (see
// thinQuotes). Elements the cut leaves open the parser closes at the
// blockquote's end.
func thinBlockquotes(s string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	b.Grow(min(len(s), maxHTML))
	var open []bool // for each blockquote open, whether its tag was kept
	spent := 0      // markup kept inside the outermost blockquote
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return b.String()
		}
		raw := z.Raw()
		quote := false
		if tt == html.StartTagToken || tt == html.EndTagToken {
			name, _ := z.TagName()
			quote = atom.Lookup(name) == atom.Blockquote
		}
		switch {
		case quote && tt == html.StartTagToken:
			if len(open) == 0 {
				spent = 0
			}
			keep := len(open) == 0 || spent < maxQuotedHTML
			open = append(open, keep)
			if !keep {
				continue
			}
		case quote && tt == html.EndTagToken && len(open) > 0:
			keep := open[len(open)-1]
			open = open[:len(open)-1]
			if !keep {
				continue
			}
		case len(open) > 0 && spent >= maxQuotedHTML:
			continue
		}
		if len(open) > 0 {
			spent += len(raw)
		}
		b.Write(raw)
	}
}

// elementCut returns where in s the element past maxElements starts, or
// len(s). It counts what opens a tag, "<" and a letter, without a
// tokenizer: one inside a comment or a style sheet counts too, which
// makes a cut come sooner only. Text too short to hold that many (each
// takes three bytes at least, "<b>") is not read.
func elementCut(s string) int {
	if len(s) <= 3*maxElements {
		return len(s)
	}
	n := 0
	for i := 0; ; i++ {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 || i+j+1 == len(s) {
			return len(s)
		}
		i += j
		if c := s[i+1] | 0x20; c >= 'a' && c <= 'z' {
			if n++; n > maxElements {
				return i
			}
		}
	}
}

// maxOpenTags is how deep nestingCut lets elements nest at first, well
// inside the parser's limit: it counts tags, and the parser opens some of
// its own.
const maxOpenTags = 400

// nestingCut returns where in s more than maxOpen elements are open, or
// len(s).
func nestingCut(s string, maxOpen int) int {
	z := html.NewTokenizer(strings.NewReader(s))
	open, offset := 0, 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return len(s)
		case html.StartTagToken:
			if name, _ := z.TagName(); !voidElements[atom.Lookup(name)] {
				open++
			}
			if open > maxOpen {
				return offset
			}
		case html.EndTagToken:
			open = max(open-1, 0)
		}
		offset += len(z.Raw())
	}
}

// voidElements never hold content, so they open nothing.
var voidElements = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true,
	atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true, atom.Source: true,
	atom.Track: true, atom.Wbr: true,
}

func renderText(n *html.Node) string {
	text := renderWith(n, false)
	if text == "" && n.Type == html.DocumentNode {
		// A body whose every word an inline style hides is read whole:
		// a style sheet shows it ("display: block !important" for its
		// class), and an empty text would lose what the sender wrote.
		return renderWith(n, true)
	}
	return text
}

func renderWith(n *html.Node, showHidden bool) string {
	r := &textRenderer{showHidden: showHidden, shown: sheetShownClasses(n)}
	r.node(n, 0)
	r.flush()
	return tidyLines(r.out)
}

// textRenderer writes text into lines. Block elements ask for a line break
// or a blank line; the request is honoured only when more text follows, so
// that empty elements leave no trace.
type textRenderer struct {
	out       []string
	line      strings.Builder
	open      bool // line has been started
	space     bool // a space separates the next word from the last
	blank     bool // a blank line is due before the next text
	started   bool // some text has been written
	quote     int  // blockquote depth
	lastQuote int  // quote depth of the last finished line
	indent    int
	marker    string // list marker for the next line
	pre       int
	cells     []int      // cells seen per open table row
	inCell    *cellState // the innermost open table cell
	finished  int        // lines finished so far
	written   int        // words written so far
	prefixLen int        // length of the current line's quote and indent prefix
	skip      *html.Node // an element already rendered another way
	wordList  []int      // marker widths of the open levels of a Word list
	// linkTail is the address of a link that holds blocks, written at
	// the end of the first line of its text: see link.
	linkTail string
	linkFrom int // words written before that link
	// showHidden reads what an inline style hides: see renderText.
	showHidden bool
	shown      map[string]bool // classes a style sheet shows

}

const maxRenderDepth = 400

func (r *textRenderer) node(n *html.Node, depth int) {
	switch n.Type {
	case html.TextNode:
		r.text(n.Data)
		return
	case html.CommentNode, html.DoctypeNode:
		return
	case html.ElementNode:
		if n == r.skip {
			return
		}
		if depth < maxRenderDepth {
			r.element(n, depth)
			return
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.node(c, depth+1)
	}
}

func (r *textRenderer) children(n *html.Node, depth int) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.node(c, depth+1)
	}
}

func (r *textRenderer) element(n *html.Node, depth int) {
	if !r.showHidden && styledHidden(n) && !hasClassIn(n, r.shown) {
		return
	}
	if r.pre == 0 && keepsLineBreaks(n) {
		// Text in an element styled "white-space: pre-wrap" shows its
		// line breaks, as in <pre>: clients that write plain text as
		// HTML put it in one.
		r.pre++
		defer func() { r.pre-- }()
	}
	switch n.DataAtom {
	case atom.Head, atom.Script, atom.Style, atom.Title, atom.Template, atom.Noscript,
		atom.Svg, atom.Math, atom.Object, atom.Iframe, atom.Select, atom.Textarea,
		atom.Button, atom.Input, atom.Map:
		return
	case atom.Img:
		r.text(emojiAlt(n))
		return
	case atom.Br:
		r.lineBreak()
		return
	case atom.Hr:
		r.breakLine(true)
		return
	case atom.P:
		r.paragraph(n, depth)
		return
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Table, atom.Dl:
		r.breakLine(true)
		r.children(n, depth)
		r.breakLine(true)
		return
	case atom.Blockquote:
		r.breakLine(true)
		r.quote++
		r.children(n, depth)
		r.flush()
		r.quote--
		r.breakLine(true)
		return
	case atom.Pre:
		r.breakLine(true)
		r.pre++
		r.children(n, depth)
		r.pre--
		r.breakLine(true)
		return
	case atom.Ul, atom.Ol:
		r.list(n, depth)
		return
	case atom.Li:
		r.item(n, depth, "- ")
		return
	case atom.A:
		r.link(n, depth)
		return
	case atom.Tr:
		r.row(n, depth)
		return
	case atom.Td, atom.Th:
		r.cell(n, depth)
		return
	}
	if isBlock(n.DataAtom) {
		before := r.written
		r.breakLine(false)
		r.children(n, depth)
		r.breakLine(false)
		if r.written == before && holdsNBSP(n, 2) {
			// <div>&nbsp;</div> is how several webmails write an empty
			// line.
			r.emptyLine()
		}
		return
	}
	r.children(n, depth)
}

// holdsNBSP reports a no-break space in the text of n's children, looking
// depth levels down: "<div>&nbsp;</div>", "<div><span>&nbsp;</span></div>".
func holdsNBSP(n *html.Node, depth int) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.Contains(c.Data, "\u00a0"):
			return true
		case c.Type == html.ElementNode && depth > 1 && holdsNBSP(c, depth-1):
			return true
		}
	}
	return false
}

func isBlock(a atom.Atom) bool {
	switch a {
	case atom.Div, atom.Address, atom.Article, atom.Aside, atom.Center, atom.Dd, atom.Dt,
		atom.Details, atom.Dialog, atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer,
		atom.Form, atom.Header, atom.Hgroup, atom.Main, atom.Nav, atom.Section, atom.Summary,
		atom.Caption, atom.Legend, atom.Body, atom.Html, atom.Tbody, atom.Thead, atom.Tfoot:
		return true
	}
	return false
}

// paragraph handles <p>. Word and Outlook write every line as a
// <p class=MsoNormal> without margins and mark paragraphs with an empty one;
// Outlook on the web wrote them with the margins taken away inline.
func (r *textRenderer) paragraph(n *html.Node, depth int) {
	if r.wordListItem(n, depth) {
		return
	}
	r.wordList = r.wordList[:0]
	mso := strings.Contains(strings.ToLower(attr(n, "class")), "msonormal") || marginlessParagraph(n)
	before := r.written
	r.breakLine(!mso)
	r.children(n, depth)
	r.breakLine(!mso)
	if mso && r.written == before {
		r.emptyLine()
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// textContent is the visible text below n, for comparing links.
func textContent(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// hyphenRun is a rule drawn with hyphen characters other than '-', as
// Proton writes "‐‐‐‐‐‐‐ Original Message ‐‐‐‐‐‐‐"; drawn with '-' it
// reads as the separator it is. A lone hyphen in a word stays as typed.
var hyphenRun = regexp.MustCompile("[\u2010\u2011]{3,}")

func (r *textRenderer) text(s string) {
	s = dropInvisible(s)
	if strings.Contains(s, "\u2010") || strings.Contains(s, "\u2011") {
		s = hyphenRun.ReplaceAllStringFunc(s, func(m string) string {
			return strings.Repeat("-", utf8.RuneCountInString(m))
		})
	}
	if r.pre > 0 {
		r.preText(s)
		return
	}
	if s != "" && unicode.IsSpace(firstRune(s)) {
		r.space = true
	}
	if r.inCell != nil && strings.TrimFunc(s, unicode.IsSpace) != "" {
		r.settle()
	}
	for i, w := range strings.FieldsFunc(s, unicode.IsSpace) {
		r.startLine()
		if i > 0 {
			r.space = true
		}
		if r.space && r.line.Len() > r.prefixLen {
			r.line.WriteByte(' ')
		}
		r.line.WriteString(w)
		r.space = false
		r.written++
	}
	if s != "" && unicode.IsSpace(lastRune(s)) {
		r.space = true
	}
}

func (r *textRenderer) preText(s string) {
	if r.inCell != nil && s != "" {
		r.settle()
	}
	for i, seg := range strings.Split(s, "\n") {
		if i > 0 {
			if r.open {
				r.flush()
			} else {
				r.startLine()
				r.flush()
			}
		}
		if seg != "" {
			r.startLine()
			r.line.WriteString(strings.ReplaceAll(seg, "\u00a0", " "))
			r.written++
		}
	}
}

// startLine opens a line with its quote and list prefix, after the blank
// line a finished block asked for.
func (r *textRenderer) startLine() {
	if r.open {
		return
	}
	if r.blank && r.started {
		r.out = append(r.out, strings.TrimSpace(strings.Repeat("> ", min(r.quote, r.lastQuote))))
	}
	r.blank = false
	r.line.Reset()
	r.line.WriteString(strings.Repeat("> ", r.quote))
	ind := r.indent - len(r.marker)
	if ind > 0 {
		r.line.WriteString(strings.Repeat(" ", ind))
	}
	r.line.WriteString(r.marker)
	r.marker = ""
	r.prefixLen = r.line.Len()
	r.open = true
	r.space = false
}

// flush ends the current line, if any.
func (r *textRenderer) flush() {
	if !r.open {
		return
	}
	if r.linkTail != "" && r.written > r.linkFrom && r.line.Len() > r.prefixLen {
		r.line.WriteString(r.linkTail)
		r.linkTail = ""
	}
	r.out = append(r.out, strings.TrimRight(r.line.String(), " "))
	r.finished++
	r.line.Reset()
	r.open = false
	r.started = true
	r.lastQuote = r.quote
}

// breakLine ends the line; paragraph asks for a blank line before more text.
func (r *textRenderer) breakLine(paragraph bool) {
	if c := r.inCell; c != nil {
		c.pending, c.para = true, c.para || paragraph
		return
	}
	r.flush()
	if paragraph && r.started {
		r.blank = true
	}
}

// lineBreak is <br>: it ends a line with text, or makes an empty line.
func (r *textRenderer) lineBreak() {
	if c := r.inCell; c != nil {
		c.para = c.pending
		c.pending = true
		return
	}
	if r.open {
		r.flush()
		return
	}
	if r.started {
		r.blank = true
	}
}

// tidyLines trims trailing space, collapses runs of blank lines and drops
// blank lines at either end.
func tidyLines(lines []string) string {
	out := make([]string, 0, len(lines))
	prevBlank := true
	for _, l := range lines {
		l = strings.TrimRightFunc(l, unicode.IsSpace)
		blank := strings.Trim(l, "> ") == ""
		if blank && prevBlank {
			continue
		}
		if blank {
			l = strings.TrimRight(l, " ")
		}
		out = append(out, l)
		prevBlank = blank
	}
	for len(out) > 0 && strings.Trim(out[len(out)-1], "> ") == "" {
		out = out[:len(out)-1]
	}
	return strings.Join(out, "\n")
}

func firstRune(s string) rune {
	for _, c := range s {
		return c
	}
	return 0
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
