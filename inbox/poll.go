package inbox

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"slices"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"helpline/data"
)

// IMAPConfig says how to reach the mailbox.
type IMAPConfig struct {
	Addr             string
	TLS              string // "implicit", "starttls" or "none"
	TLSConfig        *tls.Config
	Username         string
	Password         string
	Mailbox          string
	ProcessedMailbox string // where processed mail is moved; "" leaves it
	// Sent says the poller reads the account's sent mail, where the
	// owner's direct answers are. With Mailbox empty it finds the mailbox
	// the server marks \Sent (RFC 6154).
	Sent           bool
	PollInterval   time.Duration // without IDLE
	IdleRestart    time.Duration // re-issue IDLE this often (RFC 2177: within 29 minutes)
	MaxMessageSize int64
	BatchSize      int   // messages per FETCH
	BatchBytes     int64 // bytes per FETCH, roughly
	MaxBackoff     time.Duration
	Trace          io.Writer // protocol transcript, with the password redacted
	Observer       Observer  // told of each fetch, for metrics; may be nil
}

// Poller reads new mail from one IMAP mailbox into the store and hands
// each message to the Processor.
type Poller struct {
	cfg  IMAPConfig
	db   *data.DB
	proc *Processor
	log  *slog.Logger
	stat pollState // what Status reports
}

// NewPoller returns a Poller.
func NewPoller(db *data.DB, cfg IMAPConfig, proc *Processor, log *slog.Logger) *Poller {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if cfg.Mailbox == "" && !cfg.Sent {
		cfg.Mailbox = "INBOX"
	}
	if cfg.Sent {
		cfg.ProcessedMailbox = "" // the owner's sent mail stays where it is
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = time.Minute
	}
	if cfg.IdleRestart <= 0 {
		cfg.IdleRestart = 20 * time.Minute
	}
	if cfg.MaxMessageSize <= 0 {
		cfg.MaxMessageSize = 25 << 20
	}
	if cfg.BatchSize <= 0 {
		cfg.BatchSize = 100
	}
	if cfg.BatchBytes <= 0 {
		cfg.BatchBytes = 32 << 20
	}
	if cfg.MaxBackoff <= 0 {
		cfg.MaxBackoff = 5 * time.Minute
	}
	return &Poller{cfg: cfg, db: db, proc: proc, log: log}
}

// Run keeps a connection to the mailbox until ctx is done: it fetches what
// is new, then waits in IDLE (or polls), and reconnects with capped
// exponential backoff when the connection fails.
func (p *Poller) Run(ctx context.Context) error {
	if err := p.resume(ctx); err != nil {
		p.log.Error("resume pending messages", "err", err)
	}
	backoff := min(time.Second, p.cfg.MaxBackoff)
	for {
		started := time.Now()
		err := p.session(ctx, true)
		if ctx.Err() != nil {
			return nil
		}
		if errors.Is(err, ErrNoSentMailbox) {
			// Not a failure to retry soon: the server has no such
			// mailbox until someone makes one.
			p.log.Info("not watching sent mail", "reason", err)
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(time.Hour):
				continue
			}
		}
		if time.Since(started) > 2*time.Minute {
			backoff = min(time.Second, p.cfg.MaxBackoff) // it worked for a while: start over
		}
		wait := backoff/2 + rand.N(backoff/2+1)
		p.failed(err, wait)
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(wait):
		}
		backoff = min(backoff*2, p.cfg.MaxBackoff)
	}
}

// PollOnce connects, ingests everything new, and disconnects. It returns
// how many messages it stored.
func (p *Poller) PollOnce(ctx context.Context) (int, error) {
	if err := p.resume(ctx); err != nil {
		return 0, err
	}
	c, sel, err := p.connect(ctx, nil)
	if err != nil {
		msg, _ := p.advice(err)
		return 0, fmt.Errorf("%s: %w", msg, err)
	}
	defer c.Close()
	n, err := p.fetchNew(ctx, c, sel)
	if err == nil {
		c.Logout().Wait()
	}
	return n, err
}

// resume finishes pending messages, for the poller of the inbox only: two
// pollers resuming the same messages at once would act on them twice.
func (p *Poller) resume(ctx context.Context) error {
	if p.cfg.Sent {
		return nil
	}
	return p.proc.Resume(ctx)
}

// connect dials, logs in and selects the mailbox. The client is closed
// when ctx is done, which ends any command in progress.
func (p *Poller) connect(ctx context.Context, onExists func()) (*imapclient.Client, *imap.SelectData, error) {
	opts := &imapclient.Options{
		TLSConfig: p.cfg.TLSConfig,
		Dialer:    &net.Dialer{Timeout: 30 * time.Second},
	}
	if p.cfg.Trace != nil {
		prefix := "imap inbox: "
		if p.cfg.Sent {
			prefix = "imap sent: "
		}
		opts.DebugWriter = newTranscript(p.cfg.Trace, prefix, p.cfg.Password)
	}
	if onExists != nil {
		opts.UnilateralDataHandler = &imapclient.UnilateralDataHandler{
			Mailbox: func(d *imapclient.UnilateralDataMailbox) {
				if d.NumMessages != nil {
					onExists()
				}
			},
		}
	}
	var c *imapclient.Client
	var err error
	switch p.cfg.TLS {
	case "none":
		c, err = imapclient.DialInsecure(p.cfg.Addr, opts)
	case "starttls":
		c, err = imapclient.DialStartTLS(p.cfg.Addr, opts)
	default:
		c, err = imapclient.DialTLS(p.cfg.Addr, opts)
	}
	if err != nil {
		return nil, nil, &stageError{stageDial, fmt.Errorf("dial %s: %w", p.cfg.Addr, err)}
	}
	stop := context.AfterFunc(ctx, func() { c.Close() })
	go func() { <-c.Closed(); stop() }()
	if err := c.Login(p.cfg.Username, p.cfg.Password).Wait(); err != nil {
		c.Close()
		return nil, nil, &stageError{stageLogin, fmt.Errorf("login as %s: %w", p.cfg.Username, err)}
	}
	if p.cfg.Mailbox == "" {
		name, err := sentMailbox(c)
		if err != nil {
			c.Close()
			return nil, nil, err
		}
		p.cfg.Mailbox = name
	}
	sel, err := c.Select(p.cfg.Mailbox, nil).Wait()
	if err != nil {
		c.Close()
		return nil, nil, &stageError{stageSelect, fmt.Errorf("select %s: %w", p.cfg.Mailbox, err)}
	}
	if p.cfg.ProcessedMailbox != "" {
		// Most servers answer ALREADYEXISTS after the first time.
		c.Create(p.cfg.ProcessedMailbox, nil).Wait()
	}
	return c, sel, nil
}

// session runs one connection: fetch, then wait for more, until the
// connection fails or ctx is done.
func (p *Poller) session(ctx context.Context, wait bool) error {
	wake := make(chan struct{}, 1)
	c, sel, err := p.connect(ctx, func() {
		select {
		case wake <- struct{}{}:
		default:
		}
	})
	if err != nil {
		return err
	}
	defer c.Close()
	p.loggedIn()
	p.log.Info("imap connected", "addr", p.cfg.Addr, "mailbox", p.cfg.Mailbox, "uidvalidity", sel.UIDValidity,
		"idle", c.Caps().Has(imap.CapIdle))
	trigger := FetchAtConnect
	for {
		started := time.Now()
		n, err := p.fetchNew(ctx, c, sel)
		if err != nil {
			return err
		}
		// The UIDNEXT of SELECT is only true until new mail comes.
		sel.UIDNext = 0
		p.fetchDone(trigger, started, n)
		if c.Caps().Has(imap.CapIdle) {
			trigger, err = FetchAfterIdle, p.idle(ctx, c, wake)
		} else {
			trigger, err = FetchAfterPoll, p.pause(ctx, c)
		}
		if err != nil || ctx.Err() != nil {
			return err
		}
	}
}

// idle waits in IDLE until the server reports new mail, the restart
// interval passes, or ctx is done.
func (p *Poller) idle(ctx context.Context, c *imapclient.Client, wake <-chan struct{}) error {
	cmd, err := c.Idle()
	if err != nil {
		return fmt.Errorf("idle: %w", err)
	}
	timer := time.NewTimer(p.cfg.IdleRestart)
	defer timer.Stop()
	select {
	case <-wake:
	case <-timer.C:
	case <-ctx.Done():
	case <-c.Closed():
	}
	if err := cmd.Close(); err != nil {
		return fmt.Errorf("end idle: %w", err)
	}
	if err := cmd.Wait(); err != nil {
		return fmt.Errorf("idle: %w", err)
	}
	return nil
}

// pause waits one poll interval on servers without IDLE, then asks the
// server for news with NOOP.
func (p *Poller) pause(ctx context.Context, c *imapclient.Client) error {
	timer := time.NewTimer(p.cfg.PollInterval)
	defer timer.Stop()
	select {
	case <-timer.C:
	case <-ctx.Done():
		return nil
	case <-c.Closed():
		return errors.New("connection closed")
	}
	if err := c.Noop().Wait(); err != nil {
		return fmt.Errorf("noop: %w", err)
	}
	return nil
}

// ErrNoSentMailbox says the server marks no mailbox \Sent and none is
// configured.
var ErrNoSentMailbox = errors.New("the server marks no mailbox \\Sent; set imap.sent_mailbox to its name")

// sentMailbox finds the mailbox the server marks \Sent (RFC 6154 2).
func sentMailbox(c *imapclient.Client) (string, error) {
	list, err := c.List("", "*", &imap.ListOptions{ReturnSpecialUse: true}).Collect()
	if err != nil {
		return "", fmt.Errorf("list mailboxes: %w", err)
	}
	for _, mb := range list {
		if slices.Contains(mb.Attrs, imap.MailboxAttrSent) {
			return mb.Mailbox, nil
		}
	}
	return "", ErrNoSentMailbox
}
