package digest

import (
	"context"
	"testing"
	"time"

	"github.com/robfig/cron/v3"
)

func TestPrevFire(t *testing.T) {
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Skipf("no time zone data: %v", err)
	}
	tests := []struct {
		spec string
		now  time.Time
		want time.Time
	}{
		{"0 8 * * 1", time.Date(2025, 3, 10, 10, 0, 0, 0, time.UTC), time.Date(2025, 3, 10, 8, 0, 0, 0, time.UTC)},
		{"0 8 * * 1", time.Date(2025, 3, 10, 8, 0, 0, 0, time.UTC), time.Date(2025, 3, 10, 8, 0, 0, 0, time.UTC)},
		{"0 8 * * 1", time.Date(2025, 3, 10, 7, 59, 0, 0, time.UTC), time.Date(2025, 3, 3, 8, 0, 0, 0, time.UTC)},
		{"*/15 * * * *", time.Date(2025, 3, 10, 10, 7, 30, 0, time.UTC), time.Date(2025, 3, 10, 10, 0, 0, 0, time.UTC)},
		{"0 0 1 1 *", time.Date(2025, 3, 10, 10, 0, 0, 0, time.UTC), time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)},
		// 08:00 in Paris is 07:00 UTC in winter.
		{"0 8 * * *", time.Date(2025, 3, 10, 7, 30, 0, 0, time.UTC).In(paris), time.Date(2025, 3, 10, 7, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.spec+" at "+tt.now.String(), func(t *testing.T) {
			s, err := cron.ParseStandard(tt.spec)
			if err != nil {
				t.Fatal(err)
			}
			if got := prevFire(s, tt.now); !got.Equal(tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestCatchUp(t *testing.T) {
	tests := []struct {
		name    string
		lastRun time.Time // zero: never ran
		empty   bool      // the last run found nothing
		want    bool      // a digest is made on start
	}{
		{"never ran", time.Time{}, false, false},
		{"ran at the last fire time", monday8, false, false},
		{"missed this week", monday8.Add(-7 * 24 * time.Hour), false, true},
		{"missed after an empty run", monday8.Add(-7 * 24 * time.Hour), true, true},
		{"empty run at the last fire time", monday8, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			f.subscribe(t, "a@example.org", "Anna", "active")
			if !tt.lastRun.IsZero() {
				f.now = tt.lastRun.Add(-time.Hour)
				if !tt.empty {
					f.answer(t, "Earlier", "b", "Sam", "a")
				}
				f.now = tt.lastRun
				if _, err := f.d.RunOnce(f.ctx); err != nil {
					t.Fatal(err)
				}
			}
			before := f.digestCount(t)
			f.now = monday8.Add(30 * time.Minute)
			f.answer(t, "Answered while down", "b", "Kim", "a")
			// The service comes back on Monday at 10:00.
			f.now = monday8.Add(2 * time.Hour)
			if err := f.d.CatchUp(f.ctx); err != nil {
				t.Fatal(err)
			}
			made := f.digestCount(t) - before
			if got := made == 1; got != tt.want || made > 1 {
				t.Fatalf("digests made on start: got %d, want catch-up %v", made, tt.want)
			}
			// A second start the same day catches up nothing more.
			f.now = monday8.Add(3 * time.Hour)
			f.answer(t, "Answered after the catch-up", "b", "Kim", "a")
			if err := f.d.CatchUp(f.ctx); err != nil {
				t.Fatal(err)
			}
			if tt.want && f.digestCount(t) != before+1 {
				t.Errorf("second start: got %d digests, want %d", f.digestCount(t), before+1)
			}
		})
	}
}

// Run catches up on start, then keeps to the schedule until stopped.
func TestRunCatchesUpAndStops(t *testing.T) {
	f := newFixture(t)
	f.subscribe(t, "a@example.org", "Anna", "active")
	f.now = monday8.Add(-7*24*time.Hour - time.Hour)
	f.answer(t, "Last week", "b", "Sam", "a")
	f.now = monday8.Add(-7 * 24 * time.Hour)
	if _, err := f.d.RunOnce(f.ctx); err != nil {
		t.Fatal(err)
	}
	f.now = monday8.Add(-time.Hour)
	f.answer(t, "This week", "b", "Kim", "a")
	f.now = monday8.Add(2 * time.Hour)

	runs := make(chan Result, 4)
	f.d.afterRun = func(r Result, err error) {
		if err != nil {
			t.Error(err)
		}
		runs <- r
	}
	ctx, cancel := context.WithCancel(f.ctx)
	done := make(chan error, 1)
	go func() { done <- f.d.Run(ctx) }()
	select {
	case r := <-runs:
		if r.DigestID == 0 || r.Items != 1 {
			t.Errorf("catch-up run: got %+v, want a digest of this week's answer", r)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no catch-up run within 10s")
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run: got %v, want nil after stop", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return after its context ended")
	}
	if n := f.digestCount(t); n != 2 {
		t.Errorf("digests: got %d, want 2", n)
	}
}

// TestScheduleAcrossDaylightSaving checks that a run due in the hour the
// clocks skip still happens that day, an hour later, and one due in the
// hour they repeat happens once.
func TestScheduleAcrossDaylightSaving(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skipf("no time zone data: %v", err)
	}
	tests := []struct {
		name, spec string
		from       time.Time
		want       []string // the next fire times as read on a clock in Berlin
	}{
		// 29 March 2026: 02:00 CET becomes 03:00 CEST.
		{"weekly in the skipped hour", "0 2 * * 0", time.Date(2026, 3, 28, 12, 0, 0, 0, berlin),
			[]string{"03-29 03:00", "04-05 02:00"}},
		{"daily in the skipped hour", "30 2 * * *", time.Date(2026, 3, 28, 12, 0, 0, 0, berlin),
			[]string{"03-29 03:30", "03-30 02:30"}},
		// 25 October 2026: 03:00 CEST becomes 02:00 CET.
		{"daily in the repeated hour", "30 2 * * *", time.Date(2026, 10, 24, 12, 0, 0, 0, berlin),
			[]string{"10-25 02:30", "10-26 02:30", "10-27 02:30"}},
		{"weekly on the night of the change", "0 2 * * 0", time.Date(2026, 10, 24, 12, 0, 0, 0, berlin),
			[]string{"10-25 02:00", "11-01 02:00"}},
		{"ordinary days keep their hour", "0 8 * * 1", time.Date(2026, 3, 1, 12, 0, 0, 0, berlin),
			[]string{"03-02 08:00", "03-09 08:00", "03-16 08:00", "03-23 08:00", "03-30 08:00"}},
		{"the zone in the spec wins", "CRON_TZ=Asia/Tokyo 0 9 * * *", time.Date(2026, 3, 28, 12, 0, 0, 0, berlin),
			[]string{"03-29 01:00", "03-30 02:00"}}, // 09:00 in Tokyo
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := parseSchedule(tt.spec, berlin)
			if err != nil {
				t.Fatal(err)
			}
			now := tt.from
			for i, want := range tt.want {
				next := s.Next(now)
				if got := next.In(berlin).Format("01-02 15:04"); got != want || !next.After(now) {
					t.Fatalf("fire %d after %v: got %v, want %s", i+1, now, next, want)
				}
				now = next
			}
		})
	}
}
