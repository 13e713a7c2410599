package devmail

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/emersion/go-imap/v2"
)

// ErrMessageTooLarge is returned for a message over the size limit.
var ErrMessageTooLarge = errors.New("message too large")

// hostname is the name the server gives itself in greetings and in the
// Received headers it writes.
const hostname = "localhost"

// envelope is one message's SMTP envelope and where it came from.
type envelope struct {
	from string   // reverse-path; "" for the null sender
	to   []string // forward-paths as given, plus parts included
	helo string   // client's EHLO name; "" for direct delivery
	ip   string   // client's address; "" for direct delivery
	with string   // RFC 3848 protocol name, e.g. "ESMTPA"
}

// Deliver delivers raw to every recipient in to, with from as the envelope
// sender ("" for the null sender, as in a bounce). It is the path that mail
// received over SMTP takes, so tests can drop a message straight into a
// mailbox.
func (s *Server) Deliver(ctx context.Context, from string, to []string, raw []byte) error {
	return s.deliver(ctx, envelope{from: from, to: to}, raw)
}

// deliver checks the whole envelope first, so that a bad recipient fails
// the message before any copy is stored, then appends one copy per
// recipient to the INBOX of the recipient's base address.
func (s *Server) deliver(ctx context.Context, env envelope, raw []byte) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("deliver: %w", err)
	}
	if int64(len(raw)) > s.cfg.MaxMessageBytes {
		return fmt.Errorf("deliver %d bytes, limit %d: %w", len(raw), s.cfg.MaxMessageBytes, ErrMessageTooLarge)
	}
	if env.from != "" {
		if err := checkAddress(env.from); err != nil {
			return fmt.Errorf("deliver: sender: %w", err)
		}
	}
	if len(env.to) == 0 {
		return fmt.Errorf("deliver: no recipients: %w", ErrBadAddress)
	}
	bases := make([]string, len(env.to))
	for i, rcpt := range env.to {
		base, err := BaseAddress(rcpt)
		if err != nil {
			return fmt.Errorf("deliver: recipient: %w", err)
		}
		bases[i] = base
	}
	body := crlf(raw)
	now := time.Now()
	for i, rcpt := range env.to {
		if err := s.deliverOne(env, rcpt, bases[i], body, now); err != nil {
			return err
		}
	}
	return nil
}

// deliverOne stores one copy of body in the INBOX of account base, under
// the trace headers for rcpt.
func (s *Server) deliverOne(env envelope, rcpt, base string, body []byte, now time.Time) error {
	user, created, err := s.accounts.ensure(base)
	if err != nil {
		return fmt.Errorf("deliver to %s: %w", rcpt, err)
	}
	if created {
		s.log.Info("account created", "account", base)
	}
	id := rand.Text()[:12]
	msg := append(traceHeaders(env, rcpt, id, now), body...)
	data, err := user.Append("INBOX", bytes.NewReader(msg), &imap.AppendOptions{Time: now})
	s.changes.notify()
	if err != nil {
		return fmt.Errorf("deliver to %s: append: %w", rcpt, err)
	}
	s.log.Info("delivered", "from", env.from, "rcpt", rcpt, "account", base,
		"uid", uint32(data.UID), "size", len(msg), "queue_id", id)
	return nil
}

// traceHeaders returns the header lines a delivery agent puts above a
// message: Return-Path (RFC 5321 4.4), Delivered-To with the recipient as
// given in RCPT TO, and a Received line (RFC 5321 4.4, RFC 5322 3.6.7).
func traceHeaders(env envelope, rcpt, id string, now time.Time) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "Return-Path: <%s>\r\n", env.from)
	fmt.Fprintf(&b, "Delivered-To: %s\r\n", rcpt)
	b.WriteString("Received: ")
	if env.helo != "" || env.ip != "" {
		fmt.Fprintf(&b, "from %s ([%s])\r\n\t", env.helo, env.ip)
	}
	fmt.Fprintf(&b, "by %s (helpline devmail)", hostname)
	if env.with != "" {
		fmt.Fprintf(&b, " with %s", env.with)
	}
	fmt.Fprintf(&b, " id %s\r\n\tfor <%s>; %s\r\n", id, rcpt, now.Format(time.RFC1123Z))
	return []byte(b.String())
}

// crlf returns raw with every bare LF turned into CRLF, the line ending
// RFC 5322 2.3 prescribes and IMAP clients count on, or raw itself when
// it has no bare LF.
func crlf(raw []byte) []byte {
	bare := 0
	for i, c := range raw {
		if c == '\n' && (i == 0 || raw[i-1] != '\r') {
			bare++
		}
	}
	if bare == 0 {
		return raw
	}
	out := make([]byte, 0, len(raw)+bare)
	for i, c := range raw {
		if c == '\n' && (i == 0 || raw[i-1] != '\r') {
			out = append(out, '\r')
		}
		out = append(out, c)
	}
	return out
}
