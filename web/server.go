package web

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"time"

	"helpline/data"
	"helpline/internal/locale"
	"helpline/internal/token"
	"helpline/templates"
)

// Site is what every page knows about the site.
type Site struct {
	Name      string
	BaseURL   string // absolute, without a trailing slash
	OwnerName string
	// EbookTitle names the ebook new subscribers get; NewsletterBlurb,
	// when set, replaces the newsletter box's sentence that names it.
	EbookTitle      string
	NewsletterBlurb string
}

// Config is what the web server needs besides its store.
type Config struct {
	Listen string
	Site   Site
	// Secret keys the hashes that stand in for visitors (rating keys, rate
	// limits); it is never shown.
	Secret string
	Logger *slog.Logger
	// Checks are reported by /healthz, by name. The database is always
	// checked.
	Checks map[string]Check
	// Observer, if set, is told of every request, for metrics.
	Observer Observer
	// Metrics, if set, answers GET /metrics.
	Metrics http.Handler
	// Newsletter runs the subscribe, confirm and unsubscribe pages; when
	// nil those pages answer 404.
	Newsletter Newsletter
	// Asker takes questions from the ask form; without one the form says
	// that asking on the web is unavailable.
	Asker Asker
	// AskConfirm sends on a question from the form once its asker has
	// confirmed the address; without one the confirmation pages are 404.
	AskConfirm AskConfirmer
	// Privacy deletes what the site holds about a reader, from the link in
	// their mail; without one those pages are 404.
	Privacy Privacy
	// PublishComments shows comments at once instead of holding them for
	// the owner's approval.
	PublishComments bool
	// Signer, Mailbox (the helpline address) and OwnerAddress let a held
	// comment be sent to the owner, whose reply approves or rejects it.
	Signer       *token.Signer
	Mailbox      string
	OwnerAddress string
	// TrustedProxies are the reverse proxies whose X-Forwarded-For or
	// Forwarded headers name the client; from anyone else they are
	// ignored.
	TrustedProxies []netip.Prefix
	// Locale is the language of every page and of the mail the site
	// sends; nil means English.
	Locale *locale.Locale
}

// Server is the HTTP side of helpline.
type Server struct {
	cfg     Config
	db      *data.DB
	pages   *templates.Pages
	loc     *locale.Locale
	log     *slog.Logger
	handler http.Handler
	limits  *limiter
	// versions knows the site's data versions; cache and searches keep
	// the pages and search pages rendered from the site's version, results
	// the ids of search results, by their words, from the index's.
	versions *versionCheck
	cache    *versioned[*cachedPage]
	searches *versioned[*cachedPage]
	results  *versioned[searchResult]
	gzip     compressor
	started  time.Time
}

// New returns a Server over db.
func New(cfg Config, db *data.DB) (*Server, error) {
	if cfg.Locale == nil {
		en, err := locale.New(locale.Default, nil)
		if err != nil {
			return nil, err
		}
		cfg.Locale = en
	}
	pages, err := templates.ParsePages(cfg.Locale)
	if err != nil {
		return nil, err
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Listen == "" {
		cfg.Listen = "127.0.0.1:8080"
	}
	version, err := db.PrepareSiteVersion(context.Background())
	if err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, db: db, pages: pages, loc: cfg.Locale, log: cfg.Logger, limits: newLimiter(),
		versions: newVersionCheck(version), cache: newVersioned[*cachedPage](maxCachedPages),
		searches: newVersioned[*cachedPage](maxCachedSearches), results: newVersioned[searchResult](maxCachedSearches),
		started: time.Now()}
	s.handler = s.routes()
	return s, nil
}

// Touch says that the site's data has just changed in this process (an
// answer stored by the inbox, say), so that the next request checks the
// cached pages against it rather than within versionCheckEvery. It is
// cheap and does not block: data.DB.OnCommit can call it.
func (s *Server) Touch() { s.versions.touch() }

// Handler returns the site's handler, for tests and for embedding.
func (s *Server) Handler() http.Handler { return s.handler }

// Serve answers on ln until ctx is done, then shuts down gracefully,
// letting requests in progress finish for a few seconds.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("web: %w", err)
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		srv.Close()
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("web: %w", err)
	}
	return nil
}

// page is the data every page template receives.
type page struct {
	Site Site
	Data any
}
