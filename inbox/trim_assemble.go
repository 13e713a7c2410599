package inbox

import (
	"strings"
	"unicode"
)

// What is left once every line of a reply is marked: the owner's lines,
// and the quote blocks an inline answer follows, written out as typed.

// assemble writes out the owner's lines, and the quote blocks they answer
// when they answer inline, as the owner laid them out. One blank line
// stands where blank lines or something removed stood.
func (r *reply) assemble() string {
	lines, kinds := r.lines, r.kinds
	markWrappedQuotes(lines, kinds)
	last := -1
	for i, k := range kinds {
		if k == kindText && !isRule(r.plain[i]) && !(isLoneDash(r.plain[i]) && !r.answersLast(i)) && !isTrackerMark(r.plain[i]) {
			last = i
		}
	}
	answer := r.answerEnd(last)
	inline := answersInline(lines, kinds, answer)
	if inline {
		dropQuotedAttributions(lines, kinds)
		dropNestedHistory(lines, kinds)
		dropLeadingQuote(lines, kinds)
		dropQuotedSignatures(lines, kinds)
		inline = answersInline(lines, kinds, answer)
	}
	out := make([]string, 0, last+1)
	gap := false
	for i := 0; i <= last; i++ {
		k := kinds[i]
		if k == kindQuote && !inline {
			k = kindDropped
		}
		switch k {
		case kindText, kindQuote:
			if len(out) > 0 && gap {
				out = append(out, "")
			}
			out = append(out, strings.TrimRightFunc(lines[i], unicode.IsSpace))
			gap = false
		default:
			gap = true
		}
	}
	return strings.Join(trimEmptyQuotes(out), "\n")
}

// answersInline reports a quote, before the owner's last line, that the
// owner wrote something above: the reply answers between quotes rather
// than above or below one. A quote line with nothing after its ">" does
// not count: it is not kept on its own, so counting it would decide
// differently on the reply as published.
func answersInline(lines []string, kinds []lineKind, last int) bool {
	text := false
	for i := 0; i < last; i++ {
		switch kinds[i] {
		case kindText:
			text = true
		case kindQuote:
			if text && strings.TrimSpace(unquote(lines[i])) != "" {
				return true
			}
		}
	}
	return false
}

// maxQuotedHead is how many lines of a quote block are read for a header
// block at its top that runs past the first ten: Outlook's runs to fifteen
// lines and more when the original had many recipients.
const maxQuotedHead = 30

// dropQuotedAttributions removes an attribution at the top of a quote
// block (Apple Mail quotes its own), so that a quote kept in an inline
// answer does not carry it.
func dropQuotedAttributions(lines []string, kinds []lineKind) {
	for i := 0; i < len(lines); i++ {
		if kinds[i] != kindQuote || (i > 0 && kinds[i-1] == kindQuote) {
			continue
		}
		start := i
		for start < len(lines) && kinds[start] == kindQuote && strings.TrimSpace(unquote(lines[start])) == "" {
			start++
		}
		window := quotedWindow(lines, kinds, start, 10)
		n := 0
		if len(window) > 0 && (isHeaderBlock(window, 0) || isOriginalLine(window[0])) {
			if n = historyHeadEnd(window, 0); n == len(window) {
				window = quotedWindow(lines, kinds, start, maxQuotedHead)
				n = historyHeadEnd(window, 0)
			}
		} else if n, _ = attributionLines(window, 0); n == 0 {
			continue
		}
		end := start + n
		for end < len(lines) && kinds[end] == kindQuote && strings.TrimSpace(unquote(lines[end])) == "" {
			end++
		}
		for k := i; k < end; k++ {
			kinds[k] = kindDropped
		}
	}
}

// dropNestedHistory removes, from the quote blocks an inline answer
// keeps, the history the quoted message carries under its own lines: an
// attribution within the block with the deeper quote under it ("> On
// Mon, Maren wrote:" over ">> Stop running."), or a header block or an
// "Original Message" line and all under it in the block, as Outlook
// writes history at the depth of the message. The asker's lines after a
// deeper quote stay: they answered below it. An attribution with no
// deeper quote under it is the asker's own words ("> My coach wrote:").
// Only a header field, an "Original Message" line or a line a deeper
// quote follows within three lines is read as a head, so that a long
// quote is not read ten lines at a time.
func dropNestedHistory(lines []string, kinds []lineKind) {
	for i := 1; i < len(lines); i++ {
		if kinds[i] != kindQuote || kinds[i-1] != kindQuote {
			continue
		}
		t := plainLine(unquote(lines[i]))
		if t == "" || !deeperWithin(lines, kinds, i, 3) && headerFieldOf(t) == fieldNone && !isOriginalLine(t) {
			continue
		}
		window := quotedWindow(lines, kinds, i, 10)
		end := i
		if isHeaderBlock(window, 0) || isOriginalLine(window[0]) {
			for end < len(lines) && kinds[end] == kindQuote {
				end++
			}
		} else if n, _ := attributionLines(window, 0); n > 0 {
			depth, deeper := quoteDepth(lines[i]), false
			for end = i + n; end < len(lines) && kinds[end] == kindQuote; end++ {
				u := strings.TrimSpace(unquote(lines[end]))
				if u != "" && quoteDepth(lines[end]) <= depth {
					break
				}
				deeper = deeper || u != ""
			}
			if !deeper {
				continue
			}
		} else {
			continue
		}
		start := i
		for start > 0 && kinds[start-1] == kindQuote && strings.TrimSpace(unquote(lines[start-1])) == "" {
			start--
		}
		for k := start; k < end; k++ {
			kinds[k] = kindDropped
		}
		i = end - 1
	}
}

// deeperWithin reports a quote line deeper than line i among the n quote
// lines under it.
func deeperWithin(lines []string, kinds []lineKind, i, n int) bool {
	depth := quoteDepth(lines[i])
	for k := i + 1; k <= i+n && k < len(lines) && kinds[k] == kindQuote; k++ {
		if quoteDepth(lines[k]) > depth {
			return true
		}
	}
	return false
}

// dropQuotedSignatures removes, from the quote blocks an inline answer
// keeps, the signature that ends a quoted message: its "-- " line and the
// quoted lines under it in the same block, as deep as that line or
// deeper (quotedSignatureEnd). The owner who answers below the whole
// message keeps its signature in the quote, and with it the asker's name,
// phone and address on the site; the quoted lines an answer needs are
// above it.
func dropQuotedSignatures(lines []string, kinds []lineKind) {
	for i := 0; i < len(lines); i++ {
		if kinds[i] != kindQuote || !isSignatureMarker(strings.TrimLeft(unquote(lines[i]), " \t")) {
			continue
		}
		end := quotedSignatureEnd(lines, kinds, i)
		for k := i; k < end; k++ {
			kinds[k] = kindDropped
		}
		i = max(i, end-1)
	}
}

// quotedSignatureEnd returns the line after the quoted signature whose
// "-- " line is line i, or i when what stands under that line is the
// message. A question or a sentence first under it is: a signature opens
// with a name, and "--" alone also parts a message's questions ("> My
// calf hurts.\n> --\n> Should I stretch?"). A paragraph after a quoted
// blank line, as deep as the "-- " line, ends the signature: the writer
// typed it under the signature their client put in, as a postscript ("> PS:
// Is ice or heat better?"), which the answer under it may answer.
func quotedSignatureEnd(lines []string, kinds []lineKind, i int) int {
	depth := quoteDepth(lines[i])
	end, blank, history := i+1, false, false
	for k := i + 1; k < len(lines) && kinds[k] == kindQuote; k++ {
		d, t := quoteDepth(lines[k]), strings.TrimSpace(unquote(lines[k]))
		switch {
		case t == "":
			blank = true
			continue
		case d < depth:
			return k
		case blank && d == depth && !history && end > i+1:
			// The message's own history under the signature goes with
			// it: "> On Mon, Maren Holt wrote:\n> > Tell me more."
			if history = quotedHistoryAt(lines, kinds, k); !history {
				return end
			}
		case end == i+1 && d == depth && (isSentence(t) || strings.ContainsRune("?？", lastRune(t))):
			return i
		}
		end = k + 1
	}
	// Blank quoted lines that end the block go with the signature.
	for end < len(lines) && kinds[end] == kindQuote && strings.TrimSpace(unquote(lines[end])) == "" {
		end++
	}
	return end
}

// quotedHistoryAt reports quoted history starting at line k: an
// attribution, a header block or an "Original Message" line.
func quotedHistoryAt(lines []string, kinds []lineKind, k int) bool {
	window := quotedWindow(lines, kinds, k, 10)
	if len(window) == 0 {
		return false
	}
	if isHeaderBlock(window, 0) || isOriginalLine(window[0]) {
		return true
	}
	n, _ := attributionLines(window, 0)
	return n > 0
}

// trimEmptyQuotes removes quote lines with nothing after the ">" at the
// edges of each quote block, and the blank lines they leave.
func trimEmptyQuotes(out []string) []string {
	emptyQuote := func(l string) bool { return isQuoteLine(l) && strings.TrimSpace(unquote(l)) == "" }
	// textAfter[i] says a quote line with text follows line i in its
	// quote block. It is worked out once, from the end: a block can be
	// thousands of empty ">" lines, each of which would look ahead.
	textAfter := make([]bool, len(out))
	for i := len(out) - 2; i >= 0; i-- {
		if next := out[i+1]; isQuoteLine(next) {
			textAfter[i] = !emptyQuote(next) || textAfter[i+1]
		}
	}
	kept := out[:0]
	for i, l := range out {
		if emptyQuote(l) {
			before := i > 0 && isQuoteLine(out[i-1]) && !emptyQuote(out[i-1])
			if !before || !textAfter[i] {
				continue
			}
		}
		if l == "" && (len(kept) == 0 || kept[len(kept)-1] == "") {
			continue
		}
		kept = append(kept, l)
	}
	for len(kept) > 0 && kept[len(kept)-1] == "" {
		kept = kept[:len(kept)-1]
	}
	return kept
}
