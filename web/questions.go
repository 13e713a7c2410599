package web

import (
	"context"
	"errors"
	"html/template"
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"

	"helpline/data"
)

// ratingView is an average rating as the pages show it.
type ratingView struct {
	Count int
	// Text reads like "4.3 out of 5 (12 votes)".
	Text string
	// Class picks the star fill in half stars, "s0" to "s50".
	Class string
}

func (s *Server) ratingView(average float64, count int) ratingView {
	if count == 0 {
		return ratingView{Text: s.loc.T("no_votes"), Class: "s0"}
	}
	halves := int(math.Round(average * 2))
	return ratingView{
		Count: count,
		Text:  s.loc.T("rating_text", average, count),
		Class: "s" + strconv.Itoa(halves*5),
	}
}

// commentView is an approved comment as shown.
type commentView struct {
	ID int64
	// Date and ISODate are formatted once here: a page may list many
	// comments, and template function calls are the costliest part of
	// rendering it.
	Date    string
	ISODate string
	Title   string
	Name    string
	Body    template.HTML
}

// commentForm is what a reader typed into the comment form.
type commentForm struct {
	Name, Email, Title, Text string
}

// questionPage is the data of a question page.
type questionPage struct {
	Site        Site
	Canonical   string
	Description string
	Path        string
	Title       string
	AskerFirst  string
	AskedAt     time.Time
	AnsweredAt  time.Time
	Question    template.HTML
	Answer      template.HTML
	Comments    []commentView
	Rating      ratingView
	Notice      string
	NoticeAt    string // the section the notice belongs in: "rating" or "comments"
	Form        commentForm
	Errors      []string
	RateErrors  []string
}

// notice is a message a question page shows after a form succeeds, in the
// section the redirect takes the reader to.
type notice struct{ id, section string }

// noticeFor returns the notice for the code a redirect carries. Only these
// fixed texts are shown, so the address bar cannot put words on the page.
func noticeFor(code string) (notice, bool) {
	switch code {
	case "comment-pending":
		return notice{"notice_comment_pending", "comments"}, true
	case "comment-published":
		return notice{"notice_comment_published", "comments"}, true
	case "rated":
		return notice{"notice_rated", "rating"}, true
	}
	return notice{}, false
}

// questionID reads the id from a "{id}-{slug}" path segment.
func questionID(ref string) (int64, bool) {
	num, _, _ := strings.Cut(ref, "-")
	id, err := strconv.ParseInt(num, 10, 64)
	if err != nil || id <= 0 || num[0] == '0' || num[0] == '+' {
		return 0, false
	}
	return id, true
}

// lookupQuestion finds the public question named by the request's {ref},
// answering 404 itself when there is none.
func (s *Server) lookupQuestion(w http.ResponseWriter, r *http.Request) (*data.Question, bool) {
	id, ok := questionID(r.PathValue("ref"))
	if !ok {
		s.handleNotFound(w, r)
		return nil, false
	}
	q, err := s.publicQuestion(r.Context(), id)
	if errors.Is(err, data.ErrNotFound) {
		s.handleNotFound(w, r)
		return nil, false
	}
	if err != nil {
		s.serverError(w, r, err)
		return nil, false
	}
	return q, true
}

// handleQuestion shows one answered question. Any other slug than the
// current one redirects permanently to the canonical address.
//
// The page is looked up in the cache by the question's id alone, so a
// cached page costs no query; the question is read only to render it.
func (s *Server) handleQuestion(w http.ResponseWriter, r *http.Request) {
	id, ok := questionID(r.PathValue("ref"))
	if !ok {
		s.handleNotFound(w, r)
		return
	}
	code := r.URL.Query().Get("notice")
	n, ok := noticeFor(code)
	if !ok {
		code = ""
	}
	base := s.baseURL(r)
	key := "q|" + strconv.FormatInt(id, 10) + "|" + code + "|" + base
	p, err := s.page(r.Context(), s.cache, key, func(ctx context.Context, _ *siteState) (rendered, error) {
		q, err := s.publicQuestion(ctx, id)
		if err != nil {
			return rendered{}, err
		}
		page, err := s.questionPage(ctx, q, base)
		if err != nil {
			return rendered{}, err
		}
		if ok {
			page.Notice, page.NoticeAt = s.loc.T(n.id), n.section
		}
		out, err := s.renderPage("question", page)
		out.path = page.Path
		return out, err
	})
	switch {
	case errors.Is(err, data.ErrNotFound):
		s.handleNotFound(w, r)
	case err != nil:
		s.serverError(w, r, err)
	case r.URL.Path != p.path:
		http.Redirect(w, r, p.path, http.StatusMovedPermanently)
	default:
		writePage(w, r, p)
	}
}

// questionPage gathers what a question page shows.
func (s *Server) questionPage(ctx context.Context, q *data.Question, base string) (*questionPage, error) {
	comments, err := s.db.ApprovedComments(ctx, q.ID)
	if err != nil {
		return nil, err
	}
	average, votes, err := s.db.QuestionRating(ctx, q.ID)
	if err != nil {
		return nil, err
	}
	path := questionPath(q.ID, q.Slug)
	p := &questionPage{
		Site: s.cfg.Site, Canonical: base + path, Path: path, Title: q.Title,
		Description: snippet(q.Body, 200), AskerFirst: s.firstName(q.AskerName),
		AskedAt: q.AskedAt, AnsweredAt: q.AnsweredAt,
		Question: formatText(q.Body), Answer: formatText(q.Answer), Rating: s.ratingView(average, votes),
	}
	for _, c := range comments {
		name := c.Name
		if name == "" { // the commenter had their data deleted
			name = s.loc.T("a_reader")
		}
		p.Comments = append(p.Comments, commentView{ID: c.ID, Date: s.loc.Date(c.CreatedAt),
			ISODate: c.CreatedAt.UTC().Format(time.RFC3339), Title: c.Title,
			Name: name, Body: formatText(c.Body)})
	}
	return p, nil
}

// renderQuestionForm shows the question page again after a form was
// refused, with the refusal and what the reader typed.
func (s *Server) renderQuestionForm(w http.ResponseWriter, r *http.Request, code int, q *data.Question, fill func(p *questionPage)) {
	p, err := s.questionPage(r.Context(), q, s.baseURL(r))
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	fill(p)
	out, err := s.renderPage("question", p)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	w.Header().Set("Content-Type", out.ctype)
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	w.Write(out.body)
}
