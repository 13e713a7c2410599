package inbox

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// gluedAttribution reports a line that starts with a full attribution
// whose colon has the original's text run onto it, with no space: Hushmail
// turns the HTML it quotes into plain text that way ("On 03/19/2013 at
// 9:19 AM, "Lena"  wrote:Your question#outlook a { ... }"). A person
// types a space after the colon, and a time's colon has a digit after it.
// Everything from the line on is the original's.
func gluedAttribution(t string) bool {
	for i := strings.IndexByte(t, ':'); i > 0 && i <= 250; i = nextColon(t, i) {
		if i+1 >= len(t) {
			break
		}
		before, _ := utf8.DecodeLastRuneInString(t[:i])
		after, _ := utf8.DecodeRuneInString(t[i+1:])
		if !unicode.IsLetter(before) || !unicode.IsLetter(after) {
			continue
		}
		// A whole date, not a weekday, as the owner may write
		// "On Monday at 9:19 the coach wrote:Run slower", and a time
		// of day, which a client gives and a sentence of the owner's
		// ("On 3 June 2025 my physio wrote:Rest") seldom does.
		head := t[:i+1]
		if _, clock := dateParts(head); clock && fullDay(head) && attributionOf(head) == strongAttribution {
			return true
		}
	}
	return false
}

// nextColon is the index of the first ':' in t after index i, or -1.
func nextColon(t string, i int) int {
	j := strings.IndexByte(t[i+1:], ':')
	if j < 0 {
		return -1
	}
	return i + 1 + j
}

// unglueHistory puts on a line of its own the start of a history that a
// client ran onto the owner's text when it turned HTML into one long line:
// a header run ("Thanks, see you thenFrom: Lena <l@example.net>Sent:
// Monday, 23 November 2026To: ask@example.orgSubject: Taper") or a framed
// "Original Message" line ("Three questions:-------- Original message
// --------From: Lena"). The history is then found on its own line, and
// what the owner typed before it stays.
func unglueHistory(lines []string) []string {
	var out []string
	for i, l := range lines {
		next := ""
		if i+1 < len(lines) {
			next = lines[i+1]
		}
		cut, end := gluedHistoryAt(l, next)
		if cut <= 0 {
			if out != nil {
				out = append(out, l)
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(lines)+1), lines[:i]...)
		}
		out = append(out, strings.TrimRight(l[:cut], " \t"))
		if end > cut && strings.TrimSpace(l[end:]) != "" {
			// The "Original Message" line, and the fields run onto it.
			out = append(out, l[cut:end], strings.TrimLeft(l[end:], " \t"))
			continue
		}
		out = append(out, strings.TrimLeft(l[cut:], " \t"))
	}
	if out == nil {
		return lines
	}
	return out
}

// gluedHistoryAt returns where in l a history starts after text of the
// owner's on the same line, or 0 when none does, and where a framed
// "Original Message" line that starts it ends. The line after l is next.
func gluedHistoryAt(l, next string) (at, end int) {
	if isQuoteLine(l) || len(l) > 2000 {
		return 0, 0
	}
	at, end = gluedOriginalAt(l)
	if at > 0 && !fieldsFollow(l[end:], next) {
		at, end = 0, 0
	}
	if at == 0 && headerRun(plainLine(l)) {
		at = headerRunStart(l)
	}
	if at <= 0 || !ownerTextBefore(l[:at]) {
		return 0, 0
	}
	return at, end
}

// headerRunStart is where the first field name of a header run starts in
// l.
func headerRunStart(l string) int {
	for i := strings.IndexByte(l, ':'); i > 0; i = nextColon(l, i) {
		if start, f := fieldNameAt(strings.TrimRight(l[:i], "*_ ")); f != fieldNone && f != fieldOther {
			return start
		}
	}
	return 0
}

// gluedOriginalAt is where a framed "Original Message" line starts and
// ends after other text in l: a run of two dashes or more, the client's
// words, and another such run.
func gluedOriginalAt(l string) (at, end int) {
	for i := strings.Index(l, "--"); i > 0; {
		open := i + len(l[i:]) - len(strings.TrimLeft(l[i:], "-"))
		j := strings.Index(l[open:], "--")
		if j < 0 {
			return 0, 0
		}
		next := open + j
		close := next + len(l[next:]) - len(strings.TrimLeft(l[next:], "-"))
		if isOriginalLine(l[i:close]) {
			return i, close
		}
		i = next
	}
	return 0, 0
}

// fieldsFollow reports the original's header fields after a framed
// "Original Message" line: run onto it (rest), or on the next line when
// the line ends with it. The owner who names the line in a sentence ("I
// asked the club -- Original Message -- and they said yes") goes on with
// words of their own.
func fieldsFollow(rest, next string) bool {
	t := plainLine(rest)
	if t == "" {
		t = plainLine(next)
	}
	t = t[:min(len(t), 200)]
	return headerFieldOf(t) != fieldNone
}

// ownerTextBefore reports a part of a line that holds words, not only a
// rule or marks, and is not itself a client's "Original Message" line.
func ownerTextBefore(s string) bool {
	t := plainLine(s)
	return strings.IndexFunc(t, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 &&
		!isOriginalLine(t)
}

// markGluedOriginal marks line i, an "Original Message" line with the
// attribution run onto it, as Outlook for Mac writes it once the dashes
// around the phrase are lost: "-Original Message-On 20/06/2014 11:40 AM,
// Lena <l@example.net> wrote:". Nothing on the line is the owner's: over
// unquoted history it starts the history, over a quote it goes alone. It
// returns what markAttribution does.
func (r *reply) markGluedOriginal(i int) (last int, done bool) {
	if !quoteFollows(r.kinds, i+1) {
		r.markHistory(i)
		return i, true
	}
	r.kinds[i] = kindDropped
	return i, false
}

// divBreaks turns the div tags of a leaked HTML line into line breaks.
var divBreaks = strings.NewReplacer("</div><div>", "\n", "<div>", "\n", "</div>", "\n")

// splitLeakedDivs puts on lines of their own the parts of a line that an
// Android mail app wrote into the plain part with the HTML of its history
// still on it: "<div>-------- Original message --------</div><div>From:
// Lena <l@example.net> </div><div>Date: ...". The history is then read as
// clients write it. A line of markup that names no history, such as code
// the owner pastes, stays as typed.
func splitLeakedDivs(lines []string) []string {
	var out []string
	for i, l := range lines {
		parts := leakedDivParts(l)
		if parts == nil {
			if out != nil {
				out = append(out, l)
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(lines)+len(parts)), lines[:i]...)
		}
		out = append(out, parts...)
	}
	if out == nil {
		return lines
	}
	return out
}

// leakedDivParts returns the parts of a line that opens with a div and
// holds an "Original Message" line or a sender's address between its
// tags, or nil. Markup the owner pastes names a sender or a date too, as
// "<div>From: Coach</div><div>Date: Friday</div>", but no mail's address.
func leakedDivParts(l string) []string {
	t := strings.TrimSpace(l)
	if !strings.HasPrefix(t, "<div>") || !strings.Contains(t, "</div>") || len(t) > 2000 {
		return nil
	}
	var parts []string
	history := false
	for _, p := range strings.Split(divBreaks.Replace(t), "\n") {
		if p = plainLine(p); p == "" {
			continue
		}
		history = history || isOriginalLine(p) || headerFieldOf(p) == fieldFrom && strings.Contains(p, "@")
		parts = append(parts, p)
	}
	if !history {
		return nil
	}
	return parts
}
