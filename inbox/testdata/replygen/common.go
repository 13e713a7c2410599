package main

import (
	"fmt"
	"regexp"
	"strings"
	"time"
)

// rng is a small deterministic generator, so fixtures stay the same from
// run to run while ids and boundaries differ between fixtures.
type rng struct{ s uint64 }

func newRNG(r *reply, salt string) *rng {
	h := uint64(1469598103934665603)
	for _, c := range fmt.Sprintf("%d/%s/%s", r.num, r.client, salt) {
		h = (h ^ uint64(c)) * 1099511628211
	}
	return &rng{s: h | 1}
}

func (g *rng) next() uint64 {
	g.s ^= g.s << 13
	g.s ^= g.s >> 7
	g.s ^= g.s << 17
	return g.s
}

func (g *rng) pick(alphabet string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[g.next()%uint64(len(alphabet))]
	}
	return string(b)
}

const (
	hexLower = "0123456789abcdef"
	hexUpper = "0123456789ABCDEF"
	alnum    = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	upperNum = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
)

func (g *rng) hex(n int) string { return g.pick(hexLower, n) }
func (g *rng) HEX(n int) string { return g.pick(hexUpper, n) }

func (g *rng) uuid(upper bool) string {
	s := g.hex(8) + "-" + g.hex(4) + "-4" + g.hex(3) + "-" + g.pick("89ab", 1) + g.hex(3) + "-" + g.hex(12)
	if upper {
		return strings.ToUpper(s)
	}
	return s
}

// rfcDate is a Date header value.
func rfcDate(t time.Time) string { return t.Format("Mon, 2 Jan 2006 15:04:05 -0700") }

// rfcDate2 writes the day with two digits, as some clients do.
func rfcDate2(t time.Time) string { return t.Format("Mon, 02 Jan 2006 15:04:05 -0700") }

// who fills {who}, {name} and {addr} in an attribution template, then its
// date tokens.
func attribution(tpl, lang string, t time.Time, p person) string {
	s := strings.NewReplacer("{who}", p.String(), "{name}", p.name, "{addr}", p.addr).Replace(tpl)
	return fdate(lang, s, t)
}

// delivered is the trace our mail server adds on top of every mail.
func delivered(r *reply, host string) []string {
	recv := r.sent.Add(time.Duration(2+r.num%9) * time.Second)
	return []string{
		"Return-Path: <" + owner.addr + ">",
		"Delivered-To: ask@runhelp.example",
		fmt.Sprintf("Received: from %s (%s [192.0.2.%d])\n\tby mx.runhelp.example (Postfix) with ESMTPS id 4Z%s\n\tfor <%s>; %s",
			host, host, 10+r.num%200, newRNG(r, "rcv").pick(upperNum, 8), route, rfcDate(recv)),
	}
}

// ownerFrom is the From header, display name varied between fixtures.
func ownerFrom(r *reply, label string) string {
	names := []string{"Coach Maren Holt", "Maren Holt", "Maren Holt (Running Help)", "Coach Maren Holt"}
	name := names[r.num%len(names)]
	if strings.Contains(name, "(") {
		return "From: \"" + name + "\" <" + owner.addr + ">"
	}
	return "From: " + name + " <" + owner.addr + ">"
}

var urlRe = regexp.MustCompile(`https?://[^\s<>()]+[^\s<>().,;:!?]|[\w.+-]+@[\w-]+(\.[\w-]+)+`)

// linkToken marks a link whose text is not its address, "[[text|url]]",
// in a topic's or spec's text; each client writes it in its own way.
var linkToken = regexp.MustCompile(`\[\[([^|\]]+)\|([^\]]+)\]\]`)

// expandLinks writes the link tokens of s with format (text, then url).
func expandLinks(s, format string) string {
	return linkToken.ReplaceAllStringFunc(s, func(m string) string {
		p := linkToken.FindStringSubmatch(m)
		return fmt.Sprintf(format, p[1], p[2])
	})
}

// namedLinks replaces the link tokens in the owner's text with the
// client's plain-text form and returns the lines with the tokens, for the
// HTML part; the HTML renders them as "text (url)", which the fixture's
// .html.want records.
func (r *reply) namedLinks(plainFormat string) []string {
	tok := r.text()
	if !linkToken.MatchString(join(tok)) {
		return tok
	}
	r.htmlWant = expandLinks(r.want(), "%s (%s)")
	plain := make([]string, len(tok))
	for i, l := range tok {
		plain[i] = expandLinks(l, plainFormat)
	}
	r.blocks[0].lines = plain
	return tok
}

// linkify escapes a line and links its addresses and URLs, as editors do
// while one types.
func linkify(s string) string {
	if m := linkToken.FindStringSubmatchIndex(s); m != nil {
		return linkify(s[:m[0]]) + `<a href="` + s[m[4]:m[5]] + `">` + htmlEscape(s[m[2]:m[3]]) + `</a>` + linkify(s[m[1]:])
	}
	var b strings.Builder
	last := 0
	for _, m := range urlRe.FindAllStringIndex(s, -1) {
		b.WriteString(htmlEscape(s[last:m[0]]))
		u := s[m[0]:m[1]]
		href := u
		if !strings.Contains(u, "://") {
			href = "mailto:" + u
		}
		fmt.Fprintf(&b, `<a href="%s">%s</a>`, href, htmlEscape(u))
		last = m[1]
	}
	b.WriteString(htmlEscape(s[last:]))
	return b.String()
}

// perLine renders the owner's lines one element each, blank lines as the
// client's empty element, and checks the result reads back as the lines.
func perLine(ls []string, open, close, blank string) string {
	var b strings.Builder
	for _, l := range ls {
		if l == "" {
			b.WriteString(blank)
			continue
		}
		b.WriteString(open + linkify(l) + close)
	}
	return mustRender(b.String(), ls)
}

// paras renders paragraphs as open ... close with line breaks inside.
func paras(ls []string, open, close, br string) string {
	var b strings.Builder
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			b.WriteString(open + strings.Join(cur, br) + close)
			cur = nil
		}
	}
	for _, l := range ls {
		if l == "" {
			flush()
			continue
		}
		cur = append(cur, linkify(l))
	}
	flush()
	return mustRender(b.String(), ls)
}

// brText renders lines joined by br, a blank line as an empty line.
func brText(ls []string, br string) string {
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = linkify(l)
	}
	return strings.Join(out, br)
}

// histHTML is the quoted mail's text as clients put a plain-text mail in
// HTML: escaped, lines joined with br.
func histHTML(ls []string, br string) string {
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = htmlEscape(l)
	}
	return strings.Join(out, br)
}

// reSubject is the reply's subject with the client's prefix.
func reSubject(prefix string, h history) string { return prefix + " " + h.subject }

// subjectHeader encodes a subject the way a client does: Q or B words in
// its charset label.
func subjectHeader(s, label string, b bool) string {
	if b {
		return "Subject: " + bword(s, label)
	}
	return "Subject: " + qword(s, label)
}

// serialize writes the top-level header lines, then the root part.
func serialize(top []string, root *part) string {
	var b strings.Builder
	for _, h := range top {
		b.WriteString(h + "\n")
	}
	root.write(&b)
	return b.String()
}

// plainCTE picks the transfer encoding a client that sends 7bit for ASCII
// and enc otherwise would use.
func plainCTE(text, enc string) string {
	if isASCII(text) {
		return "7bit"
	}
	return enc
}

// hasCJK reports text that clients tend to send base64.
func hasCJK(lang string) bool { return lang == "ja" || lang == "zh" }
