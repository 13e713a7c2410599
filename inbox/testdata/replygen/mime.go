package main

import (
	"encoding/base64"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// part is one MIME entity: a leaf whose body is already transfer-encoded,
// or a multipart with its children.
type part struct {
	header   []string // complete header lines, folded where the client folds
	body     string
	boundary string
	preamble string
	kids     []*part
}

// add appends header lines to p and returns it.
func (p *part) add(lines ...string) *part {
	p.header = append(p.header, lines...)
	return p
}

func (p *part) write(b *strings.Builder) {
	for _, h := range p.header {
		b.WriteString(h)
		b.WriteString("\n")
	}
	b.WriteString("\n")
	if p.kids == nil {
		b.WriteString(p.body)
		if !strings.HasSuffix(p.body, "\n") {
			b.WriteString("\n")
		}
		return
	}
	if p.preamble != "" {
		b.WriteString(p.preamble + "\n")
	}
	for _, k := range p.kids {
		b.WriteString("--" + p.boundary + "\n")
		k.write(b)
	}
	b.WriteString("--" + p.boundary + "--\n")
}

// multi builds a multipart whose Content-Type value is ct (the boundary
// parameter included, written the way the client writes it).
func multi(ct, boundary string, kids ...*part) *part {
	return &part{header: []string{"Content-Type: " + ct}, boundary: boundary, kids: kids}
}

// leaf builds a text part: ct is the Content-Type value as the client
// writes it, cs the charset the text is encoded in, cte the transfer
// encoding ("" leaves the header out and the bytes as they are).
func leaf(ct, cs, cte, text string) *part {
	p := &part{header: []string{"Content-Type: " + ct}}
	if cte != "" {
		p.header = append(p.header, "Content-Transfer-Encoding: "+cte)
	}
	p.body = encodeBody(encodeCharset(text, cs), cte)
	return p
}

// binLeaf builds a non-text part from raw bytes, base64 encoded.
func binLeaf(data []byte, headers ...string) *part {
	return &part{header: append(headers, "Content-Transfer-Encoding: base64"), body: b64Lines(data, 76)}
}

func encodeBody(data []byte, cte string) string {
	switch strings.ToLower(cte) {
	case "quoted-printable":
		return qp(data)
	case "base64":
		return b64Lines(data, 76)
	}
	return string(data)
}

// charsets are the legacy encodings the corpus uses.
var charsets = map[string]encoding.Encoding{
	"iso-8859-1":   charmap.ISO8859_1,
	"iso-8859-15":  charmap.ISO8859_15,
	"iso-8859-2":   charmap.ISO8859_2,
	"windows-1252": charmap.Windows1252,
	"windows-1251": charmap.Windows1251,
	"windows-1250": charmap.Windows1250,
	"koi8-r":       charmap.KOI8R,
	"koi8-u":       charmap.KOI8U,
	"iso-2022-jp":  japanese.ISO2022JP,
	"shift_jis":    japanese.ShiftJIS,
	"gb2312":       simplifiedchinese.GBK,
	"gbk":          simplifiedchinese.GBK,
	"gb18030":      simplifiedchinese.GB18030,
}

// encodeCharset converts UTF-8 text to the named charset; it panics when a
// character has no place there, since the fixture would then lie.
func encodeCharset(s, cs string) []byte {
	cs = strings.ToLower(cs)
	if cs == "" || cs == "utf-8" || cs == "us-ascii" {
		if cs == "us-ascii" {
			for _, r := range s {
				if r > 127 {
					panic(fmt.Sprintf("non-ASCII %q in us-ascii text", r))
				}
			}
		}
		return []byte(s)
	}
	enc, ok := charsets[cs]
	if !ok {
		panic("unknown charset " + cs)
	}
	out, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		panic(fmt.Sprintf("text not representable in %s: %v\n%s", cs, err, s))
	}
	return out
}

// qp writes quoted-printable with soft breaks before column 76, as most
// clients do. Line breaks in data stay hard breaks.
func qp(data []byte) string {
	var b strings.Builder
	lines := strings.Split(string(data), "\n")
	for i, line := range lines {
		line = strings.TrimSuffix(line, "\r")
		qpLine(&b, []byte(line))
		if i < len(lines)-1 {
			b.WriteString("\n")
		}
	}
	return b.String()
}

func qpLine(b *strings.Builder, line []byte) {
	col := 0
	for i, c := range line {
		var tok string
		last := i == len(line)-1
		switch {
		case c == '=' || c > 126 || (c < 32 && c != '\t'):
			tok = fmt.Sprintf("=%02X", c)
		case (c == ' ' || c == '\t') && last:
			tok = fmt.Sprintf("=%02X", c)
		default:
			tok = string(c)
		}
		if col+len(tok) > 75 && !(last && col+len(tok) <= 76) {
			b.WriteString("=\n")
			col = 0
		}
		b.WriteString(tok)
		col += len(tok)
	}
}

func b64Lines(data []byte, width int) string {
	s := base64.StdEncoding.EncodeToString(data)
	var b strings.Builder
	for len(s) > width {
		b.WriteString(s[:width] + "\n")
		s = s[width:]
	}
	b.WriteString(s)
	return b.String()
}

// qword encodes a header value as RFC 2047 Q encoded-words when it needs
// them, split so no word passes 75 characters; upper picks "UTF-8" or
// "utf-8" as the client writes it.
func qword(s, label string) string {
	if isASCII(s) {
		return s
	}
	var words []string
	var cur strings.Builder
	prefix := "=?" + label + "?Q?"
	for _, r := range s {
		var tok string
		switch {
		case r == ' ':
			tok = "_"
		case r < 128 && (r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || strings.ContainsRune("!*+-/", r)):
			tok = string(r)
		default:
			for _, c := range encodeCharset(string(r), label) {
				tok += fmt.Sprintf("=%02X", c)
			}
		}
		if len(prefix)+cur.Len()+len(tok)+2 > 75 {
			words = append(words, prefix+cur.String()+"?=")
			cur.Reset()
		}
		cur.WriteString(tok)
	}
	words = append(words, prefix+cur.String()+"?=")
	return strings.Join(words, "\n ")
}

// bword encodes s as B encoded-words in the given charset, each word
// holding whole characters.
func bword(s, label string) string {
	if isASCII(s) {
		return s
	}
	var words []string
	prefix := "=?" + label + "?B?"
	var chunk []rune
	flush := func() {
		if len(chunk) > 0 {
			words = append(words, prefix+base64.StdEncoding.EncodeToString(encodeCharset(string(chunk), label))+"?=")
			chunk = nil
		}
	}
	for _, r := range s {
		next := append(append([]rune{}, chunk...), r)
		if len(prefix)+base64.StdEncoding.EncodedLen(len(encodeCharset(string(next), label)))+2 > 75 {
			flush()
		}
		chunk = append(chunk, r)
	}
	flush()
	return strings.Join(words, "\n ")
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// fold breaks a long header line at spaces before column 78, continuing
// with a tab or space as the client does.
func fold(line, cont string) string {
	if len(line) <= 78 {
		return line
	}
	var b strings.Builder
	col := 0
	for i, w := range strings.Split(line, " ") {
		if i > 0 {
			if col+1+len(w) > 78 {
				b.WriteString("\n" + cont)
				col = len(cont)
			} else {
				b.WriteString(" ")
				col++
			}
		}
		b.WriteString(w)
		col += len(w)
	}
	return b.String()
}

// htmlEscape escapes text for an HTML body the way mail clients do:
// ampersands and angle brackets, quotes left alone.
func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}
