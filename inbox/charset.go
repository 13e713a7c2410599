package inbox

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// charsetAliases names labels seen in real mail that neither the WHATWG nor
// the IANA index resolves, or resolves to something less useful.
var charsetAliases = map[string]encoding.Encoding{
	"ks_c_5601-1987":   korean.EUCKR,
	"ks_c_5601":        korean.EUCKR,
	"x-mac-cyrillic":   charmap.MacintoshCyrillic,
	"x-mac-roman":      charmap.Macintosh,
	"macintosh":        charmap.Macintosh,
	"gb2312":           simplifiedchinese.GBK,
	"x-gbk":            simplifiedchinese.GBK,
	"cp936":            simplifiedchinese.GBK,
	"iso-8859-8-i":     charmap.ISO8859_8,
	"ansi_x3.110-1983": charmap.ISO8859_1,
}

var isoLabel = regexp.MustCompile(`^iso[-_ ]?8859[-_ ]?(\d{1,2})$`)

// lookupCharset returns the decoder for a MIME charset label, or nil when
// the label is unknown. UTF-8 and ASCII labels return nil too: callers treat
// them as "no conversion, but check".
func lookupCharset(label string) encoding.Encoding {
	label = normalizeCharset(label)
	if label == "" || isUTF8Label(label) || isASCIILabel(label) {
		return nil
	}
	if enc, ok := charsetAliases[label]; ok {
		return enc
	}
	if m := isoLabel.FindStringSubmatch(label); m != nil {
		label = "iso-8859-" + m[1]
	}
	if strings.HasPrefix(label, "cp125") {
		label = "windows-125" + label[5:]
	}
	if enc, err := htmlindex.Get(label); err == nil && enc != nil {
		return enc
	}
	for _, idx := range []*ianaindex.Index{ianaindex.MIME, ianaindex.IANA} {
		if enc, err := idx.Encoding(label); err == nil && enc != nil {
			return enc
		}
	}
	return nil
}

func normalizeCharset(label string) string {
	label = strings.ToLower(strings.TrimSpace(label))
	label = strings.Trim(label, `"'`)
	// RFC 2231 allows a language suffix: "utf-8*en".
	if i := strings.IndexByte(label, '*'); i >= 0 {
		label = label[:i]
	}
	return label
}

func isUTF8Label(l string) bool {
	return l == "utf-8" || l == "utf8" || l == "unicode-1-1-utf-8" || l == "x-utf_8j"
}

func isASCIILabel(l string) bool {
	return l == "us-ascii" || l == "ascii" || l == "ansi_x3.4-1968" || l == "iso646-us" || l == "us"
}

// isLatinLabel reports labels that clients put on text without checking: a
// body that is valid UTF-8 under such a label was almost surely mislabelled.
func isLatinLabel(l string) bool {
	return l == "iso-8859-1" || l == "iso8859-1" || l == "latin1" || l == "windows-1252" ||
		l == "cp1252" || l == "iso-8859-15"
}

// decodeCharset converts b from the declared charset to UTF-8. The second
// result describes a recovery (mislabelled or unknown charset), or is empty.
// The text returned is always valid UTF-8 without NULs.
func decodeCharset(b []byte, label string) (string, string) {
	norm := normalizeCharset(label)
	hasHigh := hasNonASCII(b)
	switch {
	case !hasHigh && !mayBeStateful(norm):
		return cleanText(string(b)), ""
	case norm == "" || isUTF8Label(norm) || isASCIILabel(norm):
		if utf8.Valid(b) {
			return cleanText(string(b)), ""
		}
		warn := ""
		if norm != "" {
			warn = "charset " + norm + " does not match the 8-bit text; read as windows-1252"
		}
		return decode8bit(b), warn
	case utf8.Valid(b) && !mayBeStateful(norm):
		// Text in a legacy charset with any 8-bit bytes is almost never
		// valid UTF-8 by chance; UTF-8 under a legacy label is a common
		// mislabelling (a client's default charset over UTF-8 text).
		return cleanText(string(b)), "charset " + norm + " declared on UTF-8 text; read as UTF-8"
	}
	enc := lookupCharset(norm)
	if enc == nil {
		return decode8bit(b), "unknown charset " + quoteShort(norm) + "; read as 8-bit text"
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return decode8bit(b), "charset " + norm + " failed to decode; read as 8-bit text"
	}
	return cleanText(string(out)), ""
}

// mayBeStateful reports charsets whose pure 7-bit bytes still need decoding.
func mayBeStateful(label string) bool {
	return strings.HasPrefix(label, "iso-2022") || strings.HasPrefix(label, "utf-7") ||
		strings.HasPrefix(label, "utf-16") || strings.HasPrefix(label, "utf-32") ||
		strings.HasPrefix(label, "hz")
}

// decode8bit reads 8-bit text of unknown charset: UTF-8 if it is valid,
// else windows-1252, else (when cp1252 leaves bytes undefined) ISO-8859-1.
func decode8bit(b []byte) string {
	if utf8.Valid(b) {
		return cleanText(string(b))
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err == nil && !bytes.ContainsRune(out, utf8.RuneError) {
		return cleanText(string(out))
	}
	out, _ = charmap.ISO8859_1.NewDecoder().Bytes(b)
	return cleanText(string(out))
}

func hasNonASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// cleanText makes s valid UTF-8 and drops NULs, which no text needs and
// which SQLite and terminals handle badly.
func cleanText(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if strings.IndexByte(s, 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", "")
	}
	return s
}

func quoteShort(s string) string {
	if len(s) > 40 {
		s = s[:40]
	}
	return `"` + strings.ToValidUTF8(s, "?") + `"`
}
