package inbox

import (
	"bytes"
	"regexp"
	"strings"
)

// Scripts and web forms label bodies wrongly in both directions: a whole
// HTML page sent as text/plain, and typed text sent as text/html. Read as
// labelled, the first shows its tags and the second loses its line breaks.

// isHTMLDocument reports a body that is an HTML page: it opens with a
// doctype or an <html> tag. Nothing a person types starts that way.
func isHTMLDocument(b []byte) bool {
	b = bytes.TrimLeft(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(b) > 32 {
		b = b[:32]
	}
	b = bytes.ToLower(b)
	return bytes.HasPrefix(b, []byte("<!doctype html")) || bytes.HasPrefix(b, []byte("<html"))
}

// markup matches a tag, a comment or an entity.
var markup = regexp.MustCompile(`<[A-Za-z!/?]|&(#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);`)

// hasMarkup reports whether an HTML body holds any tag, comment or entity.
func hasMarkup(b []byte) bool {
	return markup.Match(b)
}

// htmlPlaceholder reports a plain part that is no rendering of the HTML
// part but a note asking for an HTML reader ("This message is in HTML
// format…"), as some mailers and CRMs send: a few short lines naming
// HTML, not found in htmlText, the HTML part's own text, nor holding it;
// that text is asked for only when the plain part could be such a note.
func htmlPlaceholder(plain string, htmlText func() string) bool {
	plain = strings.TrimSpace(plain)
	if len(plain) > 300 || strings.Count(plain, "\n") > 3 || !strings.Contains(plain, "HTML") {
		return false
	}
	p, h := strings.Join(strings.Fields(plain), " "), strings.Join(strings.Fields(htmlText()), " ")
	// A plain part holding the HTML's text is the text of a mixed
	// multipart, its HTML part read after the plain one (sequence).
	return !strings.Contains(h, p) && (h == "" || !strings.Contains(p, h))
}
