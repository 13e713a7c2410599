package inbox

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Answers typed right under a quoted line, with no blank line between, as
// many answer in mutt, neomutt and s-nail, and often in lower case: told
// apart from the rest of a quoted line that a client's wrapping broke off
// and left without its ">".

// typedUnderQuote reports line i, which reads as the wrapped rest of the
// quoted line above it, as the owner's answer typed under that line. A
// client wraps every quoted line of a reply at the one width, so a rest
// is never a line that a wider quoted line shows there was room for; a
// piece with another piece under it fills that width; and a rest ends
// as the writer ended the line: mid-sentence only where the quote goes
// on with the sentence under it, not where a new sentence, a blank line
// or the end of the reply follows. A line that ends a sentence is read
// as typed where a blank line parts it from the quote below, where it
// closes a reply answered inline, or where the owner types right under
// quoted lines elsewhere. None of these endings counts in a reply whose
// client is seen to wrap another quoted line, or whose owner answered
// over the quote and typed under no quoted line: there the asker's own
// line may end on a word or go on with a capital.
func typedUnderQuote(lines []string, kinds []lineKind, i int, q quoteShape) bool {
	width := utf8.RuneCountInString(strings.TrimRightFunc(lines[i-1], unicode.IsSpace))
	cur := strings.TrimSpace(lines[i])
	word, _, _ := strings.Cut(cur, " ")
	if q.widest > width+1+utf8.RuneCountInString(word) {
		return true // the client kept a line as wide as this one would be
	}
	if q.wraps > 1 || q.wraps == 1 && q.wrapAt != i {
		// How a line ends tells nothing where the client is seen to
		// wrap another line: the asker's own lines end on a word where
		// a full stop was left out, or go on with a capitalised noun.
		return false
	}
	if q.wraps == 1 && utf8.RuneCountInString(strings.TrimSpace(unquote(lines[i-1])))+1+utf8.RuneCountInString(cur) <= maxQuotedWidth {
		// The one line the quote carries on from in lower case, and
		// short enough to have been one line with the text above it:
		// the asker's line, whatever the owner types elsewhere.
		return false
	}
	if q.answeredAbove && !q.typedUnder {
		// The owner answered over the quote and typed under no other
		// quoted line: a line in the quote ends as the asker ended it.
		return false
	}
	if i+1 == len(lines) {
		return endsOnWord(cur) || answeredBetween(kinds, i)
	}
	next := strings.TrimSpace(unquote(lines[i+1]))
	switch kinds[i+1] {
	case kindText:
		// A piece of a line wrapped at least as wide as the quoted
		// one above it, the next piece's first word not fitting on it.
		first, _, _ := strings.Cut(next, " ")
		return utf8.RuneCountInString(cur)+1+utf8.RuneCountInString(first) <= width-2
	case kindQuote:
		if next == "" {
			return endsOnWord(cur)
		}
		// A rest that ends no sentence goes on in the quoted line
		// under it. Any other ("bring it back." over "> Asker's
		// message: ...", "felt" over "> easy, then ...") is told from
		// an answer typed there only by an owner who types right under
		// quoted lines elsewhere in the reply.
		return startsSentence(next) && endsOnWord(cur) || q.typedUnder
	}
	after := i + 1
	for after < len(kinds) && (kinds[after] == kindBlank || kinds[after] == kindDropped) {
		after++
	}
	switch {
	case after < len(kinds) && kinds[after] == kindQuote:
		// A quote marks its own empty lines: a blank line parts the
		// owner's answer from the quote under it.
		return kinds[i+1] == kindBlank || endsOnWord(cur)
	case after == len(kinds):
		return endsOnWord(cur) || answeredBetween(kinds, i)
	}
	return endsOnWord(cur)
}

// typesUnderQuotes reports a line of the owner's typed right under a
// quoted line that it cannot be the rest of.
func typesUnderQuotes(lines []string, kinds []lineKind) bool {
	for j := 1; j < len(lines); j++ {
		if kinds[j] == kindText && kinds[j-1] == kindQuote && strings.TrimSpace(unquote(lines[j-1])) != "" &&
			!isWrappedLink(strings.TrimSpace(lines[j])) && !wrappedRest(lines, kinds, j) {
			return true
		}
	}
	return false
}

// answeredBetween reports a line of the owner's typed between quoted
// lines above line i: a reply answered inline, whose last answer is as
// likely typed under the last quoted line as over the top of the quote.
func answeredBetween(kinds []lineKind, i int) bool {
	quoted := false
	for _, k := range kinds[:i] {
		switch {
		case k == kindQuote:
			quoted = true
		case k == kindText && quoted:
			return true
		}
	}
	return false
}

// startsSentence reports a quoted line that starts a sentence of its own:
// one that goes on from a line above it starts in lower case, or with
// "I", which is not read as a sentence's start. A name that went on
// from the line above would read as one; the rest of a line a client
// wrapped in the middle of a name is rarer than an answer typed between
// two sentences.
func startsSentence(t string) bool {
	word, _, _ := strings.Cut(t, " ")
	r, _ := utf8.DecodeRuneInString(word)
	return unicode.IsUpper(r) && word != "I" && !strings.HasPrefix(word, "I'") && !strings.HasPrefix(word, "I’")
}

// endsOnWord reports a line that ends on a letter, a digit or a comma:
// no end a writer gives a paragraph, but how the owner's quick answers
// end ("shorten your stride").
func endsOnWord(t string) bool {
	r := lastRune(t)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == ','
}

// quoteShape is what the whole reply tells of how its quote was written:
// the widest quoted line a client could have wrapped, whether the owner
// typed right under a quoted line somewhere or over the whole quote, and
// how many lines show the client wraps (see wrapsQuote), the first at
// wrapAt.
type quoteShape struct {
	widest                    int
	typedUnder, answeredAbove bool
	wraps, wrapAt             int
}

// shapeOfQuote reads the quoteShape of a reply.
func shapeOfQuote(lines []string, kinds []lineKind) quoteShape {
	q := quoteShape{widest: widestQuoted(lines, kinds), typedUnder: typesUnderQuotes(lines, kinds)}
	q.wraps, q.wrapAt = wrapsQuote(lines, kinds, q.widest)
	if first := slices.Index(kinds, kindQuote); first > 0 {
		q.answeredAbove = slices.Contains(kinds[:first], kindText)
	}
	return q
}

// wrapsQuote counts the rests of quoted lines that a client's wrap
// explains best, and gives the first: the quoted line under one carries
// its sentence on in lower case, and no quoted line is wide enough to
// have held its first word.
func wrapsQuote(lines []string, kinds []lineKind, widest int) (n, first int) {
	for j := 1; j+1 < len(lines); j++ {
		if kinds[j] != kindText || kinds[j-1] != kindQuote || kinds[j+1] != kindQuote ||
			!startsLower(strings.TrimSpace(unquote(lines[j+1]))) || !wrappedRest(lines, kinds, j) {
			continue
		}
		width := utf8.RuneCountInString(strings.TrimRightFunc(lines[j-1], unicode.IsSpace))
		word, _, _ := strings.Cut(strings.TrimSpace(lines[j]), " ")
		if widest <= width+1+utf8.RuneCountInString(word) {
			if n == 0 {
				first = j
			}
			n++
		}
	}
	return n, first
}

// widestQuoted is the width of the widest quoted line a client could have
// wrapped: one with a space to break it at and no link, which a client
// leaves whole.
func widestQuoted(lines []string, kinds []lineKind) int {
	widest := 0
	for i, l := range lines {
		if kinds[i] != kindQuote {
			continue
		}
		l = strings.TrimRightFunc(l, unicode.IsSpace)
		if strings.Contains(l, "://") || strings.Contains(l, "www.") || !strings.Contains(strings.TrimSpace(unquote(l)), " ") {
			continue
		}
		// A line wider than any client wraps was left as it came (a
		// digest's index, a table) and tells nothing of the width.
		if w := utf8.RuneCountInString(l); w <= maxQuotedWidth {
			widest = max(widest, w)
		}
	}
	return widest
}
