package inbox

import (
	"bytes"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"helpline/internal/prose"

	// Besides its Reader, importing charset registers every charset
	// golang.org/x/text knows with go-message, so that its address parser
	// decodes encoded-words in display names.
	"github.com/emersion/go-message/charset"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode/utf32"
)

// normalizeCharset lowercases a label and drops the quotes and the RFC 2231
// language suffix ("utf-8*en") that senders leave on it, and what follows
// the name in a value a lenient read left whole: a comment ("koi8-r
// (Russian)") or a parameter after a comma ("koi8-r, format=flowed"). No
// charset name holds a space, a parenthesis or a comma (RFC 2978 2.3).
func normalizeCharset(label string) string {
	label = strings.Trim(strings.ToLower(strings.TrimSpace(label)), `"'`)
	if i := strings.IndexAny(label, " \t(,"); i > 0 {
		label = strings.Trim(label[:i], `"'`)
	}
	if i := strings.IndexByte(label, '*'); i >= 0 {
		label = label[:i]
	}
	label = charsetAlias(label)
	// Mailers mark labels as private with "x-" ("x-iso-8859-15",
	// "x-koi8-r") where the tables know the name only without it.
	if rest, ok := strings.CutPrefix(label, "x-"); ok && !inTables(label) && inTables(charsetAlias(rest)) {
		return charsetAlias(rest)
	}
	return label
}

// inTables reports whether go-message's charset tables know label.
func inTables(label string) bool {
	_, err := charset.Reader(label, nil)
	return err == nil
}

// charsetAlias names by a label the IANA and WHATWG tables know the
// charsets that Windows code pages, Java and older mailers label in their
// own way: "cp932", "ks_c_5601", "cp950", "_iso-2022-jp$esc", "latin-1",
// "8859-2", "cp-1251", "win-1250", "unicode-1-1-utf-7". Left unknown,
// their 8-bit text would be read as windows-1252 and come out garbled.
// Labels the tables already know ("ms932", "ksc5601", "iso8859-2",
// "x-cp1250") are not repeated.
func charsetAlias(l string) string {
	switch l {
	case "cp932", "ms_932", "windows-932", "x-ms-cp932", "ibm-943", "ibm943", "x-sjis-cp932":
		return "shift_jis"
	case "cp949", "ms949", "x-windows-949", "uhc", "x-uhc", "ks_c_5601":
		return "euc-kr"
	case "cp950", "ms950", "windows-950", "x-windows-950", "big-5", "big_5":
		return "big5"
	case "euc-cn", "x-euc-cn", "gb-2312", "cp936", "ms936", "windows-936":
		return "gbk"
	case "eucjp", "euc_jp", "x-eucjp", "eucjp-ms", "euc-jp-ms", "cseucpkdfmtjapanese":
		return "euc-jp"
	case "utf32", "utf_32", "ucs-4", "ucs4", "iso-10646-ucs-4":
		return "utf-32"
	case "utf32be", "utf-32be", "utf_32be":
		return "utf-32be"
	case "utf32le", "utf-32le", "utf_32le":
		return "utf-32le"
	case "csiso2022kr":
		return "iso-2022-kr"
	case "iso-2022-jp-1", "iso-2022-jp-2", "iso-2022-jp-3", "_iso-2022-jp", "_iso-2022-jp$esc", "_iso-2022-jp$sio":
		return "iso-2022-jp"
	case "latin-1", "latin_1":
		return "iso-8859-1"
	case "utf8mb4", "utf-8mb4", "utf-8-sig", "utf8-sig":
		return "utf-8"
	case "x-user-defined", "unknown-8bit", "x-unknown", "unknown", "none", "default", "binary", "8bit":
		// Labels that say the charset is not known, the user's own,
		// or a transfer encoding put in its place, name none: the
		// text is read as text without a label. The WHATWG table maps
		// x-user-defined's 8-bit bytes to private-use characters.
		return ""
	case "utf7", "unicode-1-1-utf-7", "x-utf-7", "csunicode11utf7":
		return "utf-7"
	case "cp858", "ibm858", "ibm-858", "x-ibm858":
		return "ibm00858"
	case "cp874", "ms874", "x-windows-874":
		return "windows-874"
	case "mac", "macroman", "mac-roman", "x-macroman", "cp10000":
		return "macintosh"
	}
	if n, ok := cutNumber(l, "latin-", "latin_", "latin"); ok {
		if part, ok := latinParts[n]; ok {
			return "iso-8859-" + part
		}
	}
	if n, ok := cutNumber(l, "iso_8859_", "iso8859_", "8859-", "8859_"); ok {
		return "iso-8859-" + n
	}
	if n, ok := cutNumber(l, "cp-", "cp_", "win-", "win_", "win", "ms-"); ok && len(n) == 4 && strings.HasPrefix(n, "125") {
		return "windows-" + n
	}
	return l
}

// latinParts names the part of ISO 8859 that holds each Latin alphabet:
// the tables know "latin1" to "latin6" and "l9", but mailers write
// "latin9", "latin-2", "latin7" and "latin0", an informal name of Latin-9.
var latinParts = map[string]string{
	"0": "15", "1": "1", "2": "2", "3": "3", "4": "4", "5": "9",
	"6": "10", "7": "13", "8": "14", "9": "15", "10": "16",
}

// cutNumber returns the digits after the first of prefixes that l starts
// with, when nothing but digits follows it.
func cutNumber(l string, prefixes ...string) (string, bool) {
	for _, p := range prefixes {
		n, ok := strings.CutPrefix(l, p)
		if !ok || n == "" {
			continue
		}
		if strings.Trim(n, "0123456789") == "" {
			return n, true
		}
	}
	return "", false
}

func isUTF8Label(l string) bool {
	return l == "utf-8" || l == "utf8" || l == "unicode-1-1-utf-8" || l == "x-utf_8j"
}

func isASCIILabel(l string) bool {
	return l == "us-ascii" || l == "ascii" || l == "ansi_x3.4-1968" || l == "iso646-us" || l == "us"
}

// knownCharset reports whether label names a charset we can decode.
func knownCharset(label string) bool {
	l := normalizeCharset(label)
	if isUTF8Label(l) || isASCIILabel(l) || isUTF7Label(l) || strings.HasPrefix(l, "utf-32") {
		return true
	}
	_, err := charset.Reader(l, nil)
	return err == nil
}

// convertCharset decodes b from a legacy charset with go-message's charset
// table (the IANA and WHATWG names golang.org/x/text knows), and UTF-7,
// which that table lacks.
func convertCharset(b []byte, label string) ([]byte, bool) {
	if isUTF7Label(label) {
		return decodeUTF7(b)
	}
	if strings.HasPrefix(label, "utf-32") {
		return decodeUTF32(b, label)
	}
	if isGBKLabel(label) {
		// Chinese mailers label their text GB2312 or GBK and write
		// the characters those lack, rare ones in names among them,
		// in GB18030's four-byte form, which the GBK decoder turns
		// into "�2�6". GB18030 reads every GBK byte the same, as the
		// WHATWG Encoding Standard's GBK decoder does.
		label = "gb18030"
	}
	r, err := charset.Reader(label, bytes.NewReader(b))
	if err != nil {
		return nil, false
	}
	out, err := io.ReadAll(r)
	return out, err == nil
}

// decodeUTF32 decodes UTF-32 text, which the charset tables lack. Plain
// "utf-32" is read by its byte-order mark, or big-endian without one (RFC
// 2781's rule for UTF-16, which Unicode gives UTF-32 too).
func decodeUTF32(b []byte, label string) ([]byte, bool) {
	order := utf32.BigEndian
	if label == "utf-32le" || label == "utf-32" && bytes.HasPrefix(b, []byte{0xff, 0xfe, 0, 0}) {
		order = utf32.LittleEndian
	}
	out, err := utf32.UTF32(order, utf32.UseBOM).NewDecoder().Bytes(b)
	return out, err == nil
}

// isGBKLabel reports a label the charset tables read as GBK.
func isGBKLabel(label string) bool {
	enc, err := htmlindex.Get(label)
	return err == nil && enc == simplifiedchinese.GBK
}

// decodeCharset converts b from the declared charset to UTF-8. The second
// result describes a recovery (mislabelled or unknown charset), or is empty.
// The text returned is always valid UTF-8 without NULs.
func decodeCharset(b []byte, label string) (string, string) {
	norm := normalizeCharset(label)
	if cs := utf16ByBOM(b, norm); cs != "" {
		if out, ok := convertCharset(b, cs); ok {
			return prose.Clean(strings.TrimPrefix(string(out), "\ufeff")), "a UTF-16 byte-order mark under charset " + quoteShort(norm) + "; read as " + cs
		}
	}
	hasHigh := hasNonASCII(b)
	switch {
	case !hasHigh && !strings.HasPrefix(norm, "iso-2022-jp") && isISO2022JP(b):
		if out, ok := convertCharset(b, "iso-2022-jp"); ok {
			if norm == "" {
				return prose.Clean(string(out)), "ISO-2022-JP text without a charset; read as ISO-2022-JP"
			}
			return prose.Clean(string(out)), "ISO-2022-JP text under charset " + quoteShort(norm) + "; read as ISO-2022-JP"
		}
		return prose.Clean(string(b)), ""
	case !hasHigh && (norm == "iso-2022-kr" || isISO2022KR(b)):
		if out, ok := decodeISO2022KR(b); ok {
			if norm != "iso-2022-kr" {
				return prose.Clean(string(out)), "ISO-2022-KR text under charset " + quoteShort(norm) + "; read as ISO-2022-KR"
			}
			return prose.Clean(string(out)), ""
		}
		return prose.Clean(string(b)), ""
	case !hasHigh && !mayBeStateful(norm):
		return prose.Clean(string(b)), ""
	case norm == "" || isUTF8Label(norm) || isASCIILabel(norm):
		if utf8.Valid(b) {
			return prose.Clean(string(b)), ""
		}
		if whole, ok := withoutCutRune(b); ok {
			return prose.Clean(string(whole)), "text ends in a cut UTF-8 character; dropped"
		}
		// US-ASCII is the label mailers put on text whose charset
		// they do not know: its 8-bit bytes say no more than no label.
		if norm == "" || isASCIILabel(norm) {
			if text, cs, ok := undeclared8bit(b); ok {
				if norm != "" {
					return prose.Clean(text), "charset " + norm + " declared on 8-bit text; read as " + cs
				}
				return prose.Clean(text), "8-bit text without a charset; read as " + cs
			}
		}
		warn := ""
		if norm != "" {
			warn = "charset " + norm + " does not match the 8-bit text; read as windows-1252"
		}
		return decode8bit(b), warn
	case utf8.Valid(b) && (!mayBeStateful(norm) || hasHigh && sevenBitOnly(norm)):
		// Text in a legacy charset with any 8-bit bytes is almost never
		// valid UTF-8 by chance; UTF-8 under a legacy label is a common
		// mislabelling (a client's default charset over UTF-8 text).
		return prose.Clean(string(b)), "charset " + norm + " declared on UTF-8 text; read as UTF-8"
	case notWide(b, norm):
		return decode8bit(b), "charset " + norm + " declared on text of 8-bit units; read as 8-bit text"
	case hasHigh && norm == "iso-2022-kr":
		// 8-bit Korean under the 7-bit label is EUC-KR, as the mailers
		// that send it write their own.
		if out, ok := convertCharset(b, "euc-kr"); ok && !bytes.ContainsRune(out, '\uFFFD') {
			return prose.Clean(string(out)), "charset iso-2022-kr declared on 8-bit text; read as euc-kr"
		}
	case hasHigh && isJapaneseLabel(norm):
		if text, cs, ok := japanese8bit(b, norm); ok {
			if cs == japaneseFamily(norm) {
				return prose.Clean(text), ""
			}
			return prose.Clean(text), "charset " + norm + " declared on " + cs + " text; read as " + cs
		}
	}
	if (latin1Labels[norm] || norm == "windows-1252") && utf8AmongLatin(b) {
		return decode8bit(b), "UTF-8 characters among " + norm + " text; each read as written"
	}
	c1 := latin1Labels[norm] && hasC1(b)
	if c1 || norm == "windows-1252" && undefinedIn1252(b) {
		// Bytes that Latin-1 leaves unused, and the five windows-1252
		// does, are lead bytes of the double-byte charsets too: a
		// Japanese web form's Shift_JIS under the Latin-1 it was set to.
		if text, cs, ok := cjk8bit(b); ok {
			return prose.Clean(text), "charset " + norm + " declared on " + cs + " text; read as " + cs
		}
	}
	if c1 {
		return decodeWindows1252(b), ""
	}
	out, ok := convertCharset(b, utf16Order(b, norm))
	if !ok {
		return decode8bit(b), "unknown charset " + quoteShort(norm) + "; read as 8-bit text"
	}
	return prose.Clean(string(out)), ""
}

// utf8AmongLatin reports Western 8-bit text that holds UTF-8 characters
// too, as when a footer or a signature in UTF-8 is pasted into a Latin-1
// mail: read as Latin-1, "Straße" in UTF-8 comes out "StraÃŸe". Every
// UTF-8 sequence must read as a Latin letter or common punctuation, and
// one must: Latin-1 text forms a sequence by chance only where a capital
// with an accent meets a symbol ("É»" in "«CAFÉ»"), which reads as
// another script's letter and leaves the text as it was.
func utf8AmongLatin(b []byte) bool {
	seen := false
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if n > 1 {
			if !(r >= 0xa0 && r <= 0x17f || r >= 0x2010 && r <= 0x2027 || r == 0x20ac) {
				return false
			}
			seen = true
		}
		i += n
	}
	return seen
}

// undefinedIn1252 reports one of the five bytes windows-1252 leaves
// undefined.
func undefinedIn1252(b []byte) bool {
	return slices.ContainsFunc(b, func(c byte) bool { return c == 0x81 || c == 0x8d || c == 0x8f || c == 0x90 || c == 0x9d })
}

// utf16Order names the byte order of UTF-16 text labelled plain "utf-16"
// without a byte-order mark. RFC 2781 says to read it big-endian, but
// Windows mailers write it little-endian, and read the wrong way round
// every character comes out a CJK one. Text in either order that is
// mostly Latin script has a zero byte in every ASCII character's unit:
// the side those zeros fall on tells the order.
func utf16Order(b []byte, label string) string {
	if label != "utf-16" || len(b) < 2 || hasUTF16BOM(b) {
		return label
	}
	var even, odd int
	for i := 0; i+1 < len(b); i += 2 {
		if b[i] == 0 && b[i+1] != 0 {
			even++
		} else if b[i+1] == 0 && b[i] != 0 {
			odd++
		}
	}
	if odd > even {
		return "utf-16le"
	}
	return label
}

// notWide reports text labelled UTF-16 or UTF-32 whose bytes cannot be
// that: clients that label every part with one charset put the label on
// parts they wrote in ASCII or UTF-8, and read in 16-bit units those come
// out as a line of CJK characters. UTF-32 text has a zero byte in every
// unit. UTF-16 text without one is CJK through and through, and has an
// even length; that it also forms valid UTF-8 of some length is chance too
// small to count on.
func notWide(b []byte, label string) bool {
	if bytes.IndexByte(b, 0) >= 0 {
		return false
	}
	switch {
	case strings.HasPrefix(label, "utf-32"):
		return true
	case strings.HasPrefix(label, "utf-16"):
		return len(b)%2 == 1 || len(b) >= 6 && utf8.Valid(b) && !hasUTF16BOM(b)
	}
	return false
}

// utf16ByBOM names the UTF-16 byte order of text that starts with a
// UTF-16 byte-order mark under a label that is not a 16- or 32-bit one,
// or returns "". Scripts send text a Windows editor saved as "Unicode"
// under US-ASCII, UTF-8 or no label; as the WHATWG Encoding Standard's
// decode has it, the mark decides over the label. Read as the label says,
// the text starts "ÿþ" and anything but ASCII in it is garbled.
func utf16ByBOM(b []byte, label string) string {
	if len(b) < 4 || mayBeStateful(label) || len(b)%2 != 0 {
		return ""
	}
	cs := ""
	switch {
	case b[0] == 0xff && b[1] == 0xfe && !(b[2] == 0 && b[3] == 0):
		cs = "utf-16le"
	case b[0] == 0xfe && b[1] == 0xff:
		cs = "utf-16be"
	}
	if cs == "" || readsBOM(b[:4], label) {
		return ""
	}
	return cs
}

// readsBOM reports a label whose decoder reads text that starts with
// a UTF-16 byte-order mark, as "unicode" and "ucs-2" do, as that mark
// says: the text is then read as labelled.
func readsBOM(start []byte, label string) bool {
	want, _ := convertCharset(start, "utf-16")
	got, ok := convertCharset(start, label)
	return ok && bytes.Equal(bytes.TrimPrefix(got, utf8BOM), bytes.TrimPrefix(want, utf8BOM))
}

func hasUTF16BOM(b []byte) bool {
	return b[0] == 0xfe && b[1] == 0xff || b[0] == 0xff && b[1] == 0xfe
}

// sevenBitOnly reports charsets whose text has no 8-bit byte at all: a
// part under one of these labels that holds 8-bit bytes was written in
// another charset, as a mailer that labels every part ISO-2022-JP sends
// UTF-8 text.
func sevenBitOnly(label string) bool {
	return strings.HasPrefix(label, "iso-2022") || strings.HasPrefix(label, "utf-7") ||
		strings.HasPrefix(label, "hz")
}

// mayBeStateful reports charsets whose pure 7-bit bytes still need decoding.
func mayBeStateful(label string) bool {
	return strings.HasPrefix(label, "iso-2022") || strings.HasPrefix(label, "utf-7") ||
		strings.HasPrefix(label, "utf-16") || strings.HasPrefix(label, "utf-32") ||
		strings.HasPrefix(label, "hz")
}

// decode8bit reads 8-bit text of unknown charset. Valid UTF-8 is taken as
// it is. Other text is read a character at a time: what forms a UTF-8
// character is one, and every other byte is windows-1252 (ISO-8859-1 where
// windows-1252 leaves it undefined). Text pasted together from a UTF-8 and
// a Latin-1 source, as old clients and scripts send it, keeps both halves;
// Latin-1 text alone almost never holds a valid UTF-8 sequence by chance.
// 7-bit text in ISO-2022-JP's or ISO-2022-KR's escapes is that, as
// Japanese and Korean mailers write a header or a file name unencoded.
func decode8bit(b []byte) string {
	if isISO2022JP(b) && !hasNonASCII(b) {
		if out, ok := convertCharset(b, "iso-2022-jp"); ok {
			return prose.Clean(string(out))
		}
	}
	if isISO2022KR(b) && !hasNonASCII(b) {
		if out, ok := decodeISO2022KR(b); ok {
			return prose.Clean(string(out))
		}
	}
	if utf8.Valid(b) {
		return prose.Clean(string(b))
	}
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/4)
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n <= 1 {
			if r = charmap.Windows1252.DecodeByte(b[0]); r == utf8.RuneError {
				r = rune(b[0])
			}
			sb.WriteRune(r)
			b = b[1:]
			continue
		}
		sb.Write(b[:n])
		b = b[n:]
	}
	return prose.Clean(sb.String())
}

// withoutCutRune is UTF-8 text whose only flaw is a character cut off at
// its end, as a body cut at a size limit or a base64 line lost in transit
// leaves it, without that piece. Read as windows-1252 the cut bytes would
// end the text in stray letters ("ãƒ"). Only text with a whole multi-byte
// character before the cut counts: a legacy charset's single 8-bit letter
// at the end ("Andr\xe9") also looks like the start of one, and stays.
func withoutCutRune(b []byte) ([]byte, bool) {
	end := len(bytes.TrimRight(b, " \t\r\n"))
	for start := end - 1; start >= 0 && start >= end-3; start-- {
		if !utf8.RuneStart(b[start]) {
			continue
		}
		if b[start] < 0xc0 || utf8.FullRune(b[start:end]) || !utf8.Valid(b[:start]) || !hasNonASCII(b[:start]) {
			return nil, false
		}
		return append(b[:start:start], b[end:]...), true
	}
	return nil, false
}

func hasNonASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

func quoteShort(s string) string {
	if len(s) > 40 {
		s = s[:40]
	}
	return `"` + strings.ToValidUTF8(s, "?") + `"`
}
