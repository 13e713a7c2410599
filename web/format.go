package web

import (
	"html"
	"html/template"
	"strconv"
	"strings"

	"helpline/internal/prose"
)

// formatText turns plain text typed by the owner or a reader into HTML, as
// prose reads it: paragraphs with the lines meant as lines, bulleted and
// numbered lists, quotes, and web addresses as links. Every piece of text
// is escaped before any tag is added, so the input can never contribute
// markup.
func formatText(s string) template.HTML {
	var b strings.Builder
	writeBlocks(&b, prose.Parse(s))
	return template.HTML(b.String())
}

func writeBlocks(b *strings.Builder, blocks []prose.Block) {
	for _, bl := range blocks {
		switch bl.Kind {
		case prose.Quote:
			b.WriteString("<blockquote>\n")
			writeBlocks(b, bl.Blocks)
			b.WriteString("</blockquote>\n")
		case prose.Bullet, prose.Numbered:
			writeList(b, bl)
		default:
			b.WriteString("<p>")
			for i, l := range bl.Lines {
				if i > 0 {
					b.WriteString("<br>\n")
				}
				b.WriteString(linkify(l))
			}
			b.WriteString("</p>\n")
		}
	}
}

// writeList writes a list with the lists nested in its items inside
// them.
func writeList(b *strings.Builder, bl prose.Block) {
	tag := "ul"
	if bl.Kind == prose.Numbered {
		tag = "ol"
	}
	b.WriteString("<" + tag)
	if bl.Count != "" {
		b.WriteString(` type="` + bl.Count + `"`)
	}
	if bl.Kind == prose.Numbered && bl.Start > 1 {
		// The list goes on after a part of it elsewhere, at the number
		// typed.
		b.WriteString(` start="` + strconv.Itoa(bl.Start) + `"`)
	}
	b.WriteString(">\n")
	for i, l := range bl.Lines {
		b.WriteString("<li>" + linkify(l))
		if i < len(bl.Nested) && len(bl.Nested[i]) > 0 {
			b.WriteString("\n")
			writeBlocks(b, bl.Nested[i])
		}
		b.WriteString("</li>\n")
	}
	b.WriteString("</" + tag + ">\n")
}

// linkify escapes s and turns the addresses prose.Links finds in it into
// links.
func linkify(s string) string {
	var b strings.Builder
	last := 0
	for _, l := range prose.Links(s) {
		b.WriteString(html.EscapeString(s[last:l[0]]))
		u := html.EscapeString(s[l[0]:l[1]])
		b.WriteString(`<a href="` + u + `" rel="` + prose.LinkRel + `">` + u + `</a>`)
		last = l[1]
	}
	b.WriteString(html.EscapeString(s[last:]))
	return b.String()
}

// firstName is a name as shown in public, or "a reader" in the site's
// language.
func (s *Server) firstName(name string) string {
	if f := prose.FirstName(name); f != "" {
		return f
	}
	return s.loc.T("a_reader")
}

// snippet shortens text to about n characters at a word boundary, on one
// line.
func snippet(s string, n int) string {
	s, _ = prose.Shorten(prose.OneLine(s), n)
	return s
}
