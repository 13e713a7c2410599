package inbox

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestAnswersInline writes the owner's answers between the paragraphs of
// a reader's question, as each client lays out such a reply, and reads
// the answer. Every typed line must come out, in order, with nothing but
// the owner's closing after their last answer. The quoted paragraphs the
// answers follow may stay, all of them, each ending with the paragraph
// answered; where the owner answered only once under the quote, as in a
// bottom-posted reply, the quote may go as a whole.
func TestAnswersInline(t *testing.T) {
	for _, c := range inlineClients {
		t.Run(c.name, func(t *testing.T) {
			for qi, q := range inlineQuestions {
				for pi, p := range inlinePatterns {
					first := qi*len(inlinePatterns) + pi
					for ei, e := range inlineEndings {
						if (first+ei)%raceStride != 0 {
							continue
						}
						if e.footer != "" && c.footer == "" {
							continue // a desktop client writes no app footer
						}
						checkInline(t, c, q.name+", "+p.name+", "+e.name, inlineReply{intro: p.intro, segs: inlineSegs(q, p, false, first), end: e})
						checkInline(t, c, q.name+", "+p.name+", "+e.name+", notification", inlineReply{intro: p.intro, segs: inlineSegs(q, p, true, first), end: e})
					}
				}
			}
		})
	}
}

// checkInline checks the answer read from r as c writes it, and from its
// HTML part alone.
func checkInline(t *testing.T, c inlineClient, name string, r inlineReply) {
	t.Helper()
	m, err := Parse([]byte(c.mail(r)))
	if err != nil {
		t.Fatalf("%s: parse: %v", name, err)
	}
	want := inlineWant(r)
	got := unwrapQuoted(tidy(Answer(m)), r.segs)
	if why := matchInline(inlineBlocks(got, false), want); why != "" {
		t.Errorf("%s: %s\ngot  %q\nwant %q", name, why, got, inlineShow(want))
	}
	if m.HTML == "" {
		return
	}
	got = tidy(TrimHTMLReply(m.HTML))
	if why := matchInline(inlineBlocks(got, true), oneSpaceBlocks(want)); why != "" {
		t.Errorf("%s, html part: %s\ngot  %q\nwant %q", name, why, got, inlineShow(want))
	}
}

// unwrapQuoted joins each line a client's wrapping broke off a quoted
// line back onto it, so that the quote kept reads as the question.
func unwrapQuoted(text string, segs []inlineSeg) string {
	var question []string
	for _, s := range segs {
		if s.quote {
			question = append(question, quotedContent(s.text)...)
		}
	}
	lines := strings.Split(text, "\n")
	out := lines[:0]
	for _, l := range lines {
		if n := len(out); n > 0 && l != "" && !isQuoteLine(l) && isQuoteLine(out[n-1]) {
			joined := strings.TrimSpace(unquote(out[n-1])) + " " + strings.TrimSpace(l)
			if slices.ContainsFunc(question, func(q string) bool { return strings.HasPrefix(q, joined) }) {
				out[n-1] += " " + strings.TrimSpace(l)
				continue
			}
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// inlineBlock is a run of quoted lines, each unquoted, or of the owner's
// lines. tail marks a quote that nothing but a closing follows, and last
// is how many of its lines, at its end, are the paragraph answered.
type inlineBlock struct {
	quote bool
	lines []string
	tail  bool
	last  int
}

// inlineWant is what must be published of r, as blocks.
func inlineWant(r inlineReply) []inlineBlock {
	last := lastTyped(r.segs)
	var out []inlineBlock
	add := func(quote bool, text string) {
		if len(out) == 0 || out[len(out)-1].quote != quote {
			out = append(out, inlineBlock{quote: quote})
		}
		b := &out[len(out)-1]
		n := len(b.lines)
		if quote {
			b.lines = append(b.lines, quotedContent(text)...)
			b.last = len(b.lines) - n
			return
		}
		if n > 0 {
			b.lines = append(b.lines, "")
		}
		b.lines = append(b.lines, strings.Split(text, "\n")...)
	}
	if r.intro != "" {
		add(false, r.intro)
	}
	for i, s := range r.segs[:last+1] {
		add(s.quote, s.text)
		if i == last && r.end.closing != "" && !r.end.underTail {
			add(false, r.end.closing)
		}
	}
	if r.end.closing != "" && r.end.underTail {
		tail := r.segs[last+1:]
		for _, s := range tail {
			add(true, s.text)
		}
		if len(tail) > 0 {
			out[len(out)-1].tail = true
		}
		add(false, r.end.closing)
	}
	return out
}

// quotedContent is the text of each quoted line that has any.
func quotedContent(text string) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if t := strings.TrimSpace(unquote(l)); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// inlineBlocks reads a published answer as blocks.
func inlineBlocks(text string, spaces bool) []inlineBlock {
	var out []inlineBlock
	for _, l := range strings.Split(text, "\n") {
		quote := isQuoteLine(l)
		if l == "" {
			if len(out) > 0 && !out[len(out)-1].quote {
				out[len(out)-1].lines = append(out[len(out)-1].lines, "")
			}
			continue
		}
		if len(out) == 0 || out[len(out)-1].quote != quote {
			out = append(out, inlineBlock{quote: quote})
		}
		b := &out[len(out)-1]
		switch {
		case quote:
			b.lines = append(b.lines, quotedContent(l)...)
		case spaces:
			b.lines = append(b.lines, oneSpace(l))
		default:
			b.lines = append(b.lines, l)
		}
	}
	for i := range out {
		out[i].lines = strings.Split(tidy(strings.Join(out[i].lines, "\n")), "\n")
	}
	return out
}

// oneSpaceBlocks is want as read from HTML, runs of spaces as one.
func oneSpaceBlocks(want []inlineBlock) []inlineBlock {
	out := slices.Clone(want)
	for i, b := range out {
		out[i].lines = strings.Split(oneSpace(strings.Join(b.lines, "\n")), "\n")
	}
	return out
}

// matchInline says how got falls short of want, or "": the typed lines
// must read the same, and each quote kept must stand where a quote of
// want stands, among the same typed lines.
func matchInline(got, want []inlineBlock) string {
	if g, w := typedOf(got), typedOf(want); g != w {
		return fmt.Sprintf("typed lines differ: %q", g)
	}
	at := map[int]inlineBlock{}
	quotes, lostTail := 0, false
	for _, w := range typedBefore(want) {
		at[w.n] = w.block
		quotes++
	}
	for _, g := range typedBefore(got) {
		w, ok := at[g.n]
		if !ok {
			return fmt.Sprintf("a quote kept where none was answered: %q", g.block.lines)
		}
		if why := matchQuote(g.block.lines, w); why != "" {
			return why
		}
		delete(at, g.n)
	}
	for _, w := range at {
		lostTail = lostTail || w.tail
	}
	switch missing := len(at); {
	case missing == 0, missing == 1 && lostTail:
		return ""
	case missing == quotes && answeredOnce(want):
		return "" // a bottom-posted answer: the quote goes
	default:
		return fmt.Sprintf("%d of %d quotes answered went", missing, quotes)
	}
}

// typedOf is the typed lines of blocks, a blank line between blocks.
func typedOf(blocks []inlineBlock) string {
	var out []string
	for _, b := range blocks {
		if !b.quote {
			out = append(out, strings.Join(b.lines, "\n"))
		}
	}
	return tidy(strings.Join(out, "\n\n"))
}

// placedQuote is a quote block and how many typed lines stand over it.
type placedQuote struct {
	n     int
	block inlineBlock
}

func typedBefore(blocks []inlineBlock) []placedQuote {
	var out []placedQuote
	n := 0
	for _, b := range blocks {
		if b.quote {
			out = append(out, placedQuote{n, b})
			continue
		}
		for _, l := range b.lines {
			if l != "" {
				n++
			}
		}
	}
	return out
}

// matchQuote checks a quote kept: the end of the quote in the reply, down
// to the paragraph answered at least.
func matchQuote(got []string, w inlineBlock) string {
	if len(got) < w.last && !w.tail {
		return fmt.Sprintf("the quote answered lost lines: %q", got)
	}
	if len(got) > len(w.lines) || !slices.Equal(got, w.lines[len(w.lines)-len(got):]) {
		return fmt.Sprintf("a quote kept that is not the question's: %q", got)
	}
	return ""
}

// answeredOnce reports an answer typed once, under the quote: the
// owner's closing under a quote aside, which is no answer.
func answeredOnce(want []inlineBlock) bool {
	texts := 0
	for i, b := range want {
		if !b.quote && !(i > 0 && want[i-1].tail) {
			texts++
		}
	}
	return want[0].quote && texts == 1
}

// inlineShow writes blocks as the answer would read with every quote kept.
func inlineShow(blocks []inlineBlock) string {
	var out []string
	for _, b := range blocks {
		if b.quote {
			for _, l := range b.lines {
				out = append(out, "> "+l)
			}
		} else {
			out = append(out, b.lines...)
		}
		out = append(out, "")
	}
	return strings.Join(out[:len(out)-1], "\n")
}
