package mailer

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"helpline/data"
	"helpline/internal/prose"
)

// Observer is told how each delivery attempt ended, for metrics. Its
// method must be quick and safe to call from any goroutine; a nil
// Observer is not told.
type Observer interface {
	Attempted(a Attempt)
}

// Attempt is one delivery attempt as an Observer hears of it.
type Attempt struct {
	Kind   string // the outbox row's kind, such as digest
	Result string // ResultSent, ResultRetry, ResultFailed or ResultUncertain
	// Send is how long the transport took to take the mail; zero unless
	// it was sent.
	Send time.Duration
	// Queued is how long the mail had been in the outbox when the
	// attempt ended: for a mail sent, its delivery latency.
	Queued time.Duration
}

// How an attempt ended, as Attempt.Result.
const (
	ResultSent   = "sent"   // the receiver took it
	ResultRetry  = "retry"  // a temporary failure: it waits for another try
	ResultFailed = "failed" // it will not be sent
	// ResultUncertain is a mail that may have been delivered: it waits
	// for the owner to retry or drop it.
	ResultUncertain = "uncertain"
)

// Status is what the sender knows of its relay, for a health check.
type Status struct {
	// LastSent is when the relay last took a mail; zero before the first.
	LastSent time.Time
	// LastError is the reason of the last attempt that failed, and when;
	// it stays after mail goes again.
	LastError   string
	LastErrorAt time.Time
	// Failing says why no mail can reach the relay now: the last try to
	// reach it could not connect (or secure, or log in to) it. It is
	// empty once the relay answers again, even with a refusal of one
	// mail.
	Failing string
}

// Status reports what the sender knows of its relay.
func (s *Sender) Status() Status {
	s.stat.mu.Lock()
	defer s.stat.mu.Unlock()
	return s.stat.s
}

// senderState is the Status a sender keeps.
type senderState struct {
	mu sync.Mutex
	s  Status
	// cause is what kind of failure s.Failing is (failingCause), while
	// it is not empty.
	cause string
}

// noteSent records the relay taking row, the transport having taken took.
func (s *Sender) noteSent(row *data.OutboxMail, took time.Duration) {
	now := s.db.Now()
	s.stat.mu.Lock()
	if s.stat.s.Failing != "" {
		// Said under the lock, so that it cannot come out before the
		// word of the failure it ends, from another connection.
		s.log.Info("relay reachable again")
	}
	s.stat.s.LastSent, s.stat.s.Failing = now, ""
	s.stat.mu.Unlock()
	s.observe(row, ResultSent, took)
}

// noteFailure records an attempt that failed with err. A failure to
// connect makes the relay failing; any answer from it, even a refusal,
// shows that it is there. The status is for a health check, which anyone
// who reaches the site may read, and a relay's refusal names the
// recipient it refused ("550 5.1.1 <ann@example.org>: unknown"): the
// address is hidden there, and stays in the row's own error.
func (s *Sender) noteFailure(err error) {
	var se *SendError
	reached := errors.As(err, &se) && se.Stage != "connect"
	s.stat.mu.Lock()
	defer s.stat.mu.Unlock()
	was, wasCause := s.stat.s.Failing, s.stat.cause
	s.stat.s.LastError, s.stat.s.LastErrorAt = prose.HideAddresses(err.Error()), s.db.Now()
	switch {
	case reached:
		s.stat.s.Failing = ""
	case se != nil:
		s.stat.s.Failing, s.stat.cause = s.stat.s.LastError, failingCause(se)
	}
	// Each mail's retry is logged at info; that no mail at all can go is
	// said once, loudly, when it starts or its cause changes, and not
	// again for every mail of a queue that waits. Said under the lock,
	// so that the words come out in the order of the changes.
	switch now := s.stat.s.Failing; {
	case now != "" && (was == "" || s.stat.cause != wasCause):
		s.log.Error("cannot reach the relay: mail waits in the queue", "error", now)
	case now == "" && was != "":
		s.log.Info("relay reachable again")
	}
}

// failingCause is what kind of failure to connect se is: the relay's
// reply code, and the settings it points at. The words vary from try to
// try while the cause does not: a relay that is down refuses one
// connection and resets the next, each naming a new local port, and a
// relay of several addresses names each in turn.
func failingCause(se *SendError) string {
	return fmt.Sprintf("%d %s", se.Code, connectHint(se))
}

// observe tells the observer, if any, how an attempt at row ended.
func (s *Sender) observe(row *data.OutboxMail, result string, took time.Duration) {
	if s.cfg.Observer == nil {
		return
	}
	s.cfg.Observer.Attempted(Attempt{Kind: row.Kind, Result: result, Send: took, Queued: s.db.Now().Sub(row.CreatedAt)})
}
