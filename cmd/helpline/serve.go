package main

import (
	"context"
	"errors"
	"fmt"
	"net"
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

// dialCheck reports whether a TCP server answers, for /healthz.
func dialCheck(addr string) web.Check {
	return func(ctx context.Context) error {
		var d net.Dialer
		c, err := d.DialContext(ctx, "tcp", addr)
		if err != nil {
			return err
		}
		return c.Close()
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

	ln, err := net.Listen("tcp", cfg.HTTP.Listen)
	if err != nil {
		return fmt.Errorf("listen %s: %w", cfg.HTTP.Listen, err)
	}
	defer ln.Close()
	ms, err := resolveMail(ctx, app)
	if err != nil {
		return err
	}
	defer ms.close()
	parts, err := buildServe(app, ms, ln)
	if err != nil {
		return err
	}
	app.Log.Info("helpline is running", "web", "http://"+ln.Addr().String(), "database", cfg.Database.Path,
		"imap", ms.imapAddr, "smtp", ms.smtpAddr)
	if ms.dev != nil {
		printDevmail(m.Stdout, ms.dev, ln.Addr().String())
	}
	if m.Ready != nil {
		m.Ready(Listening{Web: ln.Addr().String(), IMAP: ms.imapAddr, SMTP: ms.smtpAddr})
	}
	return runComponents(ctx, app, parts)
}

// warnReadable warns when other users may read the database files: they
// hold readers' addresses and the site's secrets.
func warnReadable(app *App) {
	files, err := data.ReadableByOthers(app.DB.Path())
	if err != nil {
		app.Log.Warn("cannot check who may read the database files", "database", app.DB.Path(), "err", err)
		return
	}
	for _, f := range files {
		app.Log.Warn("database file is readable by other users; chmod 600 it", "file", f)
	}
}

// buildServe wires every part of the service: one newsletter service for
// the web pages, the inbox and the sender's ebook; the digest as the
// sender's renderer for digest mail and, when enabled, on its schedule.
func buildServe(app *App, ms *mailServers, ln net.Listener) ([]component, error) {
	cfg := app.Config
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
		mc.Failures = sendFailures{nl}
		mc.Footer = pv
	})
	if err != nil {
		return nil, err
	}
	app.DB.OnEnqueue = sender.Wake
	proc := newProcessor(app, mailSubscriptions{nl}, app.comments())
	ic, err := imapConfig(cfg, ms.devIMAP())
	if err != nil {
		return nil, err
	}
	poller := inbox.NewPoller(app.DB, ic, proc, app.Log.With("component", "poller"))
	site, err := newSite(app, ms, nl, pv, webAsker{proc})
	if err != nil {
		return nil, err
	}
	app.DB.OnCommit = site.Touch
	parts := []component{
		{"web", func(ctx context.Context) error { return site.Serve(ctx, ln) }},
		{"mailer", sender.Run},
		{"poller", poller.Run},
		{"retention", (&inbox.Janitor{DB: app.DB, KeepRaw: cfg.Inbox.KeepRaw.Duration,
			Log: app.Log.With("component", "retention")}).Run},
	}
	if cfg.Digest.Enabled {
		parts = append(parts, component{"digest", dg.Run})
	}
	return parts, nil
}

// newSite builds the web site over the services it fronts.
func newSite(app *App, ms *mailServers, nl web.Newsletter, pv web.Privacy, asker webAsker) (*web.Server, error) {
	cfg := app.Config
	return web.New(web.Config{
		Listen: cfg.HTTP.Listen,
		Site: web.Site{Name: cfg.Site.Name, BaseURL: cfg.Site.BaseURL, OwnerName: cfg.Site.OwnerName,
			EbookTitle: cfg.Site.EbookTitle, NewsletterBlurb: cfg.Site.NewsletterBlurb},
		Secret:          string(app.Signer.Key("web")),
		Logger:          app.Log.With("component", "web"),
		Checks:          map[string]web.Check{"imap": dialCheck(ms.imapAddr), "smtp": dialCheck(ms.smtpAddr)},
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
	}, app.DB)
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
