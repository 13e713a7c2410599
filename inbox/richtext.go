package inbox

import (
	"strings"
)

// richPart is a body part in one of the text types other than plain and
// HTML that mail clients show as text, kept until the mail turns out to
// have no plain or HTML text.
type richPart struct {
	data    []byte
	charset string
	mt      string
}

// isRichText reports the text types a mail client shows as text though
// they are neither plain nor HTML: text/enriched (RFC 1896), its forerunner
// text/richtext (RFC 1341 7.1.3), and Markdown (RFC 7763), which is meant
// to read as plain text as it stands. Mutt, Emacs and some phone apps send
// the first two, and scripts and chat bridges the last, with no plain
// version beside them.
func isRichText(mt string) bool {
	switch mt {
	case "text/enriched", "text/richtext", "text/markdown", "text/x-markdown":
		return true
	}
	return false
}

// richText is the text of the rich parts of a mail that has no plain or
// HTML text, or nil when it has none.
func (w *walker) richText() []string {
	if len(w.rich) == 0 {
		return nil
	}
	w.warn("no plain or HTML text; the " + w.rich[0].mt + " part is read as text")
	texts := make([]string, 0, len(w.rich))
	for _, p := range w.rich {
		s := w.text(p.data, p.charset)
		switch p.mt {
		case "text/enriched":
			s = enrichedToText(s, false)
		case "text/richtext":
			s = enrichedToText(s, true)
		}
		texts = append(texts, s)
	}
	return texts
}

// enrichedToText reads text/enriched as RFC 1896 does: formatting commands
// in angle brackets go, "<<" is a "<", the text of a <param> command is no
// text, and a line break alone is a space while n in a row are n-1. In
// text/richtext (richtext set) every line break is a space, <nl> and <np>
// break the line, <lt> is a "<" and a <comment> is no text. Inside
// <nofill> the text/enriched line breaks stand as written (RFC 1896 4):
// senders put addresses, tables and verse there.
func enrichedToText(s string, richtext bool) string {
	var b strings.Builder
	hidden, nofill := "", 0
	for len(s) > 0 {
		c := s[0]
		switch {
		case c == '<' && !richtext && strings.HasPrefix(s, "<<"):
			if hidden == "" {
				b.WriteByte('<')
			}
			s = s[2:]
		case c == '<':
			end := strings.IndexByte(s, '>')
			if end < 0 {
				b.WriteString(s)
				return b.String()
			}
			tag := strings.ToLower(strings.TrimSpace(s[1:end]))
			s = s[end+1:]
			if !richtext && hidden == "" {
				nofill += nofillStep(tag, nofill)
			}
			hidden = enrichedCommand(&b, tag, hidden, richtext)
		case c == '\n':
			n := len(s) - len(strings.TrimLeft(s, "\n"))
			s = s[n:]
			if hidden != "" {
				continue
			}
			if nofill > 0 {
				b.WriteString(strings.Repeat("\n", n))
			} else if richtext || n == 1 {
				b.WriteByte(' ')
			} else {
				b.WriteString(strings.Repeat("\n", n-1))
			}
		default:
			if hidden == "" {
				b.WriteByte(c)
			}
			s = s[1:]
		}
	}
	return b.String()
}

// nofillStep is how a text/enriched command changes the depth of
// <nofill> commands open at depth.
func nofillStep(tag string, depth int) int {
	switch {
	case tag == "nofill":
		return 1
	case tag == "/nofill" && depth > 0:
		return -1
	}
	return 0
}

// enrichedCommand writes what a formatting command stands for and returns
// the command whose text is hidden from here on, "" for none.
func enrichedCommand(b *strings.Builder, tag, hidden string, richtext bool) string {
	if hidden != "" {
		if tag == "/"+hidden {
			return ""
		}
		return hidden
	}
	switch {
	case tag == "param" && !richtext, tag == "comment" && richtext:
		return tag
	case richtext && tag == "lt":
		b.WriteByte('<')
	case richtext && tag == "nl":
		b.WriteByte('\n')
	case richtext && tag == "np":
		b.WriteString("\n\n")
	}
	return ""
}
