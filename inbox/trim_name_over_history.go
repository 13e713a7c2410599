package inbox

import "slices"

// markNameOverHistory drops a signature a client puts under the owner's
// answer, over the history, with no "-- " line: Outlook and Apple Mail
// write the signature as text like the answer's, and an answer of a line
// or two has no closing over it to tell it by ("Rest a week.\n\nMaren
// Holt\nRunning coach\n+49 30 1234 567"). It is the last paragraph of the
// owner's text, two to four lines over the quote, the attribution or the
// original's header, or over the end of the text when the markup held
// the history, the sender's own name first (namesSender), then
// titles, organisations or ways to reach, as markNameUnderAnswer reads
// them; four lines hold a way to reach among them.
//
// The owner's closing over it stays, and so do a paragraph that is all
// the owner typed, one that a line ending in a colon introduces ("Call
// me:\n\nMaren Holt\n+49 30 1234 567"), one that names others with her,
// and any when the owner typed under the quote too.
func (r *reply) markNameOverHistory() {
	kinds, plain := r.kinds, r.plain
	h := slices.IndexFunc(kinds, func(k lineKind) bool { return k == kindQuote || k == kindHistory })
	switch {
	case h < 0 && r.historyCut:
		h = len(kinds) // the markup held the history, cut already
	case h < 0 || slices.Contains(kinds[h:], kindText):
		return
	}
	end := h
	for end > 0 && (kinds[end-1] == kindBlank || kinds[end-1] == kindDropped) {
		end--
	}
	from := end
	for from > 0 && end-from <= maxSenderBlock && kinds[from-1] == kindText {
		from--
	}
	above := from - 1
	for above > 0 && kinds[above] == kindDropped && isImageReference(plain[above]) {
		above-- // a logo over the name
	}
	if end-from < 2 || end-from > maxSenderBlock || from == 0 || kinds[above] != kindBlank ||
		!isNameLike(plain[from]) || isSignOffLine(plain[from]) || !r.namesSender(from) ||
		!r.textBefore(from) || !r.answerEndsAbove(from) {
		return
	}
	if end-from > maxNameBlock && !slices.ContainsFunc(plain[from:end], func(t string) bool { return len(contactsOf(t)) > 0 }) {
		return // more lines of names than a signature holds, as markNameOverAttribution reads them
	}
	if r.detailsUnderName(from, end) {
		r.mark(from, end, kindDropped)
	}
}
