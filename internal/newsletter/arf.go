package newsletter

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/mail"
	"strings"

	"github.com/emersion/go-message"
	"github.com/emersion/go-message/textproto"

	"helpline/data"
	"helpline/internal/token"
)

// ErrNotARF is returned by ParseARF for a message that is not a feedback
// report.
var ErrNotARF = errors.New("not a feedback report")

// ErrUnverifiedComplaint is a feedback report that names no mail we sent:
// neither a signed route nor a signed Message-ID. Anyone can write such a
// report about anyone, so it changes nothing.
var ErrUnverifiedComplaint = errors.New("feedback report names no mail we sent; nothing changed")

// Complaint is a feedback-loop report about one mail we sent: its
// recipient marked it as spam.
type Complaint struct {
	// OutboxID is the mail complained about, found from a signed route or
	// Message-ID only; 0 when the report names none.
	OutboxID     int64
	FeedbackType string // RFC 5965 3.5: abuse, fraud, virus, other, not-spam
	Reporter     string // the report's User-Agent
	MessageRef   int64  // the stored report, when known
}

// ParseARF reads an Abuse Reporting Format report (RFC 5965: a
// multipart/report with report-type feedback-report, RFC 6522). The mail
// it is about is found only through what we signed: the route the report
// was sent to, the Original-Mail-From of the report (our envelope sender,
// a signed route), or the Message-ID of the returned mail. What the report
// says about its recipient is never believed.
func (s *Service) ParseARF(raw []byte) (Complaint, error) {
	e, err := message.Read(bytes.NewReader(raw))
	if err != nil && !message.IsUnknownCharset(err) {
		return Complaint{}, fmt.Errorf("parse feedback report: %w", err)
	}
	mt, params, err := e.Header.ContentType()
	if err != nil || mt != "multipart/report" || !strings.EqualFold(params["report-type"], "feedback-report") {
		return Complaint{}, ErrNotARF
	}
	mr := e.MultipartReader()
	if mr == nil {
		return Complaint{}, ErrNotARF
	}
	c := Complaint{OutboxID: s.verpOutboxID(e.Header)}
	found := false
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			// A returned mail cut short, as in ParseDSN.
			if found {
				break
			}
			return Complaint{}, fmt.Errorf("parse feedback report: %w", err)
		}
		pt, _, _ := p.Header.ContentType()
		switch pt {
		case "message/feedback-report":
			found = true
			if err := s.readFeedback(p.Body, &c); err != nil {
				return Complaint{}, fmt.Errorf("parse feedback report: %w", err)
			}
		case "message/rfc822", "text/rfc822-headers", "message/global", "message/global-headers":
			if c.OutboxID == 0 {
				c.OutboxID = s.quotedOutboxID(p.Body)
			}
		}
	}
	if !found {
		return Complaint{}, ErrNotARF
	}
	return c, nil
}

// readFeedback reads the machine-readable part (RFC 5965 3.1).
func (s *Service) readFeedback(r io.Reader, c *Complaint) error {
	h, err := textproto.ReadHeader(bufio.NewReader(io.LimitReader(r, maxStatusPart)))
	if err != nil && h.Len() == 0 {
		return err
	}
	c.FeedbackType = strings.ToLower(strings.TrimSpace(h.Get("Feedback-Type")))
	c.Reporter = strings.TrimSpace(h.Get("User-Agent"))
	if c.FeedbackType == "" {
		return errors.New("no Feedback-Type")
	}
	if c.OutboxID == 0 {
		if a, err := mail.ParseAddress(h.Get("Original-Mail-From")); err == nil {
			if id, err := s.cfg.Links.Signer.ParseRoute(s.cfg.Links.Mailbox, a.Address, token.Bounce); err == nil {
				c.OutboxID = id
			}
		}
	}
	return nil
}

// HandleComplaintTx acts on a complaint as part of tx: the subscriber the
// mail went to is unsubscribed at once, marked as having complained, and
// only their own confirmation brings them back. A complaint that names no
// mail we sent gives ErrUnverifiedComplaint; a "not-spam" report changes
// nothing.
func (s *Service) HandleComplaintTx(ctx context.Context, tx *data.Tx, c Complaint) error {
	if c.OutboxID == 0 {
		return ErrUnverifiedComplaint
	}
	log := s.log.With("outbox_id", c.OutboxID, "feedback_type", c.FeedbackType, "reporter", c.Reporter)
	if c.FeedbackType == "not-spam" {
		log.Info("feedback report says the mail was not spam: nothing to do")
		return nil
	}
	mails, err := s.db.ListOutbox(ctx, data.OutboxFilter{ID: c.OutboxID})
	if err != nil {
		return err
	}
	if len(mails) == 0 {
		return fmt.Errorf("feedback report about outbox %d, which no longer exists: %w", c.OutboxID, ErrUnverifiedComplaint)
	}
	m := mails[0]
	id := m.SubscriberID
	if id == 0 {
		sub, err := tx.SubscriberByEmail(ctx, m.To)
		if errors.Is(err, data.ErrNotFound) {
			log.Info("complaint about mail to someone who is not a subscriber", "kind", m.Kind)
			return nil
		}
		if err != nil {
			return err
		}
		id = sub.ID
	}
	changed, err := tx.SuppressSubscriber(ctx, id, data.SuppressedComplained)
	if err != nil {
		return err
	}
	if changed {
		log.Warn("subscriber complained: unsubscribed", "subscriber_id", id)
	}
	return nil
}
