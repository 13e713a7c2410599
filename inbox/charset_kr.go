package inbox

import "bytes"

// ISO-2022-KR (RFC 1557) is Korean in seven bits, as mailers sent it in
// the 1990s and some still do: "ESC $ ) C" once at the start of a line
// names KS X 1001 as the second set, Shift Out enters it and Shift In
// leaves it, and each character inside is a pair of bytes that, with the
// high bit set, is EUC-KR. The charset table maps the label to the
// "replacement" decoder the web uses for it, which reads the whole text as
// one U+FFFD; it is decoded here instead.

// iso2022KRDesignation opens ISO-2022-KR text.
var iso2022KRDesignation = []byte("\x1b$)C")

// isISO2022KR reports 7-bit text that designates ISO-2022-KR's Korean set.
func isISO2022KR(b []byte) bool {
	return bytes.Contains(b, iso2022KRDesignation)
}

// decodeISO2022KR converts ISO-2022-KR text to UTF-8 through EUC-KR. A
// byte out of place (a control inside a pair, an 8-bit byte) reads as it
// would in EUC-KR, so nothing is dropped.
func decodeISO2022KR(b []byte) ([]byte, bool) {
	b = bytes.ReplaceAll(b, iso2022KRDesignation, nil)
	euc := make([]byte, 0, len(b))
	shifted := false
	carried := 0 // the shift carried over a line end holds up to here
	for i, c := range b {
		switch {
		case c == 0x0e:
			shifted = true
		case c == 0x0f:
			shifted = false
		case c == '\n', c == '\r':
			// Every line starts in ASCII (RFC 1557), but for the sender
			// that carries its Korean on across the line end. The shift
			// back found ahead holds for every line end before it.
			if shifted && i >= carried {
				carried = 0
				if n := shiftedOn(b[i+1:]); n > 0 {
					carried = i + 1 + n
				}
			}
			shifted = shifted && i < carried
			euc = append(euc, c)
		case shifted && c > 0x20 && c < 0x7f:
			euc = append(euc, c|0x80)
		default:
			euc = append(euc, c)
		}
	}
	return convertCharset(euc, "euc-kr")
}

// shiftedOn is how far the text after a line end the sender reached
// shifted out is still shifted: up to the first shift it meets when that
// is a Shift In, which leaves a state that only a shift carried over the
// line end can have entered. A Shift Out first, or none, is the sender's
// restart in ASCII that RFC 1557 asks for, and the answer is 0. So is
// text that cannot be Korean, where a word runs to an odd count of bytes
// when every character shifted out takes two: lines of English ahead of
// a stray Shift In, or the "> " a client put before a quoted line, which
// read as pairs would lose the text or its mark as a quote.
func shiftedOn(rest []byte) int {
	i := bytes.IndexAny(rest, "\x0e\x0f")
	if i < 0 || rest[i] != 0x0f {
		return 0
	}
	for _, w := range bytes.Fields(rest[:i]) {
		if len(w)%2 != 0 {
			return 0
		}
	}
	return i
}
