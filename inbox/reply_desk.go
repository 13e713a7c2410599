package inbox

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// What the desktop and webmail clients translated per language write over
// a quote, where it differs from what the common clients write: a date
// that starts with a weekday in lower case ("ti, 2025-06-03 kello 10:12
// +0200, Lena kirjoitti:", "tisdag 3 juni 2025 10:12:45 CEST skrev
// Lena:"), and Horde's summary of the original, its sender framed in
// dashes above the header fields ("----- Message from Lena
// <l@example.net> ---------").

// fullWeekdays are the weekdays written out, lowercased, in the languages
// that write them in lower case, as a date at the start of a line does.
var fullWeekdays = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("lundi mardi mercredi jeudi vendredi samedi dimanche " +
		"lunes martes miércoles jueves viernes sábado domingo " +
		"lunedì martedì mercoledì giovedì venerdì sabato domenica " +
		"maandag dinsdag woensdag donderdag vrijdag zaterdag zondag " +
		"måndag tisdag onsdag torsdag fredag lördag söndag mandag tirsdag lørdag søndag " +
		"maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai " +
		"poniedziałek wtorek środa czwartek piątek sobota niedziela " +
		"pondělí úterý středa čtvrtek pátek neděle " +
		"понедельник вторник среда четверг пятница суббота воскресенье " +
		"hétfő kedd szerda csütörtök péntek szombat vasárnap") {
		m[w] = true
	}
	return m
}()

// opensWithWeekday reports a line that starts with a weekday, abbreviated
// or written out, and then a number: the date a client starts its
// attribution with.
func opensWithWeekday(t string) bool {
	if startsWithWeekday(t) {
		return true
	}
	w := firstWord(t)
	if !fullWeekdays[w] {
		return false
	}
	rest := strings.TrimLeft(t[len(w):], "., ")
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsDigit(r)
}

// datedStartBelow reports that line i+k, which starts in lower case,
// opens an attribution of its own with a date its client writes in lower
// case: under the owner's name below a closing, or under the owner's
// plan whose lines open with a weekday and a number of their own ("ср 3
// x 1 км" over "вт, 3 июн. 2025 г. в 10:12, Lena <l@example.net>:"), as
// a date in capitals does. Under a lead word, "On" or "Am", the same line
// is the date of the attribution it starts, wrapped.
func datedStartBelow(plain []string, i, k int) bool {
	return opensWithWeekday(plain[i+k]) && !attrLead[firstWord(plain[i])]
}

// framesSender reports a line framed by three dashes or more on each side
// that ends in the address of a sender, in whatever language, as Horde
// writes over the header fields of the original it sums up: "----- Message
// from Lena <l@example.net> ---------". The owner frames no address so. A
// tracker's comment header, "--- Comment #20 from Lena <l@example.net>
// 2025-06-03 10:12:45 ---", numbers and dates it, and a framed attribution
// ("---- Lena <l@example.net> wrote ----") is read as one elsewhere.
func framesSender(t string) bool {
	t = strings.TrimSpace(t)
	if !strings.HasPrefix(t, "---") || !strings.HasSuffix(t, "---") {
		return false
	}
	inner := strings.Trim(t, "- ")
	words := strings.Fields(inner)
	if len(words) == 0 || len(words) > 10 {
		return false
	}
	last := strings.Trim(words[len(words)-1], "<>()[]\"'")
	if !strings.ContainsRune(last, '@') {
		return false
	}
	before := strings.Join(words[:len(words)-1], " ")
	return !strings.ContainsAny(before, "0123456789@#")
}
