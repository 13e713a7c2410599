package inbox

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The verbs that make a line an attribution, in the languages clients
// write them in, and the shapes around them: "wrote" after the sender,
// "schrieb" before it, "Quoting" in front.

// attrVerbs end an attribution: the verb for "wrote" in the common
// languages, after the date and the sender.
var attrVerbs = []string{
	"wrote", "wrote the following", "writes", "sent", "said", "a écrit", "a ecrit", "escribió", "escribio", "ha scritto", "scrisse",
	"escreveu", "skrev", "skrev følgende", "schrieb", "schreibt", "schreef", "geschreven", "napisał",
	"napisal", "napisała", "napisał(a)", "pisze", "napsal", "napsala", "napsal(a)", "написал", "написала",
	"написал(а)", "пишет", "пише", "написав", "написав(ла)", "kirjoitti", "yazdı", "írta", "έγραψε",
	"a scris", "viết", "писал", "писала", "писал(а)", "님이 작성", "쓴 글", "menulis", "geschrieben", "ha escrit",
	"napísal", "napísala", "napisao", "napisala", "написа", "kirjutas", "rašė", "rakstīja", "כתב", "כתבה", "כתב/ה",
	"نوشت", "كتب", "เขียนว่า", "लिखा", "napisal(a)", "napisao je", "napisala je", "napísal(a)", "va escriure", "писали",
	"napisao/la", "написао", "написао/ла", "написао је", "написала је",
	"napisał/a", "yazmış", "yazıb", "skribis", "escribiu", "napisao(la)", "je napisao(la)", "shkroi", "ha scribite",
	"idatzi du", "نوشته است", "쓴 내용", "დაწერა", "schreift", "напісаў", "napisa", "idatzi zuen", "membalas",
	"লিখেছেন", "लिहिले", "લખ્યું", "ਲਿਖਿਆ",
}

// attrMidVerbs put the verb before the sender, "Am 3. Juni 2025 um 10:12
// schrieb Lena <l@example.net>:", or before the date, as attributions an
// owner sets in mutt or s-nail run: "Lena a écrit le 03/06/2025 à 10:12
// :", "Lena писал(а) 03.06.2025 10:12:".
var attrMidVerbs = []string{
	" schrieb ", " schreef ", " skrev ", " escribió ", " escreveu ", " wrote ", " kirjoitti ", " ezt írta ",
	" от ", " від ", " odesílatel ", " de la ", " napisana przez ", " 於 ", " kirjutas ", " كتب ", " نوشت ", " писали ",
	" a écrit ", " ha scritto ", " napisał(a) ", " napsal(a) ", " писал(а) ", " написал(а) ",
	" skreiv ", " skrifaði ", " skrivaði ", " skreau ", " scríobh ", " ysgrifennodd ", " напісаў ",
}

// attrVerbEnds maps the last word of each of attrVerbs to the verbs that
// end with it.
var attrVerbEnds = func() map[string][]string {
	m := map[string][]string{}
	for _, v := range attrVerbs {
		w := v[strings.LastIndexByte(v, ' ')+1:]
		m[w] = append(m[w], v)
	}
	return m
}()

// attrVerbTails are the words that end the verbs of attrVerbs written in
// more than one word, "je" of "napisao je", "écrit" of "a écrit".
var attrVerbTails = func() map[string]bool {
	m := map[string]bool{}
	for _, v := range attrVerbs {
		if i := strings.LastIndexByte(v, ' '); i >= 0 {
			m[v[i+1:]] = true
		}
	}
	return m
}()

// attrVerbSuffixes are verbs written without a space before them.
var attrVerbSuffixes = []string{"写道", "寫道", "のメッセージ", "のメール", "書きました"}

// wordVerb reports the verb K-9 writes as a word of its own after the
// sender, last word of s: "Lena <l@example.net> より:", and "씀" after the
// particle that makes the sender its subject, "Lena <l@example.net>이
// 씀:". Glued to a word, or after another particle, they are the owner's:
// "6月3日のメニューより：" (from the menu of June 3), "훈련 일지에 씀:"
// (written in the training log).
func wordVerb(s, last string) bool {
	switch last {
	case "より":
		return true
	case "씀":
		return strings.HasSuffix(strings.TrimRight(s[:len(s)-len(last)], " "), "이")
	}
	return false
}

// endsWithVerb reports whether s, less a final colon, ends with one of
// attrVerbs as a word.
func endsWithVerb(s string) bool {
	s = strings.TrimRight(s, ":： ")
	i := strings.LastIndexByte(s, ' ')
	last := s[i+1:]
	if len(last) > 30 {
		return false
	}
	if !isASCII(last) {
		if wordVerb(s, last) {
			return true
		}
		for _, suffix := range attrVerbSuffixes {
			if strings.HasSuffix(last, suffix) {
				return true
			}
		}
	}
	verbs := attrVerbEnds[strings.ToLower(last)]
	if len(verbs) == 0 {
		return false
	}
	tail := strings.ToLower(s[max(0, len(s)-40):])
	for _, v := range verbs {
		if !strings.HasSuffix(tail, v) {
			continue
		}
		before := tail[:len(tail)-len(v)]
		r, _ := utf8.DecodeLastRuneInString(before)
		if before == "" || r == ' ' || r == '>' || r == ')' || r == '"' {
			return true
		}
	}
	return false
}

// attrVerbSet holds attrVerbs.
var attrVerbSet = func() map[string]bool {
	m := map[string]bool{}
	for _, v := range attrVerbs {
		m[v] = true
	}
	return m
}()

// afterLastComma returns what follows the last comma of s, trimmed.
func afterLastComma(s string) string {
	return strings.TrimSpace(s[strings.LastIndexByte(s, ',')+1:])
}

// quotingLeads start the attribution webmails such as Horde write,
// "Quoting Lena <l@example.net>:", sup's "Excerpts from Lena's message
// of 2025-06-03 10:12:45 +0200:", and the Arabic that Roundcube and KMail
// open with the verb, "كتب Lena في 2025-06-03 10:12:".
var quotingLeads = []string{"quoting ", "excerpts from ", "zitat von ", "citation de ", "citando ", "citazione di ", "citaat van ",
	"cytuję ", "cytowanie ", "idézet ", "цитата ", "كتب "}

// senderLeads start Horde's attribution in languages where the same word
// opens a sentence of the owner's about a quote they give ("Цитирую
// тренера (coach@club.example):", "Citeren uit het schema van 3 juni
// 2025:"): they lead one only with the sender alone after them, "Цитирую
// Lena <l@example.net>:".
var senderLeads = []string{"citeren ", "цитирую ", "引用 "}

// quotingLead reports a line that starts with one of quotingLeads, or with
// one of senderLeads and then the sender.
func quotingLead(s string) bool {
	head := strings.ToLower(s[:min(len(s), 24)])
	for _, l := range quotingLeads {
		if strings.HasPrefix(head, l) {
			return true
		}
	}
	for _, l := range senderLeads {
		if len(s) >= len(l) && strings.EqualFold(s[:len(l)], l) {
			return senderAlone(s[len(l):])
		}
	}
	return false
}

// senderAlone reports s, less a final colon, as a sender and nothing
// else: a few words of a name over an address in angle brackets, or a
// bare address.
func senderAlone(s string) bool {
	s = strings.TrimSpace(strings.TrimRight(s, ":： "))
	words := strings.Fields(s)
	if len(words) == 1 {
		return bareAddress(s)
	}
	lt := strings.LastIndexByte(s, '<')
	if lt < 0 || !strings.HasSuffix(s, ">") || len(words) > 10 {
		return false
	}
	return bareAddress(s[lt+1:len(s)-1]) && !strings.ContainsAny(s[:lt], "()<>:（）：")
}

// bareAddress reports s as an address alone: letters, digits and the
// marks addresses are written with around one "@".
func bareAddress(s string) bool {
	return strings.Count(s, "@") == 1 && !strings.ContainsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune(".-_+@", r)
	})
}

// senderDashDate reports a sender named in quotes and then by a bare
// address, a dash and a date: "\"Lena\" l@example.net – June 3, 2025
// 10:12 AM", as Nextcloud Mail writes over a quote.
func senderDashDate(s string) bool {
	sender, date, ok := strings.Cut(s, " – ")
	if !ok || !strings.HasPrefix(sender, `"`) {
		return false
	}
	q := strings.LastIndexByte(sender, '"')
	addr := strings.TrimSpace(sender[q+1:])
	if q == 0 || strings.ContainsAny(addr, " <>") || !strings.ContainsRune(addr, '@') {
		return false
	}
	day, clock := dateParts(date)
	return day && clock
}

// namedAfterMidVerb reports one of attrMidVerbs followed by a sender alone:
// a few words starting with a capital, no comma and no clause, "schrieb
// Lauf-Shop", not "schrieb Lena, dass ihr Knie schmerzt" or "wrote that
// your knee hurts".
func namedAfterMidVerb(s string) bool {
	lower := strings.ToLower(s)
	if len(lower) != len(s) {
		return false // a letter changed its length: lower's offsets are not s's
	}
	for _, v := range attrMidVerbs {
		i := strings.Index(lower, v)
		if i < 0 {
			continue
		}
		rest := strings.TrimSpace(s[i+len(v):])
		words := strings.Fields(rest)
		first, _ := utf8.DecodeRuneInString(rest)
		return len(words) > 0 && len(words) <= 6 && !strings.ContainsAny(rest, ",;.!?") && (unicode.IsUpper(first) || first == '"' || first == '<')
	}
	return false
}

// hasMidVerb reports one of attrMidVerbs followed by at most 160 bytes,
// one of senderFirstVerbs only between a sender and a date.
func hasMidVerb(s string) bool {
	lower := strings.ToLower(s)
	for _, v := range attrMidVerbs {
		if i := strings.Index(lower, v); i >= 0 && len(lower)-i-len(v) <= 160 &&
			(!senderFirstVerbs[v] || senderVerbDate(s, lower, i, v)) {
			return true
		}
	}
	return false
}

// senderFirstVerbs are the attrMidVerbs a client writes after the sender
// and before the date. "a écrit" and "ha scritto" run through the owner's
// own lines as well: "Votre coach a écrit le 03/06/2025 à 10:12 :" over
// the plan they copy, "Le 03/06/2025 à 10:12, Lena a écrit le plan
// suivant :".
var senderFirstVerbs = map[string]bool{" a écrit ": true, " ha scritto ": true, " napisał(a) ": true,
	" napsal(a) ": true, " писал(а) ": true, " написал(а) ": true, " напісаў ": true}

// senderVerbDate reports the verb v at i in s, lower being s in lower
// case, with a sender alone before it, a name or an address, and a date
// right after it, behind a lead word at most, a number in its first two
// words: "Lena a écrit le 03/06/2025 à 10:12 :", "Lena <l@example.net>
// a écrit le mar. 3 juin 2025 :".
func senderVerbDate(s, lower string, i int, v string) bool {
	if len(lower) != len(s) {
		return false // lower's offsets are not s's
	}
	if !nameThenVerb(s[:i+len(v)]) && !senderAlone(s[:i]) {
		return false
	}
	words := strings.Fields(s[i+len(v):])
	if len(words) > 0 && attrLead[strings.ToLower(words[0])] {
		words = words[1:]
	}
	for _, w := range words[:min(2, len(words))] {
		if strings.ContainsAny(w, "0123456789") {
			return true
		}
	}
	return false
}

// verbsBeforeDate end with a colon and put the date after it, as KMail's
// Hungarian reply template does, "%3 a következőt írta ekkor: %1 %2":
// the sender, then the date and the time in the locale's long or short
// form, "Lena a következőt írta ekkor: 2025. június 3., kedd 10:12:45
// CEST", "2025. 06. 03. 10:12", or the ISO form "2025-06-03 10:12".
var verbsBeforeDate = []string{" a következőt írta ekkor: "}

// senderVerbThenDate reports a sender alone, one of verbsBeforeDate and a
// full date with its time of day. A date that opens with its year must
// be a date and a time and nothing else: "Lena a következőt írta ekkor:
// 2025. 06. 03. 10:12, amikor a térde fájt" goes on as the owner's
// sentence. A day-first date may run on into the time zone as the
// system names it, "(CET)" or, on Windows, "Central Europe Standard
// Time", and is read as before.
func senderVerbThenDate(s string) bool {
	for _, v := range verbsBeforeDate {
		head, date, ok := strings.Cut(s, v)
		if !ok || !(isNameLike(head) || senderAlone(head)) {
			continue
		}
		day, clock := dateParts(date)
		return day && clock && (fullDay(date) || yearFirstDay(date) && onlyStamp(date))
	}
	return false
}
