package inbox

import (
	"bytes"
	"errors"
	"io"
	"mime"
	"strings"
	"unicode"

	"github.com/emersion/go-message/textproto"
)

// part is one body part of a multipart: its header and its raw body.
type part struct {
	header textproto.Header
	body   []byte
}

// multipart reads the parts of a multipart body with go-message's reader;
// when that gives up (no boundary, a boundary that is not in the body, no
// closing delimiter, a broken part header) splitMultipart takes over. ok
// is false when no part could be found; the caller then reads the body as
// text.
func (w *walker) multipart(boundary string, body []byte) ([]part, bool) {
	parts, ok := w.delimitedParts(boundary, body)
	if lead := undelimitedPart(boundary, body); lead != nil {
		w.warn("the first part has no MIME boundary before it; read as a part")
		return append(w.readRawParts([][]byte{lead}), parts...), true
	}
	return parts, ok
}

func (w *walker) delimitedParts(boundary string, body []byte) ([]part, bool) {
	if boundary != "" {
		if parts, err := readParts(boundary, body); err == nil && len(parts) > 0 {
			if raws := w.lineByLine(boundary, body, len(parts)); raws != nil {
				return w.readRawParts(raws), true
			}
			parts = w.headerlessParts(boundary, body, parts)
			if reusesBoundary(boundary, parts) {
				w.warn("a nested multipart reuses its parent's boundary")
				parts = append(parts, w.readRawParts(partsAfterClose(boundary, body))...)
			}
			return parts, true
		}
	}
	raws, ok := w.splitMultipart(boundary, body)
	return w.readRawParts(raws), ok
}

// lineByLine splits body at its delimiter lines one line at a time when
// its lines end in both CRLF and LF and that finds more parts than the
// n the multipart reader found, or returns nil. The reader expects every
// delimiter to end as the first one does and misses the others, leaving
// them and the parts they start inside a part's body; mail clients read
// each line as it ends.
func (w *walker) lineByLine(boundary string, body []byte, n int) [][]byte {
	crlf := bytes.Count(body, []byte("\r\n"))
	if crlf == 0 || crlf == bytes.Count(body, []byte("\n")) {
		return nil
	}
	raws, _, found := splitOn(boundary, body)
	if !found || len(raws) <= n {
		return nil
	}
	w.warn("lines end in both CRLF and LF; the parts are read line by line")
	return raws
}

// undelimitedPart returns the text before a multipart's first delimiter
// when it starts with a part's own fields, or with a mistyped delimiter
// line and then those fields: mailers that lose or garble the first
// delimiter write the first part's header right below the mail's, and
// read as the preamble that part would be dropped or shown as raw MIME.
// It returns nil for an ordinary preamble.
func undelimitedPart(boundary string, body []byte) []byte {
	if boundary == "" {
		return nil
	}
	body = bytes.TrimLeft(body, "\r\n")
	first, rest := cutLine(body)
	// A mistyped delimiter is told from a body written with another
	// boundary throughout by the declared one following it.
	if bytes.HasPrefix(first, []byte("--"+boundary)) {
		return nil
	}
	mistyped := bytes.HasPrefix(first, []byte("--"))
	if mistyped {
		body = rest
		first, _ = cutLine(rest)
	}
	if !isContentField(first) {
		return nil
	}
	delim := []byte("--" + boundary)
	for pos := 0; pos < len(body); {
		line, next := cutLine(body[pos:])
		if delimiterKind(line, delim) != noDelim {
			return trimPartEnd(body[:pos])
		}
		if next == nil {
			break
		}
		pos = len(body) - len(next)
	}
	if mistyped {
		return nil
	}
	return body
}

func (w *walker) readRawParts(raws [][]byte) []part {
	raws = raws[:min(len(raws), maxParts)]
	parts := make([]part, 0, len(raws))
	for _, raw := range raws {
		h, b, warns := w.readHeader(raw)
		if textAsHeader(h) {
			w.warn("a part has no header; the line that reads as one is kept as text")
			h, b, warns = textproto.Header{}, bytes.TrimLeft(raw, "\r\n"), nil
		}
		for _, s := range warns {
			w.warn(s)
		}
		parts = append(parts, part{h, b})
	}
	return parts
}

// reusesBoundary reports whether one of parts is a multipart declaring
// the same boundary. Mailers that do this close the nested multipart with
// the parent's closing delimiter, and the parent's remaining parts come
// after it; a reader that stops there loses them.
func reusesBoundary(boundary string, parts []part) bool {
	for _, p := range parts {
		ct := p.header.Get("Content-Type")
		if !strings.Contains(ct, boundary) {
			continue
		}
		if mt, params, err := mime.ParseMediaType(ct); err == nil && strings.HasPrefix(mt, "multipart/") && params["boundary"] == boundary {
			return true
		}
	}
	return false
}

// partsAfterClose returns the parts that follow the first closing
// delimiter, or nil when none do.
func partsAfterClose(boundary string, body []byte) [][]byte {
	closing := []byte("--" + boundary + "--")
	i := bytes.Index(body, closing)
	for i > 0 && body[i-1] != '\n' {
		j := bytes.Index(body[i+len(closing):], closing)
		if j < 0 {
			return nil
		}
		i += len(closing) + j
	}
	if i < 0 {
		return nil
	}
	rest := body[i+len(closing):]
	if !bytes.Contains(rest, []byte("\n--"+boundary)) {
		return nil
	}
	parts, _, found := splitOn(boundary, rest)
	if !found {
		return nil
	}
	return parts
}

// errPartHeaderTooLong sends a part whose header goes past maxHeaderBytes
// to readHeader, which reads as much of it as that allows.
var errPartHeaderTooLong = errors.New("part header too long")

// readParts reads the parts of body; beyond maxParts the walker would skip
// them anyway.
func readParts(boundary string, body []byte) ([]part, error) {
	mr := textproto.NewMultipartReader(bytes.NewReader(body), boundary)
	var parts []part
	from, buf := 0, make([]byte, 4<<10)
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			return parts, nil
		}
		if err != nil {
			return nil, err
		}
		if headerSize(p.Header) > maxHeaderBytes {
			return nil, errPartHeaderTooLong
		}
		if len(parts) == maxParts {
			return parts, nil
		}
		b, next, err := readPartBody(p, body, from, buf)
		if err != nil {
			return nil, err
		}
		from = next
		parts = append(parts, part{p.Header, b})
	}
}

// splitMultipart cuts a multipart body into its parts leniently. It
// tolerates a missing or wrong boundary parameter (guessing it from the
// body), a missing closing delimiter and junk around the parts.
func (w *walker) splitMultipart(boundary string, body []byte) ([][]byte, bool) {
	if boundary != "" {
		if parts, closed, found := splitOn(boundary, body); found {
			switch closed {
			case noDelim:
				w.warn("missing closing MIME boundary")
			case shortClose:
				w.warn("closing MIME boundary with one dash; read as the close")
			}
			return parts, true
		}
	}
	if flat := dedented(body); boundary != "" && flat != nil {
		if parts, _, found := splitOn(boundary, flat); found {
			w.warn("the MIME body is indented; read without its indent")
			return parts, true
		}
	}
	guess, ok := guessBoundary(body)
	if !ok {
		if boundary == "" {
			w.warn("multipart without boundary; read as text")
		} else {
			w.warn("MIME boundary not found; read as text")
		}
		return nil, false
	}
	if boundary == "" {
		w.warn("multipart without boundary; guessed from body")
	} else {
		w.warn("MIME boundary does not match the body; guessed from body")
	}
	parts, _, found := splitOn(guess, body)
	return parts, found
}

// splitOn splits body at delimiter lines "--boundary" (RFC 2046 5.1.1),
// and says which delimiter closed it (noDelim for none). The line break
// before a delimiter belongs to the delimiter.
func splitOn(boundary string, body []byte) (parts [][]byte, closed delimiter, found bool) {
	delim := []byte("--" + boundary)
	start := -1
	pos := 0
	for pos <= len(body) {
		line, next := cutLine(body[pos:])
		lineEnd := len(body) - len(next)
		if next == nil {
			lineEnd = len(body)
		}
		if kind := delimiterKind(line, delim); kind != noDelim {
			if start >= 0 {
				parts = append(parts, trimPartEnd(body[start:pos]))
			}
			found = true
			if kind != openDelim {
				return parts, kind, true
			}
			start = lineEnd
		}
		if next == nil {
			break
		}
		pos = lineEnd
	}
	if start >= 0 && start < len(body) {
		parts = append(parts, trimStrayClose(body[start:]))
	}
	return parts, noDelim, found
}

// trimStrayClose drops a closing delimiter of another boundary from the
// end of an unclosed last part: senders that write one boundary in the
// header and others in the body close with one of their own, and read as
// text it ends up in the mail's text.
func trimStrayClose(p []byte) []byte {
	t := bytes.TrimRight(p, " \t\r\n")
	i := bytes.LastIndexByte(t, '\n')
	if i < 0 {
		return p
	}
	last := t[i+1:]
	if !bytes.HasPrefix(last, []byte("--")) || !bytes.HasSuffix(last, []byte("--")) ||
		bytes.ContainsAny(last, " \t") || len(bytes.Trim(last, "-")) == 0 {
		return p
	}
	return t[:i+1]
}

// delimiter is what kind of delimiter line a line is.
type delimiter int

const (
	noDelim    delimiter = iota
	openDelim            // "--boundary", before a part
	closeDelim           // "--boundary--"
	shortClose           // "--boundary-", a close some gateways write with one dash
)

// delimiterKind says which delimiter line line is.
func delimiterKind(line, delim []byte) delimiter {
	if !bytes.HasPrefix(line, delim) {
		return noDelim
	}
	rest := line[len(delim):]
	kind := openDelim
	switch {
	case bytes.HasPrefix(rest, []byte("--")):
		kind, rest = closeDelim, rest[2:]
		if len(rest) > 0 && (rest[0] == ' ' || rest[0] == '\t') {
			// Words after the close and a space are the epilogue's:
			// "--b-- end of message".
			return closeDelim
		}
	case bytes.HasPrefix(rest, []byte("-")):
		kind, rest = shortClose, rest[1:]
	}
	if len(bytes.TrimSpace(rest)) != 0 {
		return noDelim
	}
	return kind
}

func trimPartEnd(p []byte) []byte {
	if bytes.HasSuffix(p, []byte("\r\n")) {
		return p[:len(p)-2]
	}
	return bytes.TrimSuffix(p, []byte("\n"))
}

// guessBoundary finds the first "--token" line followed by something that
// looks like a part header. A bare "--" line followed by a part header is
// the delimiter of an empty boundary: mailers that write boundary=""
// delimit their parts so. A token of no letter or digit is a rule drawn
// in the text ("--------------------"), no boundary.
func guessBoundary(body []byte) (string, bool) {
	rest := body
	for len(rest) > 0 {
		line, next := cutLine(rest)
		following, _ := cutLine(next)
		if len(line) > 2 && bytes.HasPrefix(line, []byte("--")) {
			tok := strings.TrimSpace(string(line[2:]))
			if tok != "" && len(tok) <= 200 && !strings.ContainsAny(tok, " \t") && strings.IndexFunc(tok, isLetterOrDigit) >= 0 &&
				(headerKey(following) != "" || len(bytes.TrimSpace(following)) == 0) {
				return strings.TrimSuffix(tok, "--"), true
			}
		}
		if string(line) == "--" && isContentField(following) {
			return "", true
		}
		rest = next
	}
	return "", false
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isContentField reports whether line is a MIME part field, "Content-...:".
func isContentField(line []byte) bool {
	k := headerKey(line)
	return len(k) > 8 && strings.EqualFold(k[:8], "content-")
}

// preambleText is the text before a multipart's first delimiter, for a
// multipart none of whose parts is text: old mailers and some report
// generators write the human-readable explanation there. The note that
// the mail is in MIME format, which mailers put there for readers
// without MIME ("This is a multi-part message in MIME format."), is not
// text of the mail: a paragraph that names MIME goes whole, however its
// lines were wrapped.
//
// The body is cut at the boundary the parts were split on: the declared
// one, or the one guessed from the body when the declared one is not in
// it. Text with no delimiter under it is not a preamble.
func (w *walker) preambleText(boundary string, body []byte) []string {
	text, _, found := preamble(boundary, body)
	if !found {
		// A guess stands only over a part's own fields: a line of
		// dashes over a blank line ends no preamble.
		if guess, ok := guessBoundary(body); ok && guess != boundary {
			var part []byte
			text, part, found = preamble(guess, body)
			first, _ := cutLine(part)
			found = found && isContentField(first)
		}
	}
	if !found || len(text) == 0 {
		return nil
	}
	return []string{w.text(text, "")}
}

// preamble returns the text of body before its first delimiter of
// boundary, its MIME notes left out, what follows that delimiter, and
// whether there is such a delimiter.
func preamble(boundary string, body []byte) (text, part []byte, found bool) {
	if boundary == "" {
		return nil, nil, false
	}
	var kept, para [][]byte
	endPara := func() {
		if p := bytes.Join(para, []byte("\n")); len(bytes.TrimSpace(p)) > 0 && !bytes.Contains(p, []byte("MIME")) {
			kept = append(kept, p)
		}
		para = para[:0]
	}
	delim := []byte("--" + boundary)
	for rest := body; len(rest) > 0; {
		line, next := cutLine(rest)
		if delimiterKind(line, delim) != noDelim {
			endPara()
			return bytes.TrimSpace(bytes.Join(kept, []byte("\n\n"))), next, true
		}
		if len(bytes.TrimSpace(line)) == 0 {
			endPara()
		} else {
			para = append(para, line)
		}
		rest = next
	}
	return nil, nil, false
}

// unflow joins the soft line breaks of format=flowed text (RFC 3676 4.1).
func unflow(s string, delsp bool) string {
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	var cur strings.Builder
	curDepth, open := 0, false
	for _, line := range lines {
		depth := 0
		for depth < len(line) && line[depth] == '>' {
			depth++
		}
		body := line[depth:]
		body = strings.TrimPrefix(body, " ") // space-stuffing
		// The signature separator is neither fixed nor flowed (RFC 3676
		// 4.3): a flowed line over it ends its paragraph.
		if open && (depth != curDepth || body == "-- ") {
			out = append(out, cur.String())
			cur.Reset()
			open = false
		}
		if !open {
			cur.WriteString(strings.Repeat(">", depth))
			if depth > 0 {
				cur.WriteString(" ")
			}
			curDepth = depth
		}
		flowed := strings.HasSuffix(body, " ") && body != "-- "
		if flowed && delsp {
			body = body[:len(body)-1]
		}
		cur.WriteString(body)
		open = flowed
		if !flowed {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	if open {
		out = append(out, cur.String())
	}
	return strings.Join(out, "\n")
}

// sequence joins the parts of a multipart that is no alternative: a reader
// shows them one after another (RFC 2046 5.1.3). A part that has HTML and
// no plain version, standing among parts with plain text, gives the text
// of its HTML in its place. Relays and mailing lists add a plain footer
// below an HTML-only mail this way; read apart, the footer alone would be
// the mail's plain text and what was typed would be lost. HTML that
// mostly repeats the words of the plain text beside it, as from senders
// who write "mixed" where they mean "alternative", adds nothing.
func (w *walker) sequence(subs []content) content {
	var plain []string
	firstPlain, lastHTML := -1, -1
	for i, s := range subs {
		for _, t := range s.plain {
			if strings.TrimSpace(t) != "" {
				plain = append(plain, t)
				if firstPlain < 0 {
					firstPlain = i
				}
			}
		}
		if len(s.plain) == 0 && len(s.html) > 0 {
			lastHTML = i
		}
	}
	var c content
	if len(plain) == 0 || lastHTML < 0 {
		for _, s := range subs {
			c.merge(s)
		}
		return c
	}
	// Plain parts that all come after the HTML were added below it: the
	// HTML is what was written, and is what the reply is read from.
	w.plainTrailer = w.plainTrailer || firstPlain > lastHTML
	said := wordSet(strings.Join(plain, " "))
	for _, s := range subs {
		if len(s.plain) == 0 && len(s.html) > 0 {
			t := HTMLToText(strings.Join(s.html, "\n"))
			if !repeatsWords(t, said) {
				w.warn("an HTML part stands among plain parts; its text is read in its place")
				c.plain = append(c.plain, t)
			}
		}
		c.merge(s)
	}
	return c
}

// words splits text into lowercased runs of letters and digits.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

func wordSet(s string) map[string]bool {
	set := map[string]bool{}
	for _, w := range words(s) {
		set[w] = true
	}
	return set
}

// repeatsWords reports whether text has no words, or at least 60% of its
// words are in said: a rendering of the same message differs from its
// plain version in links, markers and spacing, not in most words.
func repeatsWords(text string, said map[string]bool) bool {
	ws := words(text)
	seen := 0
	for _, w := range ws {
		if said[w] {
			seen++
		}
	}
	return seen*10 >= len(ws)*6
}

// headerSize is how many bytes h's fields hold.
func headerSize(h textproto.Header) int {
	n := 0
	for f := h.Fields(); f.Next(); {
		n += len(f.Key()) + len(f.Value())
	}
	return n
}
