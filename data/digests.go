package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// DigestRecord is one digest as stored: the period it covers and its
// content, rendered once for every recipient.
type DigestRecord struct {
	ID          int64
	PeriodStart time.Time
	PeriodEnd   time.Time
	Subject     string
	HTML        string // empty from ListDigests
	Text        string // empty from ListDigests
	ItemCount   int
	CreatedAt   time.Time
	QuestionIDs []int64          // in display order; from DigestByID
	Outbox      map[string]int64 // status -> its outbox rows; from ListDigests
}

// CreateDigest stores d and its items (question ids in display order) as
// part of tx, sets d.ID and d.CreatedAt, and queues one digest mail per
// active subscriber, returning how many. The mails' bodies stay empty:
// they are filled from the digest at send time. It returns ErrConflict
// when a digest for the same period start exists already, so that a
// second run for one period changes nothing.
func (tx *Tx) CreateDigest(ctx context.Context, d *DigestRecord, questionIDs []int64) (int64, error) {
	if d.PeriodStart.IsZero() || !d.PeriodEnd.After(d.PeriodStart) {
		return 0, fmt.Errorf("create digest: period %s to %s is empty", formatTime(d.PeriodStart), formatTime(d.PeriodEnd))
	}
	d.CreatedAt = tx.now
	d.ItemCount = len(questionIDs)
	res, err := tx.exec(ctx, `INSERT INTO digests (period_start, period_end, subject, html, text, item_count, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (period_start) DO NOTHING`,
		formatTime(d.PeriodStart), formatTime(d.PeriodEnd), d.Subject, d.HTML, d.Text, d.ItemCount, formatTime(d.CreatedAt))
	if err != nil {
		return 0, fmt.Errorf("create digest: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return 0, fmt.Errorf("create digest for period from %s: %w", formatTime(d.PeriodStart), ErrConflict)
	}
	if d.ID, err = res.LastInsertId(); err != nil {
		return 0, fmt.Errorf("create digest: %w", err)
	}
	for i, qid := range questionIDs {
		if _, err := tx.exec(ctx, "INSERT INTO digest_items (digest_id, question_id, position) VALUES (?, ?, ?)", d.ID, qid, i+1); err != nil {
			return 0, fmt.Errorf("digest %d: add question %d: %w", d.ID, qid, err)
		}
	}
	return tx.queueDigest(ctx, d.ID)
}

// queueDigest queues one mail of digest id per active subscriber and
// returns how many. One INSERT ... SELECT keeps this fast for a large
// list.
func (tx *Tx) queueDigest(ctx context.Context, digestID int64) (int64, error) {
	now := formatTime(tx.now)
	res, err := tx.exec(ctx, `INSERT INTO outbox (id, kind, to_addr, to_name, subscriber_id, digest_id,
		status, next_attempt_at, created_at)
		SELECT `+newID("outbox")+` - 1 + ROW_NUMBER() OVER (ORDER BY id), ?, email, name, id, ?, 'queued', ?, ?
		FROM subscribers WHERE status = 'active' ORDER BY id`,
		KindDigest, digestID, now, now)
	if err != nil {
		return 0, fmt.Errorf("queue digest %d: %w", digestID, err)
	}
	tx.enqueued = true
	return res.RowsAffected()
}

// DigestByID returns one digest with its bodies and its questions.
func (r Queries) DigestByID(ctx context.Context, id int64) (*DigestRecord, error) {
	var d DigestRecord
	var start, end, created string
	err := r.queryRow(ctx, `SELECT id, period_start, period_end, subject, html, text, item_count, created_at
		FROM digests WHERE id = ?`, id).Scan(&d.ID, &start, &end, &d.Subject, &d.HTML, &d.Text, &d.ItemCount, &created)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("digest %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("digest %d: %w", id, err)
	}
	d.PeriodStart, d.PeriodEnd, d.CreatedAt = parseTime(start), parseTime(end), parseTime(created)
	if d.QuestionIDs, err = r.digestQuestionIDs(ctx, id); err != nil {
		return nil, err
	}
	return &d, nil
}

// digestQuestionIDs returns the questions of digest id in display order.
func (r Queries) digestQuestionIDs(ctx context.Context, id int64) ([]int64, error) {
	rows, err := r.query(ctx, "SELECT question_id FROM digest_items WHERE digest_id = ? ORDER BY position", id)
	if err != nil {
		return nil, fmt.Errorf("digest %d items: %w", id, err)
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var qid int64
		if err := rows.Scan(&qid); err != nil {
			return nil, fmt.Errorf("digest %d items: %w", id, err)
		}
		out = append(out, qid)
	}
	return out, rows.Err()
}

// ListDigests returns up to limit digests, newest first, each with the
// count of its outbox rows per status. The newest one's PeriodEnd is the
// cut-off the next digest starts from.
func (r Queries) ListDigests(ctx context.Context, limit int) ([]*DigestRecord, error) {
	if limit <= 0 {
		limit = 50
	}
	rows, err := r.query(ctx, `SELECT d.id, d.period_start, d.period_end, d.subject, d.item_count, d.created_at,
		o.status, COUNT(o.id)
		FROM (SELECT * FROM digests ORDER BY period_start DESC LIMIT ?) d
		LEFT JOIN outbox o ON o.digest_id = d.id
		GROUP BY d.id, o.status
		ORDER BY d.period_start DESC`, limit)
	if err != nil {
		return nil, fmt.Errorf("list digests: %w", err)
	}
	defer rows.Close()
	var out []*DigestRecord
	for rows.Next() {
		var s DigestRecord
		var start, end, created string
		var status sql.NullString
		var n int64
		if err := rows.Scan(&s.ID, &start, &end, &s.Subject, &s.ItemCount, &created, &status, &n); err != nil {
			return nil, fmt.Errorf("list digests: %w", err)
		}
		if len(out) == 0 || out[len(out)-1].ID != s.ID {
			s.PeriodStart, s.PeriodEnd, s.CreatedAt = parseTime(start), parseTime(end), parseTime(created)
			s.Outbox = map[string]int64{}
			out = append(out, &s)
		}
		if status.Valid {
			out[len(out)-1].Outbox[status.String] = n
		}
	}
	return out, rows.Err()
}
