package inbox

import (
	"path"
	"strings"
)

// Old clients, and scripts that mail files, put an attachment inline in
// the text as a uuencoded block: "begin 644 name", lines of encoded
// bytes, and "end". Left in, it would reach the owner's notification and
// the published question as a screen of noise; it is an attachment.

// uuBeginName returns the file name on a "begin" line ("begin", a mode of
// three or four octal digits, the name) and whether line is one. It is
// read by hand, not by a regular expression: a mail can hold nothing but
// such lines, and every line is tried.
func uuBeginName(line string) (string, bool) {
	rest, ok := strings.CutPrefix(line, "begin ")
	if !ok {
		return "", false
	}
	mode := 0
	for mode < len(rest) && rest[mode] >= '0' && rest[mode] <= '7' {
		mode++
	}
	if mode < 3 || mode > 4 || mode+1 >= len(rest) || rest[mode] != ' ' {
		return "", false
	}
	name := rest[mode+1:]
	return name, !strings.ContainsRune("\t\n\f\r ", rune(name[0]))
}

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
		begin, ok := uuBeginName(strings.TrimRight(lines[i], "\r"))
		if !ok {
			kept = append(kept, lines[i])
			continue
		}
		end, size := uuBlock(lines[i+1:])
		if end < 0 {
			kept = append(kept, lines[i])
			continue
		}
		name := path.Base(strings.TrimSpace(begin))
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
