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
	for _, decl := range styleDeclarations(style) {
		name, value, ok := strings.Cut(decl, ":")
		if !ok || !strings.EqualFold(strings.TrimSpace(name), "display") {
			continue
		}
		value, imp := cutImportant(strings.ToLower(strings.TrimSpace(value)))
		if important && !imp || !cssKeyword.MatchString(value) {
			continue
		}
		hidden, important = value == "none", imp
	}
	return hidden
}

// cssKeyword matches a one-word CSS value, such as display takes.
var cssKeyword = regexp.MustCompile(`^-?[a-z][a-z-]*$`)

// cssComment matches a comment in a style attribute.
var cssComment = regexp.MustCompile(`(?s)/\*.*?\*/`)

// styleDeclarations splits a style attribute into its declarations, on
// the semicolons outside quotes and parentheses: a font name or a URL may
// hold one.
func styleDeclarations(style string) []string {
	style = cssComment.ReplaceAllString(style, " ")
	var out []string
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
			out = append(out, style[start:i])
			start = i + 1
		}
	}
	return append(out, style[start:])
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
