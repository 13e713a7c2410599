package prose

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text from readers reaches pages, feeds, mail headers and the database.
// The helpers below are the one place that decides what of it survives and
// how it is cut, so that a title or a name reads the same everywhere.

// Clean makes text a person sent fit to keep and show: invalid UTF-8 is
// repaired with U+FFFD, every line end ("\r\n", "\r", U+2028, U+2029)
// becomes "\n", and control characters other than newline and tab are
// dropped: a stray escape or form feed is invisible at best, and XML
// forbids most of them. Unicode noncharacters become U+FFFD; they mean
// nothing in interchanged text, and the digest uses some as placeholders.
func Clean(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n', r == '\t':
			return r
		case r == '\r', r == '\u2028', r == '\u2029':
			return '\n'
		case unicode.IsControl(r):
			return -1
		case isNoncharacter(r):
			return '\uFFFD'
		}
		return r
	}, s)
}

// isNoncharacter reports whether r is one of Unicode's 66 noncharacters.
func isNoncharacter(r rune) bool {
	return (r >= 0xFDD0 && r <= 0xFDEF) || r&0xFFFE == 0xFFFE
}

// OneLine is Clean for text shown on one line, such as a title, a name or a
// header: every run of white space, line breaks included, becomes one
// space, and none is left at either end.
func OneLine(s string) string {
	return strings.Join(strings.Fields(Clean(s)), " ")
}

// Shorten cuts s to at most max characters and reports whether it cut
// anything. It cuts at the last space in the second half of what fits, so
// a word is cut only when it is longer than half the room, and ends the
// result with "…" in place of the space, punctuation and rest it dropped.
func Shorten(s string, max int) (string, bool) {
	if utf8.RuneCountInString(s) <= max {
		return s, false
	}
	if max < 1 {
		return "", true
	}
	cut, n := len(s), 0
	for i := range s {
		if n == max-1 { // room for the ellipsis
			cut = i
			break
		}
		n++
	}
	head := s[:cut]
	if sp := strings.LastIndexFunc(head, unicode.IsSpace); sp > len(head)/2 {
		head = head[:sp]
	}
	head = strings.TrimRightFunc(head, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) })
	return head + "…", true
}

// Leading returns the first n bytes of s at most, not cutting a
// character.
func Leading(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// maxName bounds a display name as kept: it is what a sender or a form
// chooses, without limit, and it travels in the To header of our mail.
const maxName = 100

// Name is a reader's display name as kept: one line, at most maxName
// characters, without the characters that set the direction of text. A
// name is shown inside other text, in the owner's notification and the
// To of our mail: an override left open there turns the words after it
// around.
func Name(s string) string {
	s, _ = Shorten(OneLine(WithoutDirection(s)), maxName)
	return s
}

// IsDirectionControl reports whether r is one of the marks, embeddings,
// overrides and isolates that set the direction of text (Unicode's
// bidirectional format characters). They show nothing themselves; one
// left open turns the words after it around, beyond the field it was
// typed in.
func IsDirectionControl(r rune) bool {
	return r == '\u061c' || r == '\u200e' || r == '\u200f' ||
		r >= '\u202a' && r <= '\u202e' || r >= '\u2066' && r <= '\u2069'
}

// WithoutDirection is s without the characters that set the direction of
// text (IsDirectionControl): the words read the same without them.
func WithoutDirection(s string) string {
	return strings.Map(dropDirection, s)
}

// dropDirection is r, or nothing when it sets the direction of text.
func dropDirection(r rune) rune {
	if IsDirectionControl(r) {
		return -1
	}
	return r
}

// maxFirstName bounds a first name as shown: a name is what a sender
// chooses, without limit.
const maxFirstName = 30

// FirstName is how a reader is greeted and credited in public: the first
// word of their display name, without the quotes and brackets mail clients
// leave around it, or "" when there is none or it looks like an address,
// which must never be shown: an at sign typed full-width counts too. The
// marks that set the direction of text go: shown in a line of the page,
// one would turn the words after the name around.
func FirstName(name string) string {
	for _, w := range strings.Fields(WithoutDirection(Clean(name))) {
		w = strings.Trim(w, `"'“”‘’„«»,;:()<>[]`)
		if w == "" {
			continue
		}
		if strings.ContainsAny(w, "@＠﹫<>") {
			return ""
		}
		first, _ := Shorten(w, maxFirstName)
		return first
	}
	return ""
}
