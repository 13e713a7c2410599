package inbox

import (
	"bytes"
	"io"
)

// readPartBody reads a part that the multipart reader cuts from src, the
// multipart body, and returns its bytes as a slice of src where they
// stand there whole, as they do whenever the reader passes them on
// unchanged. Parts nested in each other each hold the rest of the mail,
// and a copy of each level took several times the mail's size. from is
// where in src to look for the part; next is where the part ends there,
// or for a copy the earliest it can end. buf is the buffer the part is
// read through, one for all the parts of a multipart.
func readPartBody(r io.Reader, src []byte, from int, buf []byte) (body []byte, next int, err error) {
	w := &partBody{src: src, from: from, start: -1}
	if _, err := io.CopyBuffer(w, r, buf); err != nil {
		return nil, from, err
	}
	if w.copied != nil {
		return w.copied, min(from+len(w.copied), len(src)), nil
	}
	if w.start < 0 {
		return []byte{}, from, nil
	}
	end := w.start + w.n
	return src[w.start:end:end], end, nil
}

// partBody collects a part's body as it is read: a slice of src while the
// bytes read are found there in a row, a copy from the first that are not.
type partBody struct {
	src         []byte
	from, start int // where to look in src; where the part starts there, or -1
	n           int // bytes matched from start
	copied      []byte
}

func (w *partBody) Write(p []byte) (int, error) {
	switch {
	case w.copied != nil:
	case w.start < 0:
		if i := bytes.Index(w.src[w.from:], p); i >= 0 {
			w.start, w.n = w.from+i, len(p)
			return len(p), nil
		}
	case bytes.HasPrefix(w.src[w.start+w.n:], p):
		w.n += len(p)
		return len(p), nil
	}
	if w.copied == nil {
		w.copied = make([]byte, 0, w.n+len(p))
		if w.start >= 0 {
			w.copied = append(w.copied, w.src[w.start:w.start+w.n]...)
		}
	}
	w.copied = append(w.copied, p...)
	return len(p), nil
}
