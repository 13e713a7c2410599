package inbox

import (
	"bytes"
	"strings"

	"github.com/emersion/go-message/textproto"
)

// textAsHeader reports a part header whose fields are none a part or a
// mail has: no Content- or X- field and no field of a mail header. Such
// a part had no header, and its text began with a line of the shape
// "Question: how long should I rest?", which scripts that write a part
// with no header and no blank line before its text put there. Read as a
// header, that line is lost, and with it often the whole question; RFC
// 2046 5.1 gives a part with no header fields a text/plain type.
func textAsHeader(h textproto.Header) bool {
	f := h.Fields()
	if !f.Next() || hasMailField(h) {
		return false
	}
	for f = h.Fields(); f.Next(); {
		k := strings.ToLower(f.Key())
		if strings.HasPrefix(k, "content-") || strings.HasPrefix(k, "x-") {
			return false
		}
	}
	return true
}

// headerlessParts gives each part in parts whose header is text
// (textAsHeader) its whole raw text as its body and no header, taking the
// raw text from body split at boundary's delimiters. parts come back as
// they were when the split does not find as many parts.
func (w *walker) headerlessParts(boundary string, body []byte, parts []part) []part {
	var raws [][]byte
	for i, p := range parts {
		if !textAsHeader(p.header) {
			continue
		}
		if raws == nil {
			var found bool
			if raws, _, found = splitOn(boundary, body); !found || len(raws) < len(parts) {
				return parts
			}
		}
		parts[i] = part{body: bytes.TrimLeft(raws[i], "\r\n")}
		w.warn("a part has no header; the line that reads as one is kept as text")
	}
	return parts
}
