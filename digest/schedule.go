package digest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/robfig/cron/v3"

	"helpline/data"
)

// Run runs the digest on its schedule until ctx is done, then waits for a
// running digest to finish. On start it first catches up, once, a run that
// was due while the service was down.
func (d *Digest) Run(ctx context.Context) error {
	if err := d.CatchUp(ctx); err != nil && ctx.Err() == nil {
		// The next scheduled run covers the same answers: keep serving.
		d.log.Error("digest: catch-up run failed", "err", err)
	}
	logger := cronLogger{d.log}
	c := cron.New(cron.WithLocation(d.cfg.Location), cron.WithLogger(logger),
		cron.WithChain(cron.Recover(logger), cron.SkipIfStillRunning(logger)))
	c.Schedule(d.sched, cron.FuncJob(func() {
		if _, err := d.RunOnce(ctx); err != nil && ctx.Err() == nil {
			d.log.Error("digest run failed", "err", err)
		}
	}))
	c.Start()
	d.log.Info("digest scheduled", "schedule", d.cfg.Schedule, "time_zone", d.cfg.Location.String(),
		"next", d.sched.Next(d.Now().In(d.cfg.Location)))
	<-ctx.Done()
	<-c.Stop().Done()
	return nil
}

// CatchUp runs the digest now if its last scheduled time passed without a
// run: the service was down then. It does nothing before the first run
// ever, since nothing was missed.
func (d *Digest) CatchUp(ctx context.Context) error {
	due, err := d.missedRun(ctx, d.Now())
	if err != nil || due.IsZero() {
		return err
	}
	d.log.Info("digest: catching up a run missed while stopped", "missed_at", due)
	_, err = d.RunOnce(ctx)
	return err
}

// Due reports whether a scheduled run was missed: the last scheduled time
// passed with no run at or after it.
func (d *Digest) Due(ctx context.Context) (bool, error) {
	due, err := d.missedRun(ctx, d.Now())
	return !due.IsZero(), err
}

// missedRun returns the scheduled time before now that has no run at or
// after it, or the zero time when there is none.
func (d *Digest) missedRun(ctx context.Context, now time.Time) (time.Time, error) {
	last, err := d.LastRun(ctx)
	if err != nil || last.IsZero() {
		return time.Time{}, err
	}
	prev := prevFire(d.sched, now.In(d.cfg.Location))
	if prev.IsZero() || !last.Before(prev) {
		return time.Time{}, nil
	}
	return prev, nil
}

// LastRun returns when the digest last ran, with or without sending
// anything, or the zero time if it never ran.
func (d *Digest) LastRun(ctx context.Context) (time.Time, error) {
	newest, err := d.db.ListDigests(ctx, 1)
	if err != nil {
		return time.Time{}, err
	}
	var last time.Time
	if len(newest) > 0 {
		last = newest[0].PeriodEnd
	}
	empty, err := d.LastEmptyRun(ctx)
	if err != nil {
		return time.Time{}, err
	}
	if empty.After(last) {
		last = empty
	}
	return last, nil
}

// LastEmptyRun returns when a run last found no new answers, or the zero
// time.
func (d *Digest) LastEmptyRun(ctx context.Context) (time.Time, error) {
	v, err := d.db.Setting(ctx, LastEmptyRunSetting)
	if errors.Is(err, data.ErrNotFound) {
		return time.Time{}, nil
	}
	if err != nil {
		return time.Time{}, err
	}
	t, err := time.Parse(time.RFC3339Nano, v)
	if err != nil {
		return time.Time{}, fmt.Errorf("setting %s: %w", LastEmptyRunSetting, err)
	}
	return t, nil
}

// prevFire returns the latest time at or before now that s fires, or the
// zero time if it fired not once in the last few years. cron schedules
// only look forward, so it widens a window back from now until the window
// holds a fire time, then walks forward to the last one.
func prevFire(s cron.Schedule, now time.Time) time.Time {
	for window := time.Minute; window <= 5*366*24*time.Hour; window *= 2 {
		t := s.Next(now.Add(-window))
		if t.IsZero() || t.After(now) {
			continue
		}
		for {
			next := s.Next(t)
			if next.IsZero() || next.After(now) {
				return t
			}
			t = next
		}
	}
	return time.Time{}
}

// parseSchedule reads a standard cron spec whose times are wall-clock
// times in loc (or in the zone a CRON_TZ= prefix names), kept across
// daylight saving changes: a time the clocks skip fires as much later as
// they moved, in every zone, and a time they repeat fires once. Bare
// cron schedules do neither: a weekly digest due at 02:30 on the night
// the clocks go forward would wait a week, and a daily one due in the
// repeated hour would go out twice.
func parseSchedule(spec string, loc *time.Location) (cron.Schedule, error) {
	s, err := cron.ParseStandard(spec)
	if err != nil {
		return nil, err
	}
	ss, ok := s.(*cron.SpecSchedule)
	if !ok {
		return s, nil // @every: a fixed interval, not a time of day
	}
	if ss.Location != time.Local {
		loc = ss.Location
	}
	plain := *ss
	plain.Location = time.UTC
	return wallClock{&plain, loc}, nil
}

// wallClock fires s, which reads its fields in UTC, at the same clock
// readings in loc. UTC has no daylight saving, so s sees every day whole.
type wallClock struct {
	s   cron.Schedule
	loc *time.Location
}

func (w wallClock) Next(t time.Time) time.Time {
	// A reading the clocks skipped fires after the gap, later than t's
	// own reading: at 03:10 on the night Berlin goes from 02:00 to 03:00,
	// the 02:30 run is still due at 03:30. So the readings are read from
	// some hours before t's, and the first that falls after t fires.
	clock := reading(t.In(w.loc)).Add(-maxClockChange)
	for {
		next := w.s.Next(clock)
		if next.IsZero() {
			return next
		}
		// time.Date takes one of the two instants of a repeated reading,
		// and only a time after t is returned, so each fires once. A
		// skipped one it places before the gap in zones west of UTC
		// (02:30 in New York as 01:30 EST, Sunday 00:00 in Santiago as
		// Saturday 23:00): move it past the gap, as it is east of UTC.
		at := time.Date(next.Year(), next.Month(), next.Day(), next.Hour(), next.Minute(), 0, 0, w.loc)
		if shown := reading(at); shown.Before(next) {
			at = at.Add(next.Sub(shown))
		}
		if at.After(t) {
			return at
		}
		clock = next
	}
}

// maxClockChange bounds how far a zone moves its clocks at once.
const maxClockChange = 3 * time.Hour

// reading is t's wall-clock reading in its own zone, as the same reading
// in UTC.
func reading(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC)
}

// cronLogger hands cron's own messages to slog.
type cronLogger struct{ log *slog.Logger }

func (l cronLogger) Info(msg string, kv ...any) { l.log.Debug("cron: "+msg, kv...) }

func (l cronLogger) Error(err error, msg string, kv ...any) {
	l.log.Error("cron: "+msg, append([]any{"err", err}, kv...)...)
}
