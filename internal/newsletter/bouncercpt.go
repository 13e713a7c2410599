package newsletter

import (
	"net/mail"
	"slices"
	"strings"
	"unicode"

	"github.com/emersion/go-message"
)

// block is the stretch of a notice about one recipient: from the line that
// first names it to the line that names the next.
type block struct {
	rcpt string
	text string
}

// bounces reads the failed recipients of a delivery failure notice and the
// status of each. A recipient whose own stretch of text gives a reason
// gets that reason's status; the rest share what the whole notice says.
// The recipients the mail system lists in its headers or report fields
// (X-Failed-Recipients, Final-Recipient) are believed over addresses
// merely written in the text.
func (n notice) bounces(h message.Header, mailbox string) []Bounce {
	subject := decodedSubject(h)
	lower := strings.ToLower(n.text)
	kind := noticeKind(lower + "\n" + strings.ToLower(subject))
	own := ownAddresses(h, mailbox)
	listed := listedRecipients(h, n)
	blocks := splitByRecipient(n.text, own)
	var out []Bounce
	for _, b := range blocks {
		if len(listed) > 0 && !slices.Contains(listed, b.rcpt) {
			continue
		}
		if st := readFailure(strings.ToLower(b.text)).status(kind); st != "" {
			out = append(out, Bounce{Recipient: b.rcpt, Status: st, Diagnostic: excerpt(b.text)})
		}
	}
	st := readFailure(lower).status(kind)
	diag := excerpt(n.text)
	if len(out) > 0 {
		// Listed recipients whose stretch says nothing share what the
		// whole notice says: "delivery to these failed", then one reason.
		for _, r := range listed {
			if st != "" && !slices.ContainsFunc(out, func(b Bounce) bool { return b.Recipient == r }) {
				out = append(out, Bounce{Recipient: r, Status: st, Diagnostic: diag})
			}
		}
		return out
	}
	if st == "" {
		st, diag = "4.0.0", "failure notice gives no reason: "+diag
	}
	rcpts := listed
	if len(rcpts) == 0 && len(blocks) > 0 {
		rcpts = []string{blocks[0].rcpt}
	}
	if len(rcpts) == 0 {
		// indimail names one bounced address in a header of its own; it
		// is a hint, not the list: the text may name more.
		rcpts = addRecipients(nil, h.Values("X-Bounced-Address"))
	}
	if len(rcpts) == 0 {
		return []Bounce{{Status: st, Diagnostic: diag}}
	}
	for _, r := range rcpts {
		out = append(out, Bounce{Recipient: r, Status: st, Diagnostic: diag})
	}
	return out
}

// listedRecipients are the failed recipients a mail system names outside
// its prose: Exim's X-Failed-Recipients and the report's recipient fields.
// They are believed even where the bounce's own header names them too.
func listedRecipients(h message.Header, n notice) []string {
	var out []string
	for _, v := range h.Values("X-Failed-Recipients") {
		out = addRecipients(out, strings.Split(v, ","))
	}
	return addRecipients(out, n.reportRecipients)
}

func addRecipients(list, addrs []string) []string {
	for _, a := range addrs {
		a = strings.ToLower(strings.Trim(strings.TrimSpace(a), "<>"))
		if isAddress(a) && !slices.Contains(list, a) && len(list) < maxBounceRecipients {
			list = append(list, a)
		}
	}
	return list
}

// splitByRecipient cuts text into blocks, one per address it names that is
// not the bounce's own (its sender, its recipient, our mailbox and any of
// its plus-addresses) nor a mail system's.
func splitByRecipient(text string, own map[string]bool) []block {
	var blocks []block
	seen := map[string]bool{}
	var cur *strings.Builder
	for _, line := range strings.SplitAfter(text, "\n") {
		for _, a := range addressesIn(line) {
			if own[a] || own[withoutPlus(a)] || seen[a] || isMailSystem(a) || len(blocks) >= maxBounceRecipients {
				continue
			}
			seen[a] = true
			if cur != nil {
				blocks[len(blocks)-1].text = cur.String()
			}
			blocks = append(blocks, block{rcpt: a})
			cur = &strings.Builder{}
			break
		}
		if cur != nil {
			cur.WriteString(line)
		}
	}
	if cur != nil {
		blocks[len(blocks)-1].text = cur.String()
	}
	return blocks
}

func isMailSystem(addr string) bool {
	local, _, _ := strings.Cut(addr, "@")
	local = strings.NewReplacer("-", "", "_", "", ".", "").Replace(local)
	for _, d := range daemonLocalParts {
		if strings.Contains(local, d) {
			return true
		}
	}
	return false
}

// ownAddresses are the addresses in the bounce's own header: who sent it,
// whom it was sent to (our return route among them) and where it was
// delivered, and our mailbox, which the returned copy of our mail names as
// its sender. None of them is the recipient that failed.
func ownAddresses(h message.Header, mailbox string) map[string]bool {
	own := map[string]bool{strings.ToLower(mailbox): true}
	for _, k := range []string{"From", "Sender", "Reply-To", "To", "Cc", "Return-Path", "Delivered-To",
		"X-Original-To", "Envelope-To", "X-Envelope-To"} {
		for _, v := range h.Values(k) {
			// Read as the text is, so that what splitByRecipient
			// finds there compares equal.
			for _, a := range addressesIn(v) {
				own[a] = true
			}
		}
	}
	return own
}

// withoutPlus is addr without the "+detail" of its local part.
func withoutPlus(addr string) string {
	local, domain, _ := strings.Cut(addr, "@")
	local, _, _ = strings.Cut(local, "+")
	return local + "@" + domain
}

// excerpt is the first words of a stretch of text, on one line, for the
// bounce's Diagnostic.
func excerpt(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 240 {
		s = s[:240]
		for len(s) > 0 && s[len(s)-1]&0xC0 == 0x80 {
			s = s[:len(s)-1]
		}
		if len(s) > 0 && s[len(s)-1] >= 0xC0 {
			s = s[:len(s)-1]
		}
	}
	return "text; " + s
}

// addressesIn finds the mail addresses written in s, lowercased, in order.
// Each '@' is widened over the characters an address may hold, so every
// byte is looked at a bounded number of times.
func addressesIn(s string) []string {
	var out []string
	for i := 0; i < len(s); i++ {
		if s[i] != '@' {
			continue
		}
		start := i
		for start > 0 && localChar(s[start-1]) {
			start--
		}
		end := i + 1
		for end < len(s) && domainChar(s[end]) {
			end++
		}
		local := strings.TrimLeft(s[start:i], ".'")
		domain := strings.TrimRight(s[i+1:end], ".-")
		if local != "" && strings.Contains(domain, ".") && !strings.HasPrefix(domain, ".") {
			out = append(out, strings.ToLower(local+"@"+domain))
		}
		i = end - 1
	}
	return out
}

func localChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte(".!#$%&'*+/=?^_`{|}~-", c) >= 0
}

func domainChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
}

// isAddress reports whether s is one mail address and nothing more, as
// a recipient must be to be compared with the one we wrote to: "b c@x"
// from a list split at commas, or a name with its address, is none.
func isAddress(s string) bool {
	a, err := mail.ParseAddress("<" + s + ">")
	return err == nil && a.Address == s && !strings.ContainsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsControl(r)
	})
}
