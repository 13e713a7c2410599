package web

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"helpline/data"
)

// perPage is how many questions a list page shows.
const perPage = 20

// listItem is one question in a list.
type listItem struct {
	Path       string
	Title      string
	AskerFirst string
	AnsweredAt time.Time
	Snippet    string
	Comments   int
	Rating     ratingView
}

// listPage is the data of the index and of search results.
type listPage struct {
	Site      Site
	Canonical string
	Searching bool
	Query     string
	Total     int
	Items     []listItem
	Page      int
	PrevURL   string
	NextURL   string
}

var errBadPage = errors.New("bad page number")

// pageNumber reads ?page=N; absent means 1.
func pageNumber(r *http.Request) (int, error) {
	v := r.URL.Query().Get("page")
	if v == "" {
		return 1, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > 1_000_000 {
		return 0, errBadPage
	}
	return n, nil
}

func (s *Server) listItems(qs []*data.Summary) []listItem {
	items := make([]listItem, len(qs))
	for i, q := range qs {
		items[i] = listItem{
			Path: questionPath(q.ID, q.Slug), Title: q.Title, AskerFirst: s.firstName(q.AskerName),
			AnsweredAt: q.AnsweredAt, Snippet: snippet(q.Body, 220), Comments: q.Comments,
			Rating: s.ratingView(q.RatingAvg, q.RatingCount),
		}
	}
	return items
}

// pageLinks fills the previous and next links of a list of total items.
func (p *listPage) pageLinks(path string, params url.Values, total int) {
	link := func(n int) string {
		v := url.Values{}
		for k, vs := range params {
			v[k] = vs
		}
		if n > 1 {
			v.Set("page", strconv.Itoa(n))
		}
		if len(v) == 0 {
			return path
		}
		return path + "?" + v.Encode()
	}
	if p.Page > 1 {
		p.PrevURL = link(p.Page - 1)
	}
	if p.Page*perPage < total {
		p.NextURL = link(p.Page + 1)
	}
}

// handleIndex lists the answered questions, newest first.
func (s *Server) handleIndex(w http.ResponseWriter, r *http.Request) {
	n, err := pageNumber(r)
	if err != nil {
		s.renderError(w, r, http.StatusBadRequest, "bad_page_title", "bad_page")
		return
	}
	base := s.baseURL(r)
	err = s.serveCached(w, r, "index|"+strconv.Itoa(n)+"|"+base, func(ctx context.Context, _ *siteState) (rendered, error) {
		return s.buildIndex(ctx, n, base)
	})
	if errors.Is(err, data.ErrNotFound) {
		s.handleNotFound(w, r)
		return
	}
	if err != nil {
		s.serverError(w, r, err)
	}
}

func (s *Server) buildIndex(ctx context.Context, n int, base string) (rendered, error) {
	total, err := s.db.CountQuestions(ctx, data.QuestionAnswered)
	if err != nil {
		return rendered{}, err
	}
	if n > 1 && (n-1)*perPage >= total {
		return rendered{}, data.ErrNotFound
	}
	qs, err := s.db.ListSummaries(ctx, data.QuestionFilter{Limit: perPage, Offset: (n - 1) * perPage})
	if err != nil {
		return rendered{}, err
	}
	p := &listPage{Site: s.cfg.Site, Canonical: base + "/", Total: total, Items: s.listItems(qs), Page: n}
	if n > 1 {
		p.Canonical = base + "/?page=" + strconv.Itoa(n)
	}
	p.pageLinks("/", nil, total)
	return s.renderPage("index", p)
}
