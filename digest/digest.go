package digest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/robfig/cron/v3"

	"helpline/data"
	"helpline/internal/locale"
	"helpline/internal/newsletter"
	"helpline/templates"
)

// DefaultLookBack is how far back the first digest reaches when no digest
// was made before: one week, the usual digest interval.
const DefaultLookBack = 7 * 24 * time.Hour

// LastEmptyRunSetting is the settings key under which a run that found no
// new answers (and so sent nothing) records when it happened.
const LastEmptyRunSetting = "digest_last_empty_run"

// Config says when the digest goes out and what it looks like.
type Config struct {
	Site     templates.MailSite // name, base URL and logo
	Links    newsletter.Links   // unsubscribe links and list headers
	Schedule string             // standard 5-field cron spec, e.g. "0 8 * * 1"
	Location *time.Location     // the schedule's time zone; nil means UTC
	MaxItems int                // questions shown; the rest are counted and linked
	// LookBack is how far back the first digest reaches; 0 means
	// DefaultLookBack. Later digests start where the previous one ended.
	LookBack time.Duration
	// Copyright replaces the footer's copyright line; tests fix it so that
	// rendered mail does not change with the year.
	Copyright string
	// Locale is the language of the digest; nil means English.
	Locale *locale.Locale
	// Owner, when set, gets a one-line note of each digest queued.
	Owner string
}

// Digest makes digests on a schedule and fills in each recipient's copy at
// send time.
type Digest struct {
	db    *data.DB
	cfg   Config
	sched cron.Schedule
	log   *slog.Logger
	cache *renderCache

	// Now returns the current time; tests replace it.
	Now func() time.Time

	// mu lets one run happen at a time, whether from the schedule or a
	// command.
	mu sync.Mutex
	// afterRun, if set, is called after each run; tests wait on it.
	afterRun func(Result, error)
}

// New checks cfg and returns a Digest working on db.
func New(db *data.DB, cfg Config, log *slog.Logger) (*Digest, error) {
	if db == nil || log == nil {
		return nil, errors.New("digest: database and logger are required")
	}
	if cfg.Location == nil {
		cfg.Location = time.UTC
	}
	sched, err := parseSchedule(cfg.Schedule, cfg.Location)
	if err != nil {
		return nil, fmt.Errorf("digest schedule %q: %w", cfg.Schedule, err)
	}
	if cfg.MaxItems < 1 {
		return nil, fmt.Errorf("digest: max items must be at least 1, not %d", cfg.MaxItems)
	}
	if cfg.LookBack <= 0 {
		cfg.LookBack = DefaultLookBack
	}
	if cfg.Site.Name == "" || cfg.Site.Link == "" {
		return nil, errors.New("digest: site name and link are required")
	}
	if cfg.Links.Signer == nil || cfg.Links.BaseURL == "" {
		return nil, errors.New("digest: unsubscribe links need a signer and a base URL")
	}
	if cfg.Locale == nil {
		en, err := locale.New(locale.Default, nil)
		if err != nil {
			return nil, fmt.Errorf("digest: %w", err)
		}
		cfg.Locale = en
	}
	return &Digest{
		db: db, cfg: cfg, sched: sched, log: log,
		cache: newRenderCache(8),
		Now:   func() time.Time { return time.Now().UTC() },
	}, nil
}

// Result says what one run did.
type Result struct {
	DigestID    int64     // 0 when nothing was made
	PeriodStart time.Time // the period the run looked at
	PeriodEnd   time.Time
	Items       int   // questions shown
	Answered    int   // questions answered in the period (shown or not)
	Queued      int64 // mails queued
	Empty       bool  // no new answers: nothing sent, run recorded
	AlreadyDone bool  // another run made the digest for this period first
}

// Preview is what the next digest would contain if it ran now. It changes
// nothing.
type Preview struct {
	Result
	*Rendered // nil when there is nothing new
}

// period returns the period the next digest covers, ending at now: from
// the previous digest's end, or LookBack before now for the first one.
func (d *Digest) period(ctx context.Context, list func(context.Context, int) ([]*data.DigestRecord, error), now time.Time) (time.Time, error) {
	newest, err := list(ctx, 1)
	if err != nil {
		return time.Time{}, err
	}
	if len(newest) == 0 {
		return now.Add(-d.cfg.LookBack), nil
	}
	return newest[0].PeriodEnd, nil
}

// Preview renders what the next digest would contain without storing or
// queueing anything.
func (d *Digest) Preview(ctx context.Context) (*Preview, error) {
	now := d.Now().UTC()
	start, err := d.period(ctx, d.db.ListDigests, now)
	if err != nil {
		return nil, err
	}
	p := &Preview{Result: Result{PeriodStart: start, PeriodEnd: now}}
	if !now.After(start) {
		p.Empty = true
		return p, nil
	}
	qs, err := d.db.ListQuestions(ctx, answeredBetween(start, now))
	if err != nil {
		return nil, err
	}
	p.Answered = len(qs)
	if len(qs) == 0 {
		p.Empty = true
		return p, nil
	}
	if p.Rendered, err = d.render(qs); err != nil {
		return nil, err
	}
	p.Items = len(p.Rendered.Questions)
	counts, err := d.db.CountSubscribers(ctx)
	if err != nil {
		return nil, err
	}
	p.Queued = int64(counts[data.SubscriberActive])
	return p, nil
}

// RunOnce makes the digest for the period since the previous one, now. It
// sends nothing when no question was answered in the period, and records
// that. Running it again for the same period changes nothing.
func (d *Digest) RunOnce(ctx context.Context) (res Result, err error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.afterRun != nil {
		defer func() { d.afterRun(res, err) }()
	}
	// Everything happens under the write lock, so the period, the answers
	// in it and the digest agree even with another process running.
	err = d.db.InTx(ctx, func(tx *data.Tx) error { return d.runTx(ctx, tx, &res) })
	if err != nil {
		return res, fmt.Errorf("digest run: %w", err)
	}
	switch {
	case res.Empty:
		if err := d.db.SetSetting(ctx, LastEmptyRunSetting, res.PeriodEnd.Format(time.RFC3339Nano)); err != nil {
			return res, err
		}
		d.log.Info("digest: no new answers, nothing sent", "period_start", res.PeriodStart, "period_end", res.PeriodEnd)
	case res.AlreadyDone:
		d.log.Info("digest: this period was done already", "period_start", res.PeriodStart)
	default:
		d.log.Info("digest queued", "digest_id", res.DigestID, "items", res.Items,
			"recipients", res.Queued, "period_start", res.PeriodStart, "period_end", res.PeriodEnd)
	}
	return res, nil
}

// runTx finds the period's answers and, if there are any, renders the
// digest, stores it and queues its mails, all in tx.
func (d *Digest) runTx(ctx context.Context, tx *data.Tx, res *Result) error {
	now := d.Now().UTC()
	start, err := d.period(ctx, tx.ListDigests, now)
	if err != nil {
		return err
	}
	*res = Result{PeriodStart: start, PeriodEnd: now}
	if !now.After(start) {
		res.AlreadyDone = true
		return nil
	}
	qs, err := tx.ListQuestions(ctx, answeredBetween(start, now))
	if err != nil {
		return err
	}
	res.Answered = len(qs)
	if len(qs) == 0 {
		res.Empty = true
		return nil
	}
	r, err := d.render(qs)
	if err != nil {
		return err
	}
	rec := &data.DigestRecord{PeriodStart: start, PeriodEnd: now, Subject: r.Subject, HTML: r.HTML, Text: r.Text}
	res.Queued, err = tx.CreateDigest(ctx, rec, r.Questions)
	if errors.Is(err, data.ErrConflict) {
		res.AlreadyDone = true
		return nil
	}
	if err != nil {
		return err
	}
	res.DigestID, res.Items = rec.ID, rec.ItemCount
	if d.cfg.Owner == "" {
		return nil
	}
	return tx.Enqueue(ctx, d.ownerNote(rec, res.Queued))
}

// ownerNote tells the owner that digest rec is on its way to n subscribers.
func (d *Digest) ownerNote(rec *data.DigestRecord, n int64) *data.OutboxMail {
	t := d.cfg.Locale.T
	return &data.OutboxMail{
		Kind: data.KindOwnerNote, To: d.cfg.Owner,
		Subject: t("note_digest_subject", rec.Subject),
		Text:    t("note_digest", n, rec.Subject) + "\n",
		Headers: map[string]string{"Auto-Submitted": "auto-generated"},
	}
}

// answeredBetween selects the public questions first answered in
// [start, end), the ones a digest of that period lists.
func answeredBetween(start, end time.Time) data.QuestionFilter {
	return data.QuestionFilter{Status: data.QuestionAnswered, AnsweredFrom: start, AnsweredBefore: end}
}
