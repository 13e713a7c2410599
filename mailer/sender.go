package mailer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/time/rate"

	"helpline/data"
	"helpline/internal/token"
)

// minIdle keeps the loop from spinning when a row is due but was not yet
// claimable, for instance because the clocks disagree by a hair.
const minIdle = 10 * time.Millisecond

// Sender delivers the outbox. Create it with New and start it with Run.
type Sender struct {
	db        *data.DB
	cfg       Config
	log       *slog.Logger
	transport Transport
	own       *SMTP         // the transport New made, closed when Run returns; nil when given one
	limiter   *rate.Limiter // nil when unlimited
	caps      *sendCaps     // nil when uncapped
	wake      chan struct{}
	running   atomic.Bool
	stat      senderState // what Status reports
}

// New checks cfg, fills in its defaults and returns a Sender for db.
func New(db *data.DB, cfg Config) (*Sender, error) {
	if db == nil {
		return nil, errors.New("mailer: no database")
	}
	if err := cfg.setDefaults(); err != nil {
		return nil, err
	}
	s := &Sender{db: db, cfg: cfg, log: cfg.Logger, transport: cfg.Transport, wake: make(chan struct{}, 1)}
	if s.transport == nil {
		own, err := NewSMTP(cfg.smtpConfig())
		if err != nil {
			return nil, err
		}
		s.transport, s.own = own, own
	}
	s.caps = newSendCaps(cfg.MaxPerHour, cfg.MaxPerDay)
	if cfg.RatePerSecond > 0 {
		// A burst of a twentieth of a second's worth keeps high rates from
		// depending on timer resolution while staying close to smooth.
		burst := max(1, int(cfg.RatePerSecond/20))
		s.limiter = rate.NewLimiter(rate.Limit(cfg.RatePerSecond), burst)
	}
	return s, nil
}

// Wake tells a running sender that mail was queued, so it need not wait for
// its next poll. It never blocks.
func (s *Sender) Wake() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// Run delivers the outbox until ctx is done. It first requeues rows that a
// crash left sending: those, and only those, may reach a recipient twice.
// When ctx is done it stops claiming, puts claimed rows that were not yet
// offered to the transport back in the queue, lets mails in flight finish
// (over SMTP each step bounded by Config.Timeouts), closes the connections
// of the SMTP transport it made and returns nil. A crash gives back the
// attempt of every row it leaves sending.
func (s *Sender) Run(ctx context.Context) error {
	if !s.running.CompareAndSwap(false, true) {
		return errors.New("mailer: already running")
	}
	defer s.running.Store(false)
	n, err := s.db.ChangeOutbox(ctx, data.OutboxChange{To: data.OutboxQueued, AllSending: true})
	if err != nil {
		return fmt.Errorf("mailer: %w", err)
	}
	if n > 0 {
		s.log.Warn("requeued mail interrupted while sending; it may reach its recipient twice", "count", n)
	}
	if s.caps != nil {
		sent, err := s.db.SentSince(ctx, s.db.Now().Add(-s.caps.longest()))
		if err != nil {
			return fmt.Errorf("mailer: %w", err)
		}
		s.caps.seed(sent)
	}
	// Outcomes are recorded even while stopping.
	dbctx := context.WithoutCancel(ctx)
	jobs := make(chan *data.OutboxMail, s.cfg.ClaimBatch)
	var wg sync.WaitGroup
	for range s.cfg.Connections {
		wg.Go(func() {
			for row := range jobs {
				s.deliver(ctx, dbctx, row)
			}
		})
	}
	err = s.dispatch(ctx, jobs)
	close(jobs)
	wg.Wait()
	if s.own != nil {
		s.own.Close()
	}
	return err
}

// dispatch claims due rows in bounded batches and hands them to the
// workers one at a time, so no more than one batch waits in memory
// however long the queue.
func (s *Sender) dispatch(ctx context.Context, jobs chan<- *data.OutboxMail) (err error) {
	defer func() {
		if r := recover(); r != nil {
			s.log.Error("outbox dispatch panicked", "panic", r, "stack", string(debug.Stack()))
			err = fmt.Errorf("mailer: dispatch panicked: %v", r)
		}
	}()
	var held time.Time
	for ctx.Err() == nil {
		limit := s.cfg.ClaimBatch
		if s.caps != nil {
			n, until, reason := s.caps.allowance(s.db.Now())
			if n == 0 {
				held = s.holdBack(ctx, held, until, reason)
				continue
			}
			limit = min(limit, n)
		}
		rows, err := s.claim(ctx, limit)
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			s.log.Error("claim outbox", "error", err)
			s.sleep(ctx, s.cfg.PollInterval)
			continue
		}
		if len(rows) == 0 {
			s.idle(ctx)
			continue
		}
		for i, row := range rows {
			select {
			case jobs <- row:
			case <-ctx.Done():
				s.release(ctx, rows[i:]...)
				for range rows[i:] {
					s.capDone(false)
				}
				return nil
			}
		}
	}
	return nil
}

// claim takes the next batch of due rows, each with its Message-ID stored
// before anything is sent: a signed one on the site's domain.
func (s *Sender) claim(ctx context.Context, limit int) ([]*data.OutboxMail, error) {
	rows, err := s.db.ClaimOutbox(ctx, limit, func(id int64) string {
		return s.cfg.Signer.MessageID(s.cfg.Domain, token.Mail, id)
	})
	if err == nil && s.caps != nil {
		s.caps.claimed(len(rows))
	}
	return rows, err
}

// holdBack waits while a cap allows no mail: the due mail is moved to
// when the window opens (until), so that the outbox shows when it may go,
// and the loop sleeps until then or until mail in flight is done. held
// is the time already logged, so that a wait is logged once.
func (s *Sender) holdBack(ctx context.Context, held, until time.Time, reason string) time.Time {
	if until.IsZero() {
		s.sleep(ctx, min(s.cfg.PollInterval, time.Second))
		return held
	}
	_, err := s.db.ChangeOutbox(ctx, data.OutboxChange{To: data.OutboxQueued, Postpone: until})
	if err != nil && ctx.Err() == nil {
		s.log.Error("postpone capped mail", "error", err)
	}
	if !until.Equal(held) {
		s.log.Info("sending capped: mail waits", "reason", reason, "until", until)
	}
	s.idle(ctx)
	return until
}

// capDone takes a claimed row out of the caps' count of mail in flight,
// counting it as sent now if it was.
func (s *Sender) capDone(sent bool) {
	if s.caps != nil {
		s.caps.done(sent, s.db.Now())
	}
}

// idle waits for the earliest of: the next row falling due, a Wake, the
// poll interval, or ctx.
func (s *Sender) idle(ctx context.Context) {
	d := s.cfg.PollInterval
	next, err := s.db.NextOutboxDue(ctx)
	if err != nil && ctx.Err() == nil {
		s.log.Error("next outbox due", "error", err)
	}
	if err == nil && !next.IsZero() {
		d = min(d, max(next.Sub(s.db.Now()), minIdle))
	}
	s.sleep(ctx, d)
}

// sleep waits for d, a Wake, or ctx, whichever comes first.
func (s *Sender) sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-s.wake:
	case <-t.C:
	}
}

// release puts rows that were never offered to the transport back in the
// queue. It runs on shutdown, so it must not use the cancelled ctx.
func (s *Sender) release(ctx context.Context, rows ...*data.OutboxMail) {
	ids := make([]int64, len(rows))
	for i, r := range rows {
		ids[i] = r.ID
	}
	if err := s.db.SettleOutbox(context.WithoutCancel(ctx), data.Outcome{Status: data.OutboxQueued}, ids...); err != nil {
		s.log.Error("release outbox rows", "count", len(ids), "error", err)
	}
}
