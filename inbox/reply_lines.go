package inbox

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file recognises the lines a mail client writes around the owner's
// text: attribution lines, header blocks, "Original Message" separators,
// signature markers, mobile and app footers and list footers. Each
// recogniser looks at one line, or a few lines from one position, and
// tests what its patterns need before running them, since every line of
// every reply passes through here.
//
// plainLine is a line with no-break and other odd spaces made plain,
// Arabic and Persian digits written as ASCII ones, and the surrounding
// space removed.
func plainLine(l string) string {
	if !isASCII(l) && strings.ContainsAny(l, oddRunes) {
		l = oddSpaces.Replace(l)
	}
	return strings.TrimSpace(l)
}

// oddRunes are the runes oddSpaces replaces.
const oddRunes = "\u00a0\u202f\u2007\u200b\u200e\u200f\u202a\u202b\u202c\ufeff" +
	"٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"

var oddSpaces = strings.NewReplacer("\u00a0", " ", "\u202f", " ", "\u2007", " ",
	"\u200b", "", "\u200e", "", "\u200f", "", "\u202a", "", "\u202b", "", "\u202c", "", "\ufeff", "",
	"٠", "0", "١", "1", "٢", "2", "٣", "3", "٤", "4", "٥", "5", "٦", "6", "٧", "7", "٨", "8", "٩", "9",
	"۰", "0", "۱", "1", "۲", "2", "۳", "3", "۴", "4", "۵", "5", "۶", "6", "۷", "7", "۸", "8", "۹", "9")

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isQuoteLine reports a line quoted with ">" (RFC 3676 4.5), or with the
// full-width "＞" some Japanese and Chinese clients write.
func isQuoteLine(l string) bool {
	t := strings.TrimLeft(l, " \t")
	return strings.HasPrefix(t, ">") || strings.HasPrefix(t, "＞")
}

// endsInStop reports a line whose last character ends a sentence: the
// ASCII stop, question or exclamation mark, the full-width ones of
// Chinese and Japanese, the danda of Hindi and Bengali, and Urdu's and
// Arabic's stop and question mark.
func endsInStop(t string) bool {
	return strings.ContainsRune(".!?。！？।۔؟", lastRune(t))
}

// isColon reports the colon a line that introduces something ends with:
// ASCII's, the fullwidth one of Chinese and Japanese, and those of Khmer
// (៖) and Ethiopic (፦), where Gmail ends its attribution.
func isColon(r rune) bool {
	return r == ':' || r == '：' || r == '៖' || r == '፦'
}

// endsWithColon reports t ending in a colon, isColon's.
func endsWithColon(t string) bool { return isColon(lastRune(t)) }

// onlyColon reports t that is a colon alone, as a client wraps it off the
// end of an attribution.
func onlyColon(t string) bool {
	r, n := utf8.DecodeRuneInString(t)
	return n == len(t) && isColon(r)
}

// unquote strips every level of quoting from a line.
func unquote(l string) string {
	rest, _ := cutQuotes(l)
	return rest
}

// quoteDepth counts the levels of quoting of a line: 0 for none.
func quoteDepth(l string) int {
	_, depth := cutQuotes(l)
	return depth
}

// cutQuotes strips every level of quoting from a line and counts them.
func cutQuotes(l string) (rest string, depth int) {
	for {
		t := strings.TrimLeft(l, " \t")
		switch {
		case strings.HasPrefix(t, ">"):
			l = t[1:]
		case strings.HasPrefix(t, "＞"):
			l = t[len("＞"):]
		default:
			return l, depth
		}
		depth++
	}
}

// isSignatureMarker reports the "-- " line that starts a signature
// (RFC 3676 4.3), also when a client has lost its trailing space.
func isSignatureMarker(l string) bool {
	return strings.TrimRight(l, " \t\u00a0") == "--"
}

// dashedSignature reports a signature whose delimiter runs into the name,
// "--Geoff Maciolek", with lines of it under and nothing else in their
// paragraph: a company, a title, a way to reach the owner. "--Geoff"
// alone signs the answer and stays, and so does "—Hal Higdon" under a
// saying: an em dash names who said it.
func dashedSignature(plain []string, kinds []lineKind, i int) bool {
	rest, ok := strings.CutPrefix(plain[i], "--")
	rest = strings.TrimSpace(rest)
	if !ok || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, ">") || !isNameLike(rest) {
		return false
	}
	n := 0
	for k := i + 1; k < len(plain) && kinds[k] == kindText && !isSignatureMarker(plain[k]); k++ {
		if !isNameLine(plain[k]) && contactOf(plain[k]) == notContact {
			return false
		}
		n++
	}
	return n > 0
}

// Attribution lines: "On <date>, <name> wrote:" and its relatives.
var (
	// attrLead are the words an attribution starts with in the common
	// languages ("On", "Am", "Le", "El", ...).
	attrLead = map[string]bool{
		"on": true, "am": true, "le": true, "el": true, "il": true, "op": true, "em": true, "den": true,
		"på": true, "w": true, "dne": true, "vào": true, "στις": true, "în": true, "в": true, "у": true,
		"at": true, "in": true, "pe": true, "pada": true, "在": true, "בתאריך": true, "في": true, "در": true, "dana": true, "dňa": true, "dnia": true, "на": true, "дана": true,
		"þann": true, "tann": true,
	}
	// attrAddr is an address in angle brackets.
	attrAddr = regexp.MustCompile(`<[^<>\s@]+@[^<>\s]+>|\[mailto:[^\]\s]+@[^\]\s]+\]`)
	// attrBareAddrEnd is an address with no brackets that ends the line,
	// before its colon.
	attrBareAddrEnd = regexp.MustCompile(`\s[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+\s?[:：]$`)
	// newsAttr is how Outlook Express and Windows Mail attribute in a
	// newsgroup, and to mail read as one: "\"Lena\" <l@example.net> wrote
	// in message news:abc@example.net...", with no colon.
	newsAttr = regexp.MustCompile(`(?i)^.{1,160}\s(wrote in message|schrieb im newsbeitrag|schrieb in im newsbeitrag|a écrit dans le message( de)?|schreef in bericht|ha scritto nel messaggio|escribió en el mensaje|skrev i meddelandet)\s+(news:)?\S*@\S+?(\.\.\.|…)?$`)
	// attrHeaderDate is "On" and the original's Date header as it stands,
	// with nothing after it: a client set to write the date alone, "On
	// Tue, 15 Mar 2016 12:30:19 +0000".
	attrHeaderDate = regexp.MustCompile(`^On (\w{3}, )?\d{1,2} \w{3} \d{4} \d{1,2}:\d{2}(:\d{2})? [+-]\d{4}( \(\w+\))?$`)
)

// attribution says how an attribution was recognised: weak ones count
// only when quoted lines follow them.
type attribution int

const (
	notAttribution attribution = iota
	weakAttribution
	strongAttribution
)

// continuesAttribution reports a line that can only be the rest of an
// attribution: its verb, or the sender's address.
func continuesAttribution(t string) bool {
	if t == "" || len(t) > 200 {
		return false
	}
	if endsWithVerb(t) || hasMidVerb(" "+t) {
		return true
	}
	r := lastRune(t)
	if isColon(r) && attrVerbTails[strings.ToLower(strings.TrimRightFunc(t, func(r rune) bool { return isColon(r) || r == ' ' }))] {
		// A client wrapped the verb itself: "... <l@example.net> napisao"
		// over "je:".
		return true
	}
	return isColon(r) && (strings.ContainsRune(t, '@') || hasDateLike(t))
}

// canStartAttribution reports whether a wrapped attribution could start
// with line t: not the end of a sentence, and starting with a lead word, a
// date, a name or framing.
func canStartAttribution(t string) bool {
	if t == "" || len(t) > 200 {
		return false
	}
	if lineEndsSentence(t) {
		return false
	}
	if strings.ContainsAny(t, "0123456789@<") || attrLead[firstWord(t)] {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r) || strings.ContainsRune(`"'*-–—[(`, r)
}

// leadsAttribution reports a line that starts as attributions do: with a
// lead word ("On", "Am", "Le"), a date or framing.
func leadsAttribution(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return attrLead[firstWord(t)] || unicode.IsDigit(r) || strings.ContainsRune("-–—*", r) || startsWithWeekday(t)
}

// leadsWithDate reports a line that starts with a lead word or a date, not
// with the dash or star of a list item: "- 03.06.2025 10:12 the coach
// said:" is a line of the owner's log.
func leadsWithDate(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return attrLead[firstWord(t)] || unicode.IsDigit(r) || startsWithWeekday(t)
}

// startsAttribution reports a line that reads as the start of an
// attribution rather than the wrapped rest of one: not an address's tail
// ("l@example.net> wrote:") nor a lone verb.
func startsAttribution(t string) bool {
	if !canStartAttribution(t) {
		return false
	}
	if gt := strings.IndexByte(t, '>'); t[0] == '<' || gt >= 0 && gt < strings.IndexByte(t+"<", '<') {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	return !unicode.IsLower(r) || attrLead[firstWord(t)] || unicode.IsDigit(r)
}

// lineEndsSentence reports a line ending as a sentence does: with ".", "!",
// "?" or ";" after a word, not after a number or an abbreviation such as
// "Mo." or "jun." that dates are written with. "10 km." ends one.
func lineEndsSentence(t string) bool {
	switch lastRune(t) {
	case '!', '?', ';':
		return true
	case '.':
		w := strings.TrimRight(t, ".")
		if i := strings.LastIndexAny(w, " ,"); i >= 0 {
			w = w[i+1:]
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsDigit(r) {
			return false
		}
		n, lw := utf8.RuneCountInString(w), strings.ToLower(w)
		if months[lw] {
			// "2025. szept." and "3 черв." end a line the client
			// wrapped inside the date; "fin mai." and "im Mai." end
			// a sentence.
			return !afterDayOrYear(t)
		}
		// A weekday opens its date: a client breaks the line after it
		// only near the line's start ("Le lun."), where no sentence of
		// the owner's ends on one ("... a utrku trči u sub.").
		return n > 3 || !(n == 1 || unicode.IsUpper(r) || weekdays[lw] && len(strings.Fields(t)) <= 3)
	}
	return false
}

// ownerSentenceEnd is a sentence ending on a word in lower case and the
// next one starting: "… quotes oddly. When I reply it shows <sam@…>
// wrote:" is the owner's prose. A client's attribution holds one only
// after its lead and date, in the sender's name or a date it
// abbreviates: "Dr. phil. Anna", "Club Athlé. Paris", "3 juil. Lena".
// The word before the period is in lower case whole: names are not
// ("Customer Service. Acme").
var ownerSentenceEnd = regexp.MustCompile(`(?:^|[\s(])\p{Ll}{4,}[.!?]\s+\p{Lu}`)

// ownerSentence reports a line holding ownerSentenceEnd that is no
// client's attribution: one opening otherwise than with a lead or a date,
// or opening with a lead and naming no day or time. Under "On Tue, Jun 3,
// 2025 at 10:12 AM" or "Le 3 juil." the period is the sender's or the
// date's, and taken for the owner's it left the attribution, the reader's
// address in it, in the answer.
func ownerSentence(s string, dated bool) bool {
	loc := ownerSentenceEnd.FindStringIndex(s)
	if loc == nil {
		return false
	}
	if !leadsWithDate(s) {
		return true
	}
	return !dated && !strings.ContainsFunc(s[:loc[0]], unicode.IsDigit)
}

// afterDayOrYear reports a line whose last word follows a number or the
// "de" of "3 de mai.", as a month does in a date.
func afterDayOrYear(t string) bool {
	f := strings.Fields(t)
	if len(f) < 2 {
		return false
	}
	before := strings.ToLower(strings.TrimRight(f[len(f)-2], ".,"))
	r, _ := utf8.DecodeRuneInString(before)
	return unicode.IsDigit(r) || before == "de"
}

// attributionOf reports whether s, one or more joined lines, is an
// attribution line.
func attributionOf(s string) attribution {
	raw := s
	s, framed := unframe(s)
	if len(s) < 6 {
		return notAttribution
	}
	day, clock := dateParts(s)
	if ownerSentence(s, day || clock) {
		return notAttribution
	}
	hasDate := day || clock
	hasAddr := strings.ContainsRune(s, '@') || strings.Contains(s, "mailto:")
	end := lastRune(s)
	colon := isColon(end)
	// "Am 20.06.24 um 16:20 schrieb Lena", its colon lost, and alot's
	// "Quoting Lena (2025-06-03 10:12:45)", "On" with the original's Date
	// header alone, and Nextcloud Mail's "\"Lena\" l@example.net – June 3,
	// 2025 10:12 AM": only above a quote or the original's header fields.
	noColon := !colon && hasDate && (attrLead[firstWord(s)] && namedAfterMidVerb(s) || end == ')' && clock && quotingLead(s) ||
		attrHeaderDate.MatchString(s) || clock && (senderDashDate(s) || senderVerbThenDate(s)))
	if !colon && !framed && end != '>' && !endsWithVerb(s) && !noColon {
		if hasAddr && len(s) <= 250 && newsAttr.MatchString(s) {
			return weakAttribution // only above a quote
		}
		return notAttribution
	}
	switch {
	case colon && (hasDate || hasAddr) && (endsWithVerb(s) || hasMidVerb(s) || quotingLead(s)):
		// A day and a time of day, at the start or after the verb, are
		// as sure as a lead word: "03.06.2025 10:12, Lena пишет:", "Lena
		// kirjoitti 3.6.2025 klo 10.12:".
		if hasAddr || (attrLead[firstWord(s)] && (clock || fullDay(s))) || framed ||
			(day && clock && (leadsWithDate(raw) || hasMidVerb(s))) {
			return strongAttribution
		}
		return weakAttribution
	case colon && !hasDate && !hasAddr && (senderThenVerb(s) || caselessNameThenVerb(s) ||
		attrLead[firstWord(s)] && (nameThenVerb(afterLastComma(s)) ||
			dayBeforeLastComma(s) && handleThenVerb(afterLastComma(s))) || monthDayAttribution(s)):
		// "Lena wrote:" and "lena_b wrote:", as lists, forums and
		// trackers write it, and "On Jan 3, Lena wrote:" with a day
		// whose year and time were left out, or whose address an HTML
		// part lost as a tag, or with the user name a tracker knows the
		// sender by, and "Am Nov 30 schrieb Lena:" or "Lena wrote on
		// Nov 30:" with such a day: only above a quote.
		return weakAttribution
	case colon && day && clock && attrBareAddrEnd.MatchString(s) && leadsWithDate(raw) && len(strings.Fields(s)) <= 8:
		// Tutanota names the sender by address alone, after the date:
		// "3 Jun 2025, 10:12 by l@example.net:".
		return strongAttribution
	case !colon && framed && endsWithVerb(s):
		// "---- On <date> Lena wrote ----", "---- Lena wrote ----"
		return strongAttribution
	case !colon && (hasDate || hasAddr) && endsWithVerb(s):
		// "On <date>, Lena wrote" with its colon lost
		if hasDate && hasAddr && attrLead[firstWord(s)] {
			return strongAttribution
		}
		return weakAttribution
	case noColon && len(s) <= 250:
		return weakAttribution
	case colon && day && clock && !hasAddr && fullDay(s) && nameThenDate(s):
		// A name, a comma and the date with no verb, as aerc and other
		// clients can be set to write: "Lena Berg, Jun 3, 2025 at
		// 10:12:". Only above a quote.
		return weakAttribution
	case (colon || end == '>') && hasDate && attrAddr.MatchString(s) && len(s) <= 250:
		// Date-first forms with no verb: "2026-11-23 9:14 GMT+01:00 Lena
		// <l@example.net>:", "23.11.2026, 09:14, "Lena" <l@example.net>:".
		if colon {
			return strongAttribution
		}
		return weakAttribution
	}
	return notAttribution
}

// ownerSubject reports a line whose sender, beside the verb, is "I" or
// opens with a possessive: "Your coach wrote on 03/06/2025 at 10:12:",
// "Le 03/06/2025 à 10:12, votre coach a écrit :", "Am 03.06.2025 um
// 10:12 schrieb Ihre Ärztin:". The owner writes such a line over words
// they copy, and a client over a quote or the history for a sender whose
// name opens so ("My Coach", "Ihr Lauftreff", "Jag Patel"). It is still
// an attribution, as sure as its day and time make it: only the history
// under it is read with care, see ownerCites.
func ownerSubject(s string) bool {
	s = strings.TrimRight(s, ":： ")
	lower := strings.ToLower(s)
	if len(lower) != len(s) {
		s = lower // the capitals of a name are not read then
	}
	for _, v := range attrMidVerbs {
		i := strings.Index(lower, v)
		if i < 0 {
			continue
		}
		before := strings.Fields(afterLastComma(s[:i]))
		if len(before) > 0 && !attrLead[firstWord(before[0])] {
			return ownerOpens(afterStamp(before))
		}
		// "Le 03/06/2025 ma voisine a écrit :" names its sender
		// between the date and the verb, with no comma.
		return ownerOpens(afterStamp(before)) || ownerOpens(strings.Fields(s[i+len(v):]))
	}
	f := afterStamp(strings.Fields(afterLastComma(s)))
	if len(f) > 2 && perfectAuxiliaries[strings.ToLower(f[0])] {
		f = f[1:]
	}
	return len(f) > 1 && ownerOpens(f) && endsWithVerb(s)
}

// perfectAuxiliaries stand between the date and the sender when the verb
// is a participle at the end: "Am 03.06.2025 hat meine Nachbarin
// geschrieben:", "Op 03.06.2025 heeft mijn buurvrouw geschreven:".
var perfectAuxiliaries = map[string]bool{"hat": true, "hatte": true, "habe": true, "heeft": true}

// afterStamp drops the date and time that open words, where the date
// runs into the sender with no comma between: "On Tuesday, June 3, 2025
// my neighbour wrote:" names its sender "my neighbour", as "On Tuesday,
// June 3, 2025, my neighbour wrote:" does, and so does "il 3 giugno 2025
// mia madre ha scritto:" name "mia madre". Only a date with a number in
// it is dropped.
func afterStamp(words []string) []string {
	k := 0
	if len(words) > 0 && attrLead[firstWord(words[0])] {
		k = 1
	}
	digits := false
	for ; k < len(words)-1; k++ {
		w := strings.ToLower(strings.Trim(words[k], ".,"))
		if strings.Trim(w, "0123456789:./-") == "" && strings.ContainsAny(w, "0123456789") {
			digits = true // a time, a year or a numeric date: "03.06.2025", "2025-06-03"
			continue
		}
		short := "" // a day or month of fewer letters may be a word: "ma", "mi"
		if utf8.RuneCountInString(w) >= 3 {
			short = firstRunes(w, 3)
		}
		if !stampWords[w] && !monthNames[w] && !months[short] && !weekdays[short] {
			break
		}
	}
	if !digits {
		return words
	}
	return words[k:]
}

// firstRunes returns the first n characters of s.
func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// stampWords are the words a time of day is written with beside its
// digits: "2025 at 9:00 AM", "2025 um 9:00 Uhr".
var stampWords = map[string]bool{"at": true, "am": true, "pm": true, "a.m": true, "p.m": true, "um": true, "uhr": true,
	"à": true, "om": true, "alle": true, "h": true, "de": true, "of": true}

// unframe strips the dashes some clients put around an attribution:
// "---- On Mon, 23 Nov 2026 Lena wrote ----".
func unframe(s string) (string, bool) {
	const dashes = "-–—=*_ \t"
	t := strings.TrimLeft(s, dashes)
	lead := len(s) - len(t)
	u := strings.TrimRight(t, dashes)
	trail := len(t) - len(u)
	if lead >= 2 && trail >= 2 {
		return u, true
	}
	return strings.TrimLeft(s, "-–— "), false
}

// splitAttribution finds an attribution that a client has run onto the end
// of a line of the owner's ("Sounds good On Tue, 3 Jun 2025 at 10:12, Lena
// <l@example.net> wrote:") and returns the owner's part before it.
func splitAttribution(t string) (string, attribution) {
	if len(t) > 500 || !endsWithColon(t) {
		return "", notAttribution
	}
	for i := 1; i < len(t); i++ {
		if (t[i-1] != ' ' && t[i-1] != '-') || !isUpperASCII(t[i]) {
			continue
		}
		w := firstWord(t[i:])
		if !attrLead[w] || w == "at" || w == "in" {
			continue
		}
		owner := strings.TrimSpace(strings.TrimRight(t[:i], "-–— "))
		// Digits before the attribution are its own date's ("Le 3
		// juin, ..."), unless it opens with "On" after words that hold
		// no date: "7 km is plenty On Tue, 3 Jun 2025 at 18:35, ...".
		if owner == "" || strings.ContainsAny(owner, "@<") || attrLead[firstWord(owner)] ||
			strings.ContainsAny(owner, "0123456789") && (w != "on" || hasDateLike(owner)) ||
			(w != "on" && !strings.Contains(owner, " ") && !strings.ContainsRune(".!?,", lastRune(owner))) {
			// The start of the attribution itself, as in "Le 3 juin,
			// Lena El Amrani <l@example.net> a écrit :".
			return "", notAttribution
		}
		rest := t[i:]
		if attributionOf(rest) == strongAttribution && hasDateLike(rest) {
			return owner, strongAttribution
		}
	}
	return "", notAttribution
}

func isUpperASCII(b byte) bool { return 'A' <= b && b <= 'Z' }

// firstWord is the run of letters s starts with, lowercased.
func firstWord(s string) string {
	if i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		s = s[:i]
	}
	return strings.ToLower(s)
}
