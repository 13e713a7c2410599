package newsletter

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"helpline/data"
)

// Bounce is one recipient's failure reported in a delivery status
// notification or through a VERP route.
type Bounce struct {
	OutboxID   int64  // the outbox row that failed, when known
	Recipient  string // the address that failed
	Status     string // enhanced status code, RFC 3463, e.g. "5.1.1"
	Diagnostic string // the remote server's words, e.g. "smtp; 550 5.1.1 no such user"
	MessageRef int64  // the stored message that reported it, when known
}

// Hard reports whether the failure is permanent: an RFC 3463 status of
// class 5. Anything else, an unknown status included, counts as soft and
// stops mail only when it keeps happening.
func (b Bounce) Hard() bool { return strings.HasPrefix(strings.TrimSpace(b.Status), "5") }

// HandleBounce records b and stops mail to the subscriber it concerns when
// it is hard, or when it is the SoftBounceLimit-th soft one within
// SoftBounceWindow. The subscriber is found from the outbox row when there
// is one, else by the recipient address. Bounces for addresses that are not
// subscribers are recorded all the same.
func (s *Service) HandleBounce(ctx context.Context, b Bounce) error {
	return s.db.InTx(ctx, func(tx *data.Tx) error { return s.HandleBounceTx(ctx, tx, b) })
}

// HandleBounceTx is HandleBounce as part of tx, for a caller that records
// the report in the same transaction. A bounce it refuses changes nothing.
func (s *Service) HandleBounceTx(ctx context.Context, tx *data.Tx, b Bounce) error {
	rec := data.Bounce{OutboxID: b.OutboxID, Email: data.NormalizeEmail(b.Recipient), Hard: b.Hard(),
		Status: strings.TrimSpace(b.Status), Diagnostic: b.Diagnostic, MessageRef: b.MessageRef}
	if b.OutboxID != 0 {
		m, err := s.db.OutboxMailByID(ctx, b.OutboxID)
		switch {
		case errors.Is(err, data.ErrNotFound):
			rec.OutboxID = 0
		case err != nil:
			return fmt.Errorf("bounce: %w", err)
		default:
			rec.SubscriberID = m.SubscriberID
			if rec.Email == "" {
				rec.Email = m.To
			}
		}
	}
	if rec.Email == "" {
		return errors.New("bounce: no recipient and no known outbox row")
	}
	if rec.SubscriberID == 0 {
		sub, err := tx.SubscriberByEmail(ctx, rec.Email)
		if err != nil && !errors.Is(err, data.ErrNotFound) {
			return err
		}
		if sub != nil {
			rec.SubscriberID = sub.ID
		}
	}
	if err := tx.RecordBounce(ctx, &rec); err != nil {
		return err
	}
	if rec.SubscriberID == 0 {
		s.log.Info("bounce for an address that is not a subscriber", "email", redact(rec.Email), "status", rec.Status)
		return nil
	}
	return s.judgeBounce(ctx, tx, &rec)
}

func (s *Service) judgeBounce(ctx context.Context, tx *data.Tx, rec *data.Bounce) error {
	log := s.log.With("subscriber_id", rec.SubscriberID, "status", rec.Status, "outbox_id", rec.OutboxID)
	if !rec.Hard {
		n, err := tx.CountSoftBounces(ctx, rec.SubscriberID, tx.Now().Add(-s.cfg.SoftBounceWindow))
		if err != nil {
			return err
		}
		if n < s.cfg.SoftBounceLimit {
			log.Info("soft bounce recorded", "count", n, "limit", s.cfg.SoftBounceLimit)
			return nil
		}
	}
	changed, err := tx.MarkBounced(ctx, rec.SubscriberID)
	if err != nil {
		return err
	}
	if changed {
		log.Warn("subscriber suppressed after bounces", "hard", rec.Hard)
	}
	return nil
}
