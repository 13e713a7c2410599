package devmail

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"strings"
)

// Defaults used for the zero fields of a Config.
const (
	DefaultIMAPAddr = "127.0.0.1:1143"
	DefaultSMTPAddr = "127.0.0.1:1025"
	DefaultPassword = "helpline"
	// DefaultMaxMessageBytes bounds one message; larger ones get SMTP 552.
	DefaultMaxMessageBytes = 50 << 20
)

// Config describes a development mail server. The zero value is usable.
type Config struct {
	// IMAPAddr and SMTPAddr are the loopback host:port pairs to listen on.
	// Port 0 picks a free port; a missing host means 127.0.0.1.
	IMAPAddr, SMTPAddr string
	// Password is the one password every account logs in with.
	Password string
	// Accounts are created at once; others appear on first delivery.
	Accounts []string
	// MaxMessageBytes bounds the size of one message as received.
	MaxMessageBytes int64
	// Logger receives structured events; nil discards them.
	Logger *slog.Logger
	// Trace, when set, receives raw IMAP and SMTP transcripts. They include
	// passwords, so it is meant for a terminal, not for a log file.
	Trace io.Writer
}

// withDefaults returns cfg with its zero fields filled in and its listen
// addresses checked.
func (cfg Config) withDefaults() (Config, error) {
	if cfg.IMAPAddr == "" {
		cfg.IMAPAddr = DefaultIMAPAddr
	}
	if cfg.SMTPAddr == "" {
		cfg.SMTPAddr = DefaultSMTPAddr
	}
	if cfg.Password == "" {
		cfg.Password = DefaultPassword
	}
	if cfg.MaxMessageBytes <= 0 {
		cfg.MaxMessageBytes = DefaultMaxMessageBytes
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	var err error
	if cfg.IMAPAddr, err = loopbackAddr(cfg.IMAPAddr); err != nil {
		return cfg, fmt.Errorf("imap address: %w", err)
	}
	if cfg.SMTPAddr, err = loopbackAddr(cfg.SMTPAddr); err != nil {
		return cfg, fmt.Errorf("smtp address: %w", err)
	}
	return cfg, nil
}

// ErrNotLoopback is returned for a listen address off the loopback interface.
var ErrNotLoopback = errors.New("not a loopback address: the development mail server accepts clear-text passwords and listens only on 127.0.0.1, ::1 or localhost")

// loopbackAddr checks that addr names a loopback host and returns it with
// an empty host replaced by 127.0.0.1, so that ":0" means a free loopback
// port rather than every interface.
func loopbackAddr(addr string) (string, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "", fmt.Errorf("parse %q: %w", addr, err)
	}
	if port == "" {
		return "", fmt.Errorf("parse %q: missing port", addr)
	}
	if host == "" {
		return net.JoinHostPort("127.0.0.1", port), nil
	}
	if strings.EqualFold(host, "localhost") {
		return addr, nil
	}
	ip := net.ParseIP(host)
	if ip == nil || !ip.IsLoopback() {
		return "", fmt.Errorf("%q: %w", addr, ErrNotLoopback)
	}
	return addr, nil
}

// checkBound verifies the address a listener actually bound, which guards
// against a "localhost" that resolves somewhere unexpected.
func checkBound(ln net.Listener) error {
	tcp, ok := ln.Addr().(*net.TCPAddr)
	if !ok || !tcp.IP.IsLoopback() {
		return fmt.Errorf("bound %s: %w", ln.Addr(), ErrNotLoopback)
	}
	return nil
}
