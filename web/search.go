package web

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"helpline/data"
)

// maxQueryLen bounds the search text a reader may send.
const maxQueryLen = 200

// searchResult is one page of search results: the questions' ids, best
// first, and how many matched in all.
type searchResult struct {
	ids   []int64
	total int
}

// handleSearch finds answered questions by words in their title, question
// or answer.
//
// Two caches serve it: the rendered page by the query as typed (it is
// shown back in the page), emptied when anything on the site changes; and
// the results by the words the query comes down to, so that "Knee pain?"
// and "knee pain" search once, emptied only when the search index changes.
// After a rating or a comment, a page of results is made again from the
// kept ids, whether its words matched ten questions or a thousand.
func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	n, err := pageNumber(r)
	if err != nil {
		s.renderError(w, r, http.StatusBadRequest, "bad_page_title", "bad_page")
		return
	}
	q := r.URL.Query().Get("q")
	if len(q) > maxQueryLen {
		s.renderError(w, r, http.StatusBadRequest, "search_too_long_title", "search_too_long")
		return
	}
	base := s.baseURL(r)
	key := strconv.Itoa(n) + "|" + base + "|" + q
	p, err := s.page(r.Context(), s.searches, key, func(ctx context.Context, st *siteState) (rendered, error) {
		res, err := s.search(ctx, st.Search, q, n)
		if err != nil {
			return rendered{}, err
		}
		var items []*data.Summary
		if len(res.ids) > 0 {
			items, err = s.db.ListSummaries(ctx, data.QuestionFilter{IDs: res.ids})
			if err != nil {
				return rendered{}, err
			}
		}
		p := &listPage{Site: s.cfg.Site, Canonical: base + "/", Searching: true, Query: q,
			Total: res.total, Items: s.listItems(items), Page: n}
		p.pageLinks("/search", url.Values{"q": {q}}, res.total)
		return s.renderPage("index", p)
	})
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	w.Header().Set("X-Robots-Tag", "noindex")
	writePage(w, r, p)
}

// search returns page n of the results for q, from the results cache when
// a query with the same words was answered since the index last changed.
func (s *Server) search(ctx context.Context, searchVersion int64, q string, n int) (searchResult, error) {
	key := strconv.Itoa(n) + "|" + strings.Join(data.SearchTerms(q), " ")
	return s.results.get(ctx, searchVersion, key, func(ctx context.Context) (searchResult, error) {
		ids, total, err := s.db.Search(ctx, q, perPage, (n-1)*perPage)
		return searchResult{ids: ids, total: total}, err
	})
}
