package inbox

import (
	"math"
	"strings"

	"golang.org/x/text/encoding/charmap"
)

// Hebrew mail sent without a charset is in windows-1255 or ISO-8859-8,
// which put the 27 letters at the same bytes, 0xE0-0xFA: where
// windows-1251 keeps Russian's lower case, so that the Russian guess
// reads Hebrew as Cyrillic words with vowels in them. Hebrew gives itself
// away by its five final forms (ך ם ן ף ץ), which stand at the end of a
// word and nowhere else; their bytes are к, н, п, у and х in
// windows-1251, met inside Russian words all the time, and the letters
// they are the final forms of (כ מ נ פ צ) are л, о, р, ф and ц, which end
// Russian words often and Hebrew ones almost never. Hebrew has no case,
// no letters past 0xFA (ы, ь and я in windows-1251), and no Latin letters
// inside its words.

// letterShares are how often each of the bytes 0xE0-0xFA stands in
// running text, in tenths of a percent: as a Hebrew letter (א to ת), and
// as the Russian lower-case letter of windows-1251 (а to ъ). A word or
// two with no final form in it is told apart by which language makes
// its letters the likelier.
var letterShares = [27]struct{ hebrew, russian float64 }{
	{63, 80}, {47, 16}, {12, 45}, {26, 17}, {87, 30}, {104, 85}, {9, 9},
	{23, 17}, {12, 74}, {110, 12}, {5, 35}, {26, 44}, {74, 32}, {23, 67},
	{56, 110}, {13, 28}, {29, 47}, {11, 55}, {31, 63}, {2, 26}, {16, 3},
	{2, 10}, {11, 5}, {19, 14}, {56, 7}, {41, 4}, {53, 0.4},
}

// hebrewFinals and hebrewMedials are the bytes of the final forms and
// of the letters they are the final forms of, in both charsets.
const (
	hebrewFinals  = "\xea\xed\xef\xf3\xf5"
	hebrewMedials = "\xeb\xee\xf0\xf4\xf6"
)

// undeclared8bit reads b, 8-bit text in no declared charset, as the
// Hebrew, Russian, Chinese, Japanese or Korean it is, and names the
// charset; ok is false for anything else, which the caller reads as
// before. The charset is guessed from the start of a long text
// (guessPrefix), and the whole text read in it.
func undeclared8bit(b []byte) (text, charset string, ok bool) {
	return guessWhole(b, guess8bit)
}

// guessWhole guesses the charset of b from its start (guessPrefix) with
// guess, and reads the whole of b in the charset found.
func guessWhole(b []byte, guess func(head []byte) (text, charset string, ok bool)) (text, charset string, ok bool) {
	head := guessPrefix(b)
	text, charset, ok = guess(head)
	if !ok || len(head) == len(b) {
		return text, charset, ok
	}
	out, ok := convertCharset(b, charset)
	if !ok {
		return "", "", false
	}
	return string(out), charset, true
}

// maxGuessed bounds the text a charset is guessed from: each guess reads
// it in several charsets, which for a body of megabytes took seconds and
// hundreds of megabytes, and a few dozen kilobytes tell the language as
// surely as the whole.
const maxGuessed = 64 << 10

// guessPrefix is the start of b that its charset is guessed from
// (undeclared8bit, japanese8bit): at most
// maxGuessed bytes, ending after a byte below '0'. No byte below '0'
// continues a character in any charset guessed, nor in GB18030 or UTF-8,
// so the cut splits none.
func guessPrefix(b []byte) []byte {
	if len(b) <= maxGuessed {
		return b
	}
	for i := maxGuessed - 1; i > 0; i-- {
		if b[i] < '0' {
			return b[:i+1]
		}
	}
	return b[:maxGuessed]
}

// guess8bit is undeclared8bit for the text the charset is guessed from.
func guess8bit(b []byte) (text, charset string, ok bool) {
	if hebrewShape(b) {
		// windows-1255 reads ISO-8859-8's letters the same, and its own
		// punctuation where a Windows mailer wrote it.
		out := make([]rune, 0, len(b))
		for _, c := range b {
			out = append(out, charmap.Windows1255.DecodeByte(c))
		}
		return string(out), "windows-1255", true
	}
	if text, cs, ok := cyrillic8bit(b); ok {
		return text, cs, true
	}
	return cjk8bit(b)
}

// hebrewShape reports 8-bit text written as Hebrew is: letters in words
// of two or more with no Latin letter beside them, final forms at the
// ends of words only and the other forms of those letters seldom there,
// and no byte that is no Hebrew letter in either charset but is one of
// Russian's.
func hebrewShape(b []byte) bool {
	if mostlyUTF8(b) {
		return false
	}
	isLetter := func(i int) bool { return i >= 0 && i < len(b) && b[i] >= 0xE0 && b[i] <= 0xFA }
	isLatin := func(i int) bool { return i >= 0 && i < len(b) && (b[i]|0x20) >= 'a' && (b[i]|0x20) <= 'z' }
	letters, alone, latin, words, finalsIn, finalsEnd, medialsEnd := 0, 0, 0, 0, 0, 0, 0
	for i, c := range b {
		switch {
		case c >= 0xC0 && c < 0xE0, c > 0xFA && c != 0xFD && c != 0xFE:
			// Capitals or ы, ь, я in windows-1251; vowel points in
			// windows-1255, which the Russian guess turns down itself.
			return false
		case !isLetter(i):
			continue
		}
		letters++
		end := !isLetter(i + 1)
		if end {
			words++
			if !isLetter(i - 1) {
				alone++
			}
		}
		if isLatin(i-1) || isLatin(i+1) {
			latin++
		}
		switch {
		case end && strings.IndexByte(hebrewFinals, c) >= 0:
			finalsEnd++
		case strings.IndexByte(hebrewFinals, c) >= 0:
			finalsIn++
		case end && strings.IndexByte(hebrewMedials, c) >= 0:
			medialsEnd++
		}
	}
	return letters >= minCyrillicLetters && alone*5 <= words && latin*10 <= letters &&
		finalsIn*10 <= finalsEnd && medialsEnd*10 <= words && hebrewOdds(b) > 0
}

// hebrewOdds is the log of how much likelier b's letters are as Hebrew
// than as Russian in windows-1251.
func hebrewOdds(b []byte) float64 {
	odds := 0.0
	for _, c := range b {
		if c >= 0xE0 && c <= 0xFA {
			s := letterShares[c-0xE0]
			odds += math.Log(s.hebrew / s.russian)
		}
	}
	return odds
}
