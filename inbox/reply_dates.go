package inbox

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads the dates in attribution lines: numeric and written
// dates, times of day, and the abbreviated weekdays and months they are
// written with.

// hasDateLike reports a time ("9:14", "09.14"), a year from 1900 to 2099,
// a numeric date ("23.11.26", "11/23/2026") or a CJK date ("23日").
func hasDateLike(s string) bool {
	day, clock := dateParts(s)
	return day || clock
}

// dateParts reports whether s holds a day (a year, a numeric date or a CJK
// date) and a time of day. Both together are what an attribution's date
// holds and a sentence seldom does.
func dateParts(s string) (day, clock bool) {
	s = asciiDigits(s)
	for i := 0; !(day && clock); {
		start, j := nextNumber(s, i)
		if start < 0 {
			break
		}
		run := s[start:j]
		if k := numericDateEnd(s, j); len(run) <= 2 && k > 0 {
			day, j = true, k
		} else if len(run) == 4 && (run[:2] == "19" || run[:2] == "20") {
			day = true
		} else if len(run) <= 2 && j+2 < len(s) && (s[j] == ':' || s[j] == '.') && isDigit(s[j+1]) && isDigit(s[j+2]) {
			clock = true
		}
		rest := strings.TrimLeft(s[j:], " ")
		for _, unit := range []string{"年", "月", "日", "년", "월", "일"} {
			if strings.HasPrefix(rest, unit) {
				day = true
			}
		}
		i = j
	}
	return day, clock
}

// clientStamp reports a date field only a client writes: labelled as
// sent, not dated, and holding a full date and a time of day, as "Sent:
// Friday, November 28, 2014 12:35 PM". The owner's plan says "Date: June
// 14, 2025 9:00".
func clientStamp(t string) bool {
	name, value, _ := splitField(t)
	if !sentLabels[strings.ToLower(strings.TrimSpace(name))] {
		return false
	}
	day, clock := dateParts(value)
	return day && clock && fullDay(value)
}

// sentLabels are the names clients give the time a message was sent, as
// against a plain "Date".
var sentLabels = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Split("sent|gesendet|envoyé|envoye|enviado|enviada|inviato|verzonden|skickat|sendt|"+
		"wysłano|wysłane|отправлено|надіслано|відправлено|gönderildi|发送时间|傳送時間|送信日時|lähetetty|"+
		"odesláno|odoslané|elküldve|στάλθηκε|trimis|보낸 날짜|נשלח|đã gửi|تم الإرسال|dikirim|poslano|"+
		"изпратено|išsiųsta|nosūtīts", "|") {
		m[n] = true
	}
	return m
}()

// fullDay reports a date that names more than a year: a numeric or CJK
// date, or a year with a day of the month before it ("3 June 2025", "3.
// Juni 2025") or after it ("June 3, 2025"). "In 2019 Daniels wrote:" is
// the owner's.
func fullDay(s string) bool {
	for i, j := nextNumber(s, 0); i >= 0; i, j = nextNumber(s, j) {
		rest := strings.TrimLeft(s[j:], " ")
		cjk := strings.HasPrefix(rest, "日") || strings.HasPrefix(rest, "일")
		if j-i <= 2 && (numericDateEnd(s, j) > 0 || cjk || dayBesideYear(s, j)) {
			return true
		}
	}
	return false
}

// nextNumber finds the first run of digits in s at or after i: where it
// starts and ends, or -1, -1.
func nextNumber(s string, i int) (start, end int) {
	for i < len(s) && !isDigit(s[i]) {
		i++
	}
	if i == len(s) {
		return -1, -1
	}
	end = i
	for end < len(s) && isDigit(s[end]) {
		end++
	}
	return i, end
}

// dayBesideYear reports a year within three words after a day number that
// ends at j in s ("3 June 2025", "3. Juni 2025", "June 3, 2025").
func dayBesideYear(s string, j int) bool {
	words := strings.Fields(s[j:min(len(s), j+40)])
	for k, w := range words {
		if k > 2 {
			break
		}
		w = strings.Trim(w, ".,")
		if len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && isDigit(w[2]) && isDigit(w[3]) {
			return true
		}
	}
	return false
}

// numericDateEnd returns where a numeric date such as "23.11.26" or
// "11/23/2026" ends, given the end j of its first number in s, or 0.
func numericDateEnd(s string, j int) int {
	if j+1 >= len(s) || strings.IndexByte("./-", s[j]) < 0 || !isDigit(s[j+1]) {
		return 0
	}
	k := j + 1
	for k < len(s) && isDigit(s[k]) {
		k++
	}
	if k-j-1 > 2 || k+1 >= len(s) || s[k] != s[j] || !isDigit(s[k+1]) {
		return 0
	}
	for k++; k < len(s) && isDigit(s[k]); k++ {
	}
	return k
}

// yearFirstDay reports a date that opens with its year, then the month
// and the day, as ISO 8601 and Hungarian write it: "2025-06-03", "2025.
// 06. 03.", "2025. jún. 3.", "2025. június 3., kedd".
func yearFirstDay(s string) bool {
	i, j := nextNumber(s, 0)
	if i < 0 || j-i != 4 || !(s[i:i+2] == "19" || s[i:i+2] == "20") || j == len(s) || (s[j] != '-' && s[j] != '.') {
		return false
	}
	parts := strings.FieldsFunc(s[j:], func(r rune) bool { return r == ' ' || r == '.' || r == '-' || r == ',' })
	if len(parts) < 2 || !isDayNumber(parts[1], 31) {
		return false
	}
	m := strings.ToLower(parts[0])
	return isDayNumber(m, 12) || months[m] || monthNames[m] || hungarianDateWords[m]
}

// isDayNumber reports one or two digits from 1 to most: a month or a day.
func isDayNumber(w string, most int) bool {
	if len(w) == 0 || len(w) > 2 || strings.Trim(w, "0123456789") != "" {
		return false
	}
	n := int(w[0] - '0')
	if len(w) == 2 {
		n = n*10 + int(w[1]-'0')
	}
	return n >= 1 && n <= most
}

// onlyStamp reports s as a date and a time and nothing else: numbers and
// what they are written with, the names of months and weekdays, and a
// time zone ("CET", "GMT+01:00").
func onlyStamp(s string) bool {
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, ".,")
		lower := strings.ToLower(w)
		switch {
		case w == "":
		case strings.ContainsAny(w, "0123456789") && strings.Trim(w, "0123456789:.-/+") == "":
		case months[lower] || monthNames[lower] || weekdays[lower] || hungarianDateWords[lower]:
		case len(w) <= 9 && strings.Trim(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-:") == "" && strings.ToLower(w) != w:
		default:
			return false
		}
	}
	return true
}

// hungarianDateWords are the Hungarian months and weekdays written in
// full, as Qt's Hungarian locale writes a long date.
var hungarianDateWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("január február március április május június július augusztus szeptember október " +
		"november december hétfő kedd szerda csütörtök péntek szombat vasárnap") {
		m[w] = true
	}
	return m
}()

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// asciiDigits writes the decimal digits of other scripts in s as ASCII
// digits: Gmail and Apple Mail date an attribution in Bengali, Devanagari,
// Arabic-Indic or Burmese digits in those languages. Unicode encodes each
// script's digits zero to nine in a row, so a digit's value is its
// distance from the start of its range, modulo ten.
func asciiDigits(s string) string {
	if isASCII(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r < utf8.RuneSelf || !unicode.IsDigit(r) {
			return r
		}
		for _, rg := range unicode.Nd.R16 {
			if lo, hi := rune(rg.Lo), rune(rg.Hi); lo <= r && r <= hi && rg.Stride == 1 {
				return '0' + (r-lo)%10
			}
		}
		for _, rg := range unicode.Nd.R32 {
			if lo, hi := rune(rg.Lo), rune(rg.Hi); lo <= r && r <= hi && rg.Stride == 1 {
				return '0' + (r-lo)%10
			}
		}
		return r
	}, s)
}

// startsWithWeekday reports a line that starts with an abbreviated
// weekday and a number, as dates in many locales do: "pe 20. lokakuuta",
// "пн, 30 ноября", "Mo., 23.11.". "Yes, 10 km." does not.
func startsWithWeekday(t string) bool {
	w := firstWord(t)
	if !weekdays[w] {
		return false
	}
	rest := strings.TrimLeft(t[len(w):], "., ")
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsDigit(r)
}

// weekdays are the abbreviated weekdays dates start with, lowercased, in
// the languages clients write attributions in.
var weekdays = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("mon tue wed thu fri sat sun mo di mi do fr sa so lun mar mer jeu ven sam dim " +
		"mié jue vie sáb dom gio sab seg ter qua qui sex ma wo vr za zo mån tis ons tor fre lör sön man tir lør søn " +
		"ti ke to pe la su pon wt śr czw pt sob nie po út st čt pá ne h k sze cs p szo v mie joi vin sâm dum " +
		"пн вт ср чт пт сб вс нд δευ τρί τετ πέμ παρ σάβ κυρ pzt sal çar per cum cmt paz th cn " +
		"pon uto sri čet sub ned пон уто сре чет пет суб нед št pi dl dt dc dj dv ds dg sel rab kam jum") {
		m[w] = true
	}
	return m
}()

// months are the abbreviated months dates are written with, lowercased,
// that a wrapped attribution's line may end with: "tir. 3. jun.".
var months = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("jan feb mar apr may jun jul aug sep oct nov dec ene abr ago dic gen mag giu lug " +
		"set ott mrt mei okt maj sty lut kwi cze lip sie wrz paź lis gru янв фев мар апр май июн июл авг сен окт " +
		"ноя дек thg fev mai dez febr márc ápr máj jún júl szept ian iun iul " +
		"січ лют бер квіт трав черв лип серп вер жовт груд") {
		m[w] = true
	}
	return m
}()

// monthDayAttribution reports an attribution dated by a month and a day
// alone, with no year or time of day, as Alpine's _DATE_ and mutt's
// "%{%b %d}" write it: a lead, the date, one of attrMidVerbs and a
// sender alone ("Am Nov 30 schrieb Lena Fischer:"), or a name, the verb,
// a lead and the date ("Lena Fischer wrote on Nov 30:"). Nothing but
// the month, the day and a weekday may stand in the date: "Am Nov 30
// nach dem Lauf schrieb Lena:" and "Lena wrote on Nov 30 about her
// knee:" are the owner's.
func monthDayAttribution(s string) bool {
	s = strings.TrimRight(s, ":： ")
	lower := strings.ToLower(s)
	if len(lower) != len(s) {
		return false // lower's offsets are not s's
	}
	for _, v := range attrMidVerbs {
		i := strings.Index(lower, v)
		if i < 0 {
			continue
		}
		head, tail := s[:i], s[i+len(v):]
		lead := firstWord(head)
		if attrLead[lead] && strings.HasPrefix(strings.ToLower(head), lead) {
			return onlyMonthDay(head[len(lead):]) && namedAfterMidVerb(s) && !ownerOpens(strings.Fields(tail))
		}
		lead = firstWord(tail)
		return attrLead[lead] && strings.HasPrefix(strings.ToLower(tail), lead) &&
			onlyMonthDay(tail[len(lead):]) && nameThenVerb(s[:i+len(v)]) && !ownerOpens(strings.Fields(head))
	}
	return false
}

// ownerWords, "I" and the possessives, open a sentence's subject, never
// a sender's name: the owner dates what they cite as people date, by the
// month and the day, and a capital carries "I wrote on Nov 30:", "Mein
// Trainer schrieb am 3. Mai:" or "Am 3. Mai schrieb Ihre Ärztin:" past
// the test for a name. Articles are left out: a site or a club is named
// with one ("Am Nov 30 schrieb The Running Helpline:").
var ownerWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("i ich je yo io eu ik jag jeg я my your our his her their mein meine dein deine ihr ihre sein seine " +
		"unser unsere euer eure mijn jouw uw onze mitt ditt vår nuestro nuestra meu minha mon votre notre ma mes ta tes mis mio " +
		"eg ég mé mi mia via tvoj tvoja moj moja vaš vaša ech däin mäin teu túa miña eich fy þinn saya") {
		m[w] = true
	}
	return m
}()

// ownerPronouns are the words for "I" among ownerWords. Before a word in
// capitals they open a name: "Jag Patel", "Io Bianchi".
var ownerPronouns = map[string]bool{"i": true, "ich": true, "je": true, "yo": true, "io": true, "eu": true,
	"ik": true, "jag": true, "jeg": true, "я": true, "eg": true, "ég": true, "mé": true, "ech": true, "saya": true,
	// "ma voisine", "mi vecina": before a word in capitals they open a
	// name as well, "Ma Lin", "Mi Nguyen", "Ta Quang Minh", "Mes Amis".
	"ma": true, "mi": true, "mia": true, "mio": true, "mes": true, "ta": true, "tes": true, "mis": true}

// ownerOpens reports words, as written, that open with "I" or a
// possessive ("I", "ich dir", "your coach"), and not with a name that
// starts like a pronoun ("Jag Patel").
func ownerOpens(words []string) bool {
	if len(words) == 0 {
		return false
	}
	w := firstWord(words[0])
	if !ownerWords[w] {
		return false
	}
	if ownerPronouns[w] && len(words) > 1 {
		r, _ := utf8.DecodeRuneInString(words[1])
		return !unicode.IsUpper(r)
	}
	return true
}

// onlyMonthDay reports s as a month's name and a day of the month, in
// either order, with at most a weekday before them: "Nov 30", "Mon, 30
// Nov".
func onlyMonthDay(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 3 {
		return false
	}
	month, day := false, false
	for k, w := range words {
		w = strings.ToLower(strings.Trim(w, ".,"))
		switch {
		case months[w] || monthNames[w]:
			month = true
		case len(w) <= 2 && w != "" && w != "0" && w != "00" && strings.Trim(w, "0123456789") == "":
			day = true
		case k == 0 && weekdays[w]:
		default:
			return false
		}
	}
	return month && day
}

// monthNames are the English months written in full, as strftime's %B
// writes them in the C locale.
var monthNames = map[string]bool{"january": true, "february": true, "march": true, "april": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true}
