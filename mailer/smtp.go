package mailer

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strconv"
	"sync"
	"time"

	gomail "github.com/wneessen/go-mail"
	"github.com/wneessen/go-mail/smtp"
)

// TLS modes for SMTPConfig.TLS and Config.TLS.
const (
	TLSImplicit = "implicit" // TLS from the first byte, usually port 465
	TLSStartTLS = "starttls" // plain connection upgraded with STARTTLS, required
	TLSNone     = "none"     // no TLS: only for loopback or a trusted network
)

// SMTPConfig says how to reach an SMTP relay. Zero values take the
// defaults noted beside each field.
type SMTPConfig struct {
	Addr      string // host:port
	TLS       string // TLSImplicit, TLSStartTLS or TLSNone; default starttls
	Username  string // no authentication when empty
	Password  string
	HelloName string // EHLO name; default the local host name
	// TLSConfig verifies the relay: its roots and the name its certificate
	// must carry. Default the system's roots and the host of Addr. It is
	// never used to skip verification.
	TLSConfig *tls.Config

	Timeout     time.Duration // bounds dialing and each whole transaction; default 1m
	IdleTimeout time.Duration // how long a connection may wait unused before it is closed; default 30s
	MaxIdle     int           // connections kept open between mails; default 1
	// RedialDelay is the wait after a failed dial before the next, doubled
	// with each failure up to a minute; default 1s.
	RedialDelay time.Duration
	Logger      *slog.Logger // default discards
}

func (c *SMTPConfig) setDefaults() error {
	if c.Addr == "" {
		return errors.New("mailer: no SMTP address")
	}
	if _, _, err := net.SplitHostPort(c.Addr); err != nil {
		return fmt.Errorf("mailer: SMTP address %q: %w", c.Addr, err)
	}
	switch c.TLS {
	case "":
		c.TLS = TLSStartTLS
	case TLSImplicit, TLSStartTLS, TLSNone:
	default:
		return fmt.Errorf("mailer: unknown TLS mode %q (want implicit, starttls or none)", c.TLS)
	}
	c.Timeout = defaultDuration(c.Timeout, time.Minute)
	c.IdleTimeout = defaultDuration(c.IdleTimeout, 30*time.Second)
	c.MaxIdle = defaultInt(c.MaxIdle, 1)
	c.RedialDelay = defaultDuration(c.RedialDelay, time.Second)
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return nil
}

// SMTP is a Transport that sends through one SMTP relay with go-mail's
// client. It keeps connections open between mails, up to MaxIdle of them,
// opens another whenever every open one is busy, and closes one that
// failed or sat unused for IdleTimeout.
type SMTP struct {
	cfg SMTPConfig
	// client opens, secures and authenticates connections, and runs each
	// transaction on the connection it is given.
	client *gomail.Client

	mu        sync.Mutex
	idle      []*smtpConn // most recently used last
	dialFails int
	redialAt  time.Time
}

var _ Transport = (*SMTP)(nil)

// smtpConn is one open session, used by one Send at a time.
type smtpConn struct {
	c        *smtp.Client
	eightBit bool        // the server takes 8-bit bodies (RFC 6152)
	expire   *time.Timer // closes the session once it has been idle too long
}

// NewSMTP checks cfg, fills in its defaults and returns a transport for
// the relay it names. It does not connect.
func NewSMTP(cfg SMTPConfig) (*SMTP, error) {
	if err := cfg.setDefaults(); err != nil {
		return nil, err
	}
	client, err := newClient(&cfg)
	if err != nil {
		return nil, err
	}
	return &SMTP{cfg: cfg, client: client}, nil
}

func newClient(cfg *SMTPConfig) (*gomail.Client, error) {
	host, p, _ := net.SplitHostPort(cfg.Addr)
	port, err := strconv.Atoi(p)
	if err != nil {
		return nil, fmt.Errorf("mailer: SMTP port %q: %w", p, err)
	}
	opts := []gomail.Option{
		gomail.WithPort(port),
		gomail.WithTimeout(cfg.Timeout),
		// A NOOP before each mail and an RSET after it would each cost a
		// round trip; idle sessions are closed instead, and a session is
		// reset after a refusal all the same.
		gomail.WithoutNoop(),
		gomail.WithoutRset(),
	}
	if cfg.HelloName != "" {
		opts = append(opts, gomail.WithHELO(cfg.HelloName))
	}
	if cfg.TLSConfig != nil {
		tc := cfg.TLSConfig.Clone()
		if tc.ServerName == "" {
			tc.ServerName = host
		}
		tc.MinVersion = max(tc.MinVersion, tls.VersionTLS12)
		opts = append(opts, gomail.WithTLSConfig(tc))
	}
	switch cfg.TLS {
	case TLSImplicit:
		opts = append(opts, gomail.WithSSL())
	case TLSStartTLS:
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSMandatory))
	case TLSNone:
		opts = append(opts, gomail.WithTLSPolicy(gomail.NoTLS))
	}
	if cfg.Username != "" {
		// Without TLS go-mail sends PLAIN credentials only to a loopback
		// server; with TLS it picks the best mechanism offered.
		auth := gomail.SMTPAuthAutoDiscover
		if cfg.TLS == TLSNone {
			auth = gomail.SMTPAuthPlain
		}
		opts = append(opts, gomail.WithSMTPAuth(auth), gomail.WithUsername(cfg.Username), gomail.WithPassword(cfg.Password))
	}
	c, err := gomail.NewClient(host, opts...)
	if err != nil {
		return nil, fmt.Errorf("mailer: smtp client: %w", err)
	}
	return c, nil
}

// Send delivers msg over an idle session, or a new one when none is idle.
// It returns nil only after the server answered the end of DATA with 250.
func (t *SMTP) Send(ctx context.Context, msg *gomail.Msg) error {
	cn, reused, err := t.take(ctx)
	if err != nil {
		return err
	}
	se, broken := t.transact(cn, msg)
	if se != nil && reused && se.Stage == "MAIL" && (se.Code == 0 || se.Code == 421) {
		// The server hung up on a session while it was idle, as RFC 5321
		// 4.5.3.2.7 lets it. Nothing of msg was taken: try a new one.
		cn.c.Close()
		if cn, err = t.dial(ctx); err != nil {
			return err
		}
		se, broken = t.transact(cn, msg)
	}
	if broken {
		cn.c.Close()
	} else {
		t.put(cn)
	}
	if se != nil {
		return se
	}
	return nil
}

// transact runs one mail transaction on cn and says whether cn can carry
// another.
func (t *SMTP) transact(cn *smtpConn, msg *gomail.Msg) (se *SendError, broken bool) {
	defer func() {
		if r := recover(); r != nil {
			// The session is in an unknown state: close it, then let the
			// caller's recovery deal with the panic.
			cn.c.Close()
			panic(r)
		}
	}()
	if !cn.eightBit {
		if err := sevenBit(msg); err != nil {
			return &SendError{Stage: "DATA", Message: err.Error(), Permanent: true, Err: err}, false
		}
	}
	// Without RSET after each mail, nothing follows the 250 that could
	// fail: an error means the mail was not taken, or may not have been.
	if err := t.client.SendWithSMTPClient(cn.c, msg); err != nil {
		return classify(err)
	}
	return nil, false
}

// take returns an idle session, most recently used first, or a new one.
func (t *SMTP) take(ctx context.Context) (cn *smtpConn, reused bool, err error) {
	t.mu.Lock()
	if n := len(t.idle); n > 0 {
		cn = t.idle[n-1]
		t.idle = t.idle[:n-1]
		t.mu.Unlock()
		cn.expire.Stop()
		return cn, true, nil
	}
	t.mu.Unlock()
	cn, err = t.dial(ctx)
	return cn, false, err
}

// put keeps cn for the next mail, or ends it when enough are kept.
func (t *SMTP) put(cn *smtpConn) {
	t.mu.Lock()
	if len(t.idle) >= t.cfg.MaxIdle {
		t.mu.Unlock()
		t.hangUp(cn)
		return
	}
	// Armed under the lock, so that it cannot look for cn before cn is
	// in the list.
	if cn.expire == nil {
		cn.expire = time.AfterFunc(t.cfg.IdleTimeout, func() { t.expire(cn) })
	} else {
		cn.expire.Reset(t.cfg.IdleTimeout)
	}
	t.idle = append(t.idle, cn)
	t.mu.Unlock()
}

// expire ends cn if it is still idle.
func (t *SMTP) expire(cn *smtpConn) {
	t.mu.Lock()
	for i, c := range t.idle {
		if c == cn {
			t.idle = append(t.idle[:i], t.idle[i+1:]...)
			t.mu.Unlock()
			t.cfg.Logger.Debug("smtp session idle, closing", "addr", t.cfg.Addr)
			t.hangUp(cn)
			return
		}
	}
	t.mu.Unlock()
}

// Close ends every idle session politely. Sessions in use are ended when
// their mail is done; a later Send opens new ones.
func (t *SMTP) Close() error {
	t.mu.Lock()
	idle := t.idle
	t.idle = nil
	t.mu.Unlock()
	for _, cn := range idle {
		cn.expire.Stop()
		t.hangUp(cn)
	}
	return nil
}

// hangUp sends QUIT, bounded by a short deadline, and closes cn.
func (t *SMTP) hangUp(cn *smtpConn) {
	cn.c.UpdateDeadline(5 * time.Second)
	if err := cn.c.Quit(); err != nil {
		cn.c.Close()
	}
}

// dial opens a session. After failed dials it first waits, doubling the
// wait each time, so that a relay that is down is not hammered.
func (t *SMTP) dial(ctx context.Context) (*smtpConn, error) {
	t.mu.Lock()
	wait := time.Until(t.redialAt)
	t.mu.Unlock()
	if wait > 0 {
		timer := time.NewTimer(wait)
		defer timer.Stop()
		select {
		case <-ctx.Done():
			return nil, &SendError{Stage: "connect", Message: "waiting to redial: " + ctx.Err().Error(), Err: ctx.Err()}
		case <-timer.C:
		}
	}
	c, err := t.client.DialToSMTPClientWithContext(ctx)
	t.mu.Lock()
	if err != nil {
		t.dialFails++
		t.redialAt = time.Now().Add(t.redialDelay())
	} else {
		t.dialFails = 0
	}
	t.mu.Unlock()
	if err != nil {
		return nil, connectError(ctx, err)
	}
	t.cfg.Logger.Debug("smtp connected", "addr", t.cfg.Addr)
	cn := &smtpConn{c: c}
	cn.eightBit, _ = c.Extension("8BITMIME")
	return cn, nil
}

// redialDelay is called with t.mu held.
func (t *SMTP) redialDelay() time.Duration {
	d := t.cfg.RedialDelay
	for i := 1; i < t.dialFails && d < time.Minute; i++ {
		d *= 2
	}
	return min(d, time.Minute)
}
