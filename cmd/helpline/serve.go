package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"sync"
	"time"

	"helpline/web"
)

// component is one long-running part of serve. run returns when ctx is done
// (nil) or when the part fails.
type component struct {
	name string
	run  func(ctx context.Context) error
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

	ln, err := net.Listen("tcp", cfg.HTTP.Listen)
	if err != nil {
		return fmt.Errorf("listen %s: %w", cfg.HTTP.Listen, err)
	}
	site, err := web.New(web.Config{
		Listen: cfg.HTTP.Listen,
		Site:   web.Site{Name: cfg.Site.Name, BaseURL: cfg.Site.BaseURL, OwnerName: cfg.Site.OwnerName},
		Secret: app.Signer.Sign("w", 0),
		Logger: app.Log.With("component", "web"),
	}, app.DB)
	if err != nil {
		ln.Close()
		return err
	}
	parts := []component{{"web", func(ctx context.Context) error { return site.Serve(ctx, ln) }}}
	app.Log.Info("helpline is running", "web", "http://"+ln.Addr().String(), "database", cfg.Database.Path)
	if m.Ready != nil {
		m.Ready(ln.Addr().String())
	}
	return runComponents(ctx, app, parts)
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
