package mailer

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/textproto"
	"strings"
	"time"

	gomail "github.com/wneessen/go-mail"
)

// transact runs one mail transaction on cn with the session's own
// commands, in the order go-mail's Send runs them (MAIL, RCPT, DATA, the
// message, the final dot), each step under its RFC 5321 4.5.3.2 timeout,
// and says whether cn can carry another.
func (t *SMTP) transact(cn *smtpConn, msg *gomail.Msg) (se *SendError, broken bool) {
	defer func() {
		if r := recover(); r != nil {
			// The session is in an unknown state: close it, then let the
			// caller's recovery deal with the panic.
			cn.c.Close()
			panic(r)
		}
	}()
	if !cn.eightBit {
		if err := sevenBit(msg); err != nil {
			return &SendError{Stage: "DATA", Message: err.Error(), Permanent: true, Err: err}, false
		}
	}
	from, err := msg.GetSender(false)
	if err != nil {
		return invalidMessage(err), false
	}
	rcpts, err := msg.GetRecipients()
	if err != nil {
		return invalidMessage(err), false
	}
	to := t.cfg.Timeouts
	cn.conn.step(to.Mail, to.Mail)
	if err := cn.c.Mail(from); err != nil {
		return t.refused(cn, "MAIL", to.Mail, err)
	}
	for _, rcpt := range rcpts {
		cn.conn.step(to.Rcpt, to.Rcpt)
		if err := cn.c.Rcpt(rcpt); err != nil {
			return t.refused(cn, "RCPT", to.Rcpt, err)
		}
	}
	cn.conn.step(to.DataInit, to.DataInit)
	w, err := cn.c.Data()
	if err != nil {
		return t.refused(cn, "DATA", to.DataInit, err)
	}
	cn.conn.step(to.DataBlock, to.DataEnd)
	if _, err := msg.WriteTo(w); err != nil {
		// Without its final dot the server discards what it got.
		return replyError("DATA", to.DataBlock, err), true
	}
	cn.conn.step(to.DataBlock, to.DataEnd)
	// Close writes what is left and the final dot, and reads the reply.
	// Without RSET after each mail nothing follows the 250 that could
	// fail: an error means the mail was not taken, or may have been.
	if err := w.Close(); err != nil {
		return dataEnd(cn, to.DataEnd, err)
	}
	return nil, false
}

// refused ends a transaction the server refused, or stopped answering,
// before the message: with RSET after a refusal (RFC 5321 4.1.1.5), so
// that the session can carry the next mail; by closing it otherwise.
func (t *SMTP) refused(cn *smtpConn, stage string, timeout time.Duration, err error) (*SendError, bool) {
	se := replyError(stage, timeout, err)
	if se.Code/100 != 4 && se.Code/100 != 5 || se.Code == 421 {
		// No reply, one outside 4xx and 5xx where one of them was due,
		// or the server closing the channel (RFC 5321 3.8): the two sides
		// no longer agree on the state of the session.
		return se, true
	}
	cn.conn.step(t.cfg.Timeouts.Mail, t.cfg.Timeouts.Mail)
	return se, cn.c.Reset() != nil
}

// dataEnd describes what came instead of a 250 to the final dot. A 4xx or
// 5xx ends the transaction and leaves the session usable. When nothing
// came although the whole message went out, the server may have taken it
// (RFC 5321 4.5.3.2.6 counts on the client waiting): the error says so.
func dataEnd(cn *smtpConn, timeout time.Duration, err error) (*SendError, bool) {
	se := replyError("DATA", timeout, err)
	switch {
	case se.Code == 421:
		return se, true
	case se.Code/100 == 4 || se.Code/100 == 5:
		return se, false
	case se.Code == 0 && !cn.conn.writeFailed.Load():
		se.Uncertain = true
		se.Message = "no reply to the end of the message (" + se.Message + "); it may have been delivered"
	}
	return se, true
}

// replyError makes a SendError of what a session command returned at
// stage: the server's reply, a 4xx temporary and a 5xx permanent (RFC 5321
// 4.2.1), or the failure to get one, which is temporary.
func replyError(stage string, timeout time.Duration, err error) *SendError {
	se := &SendError{Stage: stage, Message: err.Error(), Err: err}
	var tp *textproto.Error
	var ne net.Error
	switch {
	case errors.As(err, &tp):
		se.Code = tp.Code
		se.Enhanced, se.Message = splitReply(tp.Msg)
		se.Permanent = tp.Code/100 == 5
	case errors.As(err, &ne) && ne.Timeout():
		se.Message = fmt.Sprintf("no answer within %v: %v", timeout, err)
	}
	return se
}

// invalidMessage is a message that lacks a sender or recipient: a fault in
// building it, which no retry mends.
func invalidMessage(err error) *SendError {
	return &SendError{Stage: "message", Message: err.Error(), Permanent: true, Err: fmt.Errorf("%w: %w", ErrInvalidMessage, err)}
}

// connectError describes a failure to open a session. It is temporary
// whatever the reply: it says nothing about the message, and a relay that
// refuses a session (or a login) now may take one later; MaxAttempts
// bounds the retries.
func connectError(ctx context.Context, err error) *SendError {
	se := &SendError{Stage: "connect", Message: err.Error(), Err: err}
	var tp *textproto.Error
	if errors.As(err, &tp) {
		se.Code = tp.Code
		se.Enhanced, se.Message = splitReply(tp.Msg)
	}
	if hint := connectHint(err); hint != "" {
		se.Message += " (" + hint + ")"
	}
	if ctx.Err() != nil {
		se.Err = fmt.Errorf("%w: %w", ctx.Err(), err)
	}
	return se
}

// connectHint names the settings to check when a session failed for a
// reason of the configuration, which no retry mends: TLS that does not
// match the port, a login the relay refuses or does not offer, a
// certificate not trusted. go-mail reports a missing STARTTLS and a
// missing AUTH in words only.
func connectHint(err error) string {
	var rh tls.RecordHeaderError
	var cv *tls.CertificateVerificationError
	var tp *textproto.Error
	msg := err.Error()
	switch {
	case errors.As(err, &rh), strings.Contains(msg, "does not support STARTTLS"):
		return "check smtp.tls against the port of smtp.addr"
	case errors.As(err, &cv):
		return "check smtp.ca_file and smtp.server_name"
	case strings.Contains(msg, "does not support SMTP AUTH"):
		return "the relay offers no login here: check smtp.tls, or leave smtp.username empty"
	case errors.As(err, &tp) && (tp.Code == 535 || tp.Code == 534):
		return "check smtp.username and smtp.password"
	}
	return ""
}

// sevenBit re-encodes as quoted-printable every unencoded part that is not
// ASCII, for a server that does not take 8-bit bodies (RFC 6152 3). The
// sender builds mail for servers that do, as nearly all do.
func sevenBit(msg *gomail.Msg) error {
	for _, p := range msg.GetParts() {
		if p.GetEncoding() != gomail.NoEncoding {
			continue
		}
		b, err := p.GetContent()
		if err != nil {
			return fmt.Errorf("%w: read part: %w", ErrInvalidMessage, err)
		}
		if !isASCII(string(b)) {
			p.SetEncoding(gomail.EncodingQP)
		}
	}
	return nil
}
