package web

import (
	"html"
	"html/template"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"helpline/internal/prose"
)

// formatText turns plain text typed by the owner or a reader into HTML:
// blank lines separate paragraphs, single line breaks stay, lines starting
// "- " or "* " become a bulleted list and lines starting "1. " a numbered
// one, and web addresses become links. Every piece of text is escaped
// before any tag is added, so the input can never contribute markup.
func formatText(s string) template.HTML {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	var b strings.Builder
	for _, block := range strings.Split(s, "\n\n") {
		writeBlock(&b, strings.Split(strings.Trim(block, "\n"), "\n"))
	}
	return template.HTML(b.String())
}

// writeBlock writes one block of lines, grouping consecutive lines of the
// same kind into one paragraph or list.
func writeBlock(b *strings.Builder, lines []string) {
	for i := 0; i < len(lines); {
		kind, _ := prose.Line(lines[i])
		j := i
		for j < len(lines) {
			if k, _ := prose.Line(lines[j]); k != kind {
				break
			}
			j++
		}
		group := lines[i:j]
		i = j
		switch kind {
		case prose.Text:
			var parts []string
			for _, l := range group {
				if l = strings.TrimSpace(l); l != "" {
					parts = append(parts, linkify(l))
				}
			}
			if len(parts) > 0 {
				b.WriteString("<p>" + strings.Join(parts, "<br>\n") + "</p>\n")
			}
		default:
			tag := "ul"
			if kind == prose.Numbered {
				tag = "ol"
			}
			b.WriteString("<" + tag + ">\n")
			for _, l := range group {
				_, rest := prose.Line(l)
				b.WriteString("<li>" + linkify(strings.TrimSpace(rest)) + "</li>\n")
			}
			b.WriteString("</" + tag + ">\n")
		}
	}
}

var urlPattern = regexp.MustCompile(`(?i)\bhttps?://[^\s<>"'` + "`" + `]+`)

// linkify escapes s and turns the http and https addresses in it into
// links that search engines do not credit, since readers may post them.
func linkify(s string) string {
	var b strings.Builder
	last := 0
	for _, m := range urlPattern.FindAllStringIndex(s, -1) {
		start, end := m[0], trimURL(s, m[0], m[1])
		if end-start <= len("https://") {
			continue
		}
		b.WriteString(html.EscapeString(s[last:start]))
		u := html.EscapeString(s[start:end])
		b.WriteString(`<a href="` + u + `" rel="nofollow ugc">` + u + `</a>`)
		last = end
	}
	b.WriteString(html.EscapeString(s[last:]))
	return b.String()
}

// trimURL drops punctuation that ends the sentence rather than the address,
// and a closing bracket that has no opening one inside the address.
func trimURL(s string, start, end int) int {
	for end > start {
		r, size := utf8.DecodeLastRuneInString(s[start:end])
		switch {
		case strings.ContainsRune(".,;:!?'\"", r):
			end -= size
		case r == ')' && strings.Count(s[start:end], "(") < strings.Count(s[start:end], ")"):
			end -= size
		default:
			return end
		}
	}
	return end
}

// firstName is the part of a name shown in public: the first word, and
// nothing at all if it looks like an address.
func firstName(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 || strings.ContainsAny(f[0], "@<>") {
		return "a reader"
	}
	return strings.Trim(f[0], ",;\"'")
}

// snippet shortens text to about n characters at a word boundary, on one
// line.
func snippet(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n]
	cut := len(r)
	for i := len(r) - 1; i > n/2; i-- {
		if unicode.IsSpace(r[i]) {
			cut = i
			break
		}
	}
	return strings.TrimRight(string(r[:cut]), " ,.;:") + "…"
}
