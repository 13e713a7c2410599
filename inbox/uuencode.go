package inbox

import (
	"regexp"
	"strings"
)

// Old clients, and scripts that mail files, put an attachment inline in
// the text as a uuencoded block: "begin 644 name", lines of encoded
// bytes, and "end". Left in, it would reach the owner's notification and
// the published question as a screen of noise; it is an attachment.

// uuBegin is a "begin" line: a mode of three or four octal digits, then
// the file name.
var uuBegin = regexp.MustCompile(`^begin [0-7]{3,4} (\S.*)$`)

// cutUUEncoded takes the uuencoded blocks out of text, each as an
// attachment. A block counts only when every line between its "begin" and
// "end" lines is as long as its length character says: text that merely
// starts with "begin 644" stays.
func cutUUEncoded(text string) (string, []Attachment) {
	if !strings.Contains(text, "begin ") {
		return text, nil
	}
	lines := strings.Split(text, "\n")
	var kept []string
	var atts []Attachment
	for i := 0; i < len(lines); i++ {
		begin := uuBegin.FindStringSubmatch(strings.TrimRight(lines[i], "\r"))
		if begin == nil {
			kept = append(kept, lines[i])
			continue
		}
		end, size := uuBlock(lines[i+1:])
		if end < 0 {
			kept = append(kept, lines[i])
			continue
		}
		name := cleanFilename(strings.TrimSpace(begin[1]))
		atts = append(atts, Attachment{Filename: name, ContentType: typeByName(name), Size: size})
		i += end + 1
	}
	return strings.Join(kept, "\n"), atts
}

// uuBlock reads the lines after a "begin" line: it returns the index of
// the "end" line and the number of bytes encoded, or -1 when the lines are
// not a uuencoded block. Encoders that write a space for zero lose it to
// trailing-space stripping, so a line may be up to two characters short.
func uuBlock(lines []string) (end, size int) {
	for i, l := range lines {
		l = strings.TrimRight(l, "\r ")
		switch {
		case l == "end":
			if i == 0 {
				return -1, 0
			}
			return i, size
		case l == "" && i+1 < len(lines) && strings.TrimRight(lines[i+1], "\r ") == "end":
			continue // the zero-length line, its space stripped
		case l == "" || l[0] < ' ' || l[0] > '`':
			return -1, 0
		}
		n := int(l[0]-' ') & 63
		if want := 1 + (n+2)/3*4; len(l) < want-2 || len(l) > want+2 {
			return -1, 0
		}
		size += n
	}
	return -1, 0
}

// decodeUU decodes the first uuencoded block in body, for a part whose
// Content-Transfer-Encoding says x-uuencode: the bytes, or false when
// body holds no whole block.
func decodeUU(body []byte) ([]byte, bool) {
	lines := strings.Split(string(body), "\n")
	for i, l := range lines {
		if !uuBegin.MatchString(strings.TrimRight(l, "\r")) {
			continue
		}
		end, size := uuBlock(lines[i+1:])
		if end < 0 {
			return nil, false
		}
		out := make([]byte, 0, size)
		for _, l := range lines[i+1 : i+1+end] {
			out = append(out, uuLine(strings.TrimRight(l, "\r "))...)
		}
		return out, true
	}
	return nil, false
}

// uuLine decodes one line of a block; characters its encoder left out as
// trailing spaces count as zero.
func uuLine(l string) []byte {
	if l == "" {
		return nil
	}
	n := int(l[0]-' ') & 63
	val := func(i int) byte {
		if i < len(l) {
			return (l[i] - ' ') & 63
		}
		return 0
	}
	out := make([]byte, 0, n+2)
	for i := 1; len(out) < n; i += 4 {
		a, b, c, d := val(i), val(i+1), val(i+2), val(i+3)
		out = append(out, a<<2|b>>4, b<<4|c>>2, c<<6|d)
	}
	return out[:n]
}
