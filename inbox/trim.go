package inbox

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// TrimReply returns what the owner typed in a plain-text reply, for
// publishing.
//
// Kept: everything the owner typed, in order: sign-offs typed by hand
// ("Cheers,\nDominique", "Viele Grüße"), lists, links and paragraphs. When
// the owner answers inline, between quote blocks, the quote blocks the
// answer follows stay as "> " lines, since the answer reads wrongly
// without them; only the quote after the owner's last line goes.
//
// Dropped: the quoted original, with or without ">" marks; its attribution
// line or header block in any client, language or layout; forwarded
// originals; signatures after a "-- " line; mobile and app footers ("Sent
// from my iPhone"); mailing-list footers. Their order does not matter: a
// signature may come before or after the quote, a footer above or below it.
//
// Each line is first recognised on its own (text, quote, attribution,
// header block, signature marker, footer), then the cut is decided over the
// whole reply. The work is linear in the text, which is read up to 128 KiB.
// It returns "" when the owner typed nothing.
func TrimReply(text string) string {
	text = normalizeNewlines(strings.ToValidUTF8(limitText(text), ""))
	text = strings.Map(dropControls, text)
	lines := strings.Split(text, "\n")
	kinds := markLines(lines)
	return assembleReply(lines, kinds)
}

// maxText is how much of a mail's text is read for a reply or a question.
// It is far more than anyone types, and it bounds the work one hostile mail
// can cause: trimming reads every line against the patterns in
// reply_lines.go.
const maxText = 128 << 10

// limitText cuts text to maxText bytes, at the end of a line when there is
// one in the last quarter.
func limitText(text string) string {
	if len(text) <= maxText {
		return text
	}
	text = text[:maxText]
	if i := strings.LastIndexByte(text, '\n'); i > maxText*3/4 {
		text = text[:i+1]
	}
	return text
}

// dropControls removes control characters other than line feed and tab:
// published text goes into pages, feeds and mail, where a stray form feed
// or escape is at best invisible and at worst invalid (XML forbids most
// C0 controls).
func dropControls(r rune) rune {
	if r != '\n' && r != '\t' && unicode.IsControl(r) {
		return -1
	}
	return r
}

// lineKind says what a line of a reply is.
type lineKind int

const (
	kindText    lineKind = iota // the owner's
	kindBlank                   // empty or spaces
	kindQuote                   // quoted with ">"
	kindDropped                 // attribution, signature, footer: goes, the text around it stays
	kindHistory                 // the unquoted original: goes with all after it
)

// markLines recognises every line of a reply.
func markLines(lines []string) []lineKind {
	kinds := make([]lineKind, len(lines))
	for i, l := range lines {
		switch {
		case strings.TrimSpace(l) == "":
			kinds[i] = kindBlank
		case isQuoteLine(l):
			kinds[i] = kindQuote
		case isImageReference(l):
			kinds[i] = kindDropped
		}
	}
	markTabQuotes(lines, kinds)
	for i := 0; i < len(lines); i++ {
		if kinds[i] != kindText {
			continue
		}
		t := plainLine(lines[i])
		switch {
		case startsHistory(lines, i, t):
			// A header block over a quote, as Outlook writes for an
			// inline answer, goes alone; over unquoted history it
			// starts the history.
			if end := historyHeadEnd(lines, i); quoteFollows(kinds, end) {
				for k := i; k < end; k++ {
					kinds[k] = kindDropped
				}
				i = end - 1
				continue
			}
			markHistory(lines, kinds, i)
			return kinds
		case isSignatureMarker(lines[i]) || isListFooter(lines, i) || isFooter(t):
			i = markDropped(lines, kinds, i)
			continue
		}
		if owner, a := splitAttribution(t); a != notAttribution {
			// The client ran the attribution onto the owner's last line.
			lines[i] = owner
			if !quoteFollows(kinds, i+1) {
				markHistory(lines, kinds, i+1)
				return kinds
			}
			continue
		}
		n, a := attributionLines(lines, i)
		if n == 0 {
			continue
		}
		switch {
		case quoteFollows(kinds, i+n):
			for k := i; k < i+n; k++ {
				kinds[k] = kindDropped
			}
			i += n - 1
		case a == strongAttribution:
			// The history below it is not quoted: it all goes.
			markHistory(lines, kinds, i)
			return kinds
		}
	}
	return kinds
}

// startsHistory reports a line that starts the unquoted original: an
// "Original Message" line or a header block.
func startsHistory(lines []string, i int, t string) bool {
	return isOriginalLine(t) || isHeaderBlock(lines, i) || headerRun(t)
}

// historyHeadEnd returns the line after the "Original Message" line and
// the header block that start at line i.
func historyHeadEnd(lines []string, i int) int {
	k := i
	if isOriginalLine(plainLine(lines[k])) {
		k++
	}
	for k < len(lines) {
		l := lines[k]
		switch {
		case headerFieldOf(plainLine(l)) != fieldNone, k > i && looksLikeField(plainLine(l)):
		case k > i && strings.TrimSpace(l) != "" && (l[0] == ' ' || l[0] == '\t') && !isQuoteLine(l):
			// a folded header line
		default:
			return k
		}
		k++
	}
	return k
}

// isImageReference reports the line a client writes for an inline image
// in the plain part: "[cid:image001.png@01DCAA8F.8E03501D]".
func isImageReference(l string) bool {
	t := strings.TrimSpace(l)
	return strings.HasPrefix(t, "[cid:") && strings.HasSuffix(t, "]") && !strings.Contains(t[1:len(t)-1], "]")
}

// markTabQuotes marks as quoted a block of lines indented with a tab, as
// mailx and s-nail quote by default, when it opens or ends the reply or
// follows a line ending in a colon (the attribution).
func markTabQuotes(lines []string, kinds []lineKind) {
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
		opens := before < 0 || strings.HasSuffix(strings.TrimSpace(lines[before]), ":")
		closes := after == len(lines) || isSignatureMarker(lines[after]) || isFooter(plainLine(lines[after]))
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

// markHistory marks line i and everything after it as history, with a rule
// ("_____") or footer just above it that introduces it.
func markHistory(lines []string, kinds []lineKind, i int) {
	j := i - 1
	for j >= 0 && kinds[j] == kindBlank {
		j--
	}
	if j >= 0 && kinds[j] == kindText && (isRule(plainLine(lines[j])) || isFramedSeparator(plainLine(lines[j]))) {
		i = j
	}
	for k := i; k < len(kinds); k++ {
		kinds[k] = kindHistory
	}
}

// markDropped marks a signature or footer starting at line i, running to
// the next quote, attribution or history, and returns its last line. What
// follows a phone's footer without being quoted is history the client did
// not mark, not the owner's: the owner types above the footer.
func markDropped(lines []string, kinds []lineKind, i int) int {
	kinds[i] = kindDropped
	for k := i + 1; k < len(lines); k++ {
		switch kinds[k] {
		case kindQuote:
			return k - 1
		case kindText:
			if startsHistory(lines, k, plainLine(lines[k])) {
				return k - 1
			}
			if n, a := attributionLines(lines, k); n > 0 && (a == strongAttribution || quoteFollows(kinds, k+n)) {
				return k - 1
			}
			kinds[k] = kindDropped
		}
	}
	return len(lines) - 1
}

// assembleReply writes out the owner's lines, and the quote blocks they
// answer when they answer inline. A blank line separates paragraphs, quote
// blocks, and the text on either side of something removed.
func assembleReply(lines []string, kinds []lineKind) string {
	markWrappedQuotes(lines, kinds)
	dropQuotedAttributions(lines, kinds)
	last := -1
	for i, k := range kinds {
		if k == kindText && !isRule(plainLine(lines[i])) {
			last = i
		}
	}
	inline := answersInline(kinds, last)
	out := make([]string, 0, last+1)
	prev, gap := kindBlank, false
	for i := 0; i <= last; i++ {
		k := kinds[i]
		if k == kindQuote && !inline {
			k = kindDropped
		}
		switch k {
		case kindText, kindQuote:
			if len(out) > 0 && (gap || prev != k) {
				out = append(out, "")
			}
			out = append(out, strings.TrimRightFunc(lines[i], unicode.IsSpace))
			prev, gap = k, false
		default:
			gap = true
		}
	}
	return strings.Join(trimEmptyQuotes(out), "\n")
}

// answersInline reports a quote, before the owner's last line, that the
// owner wrote something above: the reply answers between quotes rather
// than above or below one.
func answersInline(kinds []lineKind, last int) bool {
	text := false
	for i := 0; i < last; i++ {
		switch kinds[i] {
		case kindText:
			text = true
		case kindQuote:
			if text {
				return true
			}
		}
	}
	return false
}

// markWrappedQuotes marks as quoted a line that lost its ">" when the
// client wrapped a long quoted line: it follows a quoted line that filled
// the width and stops mid-sentence, and either continues in lower case or
// is followed by more quote.
func markWrappedQuotes(lines []string, kinds []lineKind) {
	for i := 1; i < len(lines); i++ {
		if kinds[i] != kindText || kinds[i-1] != kindQuote {
			continue
		}
		prev := strings.TrimRightFunc(lines[i-1], unicode.IsSpace)
		cur := strings.TrimSpace(lines[i])
		width := utf8.RuneCountInString(prev)
		between := i+1 < len(kinds) && kinds[i+1] == kindQuote
		if isWrappedLink(cur) && (between || width >= 60 || strings.Contains(prev, "http") || strings.Contains(prev, "www.")) {
			kinds[i] = kindQuote
			continue
		}
		if width < 50 || width > 100 || utf8.RuneCountInString(cur) > 80 || strings.ContainsRune(".?!:;)\"”»", lastRune(prev)) {
			continue
		}
		word, _, _ := strings.Cut(cur, " ")
		if width+1+utf8.RuneCountInString(word) <= 70 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(cur)
		if unicode.IsLower(r) || unicode.IsDigit(r) || (i+1 < len(kinds) && kinds[i+1] == kindQuote) {
			kinds[i] = kindQuote
		}
	}
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
		window := make([]string, 0, 10)
		for k := start; k < len(lines) && k < start+10 && kinds[k] == kindQuote; k++ {
			window = append(window, unquote(lines[k]))
		}
		n := 0
		if len(window) > 0 && (isHeaderBlock(window, 0) || isOriginalLine(plainLine(window[0]))) {
			n = historyHeadEnd(window, 0)
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

// trimEmptyQuotes removes quote lines with nothing after the ">" at the
// edges of each quote block, and the blank lines they leave.
func trimEmptyQuotes(out []string) []string {
	emptyQuote := func(l string) bool { return isQuoteLine(l) && strings.TrimSpace(unquote(l)) == "" }
	kept := out[:0]
	for i, l := range out {
		if emptyQuote(l) {
			before := i > 0 && isQuoteLine(out[i-1]) && !emptyQuote(out[i-1])
			after := false
			for k := i + 1; k < len(out) && isQuoteLine(out[k]); k++ {
				if !emptyQuote(out[k]) {
					after = true
					break
				}
			}
			if !before || !after {
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
