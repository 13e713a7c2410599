package inbox

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"io"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
)

// Observer is told what the inbox does, for metrics. Its methods must be
// quick and safe to call from any goroutine; a nil Observer is not told.
type Observer interface {
	// Processed is told the outcome of each message processed.
	Processed(outcome string)
	// Fetched is told of each fetch of new mail: what led to it
	// (FetchAtConnect, FetchAfterIdle or FetchAfterPoll), how long it took
	// and how many messages it stored.
	Fetched(trigger string, elapsed time.Duration, stored int)
}

// What led to a fetch of new mail, as Observer.Fetched is told.
const (
	FetchAtConnect = "connect" // a new connection
	FetchAfterIdle = "idle"    // IDLE ended: new mail, or time to renew it
	FetchAfterPoll = "poll"    // the poll interval passed, without IDLE
)

// Status is what the poller knows of its mailbox, for a health check.
type Status struct {
	// LoggedIn says that a connection is open, logged in, with the
	// mailbox selected.
	LoggedIn bool
	// LastPoll is when new mail was last fetched to the end; zero
	// before the first time.
	LastPoll time.Time
	// LastError is the last failure, to connect or of a connection, and
	// when it happened; it stays after the poller recovers.
	LastError   string
	LastErrorAt time.Time
	// Failing says why the poller cannot read the mailbox now: it has
	// not connected yet, or the last attempt to connect failed. Empty
	// while it is logged in, and while it reconnects after losing a
	// connection.
	Failing string
}

// Status reports the poller's connection, for a health check. Until its
// first connection it is failing, as it cannot read mail yet.
func (p *Poller) Status() Status {
	p.stat.mu.Lock()
	defer p.stat.mu.Unlock()
	s := p.stat.s
	if !s.LoggedIn && s.LastErrorAt.IsZero() {
		s.Failing = "not connected yet"
	}
	return s
}

// pollState is the Status a running poller keeps.
type pollState struct {
	mu sync.Mutex
	s  Status
}

func (p *Poller) loggedIn() {
	p.stat.mu.Lock()
	defer p.stat.mu.Unlock()
	p.stat.s.LoggedIn, p.stat.s.Failing = true, ""
}

// fetchDone records a fetch of new mail that went to the end.
func (p *Poller) fetchDone(trigger string, started time.Time, stored int) {
	now := time.Now()
	p.stat.mu.Lock()
	p.stat.s.LastPoll = now
	p.stat.mu.Unlock()
	if p.cfg.Observer != nil {
		p.cfg.Observer.Fetched(trigger, now.Sub(started), stored)
	}
}

// failed records why a session ended and logs it in words that say what
// to do, and when the poller tries again.
func (p *Poller) failed(err error, retry time.Duration) {
	p.stat.mu.Lock()
	wasIn := p.stat.s.LoggedIn
	p.stat.s.LoggedIn = false
	p.stat.s.LastError, p.stat.s.LastErrorAt = err.Error(), time.Now()
	var se *stageError
	connecting := errors.As(err, &se)
	if connecting {
		p.stat.s.Failing = err.Error()
	}
	p.stat.mu.Unlock()
	retry = retry.Round(time.Millisecond)
	if !connecting && wasIn {
		p.log.Warn("imap connection lost; reconnecting", "err", err, "retry_in", retry)
		return
	}
	msg, args := p.advice(err)
	p.log.Error(msg, append(args, "err", err, "retry_in", retry)...)
}

// advice says what failed to connect, and what to check, with the
// settings to look at as log attributes.
func (p *Poller) advice(err error) (string, []any) {
	var se *stageError
	errors.As(err, &se)
	switch {
	case isAuthFailure(err):
		return "imap login refused: check imap.username and imap.password", []any{"user", p.cfg.Username}
	case isCertificateError(err):
		return "imap server's certificate not trusted: check imap.addr, imap.ca_file and imap.server_name", []any{"addr", p.cfg.Addr}
	case isTLSMismatch(err, p.cfg.TLS):
		return "imap server does not speak TLS the way imap.tls says: check imap.tls against imap.addr's port",
			[]any{"addr", p.cfg.Addr, "tls", p.cfg.TLS}
	case se != nil && se.stage == stageDial:
		return "cannot reach imap server", []any{"addr", p.cfg.Addr}
	}
	return "cannot read the mailbox", []any{"mailbox", p.cfg.Mailbox}
}

// Steps of connecting, named in a stageError.
const (
	stageDial   = "dial"
	stageLogin  = "login"
	stageSelect = "select"
)

// stageError is a failure to connect: to dial (including TLS), to log in,
// or to select the mailbox.
type stageError struct {
	stage string
	err   error
}

func (e *stageError) Error() string { return e.err.Error() }
func (e *stageError) Unwrap() error { return e.err }

// isAuthFailure reports whether the server refused the login, as opposed
// to failing to answer it.
func isAuthFailure(err error) bool {
	var se *stageError
	if !errors.As(err, &se) || se.stage != stageLogin {
		return false
	}
	var ie *imap.Error
	return errors.As(err, &ie) && ie.Type == imap.StatusResponseTypeNo
}

// isTLSMismatch reports whether connecting failed because imap.tls does
// not match the port: TLS spoken to a plain port (its greeting is no TLS
// record), STARTTLS to a server that refuses it, or plain text to a TLS
// port, which closes the connection at the first command it cannot read.
func isTLSMismatch(err error, mode string) bool {
	var se *stageError
	if !errors.As(err, &se) {
		return false
	}
	var rh tls.RecordHeaderError
	var ie *imap.Error
	switch {
	case errors.As(err, &rh):
		return true
	case mode == "starttls":
		return se.stage == stageDial && errors.As(err, &ie)
	case mode == "none":
		return se.stage != stageSelect && (errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF))
	}
	return false
}

// isCertificateError reports whether TLS failed because the server's
// certificate could not be verified.
func isCertificateError(err error) bool {
	var cv *tls.CertificateVerificationError
	var ua x509.UnknownAuthorityError
	var hn x509.HostnameError
	var ci x509.CertificateInvalidError
	return errors.As(err, &cv) || errors.As(err, &ua) || errors.As(err, &hn) || errors.As(err, &ci)
}

// observeProcessed tells the observer, if any, a message's outcome.
func (p *Processor) observeProcessed(outcome string) {
	if p.cfg.Observer != nil {
		p.cfg.Observer.Processed(outcome)
	}
}
