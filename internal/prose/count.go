package prose

import (
	"strconv"
	"strings"
)

// A numbered list counts in digits, in letters ("a.", "A.") or in roman
// numerals ("iv.", "IV."), named as HTML's type attribute names them: "a",
// "A", "i", "I", and "" for digits. Mail clients write an HTML list's
// numbers into the text so, and the site and the digest show the list
// counting as it was written.

// ItemMark is the mark of the item numbered n in a list that counts in
// count, with its full stop: "3.", "c.", "iv.". Letters and roman numerals
// count from one and roman numerals to 3999; a number they cannot write
// is written in digits, as browsers do.
func ItemMark(count string, n int) string {
	s := ""
	switch count {
	case "a", "A":
		s = letterNumber(n)
	case "i", "I":
		s = romanNumber(n)
	}
	if s == "" {
		return strconv.Itoa(n) + "."
	}
	if count == "A" || count == "I" {
		s = strings.ToUpper(s)
	}
	return s + "."
}

// letterNumber writes n in letters as lists count: a to z, then aa, ab.
func letterNumber(n int) string {
	if n < 1 {
		return ""
	}
	var b []byte
	for ; n > 0; n = (n - 1) / 26 {
		b = append([]byte{byte('a' + (n-1)%26)}, b...)
	}
	return string(b)
}

var (
	romanValues = []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	romanMarks  = []string{"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"}
)

// romanNumber writes n from 1 to 3999 in lower-case roman numerals.
func romanNumber(n int) string {
	if n < 1 || n > 3999 {
		return ""
	}
	var b strings.Builder
	for i, v := range romanValues {
		for ; n >= v; n -= v {
			b.WriteString(romanMarks[i])
		}
	}
	return b.String()
}

// readRoman reads lower-case roman numerals written as romanNumber
// writes them, and reports whether s is one.
func readRoman(s string) (int, bool) {
	n, rest := 0, s
	for i, m := range romanMarks {
		for strings.HasPrefix(rest, m) {
			n += romanValues[i]
			rest = rest[len(m):]
		}
	}
	return n, rest == "" && n > 0 && romanNumber(n) == s
}

// countOf reads the mark of a lettered or roman item (without its full
// stop or bracket) in count, and reports whether it counts so, with its
// number.
func countOf(mark, count string) (int, bool) {
	lower := strings.ToLower(mark)
	upper := count == "A" || count == "I"
	if upper != (mark != lower) || mark != lower && mark != strings.ToUpper(mark) {
		return 0, false
	}
	switch count {
	case "a", "A":
		if len(mark) == 1 {
			return int(lower[0]-'a') + 1, true
		}
	case "i", "I":
		return readRoman(lower)
	}
	return 0, false
}

// firstCount is how a list whose first item is marked mark counts: in
// roman numerals from "i" or a longer numeral, in letters otherwise.
func firstCount(mark string) (count string, n int, ok bool) {
	upper := mark == strings.ToUpper(mark)
	roman, letters := "i", "a"
	if upper {
		roman, letters = "I", "A"
	}
	if strings.EqualFold(mark, "i") || len(mark) > 1 {
		n, ok = countOf(mark, roman)
		return roman, n, ok
	}
	n, ok = countOf(mark, letters)
	return letters, n, ok
}
