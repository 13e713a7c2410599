package mailer

import (
	"context"
	"sync"
	"testing"
	"time"

	"helpline/data"
	"helpline/internal/smtptest"
)

var t0 = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

func TestCapAllowance(t *testing.T) {
	at := func(d time.Duration) time.Time { return t0.Add(d) }
	tests := []struct {
		name      string
		perHour   int
		perDay    int
		sent      []time.Time
		inflight  int
		now       time.Time
		wantN     int
		wantUntil time.Time
	}{
		{"nothing sent", 3, 10, nil, 0, t0, 3, time.Time{}},
		{"hour full", 3, 10, []time.Time{at(0), at(time.Minute), at(2 * time.Minute)}, 0, at(10 * time.Minute), 0, at(time.Hour)},
		{"oldest has left the hour", 3, 10, []time.Time{at(0), at(time.Minute), at(2 * time.Minute)}, 0, at(time.Hour), 1, time.Time{}},
		{"in flight fill the hour", 3, 10, []time.Time{at(0)}, 2, at(time.Minute), 0, at(time.Hour)},
		{"in flight alone", 2, 10, nil, 2, t0, 0, time.Time{}},
		{"day full, hour free", 3, 4, []time.Time{at(0), at(time.Minute), at(2 * time.Hour), at(3 * time.Hour)}, 0, at(5 * time.Hour), 0, at(24 * time.Hour)},
		{"both full: the later wins", 1, 2, []time.Time{at(0), at(2 * time.Hour)}, 0, at(2*time.Hour + time.Minute), 0, at(24 * time.Hour)},
		{"day cap only", 0, 2, []time.Time{at(0)}, 0, at(time.Minute), 1, time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newSendCaps(tt.perHour, tt.perDay)
			c.seed(tt.sent)
			c.claimed(tt.inflight)
			n, until, reason := c.allowance(tt.now)
			if n != tt.wantN || !until.Equal(tt.wantUntil) {
				t.Errorf("got %d until %v, want %d until %v", n, until, tt.wantN, tt.wantUntil)
			}
			if (n == 0) != (reason != "") {
				t.Errorf("got reason %q with an allowance of %d", reason, n)
			}
		})
	}
	if newSendCaps(0, 0) != nil {
		t.Error("no caps configured, but a cap is kept")
	}
}

// clock is a time the test moves by hand.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *clock) set(t time.Time) {
	c.mu.Lock()
	c.now = t
	c.mu.Unlock()
}

// TestCapsDrainAcrossWindows queues more mail than the caps allow and
// moves the clock: mail over a cap stays queued, due when the window
// opens, and goes then; none fails.
func TestCapsDrainAcrossWindows(t *testing.T) {
	srv := smtptest.Start(t)
	db := openDB(t)
	clk := &clock{now: t0}
	db.Now = clk.Now
	ids := enqueueMany(t, db, 8, "runner@example.org")
	cfg := testConfig(t, srv)
	cfg.MaxPerHour, cfg.MaxPerDay, cfg.Connections = 3, 5, 2
	start(t, db, cfg)

	steps := []struct {
		now      time.Time
		sent     int64
		waitTill time.Time
	}{
		{t0, 3, t0.Add(time.Hour)},
		{t0.Add(time.Hour), 5, t0.Add(24 * time.Hour)},
		{t0.Add(24 * time.Hour), 8, time.Time{}},
	}
	for _, st := range steps {
		clk.set(st.now)
		waitFor(t, 10*time.Second, "mail sent", func() bool { return counts(t, db)[data.OutboxSent] >= st.sent })
		if st.waitTill.IsZero() {
			continue
		}
		waitFor(t, 10*time.Second, "capped mail postponed", func() bool {
			for _, id := range ids {
				if r := row(t, db, id); r.Status == data.OutboxQueued && !r.NextAttempt.Equal(st.waitTill) {
					return false
				}
			}
			return true
		})
		c := counts(t, db)
		if c[data.OutboxSent] != st.sent || c[data.OutboxQueued] != 8-st.sent || c[data.OutboxFailed] != 0 {
			t.Fatalf("at %v: got %v, want %d sent and the rest queued until %v", st.now, c, st.sent, st.waitTill)
		}
		next, reason := NextSend(sentTimes(t, db, st.now), st.now, 3, 5)
		if !next.Equal(st.waitTill) || reason == "" {
			t.Errorf("at %v: NextSend says %v (%s), want %v", st.now, next, reason, st.waitTill)
		}
	}
	if got := srv.Accepted(); got != 8 {
		t.Errorf("relay accepted %d mails, want 8", got)
	}
	for _, id := range ids {
		if r := row(t, db, id); r.Attempts != 1 {
			t.Errorf("row %d took %d attempts, want 1: waiting for a cap is no attempt", id, r.Attempts)
		}
	}
}

func sentTimes(t *testing.T, db *data.DB, now time.Time) []time.Time {
	t.Helper()
	sent, err := db.SentSince(context.Background(), now.Add(-24*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	return sent
}
