package mailer

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"strconv"
	"sync"
	"time"

	gomail "github.com/wneessen/go-mail"
	gomaillog "github.com/wneessen/go-mail/log"
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

	Timeouts    SMTPTimeouts  // how long to wait for the server at each step
	IdleTimeout time.Duration // how long a connection may wait unused before it is closed; default 30s
	MaxIdle     int           // connections kept open between mails; default 1
	// RedialDelay is the wait after a failed dial before the next, doubled
	// with each failure up to a minute; default 1s.
	RedialDelay time.Duration
	Logger      *slog.Logger // default discards
	// Trace, if set, is written a transcript of every session: the
	// commands and the server's replies, without the message itself and
	// with the credentials of AUTH left out.
	Trace io.Writer
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
	c.Timeouts.setDefaults()
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
// failed or sat unused for IdleTimeout. Each step of a session waits for
// the server as long as its timeout in SMTPConfig.Timeouts says.
type SMTP struct {
	cfg SMTPConfig
	tls *tls.Config // verifies the relay
	// client opens, secures and authenticates connections; each
	// transaction runs on its session's commands, step by step.
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
	conn     *deadlineConn // the connection under c, whose deadlines each step sets
	eightBit bool          // the server takes 8-bit bodies (RFC 6152)
	expire   *time.Timer   // closes the session once it has been idle too long
}

// NewSMTP checks cfg, fills in its defaults and returns a transport for
// the relay it names. It does not connect.
func NewSMTP(cfg SMTPConfig) (*SMTP, error) {
	if err := cfg.setDefaults(); err != nil {
		return nil, err
	}
	host, _, _ := net.SplitHostPort(cfg.Addr)
	t := &SMTP{cfg: cfg, tls: &tls.Config{}}
	if cfg.TLSConfig != nil {
		t.tls = cfg.TLSConfig.Clone()
	}
	if t.tls.ServerName == "" {
		t.tls.ServerName = host
	}
	t.tls.MinVersion = max(t.tls.MinVersion, tls.VersionTLS12)
	client, err := t.newClient()
	if err != nil {
		return nil, err
	}
	t.client = client
	return t, nil
}

func (t *SMTP) newClient() (*gomail.Client, error) {
	cfg := &t.cfg
	host, p, _ := net.SplitHostPort(cfg.Addr)
	port, err := strconv.Atoi(p)
	if err != nil {
		return nil, fmt.Errorf("mailer: SMTP port %q: %w", p, err)
	}
	opts := []gomail.Option{
		gomail.WithPort(port),
		// Dialing is bounded by Timeouts.Connect in dialConn; go-mail's
		// own bound covers the greeting and the commands before the first
		// mail.
		gomail.WithTimeout(cfg.Timeouts.Greeting),
		gomail.WithDialContextFunc(t.dialConn),
		gomail.WithTLSConfig(t.tls),
	}
	if cfg.HelloName != "" {
		opts = append(opts, gomail.WithHELO(cfg.HelloName))
	}
	switch cfg.TLS {
	case TLSImplicit:
		// dialConn secures the connection itself. Opportunistic leaves
		// go-mail to find the session secured, and so to offer the
		// password to every mechanism; over TLS no server offers
		// STARTTLS again (RFC 3207 4.2).
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSOpportunistic))
	case TLSStartTLS:
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSMandatory))
	case TLSNone:
		opts = append(opts, gomail.WithTLSPolicy(gomail.NoTLS))
	}
	if cfg.Trace != nil {
		// go-mail leaves authentication data out of its log unless told
		// to put it in.
		opts = append(opts, gomail.WithDebugLog(), gomail.WithLogger(gomaillog.New(cfg.Trace, gomaillog.LevelDebug)))
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
	cn.conn.step(5*time.Second, 5*time.Second)
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
	c, dc, err := t.open(ctx)
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
	cn := &smtpConn{c: c, conn: dc}
	cn.eightBit, _ = c.Extension("8BITMIME")
	return cn, nil
}

// open has go-mail's client open a session (connect, greeting, EHLO,
// STARTTLS, AUTH) through dialConn, and returns it with the connection
// under it. When ctx ends first, the connection is closed and open
// returns an error wrapping ctx.Err().
func (t *SMTP) open(ctx context.Context) (*smtp.Client, *deadlineConn, error) {
	slot := &dialSlot{ctx: ctx}
	c, err := t.client.DialToSMTPClientWithContext(context.WithValue(ctx, dialSlotKey{}, slot))
	if slot.stop != nil && !slot.stop() {
		if err == nil {
			err = errors.New("connection closed")
		}
		err = fmt.Errorf("%w: %w", ctx.Err(), err)
	}
	if err != nil {
		// go-mail leaves the connection open when a step after the
		// greeting fails.
		if slot.conn != nil {
			slot.conn.Close()
		}
		return nil, nil, err
	}
	return c, slot.conn, nil
}

// redialDelay is called with t.mu held.
func (t *SMTP) redialDelay() time.Duration {
	d := t.cfg.RedialDelay
	for i := 1; i < t.dialFails && d < time.Minute; i++ {
		d *= 2
	}
	return min(d, time.Minute)
}
