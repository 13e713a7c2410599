package mailer

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/mail"
	"strings"
	"time"

	"helpline/data"
	"helpline/internal/token"
)

// Attachment is a file the sender attaches to rows that name it.
type Attachment struct {
	Filename    string
	ContentType string
	Data        []byte
}

// Preparer renders the mail of one outbox row at send time, for kinds whose
// content is not stored in the row, such as a digest rendered once and
// personalised per recipient. A returned error wrapping ErrInvalidMessage
// fails the row at once; any other error is retried like a temporary
// delivery failure.
type Preparer interface {
	Prepare(ctx context.Context, m *data.OutboxMail) (*Message, error)
}

// Footer ends mail with lines of its own, such as the link with which a
// reader can have their data deleted. It returns "" for a part that gets
// nothing.
type Footer interface {
	Footer(row *data.OutboxMail) (text, html string)
}

// Config is everything a Sender needs to know. Zero values take the
// defaults noted beside each field.
type Config struct {
	// Transport delivers the mail. When nil, the sender makes an SMTP
	// transport from Addr, TLS, Username, Password and HelloName, and
	// closes its idle connections when Run returns.
	Transport Transport

	Addr      string // SMTP relay host:port
	TLS       string // TLSImplicit, TLSStartTLS or TLSNone; default starttls
	Username  string // no authentication when empty
	Password  string
	HelloName string // EHLO name; default the Domain
	// TLSConfig verifies the relay's certificate: its roots and the name
	// it must carry. Default the system's roots and the host of Addr.
	TLSConfig *tls.Config

	Connections   int     // mails sent at once; the SMTP transport keeps a connection for each; default 1
	RatePerSecond float64 // mails per second across all workers; 0 is unlimited
	// MaxPerHour and MaxPerDay cap the mails sent in any hour and any 24
	// hours, as relays do; 0 is no cap. Mail over a cap waits in the queue
	// until the window lets it go.
	MaxPerHour int
	MaxPerDay  int

	MaxAttempts int           // attempts before a temporary failure becomes final; default 8
	BaseBackoff time.Duration // wait after the first failed attempt; default 30s
	MaxBackoff  time.Duration // longest wait between attempts; default 1h

	From     string // the helpline address, e.g. ask@helpline.localhost
	FromName string
	Domain   string // domain of generated Message-IDs; default the From domain

	Signer   *token.Signer // required: signs bounce routes and Message-IDs
	DKIM     *DKIM         // signs every mail when set
	Logger   *slog.Logger  // default discards
	Trace    io.Writer     // SMTP transcripts, credentials left out; see SMTPConfig.Trace
	Observer Observer      // told how each attempt ends, for metrics; may be nil

	Attachments map[string]Attachment // rows refer to them by OutboxMail.Attachment
	Preparers   map[string]Preparer   // by OutboxMail.Kind
	// Failures, if set, hears of every recipient whose server refused
	// their mail for good.
	Failures FailureReporter
	// Footer, if set, ends every mail with its lines.
	Footer Footer

	// Timeouts bound each step of an SMTP session, and so how long Run
	// may wait for mail in flight when it stops. A mail whose end got no
	// reply is tried again only after Timeouts.DataEnd, with a Transport
	// of any kind; when that try ends so too, the row is left uncertain.
	Timeouts     SMTPTimeouts
	PollInterval time.Duration // longest idle sleep between queue checks; default 5s
	ClaimBatch   int           // rows claimed per query; default 8 per worker, at least 32
}

func (c *Config) setDefaults() error {
	if c.Signer == nil {
		return errors.New("mailer: no token signer")
	}
	from, err := mail.ParseAddress(c.From)
	if err != nil || from.Name != "" {
		return fmt.Errorf("mailer: From %q is not a bare address", c.From)
	}
	if strings.ContainsAny(c.FromName, "\r\n") {
		return errors.New("mailer: FromName contains a line break")
	}
	if c.Domain == "" {
		c.Domain = c.From[strings.LastIndexByte(c.From, '@')+1:]
	}
	if c.HelloName == "" {
		c.HelloName = c.Domain
	}
	c.Timeouts.setDefaults()
	if c.Connections <= 0 {
		c.Connections = 1
	}
	if c.RatePerSecond < 0 || c.MaxPerHour < 0 || c.MaxPerDay < 0 {
		return errors.New("mailer: negative rate or cap")
	}
	if c.DKIM != nil {
		if err := c.DKIM.check(); err != nil {
			return err
		}
	}
	c.MaxAttempts = defaultInt(c.MaxAttempts, 8)
	c.BaseBackoff = defaultDuration(c.BaseBackoff, 30*time.Second)
	c.MaxBackoff = defaultDuration(c.MaxBackoff, time.Hour)
	c.MaxBackoff = max(c.MaxBackoff, c.BaseBackoff)
	c.PollInterval = defaultDuration(c.PollInterval, 5*time.Second)
	c.ClaimBatch = defaultInt(c.ClaimBatch, max(32, 8*c.Connections))
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.Transport == nil {
		sc := c.smtpConfig()
		if err := sc.setDefaults(); err != nil {
			return err
		}
		c.TLS = sc.TLS
	}
	for name, a := range c.Attachments {
		if a.Filename == "" || strings.ContainsAny(a.Filename, "\r\n\"") {
			return fmt.Errorf("mailer: attachment %q: bad file name %q", name, a.Filename)
		}
	}
	return nil
}

// smtpConfig is the SMTP transport the sender makes when it is given
// none: one kept connection per worker.
func (c *Config) smtpConfig() SMTPConfig {
	return SMTPConfig{
		Addr: c.Addr, TLS: c.TLS, Username: c.Username, Password: c.Password, HelloName: c.HelloName, TLSConfig: c.TLSConfig,
		Timeouts: c.Timeouts, MaxIdle: c.Connections, RedialDelay: min(c.BaseBackoff, time.Second), Logger: c.Logger,
		Trace: c.Trace,
	}
}

func defaultInt(v, d int) int {
	if v <= 0 {
		return d
	}
	return v
}

func defaultDuration(v, d time.Duration) time.Duration {
	if v <= 0 {
		return d
	}
	return v
}
