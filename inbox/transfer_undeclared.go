package inbox

import (
	"bytes"
	"encoding/base64"
	"unicode/utf8"
)

// undeclaredEncoding decodes a body sent in base64 or quoted-printable
// without the Content-Transfer-Encoding that says so, or under 7bit or
// 8bit: a relay or list that rewrites the header drops the field, and
// scripts encode their text without writing it. Read as it is, the text
// is a block of base64 or is strewn with "=E2=80=93". Only a body that
// is that encoding throughout and nothing else is decoded; ok is false
// for any other.
func (w *walker) undeclaredEncoding(cte string, body []byte) []byte {
	switch normalizeCTE(cte) {
	case "", "7bit", "8bit", "binary":
	default:
		return body
	}
	data, name, ok := undeclaredData(body)
	if !ok {
		return body
	}
	if cte == "" {
		w.warn("the body is " + name + " with no Content-Transfer-Encoding; decoded")
	} else {
		w.warn("the body is " + name + " under Content-Transfer-Encoding " + quoteShort(cte) + "; decoded")
	}
	return data
}

// undeclaredData decodes body when it is base64 or quoted-printable
// throughout, and names which.
func undeclaredData(body []byte) (data []byte, name string, ok bool) {
	if data, ok := undeclaredBase64(body); ok {
		return data, "base64", true
	}
	if data, ok := undeclaredQuotedPrintable(body); ok {
		return data, "quoted-printable", true
	}
	return nil, "", false
}

// undeclaredBase64 decodes a body of base64 as encoders write it: lines
// of one length but the last, in the alphabet, padded at the end only,
// at least 16 characters, decoding to UTF-8 text with a space or a line
// break in it and no control characters but tabs and line ends. A word
// typed alone is mostly too short, and text in the alphabet decodes to
// bytes that are no such text. Text in a legacy charset so sent is not
// told from those bytes and stays as it is.
func undeclaredBase64(body []byte) ([]byte, bool) {
	lines := bytes.Fields(body)
	if len(lines) == 0 {
		return nil, false
	}
	joined := bytes.Join(lines, nil)
	width := len(lines[0])
	for i, l := range lines {
		if !isBase64Line(l) || i < len(lines)-1 && len(l) != width || len(l) > width {
			return nil, false
		}
	}
	trimmed := bytes.TrimRight(joined, "=")
	if len(joined) < 16 || len(joined)%4 != 0 || len(joined)-len(trimmed) > 2 || bytes.IndexByte(trimmed, '=') >= 0 {
		return nil, false
	}
	data, err := base64.StdEncoding.DecodeString(string(joined))
	if err != nil || !isText(data) || !utf8.Valid(data) || !bytes.ContainsAny(data, " \n") {
		return nil, false
	}
	return data, true
}

// undeclaredQuotedPrintable decodes a 7-bit body in which every "=" is
// an escape of two capital hex digits or a soft line break, with at least
// two escapes, that decodes to UTF-8 with a multi-byte character in it:
// the marks of an encoder that typed text with an "=" in it ("2+2=4",
// "colour=FF0000", a line ending in "=") does not leave. Text in a legacy
// charset so sent is not told from typed text and stays as it is.
func undeclaredQuotedPrintable(body []byte) ([]byte, bool) {
	if hasNonASCII(body) {
		return nil, false
	}
	escapes := 0
	for b := body; ; {
		i := bytes.IndexByte(b, '=')
		if i < 0 {
			break
		}
		rest := b[i+1:]
		line, _ := cutLine(rest)
		switch {
		case len(bytes.TrimRight(line, " \t")) == 0:
		case len(rest) >= 2 && isUpperHex(rest[0]) && isUpperHex(rest[1]):
			escapes++
		default:
			return nil, false
		}
		b = rest
	}
	if escapes < 2 {
		return nil, false
	}
	data := decodeQuotedPrintable(body)
	if !hasNonASCII(data) || !utf8.Valid(data) {
		return nil, false
	}
	return data, true
}

func isUpperHex(c byte) bool { return c >= '0' && c <= '9' || c >= 'A' && c <= 'F' }

// isText reports bytes with no control characters but tabs and line ends.
func isText(b []byte) bool {
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f {
			return false
		}
	}
	return len(b) > 0
}
