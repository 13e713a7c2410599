package mailer

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

// capLimit is at most max mails in any window.
type capLimit struct {
	name   string // the setting, for the reason shown to the owner
	window time.Duration
	max    int
}

// sendCaps counts the mail sent in the last day, and the mail in flight,
// against a relay's caps per hour and per day: a mail is claimed only
// when both would still allow it once every mail in flight went.
type sendCaps struct {
	limits []capLimit

	mu       sync.Mutex
	sent     []time.Time // oldest first, within the longest window
	inflight int
}

// newSendCaps returns nil when there is no cap.
func newSendCaps(perHour, perDay int) *sendCaps {
	var c sendCaps
	if perHour > 0 {
		c.limits = append(c.limits, capLimit{"max_per_hour", time.Hour, perHour})
	}
	if perDay > 0 {
		c.limits = append(c.limits, capLimit{"max_per_day", 24 * time.Hour, perDay})
	}
	if len(c.limits) == 0 {
		return nil
	}
	return &c
}

// longest is the widest window, which bounds what needs remembering.
func (c *sendCaps) longest() time.Duration {
	var d time.Duration
	for _, l := range c.limits {
		d = max(d, l.window)
	}
	return d
}

// seed records mail sent before the sender started, oldest first.
func (c *sendCaps) seed(sent []time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.sent = append(c.sent[:0], sent...)
	sort.Slice(c.sent, func(i, j int) bool { return c.sent[i].Before(c.sent[j]) })
}

// allowance is how many more mails may be claimed at now. At zero, until
// is when the window next lets one go, or the zero time when that waits
// on mail in flight, and reason names the cap.
func (c *sendCaps) allowance(now time.Time) (n int, until time.Time, reason string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.forget(now)
	return capAllowance(c.limits, c.sent, c.inflight, now)
}

// capAllowance is allowance for a list of send times, oldest first.
func capAllowance(limits []capLimit, sent []time.Time, inflight int, now time.Time) (n int, until time.Time, reason string) {
	n = -1
	for _, l := range limits {
		first := sort.Search(len(sent), func(i int) bool { return sent[i].After(now.Add(-l.window)) })
		used := len(sent) - first + inflight
		free := l.max - used
		if n < 0 || free < n {
			n = max(free, 0)
		}
		if free > 0 {
			continue
		}
		reason = fmt.Sprintf("smtp.%s (%d) reached", l.name, l.max)
		// One mail may go when the oldest sends that hold the window
		// full have left it; with mail in flight that may be never.
		if i := first + used - l.max; i < len(sent) {
			until = later(until, sent[i].Add(l.window))
		}
	}
	return n, until, reason
}

func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// claimed counts n mails in flight.
func (c *sendCaps) claimed(n int) {
	c.mu.Lock()
	c.inflight += n
	c.mu.Unlock()
}

// done takes one mail out of flight, counting it at at if it was sent.
func (c *sendCaps) done(sent bool, at time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.inflight--
	if sent {
		// Send times come from several workers, nearly in order.
		i := sort.Search(len(c.sent), func(i int) bool { return c.sent[i].After(at) })
		c.sent = append(c.sent, time.Time{})
		copy(c.sent[i+1:], c.sent[i:])
		c.sent[i] = at
	}
}

// forget drops send times older than every window; called with c.mu held.
func (c *sendCaps) forget(now time.Time) {
	cut := now.Add(-c.longest())
	i := sort.Search(len(c.sent), func(i int) bool { return c.sent[i].After(cut) })
	c.sent = c.sent[i:]
}

// NextSend says when the next mail may go under the caps, given when each
// mail of the last day was sent: the zero time when one may go now, and
// otherwise the time and the cap that holds it back.
func NextSend(sent []time.Time, now time.Time, perHour, perDay int) (time.Time, string) {
	c := newSendCaps(perHour, perDay)
	if c == nil {
		return time.Time{}, ""
	}
	c.seed(sent)
	n, until, reason := c.allowance(now)
	if n > 0 {
		return time.Time{}, ""
	}
	return until, reason
}
