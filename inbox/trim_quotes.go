package inbox

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file finds quoted lines that carry no ">" at their start: blocks
// indented with a tab, lines quoted with the writer's initials ("L> "),
// and quoted lines a client wrapped, losing their mark.

// markTabQuotes marks as quoted a block of lines indented with a tab, as
// mailx and s-nail quote by default, when it opens or ends the reply or
// follows the attribution, but not under a line of the owner's that
// introduces it with a colon.
func (r *reply) markTabQuotes() {
	lines, kinds := r.lines, r.kinds
	for i := 0; i < len(lines); {
		if !strings.HasPrefix(lines[i], "\t") || kinds[i] != kindText {
			i++
			continue
		}
		end, n := i, 0
		for end < len(lines) && strings.HasPrefix(lines[end], "\t") {
			if kinds[end] == kindText {
				n++
			}
			end++
		}
		before := i - 1
		for before >= 0 && kinds[before] == kindBlank {
			before--
		}
		after := end
		for after < len(lines) && kinds[after] == kindBlank {
			after++
		}
		// A line of the owner's own ending in a colon introduces what
		// is under it ("Three things:"); an attribution ends so too.
		colon := before >= 0 && strings.HasSuffix(r.plain[before], ":")
		introduced := colon && attributionOf(r.plain[before]) == notAttribution
		opens := before < 0 || colon && !introduced
		closes := !introduced && (after == len(lines) || isSignatureMarker(r.plain[after]) || isFooter(r.plain[after]))
		if n >= 3 && tabList(lines[i:end]) {
			// Apple Mail writes the owner's list into its plain part
			// as "\t•\titem": under the line that introduces it, that
			// is no quote. Only an attribution over it makes it one.
			opens = before >= 0 && attributionOf(r.plain[before]) != notAttribution
			closes = false
		}
		if n >= 3 && (opens || closes) {
			for k := i; k < end; k++ {
				if kinds[k] == kindText {
					kinds[k] = kindQuote
				}
			}
		}
		i = end
	}
}

// tabList reports lines that are all, blank ones aside, items of a list
// as a client writes its plain part: tabs, a bullet or a number, a tab
// or a space ("\t•\teasy runs", "\t\t◦ three sets", "\t2.\trest").
func tabList(lines []string) bool {
	items := 0
	for _, l := range lines {
		t := strings.TrimLeft(l, "\t")
		if strings.TrimSpace(t) == "" {
			continue
		}
		mark, rest, ok := strings.Cut(strings.Replace(t, "\t", " ", 1), " ")
		if !ok || strings.TrimSpace(rest) == "" || !(listBullets[mark] || numberMark.MatchString(mark)) {
			return false
		}
		items++
	}
	return items > 0
}

// listBullets are the marks clients write before an item of a list in
// their plain part.
var listBullets = map[string]bool{"•": true, "◦": true, "▪": true, "▫": true, "■": true, "□": true, "●": true, "○": true, "-": true, "*": true, "·": true, "⁃": true}

// markBarQuotes marks as quoted a block of lines that start with "|", as
// mutt's indent_string and s-nail's indentprefix quote when set to "| ",
// under an attribution line; once one is, so are the later blocks of an
// answer written between them. Unmarked, the quote would read as the
// owner's text, or, under an attribution that starts the history, take
// the owner's answer below it along. Rows of a table, which end in "|"
// as well, stay the owner's.
func (r *reply) markBarQuotes() {
	lines, kinds := r.lines, r.kinds
	quoting := false
	for i := 0; i < len(lines); {
		if !strings.HasPrefix(lines[i], "|") || kinds[i] != kindText {
			i++
			continue
		}
		end, table := i, false
		for end < len(lines) && strings.HasPrefix(lines[end], "|") && kinds[end] == kindText {
			t := strings.TrimRightFunc(lines[end], unicode.IsSpace)
			table = table || (len(t) > 1 && strings.HasSuffix(t, "|"))
			end++
		}
		if !table && (quoting || r.attributionAbove(i)) {
			r.mark(i, end, kindQuote)
			quoting = true
		}
		i = end
	}
}

// attributionAbove reports an attribution that ends on the last line that
// is not blank above line i.
func (r *reply) attributionAbove(i int) bool {
	last := i - 1
	for last >= 0 && r.kinds[last] == kindBlank {
		last--
	}
	for from := last; from >= 0 && from > last-3; from-- {
		if r.kinds[from] != kindText {
			return false
		}
		if n, _ := attributionLines(r.plain, from); n > 0 && from+n-1 == last {
			return true
		}
	}
	return false
}

// markQuoteTrailers drops the line some clients close a quote with, as
// neomutt's post_indent_string and s-nail's quote-inject-tail write it
// when set: a few words set off by dashes ("-- end of quote", "-- Ende
// des Zitats --") under the quote's last line, at most a blank line below
// it, with no line of the owner's straight under it. Left, it reads as an
// answer below the quote and keeps the quote. A name after the dashes
// signs the answer and stays.
func (r *reply) markQuoteTrailers() {
	kinds, plain := r.kinds, r.plain
	for i, t := range plain {
		if kinds[i] != kindText || !isQuoteTrailer(t) || (i+1 < len(kinds) && kinds[i+1] == kindText) {
			continue
		}
		above := i - 1
		if above >= 0 && kinds[above] == kindBlank {
			above--
		}
		if above >= 0 && kinds[above] == kindQuote {
			kinds[i] = kindDropped
		}
	}
}

// markSnips counts a line that marks quoted text left out ("[...]",
// "[snip]", "...") as part of the quote beside it: the nearest line above
// or below it that is not blank is a quote line. Read as the owner's, it
// makes a reply answered under the whole quote look answered between
// quotes, and the quote is kept.
func (r *reply) markSnips() {
	kinds, plain := r.kinds, r.plain
	for i, t := range plain {
		if kinds[i] != kindText || !isSnip(t) {
			continue
		}
		above, below := i-1, i+1
		for above >= 0 && kinds[above] == kindBlank {
			above--
		}
		for below < len(kinds) && kinds[below] == kindBlank {
			below++
		}
		if above >= 0 && kinds[above] == kindQuote || below < len(kinds) && kinds[below] == kindQuote {
			kinds[i] = kindQuote
		}
	}
}

// snip matches a line that marks text left out of a quote: an ellipsis,
// alone or in brackets, or "snip" or "cut" in brackets.
var snip = regexp.MustCompile(`(?i)^(\.{3,}|…|[\[(<]\s*(\.{2,}|…|snip|snipped|cut|schnipp|coupé)\s*[\])>])$`)

func isSnip(t string) bool {
	t = strings.TrimSpace(t)
	return len(t) <= 12 && snip.MatchString(t)
}

// isQuoteTrailer reports a line that reads as one closing a quote: a few
// words that are not a name, set off by dashes on both sides or naming
// the quote ("-- end of quote", "-- Ende des Zitats --").
func isQuoteTrailer(t string) bool {
	if !strings.HasPrefix(t, "--") || strings.HasPrefix(t, "-->") || isSignatureMarker(t) {
		return false
	}
	rest := strings.TrimSpace(strings.Trim(t, "-"))
	if rest == "" || len(strings.Fields(rest)) > 6 || isNameLike(rest) {
		return false
	}
	// "-- Only if it's above the neck." answers inline: a trailer is set
	// off by dashes on both sides or names the quote it closes.
	return strings.HasSuffix(t, "--") || containsAny(strings.ToLower(rest), quoteWords)
}

// quoteWords name a quote in the trailers clients write under one.
var quoteWords = []string{"quote", "zitat", "citation", "cita", "citaat", "citazione", "cytat", "citát", "цитат"}

// markInitialsQuotes marks as quoted the lines that The Bat! and Emacs
// quote with the writer's initials or name: "L> How long?", "ЛФ> Сколько?",
// supercite's "    Lena> How long?". Initials count when two lines carry
// them, or one that follows a line ending in a colon (the attribution). A
// name, which the owner's own text may well hold before a ">", counts only
// under an attribution that names it, as supercite's `"Lena" == Lena
// Fischer <lena@example.net> writes:` does.
func (r *reply) markInitialsQuotes() {
	var count map[string]int
	for i, l := range r.lines {
		if p := quotePrefix(l); p != "" && r.kinds[i] == kindText {
			if count == nil {
				count = map[string]int{}
			}
			count[p]++
		}
	}
	if count == nil {
		return // as in nearly every reply
	}
	var named map[string]bool
	above, last := -1, "" // the last line not blank, and its prefix
	head := -1            // the line over the run of lines quoted with last
	for i, l := range r.lines {
		if r.kinds[i] == kindBlank {
			continue
		}
		p := quotePrefix(l)
		if p == "" || p != last {
			head = above
		}
		above, last = i, p
		if p == "" || r.kinds[i] != kindText {
			continue
		}
		colon := head >= 0 && strings.HasSuffix(r.plain[head], ":")
		switch {
		case isInitials(p) && (count[p] >= 2 || colon), named[p]:
		case colon && namesPrefix(r.plain[head], p):
			// Quoted further down too, where the owner answers
			// between the quoted lines.
			if named == nil {
				named = map[string]bool{}
			}
			named[p] = true
		default:
			continue
		}
		r.kinds[i] = kindQuote
	}
}

// quotePrefix returns the word a line is quoted with, "L" for "L> How
// long?" and "Lena" for "    Lena> How long?", or "".
func quotePrefix(l string) string {
	t := strings.TrimLeft(l, " \t")
	gt := strings.IndexByte(t, '>')
	if gt <= 0 || gt > 48 || gt+1 < len(t) && t[gt+1] != ' ' && t[gt+1] != '>' {
		return ""
	}
	n := 0
	for _, c := range t[:gt] {
		if !unicode.IsLetter(c) {
			return ""
		}
		n++
	}
	if n > 12 {
		return ""
	}
	return t[:gt]
}

// isInitials reports a prefix of up to four capitals.
func isInitials(p string) bool {
	return utf8.RuneCountInString(p) <= 4 && !strings.ContainsFunc(p, func(c rune) bool { return !unicode.IsUpper(c) })
}

// namesPrefix reports whether head is an attribution naming the writer
// with p, as supercite writes it (`>>>>> "Lena" == Lena Fischer
// <lena@example.net> writes:`) or as any attribution does ("On 3 June
// 2025, Lena Fischer wrote:"). A line introducing a prompt ("Type this at
// the mysql prompt:") is none.
func namesPrefix(head, p string) bool {
	head = strings.TrimLeft(head, "> ")
	if strings.Contains(head, `"`+p+`" ==`) {
		return true
	}
	return attributionOf(head) != notAttribution &&
		slices.Contains(strings.FieldsFunc(head, func(c rune) bool { return !unicode.IsLetter(c) }), p)
}

// markWrappedQuotes marks as quoted a line that lost its ">" when the
// client wrapped a long quoted line: it follows a quoted line that filled
// the width and stops mid-sentence, and either continues in lower case or
// is followed by more quote; unless it reads as the owner's answer typed
// right under the quoted line (see typedUnderQuote). Where the reply
// would be left with no line of the owner's at all, the lines read as
// wrapped are the answer: a reply is sent to say something; unless the
// client is seen to wrap, as an empty reply is better refused than
// answered with the asker's words.
func markWrappedQuotes(lines []string, kinds []lineKind) {
	var shape *quoteShape // read at the first line that may be a rest, as few replies have one
	var rests []int
	for i := 1; i < len(lines); i++ {
		if kinds[i] != kindText || kinds[i-1] != kindQuote {
			continue
		}
		if isWrappedLink(strings.TrimSpace(lines[i])) && wrapsLink(lines[i-1], i+1 < len(kinds) && kinds[i+1] == kindQuote) {
			kinds[i] = kindQuote
			continue
		}
		if !wrappedRest(lines, kinds, i) {
			continue
		}
		if shape == nil {
			s := shapeOfQuote(lines, kinds)
			shape = &s
		}
		if !typedUnderQuote(lines, kinds, i, *shape) {
			kinds[i] = kindQuote
			rests = append(rests, i)
		}
	}
	if len(rests) > 0 && shape.wraps == 0 && !slices.Contains(kinds, kindText) {
		for _, i := range rests {
			kinds[i] = kindText
		}
	}
}

// wrapsLink reports a quoted line a link's tail was broken off: one long
// enough to have been wrapped, or holding the link's start, or one with
// more quote under the tail.
func wrapsLink(prev string, between bool) bool {
	prev = strings.TrimRightFunc(prev, unicode.IsSpace)
	return between || utf8.RuneCountInString(prev) >= 60 || strings.Contains(prev, "http") || strings.Contains(prev, "www.")
}

// wrappedRest reports line i, under a quoted line, as the rest of that
// line as a client's wrapping broke it off.
func wrappedRest(lines []string, kinds []lineKind, i int) bool {
	prev := strings.TrimRightFunc(lines[i-1], unicode.IsSpace)
	cur := strings.TrimSpace(lines[i])
	width := utf8.RuneCountInString(prev)
	between := i+1 < len(kinds) && kinds[i+1] == kindQuote
	// A clause ended with ";" goes on in lower case on the line a
	// client broke off it when the quote goes on under that line;
	// that line, carried on by the quote, ends no sentence. One that
	// does is the owner's lower-case answer to the clause.
	end := lastRune(prev)
	if width < 50 || width > 100 || utf8.RuneCountInString(cur) > 80 || strings.ContainsRune(".?!:)\"”»", end) ||
		end == ';' && !(between && startsLower(cur) && !strings.ContainsRune(".?!", lastRune(cur))) {
		return false
	}
	word, _, _ := strings.Cut(cur, " ")
	if width+1+utf8.RuneCountInString(word) <= 70 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(cur)
	return unicode.IsLower(r) || unicode.IsDigit(r) || (between && !typedInSentence(width, cur, lines[i+1]))
}

// maxQuotedWidth is the widest quoted line a client writes: a line wrapped
// at 78 with its "> ".
const maxQuotedWidth = 80

// startsLower reports text that starts with a lower-case letter.
func startsLower(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r)
}

// typedInSentence reports a sentence of the owner's typed where they cut
// a quoted sentence in two to answer its first half: it ends, yet the
// quote under it goes on in lower case. A client's wrap leaves the rest
// of the quoted line there, which the next quoted line follows on from
// only where it stops mid-sentence too. A line short enough to have been
// the end of the quoted one may be that rest, ending on an abbreviation
// the sentence goes on after: "Tuesdays, Thursdays etc." over "> and I
// still feel tired".
func typedInSentence(width int, cur, next string) bool {
	if !strings.ContainsRune(".?!", lastRune(cur)) || width+1+utf8.RuneCountInString(cur) <= maxQuotedWidth {
		return false
	}
	return startsLower(strings.TrimSpace(unquote(next)))
}

// isWrappedLink reports the tail of a link a client broke out of a quoted
// line: one word with no letters-only shape, such as "_nonce=4f2a)" or
// "(https://example.org/a/very/long/path) >".
func isWrappedLink(cur string) bool {
	cur = strings.TrimSuffix(strings.TrimSpace(cur), " >")
	if strings.ContainsAny(cur, " \t") || len(cur) < 6 {
		return strings.HasPrefix(cur, "(http") && !strings.Contains(cur[1:], "(")
	}
	return strings.ContainsAny(cur, "/=_&?%") && !strings.ContainsAny(cur[:1], "-*•")
}

// quotedWindow returns up to n quoted lines from start, unquoted and
// written as the recognisers read them.
func quotedWindow(lines []string, kinds []lineKind, start, n int) []string {
	window := make([]string, 0, n)
	for k := start; k < len(lines) && k < start+n && kinds[k] == kindQuote; k++ {
		window = append(window, plainLine(unquote(lines[k])))
	}
	return window
}

// quoteFollows reports whether the next line that is not blank, from i on,
// is quoted.
func quoteFollows(kinds []lineKind, i int) bool {
	for ; i < len(kinds); i++ {
		switch kinds[i] {
		case kindBlank:
			continue
		case kindQuote:
			return true
		}
		return false
	}
	return false
}

// wrappedAddresses reports a line that goes on with the addresses of a
// field above it: one holding an address or a ";", or a name alone
// ("Jo Smith"), and no sentence. The first line of the original, right
// under the fields ("tom@example.net told me to stop."), is no address.
func wrappedAddresses(t string) bool {
	return !isSentence(t) && !strings.HasSuffix(strings.TrimSpace(t), "?") &&
		(strings.ContainsAny(t, "@;") || isNameLine(t))
}

// wrapsAfter reports a line whose first word would not have fit on the
// line above it, as when a client wraps a field at about seventy
// characters: a short "Subject: knees" was not wrapped, so the line under
// it is the original's first.
func wrapsAfter(above, t string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(t), " ")
	return utf8.RuneCountInString(above)+1+utf8.RuneCountInString(first) > 60
}

// dropLeadingQuote drops the first quote block when nothing is typed above
// it, it quotes empty lines too, and nothing but blank lines, or a line
// that introduces a citation ("You wrote:"), parts it from the next: the
// client's quote of the whole original, with the owner's answer below it
// citing lines of its own. A quote that marks its empty lines runs
// unbroken, so an answer typed into it leaves text between its pieces; a
// quote that leaves them unmarked says nothing by a blank line.
func dropLeadingQuote(lines []string, kinds []lineKind) {
	start := 0
	for start < len(kinds) && kinds[start] != kindQuote {
		if kinds[start] == kindText {
			return
		}
		start++
	}
	end, marksEmpty := start, false
	for end < len(kinds) && kinds[end] == kindQuote {
		// A quote marked with "|" (mutt's indent_string "| ") writes its
		// empty lines as a bar alone.
		marksEmpty = marksEmpty || strings.TrimSpace(unquote(lines[end])) == "" || strings.TrimSpace(lines[end]) == "|"
		end++
	}
	if !marksEmpty {
		return
	}
	next, intro := end, false
	for ; next < len(kinds) && kinds[next] != kindQuote; next++ {
		switch {
		case kinds[next] == kindBlank:
		case kinds[next] == kindText && !intro && introducesCitation(lines[next]):
			intro = true
		default:
			return
		}
	}
	if end == start || next == end || next == len(kinds) {
		return
	}
	for i := start; i < end; i++ {
		kinds[i] = kindDropped
	}
}

// introducesCitation reports the owner's line over a quote of their own:
// a sentence that ends in a verb of writing and a colon.
func introducesCitation(l string) bool {
	t := strings.TrimSpace(l)
	return endsWithColon(t) && endsWithVerb(t)
}
