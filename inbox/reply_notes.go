package inbox

import (
	"regexp"
	"slices"
	"strings"
)

// This file recognises the lines Lotus Notes writes above an original it
// does not quote: the "Forwarded by" line of a forward, and the block of a
// reply, its sender and date over "To: / cc: / Subject:".

// notesHistoryStart reports a line where Lotus Notes starts the original:
// its "Forwarded by" line or the sender of its header block.
func notesHistoryStart(plain []string, i int) bool {
	return notesForwardedBy(plain, i) || notesBlockAt(plain, i)
}

// notesForwardedPhrases open the line Notes writes over a forward, after
// its dashes, in the languages it was sold in most.
var notesForwardedPhrases = []string{"Forwarded by ", "Weitergeleitet von ", "Réacheminé par ", "Doorgestuurd door "}

// notesForwardedBy reports the line Notes writes over a forwarded message:
// "----- Forwarded by Lena Berg/Sales/Example on 06/03/2025 10:12 AM -----".
// Its width is fixed, so a long name pushes the time and the closing
// dashes onto the next line; the dashes that open it are enough, with
// the date on the line or the next. The owner's own heading, "-----
// Forwarded by Lena, my answer below -----", gives none.
func notesForwardedBy(plain []string, i int) bool {
	t := plain[i]
	rest := strings.TrimLeft(t, "-")
	if len(t)-len(rest) < 5 || len(t) > 300 {
		return false
	}
	rest = strings.TrimLeft(rest, " ")
	for _, p := range notesForwardedPhrases {
		if strings.HasPrefix(rest, p) {
			return notesDayAt(t) || i+1 < len(plain) && notesDayAt(plain[i+1])
		}
	}
	return false
}

// notesDayAt reports a line that gives a date.
func notesDayAt(t string) bool {
	day, _ := dateParts(t)
	return day
}

// notesBlockAt reports the header block Notes writes over an original at
// line i. It names the sender and the date, on one line ("Lena Berg on
// 06/03/2025 10:12 AM", "From:  Lena Berg        06/03/2025 10:12 AM") or
// on two ("Lena Berg@Sales" over "06/03/2025 10:12 AM"), and then, always
// in this order, "To:", "cc:" and "Subject:", even when they are empty.
// The three fields under a dated line are what tell it from the owner's
// own lines: a list of recipients alone is as likely typed. Notes names
// someone by address ("Tom Kent/Club@Club", "lena@example.net") in the
// sender or the recipients; the owner's draft of a mail to the club, a
// dated line over "To: the beginners", names nobody so.
func notesBlockAt(plain []string, i int) bool {
	d := i
	if !notesDated(plain[i]) {
		// The sender alone on its line, the date alone under it: a
		// dated line of any other kind, a forward's, has no sender above.
		// A delegate's mail names who sent it between the two.
		d = i + 1
		if d+1 < len(plain) && strings.HasPrefix(plain[d], "Sent by:") {
			d++
		}
		if len(plain[i]) > 100 || d >= len(plain) || !notesDateLine(plain[d]) {
			return false
		}
	}
	to := notesFieldAfter(plain, d+1, notesTo, 2)
	if to < 0 {
		return false
	}
	cc := notesFieldAfter(plain, to+1, notesCc, 8)
	subject := -1
	if cc >= 0 {
		subject = notesFieldAfter(plain, cc+1, notesSubject, 8)
	}
	if subject < 0 {
		return false
	}
	if slices.ContainsFunc(plain[i:cc+1], func(t string) bool { return strings.ContainsAny(t, "@<") }) {
		return true
	}
	// Names alone on their lines are as likely the owner's own table, and
	// a Notes name is any words with two slashes in it ("easy/tempo/long
	// runs"): only the colon form may go by a Notes name without an
	// address.
	table := !strings.Contains(plain[to], ":") || !strings.Contains(plain[cc], ":") || !strings.Contains(plain[subject], ":")
	return !table && slices.ContainsFunc(plain[to:cc+1], notesNameRe.MatchString)
}

// notesNameRe is a name as Notes writes one inside its own domain, the
// person over the units: "Maren Holt/Coaching/Runhelp".
var notesNameRe = regexp.MustCompile(`\pL/\pL[^/\s]*/\pL`)

// notesDated reports a line that gives a date and a time of day in numbers,
// as Notes writes them: "06/03/2025 10:12 AM", "03.06.2025 10:12".
func notesDated(t string) bool {
	if len(t) > 200 || !strings.ContainsRune(t, ':') {
		return false
	}
	day, clock := dateParts(t)
	return day && clock
}

// notesDateLine reports a line of only a date and a time, as Notes writes
// under the sender: "06/03/2025 10:12 AM", "03.06.2025 10:12".
func notesDateLine(t string) bool {
	return len(t) <= 24 && t != "" && isDigit(t[0]) && notesDated(t)
}

// The names Notes gives the fields of its block, in English and in the
// languages it was sold in most: German, French and Dutch.
var (
	notesTo      = []string{"to:", "an:", "à:", "a:", "aan:"}
	notesCc      = []string{"cc:", "kopie:", "copie:"}
	notesSubject = []string{"subject:", "thema:", "objet:", "onderwerp:"}
)

// notesFieldAfter returns the line of the first field with one of names
// (lower case, with its colon) from line k on, or -1. Blank lines may
// stand before it, and up to skip lines that are no field: addresses
// wrapped from the field above, or "Please respond to" under the sender.
// Notes 6 and 7 lay the fields out as a table, which comes out as the
// name alone on its line, without the colon, over the value: "To" over
// the recipients.
func notesFieldAfter(plain []string, k int, names []string, skip int) int {
	for end := min(len(plain), k+12); k < end; k++ {
		t := plain[k]
		if t == "" {
			continue
		}
		if slices.ContainsFunc(names, func(name string) bool {
			return len(t) >= len(name) && strings.EqualFold(t[:len(name)], name) ||
				strings.EqualFold(t, strings.TrimSuffix(name, ":"))
		}) {
			return k
		}
		if skip--; skip < 0 || headerFieldOf(t) != fieldNone {
			return -1
		}
	}
	return -1
}

// notesLetterheadAbove returns the line of the letterhead Notes writes
// over its "From:" line, indented with a tab under one line of blanks
// ("\tExample Corp." over "\tFrom:  Lena Berg   06/03/2025 10:12 AM"), or i
// when there is none. Only the tab tells a company's name from the
// owner's own last line, which clients never indent so.
func notesLetterheadAbove(lines, plain []string, i int) int {
	if i >= len(plain) || !strings.HasPrefix(plain[i], "From:") || !strings.HasPrefix(lines[i], "\t") {
		return i
	}
	j := i - 1
	if j >= 0 && plain[j] == "" {
		j--
	}
	if j < 1 || j == i-1 || plain[j] == "" || len(plain[j]) > 80 || !strings.HasPrefix(lines[j], "\t") || plain[j-1] != "" {
		return i
	}
	return j
}
