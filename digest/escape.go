package digest

import (
	"html"
	"strconv"
	"strings"
	"unicode/utf8"

	"helpline/internal/prose"
)

// Reader text (titles, questions, answers, names) reaches hermes through
// Markdown, which blackfriday turns into HTML with raw HTML passed through
// and entities taken literally. cleanText and markdownText make such text
// inert: every character Markdown or HTML could act on is backslash-escaped,
// so blackfriday emits it as an escaped character, and the characters the
// digest reserves for its own placeholders (Unicode noncharacters) are
// replaced.

// markdownSpecial are the characters blackfriday honours a backslash
// before; together they cover every Markdown construct and "<" and "&".
const markdownSpecial = "\\`*_{}[]()#+-.!:|&<>~"

// cleanText cleans reader text as everywhere else (see prose.Clean), and
// turns tabs into spaces: a tab at the start of a line would make Markdown
// read a code block.
func cleanText(s string) string {
	return strings.ReplaceAll(prose.Clean(s), "\t", " ")
}

// excerpt cleans s and returns it on one line, as prose reads it.
func excerpt(s string) string {
	return prose.Plain(prose.Parse(cleanText(s)))
}

// unit is one line of an answer as the digest shows it: a line of a
// paragraph, or a list item, at a depth of quoting.
type unit struct {
	kind  prose.Kind // Text, Bullet or Numbered
	text  string     // on one line
	depth int        // how many quotes it is inside
	level int        // how many list items it is nested in
	// br says that the line continues the paragraph before it after a
	// line break that was meant, such as in a sign-off.
	br bool
	// next says that the item continues the list of the item before it,
	// at its own level or in a nested list.
	next bool
	// mark is a numbered item's number as the text part writes it: "3.",
	// "c." or "iv.".
	mark string
	// opens is set on the first item of a numbered list that does not
	// count "1.", "2.": see olMark.
	opens string
	// cut says that the digest shortened the line, which ends in "…".
	cut bool
}

// units cleans s and reads it as the site does (see prose), flattened to
// lines so that the digest can keep whole ones while they fit.
func units(s string) []unit {
	var out []unit
	var walk func(bs []prose.Block, depth, level int)
	walk = func(bs []prose.Block, depth, level int) {
		for _, b := range bs {
			if b.Kind == prose.Quote {
				walk(b.Blocks, depth+1, 0)
				continue
			}
			for i, line := range b.Lines {
				out = append(out, unit{kind: b.Kind, text: line, depth: depth, level: level,
					br: b.Kind == prose.Text && i > 0, next: b.Kind != prose.Text && (i > 0 || level > 0),
					mark: itemMark(b, i), opens: olOpens(b, i)})
				if i < len(b.Nested) {
					walk(b.Nested[i], depth, level+1)
				}
			}
		}
	}
	walk(prose.Parse(cleanText(s)), 0, 0)
	return out
}

// itemMark is the number of item i of numbered list b, counting on from
// the list's start as the list counts: "3.", "c.", "iv.".
func itemMark(b prose.Block, i int) string {
	if b.Kind != prose.Numbered {
		return ""
	}
	return prose.ItemMark(b.Count, max(b.Start, 1)+i)
}

// olOpens is the marker that the first item of numbered list b carries
// through Markdown when the list starts at another number or counts in
// letters, and "" otherwise.
func olOpens(b prose.Block, i int) string {
	if b.Kind != prose.Numbered || i > 0 || (b.Start <= 1 && b.Count == "") {
		return ""
	}
	return olMark(max(b.Start, 1), b.Count)
}

// markdownText escapes one line of cleaned reader text for Markdown so
// that it renders as exactly that text.
func markdownText(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	for _, r := range s {
		if r < utf8.RuneSelf && strings.IndexByte(markdownSpecial, byte(r)) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// markdownLinked escapes one line of cleaned reader text as markdownText
// does, with the web addresses in it written as links, as the site shows
// them (see prose.Links). The link is raw HTML, which Markdown passes
// through, so that it carries the site's rel. With cut set the line ends
// where the digest shortened it, and an address running into that end
// may have lost its tail: it stays text rather than lead somewhere else.
func markdownLinked(s string, cut bool) string {
	var b strings.Builder
	last := 0
	for _, l := range prose.Links(s) {
		if cut && l[1] == len(s) {
			break
		}
		u := s[l[0]:l[1]]
		b.WriteString(markdownText(s[last:l[0]]))
		b.WriteString(`<a href="` + html.EscapeString(u) + `" rel="` + prose.LinkRel + `">`)
		b.WriteString(markdownText(u) + "</a>")
		last = l[1]
	}
	b.WriteString(markdownText(s[last:]))
	return b.String()
}

// asciiHTML writes every non-ASCII character of s as a numeric character
// reference. The digest's HTML is made of text and attribute values, where
// a reference means the character itself; as plain ASCII it can travel
// without quoted-printable, which would otherwise be redone for every
// recipient.
func asciiHTML(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		if r < utf8.RuneSelf {
			b.WriteByte(byte(r))
			continue
		}
		b.WriteString("&#")
		b.WriteString(strconv.Itoa(int(r)))
		b.WriteByte(';')
	}
	return b.String()
}
