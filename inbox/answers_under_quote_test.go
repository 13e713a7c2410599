package inbox

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestAnswersUnderQuote writes the owner's answers right under a quoted
// line, with no blank line between, as many answer in mutt, neomutt and
// s-nail and some in other clients' plain-text mode: under quoted lines
// of every width, ending mid-sentence, on a comma or on a question mark,
// in lower and upper case, from one word to two lines, with and without a
// blank line under the answer. Every typed line must come out, in order,
// and the quotes kept must be the question's.
func TestAnswersUnderQuote(t *testing.T) {
	n := 0
	for _, width := range underWidths {
		for _, end := range underEnds {
			for ai, answer := range underAnswers {
				for _, upper := range []bool{false, true} {
					for _, pos := range underPositions {
						for _, blank := range []bool{false, true} {
							n++
							if n%raceStride != 0 {
								continue
							}
							c := underClients[n%len(underClients)]
							a := answer
							if upper {
								a = upperFirst(a)
							}
							name := fmt.Sprintf("%s, line of %d ending %q, answer %d upper %v, %s, blank after %v", c.name, width, end, ai, upper, pos.name, blank)
							segs := underSegs(underLine(width, end), a, pos)
							checkUnder(t, c, name, segs, blank)
						}
					}
				}
			}
		}
	}
	t.Logf("%d shapes", n)
}

// TestAnswersUnderRewrappedQuote lays out a reply in a client that wraps
// the quoted lines it sends at 72, 76 or 78 and leaves the rest of each
// line without its ">", with the answer above the quote, below it after a
// blank line, or between its paragraphs. The rests are the question's:
// the answer comes out alone, or with the quotes it follows.
func TestAnswersUnderRewrappedQuote(t *testing.T) {
	n := 0
	for _, wrap := range []int{72, 76, 78} {
		for _, sent := range []int{60, 72, 76, 78} {
			q := rewrapQuestion(sent)
			for _, layout := range rewrapLayouts {
				for _, notify := range []bool{false, true} {
					n++
					name := fmt.Sprintf("wrapped at %d, sent at %d, %s, notification %v", wrap, sent, layout.name, notify)
					c := inlineClient{name: "wrapping", attribution: "On 2025-06-03 10:12, Lena Fischer wrote:",
						prefix: "> ", empty: ">", nest: ">", cte: "quoted-printable", wrap: wrap}
					r := layout.reply(q, notify)
					checkInline(t, c, name, r)
				}
			}
		}
	}
	t.Logf("%d shapes", n)
}

// underClient is how a client writes a plain-text reply the owner types
// into right under the quote.
type underClient struct {
	name, attribution string
	// quotedAttr quotes the attribution, as Apple Mail does; blankUnder
	// leaves a blank line under it, as Gmail does.
	quotedAttr, blankUnder bool
	empty                  string
	flowed                 bool
}

var underClients = []underClient{
	{name: "mutt", attribution: "* Lena Fischer <lena@example.net> [2025-06-03 10:12]:", empty: ">"},
	{name: "neomutt", attribution: "On Tue, Jun 03, 2025 at 10:12:45AM +0200, Lena Fischer wrote:", empty: ">"},
	{name: "s-nail", attribution: "Lena Fischer <lena@example.net> wrote:", empty: ">"},
	{name: "thunderbird", attribution: "On 6/3/25 10:12 AM, Lena Fischer wrote:", empty: ">", flowed: true},
	{name: "apple mail", attribution: "On 3 Jun 2025, at 10:12, Lena Fischer <lena@example.net> wrote:", quotedAttr: true, empty: "> "},
	{name: "gmail", attribution: "On Tue, Jun 3, 2025 at 10:12 AM Lena Fischer <lena@example.net> wrote:", blankUnder: true, empty: ">"},
}

// underWidths are the widths of the quoted line answered, its "> " left
// out.
var underWidths = []int{18, 30, 44, 50, 56, 60, 64, 66, 68, 70, 71, 72, 73, 74, 75, 76, 77, 78}

// underEnds end the quoted line answered: mid-sentence, on a comma, on a
// question mark.
var underEnds = []string{"", ",", "?"}

// underAnswers are typed under the quoted line, as the owner writes them
// in lower case.
var underAnswers = []string{
	"yes",
	"no, not yet",
	"shorten your stride",
	"shorten your stride.",
	"you should not stop, just run slower for a while",
	"it helps a little, but only if you do it every day and not just after the long run",
	"no\nwalk the hills instead",
	"keep the long run\nand make the second run of the week a short tempo run.",
}

// underPosition is where the answer under the line goes, and where the
// owner's other answers go, laid out the same way.
type underPosition struct {
	name string
	// at is the paragraph answered under its last line; the paragraphs
	// in others are answered too.
	at     int
	others []int
}

var underPositions = []underPosition{
	{name: "top of an inline answer", at: 0, others: []int{2}},
	{name: "middle", at: 1, others: []int{0, 2}},
	{name: "bottom, answered once", at: 2},
	{name: "bottom, after an earlier answer", at: 2, others: []int{0}},
}

// underOther is what the owner answers to the other paragraphs.
var underOther = []string{"Good.", "See a physio if it gets worse.", "That is fine."}

// underWords fill the quoted line answered.
var underWords = strings.Fields("and my knees hurt when I go downhill on trails or run the long loop through the woods behind our house in the rain")

// underFillers make a quoted line exactly as wide as wanted: one word of
// each length.
var underFillers = []string{"a", "so", "the", "legs", "knees", "easier", "running", "downhill", "afterward", "afterwards", "comfortably"}

// underLine is a quoted line's text as wide as width, ending on end.
func underLine(width int, end string) string {
	words := []string{"I", "run", "three", "times", "a", "week"}
	words = append(words, underWords...)
	var b []string
	n := -1
	for _, w := range words {
		if n+1+len(w)+len(end) > width {
			break
		}
		b, n = append(b, w), n+1+len(w)
	}
	left := width - len(end) - n
	for left == 1 || left-1 > len(underFillers) {
		n -= len(b[len(b)-1]) + 1
		b = b[:len(b)-1]
		left = width - len(end) - n
	}
	if left > 0 {
		b = append(b, underFillers[left-2])
	}
	return strings.Join(b, " ") + end
}

// underSegs is the question, its paragraph pos.at ending on line, and
// the answers.
func underSegs(line, answer string, pos underPosition) []inlineSeg {
	paras := []string{"Hi Maren,\nMy knees hurt.", "Also a second thing.", "And one more."}
	paras[pos.at] += "\n" + line
	var segs []inlineSeg
	for i, p := range paras {
		segs = append(segs, inlineSeg{quote: true, text: p})
		switch {
		case i == pos.at:
			segs = append(segs, inlineSeg{text: answer})
		case containsInt(pos.others, i):
			segs = append(segs, inlineSeg{text: underOther[i]})
		}
	}
	return segs
}

func containsInt(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// checkUnder checks the answer read from segs as c lays them out, each
// answer typed right under its quote, with a blank line under it where
// blank is set.
func checkUnder(t *testing.T, c underClient, name string, segs []inlineSeg, blank bool) {
	t.Helper()
	m, err := Parse([]byte(plainMail(c.plain(segs, blank), "8bit", c.flowed)))
	if err != nil {
		t.Fatalf("%s: parse: %v", name, err)
	}
	want := inlineWant(inlineReply{segs: segs})
	got := tidy(Answer(m))
	if why := matchInline(inlineBlocks(got, false), want); why != "" {
		t.Errorf("%s: %s\ngot  %q\nwant %q", name, why, got, inlineShow(want))
	}
}

// plain is the client's plain-text reply.
func (c underClient) plain(segs []inlineSeg, blank bool) string {
	var b strings.Builder
	if c.quotedAttr {
		b.WriteString("> " + c.attribution + "\n" + c.empty + "\n")
	} else {
		b.WriteString(c.attribution + "\n")
		if c.blankUnder {
			b.WriteString("\n")
		}
	}
	for i, s := range segs {
		if !s.quote {
			b.WriteString(s.text + "\n")
			if blank {
				b.WriteString("\n")
			}
			continue
		}
		for _, l := range strings.Split(s.text, "\n") {
			b.WriteString("> " + l + "\n")
		}
		if i+1 < len(segs) && segs[i+1].quote {
			b.WriteString(c.empty + "\n")
		}
	}
	return b.String()
}

// upperFirst is t starting with a capital.
func upperFirst(t string) string {
	r, n := utf8.DecodeRuneInString(t)
	return string(unicode.ToUpper(r)) + t[n:]
}

// rewrapQuestion is a question whose lines the writer's client broke at
// width sent.
func rewrapQuestion(sent int) inlineQuestion {
	paras := []string{
		"Hi Maren,",
		"I started running in March and now go out three times a week, mostly on the flat route along the river, and my longest run is twelve kilometres at an easy pace.",
		"Last week my left knee began to hurt on the outside after about eight kilometres, and it only got better after two days of rest and a lot of walking.",
		"Should I stop for a while, or can I go on running slower?",
		"Thanks,\nLena",
	}
	for i, p := range paras {
		paras[i] = wrapAt(p, sent)
	}
	return inlineQuestion{name: fmt.Sprintf("sent at %d", sent), paras: paras}
}

// wrapAt breaks each line of text longer than width at a space.
func wrapAt(text string, width int) string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		for len(l) > width {
			cut := strings.LastIndex(l[:width+1], " ")
			if cut <= 0 {
				break
			}
			out = append(out, l[:cut])
			l = l[cut+1:]
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// rewrapLayout lays out the owner's answer to a question.
type rewrapLayout struct {
	name  string
	reply func(q inlineQuestion, notify bool) inlineReply
}

var rewrapLayouts = []rewrapLayout{
	{"answer above the quote", func(q inlineQuestion, notify bool) inlineReply {
		return inlineReply{intro: "Run slower for two weeks.\n\nMaren", segs: rewrapSegs(q, notify, nil)}
	}},
	{"answer below the quote", func(q inlineQuestion, notify bool) inlineReply {
		return inlineReply{segs: rewrapSegs(q, notify, map[int]string{len(q.paras) - 1: "Run slower for two weeks."})}
	}},
	{"answers between the paragraphs", func(q inlineQuestion, notify bool) inlineReply {
		return inlineReply{segs: rewrapSegs(q, notify, map[int]string{1: "That is a good start.", 3: "Run slower for two weeks."})}
	}},
}

// rewrapSegs is q's paragraphs, each followed by the answer to it in
// answers.
func rewrapSegs(q inlineQuestion, notify bool, answers map[int]string) []inlineSeg {
	var segs []inlineSeg
	if notify {
		segs = append(segs, inlineSeg{quote: true, text: inlineNotifyHead})
	}
	for i, p := range q.paras {
		segs = append(segs, inlineSeg{quote: true, text: p})
		if a, ok := answers[i]; ok {
			segs = append(segs, inlineSeg{text: a})
		}
	}
	if notify {
		segs = append(segs, inlineSeg{quote: true, text: notifyFooter})
	}
	return segs
}
