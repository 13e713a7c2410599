package inbox

import (
	"regexp"
	"strings"

	"golang.org/x/text/encoding/charmap"

	"helpline/internal/prose"
)

// latin1Labels are the labels of ISO-8859-1 that the charset tables know.
var latin1Labels = map[string]bool{
	"iso-8859-1": true, "iso8859-1": true, "iso_8859-1": true, "iso_8859-1:1987": true, "latin1": true,
	"l1": true, "cp819": true, "ibm819": true, "iso-ir-100": true, "csisolatin1": true,
}

// hasC1 reports bytes in 0x80-0x9F, which ISO-8859-1 has only as control
// codes and windows-1252 as curly quotes, dashes, the ellipsis and the euro
// sign.
func hasC1(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 && c <= 0x9f {
			return true
		}
	}
	return false
}

// decodeWindows1252 reads ISO-8859-1 text as windows-1252, as mail clients
// and browsers do (the WHATWG Encoding Standard maps the one label to the
// other): Windows mailers label their text ISO-8859-1, and its quotes,
// dashes and euro signs read as control codes would be dropped. The five
// bytes windows-1252 leaves undefined stay the control codes they are.
func decodeWindows1252(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/4)
	for _, c := range b {
		r := charmap.Windows1252.DecodeByte(c)
		if r == '\uFFFD' {
			r = rune(c)
		}
		sb.WriteRune(r)
	}
	return prose.Clean(sb.String())
}

// latin1Word matches the opening of an encoded-word labelled ISO-8859-1,
// which the standard library's decoder, and go-message's address parser,
// read without asking our charset reader.
var latin1Word = regexp.MustCompile(`(?i)=\?(iso-8859-1|iso8859-1|iso_8859-1|latin1|l1|cp819|ibm819|csisolatin1|iso-ir-100)(\*[^?]*)?\?[bq]\?`)

// latin1WordsAsWindows1252 gives the characters windows-1252 has at 0x80-0x9F
// back to a header value that a decoder read from ISO-8859-1 encoded-words
// into control codes, as decodeWindows1252 does for a body.
func latin1WordsAsWindows1252(raw, decoded string) string {
	if !strings.ContainsFunc(decoded, isC1) || !latin1Word.MatchString(raw) {
		return decoded
	}
	return strings.Map(func(r rune) rune {
		if isC1(r) {
			if w := charmap.Windows1252.DecodeByte(byte(r)); w != '\uFFFD' {
				return w
			}
		}
		return r
	}, decoded)
}

func isC1(r rune) bool { return r >= 0x80 && r <= 0x9f }
