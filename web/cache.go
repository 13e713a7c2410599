package web

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strconv"
	"time"
)

// Bounds on what the caches keep. Search pages have their own, smaller
// room, so that many different searches cannot push the site's pages out.
const (
	maxCachedPages    = 2000
	maxCachedSearches = 500
)

// cachedPage is a rendered response body, gzipped once, with its
// validators.
type cachedPage struct {
	body     []byte
	gzipped  []byte // nil when gzip would not make it smaller
	etag     string
	gzipETag string
	modified time.Time
	lastMod  string // modified as the Last-Modified header writes it
	ctype    string
	path     string // the canonical path, for pages that redirect to it
}

// rendered is what a page builder makes.
type rendered struct {
	body  []byte
	ctype string
	path  string
}

// builder renders one page from the data of the site's versions st. It
// returns data.ErrNotFound when there is no such page.
type builder func(ctx context.Context, st *siteState) (rendered, error)

// page returns the page under key from cache, rendering it with build
// unless a copy made from the current data is there.
func (s *Server) page(ctx context.Context, cache *versioned[*cachedPage], key string, build builder) (*cachedPage, error) {
	st, err := s.versions.current(ctx)
	if err != nil {
		return nil, err
	}
	return cache.get(ctx, st.Site, key, func(ctx context.Context) (*cachedPage, error) {
		r, err := build(ctx, st)
		if err != nil {
			return nil, err
		}
		return newCachedPage(r, st.Changed, s.started, &s.gzip), nil
	})
}

// serveCached answers a GET or HEAD with the page under key.
func (s *Server) serveCached(w http.ResponseWriter, r *http.Request, key string, build builder) error {
	p, err := s.page(r.Context(), s.cache, key, build)
	if err != nil {
		return err
	}
	writePage(w, r, p)
	return nil
}

func newCachedPage(r rendered, changed, started time.Time, gz *compressor) *cachedPage {
	sum := sha256.Sum256(r.body)
	tag := hex.EncodeToString(sum[:12])
	// The server's start counts as a change: a new version may render the
	// same data differently.
	modified := changed
	if started.After(modified) {
		modified = started
	}
	p := &cachedPage{body: r.body, ctype: r.ctype, path: r.path, etag: `"` + tag + `"`,
		modified: modified.UTC().Truncate(time.Second)}
	p.lastMod = p.modified.Format(http.TimeFormat)
	if z := gz.compress(r.body); z != nil {
		p.gzipped, p.gzipETag = z, `"`+tag+`.gz"`
	}
	return p
}

// writePage sends p. Requests with conditions or ranges, and HEAD, go
// through http.ServeContent, which answers them as RFC 9110 says. A plain
// GET, which ServeContent would answer with the whole body, gets the same
// headers and the body in one write: ServeContent copies a body through a
// 32 KiB buffer it allocates for every response. A client that accepts gzip
// gets the gzipped bytes, a representation of their own with their own
// ETag.
func writePage(w http.ResponseWriter, r *http.Request, p *cachedPage) {
	h := w.Header()
	h.Set("Content-Type", p.ctype)
	h.Set("Cache-Control", "no-cache")
	h.Set("Vary", "Accept-Encoding")
	body, etag := p.body, p.etag
	gzipped := p.gzipped != nil && acceptsGzip(r.Header.Get("Accept-Encoding"))
	if gzipped {
		body, etag = p.gzipped, p.gzipETag
		h.Set("Content-Encoding", "gzip")
	}
	h.Set("ETag", etag)
	if r.Method == http.MethodGet && !hasAny(r.Header, conditionalHeaders) {
		h.Set("Last-Modified", p.lastMod)
		h.Set("Accept-Ranges", "bytes")
		h.Set("Content-Length", strconv.Itoa(len(body)))
		w.WriteHeader(http.StatusOK)
		w.Write(body)
		return
	}
	if gzipped {
		w = lengthOnOK{w, len(body)}
	}
	http.ServeContent(w, r, "", p.modified, bytes.NewReader(body))
}

// lengthOnOK adds Content-Length to a 200 from http.ServeContent, which
// leaves it out whenever Content-Encoding is set, as if the body were
// still to be compressed on its way out. These bytes are compressed
// already, and a 200 from ServeContent carries all of them.
type lengthOnOK struct {
	http.ResponseWriter
	length int
}

func (w lengthOnOK) WriteHeader(code int) {
	if code == http.StatusOK {
		w.Header().Set("Content-Length", strconv.Itoa(w.length))
	}
	w.ResponseWriter.WriteHeader(code)
}

// Unwrap lets http.ResponseController reach the connection's writer.
func (w lengthOnOK) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// conditionalHeaders are the request headers that can make a response
// other than 200 with the whole body (RFC 9110 13.1, 14.2).
var conditionalHeaders = []string{"If-Match", "If-None-Match", "If-Modified-Since", "If-Unmodified-Since",
	"If-Range", "Range"}

func hasAny(h http.Header, names []string) bool {
	for _, name := range names {
		if _, ok := h[name]; ok {
			return true
		}
	}
	return false
}

// renderPage renders a page template to bytes.
func (s *Server) renderPage(name string, data any) (rendered, error) {
	var buf bytes.Buffer
	if err := s.pages.Render(&buf, name, data); err != nil {
		return rendered{}, err
	}
	return rendered{body: buf.Bytes(), ctype: "text/html; charset=utf-8"}, nil
}
