package web

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"helpline/data"
)

// baseURL is the site's absolute address without a trailing slash: the
// configured one, else the scheme and host the request came in on.
func (s *Server) baseURL(r *http.Request) string {
	if s.cfg.Site.BaseURL != "" {
		return strings.TrimRight(s.cfg.Site.BaseURL, "/")
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

// questionPath is the canonical path of a question page.
func questionPath(id int64, slug string) string {
	return "/q/" + strconv.FormatInt(id, 10) + "-" + slug
}

// handleRobots allows everything but the form endpoints and names the
// sitemap.
func (s *Server) handleRobots(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "max-age=3600")
	fmt.Fprintf(w, "User-agent: *\nDisallow: /search\nDisallow: /ask\nAllow: /\n\nSitemap: %s/sitemap.xml\n", s.baseURL(r))
}

// urlset is a sitemap (sitemaps.org protocol 0.9).
type urlset struct {
	XMLName xml.Name     `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
	URLs    []sitemapURL `xml:"url"`
}

type sitemapURL struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod,omitempty"`
}

// handleSitemap lists the index and every answered question.
func (s *Server) handleSitemap(w http.ResponseWriter, r *http.Request) {
	base := s.baseURL(r)
	err := s.serveCached(w, r, "sitemap|"+base, func(ctx context.Context, _ *siteState) (rendered, error) {
		return s.buildSitemap(ctx, base)
	})
	if err != nil {
		s.serverError(w, r, err)
	}
}

func (s *Server) buildSitemap(ctx context.Context, base string) (rendered, error) {
	refs, err := s.db.ListSummaries(ctx, data.QuestionFilter{})
	if err != nil {
		return rendered{}, err
	}
	set := urlset{URLs: []sitemapURL{{Loc: base + "/"}}}
	for _, p := range refs {
		set.URLs = append(set.URLs, sitemapURL{Loc: base + questionPath(p.ID, p.Slug), LastMod: p.UpdatedAt.UTC().Format(time.DateOnly)})
	}
	return encodeXML(set, "application/xml; charset=utf-8")
}

// encodeXML renders v as an indented XML document.
func encodeXML(v any, ctype string) (rendered, error) {
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return rendered{}, fmt.Errorf("encode xml: %w", err)
	}
	buf.WriteByte('\n')
	return rendered{body: buf.Bytes(), ctype: ctype}, nil
}

// publicQuestion returns question id if it is on the site.
func (s *Server) publicQuestion(ctx context.Context, id int64) (*data.Question, error) {
	q, err := s.db.QuestionByID(ctx, id)
	if err != nil {
		return nil, err
	}
	if q.Status != data.QuestionAnswered {
		return nil, data.ErrNotFound
	}
	return q, nil
}
