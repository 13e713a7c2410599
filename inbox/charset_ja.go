package inbox

import (
	"bytes"
	"unicode"
)

// Japanese mail comes in three charsets, and old mailers and phones
// label it with the wrong one, or with none: ISO-2022-JP text under
// US-ASCII or Shift_JIS, Shift_JIS or EUC-JP text under ISO-2022-JP.
// Each shows as garbage read by its label, and each is recognisable.

// iso2022JPEscapes switch ISO-2022-JP text into its character sets (RFC
// 1468, and JIS X 0212 and half-width katakana, which mailers also send).
var iso2022JPEscapes = [][]byte{[]byte("\x1b$B"), []byte("\x1b$@"), []byte("\x1b(J"), []byte("\x1b(I"), []byte("\x1b$(D")}

// isISO2022JP reports 7-bit text that switches into ISO-2022-JP's
// character sets: no other charset a mail may be in writes these escapes.
func isISO2022JP(b []byte) bool {
	if bytes.IndexByte(b, 0x1b) < 0 {
		return false
	}
	for _, e := range iso2022JPEscapes {
		if bytes.Contains(b, e) {
			return true
		}
	}
	return false
}

// isJapaneseLabel reports the labels of Japanese charsets, as
// normalizeCharset leaves them.
func isJapaneseLabel(l string) bool {
	return l == "iso-2022-jp" || japaneseFamily(l) != ""
}

// japaneseFamily names the 8-bit Japanese charset a label is one of the
// names of, or is "".
func japaneseFamily(l string) string {
	switch l {
	case "shift_jis", "sjis", "x-sjis", "ms_kanji", "csshiftjis", "windows-31j":
		return "shift_jis"
	case "euc-jp", "x-euc-jp", "cseucpkdfmtjapanese":
		return "euc-jp"
	}
	return ""
}

// japanese8bit decodes 8-bit text under a Japanese label in whichever of
// Shift_JIS and EUC-JP it is really in: the one that decodes it without a
// flaw, and of two that do, the one that reads as more Japanese; the
// label's own on a tie. The other charset than the label's must give kana:
// half-width katakana in Shift_JIS, as phones write it, pair up into
// kanji alone in EUC-JP, while prose in either has kana. ok is false when
// neither decodes it whole. Of a long text, the start tells the charset
// (guessPrefix), and the whole is read in it.
func japanese8bit(b []byte, label string) (text, charset string, ok bool) {
	return guessWhole(b, func(head []byte) (string, string, bool) { return guessJapanese(head, label) })
}

// guessJapanese is japanese8bit for the text the charset is guessed from.
func guessJapanese(b []byte, label string) (text, charset string, ok bool) {
	own := japaneseFamily(label)
	candidates := []string{"shift_jis", "euc-jp"}
	if own == "euc-jp" {
		candidates = []string{"euc-jp", "shift_jis"}
	}
	best := -1 << 30
	for _, cs := range candidates {
		out, converted := convertCharset(b, cs)
		if !converted || bytes.ContainsRune(out, '\uFFFD') {
			continue
		}
		if own != "" && cs != own && !hasKana(out) {
			continue
		}
		if s := japaneseScore(out); s > best {
			text, charset, ok, best = string(out), cs, true, s
		}
	}
	return text, charset, ok
}

// japaneseScore counts the kana and kanji of text, less twice its
// half-width katakana: EUC-JP read as Shift_JIS comes out as runs of
// those, which Japanese writers use seldom.
func japaneseScore(text []byte) int {
	n := 0
	for _, r := range string(text) {
		switch {
		case r >= 0xff61 && r <= 0xff9f:
			n -= 2
		case unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Han):
			n++
		}
	}
	return n
}

// hasKana reports a full-width hiragana or katakana letter in text.
func hasKana(text []byte) bool {
	for _, r := range string(text) {
		if (r < 0xff61 || r > 0xff9f) && unicode.In(r, unicode.Hiragana, unicode.Katakana) {
			return true
		}
	}
	return false
}
