package inbox

import "strings"

// The questions, answers and endings the inline generator puts together.

// inlineQuestion is a reader's question, paragraph by paragraph, as it
// reaches the owner.
type inlineQuestion struct {
	name  string
	paras []string
}

var inlineQuestions = []inlineQuestion{
	{"short lines", []string{
		"Hi Maren,",
		"My calves hurt after every long run.",
		"Should I stop running for a while?",
	}},
	{"paragraphs and a list", []string{
		"Hello,",
		"I started running in March and now go out three times a week.\n" +
			"My longest run is 12 km, at an easy pace, on a flat route\nalong the river.",
		"This is my week at the moment:\n- Monday 5 km\n- Wednesday 6 km\n- Saturday 12 km",
		"Is it too much to add a fourth day?",
		"Thanks a lot,\nLena",
	}},
	{"two long paragraphs", []string{
		"Last month I ran my first half marathon in 2:05. The first 15 km felt\n" +
			"easy, then my legs went heavy and I walked the last two.",
		"What should I change for the next one? I have twelve weeks, and I can\n" +
			"train four days a week, one of them a long run on Sunday.",
	}},
	{"one long line a paragraph", []string{
		"Hi Maren, I have been running for two years now, mostly 5 and 10 km races, and this autumn I would like to try my first marathon with my club.",
		"My problem is that every time I go over 25 km my left knee starts to hurt on the outside, and it only gets better after a few days of rest.",
		"Is this something I can train away, or should I see someone first?",
	}},
	{"a follow-up citing an earlier answer", []string{
		"Thanks for your answer last week. You wrote:",
		"> Run the easy days slower than feels right.",
		"How slow is slow? My watch says 6:10/km\nand I can still talk.",
		"And do the strides count as easy?",
	}},
}

// inlineReplies are what the owner types between the paragraphs, in turn.
var inlineReplies = []string{
	"Not at all, sore calves are common in the first months.",
	"Yes, take three days off and then run half the distance.\nIf it still hurts, see a physio.",
	"Add the fourth day as a short one:\n\n- 30 minutes easy\n- no watch",
	"Slow enough to chat. 6:10 sounds right for you.",
	"They do, as long as you walk back between them.",
	"Good question!",
	"yes, that is fine on a phone too",
	"Yes",
	"Twelve weeks is plenty. Keep the long run, make the second run of the week a tempo run of 20 to 30 minutes, and do the other two as easy runs.",
}

// inlineEnding is what comes after the owner's last answer.
type inlineEnding struct {
	name string
	// closing is typed by the owner, and stays.
	closing string
	// underTail puts the closing under the quote left unanswered.
	underTail bool
	// sig is a "-- " signature the client writes, where its settings
	// put it; it goes.
	sig string
	// footer is a mobile app's line; it goes.
	footer string
}

var inlineEndings = []inlineEnding{
	{name: "nothing"},
	{name: "closing and name", closing: "Cheers,\nMaren"},
	{name: "closing under the tail", closing: "Best,\nMaren", underTail: true},
	{name: "signature", sig: "Maren Holt\nRunning Training Helpline\nhttps://helpline.example.org"},
	{name: "closing and signature", closing: "Kind regards,\nMaren", sig: "Maren Holt | Running Training Helpline"},
	{name: "mobile footer", footer: "Sent from my iPhone"},
}

// inlinePattern is where the owner answers: after each paragraph whose
// index after returns true. cut answers inside the first paragraph of
// several lines, after its first line.
type inlinePattern struct {
	name  string
	after func(i, n int) bool
	cut   bool
	// intro is typed over the quote, as the owner says where the
	// answers are.
	intro string
}

var inlinePatterns = []inlinePattern{
	{name: "after the first", after: func(i, n int) bool { return i == 0 }},
	{name: "after the middle", after: func(i, n int) bool { return i == n/2 }},
	{name: "after the last", after: func(i, n int) bool { return i == n-1 }},
	{name: "skipping the first", after: func(i, n int) bool { return i > 0 }},
	{name: "after every one", after: func(i, n int) bool { return true }},
	{name: "after the first two, tail left", after: func(i, n int) bool { return i < 2 && n > 2 || i == 0 }},
	{name: "cutting a paragraph", cut: true, after: func(i, n int) bool { return i == n-1 }},
	{name: "a line over the quote, then after every one", intro: "Hi Lena, my answers are below.",
		after: func(i, n int) bool { return true }},
	{name: "a line over the quote, then skipping the first", intro: "See below.", after: func(i, n int) bool { return i > 0 }},
}

// inlineSeg is a piece of the reply: a quoted paragraph of the question
// (its lines unquoted) or lines the owner typed.
type inlineSeg struct {
	quote bool
	text  string
}

// inlineNotifyHead is the paragraph over the question in the owner's
// notification, which the owner replies to unless they answer from the
// helpline's own mailbox.
const inlineNotifyHead = "New question #12 from Lena Fischer <lena@example.net>\nTitle: Calf pain after long runs"

// inlineSegs lays out the question and the owner's answers by pattern p,
// in the notification where notify is set, the first answer being
// inlineReplies[first].
func inlineSegs(q inlineQuestion, p inlinePattern, notify bool, first int) []inlineSeg {
	var segs []inlineSeg
	reply := first
	answer := func() {
		segs = append(segs, inlineSeg{text: inlineReplies[reply%len(inlineReplies)]})
		reply++
	}
	paras := q.paras
	if notify {
		segs = append(segs, inlineSeg{quote: true, text: inlineNotifyHead})
	}
	cut := p.cut
	for i, para := range paras {
		if first, rest, ok := strings.Cut(para, "\n"); cut && ok && !isQuoteLine(para) {
			cut = false
			segs = append(segs, inlineSeg{quote: true, text: first})
			answer()
			para = rest
		}
		segs = append(segs, inlineSeg{quote: true, text: para})
		if p.after(i, len(paras)) {
			answer()
		}
	}
	if notify {
		segs = append(segs, inlineSeg{quote: true, text: notifyFooter})
	}
	return segs
}

// lastTyped is the index of the last segment the owner typed.
func lastTyped(segs []inlineSeg) int {
	last := -1
	for i, s := range segs {
		if !s.quote {
			last = i
		}
	}
	return last
}
