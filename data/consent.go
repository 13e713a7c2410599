package data

import (
	"context"
	"fmt"
	"time"
)

// Subscriber events: what happened to a subscriber, kept as their history.
const (
	EventCreated       = "created"           // detail: the source, and the status when not pending
	EventConfirmSent   = "confirmation sent" // a double opt-in mail was queued
	EventConfirmed     = "confirmed"         // detail: the consent source
	EventActivated     = "activated"         // made active by the owner or an import; detail: the consent source
	EventWelcomed      = "welcome sent"      // the welcome mail with the ebook was queued
	EventUnsubscribed  = "unsubscribed"      //
	EventBounced       = "bounced"           // mail failed for good, or too often
	EventComplained    = "complained"        // a feedback-loop report: they marked our mail as spam
	EventSignedUpAgain = "signed up again"   // after unsubscribing; detail: the source
	EventResubscribe   = "resubscribe asked" // the owner sent a confirmation to a suppressed address; detail: why
	EventRenamed       = "renamed"           // detail: the source of the new name
)

// SubscriberEvent is one entry of a subscriber's history.
type SubscriberEvent struct {
	ID           int64
	SubscriberID int64
	Event        string
	Detail       string
	CreatedAt    time.Time
}

// addSubscriberEvent records that event happened to subscriber id now.
func (tx *Tx) addSubscriberEvent(ctx context.Context, id int64, event, detail string) error {
	_, err := tx.exec(ctx, "INSERT INTO subscriber_events (subscriber_id, event, detail, created_at) VALUES (?, ?, ?, ?)",
		id, event, detail, formatTime(tx.now))
	if err != nil {
		return fmt.Errorf("subscriber %d: record %s: %w", id, event, err)
	}
	return nil
}

// subscriberEvents returns the history of subscriber id, oldest first.
func (r Queries) subscriberEvents(ctx context.Context, id int64) ([]*SubscriberEvent, error) {
	out, err := queryAll(ctx, r, func(s scanner) (*SubscriberEvent, error) {
		var e SubscriberEvent
		var created string
		if err := s.Scan(&e.ID, &e.SubscriberID, &e.Event, &e.Detail, &created); err != nil {
			return nil, err
		}
		e.CreatedAt = parseTime(created)
		return &e, nil
	}, "SELECT id, subscriber_id, event, detail, created_at FROM subscriber_events WHERE subscriber_id = ? ORDER BY id", id)
	if err != nil {
		return nil, fmt.Errorf("events of subscriber %d: %w", id, err)
	}
	return out, nil
}

// NewSubscriber is a subscriber for AddSubscriber: all of it is stored
// for an address not yet known; a known one takes only its name, status
// and consent.
type NewSubscriber struct {
	Email string
	Name  string
	// Status is pending, active, unsubscribed or bounced.
	Status string
	// Complained, with status unsubscribed, says they left by reporting
	// our mail as spam.
	Complained bool
	Source     string // "web", "mail", "owner" or "import"
	// ConsentSource and ConfirmedAt say, for an active subscriber, how and
	// when they agreed; ConfirmedAt is zero when nobody knows. With no
	// ConsentSource the owner vouches for them (ConsentOwner), now.
	ConsentSource string
	ConfirmedAt   time.Time
	CreatedAt     time.Time // default now
	LeftAt        time.Time // unsubscribed or bounced: when; default now
	Detail        string    // added to the created event, such as the file it came from
}

// insertSubscriber stores n, for an address not yet known, and returns
// it; for one stored already it changes nothing and returns nil. An
// import adds rows by the hundred thousand: it writes each with one
// statement and reads nothing back.
func (tx *Tx) insertSubscriber(ctx context.Context, n NewSubscriber) (*Subscriber, error) {
	s := &Subscriber{Email: NormalizeEmail(n.Email), Name: n.Name, Status: n.Status, Source: n.Source,
		ConsentSource: n.ConsentSource, CreatedAt: n.CreatedAt.UTC(), UpdatedAt: tx.now}
	if s.CreatedAt.IsZero() {
		s.CreatedAt = tx.now
	}
	left := n.LeftAt.UTC()
	if left.IsZero() {
		left = tx.now
	}
	switch n.Status {
	case SubscriberPending:
	case SubscriberActive:
		s.ConfirmedAt = n.ConfirmedAt.UTC()
	case SubscriberUnsubscribed:
		s.UnsubscribedAt = left
		if n.Complained {
			s.ComplainedAt = left
		}
	case SubscriberBounced:
		s.BouncedAt = left
	default:
		return nil, fmt.Errorf("add subscriber %s: unknown status %q", n.Email, n.Status)
	}
	res, err := tx.exec(ctx, `INSERT INTO subscribers (id, email, name, status, source, created_at, confirmed_at,
		consent_source, unsubscribed_at, complained_at, bounced_at, updated_at)
		VALUES (`+newID("subscribers")+`, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
		s.Email, s.Name, s.Status, s.Source, formatTime(s.CreatedAt), nullTime(s.ConfirmedAt), s.ConsentSource,
		nullTime(s.UnsubscribedAt), nullTime(s.ComplainedAt), nullTime(s.BouncedAt), formatTime(s.UpdatedAt))
	if err != nil {
		return nil, fmt.Errorf("add subscriber %s: %w", n.Email, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return nil, nil
	}
	if s.ID, err = res.LastInsertId(); err != nil {
		return nil, err
	}
	// The row as a read would give it, without reading it back.
	s.Suppression, s.SuppressedSince = s.suppression()
	detail := n.Source
	if n.Status != SubscriberPending {
		detail += ", " + n.Status
	}
	if n.Complained {
		detail += " (complained)"
	}
	if n.Detail != "" {
		detail += ": " + n.Detail
	}
	return s, tx.addSubscriberEvent(ctx, s.ID, EventCreated, detail)
}

// ActivateSubscriber makes a pending subscriber active on the word of
// consentSource (the owner, or the tool a list was imported from), agreed
// at confirmedAt (zero when unknown). It reports whether it did: only a
// pending subscriber who never left changes, so that someone who
// unsubscribed, bounced or complained, and is pending again only until
// they confirm, is never brought back this way.
func (tx *Tx) ActivateSubscriber(ctx context.Context, id int64, consentSource string, confirmedAt time.Time) (bool, error) {
	res, err := tx.exec(ctx, `UPDATE subscribers SET status = 'active', consent_source = ?, confirmed_at = ?,
		updated_at = ? WHERE id = ? AND status = 'pending'
		AND unsubscribed_at IS NULL AND complained_at IS NULL AND bounced_at IS NULL`,
		consentSource, nullTime(confirmedAt), formatTime(tx.now), id)
	if err != nil {
		return false, fmt.Errorf("activate subscriber %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return false, nil
	}
	return true, tx.addSubscriberEvent(ctx, id, EventActivated, consentSource)
}

// SetSubscriberName changes the name of subscriber id.
func (tx *Tx) SetSubscriberName(ctx context.Context, id int64, name string) error {
	if _, err := tx.exec(ctx, "UPDATE subscribers SET name = ?, updated_at = ? WHERE id = ?",
		name, formatTime(tx.now), id); err != nil {
		return fmt.Errorf("rename subscriber %d: %w", id, err)
	}
	return nil
}

// RequestResubscribe makes a subscriber who unsubscribed, bounced or
// complained pending again, for the owner who sends them a confirmation,
// and records why in their history, as it does for one pending already.
// Nothing but that confirmation makes them active. It reports whether the
// subscriber was suppressed.
func (tx *Tx) RequestResubscribe(ctx context.Context, id int64, reason string) (bool, error) {
	res, err := tx.exec(ctx, `UPDATE subscribers SET status = 'pending', updated_at = ?
		WHERE id = ? AND status IN ('unsubscribed', 'bounced')`, formatTime(tx.now), id)
	if err != nil {
		return false, fmt.Errorf("resubscribe subscriber %d: %w", id, err)
	}
	n, _ := res.RowsAffected()
	return n > 0, tx.addSubscriberEvent(ctx, id, EventResubscribe, reason)
}

// Suppressed returns which of hashes are suppressed: an address with one
// of them must not be added.
func (r Queries) Suppressed(ctx context.Context, hashes ...string) (map[string]bool, error) {
	out := map[string]bool{}
	if len(hashes) == 0 {
		return out, nil
	}
	var c conditions
	in(&c, "email_hash", hashes)
	rows, err := r.query(ctx, "SELECT email_hash FROM suppressions"+c.where(), c.args...)
	if err != nil {
		return nil, fmt.Errorf("suppression lookup: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var h string
		if err := rows.Scan(&h); err != nil {
			return nil, err
		}
		out[h] = true
	}
	return out, rows.Err()
}
