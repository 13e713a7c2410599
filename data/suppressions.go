package data

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"
)

// suppressionReason returns why an address with this hash must not be
// added, or "" when it may.
func (r Queries) suppressionReason(ctx context.Context, hash string) (string, error) {
	var reason string
	err := r.queryRow(ctx, "SELECT reason FROM suppressions WHERE email_hash = ?", hash).Scan(&reason)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("suppression lookup: %w", err)
	}
	return reason, nil
}

// SuppressionHash is the keyed hash under which an address is suppressed:
// HMAC-SHA256 of the lowercased address. Only the hash is kept, so a
// suppression list says nothing about who is on it to someone without key.
func SuppressionHash(key []byte, addr string) string {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(strings.ToLower(NormalizeEmail(addr))))
	return hex.EncodeToString(m.Sum(nil))
}

// Unsuppress lifts the suppression with this hash, for the owner re-adding
// an address they vouch for. It reports whether there was one.
func (tx *Tx) Unsuppress(ctx context.Context, hash string) (bool, error) {
	res, err := tx.exec(ctx, "DELETE FROM suppressions WHERE email_hash = ?", hash)
	if err != nil {
		return false, fmt.Errorf("lift suppression: %w", err)
	}
	n, _ := res.RowsAffected()
	return n > 0, nil
}

// Bounce is one delivery failure reported back for a recipient.
type Bounce struct {
	ID           int64
	SubscriberID int64 // 0 when the recipient is not a subscriber
	OutboxID     int64 // the mail that failed, when known
	Email        string
	Hard         bool
	Status       string // enhanced status code, RFC 3463, e.g. "5.1.1"
	Diagnostic   string
	MessageRef   int64 // the stored message that reported it, when known
	CreatedAt    time.Time
}

// RecordBounce stores b as part of tx and sets its ID and time.
func (tx *Tx) RecordBounce(ctx context.Context, b *Bounce) error {
	b.CreatedAt = tx.now
	res, err := tx.exec(ctx, `INSERT INTO bounces (subscriber_id, outbox_id, email, hard, status,
		diagnostic, message_ref, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
		nullID(b.SubscriberID), nullID(b.OutboxID), NormalizeEmail(b.Email), b.Hard, b.Status, b.Diagnostic,
		nullID(b.MessageRef), formatTime(b.CreatedAt))
	if err != nil {
		return fmt.Errorf("record bounce for %s: %w", b.Email, err)
	}
	b.ID, err = res.LastInsertId()
	return err
}

// CountSoftBounces returns how many of subscriber id's mails have soft
// bounced since since. Reports of one mail count once: a relay sends a
// warning while it still tries and a report when it gives up, and a
// report can arrive twice, but one mail that could not be delivered is
// one soft bounce. A report whose mail is no longer kept counts alone.
func (r Queries) CountSoftBounces(ctx context.Context, subscriberID int64, since time.Time) (int, error) {
	var n int
	err := r.queryRow(ctx, `SELECT COUNT(DISTINCT COALESCE(outbox_id, -id)) FROM bounces
		WHERE subscriber_id = ? AND hard = 0 AND created_at >= ?`,
		subscriberID, formatTime(since)).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count soft bounces of subscriber %d: %w", subscriberID, err)
	}
	return n, nil
}

// bounces returns the bounces recorded for subscriber id, oldest first.
func (r Queries) bounces(ctx context.Context, subscriberID int64) ([]*Bounce, error) {
	rows, err := r.query(ctx, `SELECT id, COALESCE(subscriber_id, 0), COALESCE(outbox_id, 0), email, hard,
		status, diagnostic, COALESCE(message_ref, 0), created_at FROM bounces WHERE subscriber_id = ? ORDER BY id`, subscriberID)
	if err != nil {
		return nil, fmt.Errorf("bounces of subscriber %d: %w", subscriberID, err)
	}
	defer rows.Close()
	var out []*Bounce
	for rows.Next() {
		var b Bounce
		var created string
		if err := rows.Scan(&b.ID, &b.SubscriberID, &b.OutboxID, &b.Email, &b.Hard, &b.Status, &b.Diagnostic,
			&b.MessageRef, &created); err != nil {
			return nil, err
		}
		b.CreatedAt = parseTime(created)
		out = append(out, &b)
	}
	return out, rows.Err()
}
