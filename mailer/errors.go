package mailer

import (
	"errors"
	"fmt"
	"net/textproto"
	"regexp"
	"strings"
)

// SendError is why one delivery attempt failed: either the server's reply
// (Code, Enhanced, Message) or a failure to talk to it at all (Code 0, the
// network error in Message). Temporary says whether trying again later can
// succeed.
type SendError struct {
	Code      int    // SMTP reply code, 0 when the server gave none
	Enhanced  string // RFC 3463 enhanced status code such as "5.1.1", if given
	Message   string // the server's text, or the local error
	Temporary bool
	Stage     string // the command that failed: "connect", "MAIL", "RCPT", "DATA"

	// broken says the connection cannot carry another transaction.
	broken bool
	err    error
}

// Error gives the reply as the server sent it, prefixed by the stage.
func (e *SendError) Error() string {
	return e.Stage + ": " + e.Reply()
}

// Reply is the server's reply, code and enhanced code first, as it is
// recorded in a row's last error.
func (e *SendError) Reply() string {
	var b strings.Builder
	if e.Code != 0 {
		fmt.Fprintf(&b, "%d ", e.Code)
	}
	if e.Enhanced != "" {
		b.WriteString(e.Enhanced + " ")
	}
	b.WriteString(e.Message)
	return strings.TrimSpace(b.String())
}

// Unwrap returns the underlying error, if any.
func (e *SendError) Unwrap() error { return e.err }

// IsTemporary reports whether err says that a later attempt may succeed.
// Errors that are not a SendError are treated as temporary, except those
// wrapping ErrInvalidMessage.
func IsTemporary(err error) bool {
	if errors.Is(err, ErrInvalidMessage) {
		return false
	}
	var se *SendError
	if errors.As(err, &se) {
		return se.Temporary
	}
	return true
}

// RFC 3463 2: class "." subject "." detail.
var enhancedRE = regexp.MustCompile(`^([245]\.\d{1,3}\.\d{1,3})\s+`)

// classify turns what the SMTP client returned at stage into a SendError.
// A reply in the 4xx range is temporary and 5xx permanent (RFC 5321
// 4.2.1); anything that is not a reply is a network or protocol failure,
// temporary, and leaves the connection unusable.
func classify(stage string, err error) *SendError {
	var se *SendError
	if errors.As(err, &se) {
		return se
	}
	var tp *textproto.Error
	if !errors.As(err, &tp) {
		return &SendError{Stage: stage, Message: err.Error(), Temporary: true, broken: true, err: err}
	}
	msg := strings.ReplaceAll(tp.Msg, "\n", " ")
	e := &SendError{Stage: stage, Code: tp.Code, Message: msg, err: err}
	if m := enhancedRE.FindStringSubmatch(msg); m != nil {
		e.Enhanced = m[1]
		e.Message = msg[len(m[0]):]
	}
	switch tp.Code / 100 {
	case 4:
		e.Temporary = true
	case 5:
	default:
		// A reply outside 4xx and 5xx where one of them was due means
		// the two sides disagree about the state of the session.
		e.Temporary, e.broken = true, true
	}
	// RFC 5321 3.8: 421 means the server is closing the channel.
	if tp.Code == 421 {
		e.broken = true
	}
	return e
}
