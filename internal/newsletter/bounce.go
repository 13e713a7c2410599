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

// Hard reports whether the failure says the address is gone for good: an
// RFC 3463 status of class 5 about the recipient. A permanent failure for
// another reason says nothing of the address, and counts as soft, stopping
// mail only when it keeps happening: a refusal by policy (5.7.x, most
// often our sending host's reputation: were it hard, one blocklisting
// would drop every subscriber at that provider), a full mailbox or a mail
// too large (5.2.2, 5.2.3, 5.3.4), a system or content failure (5.3.x,
// 5.6.x), our own sender address (5.1.7, 5.1.8), and delivery timed out
// (5.4.7). Anything else, an unknown status included, counts as soft.
func (b Bounce) Hard() bool {
	status := strings.TrimSpace(b.Status)
	if !strings.HasPrefix(status, "5.") {
		return false
	}
	switch subject, detail, _ := strings.Cut(status[2:], "."); subject {
	case "3", "6", "7":
		return false
	case "1":
		return detail != "7" && detail != "8"
	case "2":
		return detail != "2" && detail != "3"
	case "4":
		return detail != "7"
	}
	return true
}

// ErrUntraced refuses a bounce that names no mail of ours: a report that
// reached no signed bounce route and quotes no Message-ID we signed could
// have been written by anyone, about anyone.
var ErrUntraced = errors.New("bounce names no mail we sent (no signed route or Message-ID): ignored")

// HandleBounce records b and stops mail to the subscriber it concerns when
// it is hard, or when it is the SoftBounceLimit-th soft one within
// SoftBounceWindow. Only a bounce traced to one of our outbox rows counts,
// and it concerns that row's recipient, whatever address the report names;
// it is hard only when it names that address or none.
func (s *Service) HandleBounce(ctx context.Context, b Bounce) error {
	return s.db.InTx(ctx, func(tx *data.Tx) error { return s.HandleBounceTx(ctx, tx, b) })
}

// HandleBounceTx is HandleBounce as part of tx, for a caller that records
// the report in the same transaction. A bounce it refuses changes nothing.
func (s *Service) HandleBounceTx(ctx context.Context, tx *data.Tx, b Bounce) error {
	if b.OutboxID == 0 {
		return ErrUntraced
	}
	mails, err := s.db.ListOutbox(ctx, data.OutboxFilter{ID: b.OutboxID})
	if err != nil {
		return fmt.Errorf("bounce: %w", err)
	}
	if len(mails) == 0 {
		return ErrUntraced
	}
	m := mails[0]
	rec := data.Bounce{OutboxID: b.OutboxID, Email: data.NormalizeEmail(m.To), Hard: b.Hard(), SubscriberID: m.SubscriberID,
		Status: strings.TrimSpace(b.Status), Diagnostic: b.Diagnostic, MessageRef: b.MessageRef}
	if r := data.NormalizeEmail(b.Recipient); r != "" && !strings.EqualFold(r, rec.Email) {
		// A failure of another address (a forwarding target, or one
		// quoted from an earlier notice) says nothing final about
		// the address we wrote to: it counts, but as soft, and stops
		// mail only when it keeps happening. Case is no difference:
		// notices often lowercase the address.
		rec.Hard = false
		s.log.Info("bounce names another recipient than the mail it traces to; the mail's counts, as soft",
			"outbox_id", b.OutboxID, "named", redact(r), "email", redact(rec.Email))
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
	changed, err := tx.SuppressSubscriber(ctx, rec.SubscriberID, data.SuppressedBounced)
	if err != nil {
		return err
	}
	if changed {
		log.Warn("subscriber suppressed after bounces", "hard", rec.Hard)
	}
	return nil
}
