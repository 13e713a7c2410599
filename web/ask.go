package web

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"time"

	"helpline/internal/token"
)

// AskRequest is a question sent with the ask form.
type AskRequest struct {
	Name     string
	Email    string
	Title    string
	Body     string
	ClientIP string
}

// Asker takes a question from the web into the same pipeline as a question
// that arrives by mail. It may hold the question until its asker confirms
// the address (see AskConfirmer), so that nobody can make the site mail a
// stranger.
type Asker interface {
	Ask(ctx context.Context, q AskRequest) error
}

// AskConfirmer sends on a question held until its asker confirmed the
// address from the mail the site sent them. Forged links give errors
// wrapping token.ErrInvalid; a link whose question is gone gives an error
// with a PublicMessage.
type AskConfirmer interface {
	CheckAskLink(tok string) error
	ConfirmAsk(ctx context.Context, tok string) error
}

// Per-IP limit on the ask form.
const (
	asksPerHour = 5
	askBurst    = 3
)

// askForm is what a reader typed into the ask form.
type askForm struct {
	Name, Email, Title, Body string
}

// askPage is the data of the ask page.
type askPage struct {
	Site      Site
	Canonical string
	Sent      bool
	Form      askForm
	Errors    []string
}

func (s *Server) askUnavailable(w http.ResponseWriter, r *http.Request) {
	s.renderError(w, r, http.StatusServiceUnavailable, "ask_unavailable_title", "ask_unavailable")
}

// handleAskForm shows the ask form, or the thanks after a question was sent.
func (s *Server) handleAskForm(w http.ResponseWriter, r *http.Request) {
	if s.cfg.Asker == nil {
		s.askUnavailable(w, r)
		return
	}
	s.renderAsk(w, r, http.StatusOK, &askPage{Sent: r.URL.Query().Get("sent") == "1"})
}

func (s *Server) renderAsk(w http.ResponseWriter, r *http.Request, code int, p *askPage) {
	p.Site, p.Canonical = s.cfg.Site, s.baseURL(r)+"/ask"
	out, err := s.renderPage("ask", p)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	w.Header().Set("Content-Type", out.ctype)
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	w.Write(out.body)
}

// handleAsk takes a question from the ask form.
func (s *Server) handleAsk(w http.ResponseWriter, r *http.Request) {
	if s.cfg.Asker == nil {
		s.askUnavailable(w, r)
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxFormBytes)
	if err := r.ParseForm(); err != nil {
		s.renderError(w, r, http.StatusBadRequest, "form_unreadable_title", "form_unreadable")
		return
	}
	if honeypotFilled(r) {
		http.Redirect(w, r, "/ask?sent=1", http.StatusSeeOther)
		return
	}
	form := askForm{
		Name:  oneLine(r.PostFormValue("name")),
		Email: strings.TrimSpace(r.PostFormValue("email")),
		Title: oneLine(r.PostFormValue("title")),
		Body:  cleanText(r.PostFormValue("question")),
	}
	check := s.formCheck()
	check.line("field_name", form.Name, 1, 60)
	check.email("field_email", form.Email, true)
	check.line("field_title", form.Title, 5, 150)
	check.text("field_question", form.Body, 20, 8000)
	code := http.StatusUnprocessableEntity
	if !check.failed() && !s.limits.allow("ask:"+s.clientKey(r), asksPerHour, time.Hour, askBurst) {
		check.add("ask_too_often")
		code = http.StatusTooManyRequests
	}
	if check.failed() {
		s.renderAsk(w, r, code, &askPage{Form: form, Errors: check.errs})
		return
	}
	err := s.cfg.Asker.Ask(r.Context(), AskRequest{Name: form.Name, Email: form.Email, Title: form.Title,
		Body: form.Body, ClientIP: s.clientIP(r)})
	var pub publicError
	if errors.As(err, &pub) {
		s.renderAsk(w, r, http.StatusTooManyRequests, &askPage{Form: form, Errors: []string{s.loc.T(pub.PublicMessage())}})
		return
	}
	if err != nil {
		s.log.Error("ask from web", "err", err)
		s.renderAsk(w, r, http.StatusServiceUnavailable, &askPage{Form: form,
			Errors: []string{s.loc.T("ask_failed")}})
		return
	}
	http.Redirect(w, r, "/ask?sent=1", http.StatusSeeOther)
}

// handleAskConfirmPage only shows a button: mail scanners open links, and
// a GET must not send a question anywhere.
func (s *Server) handleAskConfirmPage(w http.ResponseWriter, r *http.Request) {
	if s.cfg.AskConfirm == nil {
		s.handleNotFound(w, r)
		return
	}
	if err := s.cfg.AskConfirm.CheckAskLink(r.PathValue("token")); err != nil {
		s.badLink(w, r)
		return
	}
	s.render(w, r, http.StatusOK, "ask_confirm", tokenPage{Token: r.PathValue("token")})
}

// handleAskConfirm sends the held question on, on the press of the button.
func (s *Server) handleAskConfirm(w http.ResponseWriter, r *http.Request) {
	if s.cfg.AskConfirm == nil {
		s.handleNotFound(w, r)
		return
	}
	err := s.cfg.AskConfirm.ConfirmAsk(r.Context(), r.PathValue("token"))
	var pe publicError
	switch {
	case errors.Is(err, token.ErrInvalid):
		s.badLink(w, r)
	case errors.As(err, &pe):
		s.renderError(w, r, http.StatusGone, "old_link_title", pe.PublicMessage())
	case err != nil:
		s.serverError(w, r, err)
	default:
		s.render(w, r, http.StatusOK, "ask_confirmed", nil)
	}
}
