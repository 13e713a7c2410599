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
	"helpline/internal/token"
)

// Subscriptions acts on newsletter requests and delivery reports that
// arrive by mail.
type Subscriptions interface {
	Subscribe(ctx context.Context, email, name string) error
	// Unsubscribe acts on a signed token from an unsubscribe route, or on
	// the sender's address when tok is "".
	Unsubscribe(ctx context.Context, email, tok string) error
	// Bounce handles a delivery failure report; outboxID is the row named
	// by the bounce route, 0 when the report came some other way.
	Bounce(ctx context.Context, raw []byte, outboxID, messageRef int64) error
}

// Comments takes the owner's decision on a held comment.
type Comments interface {
	ModerateComment(ctx context.Context, id int64, approve bool) error
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
}

// Processor classifies stored messages and acts on them: new questions,
// answers, follow-ups, requests and reports. It never sends mail itself:
// what it has to say goes into the outbox in the same transaction.
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
	_, domain, _ := strings.Cut(cfg.Mailbox, "@")
	for i, a := range cfg.OwnerAddresses {
		cfg.OwnerAddresses[i] = strings.ToLower(a)
	}
	return &Processor{cfg: cfg, db: db, signer: signer, subs: subs, comm: comm, log: log, domain: domain}
}

// Fetched is one message as the poller got it.
type Fetched struct {
	Mailbox     string
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

// Stored is a message kept by StoreBatch and waiting to be processed,
// with what parsing made of it.
type Stored struct {
	Message  *data.Message
	parsed   *Message
	parseErr error
}

// Store keeps one fetched message; see StoreBatch. It returns the stored
// message's ID, or 0 when it needs no processing (a duplicate, or too large).
func (p *Processor) Store(ctx context.Context, f Fetched) (int64, error) {
	pending, err := p.StoreBatch(ctx, []Fetched{f})
	if err != nil || len(pending) == 0 {
		return 0, err
	}
	return pending[0].Message.ID, nil
}

// StoreBatch keeps fetched messages and advances the mailbox's high-water
// mark past the last of them in one transaction, before anything is done
// with them: a crash afterwards leaves them "pending", and Resume picks
// them up; a crash before leaves the mark where it was, and they are
// fetched again. It returns the messages that need processing, in order.
func (p *Processor) StoreBatch(ctx context.Context, batch []Fetched) ([]Stored, error) {
	if len(batch) == 0 {
		return nil, nil
	}
	rows := make([]Stored, len(batch))
	for i, f := range batch {
		rows[i] = p.prepare(f)
	}
	last := batch[len(batch)-1]
	err := p.db.InTx(ctx, func(tx *data.Tx) error {
		for _, r := range rows {
			m := r.Message
			if m.Outcome == data.OutcomePending {
				prev, err := tx.SeenMessage(ctx, m.MessageID, m.Hash)
				if err != nil {
					return err
				}
				if prev != 0 {
					m.Outcome, m.Reason = data.OutcomeDuplicate, fmt.Sprintf("same as message %d", prev)
				}
			}
			if err := tx.StoreMessage(ctx, m); err != nil {
				return err
			}
		}
		return tx.SetMailbox(ctx, data.Mailbox{Name: last.Mailbox, UIDValidity: last.UIDValidity, LastUID: last.UID})
	})
	if err != nil {
		return nil, err
	}
	var pending []Stored
	for _, r := range rows {
		m := r.Message
		if m.Outcome == data.OutcomePending {
			pending = append(pending, r)
			continue
		}
		p.log.Info("message not processed", "uid", m.UID, "message_id", m.MessageID, "outcome", m.Outcome, "reason", m.Reason)
	}
	return pending, nil
}

// prepare parses a fetched message once, for the columns stored with it
// and for processing.
func (p *Processor) prepare(f Fetched) Stored {
	m := &data.Message{Mailbox: f.Mailbox, UIDValidity: f.UIDValidity, UID: f.UID, Raw: f.Raw,
		Size: f.Size, ReceivedAt: f.Received, Outcome: data.OutcomePending}
	if f.TooLarge {
		m.Raw, m.Hash = f.Header, Hash(f.Header)
		m.Outcome = data.OutcomeRejected
		m.Reason = fmt.Sprintf("too large: %d bytes, over the size limit; only the header was downloaded", f.Size)
		if pm, err := p.parse(f.Header); err == nil {
			m.MessageID, m.From, m.Subject = pm.MessageID, pm.From.Addr, pm.Subject
		}
		return Stored{Message: m}
	}
	m.Hash = Hash(f.Raw)
	pm, err := p.parse(f.Raw)
	if err == nil {
		m.MessageID, m.From, m.Subject = pm.MessageID, pm.From.Addr, pm.Subject
	}
	return Stored{Message: m, parsed: pm, parseErr: err}
}

// Resume processes every stored message still pending, oldest first: those
// a crash interrupted between storing and acting.
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

// outcome is what processing decided for one message.
type outcome struct {
	kind       string
	reason     string
	questionID int64
}

// Process classifies stored message id and acts on it, recording the
// outcome. A message that cannot be parsed is quarantined with the error.
// Errors returned are the store's: the message stays pending and is tried
// again.
func (p *Processor) Process(ctx context.Context, id int64) error {
	stored, err := p.db.MessageByID(ctx, id)
	if err != nil {
		return err
	}
	m, perr := p.parse(stored.Raw)
	return p.ProcessStored(ctx, Stored{Message: stored, parsed: m, parseErr: perr})
}

// ProcessStored is Process for a message StoreBatch just returned, which
// is parsed already.
func (p *Processor) ProcessStored(ctx context.Context, s Stored) error {
	return p.processOne(ctx, nil, s)
}

// ProcessBatch processes what StoreBatch returned, sharing one commit
// among the messages (each in a savepoint of its own, so one that fails
// is left pending without undoing the others). A message that has to act
// through another service commits what came before it first. It returns
// an error only when the shared commit fails: then every message of the
// batch is still pending, and Resume takes them up again.
func (p *Processor) ProcessBatch(ctx context.Context, stored []Stored) error {
	b := &batch{}
	defer b.abandon()
	for _, s := range stored {
		if err := p.processOne(ctx, b, s); err != nil {
			// Stored and pending: Resume tries again on the next start.
			p.log.Error("process message", "uid", s.Message.UID, "err", err)
		}
	}
	return b.settle()
}

func (p *Processor) processOne(ctx context.Context, b *batch, s Stored) error {
	stored := s.Message
	var out outcome
	var err error
	if s.parseErr != nil {
		out = outcome{kind: data.OutcomeQuarantined, reason: s.parseErr.Error()}
		err = p.record(ctx, b, stored.ID, out)
	} else {
		out, err = p.dispatch(ctx, b, stored, s.parsed)
	}
	if err != nil {
		return fmt.Errorf("process message %d: %w", stored.ID, err)
	}
	p.log.Info("message processed", "message_id", stored.MessageID, "uid", stored.UID, "outcome", out.kind,
		"reason", out.reason, "question_id", out.questionID)
	return nil
}

// batch is the transaction shared by the messages of one ProcessBatch.
type batch struct {
	tx *data.Tx
}

// inTx runs fn in the batch's transaction, as a savepoint, or in a
// transaction of its own when there is no batch.
func (p *Processor) inTx(ctx context.Context, b *batch, fn func(tx *data.Tx) error) error {
	if b == nil {
		return p.db.InTx(ctx, fn)
	}
	if b.tx == nil {
		tx, err := p.db.Begin(ctx)
		if err != nil {
			return err
		}
		b.tx = tx
	}
	return b.tx.Savepoint(ctx, fn)
}

// settle commits what the batch holds so far. It comes before any step
// that writes through another service, which would otherwise wait for the
// batch's lock, and at the end.
func (b *batch) settle() error {
	if b == nil || b.tx == nil {
		return nil
	}
	tx := b.tx
	b.tx = nil
	return tx.Commit()
}

// abandon rolls back what was not settled.
func (b *batch) abandon() {
	if b.tx != nil {
		b.tx.Rollback()
		b.tx = nil
	}
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

// record stores an outcome that needs no other change.
func (p *Processor) record(ctx context.Context, b *batch, msgID int64, out outcome) error {
	return p.inTx(ctx, b, func(tx *data.Tx) error {
		return tx.SetMessageOutcome(ctx, msgID, out.kind, out.reason, out.questionID)
	})
}
