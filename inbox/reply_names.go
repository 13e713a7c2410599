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

// englishPronouns are the pronouns of the English verbs among attrVerbs.
// Pronouns of other languages are given names too, "Ella", "Elle",
// "Han", "Lei": under an English verb, "Ella wrote:", they are the
// client's name for the sender.
var englishPronouns = map[string]bool{"he": true, "she": true, "they": true, "we": true, "you": true,
	"it": true, "one": true, "someone": true, "somebody": true, "everyone": true, "nobody": true}

// pronounOf reports a word that is a pronoun in the language of verb.
func pronounOf(word, verb string) bool {
	w := strings.ToLower(word)
	switch verb {
	case "wrote", "writes", "sent", "said":
		return englishPronouns[w]
	}
	return pronouns[w]
}

// nameThenVerb reports a line that is a name of up to four capitalised
// words and one of attrVerbs: "Lena Fischer wrote:", "Lena a écrit :".
// "My coach wrote:" is the owner's, and so is a pronoun that starts the
// sentence, "You wrote:" over the reader's words the owner cites: a
// client names the sender.
func nameThenVerb(s string) bool {
	words := strings.Fields(strings.TrimRight(s, ":： "))
	k := 0
	for k < len(words) && k < 5 {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(words[k], `"'(`))
		if !unicode.IsUpper(r) {
			break
		}
		k++
	}
	if k == 1 && k < len(words) && pronounOf(words[0], strings.ToLower(strings.Join(words[k:], " "))) {
		return false
	}
	return k >= 1 && k <= 4 && k < len(words) && attrVerbSet[strings.ToLower(strings.Join(words[k:], " "))]
}

// caselessNameThenVerb reports a name in a script without capitals and a
// verb, as Japanese and Chinese clients write the attribution when they
// leave the date out: "田中 花子 さんは書きました:", "王芳 写道：". A sentence
// runs its words into the verb ("教练在书里写道："), so the name must stand
// apart from it, by a space or by the honorific さん.
func caselessNameThenVerb(s string) bool {
	s = strings.TrimRight(s, ":： ")
	for _, v := range attrVerbSuffixes {
		head, ok := strings.CutSuffix(s, v)
		if !ok {
			continue
		}
		apart := strings.HasSuffix(head, " ")
		for _, honorific := range []string{"さんは", "さんが"} {
			if h, ok := strings.CutSuffix(head, honorific); ok {
				head, apart = h, true
				break
			}
		}
		head = strings.TrimSpace(head)
		return apart && head != "" && caselessName(head)
	}
	return false
}

// nameThenDate reports "Lena Berg, <date>": two to four words of a name
// before the first comma, the first and the last capitalised and none
// holding a digit, and no more than a date after it. "Update, Jun 3,
// 2025 at 10:12:" and "Notes from the call, Jun 3, ...:" are the
// owner's.
func nameThenDate(s string) bool {
	name, rest, ok := strings.Cut(s, ",")
	words := strings.Fields(name)
	if !ok || len(words) < 2 || len(words) > 4 || strings.ContainsAny(name, "0123456789@") {
		return false
	}
	for _, w := range []string{words[0], words[len(words)-1]} {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return len(strings.Fields(rest)) <= 8
}
