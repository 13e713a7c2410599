package inbox

import "strings"

// Answer returns the owner's new text in a reply. The plain part is the
// owner's client's own rendering and is preferred, less the signatures the
// HTML part marks (Outlook writes its signature into the plain part with
// no "-- " line). The HTML part decides when there is no plain part, when
// trimming the plain part leaves nothing, or when the plain part is a lazy
// conversion whose history could not be told apart and so stays much
// longer than the trimmed HTML.
func Answer(m *Message) string {
	if m == nil {
		return ""
	}
	var reply htmlReply
	if m.HTML != "" {
		reply = readHTMLReply(m.HTML)
	}
	fromHTML, sigs := reply.text, reply.sigs
	if m.textFromHTML || reply.ownQuote {
		// The plain part quotes the owner's quote as it quotes the
		// history, and loses it with the history.
		return fromHTML
	}
	plain := m.trimmedText()
	if len(sigs) > 0 {
		plain = TrimReply(removeSignatures(m.Text, sigs))
	}
	if plain == "" || (fromHTML != "" && len(plain) > 2*len(fromHTML)+200) {
		if fromHTML != "" {
			return fromHTML
		}
	}
	return plain
}

// removeSignatures removes from text the first unquoted run of lines that
// reads as each signature, blank lines and link markup aside.
func removeSignatures(text string, sigs []string) string {
	lines := strings.Split(normalizeNewlines(limitText(text)), "\n")
	keys := make([]string, len(lines))
	for i, l := range lines {
		switch {
		case isQuoteLine(l):
			keys[i] = "\x00" // a quote ends a signature: no key matches it
		case !isSignatureMarker(l):
			keys[i] = sigKey(l)
		}
	}
	for _, sig := range sigs[:min(len(sigs), 4)] {
		var want []string
		for _, l := range strings.Split(sig, "\n") {
			if k := sigKey(l); k != "" && !isSignatureMarker(l) && len(want) < 40 {
				want = append(want, k)
			}
		}
		if start, end, ok := findLines(keys, want); ok {
			start, end = withImages(lines, start, end)
			lines = append(lines[:start], lines[end:]...)
			keys = append(keys[:start], keys[end:]...)
		}
	}
	return strings.Join(lines, "\n")
}

// sigKey is a line as compared with a signature's: links, case and spacing
// written the way either part writes them.
func sigKey(l string) string {
	t := plainLine(l)
	if strings.ContainsAny(t, "<([") {
		t = footerLink.ReplaceAllString(t, " ")
	}
	return strings.ToLower(strings.Join(strings.Fields(t), " "))
}

// findLines finds want, in order, in keys that may have empty ones between
// them, and returns the span of lines it covers.
func findLines(keys, want []string) (int, int, bool) {
	if len(want) == 0 {
		return 0, 0, false
	}
	for i := range keys {
		if keys[i] != want[0] {
			continue
		}
		k, j := 1, i+1
		for ; j < len(keys) && k < len(want); j++ {
			if keys[j] == "" {
				continue
			}
			if keys[j] != want[k] {
				break
			}
			k++
		}
		if k == len(want) {
			return i, j, true
		}
	}
	return 0, 0, false
}

// withImages widens the span [start, end) of a signature in lines over the
// images written as text just above and below it ("[image: logo]"), which
// the HTML part's signature holds as images with no text. Above it, only
// images right on top of its first line are its: an image in a paragraph
// of its own there is the last thing the owner put in the answer (a photo
// of the stretch they describe), and stays.
func withImages(lines []string, start, end int) (int, int) {
	image := func(l string) bool { t := plainLine(l); return isLogo(t) || isImageReference(t) }
	for start > 0 && image(lines[start-1]) {
		start--
	}
	for i := end; i < len(lines) && (image(lines[i]) || strings.TrimSpace(lines[i]) == ""); i++ {
		if image(lines[i]) {
			end = i + 1
		}
	}
	return start, end
}
