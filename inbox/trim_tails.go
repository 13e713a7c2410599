package inbox

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// What can open or end a reply's text and still not be the owner's: a
// signature under a lone em dash, a relay's footer repeated under the
// quote, and an attribution left over the answer once its quote was
// deleted.

// maxEmDashBlock is the longest signature under a lone em dash that is
// dropped: a name and a few lines, as a signature is.
const maxEmDashBlock = 6

// markEmDashSignature drops a signature under a line holding only an em
// dash, where the "--" the owner typed into a phone's signature setting
// was turned into "—" by its smart punctuation ("Thanks,\nMaren\n\n—\n
// Maren Holt\nRun coach\n+31 6 1234 5678"). The dash opens a paragraph
// that ends the owner's text, a name or a way to reach the owner comes
// first under it, at least two short lines follow, none asking anything,
// and one of them is a way to reach the owner. A dash over a single name,
// over sentences, over a list or over a question stays: the owner's own
// sign-off, or a break in the answer.
func (r *reply) markEmDashSignature() {
	kinds, plain := r.kinds, r.plain
	end := len(kinds)
	for end > 0 && kinds[end-1] != kindText {
		end--
	}
	// The block may set its handles apart with a blank line ("Maren Holt
	// \nRun coach\n\n@maren"); only its lines of text count.
	d, lines := end-1, 0
	for d >= 0 && lines <= maxEmDashBlock && (kinds[d] == kindText || kinds[d] == kindBlank) && !isEmDashLine(plain[d]) {
		if kinds[d] == kindText {
			lines++
		}
		d--
	}
	if d <= 0 || kinds[d] != kindText || !isEmDashLine(plain[d]) || lines < 2 || kinds[d+1] != kindText ||
		kinds[d-1] != kindBlank || !r.textBefore(d) {
		return
	}
	if first := plain[d+1]; !isNameLike(first) && contactOf(first) == notContact {
		return
	}
	sentences, reach := 0, false
	for _, t := range plain[d+1 : end] {
		if utf8.RuneCountInString(t) > 60 || strings.HasSuffix(strings.TrimSpace(t), "?") {
			return
		}
		if isSentenceLine(t) {
			sentences++
		}
		reach = reach || contactOf(t) != notContact || bareHandle.MatchString(t)
	}
	// A signature gives a way to reach its owner, and a motto may stand
	// in it ("I do stuff!" over a phone number); a heading over a list
	// ("Checklist", "Shoes", "Gels") or two sentences are the answer
	// going on.
	if !reach || sentences >= 2 {
		return
	}
	r.mark(d, end, kindDropped)
}

// bareHandle is a social handle alone on its line, "@maren_runs", as a
// phone's signature gives it with no service named.
var bareHandle = regexp.MustCompile(`^@[\pL\d_.]{2,30}$`)

// isSentenceLine reports a line under the dash that ends a sentence of a
// few words, or opens in lower case, and gives no way to reach anyone:
// "Keep it away from the radiator." goes on with the answer under a name,
// where a signature's lines are a title, a company, an address.
func isSentenceLine(t string) bool {
	t = strings.TrimSpace(t)
	if len(strings.Fields(t)) < 3 || contactOf(t) != notContact {
		return false
	}
	// A phone's prose may go without its stop, but not a title or a
	// company: "then put it in writing".
	first, _ := utf8.DecodeRuneInString(t)
	return strings.ContainsRune(".!。！", lastRune(t)) && !endsInTitle(t) || unicode.IsLower(first)
}

// isEmDashLine reports a line of one em dash and nothing else.
func isEmDashLine(t string) bool {
	return strings.TrimSpace(t) == "—"
}

// minRepeatedWords is how long a paragraph under the quote must be to be
// taken for a repeat of the quote's: "Thanks" or "Sounds good" under a
// quote that holds them is an answer.
const minRepeatedWords = 8

// maxRepeatedLines is the most lines under the quote that are read for a
// repeated footer: a footer is a few lines, and the bound keeps the
// search through the quote from growing with a long answer.
const maxRepeatedLines = 12

// markRepeatedFooter drops the paragraphs under the last quote that
// repeat what the quote holds, word for word, links aside. A relay that
// passes mail between two people (a job board, a marketplace, a list)
// adds the same footer under every mail it sends, so the footer of the
// mail replied to stands quoted and again, unquoted, under the quote.
// Left, it reads as an answer below the quote and keeps the quote.
func (r *reply) markRepeatedFooter() {
	kinds := r.kinds
	last := -1
	for i, k := range kinds {
		if k == kindQuote {
			last = i
		}
	}
	if last < 0 || !r.textBefore(last) {
		return
	}
	var tail []int
	for i := last + 1; i < len(kinds); i++ {
		if kinds[i] == kindText {
			tail = append(tail, i)
		}
	}
	if len(tail) == 0 || len(tail) > maxRepeatedLines {
		return
	}
	seen, starts := r.repliedToWords(last)
	for start := 0; start < len(tail); {
		end := start + 1
		for end < len(tail) && tail[end] == tail[end-1]+1 {
			end++
		}
		var words []string
		for _, i := range tail[start:end] {
			words = append(words, footerWords(r.plain[i])...)
		}
		if len(words) < minRepeatedWords || !repeatsFromLine(seen, starts, " "+strings.Join(words, " ")+" ") {
			return
		}
		start = end
	}
	for _, i := range tail {
		kinds[i] = kindDropped
	}
}

// repliedToWords returns the words of the mail replied to, as quoted at
// or above line last, joined with a space on each side, and the offsets
// in them at which a quoted line starts. Only the shallowest quoting is
// read: the footer a relay adds stands in the mail replied to, while a
// deeper quote holds the owner's own earlier mail, whose stock sentence
// the owner may well write again as the answer.
func (r *reply) repliedToWords(last int) (string, []int) {
	depth := -1
	for i := 0; i <= last; i++ {
		if d := quoteDepth(r.lines[i]); r.kinds[i] == kindQuote && d > 0 && (depth < 0 || d < depth) {
			depth = d
		}
	}
	if depth < 0 {
		depth = 0 // a quote marked other than with ">"
	}
	var b strings.Builder
	var starts []int
	b.WriteString(" ")
	for i := 0; i <= last; i++ {
		if r.kinds[i] != kindQuote || quoteDepth(r.lines[i]) != depth {
			continue
		}
		if words := footerWords(unquote(r.lines[i])); len(words) > 0 {
			starts = append(starts, b.Len()-1)
			b.WriteString(strings.Join(words, " ") + " ")
		}
	}
	return b.String(), starts
}

// repeatsFromLine reports whether words, joined with a space on each
// side, stand in seen from the start of a quoted line: an answer that
// takes up the end of a quoted line ("2. Sixteen weeks, ..." answered
// with "Sixteen weeks, ...") is the owner's choice, not a footer.
func repeatsFromLine(seen string, starts []int, words string) bool {
	for _, at := range starts {
		if strings.HasPrefix(seen[at:], words) {
			return true
		}
	}
	return false
}

// linkTarget is a link's address written after its text, "<https://...>",
// which a client adds to a footer's links in one copy and not the other.
var linkTarget = regexp.MustCompile(`<(https?|mailto):[^<>\s]*>`)

// footerWords returns the words of t, lowercased, without link targets
// and the stops around them: "Service <https://...>." and "Service." are
// the same word.
func footerWords(t string) []string {
	var words []string
	for _, w := range strings.Fields(strings.ToLower(linkTarget.ReplaceAllString(t, " "))) {
		if w = strings.TrimFunc(w, func(c rune) bool { return unicode.IsPunct(c) || unicode.IsSymbol(c) }); w != "" {
			words = append(words, w)
		}
	}
	return words
}

// clockSeconds is a time of day given to the second, "18:05:31", which
// a client writes from the original's Date header and a person does not
// type.
var clockSeconds = regexp.MustCompile(`\b\d{1,2}:\d{2}:\d{2}`)

// leftAttribution reports an attribution of n lines at line i that opens
// the reply over the owner's text rather than a quote: the owner deleted
// the quote the client put under it and typed in its place ("On Tuesday
// 03 June 2025 18:05:31 you wrote:" over the answer). Only a date given
// to the second tells it from the owner's own words introducing a
// saying, and those stay when the saying follows in quotation marks or
// indented, as a log's line is: "On 3 June 2025 at 10:12:05 the timing
// system wrote:\n\"chip 4411 not read\"".
func (r *reply) leftAttribution(i, n int, a attribution) bool {
	if a != strongAttribution || r.textBefore(i) || !clockSeconds.MatchString(strings.Join(r.plain[i:i+n], " ")) {
		return false
	}
	for k := i + n; k < len(r.kinds); k++ {
		switch r.kinds[k] {
		case kindText:
			return !opensCitation(r.lines[k])
		case kindQuote, kindHistory:
			return false
		}
	}
	return false
}

// opensCitation reports a line that opens with a quotation mark or is
// indented: what the owner cites under words of their own.
func opensCitation(l string) bool {
	if strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t") {
		return true
	}
	c, _ := utf8.DecodeRuneInString(l)
	return strings.ContainsRune("\"'“”„‟«»‹›‘’‚「『", c)
}
