package web

import (
	"net/http"

	"helpline/templates"
)

func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", s.handleHealth)
	if s.cfg.Metrics != nil {
		mux.Handle("GET /metrics", s.cfg.Metrics)
	}
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(templates.Static())))
	mux.HandleFunc("GET /subscribe", s.handleSubscribeForm)
	mux.HandleFunc("POST /subscribe", s.handleSubscribe)
	mux.HandleFunc("GET /confirm/{token}", s.handleConfirmPage)
	mux.HandleFunc("POST /confirm/{token}", s.handleConfirm)
	mux.HandleFunc("GET /unsubscribe/{token}", s.handleUnsubscribePage)
	mux.HandleFunc("POST /unsubscribe/{token}", s.handleUnsubscribe)
	mux.HandleFunc("GET /{$}", s.handleIndex)
	mux.HandleFunc("GET /search", s.handleSearch)
	mux.HandleFunc("GET /q/{ref}", s.handleQuestion)
	mux.HandleFunc("POST /q/{ref}/comments", s.handleComment)
	mux.HandleFunc("POST /q/{ref}/rate", s.handleRate)
	mux.HandleFunc("GET /ask", s.handleAskForm)
	mux.HandleFunc("POST /ask", s.handleAsk)
	mux.HandleFunc("GET /ask/confirm/{token}", s.handleAskConfirmPage)
	mux.HandleFunc("POST /ask/confirm/{token}", s.handleAskConfirm)
	mux.HandleFunc("GET /forget/{token}", s.handleForgetPage)
	mux.HandleFunc("POST /forget/{token}", s.handleForget)
	mux.HandleFunc("GET /feed.rss", s.handleRSS)
	mux.HandleFunc("GET /feed.atom", s.handleAtom)
	mux.HandleFunc("GET /robots.txt", s.handleRobots)
	mux.HandleFunc("GET /sitemap.xml", s.handleSitemap)
	mux.HandleFunc("/", s.handleNotFound)
	// Browsers mark cross-site form posts; refusing them stops forged
	// submissions without tokens in every form. Mail providers' one-click
	// unsubscribe POSTs carry no such headers and pass.
	csrf := http.NewCrossOriginProtection()
	h := s.recoverPanics(securityHeaders(csrf.Handler(mux)))
	if s.cfg.Observer != nil {
		h = observe(s.cfg.Observer, h)
	}
	return h
}
