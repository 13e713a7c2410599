package main

import (
	"fmt"
	"net"
	"net/mail"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/robfig/cron/v3"
)

// Validate checks every key and reports the first that is wrong.
func (c *Config) Validate() error {
	checks := []func() error{c.validateSite, c.validateTLSModes, c.validateMail, c.validateRest, c.validateWords, c.validateTrust}
	for _, check := range checks {
		if err := check(); err != nil {
			return err
		}
	}
	return nil
}

func bad(key, format string, args ...any) error {
	return &ConfigError{Key: key, Reason: fmt.Sprintf(format, args...)}
}

func (c *Config) validateSite() error {
	s := &c.Site
	if strings.TrimSpace(s.Name) == "" {
		return bad("site.name", "must not be empty")
	}
	u, err := url.Parse(s.BaseURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return bad("site.base_url", "%q is not an absolute http or https URL", s.BaseURL)
	}
	if u.RawQuery != "" || u.Fragment != "" {
		return bad("site.base_url", "must not have a query or fragment")
	}
	s.BaseURL = strings.TrimRight(s.BaseURL, "/")
	if err := checkAddress(s.Address); err != nil {
		return bad("site.address", "%v", err)
	}
	if strings.Contains(strings.SplitN(s.Address, "@", 2)[0], "+") {
		return bad("site.address", "must be the plain address; helpline adds +routes itself")
	}
	if len(s.OwnerAddresses) == 0 {
		return bad("site.owner_addresses", "at least one owner address is required")
	}
	for i, a := range s.OwnerAddresses {
		if err := checkAddress(a); err != nil {
			return bad("site.owner_addresses", "entry %d: %v", i+1, err)
		}
		if strings.EqualFold(a, s.Address) {
			return bad("site.owner_addresses", "must differ from site.address")
		}
		s.OwnerAddresses[i] = strings.ToLower(a)
	}
	if s.Secret != "" && len(s.Secret) < 16 {
		return bad("site.secret", "must be at least 16 characters (or unset, to have one generated)")
	}
	_, err = c.Locale()
	return err
}

func checkAddress(a string) error {
	if a == "" {
		return fmt.Errorf("must not be empty")
	}
	p, err := mail.ParseAddress(a)
	if err != nil || p.Address != a || p.Name != "" {
		return fmt.Errorf("%q is not a plain email address", a)
	}
	return nil
}

func checkHostPort(key, addr string) error {
	_, port, err := net.SplitHostPort(addr)
	if err != nil || port == "" {
		return bad(key, "%q is not host:port", addr)
	}
	// A port out of range passes SplitHostPort and fails only when the
	// service dials or listens, long after start and without the key.
	if _, err := net.LookupPort("tcp", port); err != nil {
		return bad(key, "%q: port %q is not a number from 0 to 65535", addr, port)
	}
	return nil
}

func (c *Config) validateMail() error {
	if c.Database.Path == "" {
		return bad("database.path", "must not be empty")
	}
	if (c.IMAP.Addr == "") != (c.SMTP.Addr == "") {
		if c.IMAP.Addr == "" {
			return bad("imap.addr", "must be set when smtp.addr is (or leave both empty for the embedded dev mail server)")
		}
		return bad("smtp.addr", "must be set when imap.addr is (or leave both empty for the embedded dev mail server)")
	}
	if c.IMAP.Addr != "" {
		if err := checkHostPort("imap.addr", c.IMAP.Addr); err != nil {
			return err
		}
		if err := checkTLS("imap.tls", c.IMAP.TLS, c.IMAP.Addr); err != nil {
			return err
		}
		if c.IMAP.Username == "" {
			return bad("imap.username", "must be set with imap.addr")
		}
		if err := checkHostPort("smtp.addr", c.SMTP.Addr); err != nil {
			return err
		}
		if err := checkTLS("smtp.tls", c.SMTP.TLS, c.SMTP.Addr); err != nil {
			return err
		}
	}
	if c.IMAP.Mailbox == "" {
		return bad("imap.mailbox", "must not be empty")
	}
	if c.IMAP.ProcessedMailbox != "" && c.IMAP.ProcessedMailbox == c.IMAP.Mailbox {
		return bad("imap.processed_mailbox", "must differ from imap.mailbox")
	}
	if c.IMAP.PollInterval.Duration < time.Second {
		return bad("imap.poll_interval", "must be at least 1s")
	}
	if c.IMAP.MaxMessageSize < 1024 {
		return bad("imap.max_message_size", "must be at least 1024 bytes")
	}
	if c.SMTP.Connections < 1 || c.SMTP.Connections > 32 {
		return bad("smtp.connections", "must be between 1 and 32")
	}
	if c.SMTP.Rate < 0 {
		return bad("smtp.rate", "must not be negative (0 means unlimited)")
	}
	if c.SMTP.MaxPerHour < 0 {
		return bad("smtp.max_per_hour", "must not be negative (0 means no cap)")
	}
	if c.SMTP.MaxPerDay < 0 {
		return bad("smtp.max_per_day", "must not be negative (0 means no cap)")
	}
	if c.SMTP.MaxAttempts < 1 {
		return bad("smtp.max_attempts", "must be at least 1")
	}
	t := c.SMTP.Timeout
	for _, d := range []struct {
		key string
		v   Duration
	}{{"connect", t.Connect}, {"greeting", t.Greeting}, {"mail", t.Mail}, {"rcpt", t.Rcpt},
		{"data_init", t.DataInit}, {"data_block", t.DataBlock}, {"data_end", t.DataEnd}} {
		if d.v.Duration < time.Second {
			return bad("smtp.timeout."+d.key, "must be at least 1s")
		}
	}
	return nil
}

// validateTLSModes checks the TLS modes when the embedded server stands
// in too, so that a mistake shows before the day the real servers are
// configured rather than on it.
func (c *Config) validateTLSModes() error {
	for _, k := range []struct{ key, v string }{{"imap.tls", c.IMAP.TLS}, {"smtp.tls", c.SMTP.TLS}} {
		if k.v != "implicit" && k.v != "starttls" && k.v != "none" {
			return bad(k.key, "%q must be implicit, starttls or none", k.v)
		}
	}
	return nil
}

// checkTLS refuses plain text to anything but loopback: the passwords would
// cross the network in the clear.
func checkTLS(key, mode, addr string) error {
	switch mode {
	case "implicit", "starttls":
		return nil
	case "none":
		host, _, _ := net.SplitHostPort(addr)
		if host == "localhost" {
			return nil
		}
		if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
			return nil
		}
		return bad(key, "none is only allowed for a loopback address, not %q", host)
	default:
		return bad(key, "%q must be implicit, starttls or none", mode)
	}
}

func (c *Config) validateRest() error {
	if c.Inbox.QuestionsPerDay < 1 {
		return bad("inbox.questions_per_day", "must be at least 1")
	}
	if c.Inbox.AcksPerDay < 0 {
		return bad("inbox.acks_per_day", "must not be negative")
	}
	if n := c.Inbox.NotifyDirectAnswers; n != "link" && n != "none" {
		return bad("inbox.notify_direct_answers", "%q must be link or none", n)
	}
	if w := c.Inbox.ConfirmWait.Duration; w < 0 || w > 24*time.Hour {
		return bad("inbox.confirm_wait", "must be between 0s and 24h")
	}
	if c.Inbox.KeepRaw.Duration < 0 {
		return bad("inbox.keep_raw", "must not be negative; 0 keeps raw mail for good")
	}
	if _, err := time.LoadLocation(c.Digest.TimeZone); err != nil {
		return bad("digest.time_zone", "%q is not a known time zone", c.Digest.TimeZone)
	}
	if _, err := cron.ParseStandard(c.Digest.Schedule); err != nil {
		return bad("digest.schedule", "%v", err)
	}
	if c.Digest.MaxItems < 1 || c.Digest.MaxItems > 200 {
		return bad("digest.max_items", "must be between 1 and 200")
	}
	if c.Newsletter.ConfirmsPerDay < 1 {
		return bad("newsletter.confirms_per_day", "must be at least 1")
	}
	if c.Newsletter.SoftBounceLimit < 1 {
		return bad("newsletter.soft_bounce_limit", "must be at least 1")
	}
	if c.Newsletter.EbookName == "" || strings.ContainsAny(c.Newsletter.EbookName, "/\\\r\n\"") {
		return bad("newsletter.ebook_name", "must be a plain file name")
	}
	if err := checkHostPort("http.listen", c.HTTP.Listen); err != nil {
		return err
	}
	if c.HTTP.MetricsListen != "" {
		if err := checkHostPort("http.metrics_listen", c.HTTP.MetricsListen); err != nil {
			return err
		}
		// Port 0 is a free port of each listener's own, as tests use.
		if c.HTTP.MetricsListen == c.HTTP.Listen && !strings.HasSuffix(c.HTTP.Listen, ":0") {
			return bad("http.metrics_listen", "is http.listen too; leave it empty to serve /metrics on the site's listener")
		}
	}
	for _, k := range []struct{ key, v string }{{"devmail.imap_addr", c.Devmail.IMAPAddr}, {"devmail.smtp_addr", c.Devmail.SMTPAddr}} {
		if err := checkHostPort(k.key, k.v); err != nil {
			return err
		}
	}
	if c.Devmail.Password == "" {
		return bad("devmail.password", "must not be empty")
	}
	switch c.Log.Level {
	case "debug", "info", "warn", "error":
	default:
		return bad("log.level", "%q must be debug, info, warn or error", c.Log.Level)
	}
	if c.Log.Format != "text" && c.Log.Format != "json" {
		return bad("log.format", "%q must be text or json", c.Log.Format)
	}
	return nil
}

// validateWords checks the site's own words: one line each, of a length
// that fits where they are shown.
func (c *Config) validateWords() error {
	words := []struct {
		key, v string
		max    int
	}{
		{"site.signoff", c.Site.Signoff, 100},
		{"site.ebook_title", c.Site.EbookTitle, 200},
		{"site.newsletter_blurb", c.Site.NewsletterBlurb, 400},
	}
	for _, w := range words {
		if strings.ContainsFunc(w.v, unicode.IsControl) {
			return bad(w.key, "must be one line without control characters")
		}
		n := utf8.RuneCountInString(strings.TrimSpace(w.v))
		if w.v != "" && n == 0 {
			return bad(w.key, "must not be blank: leave it out for the language's own words")
		}
		if n > w.max {
			return bad(w.key, "must be at most %d characters", w.max)
		}
	}
	return nil
}
