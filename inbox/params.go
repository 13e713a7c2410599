package inbox

import (
	"mime"
	"net/url"
	"path"
	"strconv"
	"strings"

	"github.com/emersion/go-message/textproto"
)

// disposition reads Content-Disposition. A value mime.ParseMediaType
// refuses, such as "; filename=x.png" with the type left out, still names
// the file.
func disposition(h textproto.Header) (string, map[string]string) {
	v := h.Get("Content-Disposition")
	disp, params, err := mime.ParseMediaType(v)
	if err != nil && strings.TrimSpace(v) != "" {
		disp, params = lenientMediaType(v)
	}
	return strings.ToLower(disp), params
}

// partFilename is the part's file name from Content-Disposition's filename
// or Content-Type's name. The standard library reads RFC 2231 extended
// values only in UTF-8 and US-ASCII and drops the first piece of a value
// in any other charset, so those are read here from the raw fields.
func partFilename(h textproto.Header, dparams, params map[string]string) string {
	if name, ok := extendedParam(h.Get("Content-Disposition"), "filename"); ok {
		return cleanFilename(name)
	}
	if dparams["filename"] == "" {
		if name, ok := extendedParam(h.Get("Content-Type"), "name"); ok {
			return cleanFilename(name)
		}
	}
	return cleanFilename(filename(dparams, params))
}

// cleanFilename is the name a mail client shows for a part's file name.
// Old clients sent the sender's whole path ("C:\TEMP\photo.png") and
// scripts a relative one ("reports/01"): the file is its last piece, as
// a client saves it. A control character, such as the line break an
// encoded word can carry, is no part of a name a reader can see; it
// reads as a space.
func cleanFilename(name string) string {
	if strings.ContainsAny(name, "/\\") {
		if trimmed := strings.TrimRight(name, "/\\ "); trimmed != "" {
			name = trimmed[strings.LastIndexAny(trimmed, "/\\")+1:]
		}
	}
	if strings.IndexFunc(name, isControl) < 0 {
		return name
	}
	return strings.Join(strings.FieldsFunc(name, func(r rune) bool {
		return isControl(r) || r == ' '
	}), " ")
}

// isControl reports a C0 or C1 control character or DEL.
func isControl(r rune) bool {
	return r < ' ' || r == 0x7f || (r >= 0x80 && r < 0xa0)
}

// extendedParam reads an RFC 2231 extended parameter, whole or in
// numbered pieces, when its charset is one the standard library does not
// decode, or is left out: RFC 2231 allows an empty charset before the
// two quote marks, and some senders drop the marks too,
// "filename*=pl%C3%A4n.pdf"; mail clients read both as the escaped name.
// ok is false for anything else, so the usual reading stands.
func extendedParam(field, key string) (string, bool) {
	if !strings.Contains(field, "*") {
		return "", false
	}
	pieces := map[string]string{}
	for _, p := range strings.Split(field, ";") {
		k, v, found := strings.Cut(p, "=")
		k = strings.ToLower(strings.TrimSpace(k))
		if found && strings.HasPrefix(k, key+"*") {
			pieces[k] = strings.Trim(strings.TrimSpace(v), `"`)
		}
	}
	first := pieces[key+"*"]
	if first == "" {
		first = pieces[key+"*0*"]
	}
	if first == "" {
		return "", false
	}
	label, _, rest, ok := splitExtended(first)
	if !ok {
		label, rest = "", first
	}
	if l := normalizeCharset(label); isUTF8Label(l) || isASCIILabel(l) {
		return "", false
	}
	raw := []byte(percentDecode(rest))
	for n := 1; n < 100; n++ {
		num := key + "*" + strconv.Itoa(n)
		if v, ok := pieces[num+"*"]; ok {
			raw = append(raw, percentDecode(v)...)
		} else if v, ok := pieces[num]; ok {
			raw = append(raw, v...)
		} else {
			break
		}
	}
	if label != "" && !knownCharset(label) {
		return "", false
	}
	// Without a charset the bytes are read as UTF-8, else as 8-bit text.
	// decodeCharset also reads what the charset table cannot
	// (ISO-2022-KR) and what the label names wrongly.
	out, _ := decodeCharset(raw, label)
	return strings.TrimSpace(out), true
}

// splitExtended cuts "charset'language'value" (RFC 2231 4).
func splitExtended(v string) (label, lang, rest string, ok bool) {
	label, after, ok1 := strings.Cut(v, "'")
	lang, rest, ok2 := strings.Cut(after, "'")
	return label, lang, rest, ok1 && ok2
}

// percentDecode undoes RFC 2231's %XX escapes; a "%" not followed by two
// hex digits stays as written.
func percentDecode(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			out = append(out, unhex(s[i+1])<<4|unhex(s[i+2]))
			i += 2
			continue
		}
		out = append(out, s[i])
	}
	return string(out)
}

// locationName is the file name in a part's Content-Location (RFC 2557),
// "somefile.jpg" or "https://example.org/img/logo.png", for an attachment
// that names itself nowhere else; "" when it holds none.
func locationName(loc string) string {
	loc = strings.TrimSpace(loc)
	if loc == "" || len(loc) > 500 {
		return ""
	}
	if u, err := url.Parse(loc); err == nil && u.Path != "" {
		loc = u.Path
	}
	name := path.Base(loc)
	if !strings.Contains(strings.Trim(name, "."), ".") || strings.ContainsAny(name, "\x00\r\n") {
		return ""
	}
	return name
}
