package inbox

import (
	"bytes"
	"mime"
	"strings"

	"github.com/emersion/go-message/textproto"
)

// mimeInBody recovers the MIME structure of a mail whose header has no
// Content-Type while its body is plainly MIME. Read as the text/plain RFC
// 2045 5.2 makes of it, every delimiter and part header would be the
// text of the mail. Two shapes reach mailboxes:
//
//   - Scripts that put a blank line between their own header fields and
//     the MIME fields they add (a stray line break in PHP's mail() extra
//     headers is the common one) start the body with a block of fields,
//     Content-Type among them, and a blank line. Those fields are the
//     mail's.
//   - Relays and list software that drop the top-level Content-Type leave
//     a body that starts with a delimiter line and a part header. It is
//     read as multipart/mixed with that boundary.
//
// It returns h and body unchanged, and an empty note, for any other mail.
func mimeInBody(h textproto.Header, body []byte) (textproto.Header, []byte, string) {
	if h.Has("Content-Type") {
		return h, body, ""
	}
	rest := skipBlankLines(body)
	if fields, after, ok := leadingMIMEFields(rest); ok {
		for f := fields.Fields(); f.Next(); {
			h.Add(f.Key(), f.Value())
		}
		return h, after, "the MIME fields stand below the header after a blank line; read as header fields"
	}
	first, next := cutLine(rest)
	following, _ := cutLine(next)
	boundary := strings.TrimSpace(string(first[min(2, len(first)):]))
	if !bytes.HasPrefix(first, []byte("--")) || !isContentField(following) ||
		boundary == "" || len(boundary) > 200 || strings.ContainsAny(boundary, " \t\"") {
		return h, body, ""
	}
	h.Set("Content-Type", mime.FormatMediaType("multipart/mixed", map[string]string{"boundary": boundary}))
	return h, body, "the body is MIME parts but the header has no Content-Type; read as multipart/mixed"
}

// skipBlankLines returns b after its leading lines that are empty or
// hold only spaces and tabs, as a script leaves between the header and
// the fields it adds.
func skipBlankLines(b []byte) []byte {
	for len(b) > 0 {
		line, next := cutLine(b)
		if len(bytes.TrimSpace(line)) > 0 {
			break
		}
		b = next
	}
	return b
}

// maxBodyFields is the most fields a block that leadingMIMEFields takes
// may hold: a script's MIME fields are a handful, and a body of nothing
// but fields is not worth reading as a header.
const maxBodyFields = 64

// leadingMIMEFields reads a block of header fields at the start of body
// that ends in a blank line and holds a Content-Type with a media type.
// Each line must be a field or a folded continuation, and the first a
// MIME field, so typed text that happens to hold a colon is never taken.
// The block is bounded as a header is, by where its lines end: the field
// of megabytes that ended the header stays body here too.
func leadingMIMEFields(body []byte) (textproto.Header, []byte, bool) {
	first, _ := cutLine(body)
	k := strings.ToLower(headerKey(first))
	if !strings.HasPrefix(k, "content-") && k != "mime-version" {
		return textproto.Header{}, nil, false
	}
	var fields []rawField
	for rest := body; rest != nil; {
		line, next := cutLine(rest)
		if len(body)-len(rest)+len(line) > maxHeaderBytes {
			return textproto.Header{}, nil, false
		}
		switch kindOf(line) {
		case blankLine:
			h := buildHeader(fields)
			mt, _ := lenientMediaType(h.Get("Content-Type"))
			return h, next, strings.Contains(mediaToken(mt), "/")
		case fieldLine:
			if len(fields) == maxBodyFields {
				return textproto.Header{}, nil, false
			}
			k := headerKey(line)
			fields = append(fields, rawField{key: strings.TrimSpace(k), value: []string{trimmed(line[len(k)+1:])}})
		case foldLine:
			last := &fields[len(fields)-1]
			last.value = append(last.value, trimmed(line))
		default:
			return textproto.Header{}, nil, false
		}
		rest = next
	}
	return textproto.Header{}, nil, false
}
