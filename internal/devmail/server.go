package devmail

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"runtime/debug"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-smtp"
)

// ErrServerClosed is returned by Start on a server that was started before
// or has been closed.
var ErrServerClosed = errors.New("devmail server closed")

// uidEpochStart is when the server's UIDVALIDITY clock starts.
var uidEpochStart = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)

// Server is a development IMAP and SMTP server over one in-memory store.
type Server struct {
	uidEpoch uint32 // added to every UIDVALIDITY (folders.go)
	cfg      Config
	log      *slog.Logger
	accounts *accounts
	changes  *notifier // store changed: wakes idling IMAP sessions
	traceMu  sync.Mutex

	imap      *imapserver.Server
	smtp      *smtp.Server
	imapConns *connSet
	smtpConns *connSet

	mu      sync.Mutex
	imapLn  net.Listener
	smtpLn  net.Listener
	started bool
	closed  bool
	serving sync.WaitGroup
}

// New returns a server for cfg, with the accounts of cfg.Accounts already
// created. It does not listen yet: call Start.
func New(cfg Config) (*Server, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, fmt.Errorf("devmail config: %w", err)
	}
	s := &Server{
		// UIDVALIDITY must grow when UIDs do not persist (RFC 9051
		// 2.3.1.1): the seconds since 2020, to which imapmemserver's own
		// numbering of the mailboxes (1, 2, 3 ...) is added.
		uidEpoch:  uint32(time.Since(uidEpochStart) / time.Second),
		cfg:       cfg,
		log:       cfg.Logger,
		accounts:  newAccounts(cfg.Password),
		changes:   newNotifier(),
		imapConns: newConnSet(),
		smtpConns: newConnSet(),
	}
	for _, addr := range cfg.Accounts {
		if err := s.AddAccount(addr); err != nil {
			return nil, fmt.Errorf("devmail config: %w", err)
		}
	}
	s.imap = s.newIMAPServer()
	s.smtp = s.newSMTPServer()
	return s, nil
}

// Start listens on both addresses and serves each in its own goroutine. It
// returns once both listeners are open; ctx bounds only that. Stop the
// server with Shutdown or Close.
func (s *Server) Start(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.started || s.closed {
		return ErrServerClosed
	}
	imapLn, err := listen(ctx, s.cfg.IMAPAddr)
	if err != nil {
		return fmt.Errorf("start imap: %w", err)
	}
	smtpLn, err := listen(ctx, s.cfg.SMTPAddr)
	if err != nil {
		imapLn.Close()
		return fmt.Errorf("start smtp: %w", err)
	}
	s.started = true
	s.imapLn, s.smtpLn = imapLn, smtpLn
	s.goServe("imap", func() error { return s.imap.Serve(s.imapConns.listener(imapLn)) })
	s.goServe("smtp", func() error { return s.smtp.Serve(s.smtpConns.listener(smtpLn)) })
	s.log.Info("devmail listening", "imap_addr", imapLn.Addr().String(),
		"smtp_addr", smtpLn.Addr().String(), "accounts", len(s.accounts.names()))
	return nil
}

// listen opens a TCP listener on addr and makes sure it is on loopback.
func listen(ctx context.Context, addr string) (net.Listener, error) {
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen %s: %w", addr, err)
	}
	if err := checkBound(ln); err != nil {
		ln.Close()
		return nil, err
	}
	return ln, nil
}

// goServe runs serve in a goroutine that survives its panics, so that one
// bad connection cannot take the whole service down with it.
func (s *Server) goServe(proto string, serve func() error) {
	s.serving.Add(1)
	go func() {
		defer s.serving.Done()
		defer func() {
			if v := recover(); v != nil {
				s.log.Error("devmail server panicked", "proto", proto, "panic", v, "stack", string(debug.Stack()))
			}
		}()
		if err := serve(); err != nil && !errors.Is(err, net.ErrClosed) && !s.isClosed() {
			s.log.Error("devmail server stopped", "proto", proto, "err", err)
		}
	}()
}

func (s *Server) isClosed() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.closed
}

// IMAPAddr returns the address the IMAP server listens on, with the real
// port once started.
func (s *Server) IMAPAddr() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.imapLn != nil {
		return s.imapLn.Addr().String()
	}
	return s.cfg.IMAPAddr
}

// SMTPAddr returns the address the SMTP server listens on, with the real
// port once started.
func (s *Server) SMTPAddr() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.smtpLn != nil {
		return s.smtpLn.Addr().String()
	}
	return s.cfg.SMTPAddr
}

// Password returns the password every account logs in with.
func (s *Server) Password() string {
	return s.cfg.Password
}

// Accounts returns the account addresses in sorted order.
func (s *Server) Accounts() []string {
	return s.accounts.names()
}

// AddAccount creates the account for addr's base address if it does not
// exist yet.
func (s *Server) AddAccount(addr string) error {
	base, err := BaseAddress(addr)
	if err != nil {
		return fmt.Errorf("add account: %w", err)
	}
	if _, created, err := s.accounts.ensure(base); err != nil {
		return fmt.Errorf("add account: %w", err)
	} else if created {
		s.log.Info("account created", "account", base)
	}
	return nil
}

// Close closes the listeners and every connection at once. The store is
// in memory only; its mail goes with the Server. Once the server is closed
// or shut down, Close and Shutdown do nothing.
func (s *Server) Close() error {
	if !s.stopListening() {
		return nil
	}
	s.imapConns.closeAll()
	s.smtpConns.closeAll()
	s.finish()
	return nil
}

// Shutdown stops the server gracefully, as net/http does: it closes the
// listeners, then closes each connection once it is waiting for its client
// outside a transfer, until none is left or ctx ends. An SMTP transaction
// or an IMAP APPEND under way is allowed to finish. If ctx ends first the
// remaining connections are closed at once and ctx's error is returned.
func (s *Server) Shutdown(ctx context.Context) error {
	if !s.stopListening() {
		return nil
	}
	defer s.finish()
	wait := time.Millisecond
	for {
		if s.imapConns.closeIdle()+s.smtpConns.closeIdle() == 0 {
			return nil
		}
		timer := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			timer.Stop()
			s.imapConns.closeAll()
			s.smtpConns.closeAll()
			return fmt.Errorf("devmail shutdown: %w", ctx.Err())
		case <-timer.C:
		}
		wait = min(2*wait, 100*time.Millisecond)
	}
}

// stopListening marks the server closed and closes its listeners. It
// returns false if the server was closed already.
func (s *Server) stopListening() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return false
	}
	s.closed = true
	for _, ln := range []net.Listener{s.imapLn, s.smtpLn} {
		if ln != nil {
			ln.Close()
		}
	}
	return true
}

// finish lets both libraries drop their own state once every connection
// is gone, and waits for the serving goroutines.
func (s *Server) finish() {
	// Both report an error for listeners already closed by stopListening.
	_ = s.imap.Close()
	_ = s.smtp.Close()
	s.serving.Wait()
	s.log.Info("devmail stopped")
}
