package mailer

import (
	"context"
	"errors"
	"fmt"
	"net/textproto"
	"strconv"
	"strings"

	gomail "github.com/wneessen/go-mail"
)

// stages names, for a row's last error, the command at which each kind of
// go-mail send failure happened.
var stages = map[gomail.SendErrReason]string{
	gomail.ErrGetSender:     "message",
	gomail.ErrGetRcpts:      "message",
	gomail.ErrNoUnencoded:   "message",
	gomail.ErrConnCheck:     "connect",
	gomail.ErrSMTPMailFrom:  "MAIL",
	gomail.ErrSMTPRcptTo:    "RCPT",
	gomail.ErrSMTPData:      "DATA",
	gomail.ErrWriteContent:  "DATA",
	gomail.ErrSMTPDataClose: "DATA",
	gomail.ErrSMTPReset:     "RSET",
}

// classify turns what go-mail's Send returned into a SendError, and says
// whether the session can no longer carry a transaction. A 4xx reply is
// temporary and a 5xx permanent (RFC 5321 4.2.1). A failure without a reply
// (a dropped connection, a timeout) is temporary and ends the session;
// go-mail's IsTemp calls it permanent, since it goes by the reply alone.
func classify(err error) (se *SendError, broken bool) {
	var ge *gomail.SendError
	if !errors.As(err, &ge) {
		return &SendError{Stage: "DATA", Message: err.Error(), Err: err}, true
	}
	stage, ok := stages[ge.Reason]
	if !ok {
		stage = ge.Reason.String()
	}
	se = &SendError{Stage: stage, Code: ge.ErrorCode(), Err: err}
	se.Enhanced, se.Message = splitReply(replyText(ge, se.Code))
	if e := ge.EnhancedStatusCode(); se.Enhanced == "" && e != "" {
		se.Enhanced = e
	}
	switch {
	case stage == "message":
		// The message itself lacks a sender or recipient: a fault in
		// building it, which no retry mends.
		se.Permanent, se.Err = true, fmt.Errorf("%w: %w", ErrInvalidMessage, err)
		return se, false
	case se.Code == 421:
		// RFC 5321 3.8: the server is closing the channel.
		return se, true
	case se.Code/100 == 4 || se.Code/100 == 5:
		se.Permanent = se.Code/100 == 5
		// go-mail resets the session after a refused MAIL or RCPT, and a
		// refused end of DATA ends the transaction; after a refused DATA
		// command the server may still hold the envelope.
		return se, ge.Reason == gomail.ErrSMTPData
	default:
		// No reply, or one outside 4xx and 5xx where one of them was due:
		// the two sides no longer agree on the state of the session.
		return se, true
	}
}

// replyText is the text of the server's reply in a go-mail SendError,
// which does not hand the reply itself out: what its message says after
// the reason and the reply code, which net/textproto quotes, or for a
// failure without a reply everything up to the recipients and Message-ID
// it appends.
func replyText(ge *gomail.SendError, code int) string {
	s := strings.TrimPrefix(ge.Error(), ge.Reason.String()+": ")
	if code != 0 {
		s = strings.TrimPrefix(s, strconv.Itoa(code)+" ")
		if q, err := strconv.QuotedPrefix(s); err == nil {
			if text, err := strconv.Unquote(q); err == nil {
				return text
			}
		}
	}
	for _, tail := range [...]string{", affected recipient(s): ", ", affected message ID: "} {
		if i := strings.Index(s, tail); i >= 0 {
			s = s[:i]
		}
	}
	return s
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
	if ctx.Err() != nil {
		se.Err = fmt.Errorf("%w: %w", ctx.Err(), err)
	}
	return se
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
