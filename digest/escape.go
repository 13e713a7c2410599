package digest

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"helpline/internal/prose"
)

// Reader text (titles, questions, answers, names) reaches hermes through
// Markdown, which blackfriday turns into HTML with raw HTML passed through
// and entities taken literally. cleanText and markdownText make such text
// inert: every character Markdown or HTML could act on is backslash-escaped,
// so blackfriday emits it as an escaped character, and the characters the
// digest reserves for its own placeholders are replaced.

// markdownSpecial are the characters blackfriday honours a backslash
// before; together they cover every Markdown construct and "<" and "&".
const markdownSpecial = "\\`*_{}[]()#+-.!:|&<>~"

// isReserved reports whether r is a Unicode noncharacter. The digest uses
// some as placeholders for per-recipient text; they have no meaning in
// interchanged text, so reader text loses them.
func isReserved(r rune) bool {
	return (r >= 0xFDD0 && r <= 0xFDEF) || r&0xFFFE == 0xFFFE
}

// cleanText normalises reader text: line ends become "\n", control
// characters other than newline and tab go, reserved characters become
// U+FFFD, and invalid UTF-8 is repaired.
func cleanText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r == '\r', r == '\t':
			return ' '
		case unicode.IsControl(r), r == '\u2028', r == '\u2029':
			return -1
		case isReserved(r):
			return '\uFFFD'
		}
		return r
	}, s)
}

// oneLine cleans s and folds all its whitespace into single spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(cleanText(s)), " ")
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
	// br says that the line continues the paragraph before it after a
	// line break that was meant, such as in a sign-off.
	br bool
}

// units cleans s and reads it as the site does (see prose), flattened to
// lines so that the digest can keep whole ones while they fit.
func units(s string) []unit {
	var out []unit
	var walk func(bs []prose.Block, depth int)
	walk = func(bs []prose.Block, depth int) {
		for _, b := range bs {
			if b.Kind == prose.Quote {
				walk(b.Blocks, depth+1)
				continue
			}
			for i, line := range b.Lines {
				out = append(out, unit{kind: b.Kind, text: line, depth: depth, br: b.Kind == prose.Text && i > 0})
			}
		}
	}
	walk(prose.Parse(cleanText(s)), 0)
	return out
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

// shorten cuts s (one line) to at most max runes at a word boundary and
// reports whether it cut anything. The cut text ends with an ellipsis.
func shorten(s string, max int) (string, bool) {
	if utf8.RuneCountInString(s) <= max {
		return s, false
	}
	// Keep max-1 runes, leaving room for the ellipsis.
	cut, n := len(s), 0
	for i := range s {
		if n == max-1 {
			cut = i
			break
		}
		n++
	}
	head := s[:cut]
	if sp := strings.LastIndexByte(head, ' '); sp > len(head)/2 {
		head = head[:sp]
	}
	head = strings.TrimRightFunc(head, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) })
	return head + "…", true
}

// firstName returns the first word of a reader's name, never anything that
// looks like an address, or "" when there is none to show.
func firstName(name string) string {
	for _, w := range strings.Fields(cleanText(name)) {
		w = strings.Trim(w, `"'“”‘’,;()<>[]`)
		if w == "" {
			continue
		}
		if strings.ContainsAny(w, "@") {
			return ""
		}
		first, _ := shorten(w, 30)
		return first
	}
	return ""
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
