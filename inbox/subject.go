package inbox

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"helpline/internal/prose"
)

// Reply and forward prefixes in the languages clients use, lowercased:
// "Re:", "AW:", "SV:", "Antw:", "Rif:", "R:", "Odp:", "Réf:" for a
// reply; "Fwd:", "Fw:", "WG:", "TR:", "RV:", "Enc:", "Doorst:", "VB:",
// "VL:" for a forward; "VS:" is a forward's in Norwegian and a reply's in
// Finnish.
var (
	replyWords   = []string{"re", "aw", "sv", "antw", "rif", "r", "odp", "réf", "ref"}
	forwardWords = []string{"fwd", "fw", "wg", "tr", "rv", "enc", "doorst", "vb", "vl"}
)

// replyPrefix matches one reply or forward prefix, "RE[2]:" with its
// count too, with an ASCII or full-width colon.
var replyPrefix = regexp.MustCompile(`(?i)^\s*(` + strings.Join(slices.Concat(replyWords, forwardWords, []string{"vs"}), "|") +
	`)\s*(\[\d+\]|\(\d+\))?\s*[:：]\s*`)

// firstPrefix is the first reply or forward prefix of a subject, after a
// list tag, lowercased without its colon: "fwd" for "[club] Fwd: Knee".
func firstPrefix(s string) string {
	if loc := listTag.FindStringIndex(s); loc != nil {
		s = s[loc[1]:]
	}
	m := replyPrefix.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	return strings.ToLower(m[1])
}

// forwardSubject reports a subject that starts with a forward's prefix.
func forwardSubject(s string) bool {
	return slices.Contains(forwardWords, firstPrefix(s))
}

// replySubject reports a subject that starts with a reply's prefix, and
// so with none a forward may have.
func replySubject(s string) bool {
	return slices.Contains(replyWords, firstPrefix(s))
}

// listTag matches a "[list]" tag at the start.
var listTag = regexp.MustCompile(`^\s*\[[^\[\]]{1,40}\]\s*`)

// CleanSubject strips the reply and forward prefixes and list tags that
// pile up at the start of a subject and collapses its whitespace.
func CleanSubject(s string) string {
	s = prose.OneLine(s)
	for {
		loc := replyPrefix.FindStringIndex(s)
		if loc == nil {
			loc = listTag.FindStringIndex(s)
		}
		if loc == nil || loc[1] == 0 {
			return strings.TrimSpace(s)
		}
		s = s[loc[1]:]
	}
}

// Limits for a title made from the body of a mail without a subject.
const (
	titleWords = 10
	titleChars = 70
)

// maxTitleChars bounds what a mail's sender chooses without limit: a
// title travels in the subject of every mail about its question and heads
// its page.
const maxTitleChars = 200

// limitTitle cuts a title longer than maxTitleChars at a word boundary
// and drops the characters that set the direction of text, as the site's
// form does: a title is shown inside other text, in lists beside dates
// and in the subjects of our mail, where an override left open turns the
// words after it around.
func limitTitle(s string) string {
	s, _ = prose.Shorten(prose.WithoutDirection(s), maxTitleChars)
	return s
}

// Title makes s fit to be a question's title, as the owner renames one
// from the command line or with "!title" in a reply: one line of text,
// without controls, cut at maxTitleChars.
func Title(s string) string {
	return limitTitle(prose.OneLine(s))
}

// TitleFromBody makes a title for a mail without a subject: its first
// sentence when that is short, else its first words cut at a word boundary
// and ended with "…". Like limitTitle, it drops the characters that set
// the direction of text.
func TitleFromBody(text string) string {
	words := strings.Fields(prose.WithoutDirection(prose.Clean(text)))
	if len(words) == 0 {
		return ""
	}
	var b strings.Builder
	for i, w := range words {
		if i == titleWords || utf8.RuneCountInString(b.String())+1+utf8.RuneCountInString(w) > titleChars {
			break
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		if endsSentence(w) {
			return b.String()
		}
	}
	title := b.String()
	if title == "" {
		// One word longer than the limit: cut it at a rune boundary.
		r := []rune(words[0])
		return string(r[:titleChars]) + "…"
	}
	if len(title) == len(strings.Join(words, " ")) {
		return title
	}
	return strings.TrimRight(title, ",;:-–—") + "…"
}

func endsSentence(w string) bool {
	return strings.HasSuffix(w, "?") || strings.HasSuffix(w, "!") ||
		(strings.HasSuffix(w, ".") && !strings.HasSuffix(w, "..") && utf8.RuneCountInString(w) > 3)
}
