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
//
// Any other text subtype is read as plain text too (RFC 2046 4.1.4), as
// text/x-log or a mistyped text/plain-text: it is what the sender wrote.
// The text types that carry data for a program, a calendar entry, a
// contact card or a delivery report's header, and RTF's markup, are not.
func isRichText(mt string) bool {
	switch mt {
	case "text/calendar", "text/x-vcalendar", "text/vcard", "text/x-vcard", "text/directory",
		"text/rfc822-headers", "text/css", "text/javascript", "text/ecmascript", "text/xml", "text/rtf":
		return false
	}
	return strings.HasPrefix(mt, "text/") && mt != "text/plain" && mt != "text/html"
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
// senders put addresses, tables and verse there. The text of an <excerpt>,
// which both types use for a quotation, is quoted with "> " as plain text
// quotes it: a reply quotes the mail it answers so, and unmarked the
// quote could not be told from the reply.
func enrichedToText(s string, richtext bool) string {
	w := &enrichedWriter{richtext: richtext}
	for len(s) > 0 {
		c := s[0]
		switch {
		case c == '<' && !richtext && strings.HasPrefix(s, "<<"):
			w.text("<")
			s = s[2:]
		case c == '<':
			end := strings.IndexByte(s, '>')
			if end < 0 {
				w.text(s)
				return w.b.String()
			}
			w.command(strings.ToLower(strings.TrimSpace(s[1:end])))
			s = s[end+1:]
		case c == '\n':
			n := len(s) - len(strings.TrimLeft(s, "\n"))
			s = s[n:]
			w.lineBreaks(n)
		default:
			w.text(s[:1])
			s = s[1:]
		}
	}
	return w.b.String()
}

// enrichedWriter writes the text of text/enriched or text/richtext as the
// commands open so far have it read.
type enrichedWriter struct {
	b        strings.Builder
	richtext bool
	hidden   string // the command whose text is hidden, "" for none
	nofill   int    // <nofill> commands open
	excerpt  int    // <excerpt> commands open
	midLine  bool   // text was written since the last line break
}

// text writes s, which holds no line break, after the quote marks of the
// open excerpts when it starts a line.
func (w *enrichedWriter) text(s string) {
	if w.hidden != "" {
		return
	}
	if !w.midLine && w.excerpt > 0 {
		w.b.WriteString(strings.Repeat("> ", w.excerpt))
	}
	w.midLine = true
	w.b.WriteString(s)
}

// lineBreaks writes what n line breaks in a row of the source stand for.
func (w *enrichedWriter) lineBreaks(n int) {
	switch {
	case w.hidden != "":
	case w.nofill > 0 && !w.richtext:
		w.breakLine(n)
	case w.richtext || n == 1:
		if w.midLine {
			w.b.WriteByte(' ')
		}
	default:
		w.breakLine(n - 1)
	}
}

func (w *enrichedWriter) breakLine(n int) {
	w.b.WriteString(strings.Repeat("\n", n))
	w.midLine = false
}

// command applies a formatting command: it may write text, hide the text
// up to its end, or open or close a block.
func (w *enrichedWriter) command(tag string) {
	if w.hidden != "" {
		if tag == "/"+w.hidden {
			w.hidden = ""
		}
		return
	}
	switch {
	case tag == "param" && !w.richtext, tag == "comment" && w.richtext:
		w.hidden = tag
	case w.richtext && tag == "lt":
		w.text("<")
	case w.richtext && tag == "nl":
		w.breakLine(1)
	case w.richtext && tag == "np":
		w.breakLine(2)
	case tag == "nofill" && !w.richtext:
		w.nofill++
	case tag == "/nofill" && w.nofill > 0:
		w.nofill--
	case tag == "excerpt", tag == "/excerpt" && w.excerpt > 0:
		// An excerpt is a block of its own lines.
		if w.midLine {
			w.breakLine(1)
		}
		if tag == "excerpt" {
			w.excerpt++
		} else {
			w.excerpt--
		}
	}
}
