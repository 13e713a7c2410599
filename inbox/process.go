package inbox

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"helpline/data"
	"helpline/internal/locale"
	"helpline/internal/token"
)

// Subscriptions acts on newsletter requests and delivery reports that
// arrive by mail, as part of the transaction that records the message. An
// error that data.Temporary does not call temporary is the service's
// refusal of the request, kept as the message's reason.
type Subscriptions interface {
	Subscribe(ctx context.Context, tx *data.Tx, email, name string) error
	// Unsubscribe acts on a signed token from an unsubscribe route, or on
	// the sender's address when tok is "".
	Unsubscribe(ctx context.Context, tx *data.Tx, email, tok string) error
	// Bounce handles a delivery failure report; outboxID is the row named
	// by the bounce route, 0 when the report came some other way, and
	// messageRef the stored report.
	Bounce(ctx context.Context, tx *data.Tx, raw []byte, outboxID, messageRef int64) error
}

// Comments takes the owner's decision on a held comment, as part of the
// transaction that records the owner's message. It returns an error
// wrapping data.ErrNotFound for a comment that does not exist.
type Comments interface {
	ModerateComment(ctx context.Context, tx *data.Tx, id int64, approve bool) error
}

// Config is what the processor needs to know about the site.
type Config struct {
	Mailbox           string   // the helpline address
	OwnerAddresses    []string // lowercased
	OwnerName         string
	SiteName          string
	BaseURL           string
	TrustedAuthservID string
	QuestionsPerDay   int
	AcksPerDay        int
	// HeldPerAddress and HeldPerClient cap the questions from the site's
	// form, each of which mails its address for confirmation, per address
	// and per visitor in any 24 hours; HoldFor is how long one waits for
	// its confirmation. Defaults 3, 10 and 7 days.
	HeldPerAddress int
	HeldPerClient  int
	HoldFor        time.Duration
	// Locale is the language of the mail the processor writes; nil means
	// English.
	Locale *locale.Locale
	// NoConfirmations stops the one-line notes that confirm what each
	// of the owner's mails did; explanations of mail that did nothing
	// still go.
	NoConfirmations bool
	// DirectAnswerNotice is what an asker gets when the owner answered
	// them by mail directly: "link", a notice with the answer's page but
	// not the answer they already have (the default), or "none".
	DirectAnswerNotice string
	// TrustOwnerFrom takes a From naming an owner as proof enough: the
	// embedded development server, where no one else can send.
	TrustOwnerFrom bool
	// ConfirmWait is how long an owner's reply held for confirmation
	// waits for its copy in the Sent mailbox before the owner is asked to
	// confirm it; 0 means two minutes.
	ConfirmWait time.Duration
	// Observer is told each message's outcome, for metrics; may be nil.
	Observer Observer
}

// Processor classifies messages and acts on them: new questions, answers,
// follow-ups, requests and reports. It never sends mail itself: what it
// has to say goes into the outbox in the same transaction.
type Processor struct {
	cfg    Config
	db     *data.DB
	signer *token.Signer
	subs   Subscriptions
	comm   Comments
	log    *slog.Logger
	domain string
}

// NewProcessor returns a Processor. subs and comm may be nil, in which case
// such mail is recorded but not acted on.
func NewProcessor(db *data.DB, signer *token.Signer, cfg Config, subs Subscriptions, comm Comments, log *slog.Logger) *Processor {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if cfg.QuestionsPerDay <= 0 {
		cfg.QuestionsPerDay = 5
	}
	if cfg.HeldPerAddress <= 0 {
		cfg.HeldPerAddress = defaultHeldPerAddress
	}
	if cfg.HeldPerClient <= 0 {
		cfg.HeldPerClient = defaultHeldPerClient
	}
	if cfg.HoldFor <= 0 {
		cfg.HoldFor = defaultHoldFor
	}
	if cfg.Locale == nil {
		cfg.Locale = english()
	}
	if cfg.ConfirmWait <= 0 {
		cfg.ConfirmWait = defaultConfirmWait
	}
	_, domain, _ := strings.Cut(cfg.Mailbox, "@")
	for i, a := range cfg.OwnerAddresses {
		cfg.OwnerAddresses[i] = strings.ToLower(a)
	}
	return &Processor{cfg: cfg, db: db, signer: signer, subs: subs, comm: comm, log: log, domain: domain}
}

// Fetched is one message as the poller got it.
type Fetched struct {
	Mailbox     string
	Sent        bool // from the account's Sent mailbox (RFC 6154 \Sent)
	UIDValidity uint32
	UID         uint32
	Raw         []byte // nil when too large to download
	Size        int64
	Received    time.Time
	TooLarge    bool
	Header      []byte // the header alone, for messages too large to download
}

// Hash is the content hash that stands in for a missing Message-ID.
func Hash(raw []byte) string {
	sum := sha256.Sum256(raw)
	return hex.EncodeToString(sum[:])
}

// Ingest stores and acts on fetched messages in order, each in a
// transaction of its own: the raw message, its outcome, what it caused (a
// question and its mails, say) and the mailbox's high-water mark past it
// commit together, so a crash at any point loses nothing and ingests
// nothing twice.
//
// It stops at the first message that cannot be stored for a reason that
// may pass (the database busy, a disk error, ctx ended) and returns the
// error: that message and those after it are not stored and the mark has
// not passed them, so they are fetched again.
func (p *Processor) Ingest(ctx context.Context, fetched []Fetched) error {
	for _, f := range fetched {
		if err := p.ingestOne(ctx, f, p.prepare(f)); err != nil {
			return err
		}
	}
	return nil
}

// ingestOne is Ingest for one message, which prepare has read.
func (p *Processor) ingestOne(ctx context.Context, f Fetched, in incoming) error {
	mark := &data.Mailbox{Name: f.Mailbox, UIDValidity: f.UIDValidity, LastUID: f.UID, Sent: f.Sent}
	if err := p.handle(ctx, in, mark); err != nil {
		return fmt.Errorf("ingest uid %d: %w", f.UID, err)
	}
	return nil
}

// ErrNoRaw is returned for a stored message whose bytes are no longer
// kept, which therefore cannot be processed again.
var ErrNoRaw = errors.New("its bytes are no longer kept")

// Resume processes every stored message still pending, oldest first: those
// whose processing failed, or that an older version left pending.
func (p *Processor) Resume(ctx context.Context) error {
	pending, err := p.db.ListMessages(ctx, data.MessageFilter{Outcome: data.OutcomePending})
	if err != nil {
		return err
	}
	for i := len(pending) - 1; i >= 0; i-- {
		if err := p.Process(ctx, pending[i].ID); err != nil {
			return err
		}
	}
	return nil
}

// Process classifies stored message id again and acts on it, recording the
// outcome. Errors returned are the store's: the message is left as it was.
func (p *Processor) Process(ctx context.Context, id int64) error {
	stored, err := p.db.MessageByID(ctx, id)
	if err != nil {
		return err
	}
	if stored.Raw == nil {
		// Dropped after the retention period, or because it named someone
		// who asked to be forgotten: what it came to stays recorded.
		return fmt.Errorf("process message %d: %w", id, ErrNoRaw)
	}
	m, perr := p.parse(stored.Raw)
	if perr == nil {
		m.received = stored.ReceivedAt
	}
	mb, err := p.db.Mailbox(ctx, stored.Mailbox)
	if err != nil && !errors.Is(err, data.ErrNotFound) {
		return err
	}
	sent := err == nil && mb.Sent
	in := incoming{rec: stored, parsed: m, parseErr: perr, sent: sent}
	in.act = p.decide(in)
	if err := p.handle(ctx, in, nil); err != nil {
		return fmt.Errorf("process message %d: %w", id, err)
	}
	return nil
}

// incoming is a message on its way into the store, with what parsing made
// of it. Its record has ID 0 until it is written.
type incoming struct {
	rec      *data.Message
	parsed   *Message
	parseErr error
	sent     bool // from the account's Sent mailbox
	act      act  // what it comes to, decided without the store
}

// prepare parses a fetched message, for the columns stored with it, and
// decides what it comes to. Neither needs the store, so the poller
// prepares a batch while it stores the one before.
func (p *Processor) prepare(f Fetched) incoming {
	m := &data.Message{Mailbox: f.Mailbox, UIDValidity: f.UIDValidity, UID: f.UID, Raw: f.Raw,
		Size: f.Size, ReceivedAt: f.Received, Outcome: data.OutcomePending}
	if f.TooLarge {
		m.Raw, m.Hash = f.Header, Hash(f.Header)
		m.Outcome = data.OutcomeRejected
		m.Reason = fmt.Sprintf("too large: %d bytes, over the size limit; only the header was downloaded", f.Size)
		if pm, err := p.parse(f.Header); err == nil {
			m.MessageID, m.From, m.Subject = pm.MessageID, pm.From.Addr, pm.Subject
		}
		in := incoming{rec: m}
		in.act = p.decide(in)
		return in
	}
	m.Hash = Hash(f.Raw)
	pm, err := p.parse(f.Raw)
	if err == nil {
		m.MessageID, m.From, m.Subject = pm.MessageID, pm.From.Addr, pm.Subject
		pm.received = f.Received
	}
	in := incoming{rec: m, parsed: pm, parseErr: err, sent: f.Sent}
	in.act = p.decide(in)
	return in
}

// parse turns a panic in parsing into an error, so one hostile message can
// only ever be quarantined.
func (p *Processor) parse(raw []byte) (m *Message, err error) {
	defer func() {
		if v := recover(); v != nil {
			m, err = nil, fmt.Errorf("parse: panic: %v", v)
		}
	}()
	if len(raw) == 0 {
		return nil, errors.New("empty message")
	}
	return Parse(raw)
}
