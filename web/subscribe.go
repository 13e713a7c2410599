package web

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"strings"
	"time"

	"helpline/data"
	"helpline/internal/token"
)

// Newsletter is what the site needs from subscriptions. Errors that may be
// shown to the visitor have a PublicMessage method; forged links give
// errors wrapping token.ErrInvalid. Confirm reports whether it made the
// subscriber active, false when they were already, and whether it sent the
// welcome mail, which it does only once per subscriber.
type Newsletter interface {
	Subscribe(ctx context.Context, email, name, source string) error
	Confirm(ctx context.Context, tok string) (sub *data.Subscriber, confirmed, welcomed bool, err error)
	Unsubscribe(ctx context.Context, tok string) error
	// CheckLink verifies a confirm or unsubscribe token without acting on
	// it, so a page with a forged link says so before anyone presses a
	// button.
	CheckLink(purpose token.Purpose, tok string) error
}

// publicError is an error that is fit for the visitor: PublicMessage is
// the ID of the message to show, in the site's words.
type publicError interface {
	error
	PublicMessage() string
}

// Limits on the sign-up form: per visitor address, and per mail address so
// that nobody's inbox can be filled with confirmation requests.
const (
	subscribesPerIPHour   = 10
	subscribesPerAddrHour = 3
)

// subscribeForm is the data of the sign-up page.
type subscribeForm struct {
	Name   string
	Email  string
	Errors []string
}

// tokenPage is the data of the confirm and unsubscribe pages.
type tokenPage struct {
	Token string
}

// confirmedPage is the data of the page after confirming.
type confirmedPage struct {
	Welcomed bool // the welcome mail is on its way; false when it went before
	Again    bool // subscribed again after leaving, the ebook sent the first time
}

func (s *Server) render(w http.ResponseWriter, r *http.Request, code int, name string, d any) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	if err := s.pages.Render(w, name, page{Site: s.cfg.Site, Data: d}); err != nil {
		s.log.Error("render page", "err", err, "page", name, "path", r.URL.Path)
	}
}

// newsletterOn answers 404 when no newsletter is configured.
func (s *Server) newsletterOn(w http.ResponseWriter, r *http.Request) bool {
	if s.cfg.Newsletter == nil {
		s.handleNotFound(w, r)
		return false
	}
	return true
}

// handleSubscribeForm shows the sign-up form, or, after a sign-up has
// been taken and redirected here, the page that says what happens next.
func (s *Server) handleSubscribeForm(w http.ResponseWriter, r *http.Request) {
	if !s.newsletterOn(w, r) {
		return
	}
	if r.URL.Query().Get("sent") == "1" {
		s.render(w, r, http.StatusOK, "subscribe_sent", nil)
		return
	}
	s.render(w, r, http.StatusOK, "subscribe", subscribeForm{})
}

// subscribed sends the browser from a sign-up on to a page it can reload
// without signing up again.
func subscribed(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/subscribe?sent=1", http.StatusSeeOther)
}

func (s *Server) handleSubscribe(w http.ResponseWriter, r *http.Request) {
	if !s.newsletterOn(w, r) {
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxFormBytes)
	if err := r.ParseForm(); err != nil {
		s.renderError(w, r, http.StatusBadRequest, "bad_request_title", "form_unreadable")
		return
	}
	form := subscribeForm{Name: strings.TrimSpace(r.PostFormValue("name")), Email: strings.TrimSpace(r.PostFormValue("email"))}
	if honeypotFilled(r) {
		// Bots get the same answer as people and nothing happens.
		s.log.Info("sign-up honeypot filled", "visitor", s.visitorKey(r, "subscribe"))
		subscribed(w, r)
		return
	}
	if !s.limits.allow("subscribe-ip\x00"+s.limitKey("ip", s.clientKey(r)), subscribesPerIPHour, time.Hour, subscribesPerIPHour) ||
		!s.limits.allow("subscribe-addr\x00"+s.limitKey("addr", strings.ToLower(form.Email)), subscribesPerAddrHour, time.Hour, subscribesPerAddrHour) {
		form.Errors = []string{s.loc.T("subscribe_too_often")}
		s.render(w, r, http.StatusTooManyRequests, "subscribe", form)
		return
	}
	err := s.cfg.Newsletter.Subscribe(r.Context(), form.Email, form.Name, "web")
	var pe publicError
	switch {
	case errors.As(err, &pe):
		form.Errors = []string{s.loc.T(pe.PublicMessage())}
		s.render(w, r, http.StatusUnprocessableEntity, "subscribe", form)
	case err != nil:
		s.serverError(w, r, err)
	default:
		subscribed(w, r)
	}
}

// limitKey hashes what a rate limit counts, so the limiter's memory holds
// no visitor or mail addresses.
func (s *Server) limitKey(kind, v string) string {
	m := hmac.New(sha256.New, []byte(s.cfg.Secret))
	m.Write([]byte(kind))
	m.Write([]byte{0})
	m.Write([]byte(v))
	return hex.EncodeToString(m.Sum(nil)[:16])
}

// checkLink shows the error page for a forged link and reports whether the
// link is good.
func (s *Server) checkLink(w http.ResponseWriter, r *http.Request, p token.Purpose) bool {
	if err := s.cfg.Newsletter.CheckLink(p, r.PathValue("token")); err != nil {
		s.badLink(w, r)
		return false
	}
	return true
}

func (s *Server) badLink(w http.ResponseWriter, r *http.Request) {
	s.renderError(w, r, http.StatusNotFound, "bad_link_title", "bad_link")
}

// handleConfirmPage only shows a button: mail scanners open links, and a
// GET must not subscribe anyone.
func (s *Server) handleConfirmPage(w http.ResponseWriter, r *http.Request) {
	if s.newsletterOn(w, r) && s.checkLink(w, r, token.Confirm) {
		s.render(w, r, http.StatusOK, "confirm", tokenPage{Token: r.PathValue("token")})
	}
}

func (s *Server) handleConfirm(w http.ResponseWriter, r *http.Request) {
	if !s.newsletterOn(w, r) {
		return
	}
	_, confirmed, welcomed, err := s.cfg.Newsletter.Confirm(r.Context(), r.PathValue("token"))
	var pe publicError
	switch {
	case errors.Is(err, token.ErrInvalid):
		s.badLink(w, r)
	case errors.As(err, &pe):
		s.renderError(w, r, http.StatusGone, "old_link_title", pe.PublicMessage())
	case err != nil:
		s.serverError(w, r, err)
	default:
		s.render(w, r, http.StatusOK, "confirm_done", confirmedPage{Welcomed: welcomed, Again: confirmed && !welcomed})
	}
}

// handleUnsubscribePage only shows a button, like the confirm page.
func (s *Server) handleUnsubscribePage(w http.ResponseWriter, r *http.Request) {
	if s.newsletterOn(w, r) && s.checkLink(w, r, token.Unsubscribe) {
		s.render(w, r, http.StatusOK, "unsubscribe", tokenPage{Token: r.PathValue("token")})
	}
}

// handleUnsubscribe unsubscribes at once. It serves both the button on the
// page and the one-click POST of RFC 8058, which mail providers send with
// the body "List-Unsubscribe=One-Click", without cookies or Origin.
func (s *Server) handleUnsubscribe(w http.ResponseWriter, r *http.Request) {
	if !s.newsletterOn(w, r) {
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxFormBytes)
	err := s.cfg.Newsletter.Unsubscribe(r.Context(), r.PathValue("token"))
	switch {
	case errors.Is(err, token.ErrInvalid):
		s.badLink(w, r)
	case err != nil:
		s.serverError(w, r, err)
	default:
		s.render(w, r, http.StatusOK, "unsubscribe_done", nil)
	}
}
