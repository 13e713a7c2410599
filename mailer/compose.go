package mailer

import (
	"context"
	"fmt"
	"slices"
	"strings"

	gomail "github.com/wneessen/go-mail"

	"helpline/data"
	"helpline/internal/token"
)

// messageFromRow is the mail a row describes by itself. Its headers come
// from a map, so they are sorted to make the output repeatable.
func messageFromRow(row *data.OutboxMail) *Message {
	m := &Message{
		To:      row.To,
		ToName:  row.ToName,
		ReplyTo: row.ReplyTo,
		Subject: row.Subject,
		Text:    row.Text,
		HTML:    row.HTML,
	}
	names := make([]string, 0, len(row.Headers))
	for name := range row.Headers {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		m.Headers = append(m.Headers, Header{Name: name, Value: row.Headers[name]})
	}
	return m
}

// compose renders row and builds the message to send. The Message-ID is
// always the row's, assigned before the first attempt, so that a retry is
// recognisably the same mail; the envelope sender is always the row's
// bounce route. With DKIM configured the message signs itself as it is
// written, so that the signature covers the bytes the transport sends. Bodies
// that are valid 8-bit data go unencoded: a transport whose receiver
// cannot take them re-encodes them.
func (s *Sender) compose(ctx context.Context, row *data.OutboxMail) (*gomail.Msg, error) {
	var m *Message
	if p := s.cfg.Preparers[row.Kind]; p != nil {
		pm, err := p.Prepare(ctx, row)
		if err != nil {
			return nil, fmt.Errorf("prepare %s: %w", row.Kind, err)
		}
		if pm == nil {
			return nil, fmt.Errorf("%w: preparer for %s returned nothing", ErrInvalidMessage, row.Kind)
		}
		cp := *pm
		cp.Headers = slices.Clone(pm.Headers)
		cp.Attachments = slices.Clone(pm.Attachments)
		m = &cp
	} else {
		m = messageFromRow(row)
	}
	if m.From == "" {
		m.From, m.FromName = s.cfg.From, s.cfg.FromName
	}
	if m.To == "" {
		m.To, m.ToName = row.To, row.ToName
	}
	if row.Attachment != "" {
		a, ok := s.cfg.Attachments[row.Attachment]
		if !ok {
			return nil, fmt.Errorf("%w: unknown attachment %q", ErrInvalidMessage, row.Attachment)
		}
		m.Attachments = append(m.Attachments, a)
	}
	if s.cfg.Footer != nil {
		text, html := s.cfg.Footer.Footer(row)
		m.Text, m.HTML = addFooter(m.Text, text), addHTMLFooter(m.HTML, html)
	}
	m.MessageID = row.MessageID
	m.EnvelopeFrom = s.cfg.Signer.Route(s.cfg.From, token.Bounce, row.ID)
	var opts []gomail.MsgOption
	if s.cfg.DKIM != nil {
		opts = append(opts, gomail.WithMiddleware(s.cfg.DKIM.signing(m)))
	}
	return m.build(true, opts...)
}

// FillPreparer adapts a function that fills in a row's own fields at send
// time (subject, bodies, headers) into a Preparer. It works on a copy, so
// the claimed row is left as stored.
type FillPreparer func(ctx context.Context, row *data.OutboxMail) error

var _ Preparer = FillPreparer(nil)

// Prepare fills a copy of row and builds the message from it.
func (f FillPreparer) Prepare(ctx context.Context, row *data.OutboxMail) (*Message, error) {
	cp := *row
	if err := f(ctx, &cp); err != nil {
		return nil, err
	}
	return messageFromRow(&cp), nil
}

// addFooter ends a text part with footer; a mail without the part gets
// none.
func addFooter(body, footer string) string {
	if body == "" || footer == "" {
		return body
	}
	return strings.TrimRight(body, "\n") + "\n" + footer
}

// addHTMLFooter puts footer at the end of an HTML part's body.
func addHTMLFooter(body, footer string) string {
	if body == "" || footer == "" {
		return body
	}
	for _, end := range []string{"</body>", "</BODY>"} {
		if i := strings.LastIndex(body, end); i >= 0 {
			return body[:i] + footer + body[i:]
		}
	}
	return body + footer
}
