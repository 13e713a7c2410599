package inbox

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Clients write a forward's date in the language of their user, with no
// zone: Gmail's "lun. 2 nov. 2026 à 09:12" and "Mo., 2. Nov. 2026 um
// 09:12 Uhr", Outlook's "lunes, 2 de noviembre de 2026 9:12" and
// "maandag 2 november 2026 09:12". Without it a forwarded question would
// be dated the day the owner forwarded it, not the day the reader asked.

// spelledLocalDate matches a day, a month's name and a year, in that
// order, and the first time of day after them.
var spelledLocalDate = regexp.MustCompile(`(\d{1,2})\.?\s+(?:de\s+)?(\pL+)\.?,?\s+(?:de\s+)?(\d{4})(?:\D{0,12}?(\d{1,2})[:h.](\d{2}))?`)

// isoLocalDate matches "2026-11-02" and "02.11.2026", with a time of day
// after them: orders no one reads another way.
var (
	isoLocalDate    = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2}))?`)
	dottedLocalDate = regexp.MustCompile(`\b(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\D{0,12}?(\d{1,2}):(\d{2}))?`)
)

// monthPrefixes are the first letters of the months' names in the
// languages helpline speaks and their neighbours', lowercased; "juin" and
// "juil" need four.
var monthPrefixes = map[string]time.Month{
	"jan": 1, "ene": 1, "gen": 1, "feb": 2, "fév": 2, "fev": 2, "mar": 3, "mär": 3, "mrt": 3,
	"apr": 4, "avr": 4, "abr": 4, "may": 5, "mai": 5, "mei": 5, "mag": 5, "maj": 5,
	"jun": 6, "juin": 6, "giu": 6, "jul": 7, "juil": 7, "lug": 7, "aug": 8, "aoû": 8, "aou": 8, "ago": 8,
	"sep": 9, "set": 9, "oct": 10, "okt": 10, "ott": 10, "out": 10, "nov": 11,
	"dec": 12, "déc": 12, "dic": 12, "dez": 12,
}

// monthOf reads a month's name, written out or cut short.
func monthOf(name string) (time.Month, bool) {
	r := []rune(strings.ToLower(name))
	if len(r) >= 4 {
		if m, ok := monthPrefixes[string(r[:4])]; ok {
			return m, true
		}
	}
	if len(r) < 3 {
		return 0, false
	}
	m, ok := monthPrefixes[string(r[:3])]
	return m, ok
}

// localDate reads a forward's date written in one of the forms above, as
// UTC, or returns the zero time.
func localDate(v string) time.Time {
	var year, day, hour, minute int
	var month time.Month
	switch {
	case spelledLocalDate.MatchString(v):
		s := spelledLocalDate.FindStringSubmatch(v)
		m, ok := monthOf(s[2])
		if !ok {
			return time.Time{}
		}
		day, month, year = atoi(s[1]), m, atoi(s[3])
		hour, minute = atoi(s[4]), atoi(s[5])
	case isoLocalDate.MatchString(v):
		s := isoLocalDate.FindStringSubmatch(v)
		year, month, day = atoi(s[1]), time.Month(atoi(s[2])), atoi(s[3])
		hour, minute = atoi(s[4]), atoi(s[5])
	case dottedLocalDate.MatchString(v):
		s := dottedLocalDate.FindStringSubmatch(v)
		day, month, year = atoi(s[1]), time.Month(atoi(s[2])), atoi(s[3])
		hour, minute = atoi(s[4]), atoi(s[5])
	default:
		return time.Time{}
	}
	if month < 1 || month > 12 || hour > 23 || minute > 59 {
		return time.Time{}
	}
	t := time.Date(year, month, day, hour, minute, 0, 0, time.UTC)
	if t.Day() != day {
		return time.Time{} // "31 nov."
	}
	return t
}

// atoi is the number s spells, 0 for none.
func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
