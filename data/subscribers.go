package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Subscriber statuses.
const (
	SubscriberPending      = "pending"
	SubscriberActive       = "active"
	SubscriberUnsubscribed = "unsubscribed"
	SubscriberBounced      = "bounced"
)

// Consent sources: how an active subscriber came to agree.
const (
	ConsentDoubleOptIn = "double-opt-in" // clicked the confirmation link and pressed the button
	ConsentOwner       = "owner"         // added by the owner, who vouches for it
)

// Subscriber is one newsletter address. Email is private: it is never shown
// publicly.
type Subscriber struct {
	ID             int64
	Email          string
	Name           string
	Status         string
	Source         string // "web", "mail", "owner" or "import"
	CreatedAt      time.Time
	ConfirmSentAt  time.Time // last confirmation mail queued
	ConfirmCount   int       // confirmation mails queued on ConfirmSentAt's day (UTC); see RecordConfirmSent
	ConfirmedAt    time.Time
	ConsentSource  string
	WelcomeSentAt  time.Time // when the welcome mail was queued
	UnsubscribedAt time.Time
	ComplainedAt   time.Time // marked our mail as spam; the status is unsubscribed
	BouncedAt      time.Time // mail to them failed for good, or too often
	UpdatedAt      time.Time
	// Suppression says why no mail but a confirmation request may go to
	// them: SuppressedUnsubscribed, SuppressedBounced or
	// SuppressedComplained, or "" in good standing; SuppressedSince says
	// from when. Both are worked out from the row as it is read. One who
	// left and is pending again, waiting for their own confirmation, is
	// still suppressed: only that confirmation lifts it.
	Suppression     string
	SuppressedSince time.Time
}

// Suppression reasons: why no mail but a confirmation request may go to
// an address. The first three are a subscriber's (Subscriber.Suppression).
const (
	SuppressedUnsubscribed = "unsubscribed"
	SuppressedBounced      = "bounced"
	SuppressedComplained   = "complained"
	SuppressForgotten      = "forgotten" // the person asked for their data to be deleted
)

// suppression says why no mail but a confirmation request may go to s,
// and since when: "unsubscribed", "bounced" or "complained", or "" and the
// zero time for a subscriber in good standing. A subscriber who left and
// is pending again, waiting for their own confirmation, is still
// suppressed: only that confirmation lifts it, and nothing else may make
// them active.
func (s *Subscriber) suppression() (string, time.Time) {
	switch {
	case s.Status == SubscriberActive:
		return "", time.Time{}
	case s.Status == SubscriberBounced:
		return SuppressedBounced, s.BouncedAt
	case !s.ComplainedAt.IsZero():
		return SuppressedComplained, s.ComplainedAt
	case !s.BouncedAt.IsZero():
		return SuppressedBounced, s.BouncedAt
	case !s.UnsubscribedAt.IsZero() || s.Status == SubscriberUnsubscribed:
		return SuppressedUnsubscribed, s.UnsubscribedAt
	}
	return "", time.Time{}
}

// NormalizeEmail trims an address and lowercases its domain. The local part
// keeps its case: RFC 5321 2.4 lets a server tell "Ann" from "ann", although
// the unique index compares without case so one person gets one row.
func NormalizeEmail(addr string) string {
	addr = strings.TrimSpace(addr)
	i := strings.LastIndexByte(addr, '@')
	if i < 0 {
		return addr
	}
	return addr[:i] + "@" + strings.ToLower(addr[i+1:])
}

const subscriberColumns = `id, email, name, status, source, created_at, confirm_sent_at, confirm_count,
	confirmed_at, consent_source, welcome_sent_at, unsubscribed_at, complained_at, bounced_at, updated_at`

func scanSubscriber(s scanner) (*Subscriber, error) {
	var sub Subscriber
	var created, updated string
	var confirmSent, confirmed, welcome, unsub, complained, bounced sql.NullString
	if err := s.Scan(&sub.ID, &sub.Email, &sub.Name, &sub.Status, &sub.Source, &created, &confirmSent,
		&sub.ConfirmCount, &confirmed, &sub.ConsentSource, &welcome, &unsub, &complained, &bounced, &updated); err != nil {
		return nil, err
	}
	sub.CreatedAt, sub.UpdatedAt = parseTime(created), parseTime(updated)
	sub.ConfirmSentAt, sub.ConfirmedAt = parseNullTime(confirmSent), parseNullTime(confirmed)
	sub.WelcomeSentAt, sub.UnsubscribedAt = parseNullTime(welcome), parseNullTime(unsub)
	sub.ComplainedAt, sub.BouncedAt = parseNullTime(complained), parseNullTime(bounced)
	sub.Suppression, sub.SuppressedSince = sub.suppression()
	return &sub, nil
}

func subscriberWhere(ctx context.Context, q querier, where string, arg any) (*Subscriber, error) {
	s, err := scanSubscriber(q.queryRow(ctx, "SELECT "+subscriberColumns+" FROM subscribers WHERE "+where, arg))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("subscriber %v: %w", arg, err)
	}
	return s, nil
}

// subscriberByID returns one subscriber, or ErrNotFound.
func (r Queries) subscriberByID(ctx context.Context, id int64) (*Subscriber, error) {
	return subscriberWhere(ctx, r, "id = ?", id)
}

// SubscriberByEmail returns the subscriber with addr, compared without
// case, or ErrNotFound. Other lookups are ListSubscribers'.
func (r Queries) SubscriberByEmail(ctx context.Context, addr string) (*Subscriber, error) {
	return subscriberWhere(ctx, r, "email = ?", NormalizeEmail(addr))
}

// SubscribePending creates a pending subscriber for addr, or refreshes the
// existing one, and returns it. It never makes a second row for an address.
// A subscriber who unsubscribed becomes pending again (the confirmation
// decides whether they come back); pending ones get the new name if one is
// given. Active subscribers, and those who bounced or complained, are
// returned unchanged: the caller decides what, if anything, to do, without
// telling the visitor.
func (tx *Tx) SubscribePending(ctx context.Context, addr, name, source string) (*Subscriber, error) {
	addr = NormalizeEmail(addr)
	s, err := tx.SubscriberByEmail(ctx, addr)
	if errors.Is(err, ErrNotFound) {
		return tx.AddSubscriber(ctx, NewSubscriber{Email: addr, Name: name, Status: SubscriberPending, Source: source})
	}
	if err != nil {
		return nil, err
	}
	again := s.Status == SubscriberUnsubscribed && s.ComplainedAt.IsZero()
	if s.Status != SubscriberPending && !again {
		return s, nil
	}
	if _, err := tx.exec(ctx, `UPDATE subscribers SET status = 'pending',
		name = CASE WHEN ? <> '' THEN ? ELSE name END, updated_at = ? WHERE id = ?`,
		name, name, formatTime(tx.now), s.ID); err != nil {
		return nil, fmt.Errorf("subscribe %s: %w", addr, err)
	}
	if again {
		if err := tx.addSubscriberEvent(ctx, s.ID, EventSignedUpAgain, source); err != nil {
			return nil, err
		}
	}
	return tx.subscriberByID(ctx, s.ID)
}

// AddSubscriber adds n on the word of the owner, or of a list they
// import, and returns the subscriber. An address not yet known is stored
// as n says. A known one keeps its row and takes n's name and status, as
// far as consent allows: becoming active records n's consent, one active
// already keeps the consent on record, and a subscriber who unsubscribed,
// bounced or complained is never made pending or active here: that gives
// an error wrapping ErrSuppressed and changes nothing. Sign-ups, which
// may bring back someone who unsubscribed, are SubscribePending's.
func (tx *Tx) AddSubscriber(ctx context.Context, n NewSubscriber) (*Subscriber, error) {
	n.Email = NormalizeEmail(n.Email)
	if n.Status == SubscriberActive && n.ConsentSource == "" {
		n.ConsentSource, n.ConfirmedAt = ConsentOwner, tx.now
	}
	s, err := tx.insertSubscriber(ctx, n)
	if err != nil || s != nil {
		return s, err
	}
	if s, err = tx.SubscriberByEmail(ctx, n.Email); err != nil {
		return nil, err
	}
	if (n.Status == SubscriberActive || n.Status == SubscriberPending) && s.Suppression != "" {
		return nil, fmt.Errorf("add subscriber %s: %w", n.Email, ErrSuppressed)
	}
	if n.Name != "" && n.Name != s.Name {
		if err := tx.SetSubscriberName(ctx, s.ID, n.Name); err != nil {
			return nil, err
		}
	}
	switch {
	case n.Status == s.Status:
	case n.Status == SubscriberActive:
		_, err = tx.ActivateSubscriber(ctx, s.ID, n.ConsentSource, n.ConfirmedAt)
	case n.Status == SubscriberUnsubscribed:
		_, err = tx.SuppressSubscriber(ctx, s.ID, SuppressedUnsubscribed)
	case n.Status == SubscriberBounced:
		_, err = tx.SuppressSubscriber(ctx, s.ID, SuppressedBounced)
	}
	if err != nil {
		return nil, fmt.Errorf("add subscriber %s: %w", n.Email, err)
	}
	return tx.subscriberByID(ctx, s.ID)
}

// RecordConfirmSent counts one more confirmation mail queued for
// subscriber id on this UTC day and reports true, or, when perDay are
// counted for the day already, changes nothing and reports false: the
// caller queues the mail only on true, in the same transaction, so that
// no address gets more than perDay a day. The day's count is the
// mailbox's: the plus-addresses of an address ("ann+1@example.org",
// "ann+2@…") reach the same person, and a stranger signing up one after
// another would have them sent perDay each.
func (tx *Tx) RecordConfirmSent(ctx context.Context, id int64, perDay int) (bool, error) {
	now := formatTime(tx.now)
	var email string
	err := tx.queryRow(ctx, "SELECT email FROM subscribers WHERE id = ?", id).Scan(&email)
	if errors.Is(err, sql.ErrNoRows) {
		err = ErrNotFound
	}
	if err != nil {
		return false, fmt.Errorf("subscriber %d: record confirmation: %w", id, err)
	}
	base, tagged, domain := mailboxOf(email)
	res, err := tx.exec(ctx, `UPDATE subscribers SET
		confirm_count = CASE WHEN substr(COALESCE(confirm_sent_at, ''), 1, 10) = substr(?1, 1, 10) THEN confirm_count + 1 ELSE 1 END,
		confirm_sent_at = ?1, updated_at = ?1
		WHERE id = ?2 AND (SELECT COALESCE(SUM(confirm_count), 0) FROM subscribers
			WHERE (email = ?4 OR (email > ?5 AND email < ?6 AND substr(email, -length(?7)) = ?7))
			AND substr(COALESCE(confirm_sent_at, ''), 1, 10) = substr(?1, 1, 10)) < ?3`,
		now, id, perDay, base+domain, tagged, base+",", domain)
	if err != nil {
		return false, fmt.Errorf("subscriber %d: record confirmation: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return false, nil
	}
	return true, tx.addSubscriberEvent(ctx, id, EventConfirmSent, "")
}

// mailboxOf splits an address into what names its mailbox: the local
// part without any "+tag", the start every plus-address of it has
// ("ann+"), and the domain with its "@". Every address that starts with
// "ann+" sorts below "ann,", so the two bound the plus-addresses in the
// index of addresses.
func mailboxOf(email string) (base, tagged, domain string) {
	at := strings.LastIndexByte(email, '@')
	if at < 0 {
		return email, email + "+", ""
	}
	local, domain := email[:at], email[at:]
	if plus := strings.IndexByte(local, '+'); plus > 0 {
		local = local[:plus]
	}
	return local, local + "+", domain
}

// ConfirmSubscriber makes a pending subscriber active with consentSource
// and returns it, and reports whether it did: confirming an active
// subscriber changes nothing, so the first confirmation time stays on
// record, and the page can tell a reader who came back from one who
// pressed the button twice.
func (tx *Tx) ConfirmSubscriber(ctx context.Context, id int64, consentSource string) (*Subscriber, bool, error) {
	s, err := tx.subscriberByID(ctx, id)
	if err != nil {
		return nil, false, err
	}
	switch s.Status {
	case SubscriberActive:
		return s, false, nil
	case SubscriberPending:
	default:
		return nil, false, fmt.Errorf("confirm subscriber %d: %w", id, ErrNotPending)
	}
	// A fresh confirmation is the one thing that ends a suppression: the
	// times of leaving, bouncing and complaining stay in the events.
	now := formatTime(tx.now)
	if _, err := tx.exec(ctx, `UPDATE subscribers SET status = 'active', confirmed_at = ?,
		consent_source = ?, unsubscribed_at = NULL, complained_at = NULL, bounced_at = NULL,
		updated_at = ? WHERE id = ?`, now, consentSource, now, id); err != nil {
		return nil, false, fmt.Errorf("confirm subscriber %d: %w", id, err)
	}
	if err := tx.addSubscriberEvent(ctx, id, EventConfirmed, consentSource); err != nil {
		return nil, false, err
	}
	s, err = tx.subscriberByID(ctx, id)
	return s, err == nil, err
}

// SuppressSubscriber stops all mail but a confirmation request to
// subscriber id, for reason: SuppressedUnsubscribed when they leave,
// SuppressedBounced when mail to them fails for good or too often, or
// SuppressedComplained when they report our mail as spam, which
// unsubscribes them too. What is queued for them is cancelled; only their
// own confirmation brings them back. It reports whether their row changed:
// repeating it is harmless, and a bounced subscriber who unsubscribes stays
// bounced.
func (tx *Tx) SuppressSubscriber(ctx context.Context, id int64, reason string) (bool, error) {
	now := formatTime(tx.now)
	// Each reason's WHERE names the states it may come from.
	switch reason {
	case SuppressedUnsubscribed:
		return tx.leave(ctx, id, EventUnsubscribed, `UPDATE subscribers SET status = 'unsubscribed', unsubscribed_at = ?,
			updated_at = ? WHERE id = ? AND status IN ('pending', 'active')`, now, now, id)
	case SuppressedBounced:
		return tx.leave(ctx, id, EventBounced, `UPDATE subscribers SET status = 'bounced', bounced_at = ?, updated_at = ?
			WHERE id = ? AND status <> 'bounced'`, now, now, id)
	case SuppressedComplained:
		return tx.leave(ctx, id, EventComplained, `UPDATE subscribers SET status = 'unsubscribed', complained_at = ?,
			unsubscribed_at = COALESCE(unsubscribed_at, ?), updated_at = ?
			WHERE id = ? AND (status <> 'unsubscribed' OR complained_at IS NULL)`, now, now, now, id)
	}
	return false, fmt.Errorf("suppress subscriber %d: unknown reason %q", id, reason)
}

// leave runs update, which stops mail to subscriber id, cancels what is
// queued for them whether or not it changed their row, and records event
// when it did. It reports whether the row changed.
func (tx *Tx) leave(ctx context.Context, id int64, event, update string, args ...any) (bool, error) {
	res, err := tx.exec(ctx, update, args...)
	if err != nil {
		return false, fmt.Errorf("subscriber %d: record %s: %w", id, event, err)
	}
	n, _ := res.RowsAffected()
	if _, err := tx.cancelOutboxForSubscriber(ctx, id); err != nil {
		return false, err
	}
	if n == 0 {
		return false, nil
	}
	return true, tx.addSubscriberEvent(ctx, id, event, "")
}

// MarkWelcomeSent records that the welcome mail is being queued for
// subscriber id, and reports whether this call was the one that did it.
// The single conditional UPDATE makes "exactly once" hold even when two
// confirmations race.
func (tx *Tx) MarkWelcomeSent(ctx context.Context, id int64) (bool, error) {
	res, err := tx.exec(ctx, `UPDATE subscribers SET welcome_sent_at = ?, updated_at = ?
		WHERE id = ? AND welcome_sent_at IS NULL`, formatTime(tx.now), formatTime(tx.now), id)
	if err != nil {
		return false, fmt.Errorf("subscriber %d: mark welcome: %w", id, err)
	}
	n, err := res.RowsAffected()
	if err != nil || n == 0 {
		return false, err
	}
	return true, tx.addSubscriberEvent(ctx, id, EventWelcomed, "")
}

// SubscriberFilter selects subscribers for ListSubscribers. Zero fields
// match everything.
type SubscriberFilter struct {
	ID     int64
	Status string
	Emails []string // compared without case
	// AfterID and Limit walk a long list in batches, so that a digest
	// holds no read open across all of it.
	AfterID int64
	Limit   int
}

// ListSubscribers returns the subscribers matching f, oldest first.
func (r Queries) ListSubscribers(ctx context.Context, f SubscriberFilter) ([]*Subscriber, error) {
	var c conditions
	if f.ID != 0 {
		c.add("id = ?", f.ID)
	}
	if f.Status != "" {
		c.add("status = ?", f.Status)
	}
	emails := make([]string, len(f.Emails))
	for i, a := range f.Emails {
		emails[i] = NormalizeEmail(a)
	}
	in(&c, "email", emails)
	if f.AfterID != 0 {
		c.add("id > ?", f.AfterID)
	}
	q := "SELECT " + subscriberColumns + " FROM subscribers" + c.where() + c.byID(f.Limit)
	out, err := queryAll(ctx, r, scanSubscriber, q, c.args...)
	if err != nil {
		return nil, fmt.Errorf("list subscribers: %w", err)
	}
	return out, nil
}

// CountSubscribers returns how many subscribers are in each status.
func (r Queries) CountSubscribers(ctx context.Context) (map[string]int, error) {
	rows, err := r.query(ctx, "SELECT status, COUNT(*) FROM subscribers GROUP BY status")
	if err != nil {
		return nil, fmt.Errorf("count subscribers: %w", err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var s string
		var n int
		if err := rows.Scan(&s, &n); err != nil {
			return nil, err
		}
		out[s] = n
	}
	return out, rows.Err()
}

// SubscriberReachable reports whether mail may still go to subscriber id:
// false once they have unsubscribed, bounced or been deleted. The sender
// asks just before each delivery, because a row claimed before the
// subscriber left is no longer queued and so was not cancelled with the
// rest.
func (r Queries) SubscriberReachable(ctx context.Context, id int64) (bool, error) {
	var status string
	err := r.queryRow(ctx, "SELECT status FROM subscribers WHERE id = ?", id).Scan(&status)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("subscriber %d: status: %w", id, err)
	}
	return status == SubscriberPending || status == SubscriberActive, nil
}
