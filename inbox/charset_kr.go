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
	for _, c := range b {
		switch {
		case c == 0x0e:
			shifted = true
		case c == 0x0f, c == '\n', c == '\r':
			// Every line starts in ASCII (RFC 1557).
			shifted = false
			if c != 0x0f {
				euc = append(euc, c)
			}
		case shifted && c > 0x20 && c < 0x7f:
			euc = append(euc, c|0x80)
		default:
			euc = append(euc, c)
		}
	}
	return convertCharset(euc, "euc-kr")
}
