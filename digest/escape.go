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

// paragraphs cleans s and returns its paragraphs (split at blank lines),
// each folded onto one line. Folding keeps a line of "===" or leading
// spaces from turning into a heading or a code block.
func paragraphs(s string) []string {
	var out []string
	for _, p := range strings.Split(cleanText(s), "\n\n") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// block is one paragraph, folded onto one line, or one list item.
type block struct {
	kind prose.Kind
	text string
}

// blocks cleans s and splits it into paragraphs at blank lines, with list
// items (read as the site reads them) as blocks of their own, so that an
// answer's lists stay lists. Folding the rest keeps a line of "===" or
// leading spaces from turning into a heading or a code block.
func blocks(s string) []block {
	var out []block
	for _, chunk := range strings.Split(cleanText(s), "\n\n") {
		var para []string
		flush := func() {
			if len(para) > 0 {
				out = append(out, block{prose.Text, strings.Join(para, " ")})
				para = nil
			}
		}
		for _, line := range strings.Split(chunk, "\n") {
			kind, rest := prose.Line(line)
			rest = strings.Join(strings.Fields(rest), " ")
			switch {
			case rest == "":
			case kind == prose.Text:
				para = append(para, rest)
			default:
				flush()
				out = append(out, block{kind, rest})
			}
		}
		flush()
	}
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
