package main

import (
	"fmt"
	"strings"

	"helpline/inbox"
)

// check parses a written mail back and makes sure it carries what the
// fixture promises: the owner's address, the notification it answers, and
// every line of the published text in the plain part and in the HTML part.
func check(r *reply, eml []byte, want string) error {
	m, err := inbox.Parse(eml)
	if err != nil {
		return err
	}
	if m.From.Addr != owner.addr {
		return fmt.Errorf("From %q", m.From.Addr)
	}
	if len(m.InReplyTo) != 1 || m.InReplyTo[0] != notifyID {
		return fmt.Errorf("In-Reply-To %q", m.InReplyTo)
	}
	if len(m.Warnings) > 0 && !r.has("warn") {
		return fmt.Errorf("parse warnings: %q", m.Warnings)
	}
	if err := linesIn(want, m.Text, "plain part"); err != nil && !r.has("noplaincheck") && !r.has("glued") {
		return err
	}
	if m.HTML == "" {
		return nil
	}
	hw := want
	if r.htmlWant != "" {
		hw = r.htmlWant
	}
	return linesIn(hw, inbox.HTMLToText(m.HTML), "HTML part")
}

// linesIn reports the first line of want that is not a line of text.
func linesIn(want, text, where string) error {
	have := map[string]bool{}
	for _, l := range strings.Split(text, "\n") {
		have[strings.TrimRight(l, " \t")] = true
	}
	for _, l := range strings.Split(want, "\n") {
		if l != "" && !have[l] {
			return fmt.Errorf("%s lacks %q:\n%s", where, l, text)
		}
	}
	return nil
}

// mustRender checks that an HTML fragment of the owner's text renders as
// the lines it was made from, so that plain and HTML parts agree.
func mustRender(fragment string, lines []string) string {
	got := inbox.HTMLToText(fragment)
	if want := expandLinks(tidy(lines), "%s (%s)"); got != want {
		panic(fmt.Sprintf("HTML renders differently\ngot:\n%s\nwant:\n%s\nfrom:\n%s", got, want, fragment))
	}
	return fragment
}
