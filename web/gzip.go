package web

import (
	"bytes"
	"compress/gzip"
	"strconv"
	"strings"
	"sync"
)

// compressor gzips pages, reusing its writers: a new one allocates more
// memory than most pages take to compress.
type compressor struct {
	writers sync.Pool
}

// compress gzips body, or returns nil when that saves nothing. The fastest
// level is used: a page is compressed again after every change to the
// site, while the best level would make it only a few percent smaller.
func (c *compressor) compress(body []byte) []byte {
	var buf bytes.Buffer
	zw, _ := c.writers.Get().(*gzip.Writer)
	if zw == nil {
		var err error
		if zw, err = gzip.NewWriterLevel(&buf, gzip.BestSpeed); err != nil {
			return nil
		}
	} else {
		zw.Reset(&buf)
	}
	defer c.writers.Put(zw)
	if _, err := zw.Write(body); err != nil {
		return nil
	}
	if err := zw.Close(); err != nil || buf.Len() >= len(body) {
		return nil
	}
	return buf.Bytes()
}

// acceptsGzip reads an Accept-Encoding header (RFC 9110 12.5.3): gzip, or
// any coding, listed without a zero weight. An explicit gzip;q=0 refuses it
// whatever "*" says.
func acceptsGzip(header string) bool {
	star := false
	for part := range strings.SplitSeq(header, ",") {
		coding, params, _ := strings.Cut(part, ";")
		coding = strings.TrimSpace(coding)
		ok := weight(params) > 0
		switch {
		case strings.EqualFold(coding, "gzip") || strings.EqualFold(coding, "x-gzip"):
			return ok
		case coding == "*":
			star = ok
		}
	}
	return star
}

// weight reads the q parameter of one Accept-Encoding entry; without one
// it is 1.
func weight(params string) float64 {
	for p := range strings.SplitSeq(params, ";") {
		name, value, _ := strings.Cut(strings.TrimSpace(p), "=")
		if strings.EqualFold(strings.TrimSpace(name), "q") {
			q, err := strconv.ParseFloat(strings.TrimSpace(value), 64)
			if err != nil {
				return 0
			}
			return q
		}
	}
	return 1
}
