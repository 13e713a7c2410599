package inbox

import (
	"context"
	"fmt"
	"log/slog"
	"runtime/debug"
	"time"

	"helpline/data"
)

// Janitor keeps what the inbox stores no longer than it must: the raw
// bytes of mail dealt with, after KeepRaw, and questions from the site
// whose askers never confirmed them, after HoldFor. Its clock is the
// database's (data.DB.Now), which tests move.
type Janitor struct {
	DB *data.DB
	// KeepRaw is how long the bytes of a processed mail are kept; its row,
	// with sender, subject, Message-ID and outcome, stays. Mail still
	// quarantined or pending keeps its bytes until it is dealt with. 0
	// keeps them for good.
	KeepRaw time.Duration
	// HoldFor is how long a question from the site waits for its
	// asker's confirmation; default 7 days.
	HoldFor time.Duration
	// Every is the time between sweeps; default an hour.
	Every time.Duration
	Log   *slog.Logger
}

// Sweep drops what has been kept long enough, once.
func (j *Janitor) Sweep(ctx context.Context) error {
	now := j.DB.Now()
	var rawBefore time.Time
	if j.KeepRaw > 0 {
		rawBefore = now.Add(-j.KeepRaw)
	}
	hold := j.HoldFor
	if hold <= 0 {
		hold = defaultHoldFor
	}
	raw, held, err := j.DB.Sweep(ctx, rawBefore, now.Add(-hold))
	if raw > 0 {
		j.log().Info("raw mail past its retention dropped", "count", raw, "keep_raw", j.KeepRaw)
	}
	if held > 0 {
		j.log().Info("unconfirmed questions from the site deleted", "count", held)
	}
	return err
}

// Run sweeps at once and then every j.Every until ctx is done. A sweep
// that fails is logged and tried again at the next one.
func (j *Janitor) Run(ctx context.Context) error {
	every := j.Every
	if every <= 0 {
		every = time.Hour
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if err := j.safeSweep(ctx); err != nil && ctx.Err() == nil {
			j.log().Error("retention sweep", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

func (j *Janitor) safeSweep(ctx context.Context) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("panic: %v\n%s", v, debug.Stack())
		}
	}()
	return j.Sweep(ctx)
}

func (j *Janitor) log() *slog.Logger {
	if j.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return j.Log
}
