package inbox

import (
	"bytes"
	"mime/quotedprintable"
	"regexp"
	"strings"
	"unicode/utf8"
)

// transferDecode undoes the Content-Transfer-Encoding with the standard
// library's decoders, and leniently where they fail.
func (w *walker) transferDecode(cte string, body []byte) []byte {
	name := normalizeCTE(cte)
	if knownCTE(name) && !strings.EqualFold(strings.TrimSpace(cte), name) {
		w.warn("Content-Transfer-Encoding " + quoteShort(cte) + " read as " + name)
	}
	switch name {
	case "", "7bit", "8bit", "binary":
		return body
	case "base64":
		data, tail := splitBase64Tail(body)
		if !looksBase64(data) || len(tail) > 0 && !holdsBase64Line(data) || isLoneWord(body) {
			if len(tail) == 0 && spacedBase64(body) {
				w.warn("blanks inside the base64 body; read without them")
				return decodeBase64Lenient(body)
			}
			w.warn("Content-Transfer-Encoding says base64 but the body is plain text; read as is")
			return body
		}
		if len(tail) > 0 {
			w.warn("plain text after the base64 body; kept as text")
			return append(append(decodeBase64Lenient(data), '\n'), tail...)
		}
		return decodeBase64Lenient(body)
	case "quoted-printable":
		var out bytes.Buffer
		out.Grow(len(body))
		// quotedprintable.NewReader keeps a *bufio.Reader it is given.
		if _, err := out.ReadFrom(quotedprintable.NewReader(w.bufReader(bytes.NewReader(body)))); err == nil {
			return out.Bytes()
		}
		return decodeQuotedPrintable(body)
	}
	if isUUEncoding(name) {
		if data, ok := decodeUU(body); ok {
			return data
		}
		w.warn("Content-Transfer-Encoding says uuencode but the body holds no uuencoded block; read as is")
		return body
	}
	w.warn("unknown Content-Transfer-Encoding " + quoteShort(cte) + "; body read as is")
	return body
}

// normalizeCTE names a Content-Transfer-Encoding the way RFC 2045 6.1
// spells it, from the ways senders misspell it: "quoted printable",
// "Quoted_Printable", "quoted-printable;", "7-bit", "base-64", a value in
// quotes or with an RFC 822 comment beside it ("base64 (encoded)"), which
// RFC 2045 5.1's grammar for header fields allows. Anything else comes
// back lowercased.
func normalizeCTE(cte string) string {
	cte = withoutComments(cte)
	cte, _, _ = strings.Cut(cte, ";")
	cte = strings.ToLower(strings.Trim(strings.TrimSpace(cte), `"'`))
	squeezed := strings.Map(func(r rune) rune {
		if r == ' ' || r == '\t' || r == '-' || r == '_' {
			return -1
		}
		return r
	}, cte)
	switch squeezed {
	case "7bit", "8bit", "binary", "base64":
		return squeezed
	case "quotedprintable":
		return "quoted-printable"
	}
	return cte
}

// isUUEncoding reports the names mailers give uuencode as a
// Content-Transfer-Encoding, none of them in RFC 2045.
func isUUEncoding(name string) bool {
	switch name {
	case "x-uuencode", "uuencode", "x-uue", "uue":
		return true
	}
	return false
}

func knownCTE(name string) bool {
	switch name {
	case "7bit", "8bit", "binary", "base64", "quoted-printable":
		return true
	}
	return false
}

// decodeQuotedPrintable decodes what mime/quotedprintable refuses (control
// characters, a "=" at the very end) leniently: a stray "=" stays literal
// and trailing whitespace is dropped (RFC 2045 6.7).
func decodeQuotedPrintable(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for len(b) > 0 {
		line, rest := cutLine(b)
		line = bytes.TrimRight(line, " \t")
		soft := bytes.HasSuffix(line, []byte("="))
		if soft {
			line = line[:len(line)-1]
		}
		for i := 0; i < len(line); i++ {
			if c := line[i]; c == '=' && i+2 < len(line) && isHex(line[i+1]) && isHex(line[i+2]) {
				out = append(out, unhex(line[i+1])<<4|unhex(line[i+2]))
				i += 2
			} else {
				out = append(out, c)
			}
		}
		if rest != nil && !soft {
			out = append(out, '\n')
		}
		b = rest
	}
	return out
}

// splitBase64Tail finds text that a mailing list, a relay or a script
// added below a base64 body: after a blank line, right under the last line
// when what follows is no base64, or after the padding on the last line
// itself. It would otherwise be decoded into noise. tail is nil when the
// body is base64 to its end.
func splitBase64Tail(body []byte) (data, tail []byte) {
	seen, blank := false, false
	for rest := body; len(rest) > 0; {
		line, next := cutLine(rest)
		t := bytes.TrimSpace(line)
		at := len(body) - len(rest)
		switch {
		case len(t) == 0:
			blank = seen
		case isBase64Line(t):
			if blank {
				return body, nil // base64 goes on after the blank line
			}
			seen = true
		case seen && blank:
			return body[:at], rest
		case seen && !damagedBase64Line(t) && !looksBase64(rest) && decodesToText(body[:at]):
			return body[:at], rest
		default:
			if m := paddedThenText.FindSubmatchIndex(line); m != nil && decodesToText(body[:at+m[3]]) {
				return body[:at+m[3]], bytes.TrimLeft(rest[m[3]:], " \t")
			}
			return body, nil
		}
		if next == nil {
			break
		}
		rest = next
	}
	return body, nil
}

// decodesToText reports base64 that decodes to text, with no control
// character but tab and line ends: plain text that happens to open with a
// line in the alphabet (an order number, a code) decodes to binary noise.
// Without a blank line between, only that tells such text from base64
// with text under it.
func decodesToText(data []byte) bool {
	for _, c := range decodeBase64Lenient(data) {
		if c < ' ' && c != '\t' && c != '\n' && c != '\r' || c == 0x7f {
			return false
		}
	}
	return true
}

// spacedBase64 reports a short base64 body that blanks broke into pieces
// too short to read as base64 line by line ("aGVsbG 8gd" over
// "29ybGQ="): without them it is whole base64, in groups of four, of at
// least twelve characters, that decodes to UTF-8 text. Typed words put
// together almost never do.
func spacedBase64(body []byte) bool {
	t := bytes.Join(bytes.Fields(body), nil)
	if len(t) < 12 || len(t)%4 != 0 || !isBase64Line(t) || bytes.IndexByte(bytes.TrimRight(t, "="), '=') >= 0 {
		return false
	}
	return utf8.Valid(decodeBase64Lenient(t)) && decodesToText(t)
}

// isLoneWord reports a body of one short word, a capital or small letter
// and small ones ("Hello", "Thanks"), that does not decode to text: under
// a base64 label it is what a broken mailer sent as typed. Base64 of
// text decodes to text, and encoders write mixed case and digits.
func isLoneWord(body []byte) bool {
	t := bytes.TrimSpace(body)
	if len(t) == 0 || len(t) >= 16 {
		return false
	}
	for i, c := range t {
		if !(c >= 'a' && c <= 'z' || i == 0 && c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return !utf8.Valid(decodeBase64Lenient(t)) || !decodesToText(t)
}

// paddedThenText matches a line of base64 that ends in its padding with
// text after it: "ZGFuay4K== sent by the form".
var paddedThenText = regexp.MustCompile(`^(\s*[A-Za-z0-9+/]+={1,2})[ \t]+\S`)

// holdsBase64Line reports a line of at least 16 characters of base64 in
// data: encoders write a body in lines of 60 to 76, and a shorter one whole
// in one line. A greeting alone above a blank line ("Hallo") is in the
// alphabet too, and the text under it is no list's footer.
func holdsBase64Line(data []byte) bool {
	for _, line := range bytes.Split(data, []byte("\n")) {
		if line = bytes.TrimSpace(line); len(line) >= 16 && isBase64Line(line) {
			return true
		}
	}
	return false
}

func isBase64Line(t []byte) bool {
	for _, c := range t {
		if !isBase64Byte(c) {
			return false
		}
	}
	return true
}

// isBase64Byte reports a byte of the base64 alphabet or its padding.
func isBase64Byte(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '='
}

// damagedBase64Line reports a line of base64 with a few characters
// outside the alphabet in it, a space a gateway put in or a stray mark:
// mail clients skip those and decode the rest. A line of text has a space
// or a mark every few letters, and a link or a host name, long as it may
// run without one, has its dots and colons, which no damage puts in.
func damagedBase64Line(t []byte) bool {
	if bytes.ContainsAny(t, ".:") {
		return false
	}
	other := 0
	for _, c := range t {
		if !isBase64Byte(c) {
			other++
		}
	}
	return len(t)-other >= 16 && other*16 <= len(t)-other
}

// looksBase64 reports whether most of body is lines of base64: plain text
// sent under a wrong base64 label would otherwise decode to garbage. It
// weighs lines by their length, as a short line of text ("Thanks") is in
// the alphabet too, and counts them too, as one long line in the
// alphabet ("sha256 9f86d0...") does not make the lines of text around
// it base64.
func looksBase64(body []byte) bool {
	all, bad, lines, badLines := 0, 0, 0, 0
	for _, line := range bytes.Split(body, []byte("\n")) {
		line = bytes.TrimSpace(line)
		all += len(line)
		if len(line) > 0 {
			lines++
		}
		if !isBase64Line(line) && !damagedBase64Line(line) {
			bad += len(line)
			badLines++
		}
	}
	return bad*2 <= all && badLines*2 <= lines
}
