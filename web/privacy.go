package web

import (
	"context"
	"errors"
	"net/http"

	"helpline/internal/token"
)

// Privacy lets a reader have everything the site holds about them deleted,
// from the signed link at the foot of every mail to them. Forged links
// give errors wrapping token.ErrInvalid.
type Privacy interface {
	CheckForgetLink(tok string) error
	ForgetByLink(ctx context.Context, tok string) error
}

// handleForgetPage only shows a button: mail scanners open links, and a
// GET must never delete anything.
func (s *Server) handleForgetPage(w http.ResponseWriter, r *http.Request) {
	if s.cfg.Privacy == nil {
		s.handleNotFound(w, r)
		return
	}
	if err := s.cfg.Privacy.CheckForgetLink(r.PathValue("token")); err != nil {
		s.badLink(w, r)
		return
	}
	s.render(w, r, http.StatusOK, "forget", tokenPage{Token: r.PathValue("token")})
}

// handleForget deletes, on the press of the button.
func (s *Server) handleForget(w http.ResponseWriter, r *http.Request) {
	if s.cfg.Privacy == nil {
		s.handleNotFound(w, r)
		return
	}
	err := s.cfg.Privacy.ForgetByLink(r.Context(), r.PathValue("token"))
	switch {
	case errors.Is(err, token.ErrInvalid):
		s.badLink(w, r)
	case err != nil:
		s.serverError(w, r, err)
	default:
		s.versions.touch()
		s.render(w, r, http.StatusOK, "forgotten", nil)
	}
}
