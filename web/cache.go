package web

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strings"
	"sync"
	"time"
)

// maxCachedPages bounds the rendered pages kept in memory.
const maxCachedPages = 2000

// cachedPage is a rendered response body with its validators.
type cachedPage struct {
	body     []byte
	etag     string
	modified time.Time
	ctype    string
}

// pageCache keeps rendered public pages for as long as the site's data
// version stays the same. Any change to questions, answers, comments or
// ratings bumps the version and so empties the cache.
type pageCache struct {
	mu      sync.Mutex
	limit   int // 0 keeps nothing
	version int64
	pages   map[string]*cachedPage
}

func newPageCache(limit int) *pageCache {
	return &pageCache{limit: limit, pages: map[string]*cachedPage{}}
}

func (c *pageCache) get(version int64, key string) *cachedPage {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.version != version {
		return nil
	}
	return c.pages[key]
}

func (c *pageCache) put(version int64, key string, p *cachedPage) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.limit == 0 || version < c.version {
		return // caching is off, or p was rendered from older data
	}
	if version != c.version {
		c.version = version
		clear(c.pages)
	}
	if len(c.pages) >= c.limit {
		for k := range c.pages { // drop an arbitrary page to make room
			delete(c.pages, k)
			break
		}
	}
	c.pages[key] = p
}

// builder renders one page. It returns errNotPublic (or data.ErrNotFound)
// when there is no such page.
type builder func(ctx context.Context) (body []byte, ctype string, err error)

// serveCached answers a GET with the page under key, rendering it with
// build unless a copy made from the current data is cached.
func (s *Server) serveCached(w http.ResponseWriter, r *http.Request, key string, build builder) error {
	version, changed, err := s.version.SiteVersion(r.Context())
	if err != nil {
		return err
	}
	p := s.cache.get(version, key)
	if p == nil {
		body, ctype, err := build(r.Context())
		if err != nil {
			return err
		}
		p = newCachedPage(body, ctype, changed, s.started)
		s.cache.put(version, key, p)
	}
	writeConditional(w, r, p)
	return nil
}

func newCachedPage(body []byte, ctype string, changed, started time.Time) *cachedPage {
	sum := sha256.Sum256(body)
	// The server's start counts as a change: a new version may render the
	// same data differently.
	modified := changed
	if started.After(modified) {
		modified = started
	}
	return &cachedPage{body: body, ctype: ctype, etag: `"` + hex.EncodeToString(sum[:12]) + `"`,
		modified: modified.UTC().Truncate(time.Second)}
}

// writeConditional sends p, or 304 Not Modified when the client's copy is
// current. RFC 9110 13.1.1: If-None-Match, when present, decides alone;
// If-Modified-Since is consulted only without it.
func writeConditional(w http.ResponseWriter, r *http.Request, p *cachedPage) {
	h := w.Header()
	h.Set("ETag", p.etag)
	h.Set("Last-Modified", p.modified.Format(http.TimeFormat))
	h.Set("Cache-Control", "no-cache")
	if notModified(r, p) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Type", p.ctype)
	if r.Method == http.MethodHead {
		return
	}
	w.Write(p.body)
}

func notModified(r *http.Request, p *cachedPage) bool {
	if inm := r.Header.Get("If-None-Match"); inm != "" {
		for _, tag := range strings.Split(inm, ",") {
			tag = strings.TrimPrefix(strings.TrimSpace(tag), "W/")
			if tag == "*" || tag == p.etag {
				return true
			}
		}
		return false
	}
	if ims := r.Header.Get("If-Modified-Since"); ims != "" {
		t, err := http.ParseTime(ims)
		return err == nil && !p.modified.After(t)
	}
	return false
}

// renderPage renders a page template to bytes.
func (s *Server) renderPage(name string, data any) ([]byte, string, error) {
	var buf bytes.Buffer
	if err := s.pages.Render(&buf, name, data); err != nil {
		return nil, "", err
	}
	return buf.Bytes(), "text/html; charset=utf-8", nil
}
