package inbox

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// withoutSent drops from a reply a quote that its client left unmarked:
// the mail it replies to, standing above or below what was typed with no
// "> " before its lines and no attribution over it (mailx's ~m and ~f, a
// client told not to prefix the quote). Trimming cannot tell such a quote
// from what was typed; helpline can, because it wrote the mail: the
// owner's notification, or the acknowledgement or answer an asker
// replies to with more.
//
// A line repeats the sent texts when each word in it, but for one in five,
// belongs to a run of three words, the line's or its neighbours', that
// stands in one of them: a quote rewrapped or indented by the client still
// repeats, and so does a line where it wrote a link after an address; the
// owner's own sentence does not, even when it shares words with the
// question. The lines that repeat at the end of the answer, and those at
// its start, are dropped when they are at least two lines and ten words;
// blank lines and lines of punctuation between them go too. Lines quoted
// with "> " are left to the trimming, which keeps those an inline answer
// stands between, and so is a repeat of a line or two: the owner quoting a
// sentence they answer.
func withoutSent(text string, sent []string) string {
	known := map[[3]string]bool{}
	for _, s := range sent {
		w := textWords(s)
		for i := 0; i+2 < len(w); i++ {
			known[[3]string{w[i], w[i+1], w[i+2]}] = true
		}
	}
	if len(known) == 0 {
		return text
	}
	lines := strings.Split(text, "\n")
	repeats, words := repeatedLines(lines, known)
	first, last := 0, len(lines)
	if n, ok := edgeRun(lines, repeats, words, len(lines)-1, -1); ok {
		last = n
	}
	if n, ok := edgeRun(lines, repeats, words, 0, 1); ok {
		first = n
	}
	if first == 0 && last == len(lines) {
		return text
	}
	if first >= last {
		return ""
	}
	// The blank lines between the quote and what was typed go with it,
	// spaces or tabs a client indented them with included.
	for first < last && strings.TrimSpace(lines[first]) == "" {
		first++
	}
	for last > first && strings.TrimSpace(lines[last-1]) == "" {
		last--
	}
	return strings.Join(lines[first:last], "\n")
}

// repeatedLines reports for each line whether its words are covered by
// word triples of the known texts, all but one in five of them, and how
// many words it has. Quoted lines never repeat, and count no words.
func repeatedLines(lines []string, known map[[3]string]bool) (repeats []bool, words []int) {
	type word struct {
		w    string
		line int
	}
	var seq []word
	for i, l := range lines {
		if isQuoteLine(l) {
			// A quoted line breaks the sequence, so that no triple spans it.
			seq = append(seq, word{"", i})
			continue
		}
		for _, w := range textWords(l) {
			seq = append(seq, word{w, i})
		}
	}
	covered := make([]bool, len(seq))
	for i := 0; i+2 < len(seq); i++ {
		if known[[3]string{seq[i].w, seq[i+1].w, seq[i+2].w}] {
			covered[i], covered[i+1], covered[i+2] = true, true, true
		}
	}
	words = make([]int, len(lines))
	missed := make([]int, len(lines))
	for i, w := range seq {
		if w.w == "" {
			continue
		}
		words[w.line]++
		if !covered[i] {
			missed[w.line]++
		}
	}
	repeats = make([]bool, len(lines))
	for i := range lines {
		// One word in five may differ: the link a client writes after an
		// address ("<mailto:...>"), a word it spells otherwise.
		repeats[i] = words[i] > 0 && missed[i]*5 <= words[i]
	}
	return repeats, words
}

// edgeRun walks from line from in direction step over the lines that
// repeat and those without words, and returns where the answer resumes:
// the index after the run's last line for a run at the start (step 1), the
// index of its first for one at the end (step -1). ok is false when the
// run is too short to be a quote.
func edgeRun(lines []string, repeats []bool, words []int, from, step int) (resume int, ok bool) {
	edge, count, total := -1, 0, 0
	for i := from; i >= 0 && i < len(lines); i += step {
		if repeats[i] {
			edge = i
			count++
			total += words[i]
			continue
		}
		if isQuoteLine(lines[i]) || words[i] > 0 {
			break
		}
	}
	if count < 2 || total < 10 {
		return 0, false
	}
	if step > 0 {
		return edge + 1, true
	}
	return edge, true
}

// textWords is words(s), with each character of a script written without
// spaces between words taken for a word of its own.
func textWords(s string) []string {
	ws := words(s)
	if !strings.ContainsFunc(s, unspaced) {
		return ws
	}
	var out []string
	for _, w := range ws {
		for w != "" {
			i := strings.IndexFunc(w, unspaced)
			if i < 0 {
				out = append(out, w)
				break
			}
			if i > 0 {
				out = append(out, w[:i])
			}
			_, n := utf8.DecodeRuneInString(w[i:])
			out = append(out, w[i:i+n])
			w = w[i+n:]
		}
	}
	return out
}

// unspaced reports a letter of a script written without spaces between
// words.
func unspaced(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}
