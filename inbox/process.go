package inbox

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strings"
	"time"

	"helpline/data"
	"helpline/internal/locale"
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
	// Locale is the language of the mail the processor writes; nil means
	// English.
	Locale *locale.Locale
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
	if cfg.Locale == nil {
		cfg.Locale = english()
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

// Stored is a message on its way into the store, with what parsing made
// of it. Its Message has ID 0 until it is written.
type Stored struct {
	Message  *data.Message
	parsed   *Message
	parseErr error
}

// Ingest stores and acts on fetched messages, in UID order, and advances
// the mailbox's high-water mark past them, all in one transaction: each
// message is written once, with its outcome, beside what it caused (a
// question and its mails, say).
//
// Messages are first acted on one after another with nothing in between;
// should one fail (an error from the store, or a panic), the uncommitted
// part of the batch is rolled back and done again with each message in a
// savepoint of its own, so that the failing one is kept "pending" (or,
// after a panic, "quarantined") without undoing the others. Savepoints
// cost a copy of every page a message changes, so they are kept for when
// they are needed.
//
// A message that acts through another service (a subscription, a bounce,
// a moderation) is written pending and committed with the mark first, so
// the service's own transaction does not wait on this one, and its outcome
// is committed as soon as it is known. Ingest returns an error only when a
// commit fails: what was not committed is not stored and the mark has not
// passed it, so it is fetched again.
func (p *Processor) Ingest(ctx context.Context, fetched []Fetched) error {
	return p.IngestParsed(ctx, p.ParseBatch(fetched))
}

// Parsed is a batch of fetched messages, parsed and ready for
// IngestParsed.
type Parsed struct {
	rows []Stored
	orig []data.Message // each row's message before processing touched it
}

// ParseBatch parses fetched messages for IngestParsed. It uses no storage, so
// the poller parses one batch while the one before it is being stored.
func (p *Processor) ParseBatch(fetched []Fetched) *Parsed {
	ps := &Parsed{rows: make([]Stored, len(fetched)), orig: make([]data.Message, len(fetched))}
	for i, f := range fetched {
		ps.rows[i] = p.prepare(f)
		ps.orig[i] = *ps.rows[i].Message
	}
	return ps
}

// IngestParsed is Ingest for messages that ParseBatch has parsed.
func (p *Processor) IngestParsed(ctx context.Context, ps *Parsed) error {
	rows := ps.rows
	if len(rows) == 0 {
		return nil
	}
	b := &batch{p: p}
	defer b.abandon()
	committed := 0 // messages before this one are committed
	for i := 0; i < len(rows); i++ {
		b.settled = false
		err := p.ingestOne(ctx, b, rows[i])
		if err == nil && b.settled {
			// Its outcome, recorded after the batch was committed.
			err = b.settle(ctx)
		}
		if errors.Is(err, errCareful) {
			b.abandon()
			b.careful, b.mark = true, nil
			for j := committed; j <= i; j++ {
				*rows[j].Message = ps.orig[j]
			}
			i = committed - 1
			continue
		}
		if err != nil {
			return err
		}
		m := rows[i].Message
		b.mark = &data.Mailbox{Name: m.Mailbox, UIDValidity: m.UIDValidity, LastUID: m.UID}
		if b.settled {
			committed = i + 1
		}
	}
	return b.settle(ctx)
}

// errCareful asks Ingest to do the uncommitted part of its batch again,
// with a savepoint for each message.
var errCareful = errors.New("a message failed; doing the batch again message by message")

// ingestOne writes one message into the batch. Its error is the store's,
// which ends the batch, or errCareful.
func (p *Processor) ingestOne(ctx context.Context, b *batch, s Stored) error {
	m := s.Message
	if m.Outcome == data.OutcomePending {
		tx, err := b.begin(ctx)
		if err != nil {
			return err
		}
		if err := markDuplicate(ctx, tx, m); err != nil {
			return err
		}
	}
	if m.Outcome != data.OutcomePending {
		p.log.Info("message not processed", "uid", m.UID, "message_id", m.MessageID, "outcome", m.Outcome, "reason", m.Reason)
		tx, err := b.begin(ctx)
		if err != nil {
			return err
		}
		return tx.StoreMessage(ctx, m)
	}
	err := p.processOne(ctx, b, s)
	if err == nil {
		return nil
	}
	if !b.careful && !b.settled {
		// Whatever it wrote before failing is still in the transaction.
		p.log.Warn("process message; batch done again message by message", "uid", m.UID, "err", err)
		return errCareful
	}
	p.log.Error("process message", "uid", m.UID, "err", err)
	if m.ID != 0 {
		return nil // stored pending before it failed
	}
	// Kept, pending, for Resume to try again.
	m.Outcome, m.Reason, m.QuestionID = data.OutcomePending, "", 0
	tx, err := b.begin(ctx)
	if err != nil {
		return err
	}
	return tx.StoreMessage(ctx, m)
}

// markDuplicate gives m the outcome "duplicate" when a message with the
// same Message-ID (or content, without one) is stored already.
func markDuplicate(ctx context.Context, tx *data.Tx, m *data.Message) error {
	prev, err := tx.SeenMessage(ctx, m.MessageID, m.Hash)
	if err != nil {
		return err
	}
	if prev != 0 {
		m.Outcome, m.Reason = data.OutcomeDuplicate, fmt.Sprintf("same as message %d", prev)
	}
	return nil
}

// Store keeps one fetched message, pending, and advances the high-water
// mark past it, without acting on it; Process does that. It returns the
// stored message's ID, or 0 when it needs no processing (a duplicate, or
// too large).
func (p *Processor) Store(ctx context.Context, f Fetched) (int64, error) {
	s := p.prepare(f)
	m := s.Message
	err := p.db.InTx(ctx, func(tx *data.Tx) error {
		if m.Outcome == data.OutcomePending {
			if err := markDuplicate(ctx, tx, m); err != nil {
				return err
			}
		}
		if err := tx.StoreMessage(ctx, m); err != nil {
			return err
		}
		return tx.SetMailbox(ctx, data.Mailbox{Name: f.Mailbox, UIDValidity: f.UIDValidity, LastUID: f.UID})
	})
	if err != nil || m.Outcome != data.OutcomePending {
		return 0, err
	}
	return m.ID, nil
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
		// Most mail is a question: its text is trimmed and its mails
		// written here, in the goroutine that parses, rather than under
		// the write lock.
		p.draft(pm)
	}
	return Stored{Message: m, parsed: pm, parseErr: err}
}

// draft works out m's draft as a new question, turning a panic into none
// (processing then meets it again, and quarantines the message).
func (p *Processor) draft(m *Message) {
	defer func() {
		if v := recover(); v != nil {
			m.trimmed, m.draft = nil, nil
		}
	}()
	p.draftOf(m)
}

// Resume processes every stored message still pending, oldest first: those
// a crash interrupted, or whose processing failed.
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
	return p.processOne(ctx, nil, Stored{Message: stored, parsed: m, parseErr: perr})
}

func (p *Processor) processOne(ctx context.Context, b *batch, s Stored) error {
	stored := s.Message
	var out outcome
	var err error
	if s.parseErr != nil {
		out = outcome{kind: data.OutcomeQuarantined, reason: s.parseErr.Error()}
		err = p.record(ctx, b, stored, out)
	} else if out, err = p.safeDispatch(ctx, b, stored, s.parsed); errors.Is(err, errPanic) && (b == nil || b.careful || b.settled) {
		// A message that makes classification fail would do so every
		// time it is tried again: it is kept with what went wrong.
		out = outcome{kind: data.OutcomeQuarantined, reason: err.Error()}
		err = p.record(ctx, b, stored, out)
	}
	if err != nil {
		return fmt.Errorf("process message uid %d: %w", stored.UID, err)
	}
	p.log.Info("message processed", "message_id", stored.MessageID, "uid", stored.UID, "outcome", out.kind,
		"reason", out.reason, "question_id", out.questionID)
	return nil
}

var errPanic = errors.New("panic")

// safeDispatch is dispatch with a panic turned into an error wrapping
// errPanic, so one message that trips a bug cannot stop the inbox.
func (p *Processor) safeDispatch(ctx context.Context, b *batch, stored *data.Message, m *Message) (out outcome, err error) {
	defer func() {
		if v := recover(); v != nil {
			p.log.Error("panic while processing a message", "uid", stored.UID, "panic", v, "stack", string(debug.Stack()))
			out, err = outcome{}, fmt.Errorf("%w: %v", errPanic, v)
		}
	}()
	return p.dispatch(ctx, b, stored, m)
}

// batch is the transaction shared by the messages of one Ingest.
type batch struct {
	p    *Processor
	tx   *data.Tx
	mark *data.Mailbox // the high-water mark after the last message written
	// careful puts each message's changes in a savepoint.
	careful bool
	// settled is set when the message at hand committed the batch.
	settled bool
}

// begin returns the batch's transaction, starting it if need be.
func (b *batch) begin(ctx context.Context) (*data.Tx, error) {
	if b.tx == nil {
		tx, err := b.p.db.Begin(ctx)
		if err != nil {
			return nil, err
		}
		b.tx = tx
	}
	return b.tx, nil
}

// inTx runs fn in the batch's transaction, as a savepoint, or in a
// transaction of its own when there is no batch.
func (p *Processor) inTx(ctx context.Context, b *batch, fn func(tx *data.Tx) error) error {
	if b == nil {
		return p.db.InTx(ctx, fn)
	}
	tx, err := b.begin(ctx)
	if err != nil {
		return err
	}
	if !b.careful {
		return fn(tx)
	}
	return tx.Savepoint(ctx, fn)
}

// settleWith writes stored, pending, unless it is written already, and
// commits the batch so far. It comes before any step that writes through
// another service, which would otherwise wait for the batch's lock; a crash
// after it leaves the message pending for Resume.
func (p *Processor) settleWith(ctx context.Context, b *batch, stored *data.Message) error {
	if b == nil {
		if stored.ID != 0 {
			return nil
		}
		return p.db.InTx(ctx, func(tx *data.Tx) error { return tx.StoreMessage(ctx, stored) })
	}
	if stored.ID == 0 {
		tx, err := b.begin(ctx)
		if err != nil {
			return err
		}
		if err := tx.StoreMessage(ctx, stored); err != nil {
			return err
		}
		b.mark = &data.Mailbox{Name: stored.Mailbox, UIDValidity: stored.UIDValidity, LastUID: stored.UID}
	}
	b.settled = true
	return b.settle(ctx)
}

// settle advances the high-water mark and commits what the batch holds.
func (b *batch) settle(ctx context.Context) error {
	if b == nil || b.tx == nil {
		return nil
	}
	tx := b.tx
	b.tx = nil
	if b.mark != nil {
		if err := tx.SetMailbox(ctx, *b.mark); err != nil {
			tx.Rollback()
			return err
		}
	}
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
func (p *Processor) record(ctx context.Context, b *batch, stored *data.Message, out outcome) error {
	return p.inTx(ctx, b, func(tx *data.Tx) error { return p.setOutcome(ctx, tx, stored, out) })
}

// setOutcome writes a message not yet stored with its outcome, or records
// the outcome of one stored pending.
func (p *Processor) setOutcome(ctx context.Context, tx *data.Tx, stored *data.Message, out outcome) error {
	if stored.ID != 0 {
		return tx.SetMessageOutcome(ctx, stored.ID, out.kind, out.reason, out.questionID)
	}
	stored.Outcome, stored.Reason, stored.QuestionID = out.kind, out.reason, out.questionID
	if err := tx.StoreMessage(ctx, stored); err != nil {
		stored.ID = 0
		return err
	}
	return nil
}
