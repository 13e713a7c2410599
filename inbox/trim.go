package inbox

import (
	"slices"
	"strings"

	"helpline/internal/prose"
)

// TrimReply returns what the owner typed in a plain-text reply, for
// publishing.
//
// Kept: everything the owner typed, in order: sign-offs typed by hand
// ("Cheers,\nDominique", "Viele Grüße"), lists, links and paragraphs. When
// the owner answers inline, between quote blocks, the quote blocks the
// answer follows stay as "> " lines, since the answer reads wrongly
// without them; only the quote after the owner's last line goes.
//
// Dropped: the quoted original, with or without ">" marks; its attribution
// line or header block in any client, language or layout; forwarded
// originals; signatures after a "-- " line, and those without one that
// end the text with a name, ways to reach its owner and company details or
// a confidentiality notice; mobile and app footers ("Sent from my
// iPhone"); mailing-list footers. Their order does not matter: a
// signature may come before or after the quote, a footer above or below it.
//
// Each line is first recognised on its own (text, quote, attribution,
// header block, signature marker, footer), then the cut is decided over the
// whole reply. The work is linear in the text, which is read up to 128 KiB
// once the middle of every long quote is dropped: an answer under a long
// thread's quote is read. It returns "" when the owner typed nothing.
func TrimReply(text string) string {
	return trimReplyFrom(text, "")
}

// trimReplyFrom is TrimReply for a mail whose From carries the display
// name sender ("" for none). A name and a title with no "-- " over them
// are told from an answer that names someone or something only by
// holding the sender's own name, as the signature Alpine and aerc add
// does.
func trimReplyFrom(text, sender string) string {
	return trimReplyOver(text, sender, false)
}

// trimReplyOver is trimReplyFrom for the text of an HTML reply whose
// markup held history under it, cut before the text was read when cut is
// set: the text ends where the history began.
func trimReplyOver(text, sender string, cut bool) string {
	// A byte order mark some clients write before the text would hide
	// the quote mark of a first line quoted with ">"; one before a line
	// within it, where parts were joined, would as well, and would be
	// dropped as the first line of a later pass.
	text = dropLineMarks(prose.Clean(limitText(text)))
	out := trimOnce(text, sender, cut)
	if sameWords(out, text) {
		return out // nothing dropped, as in most questions
	}
	// What a pass drops (a quote, a blank line between header lines) can
	// have been part of what it recognised a line by, so the text as
	// published may read differently. It is trimmed again until it stays
	// as it is, as it does after one pass for nearly every real reply;
	// each pass only drops lines.
	for range 3 {
		again := trimOnce(out, sender, cut)
		if again == out {
			break
		}
		out = again
	}
	return out
}

// dropLineMarks drops the byte order marks at the start of each line.
func dropLineMarks(text string) string {
	if !strings.Contains(text, "\ufeff") {
		return text
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimLeft(l, "\ufeff")
	}
	return strings.Join(lines, "\n")
}

// sameWords reports whether a and b differ only in white space.
func sameWords(a, b string) bool {
	return slices.Equal(strings.Fields(a), strings.Fields(b))
}

// trimOnce is one pass of TrimReply over clean text from sender, with
// history cut under it when cut is set.
func trimOnce(text, sender string, cut bool) string {
	r := newReply(unglueHistory(splitLeakedDivs(strings.Split(text, "\n"))))
	r.sender, r.historyCut = sender, cut
	r.markLines()
	r.markContactBlock()
	r.markNameUnderQuote()
	r.markNameOverAttribution()
	r.markNameUnderQuoteGap()
	r.markNameUnderAnswer()
	r.markNameOverHistory()
	r.markDashedUnderQuote()
	r.markEmDashSignature()
	r.markRepeatedFooter()
	return r.assemble()
}

// maxText is how much of a mail's text is read for a reply or a question.
// It is far more than anyone types, and it bounds the work one hostile mail
// can cause: trimming reads every line against the patterns in
// reply_lines.go.
const maxText = 128 << 10

// limitText cuts text to maxText bytes, at the end of a line when there is
// one in the last quarter, else between two characters. A longer text is
// first thinned of quoted lines (thinQuotes): the answer a bottom-poster
// types under a long thread's quote comes after maxText bytes of it.
func limitText(text string) string {
	if len(text) <= maxText {
		return text
	}
	text = thinQuotes(text)
	if len(text) <= maxText {
		return text
	}
	text = prose.Leading(text, maxText)
	if i := strings.LastIndexByte(text, '\n'); i > maxText*3/4 {
		text = text[:i+1]
	}
	return text
}

// quoteEnds is how many lines at each end of a run of quoted lines
// thinQuotes keeps, and maxQuotedLine how many bytes of each: more than
// what is read at a quote's top for an attribution or a header block
// (maxQuotedHead), and at its end for a signature or a wrapped line.
const (
	quoteEnds     = 40
	maxQuotedLine = 1 << 10
)

// thinQuotes drops the middle of every run of lines quoted with ">" longer
// than twice quoteEnds lines, and cuts each quoted line it keeps to
// maxQuotedLine bytes. What the owner typed is never quoted, and what
// trimming reads in a quote is at its ends.
func thinQuotes(text string) string {
	lines := strings.Split(text, "\n")
	quoted := make([]bool, len(lines))
	for i, l := range lines {
		quoted[i] = isQuoteLine(l)
	}
	kept := lines[:0]
	for i := 0; i < len(lines); {
		if !quoted[i] {
			kept = append(kept, lines[i])
			i++
			continue
		}
		end := i
		for end < len(lines) && quoted[end] {
			end++
		}
		for k := i; k < end; k++ {
			if k-i < quoteEnds || end-k <= quoteEnds {
				kept = append(kept, prose.Leading(lines[k], maxQuotedLine))
			}
		}
		i = end
	}
	return strings.Join(kept, "\n")
}

// lineKind says what a line of a reply is.
type lineKind int

const (
	kindText    lineKind = iota // the owner's
	kindBlank                   // empty or spaces
	kindQuote                   // quoted with ">"
	kindDropped                 // attribution, signature, footer: goes, the text around it stays
	kindHistory                 // the unquoted original: goes with all after it
)

// reply is a reply's text being trimmed: its lines as written, the same
// lines as plainLine writes them (what the recognisers read), and what
// each line was found to be.
type reply struct {
	lines []string
	plain []string
	kinds []lineKind
	// noText is how many lines from the top hold none of the owner's
	// text. A line is only ever found to be something else than text,
	// never text again, so textBefore only moves it down and reads each
	// line once, not once for every line below it.
	noText int
	// sender is the display name of the mail's From, "" when unknown.
	sender string
	// historyCut is set when the markup of an HTML reply held history
	// under the text, cut before the text was read.
	historyCut bool
}

func newReply(lines []string) *reply {
	r := &reply{lines: lines, plain: make([]string, len(lines)), kinds: make([]lineKind, len(lines))}
	for i, l := range lines {
		r.plain[i] = plainLine(l)
		switch {
		case r.plain[i] == "":
			r.kinds[i] = kindBlank
		case isQuoteLine(l) && !isGroupWiseHeader(r.plain[i]):
			r.kinds[i] = kindQuote
		case isImageReference(r.plain[i]):
			r.kinds[i] = kindDropped
		}
	}
	return r
}

// markLines recognises every line of the reply.
func (r *reply) markLines() {
	r.markImageDescriptions()
	r.markTabQuotes()
	r.markBarQuotes()
	r.markInitialsQuotes()
	r.markQuoteTrailers()
	r.markSnips()
	kinds, plain := r.kinds, r.plain
	for i := 0; i < len(plain); i++ {
		if kinds[i] != kindText {
			continue
		}
		if !r.textBefore(i) {
			if end := bannerEnd(plain, kinds, i); end > i {
				// A gateway's banner over the reply goes alone.
				r.mark(i, end, kindDropped)
				i = end - 1
				continue
			}
		}
		t := plain[i]
		switch {
		case startsHistory(plain, i):
			// A header block over a quote, as Outlook writes for an
			// inline answer, goes alone; over unquoted history it
			// starts the history.
			if end := historyHeadEnd(plain, i); quoteFollows(kinds, end) {
				r.mark(i, end, kindDropped)
				i = end - 1
				continue
			}
			r.markHistory(i)
			return
		case strings.ContainsRune(t, '@') && (quoteFollows(kinds, i+1) || r.historyCut && r.blankFrom(i+1)) && headerFieldOf(t) == fieldFrom:
			// The sender's field alone over the quote, the rest of the
			// header block left out: "From: lena@example.net". Outlook
			// for Mac can leave it outside the container of the history
			// the markup held, over the end of the text.
			kinds[i] = kindDropped
			continue
		case isReplyMarker(t) && r.textBefore(i):
			r.markHistory(i)
			return
		case isSignatureMarker(t) || isRuledFooter(plain, kinds, i) || dashedSignature(plain, kinds, i):
			i = r.markDropped(i)
			continue
		case isFooter(t) && !r.passesOnOutlookLink(i) && !r.footerRunsOn(i), r.scannerNotice(i):
			r.unglueFooterDash(i)
			if r.textBefore(i) {
				i = r.markDropped(i)
			} else {
				// A footer over everything the owner typed, where
				// some apps put it, goes alone: the answer follows.
				kinds[i] = kindDropped
			}
			continue
		}
		next, done := r.markAttribution(i)
		if done {
			return
		}
		i = next
	}
}

// markAttribution marks an attribution at line i: run onto the owner's
// line, over a quote, over the original's header fields, or over unquoted
// history. It returns the last line it read, and done when the history
// below it has been marked and nothing is left to read.
func (r *reply) markAttribution(i int) (last int, done bool) {
	kinds, plain := r.kinds, r.plain
	owner, a := splitAttribution(plain[i])
	runOn, wrapped := plain[i], 1
	if a == notAttribution {
		// Run on and then wrapped: "How are you? On Nov 30, 2011, at
		// 12:47 PM, Lena <" over "l@example.net> wrote:".
		owner, runOn, wrapped = wrappedRunOn(plain, kinds, i)
		if wrapped > 0 {
			a = strongAttribution
		}
	}
	if a != notAttribution && !quoteFollows(kinds, i+wrapped) && ownerSubject(runOn[strings.Index(runOn, owner)+len(owner):]) {
		// "Thanks. On 03/06/2025 at 10:12, your coach wrote:" over the
		// plan the owner copies is their own line; over a quote it is
		// a client's, run on as any other.
		a = notAttribution
	}
	if a != notAttribution {
		if wrapped == 1 && isOriginalLine(owner) {
			return r.markGluedOriginal(i)
		}
		// The client ran the attribution onto the owner's last line:
		// keep its start, as written.
		if j := strings.Index(r.lines[i], owner); j >= 0 {
			owner = r.lines[i][:j+len(owner)]
		}
		r.lines[i], r.plain[i] = owner, plainLine(owner)
		r.mark(i+1, i+wrapped, kindDropped)
		if !quoteFollows(kinds, i+wrapped) {
			r.markHistory(i + wrapped)
			return i, true
		}
		return i + wrapped - 1, false
	}
	if r.textBefore(i) && gluedAttribution(plain[i]) {
		r.markHistory(i)
		return i, true
	}
	n, a := attributionLines(plain, i)
	switch {
	case n == 0, n == 1 && r.handleRunsOn(i):
	case quoteFollows(kinds, i+n), r.leftAttribution(i, n, a):
		r.mark(i, i+n, kindDropped)
		return i + n - 1, false
	case i+n < len(plain) && headerBlockAt(plain, i+n, false),
		a == strongAttribution && (r.textBefore(i) || namesAddress(plain[i:i+n]) || r.blankFrom(i+n)) && !r.ownerCites(i, n),
		a == weakAttribution && r.attributionUnderClosing(i, n):
		// Over the original's header fields, even an attribution
		// without its colon and fields without an address start the
		// history: "Am 20.06. um 16:20 schrieb Lauf-Shop" over "Von: /
		// Datum: / An:". A strong one starts it over unquoted history,
		// unless it opens the reply and names no address: that is the
		// owner quoting someone, "Le 3 juin 2025 à 10:12, le médecin a
		// écrit :", unless nothing follows it: then it is the client's,
		// and the quote under it went missing on the way.
		r.markHistory(i)
		return i, true
	}
	return i, false
}

// ownerCites reports an attribution of n lines at line i whose sender is
// "I" or opens with a possessive (see ownerSubject), naming no address,
// over words that are no quote and under no closing of the owner's: the
// owner's line over a plan they copy, "Your coach wrote on 03/06/2025 at
// 10:12:", whose words and the answer under them stay. With nothing
// under it, it is a client's whose quote went missing on the way, as
// Thunderbird writes "On 6/3/25 10:12 AM, My Coach wrote:".
func (r *reply) ownerCites(i, n int) bool {
	return ownerSubject(strings.Join(r.plain[i:i+n], " ")) && !namesAddress(r.plain[i:i+n]) &&
		!r.blankFrom(i+n) && !r.attributionUnderClosing(i, n)
}

// blankFrom reports that line i and all after it are blank.
func (r *reply) blankFrom(i int) bool {
	for ; i < len(r.kinds); i++ {
		if r.kinds[i] != kindBlank {
			return false
		}
	}
	return true
}

// handleRunsOn reports a lone lowercase word and its verb at line i that
// carries on the owner's sentence right above it ("and" over "mum
// said:"): the owner introducing a quote of their own, where a tracker's
// user name stands apart.
func (r *reply) handleRunsOn(i int) bool {
	return i > 0 && r.kinds[i-1] == kindText && runsOn(r.plain[i-1]) && handleThenVerb(r.plain[i])
}

// textBefore reports a line of the owner's before line i.
func (r *reply) textBefore(i int) bool {
	for r.noText < i && r.kinds[r.noText] != kindText {
		r.noText++
	}
	return r.noText < i
}

// namesAddress reports an address or a mailto link in lines.
func namesAddress(lines []string) bool {
	for _, l := range lines {
		if strings.ContainsRune(l, '@') || strings.Contains(l, "mailto:") {
			return true
		}
	}
	return false
}

// mark sets the kind of lines from to to-1.
func (r *reply) mark(from, to int, k lineKind) {
	for i := from; i < to; i++ {
		r.kinds[i] = k
	}
}

// startsHistory reports a line that starts the unquoted original: an
// "Original Message" line or a header block.
func startsHistory(plain []string, i int) bool {
	return introducesOriginal(plain, i) || isGroupWiseHeader(plain[i]) || isHeaderBlock(plain, i) || headerRun(plain[i]) ||
		foreignHeaderBlock(plain, i) || notesSectionTitle(plain, i) || notesHistoryStart(plain, i) || earlierPostsUnder(plain, i)
}

// introducesOriginal reports an "Original Message" line as clients write
// it: framed ("-----Original Message-----"), ending in a colon ("Begin
// forwarded message:"), or bare with the original's header fields under
// it. A bare "Original message" with text under it is the owner's own
// words, a heading or the first line of a paragraph.
func introducesOriginal(plain []string, i int) bool {
	t := plain[i]
	if !isOriginalLine(t) {
		return false
	}
	if framesSender(t) {
		// Horde puts the original's header fields under its framed
		// sender; the owner's own banner, "--- write to
		// coach@club.example ---", has words of theirs under it.
		return fieldsUnder(plain, i)
	}
	if _, framed := unframe(t); framed || endsWithColon(t) {
		return true
	}
	if len(strings.Fields(t)) >= 5 {
		// "Original Message processed by david®": a phrase that long
		// is a client's line, never a heading, and may stand over fields
		// without colons.
		return true
	}
	return fieldsUnder(plain, i)
}

// fieldsUnder reports a header field on the first line with words of the
// three under line i.
func fieldsUnder(plain []string, i int) bool {
	for k := i + 1; k < len(plain) && k <= i+3; k++ {
		if n := strings.TrimLeft(plain[k], "> "); n != "" {
			return headerFieldOf(n) != fieldNone
		}
	}
	return false
}

// historyHeadEnd returns the line after the "Original Message" line and
// the header block that start at line i of plain.
func historyHeadEnd(plain []string, i int) int {
	k := i
	if isOriginalLine(plain[k]) {
		k++
	}
	var last headerField
	for ; k < len(plain); k++ {
		t := plain[k]
		f := headerFieldOf(t)
		switch {
		case f != fieldNone, k > i && looksLikeField(t), k == i && senderOverDate(plain, k):
			last = f
		case k > i && t != "" && (strings.HasSuffix(plain[k-1], ",") ||
			strings.HasSuffix(plain[k-1], ";") && wrappedAddresses(t) ||
			(last == fieldTo || last == fieldCc) && strings.ContainsRune(t, '@') && wrappedAddresses(t)):
			// an address list wrapped onto the next line; Outlook
			// separates addresses with ";" and wraps inside one
		case last == fieldSubject && t != "" && (k+1 == len(plain) || plain[k+1] == "") && wrapsAfter(plain[k-1], t):
			// a long subject wrapped onto one more line, over the blank
			// line that ends the block
			last = fieldNone
		default:
			return k
		}
	}
	return k
}

// isImageReference reports the line a client writes for an inline image
// in the plain part: "[cid:image001.png@01DCAA8F.8E03501D]", or Outlook's
// text for an image whose description Office wrote, "[A close-up of a
// signature Description automatically generated]".
func isImageReference(t string) bool {
	if !strings.HasPrefix(t, "[") || !strings.HasSuffix(t, "]") || strings.Contains(t[1:len(t)-1], "]") {
		return false
	}
	return strings.HasPrefix(t, "[cid:") || generatedDescription(t)
}

// generatedDescription reports the end of the description Office writes
// for an image, in the languages it writes it in.
func generatedDescription(t string) bool {
	t = strings.ToLower(strings.TrimSuffix(t, "]"))
	for _, d := range []string{"description automatically generated", "automatisch generierte beschreibung",
		"description générée automatiquement", "descripción generada automáticamente", "descrizione generata automaticamente",
		"automatisch gegenereerde beschrijving", "descrição gerada automaticamente", "自動的に生成された説明"} {
		if strings.HasSuffix(t, d) {
			return true
		}
	}
	return false
}

// markImageDescriptions drops Office's description of an image that
// Outlook wrote over more than one line of the plain part: "[A close-up
// of a signature" over a blank line and "Description automatically
// generated]".
func (r *reply) markImageDescriptions() {
	for i, t := range r.plain {
		if r.kinds[i] != kindText || !strings.HasPrefix(t, "[") || strings.Contains(t, "]") {
			continue
		}
		for j := i + 1; j < len(r.plain) && j <= i+3; j++ {
			if end := r.plain[j]; strings.HasSuffix(end, "]") && generatedDescription(end) && !strings.Contains(end[:len(end)-1], "]") {
				r.mark(i, j+1, kindDropped)
				break
			}
		}
	}
}

// markHistory marks line i and everything after it as history, with a rule
// ("_____") or a framed separator just above it that introduces it.
func (r *reply) markHistory(i int) {
	i = notesLetterheadAbove(r.lines, r.plain, i)
	j := i - 1
	for j >= 0 && r.kinds[j] == kindBlank {
		j--
	}
	if j >= 0 && r.kinds[j] == kindText && (isRule(r.plain[j]) || isFramedSeparator(r.plain[j])) {
		i = j
	} else if k := r.fieldsUnderSeparator(i); k < i {
		i = k
	}
	r.mark(i, len(r.kinds), kindHistory)
}

// fieldsUnderSeparator returns where the client's separator starts over
// the header block at line i when a field or two whose names this package
// does not know stand between them, as Latvian's "No:" over "Kam:" under
// "-------- Sākotnējā vēstule --------", or i. Such a field gives the
// sender's address or the date alone, as a client's does: without the
// separator over it, or holding a sentence ("PS: bring water", "PS: send
// your times to coach@example.org."), it is as likely the owner's.
func (r *reply) fieldsUnderSeparator(i int) int {
	k := i
	for k > 0 && i-k < 2 && r.kinds[k-1] == kindText && looksLikeAnyField(r.plain[k-1]) && clientValue(r.plain[k-1]) {
		k--
	}
	if k == i || k == 0 || r.kinds[k-1] != kindText {
		return i
	}
	if t := r.plain[k-1]; isRule(t) || isFramedSeparator(t) || isOriginalLine(t) {
		return k - 1
	}
	return i
}

// markDropped marks a signature or footer starting at line i, running to
// the next quote, attribution or history, and returns its last line. What
// follows a phone's footer without being quoted is history the client did
// not mark, not the owner's: the owner types above the footer.
func (r *reply) markDropped(i int) int {
	kinds, plain := r.kinds, r.plain
	kinds[i] = kindDropped
	for k := i + 1; k < len(plain); k++ {
		switch kinds[k] {
		case kindQuote:
			return k - 1
		case kindText:
			if startsHistory(plain, k) {
				return k - 1
			}
			if n, a := attributionLines(plain, k); n > 0 && (a == strongAttribution || quoteFollows(kinds, k+n)) {
				return k - 1
			}
			kinds[k] = kindDropped
		}
	}
	return len(plain) - 1
}
