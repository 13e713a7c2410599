package inbox

import "strings"

// Attributions that a client wraps over two or three lines, and where such
// a run starts: never on a line of the owner's just above it.

// attributionLines returns how many lines (1 to 3, or 4 around a wrapped
// address) form an attribution
// starting at line i of plain (lines as plainLine writes them), and how sure the match is. A wrapped attribution
// must start where an attribution can start, and a line of the owner's
// just above one is not swallowed into it: when the lines after i form
// the same attribution on their own, i is not part of it. A weak match
// that the next line continues ("... Lena <l@example.net>" over "wrote:")
// is read to its end.
func attributionLines(plain []string, i int) (int, attribution) {
	n, a := attributionFrom(plain, i)
	above := ""
	for k := 1; k < n; k++ {
		if k == 1 {
			above = plain[i]
		}
		if _, b := splitAttribution(plain[i+k]); b != notAttribution {
			// It starts inside a later line, after the owner's words.
			return 0, notAttribution
		}
		open := opensAddress(above) && leadsAttribution(plain[i])
		above = joinWrapped(above, plain[i+k])
		if open || !startsLater(plain, i, k) {
			// The rest of an address that an attribution's lines above
			// opened starts nothing, even with a digit:
			// "4f1a0c...@example.org> wrote:".
			continue
		}
		if m, b := attributionFrom(plain, i+k); m == n-k && b >= a {
			return 0, notAttribution
		}
	}
	return n, a
}

// wrappedRunOn finds an attribution that a client ran onto the end of the
// owner's line i and then wrapped over the one or two lines under it:
// "How are you? On Nov 30, 2011, at 12:47 PM, Lena <" over
// "l@example.net> wrote:". It returns the owner's part of line i, the
// lines joined, and how many lines they are, or 0 when the attribution
// does not start inside line i: one that starts on a line of its own is
// read as any other. Over no quote it must name the sender's address, as
// the clients that wrap it do.
func wrappedRunOn(plain []string, kinds []lineKind, i int) (owner, joined string, n int) {
	joined = plain[i]
	for n = 2; (n <= 3 || n == 4 && opensAddress(joined)) && i+n <= len(plain); n++ {
		if kinds[i+n-1] != kindText || lineEndsSentence(plain[i+n-2]) {
			break
		}
		joined = joinWrapped(joined, plain[i+n-1])
		owner, a := splitAttribution(joined)
		if a == notAttribution {
			continue
		}
		if !strings.HasPrefix(plain[i], owner) || strings.Trim(plain[i][len(owner):], "-–— ") == "" ||
			!quoteFollows(kinds, i+n) && !namesAddress(plain[i:i+n]) {
			// It starts on a line of its own, or it may be the
			// owner's sentence: "We met as planned. On Monday, 3 June
			// 2025 at 10:12, as" over "agreed, the coach wrote:" over
			// what the coach said, quoted by no client.
			break
		}
		return owner, joined, n
	}
	return "", "", 0
}

// startsLater reports that line i+k of plain may start the attribution
// that a run from line i reads as: it starts as one, under a line that
// does not ("Thanks again" over "On Tue, ... wrote:"), or with a lead
// word or a date of its own ("Il faut une semaine" over "Le lun. 23 nov.
// 2026, ... a écrit :"); or it stands under a closing, which never
// starts one ("Viele Grüße" over "lena schrieb am ...:").
func startsLater(plain []string, i, k int) bool {
	t := plain[i+k]
	if !startsAttribution(t) {
		return isClosing(plain[i+k-1]) || datedStartBelow(plain, i, k)
	}
	return !leadsAttribution(plain[i]) || leadsWithDate(t)
}

// attributionFrom returns the shortest run of lines from i that reads as
// an attribution, or a longer one that reads as a surer attribution.
func attributionFrom(plain []string, i int) (int, attribution) {
	joined := ""
	found, kind, open := 0, notAttribution, false
	for n := 1; (n <= 3 || n == 4 && opensAddress(joined)) && i+n <= len(plain); n++ {
		t := plain[i+n-1]
		if t == "" || (isQuoteLine(t) && !(n > 1 && closesBracket(joined, t))) ||
			(n > 1 && (lineEndsSentence(plain[i+n-2]) || separatesHistory(plain, i+n-1) || opensListItem(t))) {
			break
		}
		joined = joinWrapped(joined, t)
		if len(joined) > 400 {
			break
		}
		a := attributionOf(joined)
		if a > kind || (open && a == kind) {
			// One that leaves a parenthesis open goes on to the line
			// that closes it: "... ezt írta (időpont:" over "2025. jún.
			// 3., K, 10:12):".
			found, kind = n, a
			open = strings.Count(joined, "(") > strings.Count(joined, ")")
		}
		if (kind == strongAttribution && !open) || (n == 1 && kind == notAttribution && !canStartAttribution(t)) {
			break
		}
		if kind == weakAttribution && (i+n >= len(plain) || !continuesAttribution(plain[i+n]) && !wrappedColon(plain, i, n) &&
			!opensAddress(joinWrapped(joined, plain[i+n]))) {
			break
		}
	}
	if found > 1 && !canStartAttribution(plain[i]) {
		return 0, notAttribution
	}
	return found, kind
}

// separatesHistory reports a rule, an "Original Message" line or the
// first line of a header block at line k, which open what a client writes
// over the original and never carry on an attribution: read as one, the
// owner's line right above would go with the history ("6 x 400 m in
// 4:50" over "-----Original Message-----" or "From: Lena <l@example.net>").
func separatesHistory(plain []string, k int) bool {
	t := plain[k]
	return isRule(t) || isOriginalLine(t) || isHeaderBlock(plain, k)
}

// opensListItem reports a line that opens with a list's mark and a space,
// which a client's wrapped attribution never carries on with: the owner's
// list items right above an attribution that opens so itself, as mutt's
// "* Lena <l@example.net> [2025-06-03 10:12]:", are the owner's.
func opensListItem(t string) bool {
	return strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "• ")
}

// joinWrapped joins a wrapped line to what came before it, with no space
// where the client broke an address ("Lena <" over "l@example.net>:").
func joinWrapped(joined, t string) string {
	switch {
	case joined == "":
		return t
	case strings.HasSuffix(joined, "<") || strings.HasPrefix(t, ">") || strings.HasPrefix(t, "@") || onlyColon(t):
		return joined + t
	}
	return joined + " " + t
}

// opensAddress reports an attribution so far that leaves its address's
// bracket open: a client that wraps long lines may break the address
// itself, "Lena <" over "4f1a0c...9e" over "@example.org> wrote:", and the
// attribution takes a line more than three.
func opensAddress(joined string) bool {
	return strings.Count(joined, "<") > strings.Count(joined, ">")
}

// closesBracket reports a line that closes the address the attribution
// so far left open, where Gmail wrapped it right before the bracket: "On
// Tue, Jun 3, 2025 at 10:12 AM, Lena <lena@example.net" over "> wrote:".
// The bracket then reads as a quote mark; the short line under it is the
// attribution's end, not a quote. What is wrapped so opens with a lead
// word or a date and holds the day: the owner's "When I reply it shows
// <lena@example.net" over "> wrote:" is theirs.
func closesBracket(joined, t string) bool {
	if !opensAddress(joined) || !strings.HasPrefix(t, "> ") ||
		strings.HasPrefix(t, ">>") || len(t) > 40 || !endsWithVerb(t) || !leadsWithDate(joined) {
		return false
	}
	day, _ := dateParts(joined)
	return day
}

// wrappedColon reports the colon alone on line i+n, under an attribution
// that starts as one: Gmail wraps its date-first form right before the
// colon, "2025-07-10 12:13 GMT+02:00 Lena <l@example.net>" over ":".
func wrappedColon(plain []string, i, n int) bool {
	t := plain[i+n]
	return onlyColon(t) && leadsAttribution(plain[i])
}
