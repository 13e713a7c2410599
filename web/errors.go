package web

import (
	"net/http"
)

// errorPage is the data of the plain error page.
type errorPage struct {
	Site    Site
	Title   string
	Message string
}

// renderError shows the error page with the title and the message whose
// IDs are given, in the site's language.
func (s *Server) renderError(w http.ResponseWriter, r *http.Request, code int, title, msg string) {
	s.renderErrorText(w, r, code, s.loc.T(title), s.loc.T(msg))
}

func (s *Server) renderErrorText(w http.ResponseWriter, r *http.Request, code int, title, msg string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	if err := s.pages.Render(w, "error", errorPage{Site: s.cfg.Site, Title: title, Message: msg}); err != nil {
		s.log.Error("render error page", "err", err, "path", r.URL.Path)
	}
}

func (s *Server) handleNotFound(w http.ResponseWriter, r *http.Request) {
	s.renderError(w, r, http.StatusNotFound, "not_found_title", "not_found")
}

func (s *Server) serverError(w http.ResponseWriter, r *http.Request, err error) {
	s.log.Error("request failed", "err", err, "method", r.Method, "path", r.URL.Path)
	s.renderError(w, r, http.StatusInternalServerError, "server_error_title", "server_error")
}

func (s *Server) recoverPanics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("handler panic", "panic", v, "path", r.URL.Path)
				http.Error(w, "internal error", http.StatusInternalServerError)
			}
		}()
		next.ServeHTTP(w, r)
	})
}

func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		// No script is needed anywhere on the site, so none is allowed.
		h.Set("Content-Security-Policy", "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "same-origin")
		next.ServeHTTP(w, r)
	})
}
