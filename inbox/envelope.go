package inbox

import (
	"errors"
	"net/mail"
	"regexp"
	"strings"
	"time"

	"helpline/internal/prose"

	gomail "github.com/emersion/go-message/mail"
)

// readEnvelope fills the addressing fields from the top-level header.
func (m *Message) readEnvelope() {
	h := &m.Header
	if ids := msgIDs(h, "Message-Id"); len(ids) > 0 {
		m.MessageID = ids[0]
	}
	m.InReplyTo = msgIDs(h, "In-Reply-To")
	m.References = msgIDs(h, "References")

	from, ok := parseAddressList(h, "From")
	if !ok {
		m.warn("malformed From header")
	}
	if len(from) > 0 {
		m.From = from[0]
	}
	m.SingleFrom = ok && len(from) == 1 && len(h.Values("From")) == 1
	if sender, ok := parseAddressList(h, "Sender"); ok && len(sender) == 1 {
		m.Sender = sender[0]
	} else if h.Get("Sender") != "" {
		m.Sender = Address{Addr: "(malformed)"}
	}
	for _, f := range []struct {
		key string
		dst *[]Address
	}{{"To", &m.To}, {"Cc", &m.Cc}, {"Reply-To", &m.ReplyTo}} {
		list, ok := parseAddressList(h, f.key)
		if !ok {
			m.warn("malformed " + f.key + " header")
		}
		*f.dst = list
	}
	m.DeliveredTo = deliveredTo(h)
	m.ReturnPath = parseReturnPath(h.Get("Return-Path"))
	// Decoded header text goes on one line: an encoded-word can carry CR,
	// LF and other controls, which would let a sender add header fields to
	// mail we send on.
	m.Subject = prose.OneLine(decodeHeaderText(h.Get("Subject")))
	d, err := parseDate(h.Get("Date"))
	if err != nil {
		m.warn("unreadable Date header")
	}
	m.Date = d
}

func deliveredTo(h *gomail.Header) []string {
	var out []string
	seen := map[string]bool{}
	for _, key := range []string{"Delivered-To", "X-Original-To", "Envelope-To"} {
		for _, v := range h.Values(key) {
			for _, a := range lenientAddresses(v) {
				if a.Addr != "" && !seen[a.Addr] {
					seen[a.Addr] = true
					out = append(out, a.Addr)
				}
			}
		}
	}
	return out
}

// parseAddressList reads an address header: go-message's parser first, a
// forgiving split on commas when that fails. Names come out on one line.
// A field sent more than once ("Cc:" and "cc:") gives the addresses of
// every one, as readers show them.
func parseAddressList(h *gomail.Header, key string) ([]Address, bool) {
	values := h.Values(key)
	if len(values) <= 1 {
		return parseAddresses(h.Get(key))
	}
	var out []Address
	ok := true
	for _, v := range values {
		list, good := parseAddresses(v)
		out = append(out, list...)
		ok = ok && good
	}
	return out, ok
}

func parseAddresses(v string) ([]Address, bool) {
	if strings.TrimSpace(v) == "" {
		return nil, true
	}
	v = wordsRelabelled(v)
	list, err := gomail.ParseAddressList(v)
	if err != nil {
		if q := quoteSplittingWords(v); q != v {
			list, err = gomail.ParseAddressList(q)
		}
	}
	if err != nil {
		return lenientAddresses(v), false
	}
	out := make([]Address, 0, len(list))
	for _, a := range list {
		// The parser decodes encoded-words only outside quotes, as RFC
		// 2047 5 has it; clients put them inside quotes too, and every
		// reader decodes them there. Those it decoded from ISO-8859-1
		// are read as windows-1252, as in every other header. A word
		// that decoding wrote is text, not decoded again: a name that
		// decodes to "=?utf-8?Q?Boss_<boss@example.com>?=" shows that.
		name := latin1WordsAsWindows1252(v, a.Name)
		if quotedWords(name, v) {
			name = decodeHeaderText(name)
		}
		// Quotes encoded with the name ("=?utf-8?B?IklsZ2Ei...?=")
		// come out of decoding around it; they quote it, as quotes
		// outside an encoded-word do.
		if n := len(name); n > 2 && name[0] == '"' && name[n-1] == '"' {
			name = name[1 : n-1]
		}
		out = append(out, Address{Name: prose.OneLine(name), Addr: normalizeAddr(quotedLocal(a.Address))})
	}
	return out, true
}

// quoteSplittingWords puts quotes around each encoded-word of an
// address field, outside quotes, that holds a comma, a semicolon or a
// colon, which part a list or open a group (RFC 5322 3.4). Exchange
// writes "Bürling, Andreas" as "=?iso-8859-1?Q?B=FCrling,=20Andreas?=",
// which RFC 2047 5 forbids and the parser splits at the comma into two
// broken mailboxes. Quoted, the word is one name, decoded as quotedWords
// has it. It is tried when the parser refuses the field as written. Only
// a field with an address outside its encoded-words is changed: one that
// encodes the whole mailbox is lenientAddresses' to read.
func quoteSplittingWords(v string) string {
	if !strings.Contains(v, "=?") || !strings.ContainsAny(v, ",;:") {
		return v
	}
	words := encodedWord.FindAllStringIndex(v, -1)
	addr, special, last := false, false, 0
	for _, m := range words {
		addr = addr || strings.Contains(v[last:m[0]], "@")
		special = special || strings.ContainsAny(v[m[0]:m[1]], ",;:")
		last = m[1]
	}
	if addr = addr || strings.Contains(v[last:], "@"); !addr || !special {
		return v
	}
	var b strings.Builder
	last, quotes := 0, 0
	for _, m := range words {
		quotes += strings.Count(v[last:m[0]], `"`)
		word := v[m[0]:m[1]]
		b.WriteString(v[last:m[0]])
		if quotes%2 == 0 && strings.ContainsAny(word, ",;:") && !strings.ContainsAny(word, `"\`) {
			word = `"` + word + `"`
		}
		quotes += strings.Count(word, `"`)
		b.WriteString(word)
		last = m[1]
	}
	b.WriteString(v[last:])
	return b.String()
}

// quotedWords reports encoded-words in name, as the parser gave it, that
// all stand in the field's value v: written inside quotes, where the
// parser left them, rather than made by decoding. The parser may have
// spaced a word out where quotes stood inside it
// ("=?UTF-8?Q?\"Motorola_Forums\"_?="), so quotes and spaces are left out
// of the comparison.
func quotedWords(name, v string) bool {
	bare := strings.NewReplacer(`"`, "", " ", "", "\t", "")
	words := encodedWord.FindAllString(name, -1)
	for _, w := range words {
		if !strings.Contains(bare.Replace(v), bare.Replace(w)) {
			return false
		}
	}
	return len(words) > 0
}

var angleAddr = regexp.MustCompile(`<([^<>]*)>`)

// bracketedAddr reads the address between angle brackets. A local part
// written with spaces ("<no reply@example.com>") is kept whole, quoted as
// RFC 5322 3.4.1 would have it: the word after the space alone is a
// stranger's mailbox.
func bracketedAddr(a string) string {
	a = strings.TrimSpace(a)
	i := strings.LastIndexByte(a, '@')
	if i >= 0 && strings.ContainsAny(a[i:], " \t") {
		// A domain holds no blank: RFC 5322's obsolete syntax allows
		// them around its dots ("machine(comment).  example").
		a = a[:i] + strings.Join(strings.Fields(a[i:]), "")
	}
	if i < 0 || !strings.ContainsAny(a[:i], " \t") {
		return normalizeAddr(a)
	}
	local := strings.Join(strings.Fields(strings.NewReplacer(`"`, "", `\`, "").Replace(a[:i])), " ")
	return normalizeAddr(`"` + local + `"` + a[i:])
}

func lenientAddresses(v string) []Address {
	var out []Address
	for _, part := range splitOutsideQuotes(v) {
		a, ok := addressIn(part)
		if strings.Contains(part, "=?") && (!ok || strings.Contains(a.Name, "=?")) {
			// A mailer that encodes the whole mailbox, name and address,
			// as one encoded-word hides the address from the parser;
			// readers show the decoded text, and the address is in it.
			// In the Q encoding the brackets stay as they are, and
			// read first they cut the word in two, leaving half of it
			// as the name.
			// Read whole, it may name another address only when none
			// was found: one bracketed after the word is the sender's.
			if whole, good := addressIn(decodeHeaderText(part)); good && (!ok || whole.Addr == a.Addr) {
				a, ok = whole, true
			}
		}
		if ok {
			out = append(out, a)
		}
	}
	return out
}

// addressIn reads one mailbox of an address list that the parser refused:
// the address between angle brackets, else the word holding an "@".
// Brackets inside an encoded-word are text of the name, unless they are
// all there is: a mailer that encodes the whole mailbox leaves its
// brackets bare in the Q encoding, but a bracketed address typed into an
// encoded name before the true one ("=?utf-8?Q?Coach_<owner@…>?= <x@…>")
// is there to pass for another sender.
func addressIn(part string) (Address, bool) {
	part = strings.TrimSpace(part)
	if strings.Count(part, "<") == 1 && !strings.Contains(part, ">") && strings.Contains(part[strings.IndexByte(part, '<'):], "@") {
		// The closing bracket left out: `"Test Name"<test@example.org`.
		part += ">"
	}
	var a Address
	if m := mailboxAddr(part); m != nil {
		a.Addr = bracketedAddr(withoutComments(part[m[2]:m[3]]))
		// The name is what comes before the address, without the
		// comments RFC 5322 allows among its words, else a comment
		// alone before it or after it.
		a.Name = phraseOf(part[:m[0]])
		if a.Name == "" {
			a.Name = strings.Trim(strings.TrimSpace(part[m[1]:]), "()")
		}
	} else {
		// A bare address: the words before it are the name, as a
		// mailer writes "=?gb2312?...?= li@example.cn", or a comment
		// after it, "li@example.cn (Li Wei)". A group's label ("Team:")
		// before them is not, nor a stray line a broken mailer left
		// under the field, which reads as words after the address.
		var name []string
		after, comment := false, false
		for _, f := range strings.Fields(part) {
			switch {
			case strings.Contains(f, "@"):
				a.Addr = normalizeAddr(strings.Trim(f, "()<>\"'"))
				after = true
			case strings.HasSuffix(f, ":") && !comment:
				name = name[:0]
			default:
				comment = comment || strings.HasPrefix(f, "(")
				if !after || comment {
					name = append(name, f)
				}
				comment = comment && !strings.HasSuffix(f, ")")
			}
		}
		a.Name = strings.Trim(strings.Join(name, " "), "()")
	}
	if !plausibleAddr(a.Addr) {
		if stripped := withoutComments(part); stripped != part {
			return addressIn(stripped)
		}
		return Address{}, false
	}
	a.Name = prose.OneLine(decodeHeaderText(strings.Trim(strings.TrimSpace(a.Name), `"'`)))
	return a, true
}

// phraseOf reads the display name before a bracketed address, after any
// group's label: its words without their comments ("Pete(A wonderful \)
// chap)" is Pete), as the parser reads a well-formed one, or the comment
// when that is all there is. Encoded-words are left whole: a parenthesis
// may be text inside one.
func phraseOf(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, ':'); i >= 0 && !strings.ContainsAny(s, `"=`) {
		// The label of a group the mailbox opens: "Team: Ann <ann@…>".
		s = strings.TrimSpace(s[i+1:])
	}
	if strings.Contains(s, "=?") {
		return s
	}
	if bare := withoutComments(s); bare != "" {
		return bare
	}
	return strings.TrimSpace(strings.Trim(s, "()"))
}

// mailboxAddr locates the bracketed address of part, as
// FindStringSubmatchIndex does: the first outside an encoded-word, else
// the first.
func mailboxAddr(part string) []int {
	all := angleAddr.FindAllStringSubmatchIndex(part, -1)
	if all == nil {
		return nil
	}
	words := encodedWord.FindAllStringIndex(part, -1)
	for _, m := range all {
		inside := false
		for _, w := range words {
			inside = inside || w[0] < m[0] && m[1] <= w[1]
		}
		if !inside {
			return m
		}
	}
	return all[0]
}

// spaceAroundAt matches the blanks RFC 5322's obsolete syntax allows on
// either side of the "@" of an address.
var spaceAroundAt = regexp.MustCompile(`[ \t]*@[ \t]*`)

// withoutComments drops the comments RFC 5322 allows between the words of
// an address ("john.doe (work) @ example.com"), and the blanks they leave
// around its "@": readers show the address without them. Quoted text and
// escaped parentheses stay; s comes back as it was when it holds none.
func withoutComments(s string) string {
	if !strings.Contains(s, "(") {
		return s
	}
	var b strings.Builder
	depth, quoted := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s):
			if depth == 0 {
				b.WriteString(s[i : i+2])
			}
			i++
		case c == '"' && depth == 0:
			quoted = !quoted
			b.WriteByte(c)
		case c == '(' && !quoted:
			depth++
		case c == ')' && !quoted && depth > 0:
			depth--
		case depth == 0:
			b.WriteByte(c)
		}
	}
	return strings.TrimSpace(spaceAroundAt.ReplaceAllString(b.String(), "@"))
}

// splitOutsideQuotes splits an address list on commas that are not inside
// quotes, angle brackets or comments.
func splitOutsideQuotes(v string) []string {
	var parts []string
	depth, quoted, start := 0, false, 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c == '\\' && quoted:
			i++
		case c == '"':
			quoted = !quoted
		case !quoted && (c == '<' || c == '('):
			depth++
		case !quoted && (c == '>' || c == ')') && depth > 0:
			depth--
		case !quoted && depth == 0 && (c == ',' || c == ';'):
			parts = append(parts, v[start:i])
			start = i + 1
		}
	}
	return append(parts, v[start:])
}

// normalizeAddr lowercases the domain; the local part is case-sensitive in
// principle and kept as written. What senders wrap around the address
// goes (see unwrapAddr): a reply sent with it would bounce.
func normalizeAddr(a string) string {
	a = unwrapAddr(prose.Clean(strings.TrimSpace(a)))
	i := strings.LastIndexByte(a, '@')
	if i < 0 {
		return a
	}
	return a[:i+1] + strings.ToLower(a[i+1:])
}

// unwrapAddr takes off what clients and forms put around a whole address:
// quotes, single or double ("<'ines@example.pt'>", `<"ines@example.pt">`),
// square brackets ("[ines@example.pt]", as Outlook shows an address), a
// "mailto:" before it and a ";", "," or "." after it. No domain ends in
// any of them and no local part starts with one; a quoted local part
// ("no reply"@example.com) and a domain literal (ines@[192.0.2.1]) stay.
func unwrapAddr(a string) string {
	for {
		before := a
		if len(a) > 7 && strings.EqualFold(a[:7], "mailto:") {
			a = a[7:]
		}
		a = strings.TrimRight(a, ";,.")
		if len(a) > 2 && strings.Contains(a, "@") {
			first, last := a[0], a[len(a)-1]
			if first == last && (first == '\'' || first == '"') || first == '[' && last == ']' {
				a = a[1 : len(a)-1]
			}
		}
		if a == before {
			return a
		}
	}
}

// splitAddr cuts an address into its local part and its domain at its
// last "@": a quoted local part may hold one ("\"a@b\"@example.org").
// An address with none is all local part.
func splitAddr(addr string) (local, domain string) {
	i := strings.LastIndexByte(addr, '@')
	if i < 0 {
		return addr, ""
	}
	return addr[:i], addr[i+1:]
}

// quotedLocal writes an address whose local part the parser gave
// unquoted ("user@evil.example@example.org", "John Smith@example.org")
// with the quotes it needs (RFC 5322 3.4.1): without them it names
// another mailbox, or none.
func quotedLocal(addr string) string {
	local, domain := splitAddr(addr)
	if domain == "" || !strings.ContainsAny(local, " \t\"(),:;<>@[\\]") || strings.HasPrefix(local, `"`) {
		return addr
	}
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(local) + `"@` + domain
}

// plausibleAddr accepts "local@domain" with one "@" and both sides filled.
func plausibleAddr(a string) bool {
	local, domain, ok := strings.Cut(a, "@")
	return ok && local != "" && domain != "" && !strings.Contains(domain, "@")
}

// msgIDs reads Message-ID, In-Reply-To or References (RFC 5322 3.6.4):
// go-message's parser first, parseMsgIDs for what it refuses and for a
// field sent more than once.
func msgIDs(h *gomail.Header, key string) []string {
	if vs := h.Values(key); len(vs) == 1 {
		if ids, err := h.MsgIDList(key); err == nil {
			for i, id := range ids {
				ids[i] = prose.Clean(id)
			}
			return ids
		}
	}
	return parseMsgIDs(strings.Join(h.Values(key), " "))
}

var msgIDRe = regexp.MustCompile(`<([^<>\s]+)>`)

// parseMsgIDs reads message ids leniently: bracketed ids where present,
// words holding an "@" otherwise.
func parseMsgIDs(v string) []string {
	var out []string
	for _, m := range msgIDRe.FindAllStringSubmatch(v, -1) {
		out = append(out, prose.Clean(m[1]))
	}
	if len(out) > 0 {
		return out
	}
	for _, f := range strings.Fields(v) {
		if strings.Contains(f, "@") {
			out = append(out, prose.Clean(strings.Trim(f, "<>,;\"")))
		}
	}
	return out
}

// parseReturnPath keeps the null sender visible as "<>".
func parseReturnPath(v string) string {
	v = strings.TrimSpace(v)
	if v == "" {
		return ""
	}
	if m := angleAddr.FindStringSubmatch(v); m != nil {
		if m[1] == "" {
			return "<>"
		}
		return normalizeAddr(m[1])
	}
	return normalizeAddr(strings.Trim(v, "<>"))
}

var extraDateLayouts = []string{
	"Mon, 2 Jan 2006 15:04:05 -0700 (MST)",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 06 15:04:05 -0700",
	"Mon, 02 Jan 2006 15:04:05",
	"Mon, 2 1 2006 15:04:05", // the month as a number
	"Mon, 2 1 2006 15:04:05 -0700",
	"Mon Jan 2 15:04:05 2006",
	"Mon Jan 2 15:04:05 MST 2006",
	"2006-01-02 15:04:05 -0700",
	time.RFC3339,
}

// parseDate reads the Date field with net/mail's parser and a few layouts
// that broken clients produce.
func parseDate(v string) (time.Time, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return time.Time{}, nil
	}
	if t, err := mail.ParseDate(v); err == nil {
		return t, nil
	}
	v = strings.Join(strings.Fields(v), " ")
	if t, ok := parseDateLayouts(v); ok {
		return t, nil
	}
	if sv := spelledDate(v); sv != v {
		if t, err := mail.ParseDate(sv); err == nil {
			return t, nil
		}
		if t, ok := parseDateLayouts(sv); ok {
			return t, nil
		}
	}
	return time.Time{}, errors.New("unreadable date")
}

func parseDateLayouts(v string) (time.Time, bool) {
	for _, l := range extraDateLayouts {
		if t, err := time.Parse(l, v); err == nil {
			if alt, ok := monthFirst(l, v, t); ok {
				return alt, true
			}
			return t, true
		}
	}
	return time.Time{}, false
}

// monthFirst rereads a date whose month is a number with the month first,
// as American senders write it, when the weekday written says so: "Thu,
// 04 03 2025" is 3 April, a Thursday, not 4 March, a Tuesday. t is the
// date read day first from v with layout l.
func monthFirst(l, v string, t time.Time) (time.Time, bool) {
	if !strings.Contains(l, " 2 1 ") || strings.EqualFold(v[:3], t.Weekday().String()[:3]) {
		return time.Time{}, false
	}
	alt, err := time.Parse(strings.Replace(l, " 2 1 ", " 1 2 ", 1), v)
	if err != nil || !strings.EqualFold(v[:3], alt.Weekday().String()[:3]) {
		return time.Time{}, false
	}
	return alt, true
}

// gmtOffset matches a zone written as an offset from GMT or UTC, "GMT+1",
// "UTC-05:30", at the end of a date.
var gmtOffset = regexp.MustCompile(`(?i)\s(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$`)

// fullDayOrMonth matches an English weekday or month name written out.
var fullDayOrMonth = regexp.MustCompile(`(?i)\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(jan)uary\b|\b(feb)ruary\b|\b(mar)ch\b|` +
	`\b(apr)il\b|\b(jun)e\b|\b(jul)y\b|\b(aug)ust\b|\b(sep)tember\b|\b(oct)ober\b|\b(nov)ember\b|\b(dec)ember\b`)

// colonZone matches a numeric zone written with a colon, "+02:00", at the
// end of a date.
var colonZone = regexp.MustCompile(`\s([+-]\d{2}):(\d{2})$`)

// spelledDate rewrites a date as mail exporters, scripts and Apple's
// forwarded headers spell it, "16 May 2016 at 09:30:32 GMT+1",
// "Tuesday,20 June 2017 09:44:58 +02:00", in the form of RFC 5322,
// "16 May 2016 09:30:32 +0100".
func spelledDate(v string) string {
	v = strings.Replace(v, " at ", " ", 1)
	v = fullDayOrMonth.ReplaceAllStringFunc(v, func(name string) string { return name[:3] })
	if i := strings.IndexByte(v, ','); i >= 0 && i+1 < len(v) && v[i+1] != ' ' {
		v = v[:i+1] + " " + v[i+1:]
	}
	v = colonZone.ReplaceAllString(v, " $1$2")
	m := gmtOffset.FindStringSubmatchIndex(v)
	if m == nil {
		return v
	}
	hours, mins := v[m[4]:m[5]], "00"
	if m[6] >= 0 {
		mins = v[m[6]:m[7]]
	}
	if len(hours) == 1 {
		hours = "0" + hours
	}
	return v[:m[0]] + " " + v[m[2]:m[3]] + hours + mins
}
