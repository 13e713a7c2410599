package mailer

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
)

// SendError is why one delivery attempt failed: either the receiver's
// reply (Code, Enhanced, Message) or a failure to reach it at all (Code 0,
// the local error in Message). Like go-smtp's SMTPError it says whether
// trying again later can succeed.
type SendError struct {
	// Stage is what the transport was doing, in its own terms: for SMTP
	// "connect", "MAIL", "RCPT" or "DATA".
	Stage    string
	Code     int    // reply code such as SMTP's 451 or 550; 0 when there was no reply
	Enhanced string // RFC 3463 enhanced status code such as "5.1.1", if given
	Message  string // the receiver's text, or the local error
	// Permanent says that the message will never be taken as it stands;
	// otherwise a later attempt may succeed.
	Permanent bool
	// Uncertain says that the receiver got the whole message and its
	// reply never came (the connection died, or the wait for the reply to
	// SMTP's final dot timed out): the message may have been delivered.
	// Such a failure is temporary, but trying again may deliver it twice.
	Uncertain bool
	Err       error // the underlying error, if any
}

// Error gives the reply as the receiver sent it, prefixed by the stage.
func (e *SendError) Error() string {
	return e.Stage + ": " + e.Reply()
}

// Reply is the receiver's reply, code and enhanced code first, as it is
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

// Temporary reports whether a later attempt may succeed.
func (e *SendError) Temporary() bool { return !e.Permanent }

// Unwrap returns the underlying error, if any.
func (e *SendError) Unwrap() error { return e.Err }

// IsTemporary reports whether err says that a later attempt may succeed.
// Errors that are not a SendError are treated as temporary, except those
// wrapping ErrInvalidMessage.
func IsTemporary(err error) bool {
	if errors.Is(err, ErrInvalidMessage) {
		return false
	}
	var se *SendError
	if errors.As(err, &se) {
		return se.Temporary()
	}
	return true
}

// RFC 3463 2: class "." subject "." detail, at the start of the text.
var enhancedRE = regexp.MustCompile(`^([245]\.\d{1,3}\.\d{1,3})\s+`)

// splitReply separates the enhanced status code from the text of a reply
// and puts the lines of a multi-line reply on one line. Servers put the
// code at the start of every line, or of the first or last only.
func splitReply(text string) (enhanced, message string) {
	lines := strings.Split(strings.TrimSpace(text), "\n")
	for i, line := range lines {
		m := enhancedRE.FindStringSubmatch(line)
		if m == nil || enhanced != "" && m[1] != enhanced {
			continue
		}
		enhanced, lines[i] = m[1], line[len(m[0]):]
	}
	return enhanced, strings.Join(lines, " ")
}
