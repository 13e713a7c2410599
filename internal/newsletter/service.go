package newsletter

import (
	"errors"
	"fmt"
	"log/slog"
	"net/mail"
	"strings"
	"time"

	"helpline/data"
	"helpline/internal/locale"
	"helpline/templates"
)

// Config is what the newsletter needs to know about the site.
type Config struct {
	SiteName string
	BaseURL  string // absolute, without a trailing slash
	Links    Links
	Mail     templates.MailSite
	// Ebook is the PDF attached to the welcome mail; nil means the sample
	// "Running tips" booklet. The sender attaches it: the outbox row only
	// names it.
	Ebook     []byte
	EbookName string
	// ConfirmsPerDay caps the confirmation mails one address gets per UTC
	// day, so the form cannot be used to flood someone's inbox. Default 3.
	ConfirmsPerDay int
	// SoftBounceLimit soft bounces within SoftBounceWindow stop mail to a
	// subscriber. Defaults 3 and 30 days.
	SoftBounceLimit  int
	SoftBounceWindow time.Duration
	// SuppressionKey keys the hashes under which forgotten addresses are
	// kept. It must stay the same for the life of the database.
	SuppressionKey []byte
	// Locale is the language of the mail; nil means English.
	Locale *locale.Locale
	Logger *slog.Logger
}

// Service runs subscriptions. It is safe for concurrent use.
type Service struct {
	db  *data.DB
	cfg Config
	log *slog.Logger
}

// New checks cfg, fills in its defaults and returns a Service over db.
func New(db *data.DB, cfg Config) (*Service, error) {
	if db == nil {
		return nil, errors.New("newsletter: no database")
	}
	if cfg.Links.Signer == nil || cfg.Links.BaseURL == "" || cfg.Links.Mailbox == "" {
		return nil, errors.New("newsletter: links need a signer, a base URL and a mailbox")
	}
	if len(cfg.SuppressionKey) < 16 {
		return nil, errors.New("newsletter: suppression key must be at least 16 bytes")
	}
	if cfg.SiteName == "" {
		cfg.SiteName = cfg.Mail.Name
	}
	if cfg.Mail.Name == "" {
		cfg.Mail.Name = cfg.SiteName
	}
	if cfg.Mail.Link == "" {
		cfg.Mail.Link = cfg.Links.BaseURL
	}
	if cfg.BaseURL == "" {
		cfg.BaseURL = cfg.Links.BaseURL
	}
	if cfg.Ebook == nil {
		cfg.Ebook = templates.SampleEbook()
	}
	if err := checkPDF(cfg.Ebook); err != nil {
		return nil, fmt.Errorf("newsletter: ebook: %w", err)
	}
	if cfg.EbookName == "" {
		cfg.EbookName = "running-tips.pdf"
	}
	if cfg.ConfirmsPerDay <= 0 {
		cfg.ConfirmsPerDay = 3
	}
	if cfg.SoftBounceLimit <= 0 {
		cfg.SoftBounceLimit = 3
	}
	if cfg.SoftBounceWindow <= 0 {
		cfg.SoftBounceWindow = 30 * 24 * time.Hour
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Locale == nil {
		en, err := locale.New(locale.Default, nil)
		if err != nil {
			return nil, fmt.Errorf("newsletter: %w", err)
		}
		cfg.Locale = en
	}
	return &Service{db: db, cfg: cfg, log: cfg.Logger}, nil
}

// Ebook returns the file name and bytes of the ebook the welcome mail
// carries, for the sender to attach.
func (s *Service) Ebook() (name string, pdf []byte) { return s.cfg.EbookName, s.cfg.Ebook }

// Links returns the signed links and list headers for subscribers' mail.
func (s *Service) Links() Links { return s.cfg.Links }

// Error is a refusal that may be shown to a visitor: it depends only on
// what they typed, never on what is stored.
type Error struct {
	msg    string
	public string
}

func (e *Error) Error() string { return e.msg }

// PublicMessage is the ID of the sentence to show the visitor, in the
// site's words (see internal/locale).
func (e *Error) PublicMessage() string { return e.public }

// Refusals a visitor may see.
var (
	ErrInvalidAddress = &Error{"invalid email address", "invalid_address"}
	ErrLinkExpired    = &Error{"confirmation link no longer valid", "link_expired"}
)

// ErrSuppressed is matched by the SuppressedError returned to the owner
// for an address that unsubscribed, bounced, complained or was forgotten.
var ErrSuppressed = errors.New("address is suppressed")

// SuppressedError says why the owner may not add an address: it
// unsubscribed, bounced, complained, or was forgotten at its holder's
// request. Only a confirmation from the address itself brings it back.
type SuppressedError struct {
	Email  string
	Reason string    // data.SuppressedUnsubscribed, ...Bounced, ...Complained, or data.SuppressForgotten
	Since  time.Time // zero when not known, as for a forgotten address
}

func (e *SuppressedError) Error() string {
	what := map[string]string{
		data.SuppressedUnsubscribed: "unsubscribed",
		data.SuppressedBounced:      "bounced",
		data.SuppressedComplained:   "complained about our mail",
		data.SuppressForgotten:      "was forgotten at its holder's request",
	}[e.Reason]
	if what == "" {
		what = "is suppressed (" + e.Reason + ")"
	}
	when := ""
	if !e.Since.IsZero() {
		when = " on " + e.Since.UTC().Format(time.DateOnly)
	}
	return fmt.Sprintf("%s %s%s: only a confirmation from the address itself can bring it back", e.Email, what, when)
}

// Is makes errors.Is(err, ErrSuppressed) true.
func (e *SuppressedError) Is(target error) bool { return target == ErrSuppressed }

// CheckAddress returns addr trimmed and normalised if it is one plain
// address (RFC 5322 3.4.1 addr-spec) of at most 254 octets (RFC 5321
// 4.5.3.1), or an error wrapping ErrInvalidAddress. Display names, angle
// brackets, comments, quoted local parts, domain literals and line breaks
// are all refused: none belongs in a sign-up form.
func CheckAddress(addr string) (string, error) {
	addr = strings.TrimSpace(addr)
	if addr == "" {
		return "", fmt.Errorf("%w: empty", ErrInvalidAddress)
	}
	if len(addr) > 254 {
		return "", fmt.Errorf("%w: longer than 254 octets", ErrInvalidAddress)
	}
	if strings.ContainsFunc(addr, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
		return "", fmt.Errorf("%w: control characters", ErrInvalidAddress)
	}
	if strings.ContainsAny(addr, "<>\"()[],;: \\") {
		return "", fmt.Errorf("%w: not a plain address", ErrInvalidAddress)
	}
	p, err := mail.ParseAddress(addr)
	if err != nil || p.Name != "" || p.Address != addr {
		return "", fmt.Errorf("%w: not a plain address", ErrInvalidAddress)
	}
	local, domain, _ := strings.Cut(addr, "@")
	if len(local) > 64 || !strings.Contains(domain, ".") || strings.HasPrefix(domain, ".") ||
		strings.HasSuffix(domain, ".") || strings.Contains(domain, "..") {
		return "", fmt.Errorf("%w: bad local part or domain", ErrInvalidAddress)
	}
	return data.NormalizeEmail(addr), nil
}

// redact shortens an address for logs: enough to tell entries apart, not
// enough to read the address back.
func redact(addr string) string {
	local, domain, ok := strings.Cut(addr, "@")
	if !ok || local == "" {
		return "***"
	}
	return local[:1] + "***@" + domain
}
