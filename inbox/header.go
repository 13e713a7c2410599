package inbox

import (
	"bytes"
	"errors"
	"net/mail"
	"regexp"
	"strings"
	"time"

	"github.com/emersion/go-message"
	gomail "github.com/emersion/go-message/mail"
	"github.com/emersion/go-message/textproto"
)

// maxHeaderBytes bounds the header block we read; anything longer is body
// or garbage.
const maxHeaderBytes = 256 << 10

type rawField struct {
	key, value string
	more       [][]byte // continuation lines, joined by buildHeader
}

// splitHeader reads a header block leniently: CRLF or LF endings, folded
// lines, a leading mbox "From " line, and stray lines that belong to neither
// the header nor a blank separator. It returns the fields in order and the
// body that follows.
func splitHeader(raw []byte) ([]rawField, []byte, []string) {
	var fields []rawField
	var warns []string
	rest := raw
	if bytes.HasPrefix(rest, []byte("From ")) {
		rest = afterLine(rest)
	}
	for len(rest) > 0 {
		line, next := cutLine(rest)
		if len(bytes.TrimSpace(line)) == 0 {
			return fields, next, warns
		}
		if len(raw)-len(rest) > maxHeaderBytes {
			warns = append(warns, "header too long; rest read as body")
			return fields, rest, warns
		}
		switch {
		case line[0] == ' ' || line[0] == '\t':
			if len(fields) == 0 {
				warns = append(warns, "header starts with a continuation line")
				fields = append(fields, rawField{})
			}
			fields[len(fields)-1].more = append(fields[len(fields)-1].more, bytes.TrimSpace(line))
		case headerKey(line) != "":
			k := headerKey(line)
			v := line[len(k)+1:]
			fields = append(fields, rawField{key: strings.TrimSpace(k), value: string(bytes.TrimSpace(v))})
		case len(fields) > 0 && headerKey(firstLine(next)) != "":
			// A line that lost its folding whitespace between two fields.
			warns = append(warns, "bad header folding")
			fields[len(fields)-1].more = append(fields[len(fields)-1].more, bytes.TrimSpace(line))
		default:
			if len(fields) > 0 {
				warns = append(warns, "no blank line after header")
			}
			return fields, rest, warns
		}
		rest = next
	}
	return fields, nil, warns
}

// headerKey returns the field name of a "Name: value" line, or "".
func headerKey(line []byte) string {
	i := bytes.IndexByte(line, ':')
	if i <= 0 || i > 76 {
		return ""
	}
	k := bytes.TrimRight(line[:i], " \t")
	if len(k) == 0 {
		return ""
	}
	for _, c := range k {
		if c <= ' ' || c >= 127 {
			return ""
		}
	}
	return string(line[:i])
}

func cutLine(b []byte) ([]byte, []byte) {
	i := bytes.IndexByte(b, '\n')
	if i < 0 {
		return bytes.TrimSuffix(b, []byte("\r")), nil
	}
	return bytes.TrimSuffix(b[:i], []byte("\r")), b[i+1:]
}

func afterLine(b []byte) []byte {
	_, next := cutLine(b)
	return next
}

func firstLine(b []byte) []byte {
	line, _ := cutLine(b)
	return line
}

// buildHeader turns the fields into go-message's header type, whose Get
// returns the first field of a name and Values all of them in order.
func buildHeader(fields []rawField) gomail.Header {
	var h textproto.Header
	for i := len(fields) - 1; i >= 0; i-- {
		f := fields[i]
		if f.key == "" {
			continue
		}
		v := f.value
		if len(f.more) > 0 {
			v += " " + string(bytes.Join(f.more, []byte(" ")))
		}
		h.Add(f.key, v)
	}
	return gomail.Header{Header: message.Header{Header: h}}
}

// parseAddressList reads an address header: go-message's strict parser
// first, a forgiving split on commas when that fails.
func parseAddressList(h *gomail.Header, key string) ([]Address, bool) {
	v := h.Get(key)
	if strings.TrimSpace(v) == "" {
		return nil, true
	}
	if list, err := h.AddressList(key); err == nil {
		out := make([]Address, 0, len(list))
		for _, a := range list {
			out = append(out, Address{Name: decode8bit([]byte(a.Name)), Addr: normalizeAddr(a.Address)})
		}
		return out, true
	}
	return lenientAddresses(v), false
}

var angleAddr = regexp.MustCompile(`<([^<>\s]*)>`)

func lenientAddresses(v string) []Address {
	var out []Address
	for _, part := range splitOutsideQuotes(v) {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		var a Address
		if m := angleAddr.FindStringSubmatchIndex(part); m != nil {
			a.Addr = normalizeAddr(part[m[2]:m[3]])
			a.Name = strings.TrimSpace(part[:m[0]] + " " + part[m[1]:])
		} else if strings.Contains(part, "@") {
			fs := strings.Fields(part)
			for _, f := range fs {
				if strings.Contains(f, "@") {
					a.Addr = normalizeAddr(strings.Trim(f, "()<>\"'"))
				}
			}
		} else {
			continue
		}
		if !plausibleAddr(a.Addr) {
			continue
		}
		a.Name = decodeHeaderText(strings.Trim(strings.TrimSpace(a.Name), `"'`))
		out = append(out, a)
	}
	return out
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
// principle and kept as written.
func normalizeAddr(a string) string {
	a = cleanText(strings.TrimSpace(a))
	i := strings.LastIndexByte(a, '@')
	if i < 0 {
		return a
	}
	return a[:i+1] + strings.ToLower(a[i+1:])
}

var msgIDRe = regexp.MustCompile(`<([^<>\s]+)>`)

// parseMsgIDs reads Message-ID, In-Reply-To or References: bracketed ids
// where present, whitespace-separated words otherwise.
func parseMsgIDs(v string) []string {
	var out []string
	for _, m := range msgIDRe.FindAllStringSubmatch(v, -1) {
		out = append(out, cleanText(m[1]))
	}
	if len(out) > 0 {
		return out
	}
	for _, f := range strings.Fields(v) {
		if strings.Contains(f, "@") {
			out = append(out, cleanText(strings.Trim(f, "<>,;\"")))
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
	for _, l := range extraDateLayouts {
		if t, err := time.Parse(l, v); err == nil {
			return t, nil
		}
	}
	return time.Time{}, errors.New("unreadable date")
}

// plausibleAddr accepts "local@domain" with one "@" and both sides filled.
func plausibleAddr(a string) bool {
	local, domain, ok := strings.Cut(a, "@")
	return ok && local != "" && domain != "" && !strings.Contains(domain, "@")
}
