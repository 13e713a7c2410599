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

// TestScheduleAcrossDaylightSavingEverywhere checks the same west of
// UTC, where time.Date places a skipped reading before the gap, south of
// the equator, with half an hour's change, with zones that change at
// midnight, with steps, and from a start that falls between the skipped
// reading and the instant it moves to.
func TestScheduleAcrossDaylightSavingEverywhere(t *testing.T) {
	tests := []struct {
		name, zone, spec string
		from             [5]int // year, month, day, hour, minute in the zone
		want             []string
	}{
		// 8 March 2026: 02:00 EST becomes 03:00 EDT.
		{"New York, daily in the skipped hour", "America/New_York", "30 2 * * *", [5]int{2026, 3, 7, 12, 0},
			[]string{"03-08 Sun 03:30 -0400", "03-09 Mon 02:30 -0400"}},
		{"New York, weekly in the skipped hour", "America/New_York", "0 2 * * 0", [5]int{2026, 3, 7, 12, 0},
			[]string{"03-08 Sun 03:00 -0400", "03-15 Sun 02:00 -0400"}},
		// 1 November 2026: 02:00 EDT becomes 01:00 EST.
		{"New York, daily in the repeated hour", "America/New_York", "30 1 * * *", [5]int{2026, 10, 31, 12, 0},
			[]string{"11-01 Sun 01:30 -0400", "11-02 Mon 01:30 -0500"}},
		// 6 September 2026: midnight -04 becomes 01:00 -03.
		{"Santiago, weekly at midnight", "America/Santiago", "0 0 * * 0", [5]int{2026, 9, 1, 12, 0},
			[]string{"09-06 Sun 01:00 -0300", "09-13 Sun 00:00 -0300"}},
		{"Santiago, daily at midnight", "America/Santiago", "0 0 * * *", [5]int{2026, 9, 4, 12, 0},
			[]string{"09-05 Sat 00:00 -0400", "09-06 Sun 01:00 -0300", "09-07 Mon 00:00 -0300"}},
		// 4 October 2026: 02:00 +1030 becomes 02:30 +11.
		{"Lord Howe, half an hour skipped", "Australia/Lord_Howe", "15 2 * * *", [5]int{2026, 10, 3, 12, 0},
			[]string{"10-04 Sun 02:45 +1100", "10-05 Mon 02:15 +1100"}},
		{"Sydney, southern spring", "Australia/Sydney", "30 2 * * 0", [5]int{2026, 10, 1, 12, 0},
			[]string{"10-04 Sun 03:30 +1100", "10-11 Sun 02:30 +1100"}},
		// 25 October 2026 in Berlin: 03:00 CEST becomes 02:00 CET.
		{"Berlin, steps in the repeated hour", "Europe/Berlin", "*/20 2 * * *", [5]int{2026, 10, 24, 12, 0},
			[]string{"10-25 Sun 02:00 +0100", "10-25 Sun 02:20 +0100", "10-25 Sun 02:40 +0100", "10-26 Mon 02:00 +0100"}},
		{"Berlin, from between a skipped reading and its instant", "Europe/Berlin", "30 2 * * *", [5]int{2026, 3, 29, 3, 10},
			[]string{"03-29 Sun 03:30 +0200", "03-30 Mon 02:30 +0200"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			loc, err := time.LoadLocation(tt.zone)
			if err != nil {
				t.Skipf("no time zone data: %v", err)
			}
			s, err := parseSchedule(tt.spec, loc)
			if err != nil {
				t.Fatal(err)
			}
			f := tt.from
			now := time.Date(f[0], time.Month(f[1]), f[2], f[3], f[4], 0, 0, loc)
			for i, want := range tt.want {
				next := s.Next(now)
				if got := next.In(loc).Format("01-02 Mon 15:04 -0700"); got != want || !next.After(now) {
					t.Fatalf("fire %d after %v: got %v, want %s", i+1, now, next.In(loc), want)
				}
				// The catch-up finds the same time from just after it.
				if prev := prevFire(s, next.Add(time.Minute)); !prev.Equal(next) {
					t.Errorf("previous fire before %v: got %v, want %v", next.Add(time.Minute), prev, next)
				}
				now = next
			}
		})
	}
}
