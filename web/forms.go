package web

import (
	"fmt"
	"net/mail"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxFormBytes bounds a form post; the longest field allowed is far below.
const maxFormBytes = 64 << 10

// formErrors collects what is wrong with a form, in the reader's words.
type formErrors []string

func (e *formErrors) add(format string, args ...any) { *e = append(*e, fmt.Sprintf(format, args...)) }

// cleanText normalises line ends and trims a multi-line field.
func cleanText(s string) string {
	return strings.TrimSpace(strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n"))
}

// checkLine checks a one-line field: its length in characters and that it
// holds no line breaks or control characters, which have no place in a
// name or a title and could split a mail header.
func (e *formErrors) checkLine(label, v string, minLen, maxLen int) {
	n := utf8.RuneCountInString(v)
	switch {
	case !utf8.ValidString(v):
		e.add("%s contains characters that are not text.", label)
	case strings.ContainsAny(v, "\r\n"):
		e.add("%s must be on one line.", label)
	case strings.IndexFunc(v, unicode.IsControl) >= 0:
		e.add("%s contains control characters.", label)
	case n < minLen && minLen == 1:
		e.add("%s is required.", label)
	case n < minLen:
		e.add("%s is too short: at least %d characters, please.", label, minLen)
	case n > maxLen:
		e.add("%s is too long: at most %d characters, please.", label, maxLen)
	}
}

// checkText checks a multi-line field.
func (e *formErrors) checkText(label, v string, minLen, maxLen int) {
	n := utf8.RuneCountInString(v)
	switch {
	case !utf8.ValidString(v):
		e.add("%s contains characters that are not text.", label)
	case strings.IndexFunc(v, func(r rune) bool { return unicode.IsControl(r) && r != '\n' && r != '\t' }) >= 0:
		e.add("%s contains control characters.", label)
	case n == 0:
		e.add("%s is required.", label)
	case n < minLen:
		e.add("%s is too short: at least %d characters, please.", label, minLen)
	case n > maxLen:
		e.add("%s is too long: at most %d characters, please.", label, maxLen)
	}
}

// checkEmail checks a bare address such as "jo@example.org".
func (e *formErrors) checkEmail(label, v string, required bool) {
	if v == "" {
		if required {
			e.add("%s is required.", label)
		}
		return
	}
	if len(v) > 254 || strings.ContainsAny(v, "\r\n") {
		e.add("%s does not look like an email address.", label)
		return
	}
	a, err := mail.ParseAddress(v)
	if err != nil || a.Address != v || a.Name != "" || !strings.Contains(v[strings.LastIndexByte(v, '@')+1:], ".") {
		e.add("%s does not look like an email address.", label)
	}
}
