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

	gomail "github.com/wneessen/go-mail"
	"golang.org/x/time/rate"

	"helpline/data"
	"helpline/internal/token"
)

// minIdle keeps the loop from spinning when a row is due but was not yet
// claimable, for instance because the clocks disagree by a hair.
const minIdle = 10 * time.Millisecond

// Sender delivers the outbox. Create it with New and start it with Run.
type Sender struct {
	db      *data.DB
	cfg     Config
	log     *slog.Logger
	dialer  *gomail.Client
	limiter *rate.Limiter // nil when unlimited
	wake    chan struct{}
	running atomic.Bool
}

// New checks cfg, fills in its defaults and returns a Sender for db.
func New(db *data.DB, cfg Config) (*Sender, error) {
	if db == nil {
		return nil, errors.New("mailer: no database")
	}
	if err := cfg.setDefaults(); err != nil {
		return nil, err
	}
	dialer, err := newDialer(&cfg)
	if err != nil {
		return nil, err
	}
	s := &Sender{db: db, cfg: cfg, log: cfg.Logger, dialer: dialer, wake: make(chan struct{}, 1)}
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
// offered to the server back in the queue, lets transactions in flight
// finish (each bounded by Config.Timeout), closes its connections and
// returns nil.
func (s *Sender) Run(ctx context.Context) error {
	if !s.running.CompareAndSwap(false, true) {
		return errors.New("mailer: already running")
	}
	defer s.running.Store(false)
	n, err := s.db.RequeueSending(ctx)
	if err != nil {
		return fmt.Errorf("mailer: %w", err)
	}
	if n > 0 {
		s.log.Warn("requeued mail interrupted while sending; it may reach its recipient twice", "count", n)
	}
	dbctx := context.WithoutCancel(ctx)
	marks := newMarker(dbctx, s.db, s.log, s.cfg.Connections)
	jobs := make(chan *data.OutboxMail, s.cfg.ClaimBatch)
	var wg sync.WaitGroup
	for i := range s.cfg.Connections {
		w := &worker{s: s, id: i + 1, jobs: jobs, dbctx: dbctx, marks: marks}
		wg.Go(func() { w.run(ctx) })
	}
	err = s.dispatch(ctx, jobs)
	close(jobs)
	wg.Wait()
	marks.close()
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
	for ctx.Err() == nil {
		rows, err := s.claim(ctx)
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
				return nil
			}
		}
	}
	return nil
}

// claim takes the next batch of due rows, each with its Message-ID stored
// before anything is sent: a signed one on the site's domain.
func (s *Sender) claim(ctx context.Context) ([]*data.OutboxMail, error) {
	return s.db.ClaimOutbox(ctx, s.cfg.ClaimBatch, func(id int64) string {
		return s.cfg.Signer.MessageID(s.cfg.Domain, token.Mail, id)
	})
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

// release puts rows that were never offered to the server back in the
// queue. It runs on shutdown, so it must not use the cancelled ctx.
func (s *Sender) release(ctx context.Context, rows ...*data.OutboxMail) {
	ids := make([]int64, len(rows))
	for i, r := range rows {
		ids[i] = r.ID
	}
	if err := s.db.ReleaseOutbox(context.WithoutCancel(ctx), ids); err != nil {
		s.log.Error("release outbox rows", "count", len(ids), "error", err)
	}
}
