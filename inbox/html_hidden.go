package inbox

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
)

// styledHidden reports an element its inline style hides, "display:
// none": a mailer's preview line or a calendar's machine-read summary,
// which no mail client shows. As in CSS, the last display declaration
// counts unless an earlier one is "!important", and a value that is not
// one word ("none" in a quoted font name, a URL) hides nothing. A style
// sheet's rules are not read.
func styledHidden(n *html.Node) bool {
	style := attr(n, "style")
	if !strings.Contains(strings.ToLower(style), "display") {
		return false
	}
	hidden, important := false, false
	for _, d := range styleDeclarations(style) {
		if d.name != "display" || important && !d.important || !cssKeyword.MatchString(d.value) {
			continue
		}
		hidden, important = d.value == "none", d.important
	}
	return hidden
}

// keepsLineBreaks reports an element whose style keeps the line breaks
// of its text: white-space pre, pre-wrap, pre-line or break-spaces.
func keepsLineBreaks(n *html.Node) bool {
	style := attr(n, "style")
	if !strings.Contains(strings.ToLower(style), "white-space") {
		return false
	}
	keeps := false
	for _, d := range styleDeclarations(style) {
		if d.name == "white-space" {
			keeps = strings.HasPrefix(d.value, "pre") || d.value == "break-spaces"
		}
	}
	return keeps
}

// cssKeyword matches a one-word CSS value, such as display takes.
var cssKeyword = regexp.MustCompile(`^-?[a-z][a-z-]*$`)

// cssComment matches a comment in a style attribute.
var cssComment = regexp.MustCompile(`(?s)/\*.*?\*/`)

// cssDecl is one declaration of a style attribute, its property and
// value trimmed and in lower case, "!important" taken off the value.
type cssDecl struct {
	name, value string
	important   bool
}

// styleDeclarations splits a style attribute into its declarations, on
// the semicolons outside quotes and parentheses: a font name or a URL may
// hold one. What holds no colon is no declaration.
func styleDeclarations(style string) []cssDecl {
	style = cssComment.ReplaceAllString(style, " ")
	var raw []string
	start, depth := 0, 0
	var quote byte
	for i := 0; i < len(style); i++ {
		c := style[i]
		switch {
		case c == '\\':
			i++
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '(':
			depth++
		case c == ')' && depth > 0:
			depth--
		case c == ';' && depth == 0:
			raw = append(raw, style[start:i])
			start = i + 1
		}
	}
	var out []cssDecl
	for _, d := range append(raw, style[start:]) {
		name, value, ok := strings.Cut(d, ":")
		if !ok {
			continue
		}
		value, important := cutImportant(strings.ToLower(strings.TrimSpace(value)))
		out = append(out, cssDecl{strings.ToLower(strings.TrimSpace(name)), value, important})
	}
	return out
}

// cutImportant takes "!important" off the end of a lowercased value.
func cutImportant(v string) (string, bool) {
	rest, ok := strings.CutSuffix(v, "important")
	if !ok {
		return v, false
	}
	rest, ok = strings.CutSuffix(strings.TrimSpace(rest), "!")
	if !ok {
		return v, false
	}
	return strings.TrimSpace(rest), true
}

// cssRule matches one rule of a style sheet: its selectors and its
// declarations.
var cssRule = regexp.MustCompile(`([^{}]+)\{([^{}]*)\}`)

// cssClass matches a class in a selector.
var cssClass = regexp.MustCompile(`\.([A-Za-z_][\w-]*)`)

// maxSheet bounds the style sheets read for the classes they show: a mail
// template's sheets run to a few dozen kilobytes, and each rule read costs
// a list of its declarations, which for a sheet of a megabyte came to
// half a million allocations.
const maxSheet = 128 << 10

// sheetShownClasses returns the classes the style sheets under root show
// with "display: block !important" or the like, which wins over an inline
// "display: none": a template hides a block inline and shows it by its
// class in every client that reads style sheets. Rules inside "@media"
// and other at-rules are left out, as they show a block on some screens
// only, beside a twin shown on the others. The sheets are read up to the
// last rule that ends within maxSheet bytes.
func sheetShownClasses(root *html.Node) map[string]bool {
	var sheet strings.Builder
	for n := range root.Descendants() {
		if sheet.Len() > maxSheet {
			break
		}
		if n.Type == html.TextNode && n.Parent.Type == html.ElementNode && n.Parent.Data == "style" {
			sheet.WriteString(n.Data)
			sheet.WriteByte('\n')
		}
	}
	css := sheet.String()
	if len(css) > maxSheet {
		css = css[:strings.LastIndexByte(css[:maxSheet], '}')+1]
	}
	if css == "" {
		return nil
	}
	shown := map[string]bool{}
	for _, m := range cssRule.FindAllStringSubmatch(withoutAtRules(cssComment.ReplaceAllString(css, " ")), -1) {
		if !showsImportant(m[2]) {
			continue
		}
		for _, sel := range strings.Split(m[1], ",") {
			fields := strings.FieldsFunc(sel, func(r rune) bool { return strings.ContainsRune(" \t\n>+~", r) })
			if len(fields) == 0 {
				continue
			}
			for _, c := range cssClass.FindAllStringSubmatch(fields[len(fields)-1], -1) {
				shown[c[1]] = true
			}
		}
	}
	return shown
}

// showsImportant reports declarations that set display to a value other
// than "none" with "!important".
func showsImportant(decls string) bool {
	for _, d := range styleDeclarations(decls) {
		if d.name == "display" && d.important && d.value != "none" && cssKeyword.MatchString(d.value) {
			return true
		}
	}
	return false
}

// withoutAtRules drops the at-rules of a style sheet, "@media ... { ...
// }" with the rules inside it and "@import ...;".
func withoutAtRules(css string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(css, '@')
		if i < 0 {
			b.WriteString(css)
			return b.String()
		}
		b.WriteString(css[:i])
		css = css[i:]
		end := strings.IndexAny(css, ";{")
		if end < 0 {
			return b.String()
		}
		if css[end] == ';' {
			css = css[end+1:]
			continue
		}
		depth, j := 0, end
		for ; j < len(css); j++ {
			if css[j] == '{' {
				depth++
			} else if css[j] == '}' {
				if depth--; depth == 0 {
					break
				}
			}
		}
		css = css[min(j+1, len(css)):]
	}
}

// hasClassIn reports whether n carries one of the classes.
func hasClassIn(n *html.Node, classes map[string]bool) bool {
	if len(classes) == 0 {
		return false
	}
	for _, c := range strings.Fields(attr(n, "class")) {
		if classes[c] {
			return true
		}
	}
	return false
}
