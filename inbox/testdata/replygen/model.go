package main

import (
	"fmt"
	"strings"
	"time"
)

type person struct{ name, addr string }

func (p person) String() string { return p.name + " <" + p.addr + ">" }

// The people every fixture shares: the owner answering, the helpline whose
// notification she answers, and the route her reply goes to.
var (
	owner    = person{"Maren Holt", "maren@runhelp.example"}
	helpline = person{"Running Help", "ask@runhelp.example"}
)

const (
	route     = "ask+a.42-k3j5m2hq7wbn4@runhelp.example"
	notifyID  = "a.42-k3j5m2hq7wbn4@runhelp.example"
	siteURL   = "https://runhelp.example"
	questionN = 42
)

// topic is a reader's question and the owner's answer, in one language.
type topic struct {
	subject  string
	asker    person
	question []string // the reader's mail, "" for a blank line
	answer   []string // the owner's answer as typed, greeting to sign-off
	inline   []pair   // answers typed under pieces of the question
	short    string   // a one-line answer
}

// pair is a piece of the question, quoted, and what the owner typed under it.
type pair struct{ q, a []string }

// block is a run of the owner's reply: her own lines, or a quote of the
// mail she answers that she left between them.
type block struct {
	quote bool
	lines []string
}

// history is the mail being answered, which clients quote or attach below.
type history struct {
	from, to person
	subject  string
	date     time.Time
	lines    []string
	msgID    string
}

// reply is one fixture: what the owner typed and where, in which client.
type reply struct {
	num                       int
	client, lang, layout, sig string
	t                         topic
	blocks                    []block
	sigLines                  []string
	hist                      history
	sent                      time.Time
	variant                   map[string]bool
	opt                       map[string]string
	htmlWant                  string // set when the HTML part renders the text differently
}

func (r *reply) has(v string) bool { return r.variant[v] }

// text is the owner's own text of a top- or bottom-posted reply.
func (r *reply) text() []string {
	if len(r.blocks) != 1 || r.blocks[0].quote {
		panic(fmt.Sprintf("%03d: text() on a reply with %d blocks", r.num, len(r.blocks)))
	}
	return r.blocks[0].lines
}

// want is the published text the policy asks for: the owner's lines; for
// inline answers the quote blocks she answered stay as "> " lines; a
// trailing quote goes, and so does a lone leading one (bottom-posting).
func (r *reply) want() string {
	bs := r.blocks
	for len(bs) > 0 && bs[len(bs)-1].quote {
		bs = bs[:len(bs)-1]
	}
	quotes := 0
	for _, b := range bs {
		if b.quote {
			quotes++
		}
	}
	if quotes == 1 && len(bs) > 0 && bs[0].quote {
		bs = bs[1:]
	}
	var out []string
	for i, b := range bs {
		if i > 0 {
			out = append(out, "")
		}
		for _, l := range b.lines {
			if b.quote {
				l = quoteLine("> ", l)
			}
			out = append(out, l)
		}
	}
	return tidy(out)
}

// quoteLine prefixes a line, leaving no trailing space on an empty one.
func quoteLine(prefix, l string) string {
	if l == "" {
		return strings.TrimRight(prefix, " ")
	}
	return prefix + l
}

func quoteAll(prefix string, lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = quoteLine(prefix, l)
	}
	return out
}

// tidy trims trailing space, collapses blank runs and drops blank lines at
// either end.
func tidy(lines []string) string {
	var out []string
	for _, l := range lines {
		l = strings.TrimRight(l, " \t")
		if l == "" && (len(out) == 0 || out[len(out)-1] == "") {
			continue
		}
		out = append(out, l)
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return strings.Join(out, "\n")
}

func join(lines []string) string { return strings.Join(lines, "\n") }

// notification is the helpline's mail about a new question, as the
// owner's client quotes it.
func notification(t topic, asked time.Time, followup bool) history {
	kind, subj := "New question", "Question: "+t.subject
	if followup {
		kind, subj = "Follow-up", "Follow-up: "+t.subject
	}
	lines := []string{fmt.Sprintf("%s #%d from %s", kind, questionN, t.asker), "Title: " + t.subject, ""}
	lines = append(lines, t.question...)
	lines = append(lines, "", "---",
		"Reply to this mail to publish your answer: write it above the quote; the quote",
		"and your signature are left out. A later reply replaces the answer.",
		"Reply with !hide on the first line to withdraw the question, !show to bring it back.",
		"Asker's message: <"+askerMsgID(t, asked)+">")
	return history{from: helpline, to: owner, subject: subj, date: asked, lines: lines, msgID: notifyID}
}

// moderation is the helpline's mail about a comment held for approval.
func moderation(t topic, asked time.Time, commenter string, comment []string) history {
	lines := []string{fmt.Sprintf("A new comment on %q is waiting for you.", t.subject), "", "From: " + commenter, ""}
	lines = append(lines, comment...)
	lines = append(lines, "", `Reply with "approve" to publish it or "reject" to keep it off the site.`, "",
		siteURL+"/q/42")
	return history{from: helpline, to: owner, subject: "Comment to approve: " + t.subject, date: asked,
		lines: lines, msgID: notifyID}
}

// direct is the reader's own mail, for the replies that quote it.
func direct(t topic, asked time.Time) history {
	return history{from: t.asker, to: helpline, subject: t.subject, date: asked, lines: t.question,
		msgID: askerMsgID(t, asked)}
}

func askerMsgID(t topic, asked time.Time) string {
	_, domain, _ := strings.Cut(t.asker.addr, "@")
	return fmt.Sprintf("%s.%04x@%s", asked.UTC().Format("20060102150405"), asked.Unix()*7919%65521, domain)
}

// ownerSig is the owner's signature, in the language of the reply.
func ownerSig(lang string, n int) []string {
	role := map[string]string{
		"en": "Running coach", "de": "Lauftrainerin", "fr": "Coach running", "es": "Entrenadora de running",
		"it": "Allenatrice di corsa", "nl": "Hardlooptrainer", "ptbr": "Treinadora de corrida",
		"ptpt": "Treinadora de corrida", "sv": "Löpcoach", "da": "Løbetræner", "no": "Løpetrener",
		"pl": "Trenerka biegania", "ru": "Тренер по бегу", "uk": "Тренерка з бігу", "fi": "Juoksuvalmentaja",
		"cs": "Trenérka běhu", "tr": "Koşu antrenörü", "ja": "ランニングコーチ", "zh": "跑步教练",
		"vi": "Huấn luyện viên chạy bộ",
	}[lang]
	dot, dash := " · ", " – "
	if lang == "en" {
		dot, dash = " | ", " - "
	}
	switch n % 4 {
	case 0:
		return []string{"Maren Holt", role + dot + "Running Help", siteURL}
	case 1:
		return []string{"Maren Holt", role, siteURL}
	case 2:
		return []string{"Maren Holt | Running Help", "+44 20 7946 0321 | " + siteURL}
	}
	return []string{"Maren Holt", "Running Help" + dash + role}
}
