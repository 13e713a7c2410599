package inbox

import (
	"bufio"
	"bytes"
	"cmp"
	"io"
	"maps"
	"mime"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/emersion/go-message/textproto"
	"golang.org/x/net/html/charset"
)

// Limits that keep hostile nesting from costing more than a real mail does.
const (
	maxDepth = 20
	maxParts = 500
	// Every level of nesting reads its multipart body again, so parts
	// nested in each other as deep as maxDepth, each holding the rest of
	// a mail of the largest size fetched, read it twenty times over. Each
	// level's body counts against splitBudget: eight times the mail and
	// 8 MiB more, as deep as real mail nests its largest parts.
	splitLevels = 8
	splitFloor  = 8 << 20
)

// splitBudget is how many bytes of multipart bodies the walker splits
// for a mail whose body is n bytes.
func splitBudget(n int) int { return splitLevels*n + splitFloor }

// walker descends a MIME tree and collects body text and attachments.
type walker struct {
	warn           func(string)
	parts          int
	deliveryReport bool
	// mixedStatus is set for a top-level multipart/mixed that carries a
	// delivery status part: a gateway's report, or a person's forward of
	// one, which parse tells apart by the sender.
	mixedStatus bool
	br          *bufio.Reader
	// forwarded is the first message attached whole (message/rfc822).
	forwarded []byte
	// preamble is the first preamble text of a multipart inside the mail
	// that had no text part, read when the mail has no text at all.
	preamble []string
	// namedText holds text parts that carry a file name but are not
	// marked as attachments, and text parts marked as attachments that
	// carry no name, read when the mail has no other text.
	namedText []namedPart
	// rich holds text/enriched, text/richtext and Markdown parts, read
	// when the mail has no plain, HTML or named text.
	rich []richPart
	// splitLeft is what is left of splitBudget.
	splitLeft int
	// plainTrailer is set when plain parts were found only below HTML
	// parts with no plain version, as relays and lists add them (sequence).
	plainTrailer bool
	// outerCharset is the charset named on the multipart being read, which
	// RFC 2046 gives no meaning but some mailers put there instead of on
	// the text parts inside it.
	outerCharset string
}

// namedPart is a text part kept undecoded until it is needed.
type namedPart struct {
	data    []byte
	charset string
	html    bool
	// unnamed is a part marked as an attachment with no file name.
	unnamed bool
}

// bufReader returns the walker's one buffered reader, reset to read r: a
// mail has many headers and quoted-printable parts, and a buffer for each
// was much of the cost of parsing it.
func (w *walker) bufReader(r io.Reader) *bufio.Reader {
	if w.br == nil {
		w.br = bufio.NewReader(r)
	} else {
		w.br.Reset(r)
	}
	return w.br
}

// content is what one entity contributed.
type content struct {
	mediaType   string
	plain       []string
	html        []string
	attachments []Attachment
}

func (c *content) merge(o content) {
	c.plain = append(c.plain, o.plain...)
	c.html = append(c.html, o.html...)
	c.attachments = append(c.attachments, o.attachments...)
}

func (w *walker) entity(h textproto.Header, body []byte, depth int) content {
	w.parts++
	mt, params := w.mediaType(h)
	if !strings.HasPrefix(mt, "multipart/") && opensWithDelimiter(params["boundary"], body) {
		w.warn("Content-Type " + quoteShort(mt) + " with a boundary over a body of MIME parts; read as multipart/mixed")
		mt = "multipart/mixed"
	}
	c := content{mediaType: mt}
	if depth > maxDepth {
		w.warn("MIME nesting too deep; rest skipped")
		return c
	}
	if w.parts > maxParts {
		w.warn("more than " + strconv.Itoa(maxParts) + " MIME parts; rest skipped")
		return c
	}
	if strings.HasPrefix(mt, "multipart/") {
		if cs := params["charset"]; cs != "" {
			defer func(outer string) { w.outerCharset = outer }(w.outerCharset)
			w.outerCharset = cs
		}
		if mt == "multipart/report" && strings.EqualFold(params["report-type"], "delivery-status") {
			w.deliveryReport = true
		}
		if len(bytes.TrimSpace(body)) == 0 {
			// A part that reuses its parent's boundary is cut off empty;
			// its parts are read among the parent's (multipart).
			if depth == 0 {
				w.warn("the multipart body is empty")
			}
			return c
		}
		body = w.encodedMultipart(h.Get("Content-Transfer-Encoding"), params["boundary"], body)
		if !w.spend(body) {
			return c
		}
		if parts, ok := w.multipart(params["boundary"], body); ok {
			if depth == 0 && carriesDeliveryStatus(mt, parts) {
				if mt == "multipart/mixed" {
					w.mixedStatus = true
				} else {
					w.deliveryReport = true
				}
			}
			c.merge(w.children(mt, parts, depth))
			if len(c.plain) == 0 && len(c.html) == 0 {
				// The preamble of a multipart inside the mail is read
				// only when the mail has no other text.
				switch text := w.preambleText(params["boundary"], body); {
				case depth > 0:
					if w.preamble == nil {
						w.preamble = text
					}
				case text != nil:
					c.plain = text
				default:
					c.plain = w.preamble
				}
				if len(c.plain) > 0 {
					w.warn("no text part; the text before the first MIME boundary is read")
				}
			}
			return c
		}
		mt, params = "text/plain", nil
	}
	data := w.transferDecode(h.Get("Content-Transfer-Encoding"), body)
	if strings.HasPrefix(mt, "text/") {
		data = w.undeclaredEncoding(h.Get("Content-Transfer-Encoding"), data)
	}
	if signed, ok := w.signedEntity(h, mt, params, data, depth); ok {
		return signed
	}
	disp, dparams := disposition(h)
	name := partFilename(h, dparams, params)
	isBody := (mt == "text/plain" || mt == "text/html") && name == "" && disp != "attachment"
	if !isBody {
		if (mt == "message/rfc822" || mt == "message/global") && w.forwarded == nil {
			w.forwarded = data
		}
		if (mt == "text/plain" || mt == "text/html") && (disp != "attachment" || name == "") {
			w.namedText = append(w.namedText, namedPart{data, params["charset"], mt == "text/html", name == ""})
		}
		if isRichText(mt) && name == "" && disp != "attachment" {
			w.rich = append(w.rich, richPart{data, params["charset"], mt})
		}
		if name == "" {
			name = locationName(h.Get("Content-Location"))
		}
		c.attachments = append(c.attachments, Attachment{Filename: name, ContentType: mt, Size: len(data)})
		return c
	}
	data, params = w.widenedToUTF8(data, params)
	if w.bodyType(h, mt, data) == "text/html" {
		c.html = append(c.html, w.htmlText(data, params["charset"]))
		return c
	}
	// A charset the sender put on the multipart around a plain part that
	// names none is the one its text was written in.
	text := w.text(data, cmp.Or(params["charset"], w.outerCharset))
	if strings.EqualFold(params["format"], "flowed") {
		text = unflow(text, strings.EqualFold(params["delsp"], "yes"))
	}
	c.plain = append(c.plain, text)
	return c
}

// encodedMultipart decodes a multipart body sent in base64 or
// quoted-printable as a whole, which RFC 2045 6.4 forbids but gateways
// that re-encode every message for a 7-bit path do: none of its
// delimiters can be found until it is decoded. A body whose delimiters
// are there as written is left alone; its parts carry their own
// encodings, and decoding it too would decode them twice.
func (w *walker) encodedMultipart(cte, boundary string, body []byte) []byte {
	delim := []byte("--" + boundary)
	if boundary == "" || bytes.Contains(body, delim) {
		return body
	}
	var decoded []byte
	switch normalizeCTE(cte) {
	case "base64":
		decoded = decodeBase64Lenient(body)
	case "quoted-printable":
		decoded = decodeQuotedPrintable(body)
	default:
		return body
	}
	if !bytes.Contains(decoded, delim) {
		return body
	}
	w.warn("the multipart body is encoded as a whole; decoded before its parts are read")
	return decoded
}

// spend takes a multipart body from what is left of splitBudget, or
// reports false, with a warning, when too little is left to split it.
func (w *walker) spend(body []byte) bool {
	if len(body) > w.splitLeft {
		w.warn("MIME nesting too deep; rest skipped")
		return false
	}
	w.splitLeft -= len(body)
	return true
}

// bodyType is the type a body part is read as, text/plain or text/html:
// the declared one, unless the body shows it is the other.
func (w *walker) bodyType(h textproto.Header, mt string, data []byte) string {
	switch {
	case mt == "text/plain" && alsoDeclaresHTML(h) && hasMarkup(data):
		w.warn("two Content-Type fields; the body is HTML and read as HTML")
		return "text/html"
	case mt == "text/plain" && isHTMLDocument(data):
		w.warn("a text/plain body is an HTML document; read as HTML")
		return "text/html"
	case mt == "text/html" && !hasMarkup(data):
		w.warn("a text/html body has no markup; read as plain text")
		return "text/plain"
	}
	return mt
}

// plainText joins the plain parts that hold text. A mail with no body
// part at all but text parts carrying a file name and no attachment
// disposition, or an attachment disposition and no file name, as some
// mailers send a typed message, is read from those: mail clients show
// them inline, and a part with no name is no file the sender chose. The
// HTML ones among them join top's HTML.
func (w *walker) plainText(top *content) string {
	texts := slices.DeleteFunc(top.plain, func(t string) bool { return strings.TrimSpace(t) == "" })
	if len(texts) == 0 && len(top.html) == 0 && len(w.namedText) > 0 {
		if slices.ContainsFunc(w.namedText, func(p namedPart) bool { return p.unnamed }) {
			w.warn("no body part; the text parts marked as attachments without a name are read as the text")
		} else {
			w.warn("no body part; the text parts sent as named files are read as the text")
		}
		for i, p := range w.namedText {
			// The same text twice with no name is two versions of one,
			// as an alternative of such parts holds it: a reader sees
			// one. Named files stay, each a file the sender chose.
			if p.unnamed && slices.ContainsFunc(w.namedText[:i], func(q namedPart) bool { return q.unnamed && bytes.Equal(q.data, p.data) }) {
				continue
			}
			if p.html {
				top.html = append(top.html, w.htmlText(p.data, p.charset))
			} else {
				texts = append(texts, w.text(p.data, p.charset))
			}
		}
	}
	if len(texts) == 0 && len(top.html) == 0 {
		if texts = w.richText(); len(texts) > 0 {
			// What was read as the text is no file besides.
			top.attachments = slices.DeleteFunc(top.attachments, func(a Attachment) bool { return a.Filename == "" && isRichText(a.ContentType) })
		}
	}
	return strings.Join(texts, "\n\n")
}

// blank reports texts that hold nothing but whitespace.
func blank(texts []string) bool {
	return !slices.ContainsFunc(texts, func(t string) bool { return strings.TrimSpace(t) != "" })
}

// children walks the parts of a multipart. For alternatives it keeps the
// first plain version that holds text and the last HTML version, as a
// reader would see.
func (w *walker) children(mt string, parts []part, depth int) content {
	if mt != "multipart/alternative" {
		subs := make([]content, 0, len(parts))
		for _, p := range parts {
			h := p.header
			if mt == "multipart/digest" && !h.Has("Content-Type") {
				// A digest's part is a mail unless it says otherwise
				// (RFC 2046 5.1.5); read as text its header would be.
				h = h.Copy()
				h.Set("Content-Type", "message/rfc822")
			}
			subs = append(subs, w.entity(h, p.body, depth+1))
		}
		return w.sequence(subs)
	}
	var c content
	var plainDone bool
	for _, p := range parts {
		sub := w.entity(p.header, p.body, depth+1)
		// The same text in a rich format, as Apple Mail sends
		// text/enriched beside the plain, is a version, not a file.
		if !isRichText(sub.mediaType) || slices.ContainsFunc(sub.attachments, func(a Attachment) bool { return a.Filename != "" }) {
			c.attachments = append(c.attachments, sub.attachments...)
		}
		// A blank plain version gives way to a later one: Exchange can
		// send an empty text/plain beside an "HTML" part that is plain
		// text.
		if len(sub.plain) > 0 && (!plainDone || blank(c.plain)) {
			c.plain, plainDone = sub.plain, true
		}
		if len(sub.html) > 0 {
			c.html = sub.html
		}
	}
	return c
}

// mediaType reads Content-Type, recovering the type from values that
// mime.ParseMediaType rejects. A missing type means text/plain (RFC 2045 5.2).
func (w *walker) mediaType(h textproto.Header) (string, map[string]string) {
	v := h.Get("Content-Type")
	if strings.TrimSpace(v) == "" {
		return "text/plain", map[string]string{}
	}
	mt, params, err := mime.ParseMediaType(v)
	if err != nil {
		w.warn("malformed Content-Type")
		mt, params = lenientMediaType(v)
	}
	mt = strings.ToLower(mediaToken(mt))
	if fixed := unswappedType(mt); fixed != mt {
		w.warn("Content-Type " + quoteShort(mt) + " read as " + fixed)
		mt = fixed
	}
	if !strings.Contains(mt, "/") {
		switch {
		case mt == "html" || mt == "" && strings.Contains(strings.ToLower(v), "html"):
			mt = "text/html" // "Content-Type: html", "Content-Type: <html>"
		case mt == "" && params["name"] != "":
			mt = typeByName(params["name"])
		case mt == "text" || mt == "":
			mt = "text/plain"
		case mt == "multipart" && params["boundary"] != "":
			// A multipart of a subtype we do not know is read as
			// multipart/mixed (RFC 2046 5.1.3); so is one whose
			// subtype was left out, as its delimiters show it is.
			mt = "multipart/mixed"
		case topTypes[mt] || strings.Contains(mt, "octet") || strings.HasPrefix(mt, "application"):
			mt = "application/octet-stream"
		case params["name"] != "":
			mt = typeByName(params["name"])
		case typeByName("."+mt) != "application/octet-stream":
			mt = typeByName("." + mt) // "pdf", "jpeg": a file's type, its top type left out
		default:
			// "invalid", "utf-8": no type at all, which RFC 2045 5.2
			// reads as text/plain.
			w.warn("Content-Type " + quoteShort(mt) + " names no type; read as text/plain")
			mt = "text/plain"
		}
	}
	return mt, params
}

// topTypes are the top-level media types other than text: written alone,
// a file's type whose subtype was left out.
var topTypes = map[string]bool{"application": true, "image": true, "audio": true, "video": true, "message": true,
	"multipart": true, "model": true, "font": true}

// lenientMediaType reads "type/subtype; k=v; ..." as far as it goes. The
// type is the first word only: scripts that join header fields on one
// line write "text/html Content-Transfer-Encoding: 8bit", and the whole
// of that taken as the type would make the body an attachment. Words
// after it that are parameters, as in "text/plain charset=koi8-r" with
// its semicolon lost, count as such. A value that starts with a
// parameter ("charset=utf-8; format=flowed") left the type out.
func lenientMediaType(v string) (string, map[string]string) {
	params := map[string]string{}
	pieces := strings.Split(v, ";")
	first := strings.Fields(pieces[0])
	mt := ""
	if len(first) > 0 && !isParam(first[0]) {
		mt, first = first[0], first[1:]
	}
	for _, p := range append(first, pieces[1:]...) {
		k, val, ok := strings.Cut(p, "=")
		if !ok {
			continue
		}
		k = strings.ToLower(strings.TrimSpace(k))
		if _, dup := params[k]; !dup {
			params[k] = strings.Trim(strings.TrimSpace(val), `"'`)
		}
	}
	return mt, params
}

// isParam reports a word that is a parameter, "name=value", and no type:
// its "=" comes before any "/".
func isParam(word string) bool {
	eq := strings.IndexByte(word, '=')
	slash := strings.IndexByte(word, '/')
	return eq > 0 && (slash < 0 || eq < slash)
}

// unswappedType reads the text types that senders write the wrong way
// round ("plain/text", "html/text"), or with no subtype after the slash
// ("text/"), as the text types they name. Read as written, they are no
// type a reader knows, and the body becomes an attachment.
func unswappedType(mt string) string {
	typ, sub, ok := strings.Cut(mt, "/")
	switch {
	case !ok:
		return mt
	case typ == "text" && sub == "":
		return "text/plain"
	case sub == "text" && (typ == "plain" || typ == "html"):
		return "text/" + typ
	}
	return mt
}

// mediaToken cuts a media type at the first character a type or subtype
// cannot hold (RFC 2045 5.1): "text/plain>" is text/plain, and "<html>"
// is no type at all, which RFC 2045 5.2 reads as text/plain.
func mediaToken(mt string) string {
	i := strings.IndexFunc(mt, func(r rune) bool {
		return r <= ' ' || r >= 0x7f || strings.ContainsRune(`()<>@,;:\"[]?=`, r)
	})
	if i >= 0 {
		return mt[:i]
	}
	return mt
}

// filename is the part's file name from Content-Disposition's filename or
// Content-Type's name; some mailers give it as Content-Type's filename, a
// parameter of the other field, and mail clients show that name too.
func filename(dparams, params map[string]string) string {
	name := cmp.Or(dparams["filename"], params["name"], params["filename"])
	return strings.TrimSpace(decodeHeaderText(name))
}

// maxPartText bounds the bytes of a text part that are decoded. Of the
// text only the first maxText bytes are read (limitText), and of HTML the
// first maxHTML, and twice maxHTML bytes in any charset but UTF-32 decode
// to that much at least: UTF-16 takes two bytes where UTF-8 takes one,
// and every other charset no fewer than UTF-8. A part of many megabytes
// was decoded and copied whole several times over; it stays whole in the
// stored mail.
const maxPartText = 2 * maxHTML

func (w *walker) text(data []byte, label string) string {
	if len(data) > maxPartText {
		w.warn("text part longer than 2 MiB; the rest is not read")
		data = cutPartText(data, label)
	}
	s, warn := decodeCharset(data, label)
	if warn != "" {
		w.warn(warn)
	}
	// A byte-order mark that starts a part marks its encoding; it is no
	// text (Unicode 16.0, 23.8). The object replacement character is
	// where Apple Mail's plain version had an inline image: it shows as
	// a box, and the image is an attachment.
	return normalizeNewlines(strings.ReplaceAll(strings.TrimPrefix(s, "\ufeff"), "\ufffc", ""))
}

// cutPartText cuts data, in charset label, to at most maxPartText bytes:
// after a line end in its last quarter, which ends a character in every
// charset but the wide ones, and those at a whole number of 32-bit units.
func cutPartText(data []byte, label string) []byte {
	data = data[:maxPartText]
	if l := normalizeCharset(label); strings.HasPrefix(l, "utf-16") || strings.HasPrefix(l, "utf-32") {
		return data
	}
	if i := bytes.LastIndexByte(data, '\n'); i >= maxPartText*3/4 {
		return data[:i+1]
	}
	return data
}

// htmlText decodes an HTML part; without a declared charset the document's
// own <meta charset> decides. A document with neither is read as text
// without a charset is: DetermineEncoding's fallback for it is
// windows-1252, which garbles the Chinese or Russian of a page a script
// sent without either.
func (w *walker) htmlText(data []byte, label string) string {
	if strings.TrimSpace(label) == "" && hasNonASCII(data) {
		if _, name, _ := charset.DetermineEncoding(data, "text/html"); name != "windows-1252" || namesCharset(data) {
			label = name
		}
	}
	return w.text(data, label)
}

// namesCharset reports a "charset" in the part of an HTML document that
// DetermineEncoding looks at for a <meta> naming one (the first 1024
// bytes, as the HTML standard's prescan does).
func namesCharset(data []byte) bool {
	return bytes.Contains(bytes.ToLower(data[:min(len(data), 1024)]), []byte("charset"))
}

func normalizeNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// widenedToUTF8 decodes a body in a charset of 16- or 32-bit units first:
// until then every ASCII character carries zero bytes, and the tests for
// markup and an HTML document below would see none.
func (w *walker) widenedToUTF8(data []byte, params map[string]string) ([]byte, map[string]string) {
	cs := normalizeCharset(params["charset"])
	if !strings.HasPrefix(cs, "utf-16") && !strings.HasPrefix(cs, "utf-32") {
		return data, params
	}
	text, warn := decodeCharset(data, cs)
	if warn != "" {
		w.warn(warn)
	}
	out := maps.Clone(params)
	out["charset"] = "utf-8"
	return []byte(text), out
}

// typeByName is the media type of a file that comes with a name and no
// type (a part written "Content-Type: ; name=photo.jpg", a uuencoded
// block), from its extension, without the parameters the system's table
// adds ("; charset=utf-8"), as every other attachment's type is given.
func typeByName(name string) string {
	ext := strings.ToLower(path.Ext(name))
	if t, _, err := mime.ParseMediaType(mime.TypeByExtension(ext)); err == nil && ext != "" {
		return t
	}
	return "application/octet-stream"
}

// alsoDeclaresHTML reports a header with more than one Content-Type field,
// a later one text/html. Which one a reader goes by is not settled; the
// body, when it holds markup, says which was meant.
func alsoDeclaresHTML(h textproto.Header) bool {
	vs := h.Values("Content-Type")
	for _, v := range vs[min(1, len(vs)):] {
		if mt, _, err := mime.ParseMediaType(v); err == nil && strings.EqualFold(mt, "text/html") {
			return true
		}
	}
	return false
}

// opensWithDelimiter reports a body that opens with the delimiter of
// boundary and a part header: a multipart whose Content-Type names a
// single type yet carries the boundary, as some bulk mailers write
// "text/html; boundary=…". Read as its type, the delimiters and part
// headers show as text.
func opensWithDelimiter(boundary string, body []byte) bool {
	if boundary == "" {
		return false
	}
	first, next := cutLine(skipBlankLines(body))
	following, _ := cutLine(next)
	return string(bytes.TrimRight(first, " \t")) == "--"+boundary && isContentField(following)
}
