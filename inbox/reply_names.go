package inbox

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// handleThenVerb reports a sender named by a lowercase user name and the
// verb, "lena_b wrote:", as trackers and forums name people in the
// attributions of their notifications. A handle is one word of letters,
// digits, dots, dashes and underscores that starts with a lowercase
// letter; capitalised names are nameThenVerb's. A pronoun is no handle:
// "On May 3, she wrote:" over a quote is the owner citing someone.
func handleThenVerb(s string) bool {
	words := strings.Fields(strings.TrimRight(s, ":： "))
	if len(words) < 2 || !attrVerbSet[strings.ToLower(strings.Join(words[1:], " "))] {
		return false
	}
	h := words[0]
	if pronouns[h] {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(h); !unicode.IsLower(r) || len(h) > 40 {
		return false
	}
	for _, c := range h {
		if !unicode.IsLetter(c) && !unicode.IsDigit(c) && !strings.ContainsRune("._-", c) {
			return false
		}
	}
	return true
}

// dayBeforeLastComma reports a number before the last comma of s, the day
// of "On Nov 23, lena_b wrote:" whose year and time were left out.
func dayBeforeLastComma(s string) bool {
	i := strings.LastIndexByte(s, ',')
	return i > 0 && strings.ContainsAny(s[:i], "0123456789")
}

// pronouns are the lowercase words for a person, in the languages of
// attrVerbs, that the owner's own sentence puts where a handle goes.
var pronouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("he she they we you it one someone somebody everyone nobody " +
		"il elle ils elles on él ella ellos ellas usted alguien lui lei loro qualcuno ele ela eles elas alguém " +
		"er sie es man jemand hij zij ze iemand han hon hun de dei någon nogen ona oni ktoś " +
		"он она они кто-то hän o ő") {
		m[w] = true
	}
	return m
}()
