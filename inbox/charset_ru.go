package inbox

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Russian mail sent without a charset, in a header written unencoded or
// a body with no charset parameter, is in KOI8-R or windows-1251: old
// Unix mailers and Windows scripts write their own. Read as windows-1252
// it comes out as runs of accented capitals ("íÏÓË×Á"), and both are
// recognisable: every letter of a Russian word is an 8-bit byte, where a
// word of a Latin language holds one or two at most, and the two charsets
// put the lower-case letters Russian is mostly written in at opposite
// halves of the upper range.

// cyrillicCandidates are the charsets undeclared Russian text comes in,
// KOI8-R first: it keeps the lower case at 0xC0-0xDF, windows-1251 at
// 0xE0-0xFF.
var cyrillicCandidates = []struct {
	name string
	cm   *charmap.Charmap
}{
	// KOI8-U is KOI8-R with Ukrainian's letters where KOI8-R draws
	// boxes, which no mail writes: Russian reads the same in it.
	{"koi8-r", charmap.KOI8U},
	{"windows-1251", charmap.Windows1251},
}

// minCyrillicLetters is the fewest 8-bit letters that tell Russian text
// from a Latin one with an accent or two: a run of four accented capitals
// ("ÕÄÖÜ") is Latin text a test or a shout may hold, and reads as a word
// of four Cyrillic letters.
const minCyrillicLetters = 6

// cyrillic8bit reads b, 8-bit text in no declared charset, as KOI8-R or
// windows-1251 when it is Russian in one of them, and names the charset;
// ok is false for anything else, which the caller reads as before. Text
// whose 8-bit bytes mostly form UTF-8 sequences is UTF-8 with a stray
// byte, not Russian; a KOI8-R word can hold one by chance, "всё" its
// "сё".
func cyrillic8bit(b []byte) (text, charset string, ok bool) {
	if mostlyUTF8(b) || !cyrillicShape(b) {
		return "", "", false
	}
	lower, upper := 0, 0
	for _, c := range b {
		switch {
		case c >= 0xC0 && c < 0xE0:
			lower++
		case c >= 0xE0:
			upper++
		}
	}
	// KOI8-R keeps lower case at 0xC0-0xDF, windows-1251 at 0xE0-0xFF;
	// whichever half holds more is the lower case.
	cand := cyrillicCandidates[0]
	if upper > lower {
		cand = cyrillicCandidates[1]
	}
	out := make([]rune, 0, len(b))
	for _, c := range b {
		out = append(out, cand.cm.DecodeByte(c))
	}
	if !readsAsRussian(out) {
		return "", "", false
	}
	name := cand.name
	if cand.name == "koi8-r" && strings.ContainsAny(string(out), "іїєґІЇЄҐ") {
		name = "koi8-u"
	}
	return string(out), name, true
}

// mostlyUTF8 reports whether as many of b's 8-bit bytes stand in
// well-formed UTF-8 sequences as outside them.
func mostlyUTF8(b []byte) bool {
	in, stray, _ := utf8Bytes(b)
	return in >= stray
}

// utf8Bytes counts b's bytes that stand in well-formed UTF-8 sequences of
// two bytes or more, the 8-bit bytes that stand outside any, and those
// sequences.
func utf8Bytes(b []byte) (in, stray, sequences int) {
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		switch {
		case r == utf8.RuneError && n == 1:
			stray++
		case n > 1:
			in += n
			sequences++
		}
		b = b[n:]
	}
	return in, stray, sequences
}

// cyrillicShape reports text whose 8-bit bytes are letters of the upper
// range (or ё) standing in runs of three or more, as a Russian word's
// letters do and a Latin language's accented letters do not.
func cyrillicShape(b []byte) bool {
	letters, inRuns, other, run := 0, 0, 0, 0
	// ё and Ё are the only letters below 0xC0: 0xA3 and 0xB3 in KOI8-R,
	// 0xB8 and 0xA8 in windows-1251.
	isLetter := func(c byte) bool {
		return c >= 0xC0 || c == 0xA3 || c == 0xB3 || c == 0xA8 || c == 0xB8
	}
	flush := func() {
		if run >= 3 {
			inRuns += run
		}
		run = 0
	}
	for _, c := range b {
		switch {
		case c < 0x80:
			flush()
		case isLetter(c):
			letters++
			run++
		default:
			// Punctuation of either charset («», dashes, №) is allowed in
			// small numbers; it ends a word.
			other++
			flush()
		}
	}
	flush()
	return letters >= minCyrillicLetters && inRuns*4 >= letters*3 && other*5 <= letters
}

// readsAsRussian reports decoded text whose words are written as Russian
// is: no capital after a small letter within a word, and a vowel in
// nearly every word of three letters or more. Greek bytes read as
// Cyrillic, the likeliest other undeclared 8-bit text, fail it; Hebrew
// often passes, and is told apart before (see hebrewShape).
func readsAsRussian(text []rune) bool {
	words, voweled := 0, 0
	prevLower, hasVowel, length := false, false, 0
	end := func() {
		if length >= 3 {
			words++
			if hasVowel {
				voweled++
			}
		}
		prevLower, hasVowel, length = false, false, 0
	}
	for _, r := range text {
		if !unicode.Is(unicode.Cyrillic, r) {
			end()
			continue
		}
		if unicode.IsUpper(r) && prevLower {
			return false
		}
		prevLower = unicode.IsLower(r)
		length++
		switch unicode.ToLower(r) {
		case 'а', 'е', 'ё', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я':
			hasVowel = true
		}
	}
	end()
	return words > 0 && voweled*10 >= words*8
}
