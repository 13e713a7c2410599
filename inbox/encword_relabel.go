package inbox

import (
	"encoding/base64"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
)

// wordsRelabelled relabels encoded-words in v whose label the decoders
// would read wrongly. Words labelled US-ASCII, ISO-8859-1, ISO-8859-15
// or windows-1252 whose bytes are UTF-8 with at least one multi-byte
// character become UTF-8: mailers put their default Western label on
// words they wrote in UTF-8, and read in the label's charset "José"
// comes out "JosÃ©". Text in one of those charsets almost never forms
// valid multi-byte UTF-8 by chance: a letter of Ã to ß would have to
// stand before a symbol of the 0x80 to 0xBF range. Other 8-bit words
// under US-ASCII, which the standard library's decoder turns into
// U+FFFD, become windows-1252, as the WHATWG Encoding Standard reads the
// label and decode8bit reads 8-bit text of no known charset. GBK words
// become GB18030, as convertCharset reads a GBK body. Words under a
// Japanese label whose bytes are in another Japanese charset, such as
// Shift_JIS under the 7-bit ISO-2022-JP, take the label of the one they
// are in, as decodeCharset reads them in a body. Adjacent words in
// one charset are weighed together, as a character may be split between
// them (RFC 2047 6.2), and written as one word when it is (joinedRun),
// when their UTF-8 label is wrong (repairedUTF8Run), or when a Q word
// had to be mended to be read (wordBytes).
func wordsRelabelled(v string) string {
	if !strings.Contains(v, "=?") {
		return v
	}
	matches := encodedWord.FindAllStringSubmatchIndex(v, -1)
	var b strings.Builder
	last := 0
	for i := 0; i < len(matches); {
		j, label := i+1, strings.ToLower(v[matches[i][2]:matches[i][3]])
		for j < len(matches) && strings.TrimSpace(v[matches[j-1][1]:matches[j][0]]) == "" &&
			strings.EqualFold(v[matches[j][2]:matches[j][3]], label) {
			j++
		}
		relabel, norm := "", normalizeCharset(label)
		data, mended := wordBytes(v, matches[i:j])
		if isGBKLabel(norm) {
			// The address parser reads words with the charset
			// table's GBK decoder, not with convertCharset.
			relabel = "gb18030"
		} else if hasNonASCII(data) {
			switch western := westernLabel(norm); {
			case western && utf8.Valid(data):
				relabel = "utf-8"
			case western && isASCIILabel(norm):
				relabel = "windows-1252"
			case isJapaneseLabel(norm):
				if _, cs, ok := japanese8bit(data, norm); ok && cs != norm {
					relabel = cs
				}
			}
		}
		label = v[matches[i][2]:matches[i][3]]
		if relabel != "" {
			label = relabel
		}
		if word, ok := repairedUTF8Run(data, norm); ok {
			b.WriteString(v[last:matches[i][0]])
			b.WriteString(word)
			last = matches[j-1][1]
		} else if mended {
			b.WriteString(v[last:matches[i][0]])
			b.WriteString("=?" + label + "?B?" + base64.StdEncoding.EncodeToString(data) + "?=")
			last = matches[j-1][1]
		} else if word, ok := joinedRun(v, matches[i:j], label); ok {
			b.WriteString(v[last:matches[i][0]])
			b.WriteString(word)
			last = matches[j-1][1]
		} else if relabel != "" {
			for _, m := range matches[i:j] {
				b.WriteString(v[last:m[2]])
				b.WriteString(relabel)
				last = m[3]
			}
		}
		i = j
	}
	if last == 0 {
		return v
	}
	b.WriteString(v[last:])
	return b.String()
}

// joinedRun returns the run of adjacent encoded-words at matches in v,
// in the charset label, as one word, when read alone they split a
// character and read together they do not: a name or subject in GB2312
// or Shift_JIS cut between two words, or ISO-2022-JP words that do not
// end back in ASCII. The decoders read each word alone. UTF-8 and the
// Western charsets split nothing the decoders cannot read.
func joinedRun(v string, matches [][]int, label string) (string, bool) {
	norm := normalizeCharset(label)
	if len(matches) < 2 || norm == "utf-8" || westernLabel(norm) || !knownCharset(norm) {
		return "", false
	}
	var each strings.Builder
	var data []byte
	for k := range matches {
		word, _ := wordBytes(v, matches[k:k+1])
		d, _ := decodeCharset(word, label)
		each.WriteString(d)
		data = append(data, word...)
	}
	whole, _ := decodeCharset(data, label)
	alone := each.String()
	if strings.Count(whole, "\ufffd") >= strings.Count(alone, "\ufffd") && !(strings.HasPrefix(norm, "iso-2022") && whole != alone) {
		return "", false
	}
	return "=?" + label + "?B?" + base64.StdEncoding.EncodeToString(data) + "?=", true
}

// repairedUTF8Run returns a run of adjacent encoded-words labelled UTF-8
// (norm) whose bytes, data, are not UTF-8, as one UTF-8 word of the text
// decodeCharset reads from them: the valid characters as they are, the
// other bytes as windows-1252, as a body under the same label is read.
// Mailers that label everything UTF-8 send "Ren\xe9" this way; the
// address parser would make each such byte U+FFFD, where the subject's
// own decoder reads the letter.
func repairedUTF8Run(data []byte, norm string) (string, bool) {
	if !isUTF8Label(norm) || utf8.Valid(data) {
		return "", false
	}
	text, _ := decodeCharset(data, norm)
	return "=?utf-8?B?" + base64.StdEncoding.EncodeToString([]byte(text)) + "?=", true
}

// westernLabel reports a label of US-ASCII or a Western European
// single-byte charset, which the WHATWG Encoding Standard reads as
// windows-1252 or ISO-8859-15.
func westernLabel(label string) bool {
	n := normalizeCharset(label)
	if isASCIILabel(n) || latin1Labels[n] {
		return true
	}
	enc, err := htmlindex.Get(n)
	return err == nil && (enc == charmap.Windows1252 || enc == charmap.ISO8859_15)
}

// wordBytes is the bytes the encoded-words at matches in v hold, and
// whether a Q word was read other than the decoders read it: an escape a
// mailer cut between two Q words ("Certifica=" and "C3=A7") is read
// whole, and a space inside a Q word, which its encoding cannot hold, is
// dropped where a fold inside the word left it between the bytes of one
// UTF-8 character ("=E2=82" folded over "=AC").
func wordBytes(v string, matches [][]int) (data []byte, mended bool) {
	cut := ""
	for k, m := range matches {
		text := v[m[6]:m[7]]
		if isBWord(v, m) {
			data = append(data, decodeBase64Lenient([]byte(text))...)
			continue
		}
		text, cut = cut+text, ""
		if n := cutEscape(text); n > 0 && k+1 < len(matches) && !isBWord(v, matches[k+1]) {
			text, cut = text[:len(text)-n], text[len(text)-n:]
			mended = true
		}
		d := decodeQWord(text)
		if strings.Contains(text, " ") && !utf8.Valid(d) {
			if whole := decodeQWord(strings.ReplaceAll(text, " ", "")); utf8.Valid(whole) {
				d, mended = whole, true
			}
		}
		data = append(data, d...)
	}
	return data, mended
}

func isBWord(v string, m []int) bool { return strings.EqualFold(v[m[4]:m[5]], "b") }

// cutEscape is how many bytes at the end of a Q word's text begin an
// escape that ends in the next word: "=" or "=C".
func cutEscape(text string) int {
	switch n := len(text); {
	case n >= 1 && text[n-1] == '=':
		return 1
	case n >= 2 && text[n-2] == '=' && isHex(text[n-1]):
		return 2
	}
	return 0
}
