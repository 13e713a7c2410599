package inbox

import (
	"slices"
	"strings"
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
// A block that is the whole answer stays, as does one under a line that
// introduces it ("Two shoes I like:") or a closing ("Cheers,\nMaren"),
// since those are what the owner typed.
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
		!isNameLike(plain[from]) {
		return
	}
	for _, t := range plain[from:end] {
		if !isNameLine(t) || isSignOffLine(t) {
			return
		}
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
			return !strings.HasSuffix(t, ":") && !strings.HasSuffix(t, "：")
		}
	}
	return false
}

// markNameUnderQuoteGap drops a signature a client appends under the
// quote after a blank line with no "-- " line, as aerc does with its
// signature-file: a name and a title or two ending the reply, when the
// owner typed the answer above the quote and nothing between its lines.
// Unlike a block right under the quote (markNameUnderQuote), one after a
// blank line is how a person answers below a quote, so it goes only when
// there is an answer above the quote, or answers within it and the last
// quoted line asks nothing.
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
	if end-from < 2 || end-from > maxNameBlock || gap == from || gap == 0 || kinds[gap-1] != kindQuote ||
		!isNameLike(plain[from]) {
		return
	}
	for _, t := range plain[from:end] {
		if !isNameLine(t) || isSignOffLine(t) {
			return
		}
	}
	first := slices.Index(kinds, kindQuote)
	above := r.textBefore(first) && !slices.Contains(kinds[first:from], kindText) && r.answerEndsAbove(first)
	// Answers between the quote's lines and a last quoted line that asks
	// nothing: the block answers nothing either.
	between := slices.Contains(kinds[first:gap], kindText) && !strings.HasSuffix(strings.TrimSpace(r.lines[gap-1]), "?")
	if !above && !between {
		return
	}
	r.mark(from, end, kindDropped)
}
