package prose

import (
	"regexp"
	"strings"
	"unicode"
)

// addressPattern is an email address as people type it in running text,
// with a "mailto:" before it: letters of any script, digits and the
// punctuation local parts use, an "@", and a domain of two labels or more
// whose last starts with a letter, so that a pace ("6x800m@3.45") is none.
// An input method's full-width "＠" and "．" (or the small "﹫") type an
// address as well, and a letter may come with its accent as a mark of its
// own. Characters that show nothing (a zero-width space or soft hyphen
// pasted with the address, a direction mark) do not stop it: on the page
// the address reads whole.
var addressPattern = regexp.MustCompile(`(?i)(mailto:)?[\p{L}\p{M}\p{N}\p{Cf}._%+'-]+[@＠﹫]\p{Cf}*[\p{L}\p{M}\p{N}-][\p{L}\p{M}\p{N}\p{Cf}-]*([.．][\p{L}\p{M}\p{N}\p{Cf}-]+)*[.．]\p{Cf}*\p{L}[\p{L}\p{M}\p{N}\p{Cf}-]*`)

// AddressHidden stands where HideAddresses took an address out.
const AddressHidden = "[address hidden]"

// HideAddresses replaces every email address in a reader's text with
// AddressHidden. What readers write is published, and an address in it,
// their own in a signature or someone else's, must never be shown.
func HideAddresses(s string) string {
	return addressPattern.ReplaceAllStringFunc(s, func(a string) string {
		if stop := sentenceStop(a); stop >= 0 {
			return HideAddresses(a[:stop]) + a[stop:]
		}
		return AddressHidden
	})
}

// sentenceStop is the index in a of the first full-width "．" that ends a
// sentence rather than a domain's label, or -1. Japanese written with
// "，．" ends sentences with it, and a kana or kanji after it is the next
// sentence ("ランチ＠渋谷．楽しかった"), not a top-level domain: only
// what stands before it may be an address.
func sentenceStop(a string) int {
	for i, r := range a {
		if r != '．' {
			continue
		}
		for _, next := range a[i+len("．"):] {
			if unicode.Is(unicode.Cf, next) {
				continue
			}
			if unicode.In(next, unicode.Han, unicode.Hiragana, unicode.Katakana) {
				return i
			}
			break
		}
	}
	return -1
}

// HideAddressesOf replaces in s each address that is one of addrs with
// AddressHidden and leaves every other address as it is: for text a
// person may fill with addresses to publish, in which a few must never
// be. Addresses compare without case, and as read: "mailto:", a
// full-width "＠" and characters that show nothing aside.
func HideAddressesOf(s string, addrs ...string) string {
	return addressPattern.ReplaceAllStringFunc(s, func(a string) string {
		if stop := sentenceStop(a); stop >= 0 {
			return HideAddressesOf(a[:stop], addrs...) + a[stop:]
		}
		read := strings.Map(func(r rune) rune {
			switch {
			case r == '＠' || r == '﹫':
				return '@'
			case r == '．':
				return '.'
			case unicode.Is(unicode.Cf, r):
				return -1
			}
			return r
		}, a)
		read = strings.TrimPrefix(strings.ToLower(read), "mailto:")
		for _, x := range addrs {
			if x != "" && strings.EqualFold(read, x) {
				return AddressHidden
			}
		}
		return a
	})
}
