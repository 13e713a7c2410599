package web

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// limiter keeps one token bucket per key (a hashed IP, an address) and
// forgets keys that have been idle, so memory stays bounded.
type limiter struct {
	mu      sync.Mutex
	buckets map[string]*bucket
	swept   time.Time
}

type bucket struct {
	lim  *rate.Limiter
	seen time.Time
}

func newLimiter() *limiter { return &limiter{buckets: map[string]*bucket{}} }

// allow takes one event for key from a bucket that refills n events per
// per, holding at most burst.
func (l *limiter) allow(key string, n int, per time.Duration, burst int) bool {
	now := time.Now()
	l.mu.Lock()
	defer l.mu.Unlock()
	if now.Sub(l.swept) > time.Minute {
		for k, b := range l.buckets {
			if now.Sub(b.seen) > time.Hour {
				delete(l.buckets, k)
			}
		}
		l.swept = now
	}
	b, ok := l.buckets[key]
	if !ok {
		b = &bucket{lim: rate.NewLimiter(rate.Every(per/time.Duration(n)), burst)}
		l.buckets[key] = b
	}
	b.seen = now
	return b.lim.AllowN(now, 1)
}

// visitorKey is a keyed hash standing in for a visitor, so that ratings
// and comments can tell visitors apart without storing who they are. It
// is made from the client's address alone (see clientKey): anything the
// client sends, such as its User-Agent, it could vary at will to count as
// many visitors.
func (s *Server) visitorKey(r *http.Request, purpose string) string {
	m := hmac.New(sha256.New, []byte(s.cfg.Secret))
	m.Write([]byte(purpose))
	m.Write([]byte{0})
	m.Write([]byte(s.clientKey(r)))
	return hex.EncodeToString(m.Sum(nil)[:16])
}

// honeypotFilled reports whether the hidden field that people never see,
// and simple bots fill in, has a value.
func honeypotFilled(r *http.Request) bool {
	return strings.TrimSpace(r.PostFormValue("website")) != ""
}
