package inbox

import (
	"bytes"
	"regexp"
	"slices"
	"strings"

	"github.com/emersion/go-message/textproto"
)

// maxHeaderBytes bounds the header block we read, as go-message does by
// default; anything longer is body or garbage.
const maxHeaderBytes = 1 << 20

// maxStrayLines bounds how far lenientHeader looks past a line that lost
// its folding whitespace for the header field that shows the header goes on.
const maxStrayLines = 10

// readHeader splits a message or part into its header and body. go-message
// reads a header as RFC 5322 has it (a line holding only whitespace folds
// like any other); what it refuses, lenientHeader reads. A leading mbox
// "From " line is skipped; "From : Ana", the field with a space before
// its colon as RFC 822 allowed, is read.
func (w *walker) readHeader(raw []byte) (textproto.Header, []byte, []string) {
	if bytes.HasPrefix(raw, []byte("From ")) && !bytes.HasPrefix(bytes.TrimLeft(raw[5:], " \t"), []byte(":")) {
		_, raw = cutLine(raw)
	}
	limit := min(len(raw), maxHeaderBytes)
	r := bytes.NewReader(raw[:limit])
	br := w.bufReader(r)
	h, err := textproto.ReadHeader(br)
	end := limit - r.Len() - br.Buffered()
	if err == nil && (end < limit || limit == len(raw)) {
		return h, raw[end:], nil
	}
	return lenientHeader(raw)
}

type rawField struct {
	key   string
	value []string // the first line's value and the continuation lines, trimmed
}

// headerLine tells what a line of a header block is.
type headerLine int

const (
	blankLine headerLine = iota // empty: ends the header
	spaceLine                   // whitespace only
	foldLine                    // starts with whitespace: continues a field
	fieldLine                   // "Name: value"
	strayLine                   // anything else
)

func kindOf(line []byte) headerLine {
	switch {
	case len(line) == 0:
		return blankLine
	case len(bytes.TrimSpace(line)) == 0:
		return spaceLine
	case line[0] == ' ' || line[0] == '\t':
		return foldLine
	case headerKey(line) != "":
		return fieldLine
	}
	return strayLine
}

// lenientHeader reads a header block that go-message refused: a header that
// starts with a continuation line or a line that is no field, lines that
// lost their folding whitespace (an address list broken over bare lines),
// a field whose name is not ASCII, a whitespace-only line inside the
// header, a header too long, or no blank line before the body. It keeps
// every field it can and returns the fields with the body that follows.
func lenientHeader(raw []byte) (textproto.Header, []byte, []string) {
	var fields []rawField
	var warns []string
	warn := func(s string) {
		if !slices.Contains(warns, s) {
			warns = append(warns, s)
		}
	}
	rest := raw
	for len(rest) > 0 {
		line, next := cutLine(rest)
		// Bounded by where the line ends, not where it starts: one
		// field of many megabytes on a single line is no header either.
		if len(raw)-len(rest)+len(line) > maxHeaderBytes {
			warn("header too long; rest read as body")
			break
		}
		kind := kindOf(line)
		switch {
		case kind == blankLine, kind == spaceLine && !headerGoesOn(next):
			return buildHeader(fields), next, warns
		case kind == fieldLine || kind == foldLine && len(fields) == 0 && indentedField(line, next):
			if kind == foldLine {
				warn("header starts with an indented field")
				line = bytes.TrimLeft(line, " \t")
			}
			k := headerKey(line)
			fields = append(fields, rawField{key: strings.TrimSpace(k), value: []string{trimmed(line[len(k)+1:])}})
		case kind == strayLine && len(fields) == 0 && headerGoesOn(next):
			// A line that is no field over the fields, such as an
			// mbox separator escaped as ">From " or a line of junk a
			// script wrote first: the header under it is read.
			warn("header starts with a line that is no field; left out")
		case kind == strayLine && len(fields) > 0 && eightBitName(line) && (endsHeader(next) || headerGoesOn(next)):
			// "X-Tëst: value": a field whose name holds bytes RFC
			// 5322 does not allow, not the fold of the field above.
			warn("a header field with a malformed name is left out")
		case kind == strayLine && len(fields) > 0 && isParamLine(line) && endsHeader(next):
			warn("bad header folding")
			addParam(fields, trimmed(line))
		case kind == strayLine && len(fields) > 0 && openAddress(fields[len(fields)-1].value) && endsHeader(next):
			// "Cc: A <a@example.com>, B <b@" over "example.com>", the
			// fold's whitespace lost, as the last line of the header.
			warn("bad header folding")
			last := &fields[len(fields)-1]
			last.value = append(last.value, trimmed(line))
		case kind == strayLine && (len(fields) == 0 || !headerGoesOn(rest)):
			if len(fields) > 0 {
				warn("no blank line after header")
			}
			return buildHeader(fields), rest, warns
		default:
			if kind == strayLine {
				warn("bad header folding")
			} else if len(fields) == 0 {
				warn("header starts with a continuation line")
			}
			if len(fields) == 0 {
				fields = append(fields, rawField{})
			}
			last := &fields[len(fields)-1]
			last.value = append(last.value, trimmed(line))
		}
		rest = next
	}
	return buildHeader(fields), rest, warns
}

// openAddress reports a field value broken inside an address: an angle
// bracket left open.
func openAddress(value []string) bool {
	open := 0
	for _, v := range value {
		open += strings.Count(v, "<") - strings.Count(v, ">")
	}
	return open > 0
}

// indentedField reports a first header line that is a field pushed right
// by whitespace, as a message pasted from a quote or written by a script
// that indents its here-document comes: " From: Ana <ana@example.org>".
// There is no field before it to continue, and read as a continuation the
// field is lost, and with it the sender. When the line after it is a
// field pushed right too, the whole header is indented: read from its
// first field, every later one would continue that field, and a From
// under an indented Subject would put the reader's address in the title.
func indentedField(line, rest []byte) bool {
	if headerKey(bytes.TrimLeft(line, " \t")) == "" {
		return false
	}
	next, _ := cutLine(rest)
	return kindOf(next) != foldLine || headerKey(bytes.TrimLeft(next, " \t")) == ""
}

// eightBitName reports a "Name: value" line whose name has no space or
// control character but holds bytes outside ASCII.
func eightBitName(line []byte) bool {
	i := bytes.IndexByte(line, ':')
	if i <= 0 || i > 76 {
		return false
	}
	eight := false
	for _, c := range bytes.TrimRight(line[:i], " \t") {
		if c <= ' ' || c == 127 {
			return false
		}
		eight = eight || c >= 128
	}
	return eight
}

// headerGoesOn reports whether a header field, or a line folded as one
// continues, follows within rest's first maxStrayLines lines, with none
// but whitespace-only lines and lines that lost their folding whitespace
// before it. A MIME delimiter line shows the body has begun.
func headerGoesOn(rest []byte) bool {
	for range maxStrayLines {
		line, next := cutLine(rest)
		if bytes.HasPrefix(line, []byte("--")) {
			return false
		}
		switch kindOf(line) {
		case fieldLine, foldLine:
			return true
		case blankLine:
			return false
		}
		if next == nil {
			return false
		}
		rest = next
	}
	return false
}

// paramLine matches a line holding one MIME parameter, "name=value". A
// name is a short word: a line of base64 ending in its padding has the
// same shape, and is the body of a part whose header lacks the blank
// line after it.
var paramLine = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_.*-]{0,39}=("[^"]*"|[^\s;"]+);?\s*$`)

// isParamLine reports a line that is a MIME parameter which lost its
// folding whitespace, as in a part header written
// "Content-Transfer-Encoding: quoted-printable\ncharset=\"big5\"".
func isParamLine(line []byte) bool { return paramLine.Match(line) }

// endsHeader reports whether the header ends at the line rest starts with.
func endsHeader(rest []byte) bool {
	line, _ := cutLine(rest)
	return kindOf(line) == blankLine
}

// addParam adds a parameter that lost its folding to the last field that
// takes parameters, Content-Type or Content-Disposition, or else to the
// last field.
func addParam(fields []rawField, param string) {
	param = strings.TrimSuffix(param, ";")
	for i := len(fields) - 1; i >= 0; i-- {
		if k := strings.ToLower(fields[i].key); k == "content-type" || k == "content-disposition" {
			fields[i].value = append(fields[i].value, ";", param)
			return
		}
	}
	last := &fields[len(fields)-1]
	last.value = append(last.value, param)
}

func trimmed(b []byte) string { return string(bytes.TrimSpace(b)) }

// headerKey returns the field name of a "Name: value" line, or "".
func headerKey(line []byte) string {
	i := bytes.IndexByte(line, ':')
	if i <= 0 || i > 76 {
		return ""
	}
	k := bytes.TrimRight(line[:i], " \t")
	if len(k) == 0 {
		return ""
	}
	for _, c := range k {
		if c <= ' ' || c >= 127 {
			return ""
		}
	}
	return string(line[:i])
}

// cutLine returns b's first line without its LF or CRLF, and the rest; the
// rest is nil when b holds no line break.
func cutLine(b []byte) ([]byte, []byte) {
	i := bytes.IndexByte(b, '\n')
	if i < 0 {
		return bytes.TrimSuffix(b, []byte("\r")), nil
	}
	return bytes.TrimSuffix(b[:i], []byte("\r")), b[i+1:]
}

// buildHeader turns the fields into go-message's header type, whose Get
// returns the first field of a name and Values all of them in order.
func buildHeader(fields []rawField) textproto.Header {
	var h textproto.Header
	for _, f := range slices.Backward(fields) {
		if f.key == "" {
			continue
		}
		h.Add(f.key, strings.Join(slices.DeleteFunc(f.value, func(s string) bool { return s == "" }), " "))
	}
	return h
}
