package smtptest

import (
	"strconv"
	"strings"

	"github.com/emersion/go-smtp"
)

// Stage is the point of a transaction at which a Step answers.
type Stage int

// The stages a Step can answer at.
const (
	AtData Stage = iota // the reply to the end of DATA, after the body was read
	AtRcpt              // the reply to RCPT TO
)

// Step is the server's scripted answer to one delivery attempt.
type Step struct {
	Code     int    // SMTP reply code; 0 or 250 accepts
	Enhanced string // RFC 3463 enhanced status code such as "5.1.1"
	Text     string // reply text
	Drop     bool   // close the connection in the middle of DATA instead of replying
	Stage    Stage
}

// Accept is a step that accepts the message.
func Accept() Step { return Step{Code: 250} }

// Reject is a step that answers the end of DATA with code, an enhanced code
// such as "4.3.0" (may be empty) and text: 4xx for a temporary failure, 5xx
// for a permanent one.
func Reject(code int, enhanced, text string) Step {
	return Step{Code: code, Enhanced: enhanced, Text: text}
}

// Drop is a step that reads part of the message and then closes the
// connection without a reply, as a server that crashes or loses its network
// would.
func Drop() Step { return Step{Drop: true} }

// AtRcpt returns a copy of st that answers RCPT TO instead of DATA.
func (st Step) AtRcpt() Step {
	st.Stage = AtRcpt
	return st
}

// Repeat returns n copies of st.
func Repeat(n int, st Step) []Step {
	out := make([]Step, n)
	for i := range out {
		out[i] = st
	}
	return out
}

func (st Step) accepts() bool { return !st.Drop && (st.Code == 0 || st.Code/100 == 2) }

func (st Step) err() *smtp.SMTPError {
	e := &smtp.SMTPError{Code: st.Code, EnhancedCode: smtp.EnhancedCodeNotSet, Message: st.Text}
	if parts := strings.Split(st.Enhanced, "."); len(parts) == 3 {
		for i, p := range parts {
			n, err := strconv.Atoi(p)
			if err != nil {
				return e
			}
			e.EnhancedCode[i] = n
		}
	}
	return e
}

// ForRecipient scripts the next delivery attempts to rcpt: each attempt that
// reaches RCPT TO for rcpt takes the next step. Once the steps are used up,
// attempts are accepted.
func (s *Server) ForRecipient(rcpt string, steps ...Step) {
	s.mu.Lock()
	defer s.mu.Unlock()
	key := strings.ToLower(rcpt)
	s.byRcpt[key] = append(s.byRcpt[key], steps...)
}

// ForNext scripts the next delivery attempts whatever their recipient; steps
// scripted with ForRecipient come first for their recipient.
func (s *Server) ForNext(steps ...Step) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.anyQueue = append(s.anyQueue, steps...)
}

// next returns the step for an attempt to deliver to rcpt and counts it.
func (s *Server) next(rcpt string) Step {
	s.mu.Lock()
	defer s.mu.Unlock()
	key := strings.ToLower(rcpt)
	s.attempts[key]++
	if q := s.byRcpt[key]; len(q) > 0 {
		s.byRcpt[key] = q[1:]
		return q[0]
	}
	if len(s.anyQueue) > 0 {
		st := s.anyQueue[0]
		s.anyQueue = s.anyQueue[1:]
		return st
	}
	return Accept()
}
