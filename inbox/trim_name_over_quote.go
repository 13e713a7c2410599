package inbox

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// markNameOverAttribution drops a signature a client puts above the quote
// with no "-- " line: a name and a title or two ("Maren Holt\nRunning
// Helpline"), a blank line, then the attribution over the quote. Alpine
// writes the signature there unless told to put it at the bottom, and
// mutt with sig_on_top and sig_dashes unset does the same. The owner types
// above it, where the text then ends in the name, or below the quote,
// where the name is all there is above it; left, it reads as the end of
// the answer, or as an answer above the quote that keeps the quote.
//
// Only a block that holds the sender's own name goes (namesSender): one
// that names someone else, a shop, a book or a club ("Daniels' Running
// Formula\nJack Daniels") is as likely the answer. A block that is the
// whole answer stays too, as does one under a line that introduces it
// ("Two shoes I like:") or a closing ("Cheers,\nMaren"), since those are
// what the owner typed, and so do three lines or more each written as her
// name is ("Maren Holt\nThomas Berg\nAnna Klein"): a signature's title
// and organisation rarely are all so, the people she names among whom
// to ask always.
func (r *reply) markNameOverAttribution() {
	kinds, plain := r.kinds, r.plain
	q := slices.Index(kinds, kindQuote)
	attr := q - 1
	for attr >= 0 && kinds[attr] == kindBlank {
		attr--
	}
	if q < 0 || attr < 0 || kinds[attr] != kindDropped {
		return
	}
	start := attr
	for start > 0 && kinds[start-1] == kindDropped {
		start--
	}
	if n, _ := attributionLines(plain, start); n == 0 {
		return
	}
	end := start
	for end > 0 && kinds[end-1] == kindBlank {
		end--
	}
	from := end
	for from > 0 && end-from <= maxNameBlock && kinds[from-1] == kindText {
		from--
	}
	if end == start || end-from < 2 || end-from > maxNameBlock || from > 0 && kinds[from-1] != kindBlank ||
		!isNameLike(plain[from]) || !r.namesSender(from) {
		return
	}
	for _, t := range plain[from:end] {
		if !isNameLine(t) || isSignOffLine(t) {
			return
		}
	}
	if end-from > 2 && !slices.ContainsFunc(plain[from+1:end], func(t string) bool { return !shapedAsName(t, plain[from]) }) {
		return // the people the owner lists herself among ("Maren Holt\nThomas Berg\nAnna Klein")
	}
	if r.textBefore(from) {
		if !r.answerEndsAbove(from) {
			return
		}
	} else if !slices.Contains(kinds[q:], kindText) {
		return
	}
	r.mark(from, end, kindDropped)
}

// answerEndsAbove reports that the owner's last line above line i ends a
// sentence or a closing, not one that leads into what follows ("Two
// shoes I like:").
func (r *reply) answerEndsAbove(i int) bool {
	for j := i - 1; j >= 0; j-- {
		if r.kinds[j] == kindText {
			t := strings.TrimSpace(r.plain[j])
			return !endsWithColon(t)
		}
	}
	return false
}

// markNameUnderQuoteGap drops a signature a client appends under the
// quote after a blank line with no "-- " line, as aerc does with its
// signature-file: a name and a title or two, or a way to reach, ending
// the reply, when the owner typed the answer above the quote and nothing
// between its lines.
// Unlike a block right under the quote (markNameUnderQuote), one after a
// blank line is how a person answers below a quote, so it goes only when
// there is an answer above the quote, or, for names alone, answers within
// it and the last quoted line asks nothing, and only when it holds the
// sender's own name
// (namesSender): "Nike Pegasus\nBrooks Ghost" under a question that lost
// its "?" answers it.
func (r *reply) markNameUnderQuoteGap() {
	kinds, plain := r.kinds, r.plain
	end := len(kinds)
	for end > 0 && kinds[end-1] != kindText && kinds[end-1] != kindQuote {
		end--
	}
	from := end
	for from > 0 && end-from <= maxNameBlock && kinds[from-1] == kindText {
		from--
	}
	gap := from
	for gap > 0 && kinds[gap-1] == kindBlank {
		gap--
	}
	// One line goes only when it is the sender's name: a client's
	// signature of a name alone, put under the quote.
	if end-from < 1 || end-from > maxNameBlock || gap == from || gap == 0 || kinds[gap-1] != kindQuote ||
		!isNameLike(withoutHandle(plain[from])) || !r.namesSender(from) {
		return
	}
	names := r.namesOnly(from, end)
	if !names && !r.reachUnderName(from, end) {
		return
	}
	first := slices.Index(kinds, kindQuote)
	if end-from == 1 && !r.quotesHistory(first) {
		// The owner's name under a quote of the owner's own ("As the
		// study says:\n> ...") signs the answer the quote is part of.
		return
	}
	above := r.textBefore(first) && !slices.Contains(kinds[first:from], kindText) && r.answerEndsAbove(first)
	// Answers between the quote's lines and a last quoted line that asks
	// nothing: the block answers nothing either. A way to reach the owner
	// there is what a reader asks for in as many shapes as there are
	// languages ("Please send me your number.", "どう連絡すれば？"), so
	// only names go.
	between := names && slices.Contains(kinds[first:gap], kindText) && !strings.HasSuffix(strings.TrimSpace(r.lines[gap-1]), "?")
	if !above && !between {
		return
	}
	r.mark(from, end, kindDropped)
}

// quotesHistory reports that the quote starting at line first quotes the
// mail replied to: a client's attribution or header block stands over it,
// or opens it.
func (r *reply) quotesHistory(first int) bool {
	k := first - 1
	for k >= 0 && r.kinds[k] == kindBlank {
		k--
	}
	if k >= 0 && r.kinds[k] == kindDropped {
		return true
	}
	n, _ := attributionLines(quotedWindow(r.lines, r.kinds, first, 4), 0)
	return n > 0
}

// namesOnly reports lines from to end that are all names or titles, no
// closing among them.
func (r *reply) namesOnly(from, end int) bool {
	return !slices.ContainsFunc(r.plain[from:end], func(t string) bool { return !isNameLine(withoutHandle(t)) || isSignOffLine(t) })
}

// withoutHandle is a name line without the handle a signature gives after
// the name on a social service: "Maren Holt @marenholt", "Maren Holt
// (@marenholt)". An address is no handle.
func withoutHandle(t string) string {
	t = strings.TrimSpace(t)
	i := strings.LastIndexByte(t, ' ')
	if i < 0 {
		return t
	}
	h := strings.Trim(t[i+1:], "()")
	if len(h) < 2 || h[0] != '@' || strings.ContainsAny(h[1:], "@.") {
		return t
	}
	return strings.TrimSpace(t[:i])
}

// reachUnderName reports the details of a signature under the name at
// line from, up to end, with a way to reach the sender among them
// ("Maren Holt\nRunning coach\n+49 30 1234 567").
func (r *reply) reachUnderName(from, end int) bool {
	return r.detailsUnderName(from, end) &&
		slices.ContainsFunc(r.plain[from+1:end], func(t string) bool { return len(contactsOf(t)) > 0 })
}

// namesSender reports that line i is the sender's own name as the mail's
// From carries it, the name before a comma or "|" ("Maren Holt, M.Sc."),
// or the part of it a person signs with: Alpine and aerc start the
// signature with the personal name From carries, where the owner's
// answer names others, and lists the owner among them at most. "Maren"
// and "Dr. Maren Holt" are "Maren Holt"'s; "Maren Holt" is not
// "Maren"'s, whose other names are not known.
func (r *reply) namesSender(i int) bool {
	sender := nameWords(r.sender)
	name, _, _ := strings.Cut(strings.Split(withoutHandle(r.plain[i]), "|")[0], ",")
	words := nameWords(name)
	if len(words) > 1 && slices.Contains(academicTitles, words[0]+" ") {
		words = words[1:] // "Dr. Maren Holt"
	}
	return len(sender) > 0 && len(words) > 0 &&
		!slices.ContainsFunc(words, func(w string) bool { return !slices.Contains(sender, w) })
}

// nameWords are the words of a name, lowercased, with the quotes and
// commas a display name may carry ("\"Holt, Maren\"") left out.
func nameWords(name string) []string {
	return strings.FieldsFunc(strings.ToLower(name), func(c rune) bool {
		return unicode.IsSpace(c) || strings.ContainsRune(`",'*_()`, c)
	})
}

// maxSenderBlock is how many lines the signature markNameUnderAnswer
// drops may hold: the name and up to three lines of title, organisation
// and ways to reach.
const maxSenderBlock = 4

// markNameUnderAnswer drops a signature a client appends at the end of
// the reply with no "-- " line, when the owner typed the answer under
// the last quote, or in a reply that quotes nothing above it: aerc's
// signature-file, mutt and neomutt with sig_dashes unset, Alpine with its
// signature at the bottom, any client told not to quote. It is a
// paragraph of two to four lines ending the reply, the sender's own name
// first (namesSender), then a title, an organisation or ways to reach
// ("Dominique Martin\nRunning Training Helpline"). Left, it publishes
// the owner's details under the answer.
//
// The owner's closing over it stays ("Best,\nDominique"). So do a
// paragraph that is the whole of what was typed under the quote, one
// that a line ending in a colon introduces, and names the owner lists
// herself among ("Maren Holt\nThomas Berg\nJana Kurz"): lines shaped as
// her own name is are other people's, not her title.
func (r *reply) markNameUnderAnswer() {
	kinds, plain := r.kinds, r.plain
	end := len(kinds)
	for end > 0 && (kinds[end-1] == kindBlank || kinds[end-1] == kindDropped || kinds[end-1] == kindHistory) {
		end--
	}
	from := end
	for from > 0 && end-from <= maxSenderBlock && kinds[from-1] == kindText {
		from--
	}
	if end-from < 2 || end-from > maxSenderBlock || from == 0 || kinds[from-1] != kindBlank ||
		!isNameLike(plain[from]) || isSignOffLine(plain[from]) || !r.namesSender(from) {
		return
	}
	q := from - 1
	for q >= 0 && kinds[q] != kindQuote {
		q--
	}
	// With no quote above it, where the owner deleted the quote, the
	// client quotes nothing, or the history under the block is unquoted
	// as Outlook writes it, the block ends the answer typed above it. It
	// then holds at most maxNameBlock lines, as one over the attribution
	// does (markNameOverAttribution): once a pass has dropped the quote
	// under that one, the next reads it here, and must read it the same.
	// Nothing there shows that the owner has finished writing, so the
	// block must also read as a signature (titledOrReachable).
	answered := q < 0 && end-from <= maxNameBlock && r.textBefore(from) && titledOrReachable(plain[from:end]) ||
		q >= 0 && slices.Contains(kinds[q:from], kindText)
	if !answered || !r.answerEndsAbove(from) {
		return
	}
	if r.detailsUnderName(from, end) {
		r.mark(from, end, kindDropped)
	}
}

// detailsUnderName reports that the lines under the name at line from,
// up to end, are a signature's: titles, organisations, ways to reach and
// an address, and not all of them other people's names ("Maren Holt\n
// Thomas Berg\nJana Kurz").
//
// A title in sentence case or in a script without capitals reads as the
// owner's own short line as well ("Hope the race goes well", "明日電話します",
// "加油"), or as another person's name ("田中 花子"), so it counts only with
// a way to reach among the lines.
//
// A line shaped as a name between ways to reach starts another person's
// entry, as an answer lists whom to call ("Maren Holt\n+49 30 1234 567\n
// Thomas Berg\n+49 30 7654 321"): a signature's title and organisation
// come over its ways to reach, or under them alone.
func (r *reply) detailsUnderName(from, end int) bool {
	plain := r.plain
	people, titled, reach := 0, false, false
	for i := from + 1; i < end; i++ {
		t := plain[i]
		ways := len(contactsOf(t)) > 0
		reach = reach || ways
		if !(isNameLine(t) && !isSignOffLine(t)) && !ways && !isStreetLine(t) && !isStreetTownLine(t) {
			if !isTitleUnder(t, plain[i-1]) {
				return false
			}
			titled = true
		}
		if shapedAsName(t, plain[from]) {
			if reach && slices.ContainsFunc(plain[i+1:end], func(t string) bool { return len(contactsOf(t)) > 0 }) {
				return false // another person's entry, between ways to reach the two
			}
			people++
		}
	}
	return people < end-from-1 && (!titled || reach)
}

// titledOrReachable reports a block under the owner's name that reads as
// a signature and not as the answer: a line that sets a title or an
// organisation beside what it follows, after a comma or a bar ("Coach,
// Riverside Runners", "Maren Holt | Head Coach"), or a way to reach the
// owner. The people the owner lists herself first among ("Maren Holt\n
// Tom\nThomas van Berg"), written as they come, have neither; nor has the
// address the owner gives for the reader to post a form to, whose comma
// sets a town beside a street.
func titledOrReachable(block []string) bool {
	for _, t := range block {
		if isStreetLine(t) || isStreetTownLine(t) {
			continue
		}
		if strings.ContainsAny(t, ",|") || len(contactsOf(t)) > 0 {
			return true
		}
	}
	return false
}

// shapedAsName reports a line written as the name line is: as many words,
// each capitalised, and nothing but letters in them, as another person's
// name under the owner's would be ("Thomas Berg" under "Maren Holt").
// A title or an organisation mostly differs ("Coach", "Running Training
// Helpline", "Coach, Riverside Runners"), and one that ends in a role's
// or a company's word does too ("Head Coach", "XYZ Corp"); any other
// stays with the block, as the answer may be. A name with a title in front ("Dr.
// Thomas Berg" under "Dr. Maren Holt") is read as such when the name line
// has one too.
func shapedAsName(t, name string) bool {
	words, titled := nameShape(t)
	nameWords, nameTitled := nameShape(name)
	if len(words) != len(nameWords) || titled != nameTitled {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || strings.ContainsFunc(w, func(c rune) bool {
			return !unicode.IsLetter(c) && c != '-' && c != '\''
		}) {
			return false
		}
	}
	return len(words) == 0 || !roleOrCompany[strings.ToLower(words[len(words)-1])]
}

// roleOrCompany are the last words of a job title or of a company's
// name, which no person's name ends in: "Enrollment Manager" and "XYZ
// Corp" under "Jim Smith" are his title and employer, not two more
// people.
var roleOrCompany = wordSet("manager director coach officer engineer consultant founder cofounder ceo cto cfo coo " +
	"president editor assistant coordinator specialist advisor adviser lead partner owner therapist " +
	"physiotherapist trainer teacher professor lecturer developer designer analyst administrator secretary " +
	"associate representative counsellor counselor nurse recruiter writer author " +
	"corp inc ltd llc gmbh ag plc pty co company group team club clinic helpline foundation association " +
	"university college school institute agency studio services")

// nameShape is the words of a line read as a name, without a title in
// front, and whether it had one.
func nameShape(t string) ([]string, bool) {
	words := strings.Fields(t)
	if len(words) > 2 && slices.Contains(academicTitles, strings.ToLower(words[0])+" ") {
		return words[1:], true
	}
	return words, false
}
