package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"helpline/internal/devmail"
)

// startDevmail starts the embedded development mail server with accounts
// for the helpline address, the owners and the configured extras.
func startDevmail(ctx context.Context, cfg *Config, log *slog.Logger) (*devmail.Server, error) {
	accounts := append([]string{cfg.Site.Address}, cfg.Site.OwnerAddresses...)
	accounts = append(accounts, cfg.Devmail.Accounts...)
	var trace io.Writer
	if cfg.Log.Trace {
		trace = os.Stderr
	}
	srv, err := devmail.New(devmail.Config{
		IMAPAddr: cfg.Devmail.IMAPAddr,
		SMTPAddr: cfg.Devmail.SMTPAddr,
		Password: cfg.Devmail.Password,
		Accounts: accounts,
		Logger:   log,
		Trace:    trace,
	})
	if err != nil {
		return nil, err
	}
	if err := srv.Start(ctx); err != nil {
		return nil, err
	}
	return srv, nil
}

// printDevmail tells a newcomer how to reach the development mail server.
func printDevmail(w io.Writer, srv *devmail.Server, webAddr string) {
	fmt.Fprintf(w, "\nDevelopment mail server (loopback only, no TLS):\n")
	fmt.Fprintf(w, "  IMAP  %s\n  SMTP  %s\n", srv.IMAPAddr(), srv.SMTPAddr())
	fmt.Fprintf(w, "  password for every account: %s\n  accounts:\n", srv.Password())
	for _, a := range srv.Accounts() {
		fmt.Fprintf(w, "    %s\n", a)
	}
	fmt.Fprintf(w, "  any other address gets a mailbox on first delivery\n")
	if webAddr != "" {
		fmt.Fprintf(w, "\nWeb site: http://%s\n\n", webAddr)
	}
}

func cmdDevmail(ctx context.Context, m *Main, args []string) error {
	fs, cfgPath := m.flags("devmail", "devmail [--config FILE]")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := noArgs(fs); err != nil {
		return err
	}
	cfg, err := m.loadConfig(*cfgPath)
	if err != nil {
		return err
	}
	log := newLogger(m.Stderr, cfg.Log)
	srv, err := startDevmail(ctx, cfg, log.With("component", "devmail"))
	if err != nil {
		return err
	}
	printDevmail(m.Stdout, srv, "")
	if m.Ready != nil {
		m.Ready(Listening{IMAP: srv.IMAPAddr(), SMTP: srv.SMTPAddr()})
	}
	<-ctx.Done()
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return srv.Shutdown(shutdownCtx)
}
