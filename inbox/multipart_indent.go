package inbox

import (
	"bytes"
)

// dedented returns body without the run of blanks that starts every one
// of its lines that is not blank, or nil when they share none. Scripts
// that write a mail from an indented here-document indent its MIME body
// with it, and no delimiter line is found until the indent goes.
func dedented(body []byte) []byte {
	var indent []byte
	lines := bytes.SplitAfter(body, []byte("\n"))
	for _, l := range lines {
		if len(bytes.TrimSpace(l)) == 0 {
			continue
		}
		lead := l[:len(l)-len(bytes.TrimLeft(l, " \t"))]
		if indent == nil || !bytes.HasPrefix(lead, indent) {
			if indent != nil {
				lead = commonPrefix(indent, lead)
			}
			indent = lead
		}
		if len(indent) == 0 {
			return nil
		}
	}
	if len(indent) == 0 {
		return nil
	}
	out := make([]byte, 0, len(body))
	for _, l := range lines {
		out = append(out, bytes.TrimPrefix(l, indent)...)
	}
	return out
}

func commonPrefix(a, b []byte) []byte {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return a[:n]
}
