package web

import (
	"net/mail"
	"strings"
	"unicode"
	"unicode/utf8"

	"helpline/internal/prose"
)

// maxFormBytes bounds a form post; the longest field allowed is far below.
const maxFormBytes = 64 << 10

// formCheck collects what is wrong with a form, in the reader's words and
// language. Fields are named by the message ID of their label.
type formCheck struct {
	t    func(id string, args ...any) string
	errs []string
}

func (s *Server) formCheck() *formCheck { return &formCheck{t: s.loc.T} }

func (c *formCheck) add(id string, args ...any) { c.errs = append(c.errs, c.t(id, args...)) }

// failed reports whether anything was wrong.
func (c *formCheck) failed() bool { return len(c.errs) > 0 }

// cleanText cleans a multi-line field as all reader text is cleaned and
// trims it.
func cleanText(s string) string {
	return strings.TrimSpace(prose.Clean(s))
}

// oneLine is a one-line field as posted, trimmed and without the
// characters that set the direction of text: a Hebrew or Arabic keyboard
// or a paste puts marks in a name that its writer cannot see, so they
// are dropped rather than refused, and the pages isolate names (<bdi>)
// so that one shown before a date cannot turn the date around.
func oneLine(s string) string {
	return strings.TrimSpace(prose.WithoutDirection(s))
}

// line checks a one-line field: its length in characters and that it
// holds no line breaks or control characters, which have no place in a
// name or a title and could split a mail header. The characters that set
// the direction of text are no longer there (oneLine).
func (c *formCheck) line(field, v string, minLen, maxLen int) {
	label := c.t(field)
	n := utf8.RuneCountInString(v)
	switch {
	case !utf8.ValidString(v):
		c.add("form_not_text", label)
	case strings.ContainsAny(v, "\r\n"):
		c.add("form_one_line", label)
	case strings.IndexFunc(v, unicode.IsControl) >= 0:
		c.add("form_control", label)
	case n < minLen && minLen == 1:
		c.add("form_required", label)
	case n < minLen:
		c.add("form_too_short", label, minLen)
	case n > maxLen:
		c.add("form_too_long", label, maxLen)
	}
}

// text checks a multi-line field.
func (c *formCheck) text(field, v string, minLen, maxLen int) {
	label := c.t(field)
	n := utf8.RuneCountInString(v)
	switch {
	case !utf8.ValidString(v):
		c.add("form_not_text", label)
	case strings.IndexFunc(v, func(r rune) bool { return unicode.IsControl(r) && r != '\n' && r != '\t' }) >= 0:
		c.add("form_control", label)
	case n == 0:
		c.add("form_required", label)
	case n < minLen:
		c.add("form_too_short", label, minLen)
	case n > maxLen:
		c.add("form_too_long", label, maxLen)
	}
}

// email checks a bare address such as "jo@example.org".
func (c *formCheck) email(field, v string, required bool) {
	label := c.t(field)
	if v == "" {
		if required {
			c.add("form_required", label)
		}
		return
	}
	if len(v) > 254 || strings.ContainsAny(v, "\r\n") {
		c.add("form_not_email", label)
		return
	}
	a, err := mail.ParseAddress(v)
	if err != nil || a.Address != v || a.Name != "" || !strings.Contains(v[strings.LastIndexByte(v, '@')+1:], ".") {
		c.add("form_not_email", label)
	}
}
