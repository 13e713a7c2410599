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

// senderThenVerb reports "Lena wrote:" or "lena_b wrote:", with the list
// or forum that relays the sender left out (viaLeftOut).
func senderThenVerb(s string) bool {
	s = viaLeftOut(s)
	return nameThenVerb(s) || handleThenVerb(s)
}

// viaLeftOut returns s without the list or forum that a sender's name is
// relayed through, as Google Groups and Discourse write it: "Lena via
// Runners wrote:" is read as "Lena wrote:". s is returned as it is when
// it holds no "via" a few words before its verb, or the words between
// are no name.
func viaLeftOut(s string) string {
	if !strings.Contains(s, " via ") {
		return s // as in nearly every line
	}
	words := strings.Fields(strings.TrimRight(s, ":： "))
	for v := 1; v < len(words) && v <= 4; v++ {
		if words[v] != "via" {
			continue
		}
		for j := v + 2; j < len(words) && j <= v+5; j++ {
			if !isTitleWord(words[j-1]) {
				break // "sent via email, it said:" names no group
			}
			if attrVerbSet[strings.ToLower(strings.Join(words[j:], " "))] {
				return strings.Join(words[:v], " ") + " " + strings.Join(words[j:], " ") + ":"
			}
		}
	}
	return s
}

// isTitleWord reports a word of a name as a group or a forum writes it:
// capitalised or a number, with no comma after it.
func isTitleWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return (unicode.IsUpper(r) || unicode.IsDigit(r)) && !strings.ContainsAny(w, ",;")
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

// isNameLike reports a name: a few words that all start with a capital,
// "Maren Holt", "Dr. Jonas Weber", or a few letters of a script without
// capitals, "李明". "Good luck" is not one.
func isNameLike(t string) bool {
	if isNameLine(t) {
		for _, w := range strings.Fields(t) {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
				return false
			}
		}
		return true
	}
	return caselessName(t)
}

// shortCaselessName reports a caselessName short enough to be a person's
// name rather than a phrase: words of at most four CJK characters, "王小明",
// "田中 太郎", or at most three words. "请联系这家诊所" is a phrase. Thai,
// Lao, Khmer and Burmese put no space between the words of a sentence,
// only between a first name and a family name, so a name there is two
// words or three: "สมชาย ใจดี", not "โทรหาคลินิกนี้" ("call this clinic").
func shortCaselessName(t string) bool {
	if !caselessName(t) {
		return false
	}
	words := strings.Fields(t)
	for _, w := range words {
		if utf8.RuneCountInString(w) > 4 && strings.IndexFunc(w, isCJK) >= 0 {
			return false
		}
	}
	if strings.ContainsFunc(t, func(r rune) bool { return unspaced(r) && !isCJK(r) }) && len(words) < 2 {
		return false
	}
	return len(words) <= 3
}

// caselessCompany reports a company's name in Chinese, Japanese or
// Korean, known by its legal form: "株式会社グリーンガーデン", "绿色花园有限公司",
// "주식회사 그린가든". It may be longer than a person's name.
func caselessCompany(t string) bool {
	return caselessName(t) && containsAny(t, []string{"株式会社", "有限会社", "合同会社", "公司", "集团", "集團", "주식회사", "유한회사"})
}

func isCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// caselessName reports a line that can be a name or a title in a script
// without capitals: a few words of letters alone, "王小明", "田中 太郎",
// "מרן הולט", "सारा शर्मा". A sentence has punctuation in it. The marks
// written on letters, as the vowel signs of Devanagari, and the joiners
// Persian writes inside words are part of the word and count for nothing.
func caselessName(t string) bool {
	cjk, letters := 0, 0
	for _, c := range t {
		switch {
		case c == ' ' || c == '\u3000' || c == '・' || c == '·' || c == '\u200c' || c == '\u200d' || unicode.IsMark(c):
		case !unicode.IsLetter(c) || unicode.IsUpper(c) || unicode.IsLower(c):
			return false
		case isCJK(c):
			cjk++
		default:
			letters++
		}
	}
	return cjk+letters > 0 && cjk <= 12 && cjk+letters <= 32 && len(strings.Fields(t)) <= 4
}

// nameEnds are the abbreviations a name, a company's name or a title ends
// in, whose stop ends no sentence: "Jonas Weber Jr.", "Macronix Co.,
// Ltd.", "Biegamy Razem Sp. z o.o.", "Physiotherapeutin B.Sc.".
var nameEnds = []string{"Jr.", "Sr.", "Ltd.", "Inc.", "Co.", "Corp.", "Bros.", "LLC.", "PLC.", "Pty.", "Pvt.", "Lda.", "Ltda.",
	"o.o.", "B.Sc.", "M.Sc.", "B.A.", "M.A.", "Ph.D.", "LL.M.", "Dipl.",
	"S.A.", "B.V.", "N.V.", "S.L.", "S.p.A.", "S.r.l.", "e.V.", "A.G.", "P.C."}

// endsInTitle reports a line ending in one of nameEnds.
func endsInTitle(t string) bool {
	for _, e := range nameEnds {
		if strings.HasSuffix(t, " "+e) {
			return true
		}
	}
	return false
}

// greetingWords open a greeting to the reader, in the common languages:
// "Hi Ben,", "Liebe Anna,", "Cześć Ola,".
var greetingWords = map[string]bool{"hi": true, "hello": true, "hey": true, "dear": true, "hallo": true,
	"liebe": true, "lieber": true, "moin": true, "servus": true, "bonjour": true, "salut": true,
	"hola": true, "ciao": true, "buongiorno": true, "olá": true, "oi": true, "hej": true, "hoi": true,
	"beste": true, "cześć": true, "witam": true, "witaj": true, "dzień": true, "good": true,
	"guten": true, "sehr": true, "cher": true, "chère": true, "bonsoir": true, "querido": true,
	"querida": true, "estimado": true, "estimada": true, "buenos": true, "buenas": true, "bom": true,
	"caro": true, "cara": true, "gentile": true, "geachte": true, "ahoj": true, "dobrý": true,
	"hei": true, "здравствуйте": true, "привет": true, "добрый": true, "доброе": true}

// isGreeting reports a greeting line: a greeting word and a name or two,
// ending in a comma or an exclamation mark, as the owner opens an answer
// with, or in a full stop after a comma ("Здравствуйте, Лена.", as The
// Bat! writes it in Russian).
func isGreeting(t string) bool {
	t = strings.TrimSpace(t)
	f := strings.Fields(t)
	if len(f) == 0 || len(f) > 4 ||
		!strings.HasSuffix(t, ",") && !strings.HasSuffix(t, "!") && !(strings.HasSuffix(t, ".") && strings.HasSuffix(f[0], ",")) ||
		closingByWords(t) {
		return false // "Beste Grüße," closes
	}
	first := strings.ToLower(strings.TrimRight(f[0], ",!."))
	if first == "good" {
		// "Good morning," greets; "Good question!" answers.
		return len(f) > 1 && greetingTimes[strings.ToLower(strings.TrimRight(f[1], ",!."))]
	}
	return greetingWords[first]
}

// greetingTimes follow "Good" in a greeting.
var greetingTimes = map[string]bool{"morning": true, "afternoon": true, "evening": true, "day": true}

// greetsAt reports that text line k is the answer's first line and a
// greeting: "Hi Ben," over the card the reader asked for ends nothing.
func (r *reply) greetsAt(text []int, k int) bool {
	return k == 0 && len(text) > 0 && isGreeting(r.plain[text[0]])
}
