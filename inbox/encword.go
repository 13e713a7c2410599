package inbox

import (
	"encoding/base64"
	"strings"
)

// decodeHeaderText decodes RFC 2047 encoded-words in an unstructured header
// value and reads raw 8-bit bytes as UTF-8 or windows-1252. An encoded-word
// whose charset is unknown or whose payload is broken stays as written.
func decodeHeaderText(v string) string {
	if !strings.Contains(v, "=?") {
		return cleanText(decode8bit([]byte(v)))
	}
	var out strings.Builder
	var pend pendingWord
	rest := v
	for {
		start, end, w, ok := nextEncodedWord(rest)
		if !ok {
			pend.flush(&out)
			out.WriteString(decode8bit([]byte(rest)))
			break
		}
		between := rest[:start]
		if !w.ok || !knownCharset(w.charset) {
			// Kept as written, like the text around it.
			pend.flush(&out)
			out.WriteString(decode8bit([]byte(rest[:end])))
			rest = rest[end:]
			continue
		}
		// RFC 2047 6.2: whitespace between adjacent encoded-words is dropped.
		if strings.TrimSpace(between) != "" || !pend.active {
			pend.flush(&out)
			out.WriteString(decode8bit([]byte(between)))
		}
		pend.add(&out, w)
		rest = rest[end:]
	}
	return cleanText(out.String())
}

type encodedWord struct {
	charset string
	payload []byte
	ok      bool
}

// pendingWord joins the bytes of adjacent encoded-words in one charset
// before decoding, since senders split multibyte characters across words.
type pendingWord struct {
	active  bool
	charset string
	buf     []byte
}

func (p *pendingWord) add(out *strings.Builder, w encodedWord) {
	if p.active && p.charset != w.charset {
		p.flush(out)
	}
	p.active = true
	p.charset = w.charset
	p.buf = append(p.buf, w.payload...)
}

func knownCharset(label string) bool {
	l := normalizeCharset(label)
	return isUTF8Label(l) || isASCIILabel(l) || lookupCharset(l) != nil
}

func (p *pendingWord) flush(out *strings.Builder) {
	if len(p.buf) > 0 {
		s, _ := decodeCharset(p.buf, p.charset)
		out.WriteString(s)
	}
	p.active = false
	p.buf = p.buf[:0]
	p.charset = ""
}

// nextEncodedWord finds the next "=?charset?enc?text?=" in s.
func nextEncodedWord(s string) (start, end int, w encodedWord, found bool) {
	off := 0
	for {
		i := strings.Index(s[off:], "=?")
		if i < 0 {
			return 0, 0, w, false
		}
		i += off
		parts, n, ok := splitEncodedWord(s[i+2:])
		if !ok {
			off = i + 2
			continue
		}
		w.charset = strings.ToLower(parts[0])
		w.payload, w.ok = decodeWordPayload(parts[1], parts[2])
		return i, i + 2 + n, w, true
	}
}

const maxWordPayload = 2000

// splitEncodedWord parses "charset?enc?text?=" and returns the three fields
// and the length consumed.
func splitEncodedWord(s string) ([3]string, int, bool) {
	var parts [3]string
	pos := 0
	for k := 0; k < 2; k++ {
		j := strings.IndexByte(s[pos:min(len(s), pos+76)], '?')
		if j <= 0 || j > 75 {
			return parts, 0, false
		}
		parts[k] = s[pos : pos+j]
		pos += j + 1
	}
	// Words longer than RFC 2047's 75 characters occur; unbounded ones
	// would make the search quadratic.
	j := strings.Index(s[pos:min(len(s), pos+maxWordPayload)], "?=")
	if j < 0 || strings.ContainsAny(s[pos:pos+j], "\r\n") {
		return parts, 0, false
	}
	parts[2] = s[pos : pos+j]
	if strings.ContainsAny(parts[0], " \t\r\n") || len(parts[1]) != 1 {
		return parts, 0, false
	}
	return parts, pos + j + 2, true
}

func decodeWordPayload(enc, text string) ([]byte, bool) {
	switch enc {
	case "b", "B":
		return decodeBase64Lenient([]byte(text)), true
	case "q", "Q":
		return decodeQWord(text), true
	}
	return nil, false
}

// decodeQWord decodes the "Q" encoding of RFC 2047 4.2.
func decodeQWord(s string) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_':
			out = append(out, ' ')
		case c == '=' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			out = append(out, unhex(s[i+1])<<4|unhex(s[i+2]))
			i += 2
		default:
			out = append(out, c)
		}
	}
	return out
}

// decodeBase64Lenient decodes base64 while skipping characters outside the
// alphabet and tolerating missing padding; it returns what it could decode.
func decodeBase64Lenient(b []byte) []byte {
	clean := make([]byte, 0, len(b))
	for _, c := range b {
		switch {
		case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '+', c == '/':
			clean = append(clean, c)
		}
	}
	// A lone trailing sextet carries no whole byte.
	if len(clean)%4 == 1 {
		clean = clean[:len(clean)-1]
	}
	out := make([]byte, base64.RawStdEncoding.DecodedLen(len(clean)))
	n, _ := base64.RawStdEncoding.Decode(out, clean)
	return out[:n]
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}
