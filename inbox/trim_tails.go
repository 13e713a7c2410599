package inbox

import (
	"strings"
	"unicode/utf8"
)

// What can end a reply's text and still not be the owner's: a signature
// under a lone em dash.

// maxEmDashBlock is the longest signature under a lone em dash that is
// dropped: a name and a few lines, as a signature is.
const maxEmDashBlock = 6

// markEmDashSignature drops a signature under a line holding only an em
// dash, where the "--" the owner typed into a phone's signature setting
// was turned into "—" by its smart punctuation ("Best,\nMe\n\n—\nMe\nI do
// stuff!\n999-999-9999"). The dash opens a paragraph that ends the
// owner's text, a name or a way to reach the owner comes first under it,
// and at least two short lines follow, none asking anything. A dash over
// a single name, over sentences or over a question stays: the owner's own
// sign-off, or a break in the answer.
func (r *reply) markEmDashSignature() {
	kinds, plain := r.kinds, r.plain
	end := len(kinds)
	for end > 0 && kinds[end-1] != kindText {
		end--
	}
	d := end - 1
	for d >= 0 && end-d <= maxEmDashBlock+1 && kinds[d] == kindText && !isEmDashLine(plain[d]) {
		d--
	}
	if d <= 0 || kinds[d] != kindText || !isEmDashLine(plain[d]) || end-d-1 < 2 ||
		kinds[d-1] != kindBlank || !r.textBefore(d) {
		return
	}
	if first := plain[d+1]; !isNameLike(first) && contactOf(first) == notContact {
		return
	}
	for _, t := range plain[d+1 : end] {
		if utf8.RuneCountInString(t) > 60 || strings.HasSuffix(strings.TrimSpace(t), "?") {
			return
		}
	}
	r.mark(d, end, kindDropped)
}

// isEmDashLine reports a line of one em dash and nothing else.
func isEmDashLine(t string) bool {
	return strings.TrimSpace(t) == "—"
}
