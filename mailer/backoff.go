package mailer

import (
	"math/rand/v2"
	"time"
)

// backoff is how long to wait after the given number of failed attempts:
// exponential from BaseBackoff, capped at MaxBackoff, with the upper half
// jittered so that many rows failing together do not retry together.
func (s *Sender) backoff(attempts int) time.Duration {
	d := s.cfg.BaseBackoff
	for i := 1; i < attempts && d < s.cfg.MaxBackoff; i++ {
		d *= 2
	}
	d = min(d, s.cfg.MaxBackoff)
	return d/2 + time.Duration(rand.Int64N(int64(d/2)+1))
}
