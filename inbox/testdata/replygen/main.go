// Command replygen writes the owner-reply fixtures in inbox/testdata/replies
// numbered from 052 up: for each case it models how one mail client formats
// a reply (attribution in its language, quoting, signature and footer
// markup, MIME structure, charset and transfer encoding) and writes the raw
// mail with the text the helpline must publish from it.
//
//	go run ./inbox/testdata/replygen -dir inbox/testdata/replies
//
// Fixtures 001-051 are written by hand and left alone. Every generated mail
// is parsed back with the inbox package to check that the text it must
// publish really is in its plain and HTML parts.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// firstGenerated is the number of the first fixture this program owns.
const firstGenerated = 52

// spec names one case: client, language, layout, signature kind, which of
// the language's topics, and client or content variants ("key" or
// "key=value", space separated).
type spec struct {
	client, lang, layout, sig string
	topic                     int
	v                         string
	text                      []string // the owner's text when not the topic's answer
	blocks                    []block  // the owner's inline reply when not built from the topic
}

// emitter writes one client's mail for a reply.
type emitter func(r *reply) string

func main() {
	dir := flag.String("dir", filepath.Join("inbox", "testdata", "replies"), "fixture directory")
	flag.Parse()
	if err := run(*dir); err != nil {
		fmt.Fprintln(os.Stderr, "replygen:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	if err := removeGenerated(dir); err != nil {
		return err
	}
	specs := allSpecs()
	clients := allClients()
	for i, s := range specs {
		r := build(s, firstGenerated+i)
		emit, ok := clients[s.client]
		if !ok {
			return fmt.Errorf("%03d: no client %q", r.num, s.client)
		}
		eml := emit(r)
		if r.opt["crlf"] != "" || r.has("crlf") {
			eml = strings.ReplaceAll(eml, "\n", "\r\n")
		}
		want := r.want()
		if linkToken.MatchString(want) {
			return fmt.Errorf("%03d: client %s left a link token", r.num, s.client)
		}
		if err := check(r, []byte(eml), want); err != nil {
			return fmt.Errorf("%03d-%s-%s: %w", r.num, s.client, s.lang, err)
		}
		if err := write(dir, r, eml, want); err != nil {
			return err
		}
	}
	fmt.Printf("wrote %d fixtures\n", len(specs))
	return nil
}

func removeGenerated(dir string) error {
	files, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil {
		return err
	}
	for _, f := range files {
		var n int
		if _, err := fmt.Sscanf(filepath.Base(f), "%03d-", &n); err == nil && n >= firstGenerated {
			if err := os.Remove(f); err != nil {
				return err
			}
		}
	}
	return nil
}

func write(dir string, r *reply, eml, want string) error {
	name := fmt.Sprintf("%03d-%s-%s-%s-%s", r.num, r.client, r.lang, r.layout, r.sig)
	if err := os.WriteFile(filepath.Join(dir, name+".eml"), []byte(eml), 0o644); err != nil {
		return err
	}
	if r.htmlWant != "" {
		if err := os.WriteFile(filepath.Join(dir, name+".html.want"), []byte(r.htmlWant+"\n"), 0o644); err != nil {
			return err
		}
	}
	return os.WriteFile(filepath.Join(dir, name+".want"), []byte(want+"\n"), 0o644)
}

// build resolves a spec into the reply to write.
func build(s spec, num int) *reply {
	ts := topicsFor(s.lang)
	t := ts[s.topic%len(ts)]
	r := &reply{num: num, client: s.client, lang: s.lang, layout: s.layout, sig: s.sig, t: t,
		variant: map[string]bool{}, opt: map[string]string{}}
	for _, w := range strings.Fields(s.v) {
		if k, v, ok := strings.Cut(w, "="); ok {
			r.opt[k] = v
		} else {
			r.variant[w] = true
		}
	}
	asked := askedAt(num, s.lang)
	r.sent = asked.Add(time.Duration(23+num*37%600) * time.Minute)
	if r.has("askfwd") {
		t.question = forwardedPlan(t)
		r.t = t
	}
	switch {
	case r.has("comment"):
		r.hist = moderation(t, asked, commenterFor(s.lang), commentFor(s.lang))
	case r.has("direct"):
		r.hist = direct(t, asked)
	default:
		r.hist = notification(t, asked, r.has("followup"))
	}
	if s.sig == "dashdash" || s.sig == "client" {
		r.sigLines = ownerSig(s.lang, num)
	}
	r.blocks = ownerBlocks(r, s)
	return r
}

// askedAt spreads the questions over 2026 at waking hours, in the zone of
// the owner's client.
func askedAt(num int, lang string) time.Time {
	day := time.Date(2026, 1, 4, 0, 0, 0, 0, time.UTC).AddDate(0, 0, num*53%360)
	t := time.Date(day.Year(), day.Month(), day.Day(), 6+num*7%15, num*13%60, num*29%60, 0, time.UTC)
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, zoneFor(lang, t))
}

// forwardedPlan is the reader's question with a plan from their club
// forwarded below it, as Gmail forwards.
func forwardedPlan(t topic) []string {
	q := append([]string{}, t.question...)
	return append(q, "", "", "---------- Forwarded message ---------",
		"From: Coach Tom <tom@runclub.example>", "Date: Sat, Oct 3, 2026 at 8:00 AM", "Subject: Plan for October",
		"To: "+t.asker.String(), "", "", "Week 1: 3 x 5 km easy, 1 x 8 km long.", "Week 2: add 4 x 400 m on Thursday.")
}

// ownerBlocks is what the owner typed, in order.
func ownerBlocks(r *reply, s spec) []block {
	if s.blocks != nil {
		return s.blocks
	}
	if s.layout != "inline" {
		text := s.text
		switch {
		case text != nil:
		case r.has("short"):
			text = []string{r.t.short}
		default:
			text = r.t.answer
		}
		return []block{{lines: text}}
	}
	return inlineBlocks(r, s)
}

func inlineBlocks(r *reply, s spec) []block {
	t := r.t
	if cmd := r.opt["cmd"]; cmd != "" {
		// A command typed under the line of the mail it is about.
		q := t.inline[0].q
		if r.has("comment") {
			q = commentFor(r.lang)[:1]
		}
		text := append([]string{strings.ReplaceAll(cmd, "_", " ")}, s.text...)
		return []block{{quote: true, lines: q}, {lines: text}, {quote: true, lines: restAfter(r.hist.lines, q)}}
	}
	var bs []block
	if r.has("greet") {
		bs = append(bs, block{lines: []string{t.answer[0]}})
	}
	pairs := t.inline
	if r.has("onepair") {
		pairs = pairs[:1]
	}
	for i, p := range pairs {
		q := p.q
		if i == 0 && r.has("head") {
			q = append(append(append([]string{}, r.hist.lines[:2]...), ""), q...)
		}
		bs = append(bs, block{quote: true, lines: q}, block{lines: p.a})
	}
	if s.text != nil {
		bs = append(bs, block{lines: s.text})
	}
	if r.has("signoff") {
		bs[len(bs)-1].lines = append(append(append([]string{}, bs[len(bs)-1].lines...), ""), signOff(t)...)
	}
	if !r.has("notrail") {
		if rest := restAfter(r.hist.lines, pairs[len(pairs)-1].q); len(rest) > 0 {
			bs = append(bs, block{quote: true, lines: rest})
		}
	}
	return bs
}

// signOff is the answer's last paragraph: "Cheers,\nMaren" and the like.
func signOff(t topic) []string {
	for i := len(t.answer) - 1; i >= 0; i-- {
		if t.answer[i] == "" {
			return t.answer[i+1:]
		}
	}
	return nil
}

// restAfter is what follows the quoted piece q in the mail, blank lines
// at its start dropped.
func restAfter(lines, q []string) []string {
	last := q[len(q)-1]
	for i, l := range lines {
		if l == last {
			rest := lines[i+1:]
			for len(rest) > 0 && rest[0] == "" {
				rest = rest[1:]
			}
			return rest
		}
	}
	panic("quoted piece not in the mail: " + last)
}
