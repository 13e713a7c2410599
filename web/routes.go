package web

import (
	"net/http"

	"helpline/templates"
)

func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", s.handleHealth)
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(templates.Static())))
	mux.HandleFunc("/", s.handleNotFound)
	// Browsers mark cross-site form posts; refusing them stops forged
	// submissions without tokens in every form. Mail providers' one-click
	// unsubscribe POSTs carry no such headers and pass.
	csrf := http.NewCrossOriginProtection()
	return s.recoverPanics(securityHeaders(csrf.Handler(mux)))
}
