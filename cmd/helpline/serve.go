package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"os"
	"sync"
	"time"

	"helpline/data"
	"helpline/inbox"
	"helpline/internal/devmail"
	"helpline/mailer"
	"helpline/web"
)

// component is one long-running part of serve. run returns when ctx is done
// (nil) or when the part fails.
type component struct {
	name string
	run  func(ctx context.Context) error
}

// mailServers is where mail is read and sent: the configured servers, or
// the embedded development server.
type mailServers struct {
	dev      *devmail.Server
	smtpAddr string
	smtpTLS  string
	smtpUser string
	smtpPass string
	imapAddr string
}

func resolveMail(ctx context.Context, app *App) (*mailServers, error) {
	cfg := app.Config
	if !cfg.UseDevmail() {
		return &mailServers{smtpAddr: cfg.SMTP.Addr, smtpTLS: cfg.SMTP.TLS, smtpUser: cfg.SMTP.Username,
			smtpPass: cfg.SMTP.Password, imapAddr: cfg.IMAP.Addr}, nil
	}
	dev, err := startDevmail(ctx, cfg, app.Log.With("component", "devmail"))
	if err != nil {
		return nil, fmt.Errorf("start the development mail server: %w", err)
	}
	return &mailServers{dev: dev, smtpAddr: dev.SMTPAddr(), smtpTLS: mailer.TLSNone, imapAddr: dev.IMAPAddr()}, nil
}

func (ms *mailServers) devIMAP() string {
	if ms.dev == nil {
		return ""
	}
	return ms.dev.IMAPAddr()
}

func (ms *mailServers) close() {
	if ms.dev != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		defer cancel()
		ms.dev.Shutdown(ctx)
	}
}

// newSender builds the outbox sender for the resolved mail servers.
func newSender(app *App, ms *mailServers, extra func(*mailer.Config)) (*mailer.Sender, error) {
	c := app.Config
	mc := mailer.Config{
		Addr: ms.smtpAddr, TLS: ms.smtpTLS, Username: ms.smtpUser, Password: ms.smtpPass,
		Connections: c.SMTP.Connections, RatePerSecond: c.SMTP.Rate, MaxAttempts: c.SMTP.MaxAttempts,
		MaxPerHour: c.SMTP.MaxPerHour, MaxPerDay: c.SMTP.MaxPerDay,
		From: c.Site.Address, FromName: c.Site.Name, Signer: app.Signer,
		Logger: app.Log.With("component", "mailer"),
		Timeouts: mailer.SMTPTimeouts{Connect: c.SMTP.Timeout.Connect.Duration, Greeting: c.SMTP.Timeout.Greeting.Duration,
			Mail: c.SMTP.Timeout.Mail.Duration, Rcpt: c.SMTP.Timeout.Rcpt.Duration, DataInit: c.SMTP.Timeout.DataInit.Duration,
			DataBlock: c.SMTP.Timeout.DataBlock.Duration, DataEnd: c.SMTP.Timeout.DataEnd.Duration},
	}
	if c.Log.Trace {
		mc.Trace = os.Stderr
	}
	if err := ms.secure(c, &mc); err != nil {
		return nil, err
	}
	if extra != nil {
		extra(&mc)
	}
	return mailer.New(app.DB, mc)
}

func cmdServe(ctx context.Context, m *Main, args []string) error {
	fs, cfgPath := m.flags("serve", "serve [--config FILE]")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := noArgs(fs); err != nil {
		return err
	}
	app, err := m.openApp(ctx, *cfgPath)
	if err != nil {
		return err
	}
	defer app.Close()
	cfg := app.Config
	warnReadable(app)

	lns, err := listen(cfg.HTTP)
	if err != nil {
		return err
	}
	defer lns.close()
	ms, err := resolveMail(ctx, app)
	if err != nil {
		return err
	}
	defer ms.close()
	parts, err := buildServe(app, ms, lns)
	if err != nil {
		return err
	}
	l := Listening{Web: lns.web.Addr().String(), IMAP: ms.imapAddr, SMTP: ms.smtpAddr, Metrics: lns.web.Addr().String()}
	if lns.metrics != nil {
		l.Metrics = lns.metrics.Addr().String()
	}
	app.Log.Info("helpline is running", "web", "http://"+l.Web, "metrics", "http://"+l.Metrics+"/metrics",
		"database", cfg.Database.Path, "imap", ms.imapAddr, "smtp", ms.smtpAddr)
	if ms.dev != nil {
		printDevmail(m.Stdout, ms.dev, l.Web)
	}
	if m.Ready != nil {
		m.Ready(l)
	}
	return runComponents(ctx, app, parts)
}

// listeners are where serve answers: the site, and the metrics when
// they have an address of their own.
type listeners struct {
	web, metrics net.Listener
}

func listen(c HTTPConfig) (*listeners, error) {
	web, err := net.Listen("tcp", c.Listen)
	if err != nil {
		return nil, fmt.Errorf("listen %s: %w", c.Listen, err)
	}
	lns := &listeners{web: web}
	if c.MetricsListen != "" {
		if lns.metrics, err = net.Listen("tcp", c.MetricsListen); err != nil {
			web.Close()
			return nil, fmt.Errorf("listen %s for metrics: %w", c.MetricsListen, err)
		}
	}
	return lns, nil
}

func (l *listeners) close() {
	l.web.Close()
	if l.metrics != nil {
		l.metrics.Close()
	}
}

// warnReadable warns when other users may read the database files: they
// hold readers' addresses and the site's secrets.
func warnReadable(app *App) {
	files, err := readableByOthers(app.DB.Path())
	if err != nil {
		app.Log.Warn("cannot check who may read the database files", "database", app.DB.Path(), "err", err)
		return
	}
	for _, f := range files {
		app.Log.Warn("database file is readable by other users; chmod 600 it", "file", f)
	}
}

// readableByOthers returns those of the database files at path (the file
// itself and the -wal and -shm SQLite keeps beside it) that users other
// than their owner may read.
func readableByOthers(path string) ([]string, error) {
	var out []string
	for _, name := range []string{path, path + "-wal", path + "-shm"} {
		st, err := os.Stat(name)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		if st.Mode().Perm()&0o044 != 0 {
			out = append(out, name)
		}
	}
	return out, nil
}

// buildServe wires every part of the service: one newsletter service for
// the web pages, the inbox and the sender's ebook; the digest as the
// sender's renderer for digest mail and, when enabled, on its schedule.
func buildServe(app *App, ms *mailServers, lns *listeners) ([]component, error) {
	cfg := app.Config
	metrics := newMetrics()
	nl, err := newNewsletter(app)
	if err != nil {
		return nil, err
	}
	dg, err := newDigest(app)
	if err != nil {
		return nil, err
	}
	pv, err := newPrivacy(app)
	if err != nil {
		return nil, err
	}
	ebookName, ebook := nl.Ebook()
	sender, err := newSender(app, ms, func(mc *mailer.Config) {
		mc.Attachments = map[string]mailer.Attachment{
			"ebook": {Filename: ebookName, ContentType: "application/pdf", Data: ebook},
		}
		mc.Preparers = map[string]mailer.Preparer{data.KindDigest: mailer.FillPreparer(dg.Fill)}
		mc.Observer = metrics.Mailer
		mc.Failures = sendFailures{nl}
		mc.Footer = pv
	})
	if err != nil {
		return nil, err
	}
	app.DB.OnEnqueue = sender.Wake
	proc := newProcessor(app, mailSubscriptions{nl}, app.comments(), metrics.Inbox)
	ic, err := imapConfig(cfg, ms.devIMAP())
	if err != nil {
		return nil, err
	}
	ic.Observer = metrics.Inbox
	polls := pollers(app, ic, proc)
	metrics.watch(app.DB, polls[0], sender)
	metricsHandler := metrics.Handler(app.Log.With("component", "metrics"))
	wc := siteConfig(app, nl, pv, webAsker{proc})
	wc.Checks, wc.Observer = healthChecks(app.DB, polls[0], sender), metrics.Web
	if lns.metrics == nil {
		wc.Metrics = metricsHandler // on the site, as it has no listener of its own
	}
	site, err := web.New(wc, app.DB)
	if err != nil {
		return nil, err
	}
	app.DB.OnCommit = site.Touch
	parts := []component{
		{"web", func(ctx context.Context) error { return site.Serve(ctx, lns.web) }},
		{"mailer", sender.Run},
		{"retention", (&inbox.Janitor{DB: app.DB, KeepRaw: cfg.Inbox.KeepRaw.Duration,
			Log: app.Log.With("component", "retention")}).Run},
	}
	for i, p := range polls {
		name := "poller"
		if i > 0 {
			name = "sent poller"
		}
		parts = append(parts, component{name, p.Run})
	}
	if lns.metrics != nil {
		parts = append(parts, component{"metrics", func(ctx context.Context) error {
			return serveMetrics(ctx, lns.metrics, metricsHandler, app.Log.With("component", "metrics"))
		}})
	}
	if cfg.Digest.Enabled {
		parts = append(parts, component{"digest", dg.Run})
	}
	return parts, nil
}

// siteConfig is the web site's configuration, without its health checks
// and metrics.
func siteConfig(app *App, nl web.Newsletter, pv web.Privacy, asker webAsker) web.Config {
	cfg := app.Config
	return web.Config{
		Listen: cfg.HTTP.Listen,
		Site: web.Site{Name: cfg.Site.Name, BaseURL: cfg.Site.BaseURL, OwnerName: cfg.Site.OwnerName,
			EbookTitle: cfg.Site.EbookTitle, NewsletterBlurb: cfg.Site.NewsletterBlurb},
		Secret:          string(app.Signer.Key("web")),
		Logger:          app.Log.With("component", "web"),
		Newsletter:      nl,
		Asker:           asker,
		AskConfirm:      asker,
		Privacy:         pv,
		PublishComments: cfg.Web.PublishComments,
		Signer:          app.Signer,
		Mailbox:         cfg.Site.Address,
		OwnerAddress:    cfg.Site.OwnerAddresses[0],
		TrustedProxies:  cfg.trustedProxies(),
		Locale:          app.Locale,
	}
}

// runComponents runs every part until ctx is done or one of them fails,
// then stops the rest and waits for them, at most a few seconds.
func runComponents(ctx context.Context, app *App, parts []component) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	errc := make(chan error, len(parts))
	for _, p := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if v := recover(); v != nil {
					errc <- fmt.Errorf("%s: panic: %v", p.name, v)
					cancel()
				}
			}()
			if err := p.run(ctx); err != nil && !errors.Is(err, context.Canceled) {
				errc <- fmt.Errorf("%s: %w", p.name, err)
				cancel()
			}
		}()
	}
	<-ctx.Done()
	app.Log.Info("stopping")
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		app.Log.Warn("some parts did not stop in time")
	}
	select {
	case err := <-errc:
		return err
	default:
		app.Log.Info("stopped")
		return nil
	}
}
