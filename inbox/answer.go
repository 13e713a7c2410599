package inbox

import (
	"slices"
	"strings"
	"unicode"
)

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
		reply = readHTMLReply(m.HTML, m.signerName())
	}
	fromHTML, sigs := reply.text, reply.sigs
	if m.textFromHTML || reply.ownQuote {
		// The plain part quotes the owner's quote as it quotes the
		// history, and loses it with the history.
		return fromHTML
	}
	plain := m.trimmedText()
	if len(sigs) > 0 {
		plain = trimReplyFrom(removeSignatures(m.Text, sigs), m.signerName())
	}
	if plain == "" || (fromHTML != "" && len(plain) > 2*len(fromHTML)+200) {
		if fromHTML != "" {
			return fromHTML
		}
	}
	return plain
}

// signerName is the name the sender may sign with: the display name From
// carries, else the names the address is made of, as many are
// ("stefano.costa@…" signs "Stefano Costa"). Words with a digit, or of
// one letter, are no names.
func (m *Message) signerName() string {
	if m.From.Name != "" {
		return m.From.Name
	}
	local, _ := splitAddr(m.From.Addr)
	words := strings.FieldsFunc(local, func(r rune) bool { return r == '.' || r == '_' || r == '-' })
	for _, w := range words {
		if len(w) < 2 || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) {
			return ""
		}
	}
	return strings.Join(words, " ")
}

// removeSignatures removes from text the first unquoted run of lines that
// reads as each signature, blank lines and link markup aside, with the
// placeholders of the signature's images.
func removeSignatures(text string, sigs []htmlSig) string {
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
		for _, l := range strings.Split(sig.text, "\n") {
			if k := sigKey(l); k != "" && !isSignatureMarker(l) && len(want) < 40 {
				want = append(want, k)
			}
		}
		pics := newSigPictures(sig.images)
		if start, end, ok := findLines(pics.blanked(lines, keys), want, func(start, end int) bool { return !carriesOn(lines, start, end) }); ok {
			start, end = pics.widen(lines, start, end)
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

// carriesOn reports the run of lines from start to end as words of the
// owner's that a signature holds too, as when the owner names the phone's
// line ("It says\nSent from my iPhone\nby default."): a sentence opens
// straight over the run, and the line at end, straight under it, closes
// it.
func carriesOn(lines []string, start, end int) bool {
	if start == 0 || !opensSentence(lines[start-1]) || end >= len(lines) || isQuoteLine(lines[end]) {
		return false
	}
	return closesSentence(lines, end)
}

// findLines finds want, in order, in keys that may have empty ones between
// them, and returns the span of lines it covers: the first span that ok
// takes.
func findLines(keys, want []string, ok func(start, end int) bool) (int, int, bool) {
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
		if k == len(want) && ok(i, j) {
			return i, j, true
		}
	}
	return 0, 0, false
}

// sigPictures are the images of one signature, each until a placeholder
// in the plain part is matched to it.
type sigPictures struct {
	images []sigImage
	used   []bool
}

func newSigPictures(images []sigImage) *sigPictures {
	return &sigPictures{images: images, used: make([]bool, len(images))}
}

// match is an image not yet matched that line l is a placeholder of, or
// -1: with lead set, one over the signature's text; else one of the rest
// first.
func (p *sigPictures) match(l string, lead bool) int {
	if len(p.images) == 0 {
		return -1
	}
	k := placeholderKey(plainLine(l))
	first := -1
	for i, img := range p.images {
		if p.used[i] || lead && !img.lead || !slices.Contains(img.names, k) {
			continue
		}
		if img.lead == lead {
			return i
		}
		if first < 0 {
			first = i
		}
	}
	// Below the name, a logo the markup has over it is the next best:
	// the plain part lays the signature out its own way.
	return first
}

// blanked is keys with the signature's placeholders made empty, so that a
// logo between its lines ("[image: logo]" under the phone) does not break
// the run.
func (p *sigPictures) blanked(lines, keys []string) []string {
	if len(p.images) == 0 {
		return keys
	}
	out := slices.Clone(keys)
	for i, l := range lines {
		if keys[i] != "\x00" && p.match(l, false) >= 0 {
			out[i] = ""
		}
	}
	return out
}

// widen widens the span [start, end) of a signature in lines over the
// placeholders of its images: below it, past blank lines, and above it
// for those the markup puts before its text. Every other image is the
// owner's and stays, and so does one with a logo's name once the
// signature's own are matched: an image in the answer may share it.
func (p *sigPictures) widen(lines []string, start, end int) (int, int) {
	for i := start; i < end; i++ {
		if j := p.match(lines[i], false); j >= 0 {
			p.used[j] = true
		}
	}
	for i := start - 1; i >= 0; i-- {
		if j := p.match(lines[i], true); j >= 0 {
			p.used[j], start = true, i
		} else if strings.TrimSpace(lines[i]) != "" {
			break
		}
	}
	for i := end; i < len(lines); i++ {
		if j := p.match(lines[i], false); j >= 0 {
			p.used[j], end = true, i+1
		} else if strings.TrimSpace(lines[i]) != "" {
			break
		}
	}
	return start, end
}
