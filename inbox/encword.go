package inbox

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"helpline/internal/prose"

	"github.com/emersion/go-message/charset"
	"github.com/emersion/go-message/textproto"
)

// decodeHeaderText decodes RFC 2047 encoded-words in an unstructured header
// value and reads raw 8-bit bytes as UTF-8 or windows-1252. The standard
// library's decoder reads well-formed values; decodeWordsLenient reads what
// it refuses or leaves encoded.
func decodeHeaderText(v string) string {
	if !strings.Contains(v, "=?") {
		return decode8bit([]byte(v))
	}
	if m := unclosedWord.FindStringSubmatch(v); m != nil && strings.Trim(m[1], "=") != "" {
		v += "?="
	}
	v = wordsRelabelled(v)
	d := mime.WordDecoder{CharsetReader: wordCharsetReader}
	if s, err := d.DecodeHeader(v); err == nil && utf8.ValidString(s) && !encodedWord.MatchString(s) {
		return prose.Clean(latin1WordsAsWindows1252(v, s))
	}
	return decodeWordsLenient(v)
}

// wordCharsetReader decodes an encoded-word's bytes for the standard
// library's decoder. UTF-16, ISO-2022-KR and the Japanese charsets go
// through decodeCharset, which guesses the byte order a word without a
// byte-order mark was written in, decodes ISO-2022-KR (the charset table
// has only a placeholder for it), finds which Japanese charset a
// mislabelled word is really in, reads ISO-8859-1 as windows-1252 and
// GBK as GB18030.
func wordCharsetReader(label string, r io.Reader) (io.Reader, error) {
	if n := normalizeCharset(label); !strings.HasPrefix(n, "utf-16") && !isJapaneseLabel(n) && n != "iso-2022-kr" && !latin1Labels[n] && !isGBKLabel(n) {
		return charset.Reader(label, r)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read encoded-word: %w", err)
	}
	s, _ := decodeCharset(b, label)
	return strings.NewReader(s), nil
}

// unclosedWord matches an encoded-word that runs to the end of a value
// without its closing "?=": a gateway or list that cuts a long subject
// to a length cuts it there, and left as it is the whole subject reads
// "=?UTF-8?B?w4lsw6h2ZSBx". Closed, it decodes to the text before the
// cut; a character cut in two is dropped (decodeCharset).
// One with no text before the end, or only "=" ("=?x?q?="), encodes
// nothing and stays as written.
var unclosedWord = regexp.MustCompile(`=\?[^?\s]+\?[bBqQ]\?([^?\s]*)$`)

// encodedWord matches "=?charset?enc?text?=". The text may hold a "?"
// (which RFC 2047 4.2 forbids but senders write) and be longer than 75
// characters.
var encodedWord = regexp.MustCompile(`=\?([^?\s]+)\?([bBqQ])\?([^\r\n]*?)\?=`)

// decodeWordsLenient decodes the encoded-words it can and keeps the others
// as written. Adjacent words in one charset are decoded together, since
// senders split multibyte characters across words; the whitespace between
// them is dropped (RFC 2047 6.2). Base64 may lack its padding.
func decodeWordsLenient(v string) string {
	var out strings.Builder
	var pending []byte
	pendCharset, last := "", 0
	flush := func() {
		if pendCharset != "" {
			s, _ := decodeCharset(pending, pendCharset)
			out.WriteString(s)
		}
		pending, pendCharset = pending[:0], ""
	}
	for _, m := range encodedWord.FindAllStringSubmatchIndex(v, -1) {
		cs := strings.ToLower(v[m[2]:m[3]])
		if !knownCharset(cs) {
			flush()
			out.WriteString(decode8bit([]byte(v[last:m[0]])))
			out.WriteString(unknownCharsetWord(v[m[0]:m[1]], v[m[4]:m[5]], v[m[6]:m[7]]))
			last = m[1]
			continue
		}
		if between := v[last:m[0]]; pendCharset == "" || strings.TrimSpace(between) != "" {
			flush()
			out.WriteString(decode8bit([]byte(between)))
		} else if cs != pendCharset {
			flush()
		}
		text := v[m[6]:m[7]]
		if strings.EqualFold(v[m[4]:m[5]], "b") {
			pending = append(pending, decodeBase64Lenient([]byte(text))...)
		} else {
			pending = append(pending, decodeQWord(text)...)
		}
		pendCharset, last = cs, m[1]
	}
	flush()
	out.WriteString(decode8bit([]byte(v[last:])))
	return prose.Clean(out.String())
}

// unknownCharsetWord reads an encoded-word whose charset we do not know
// ("=?NONE?B?...?=", "=?x-unknown?Q?...?="): when its bytes are plain
// ASCII or valid UTF-8 they read the same in any charset a mailer would
// name, so they are the text (RFC 2047 6.2 allows a best effort).
// Anything else stays as written.
func unknownCharsetWord(word, enc, text string) string {
	var b []byte
	if strings.EqualFold(enc, "b") {
		b = decodeBase64Lenient([]byte(text))
	} else {
		b = decodeQWord(text)
	}
	if !utf8.Valid(b) {
		return decode8bit([]byte(word))
	}
	return prose.Clean(string(b))
}

// decodeQWord decodes the "Q" encoding of RFC 2047 4.2; a stray "=" stays.
func decodeQWord(s string) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '_':
			out = append(out, ' ')
		case c == '=' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			out = append(out, unhex(s[i+1])<<4|unhex(s[i+2]))
			i += 2
		default:
			out = append(out, c)
		}
	}
	return out
}

// decodeBase64Lenient decodes base64 while skipping characters outside the
// alphabet and tolerating missing padding; it returns what it could decode.
// Padding inside the data ends a run that was encoded on its own, as a
// mailer that encodes its text in pieces and joins the results writes it:
// the next run starts a new group of four, and read on as one stream every
// byte after the first padding would come out shifted into noise.
func decodeBase64Lenient(b []byte) []byte {
	var out []byte
	for len(b) > 0 {
		run, pad := b, 0
		if i := bytes.IndexByte(b, '='); i >= 0 {
			after := bytes.TrimLeft(b[i:], "=")
			run, pad, b = b[:i], len(b)-i-len(after), after
		} else {
			b = nil
		}
		out = append(out, decodeBase64Run(run, pad)...)
	}
	return out
}

// decodeBase64Run decodes one run of base64, followed by pad padding
// characters, skipping characters outside the alphabet. The URL-safe
// alphabet's "-" and "_" (RFC 4648 5) are read as the "+" and "/" they
// stand for: scripts that build a mail for a web API that wants its raw
// message so encoded encode the body with it too, and no standard encoder
// writes either. In a run that uses "+" or "/", or whose padding fits only
// without them, they are stray marks, skipped like any other: read as
// digits, each would shift every byte after it into noise.
func decodeBase64Run(b []byte, pad int) []byte {
	urlSafe := urlSafeBase64(b, pad)
	clean := make([]byte, 0, len(b))
	for _, c := range b {
		switch {
		case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '+', c == '/':
			clean = append(clean, c)
		case c == '-' && urlSafe:
			clean = append(clean, '+')
		case c == '_' && urlSafe:
			clean = append(clean, '/')
		}
	}
	// A lone trailing sextet carries no whole byte.
	if len(clean)%4 == 1 {
		clean = clean[:len(clean)-1]
	}
	out := make([]byte, base64.RawStdEncoding.DecodedLen(len(clean)))
	n, _ := base64.RawStdEncoding.Decode(out, clean)
	return out[:n]
}

// urlSafeBase64 reports whether a run's "-" and "_" are digits of the
// URL-safe alphabet: the run has some, none of the standard "+" and "/",
// and, when padding follows, the digits and the padding make whole groups
// of four with them or do not without them.
func urlSafeBase64(b []byte, pad int) bool {
	std, url := 0, 0
	for _, c := range b {
		switch {
		case c == '+', c == '/':
			return false
		case c == '-', c == '_':
			url++
		case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			std++
		}
	}
	return url > 0 && (pad == 0 || (std+url+pad)%4 == 0 || (std+pad)%4 != 0)
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

// utf8Header returns h, read from the bytes head, with every field value
// that is not UTF-8, or is ISO-2022-JP text, decoded to UTF-8, and the
// charset used, or h itself when all are UTF-8. Mailers that write header
// text unencoded write it in the charset of their body: read as
// windows-1252 a Chinese or Russian subject comes out garbled, and a
// display name that is not UTF-8 makes the address parser refuse the
// whole From. Bytes the body's charset does not
// read fall back to decode8bit.
func utf8Header(h textproto.Header, head, body []byte) (textproto.Header, string, bool) {
	jis := isISO2022JP(head) || isISO2022KR(head)
	if utf8.Valid(head) && !jis {
		return h, "", false
	}
	cs := rawHeaderCharset(h, body)
	used, changed := "windows-1252", false
	guess, guessed := "", false
	var fields []rawField
	for f := h.Fields(); f.Next(); {
		v := f.Value()
		if jis && (isISO2022JP([]byte(v)) || isISO2022KR([]byte(v))) && !hasNonASCII([]byte(v)) {
			// Read before the address parser, which would split the
			// name at the commas and brackets among its 7-bit bytes.
			used = "iso-2022-kr"
			if isISO2022JP([]byte(v)) {
				used = "iso-2022-jp"
			}
			v, changed = decode8bit([]byte(v)), true
		} else if !utf8.ValidString(v) {
			raw := v
			var read string
			if v, read = decodeRawHeader(raw, cs); read == "" && cs == "" {
				if !guessed {
					guess, guessed = guessedHeaderCharset(h, body), true
				}
				if guess != "" {
					if g, r := decodeRawHeader(raw, guess); r != "" && !cjkInsideLatinWord(g) {
						v, read = g, r
					}
				}
			}
			if read != "" {
				used = read
			}
			changed = true
		}
		fields = append(fields, rawField{key: f.Key(), value: []string{v}})
	}
	if !changed {
		return h, "", false
	}
	return buildHeader(fields), used, true
}

// guessedHeaderCharset is the CJK charset cjk8bit finds in all of a
// header's 8-bit field values and the start of the body together, or "".
// A Chinese name is two or three characters, too few to tell its charset
// by, and stays garbled alone; beside the subject and the text, written
// by the same mailer in the same charset, it is read as they are. Only
// the double-byte charsets are guessed so: their pairs must decode
// cleanly and give common characters, where a single-byte guess would
// take a few accented capitals repeated in the subject and the text for
// a Russian word.
func guessedHeaderCharset(h textproto.Header, body []byte) string {
	var all []byte
	for f := h.Fields(); f.Next(); {
		if v := f.Value(); !utf8.ValidString(v) {
			all = append(append(all, v...), '\n')
		}
	}
	all = append(all, body[:min(len(body), 64<<10)]...)
	_, cs, _ := cjk8bit(all)
	return cs
}

// cjkInsideLatinWord reports a CJK character inside a Latin word, as a
// name or subject written in Latin-1 beside a body in a CJK charset
// comes out when read in the body's charset.
func cjkInsideLatinWord(s string) bool {
	rs := []rune(s)
	for i, r := range rs {
		if isCJK(r) && inLatinWord(rs, i) {
			return true
		}
	}
	return false
}

// decodeRawHeader reads v in charset cs when its bytes are text there
// (under a Japanese label, in the Japanese charset they are text in),
// with no charset declared as the language undeclared8bit finds, else with
// decode8bit; the charset it was read in is empty for decode8bit. A value
// that is UTF-8 with a stray byte is UTF-8, as decode8bit reads it: read
// in a legacy charset, the UTF-8 is garbled. One UTF-8 sequence is not
// enough: a double-byte charset's pairs form one by chance every few
// characters.
func decodeRawHeader(v, cs string) (string, string) {
	utf8ish := cs != "" && (utf8WithStrays([]byte(v)) || utf8WithAStray([]byte(v)))
	if isJapaneseLabel(cs) {
		// Shift_JIS or EUC-JP, whichever the bytes are in, as in a body.
		if !utf8ish {
			if text, read, ok := japanese8bit([]byte(v), cs); ok {
				return prose.Clean(text), read
			}
		}
		cs = ""
	}
	if cs != "" && !utf8ish {
		if latin1Labels[cs] {
			// As in a body: the quotes and dashes a Windows
			// mailer writes are no control codes.
			return decodeWindows1252([]byte(v)), cs
		}
		if out, ok := convertCharset([]byte(v), cs); ok && utf8.Valid(out) && !bytes.ContainsRune(out, utf8.RuneError) {
			return string(out), cs
		}
	}
	if cs == "" {
		if text, read, ok := undeclared8bit([]byte(v)); ok {
			return prose.Clean(text), read
		}
	}
	return decode8bit([]byte(v)), ""
}

// utf8WithAStray reports UTF-8 text with one flaw: a single byte outside
// its well-formed sequences, or a character cut off at its end, as a
// mailer that cuts a subject at a byte count, or pastes one Latin-1
// letter into it, leaves it. A short value has too few sequences for
// utf8WithStrays to outweigh that byte, and read in the body's charset
// every character of it comes out garbled ("fÃ¼r"). A double-byte
// charset's text mostly leaves a stray byte on either side of a pair
// that forms a UTF-8 sequence by chance, and more in any longer value.
func utf8WithAStray(b []byte) bool {
	if _, ok := withoutCutRune(b); ok {
		return true
	}
	_, stray, sequences := utf8Bytes(b)
	return sequences > 0 && stray <= 1
}

// charsetParam finds the first charset parameter in a body, for a
// multipart whose own header names none.
var charsetParam = regexp.MustCompile(`(?i)charset\s*=\s*"?([a-z0-9_.:-]+)`)

// rawHeaderCharset is the legacy charset the mail's text is declared in:
// the top-level one, or the first a part names. UTF-8, ASCII and charsets
// whose 7-bit bytes are escapes say nothing of 8-bit header bytes, except
// ISO-2022-JP: a Japanese mailer that declares it writes its 8-bit header
// bytes in Shift_JIS or EUC-JP (decodeRawHeader).
func rawHeaderCharset(h textproto.Header, body []byte) string {
	label := ""
	if _, params, err := mime.ParseMediaType(h.Get("Content-Type")); err == nil {
		label = params["charset"]
	}
	if label == "" {
		if m := charsetParam.FindSubmatch(body[:min(len(body), 64<<10)]); m != nil {
			label = string(m[1])
		}
	}
	norm := normalizeCharset(label)
	if norm == "" || isUTF8Label(norm) || isASCIILabel(norm) || mayBeStateful(norm) && !isJapaneseLabel(norm) || !knownCharset(norm) {
		return ""
	}
	return norm
}
