package data

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Outbox mail kinds.
const (
	KindAck       = "ack"        // acknowledgement to an asker
	KindNotify    = "notify"     // new question or follow-up, to the owner
	KindAnswered  = "answered"   // the answer, to the asker
	KindNoText    = "notext"     // to the owner: a reply had no new text (older rows)
	KindOwnerNote = "owner-note" // to the owner: what became of a mail they sent
	KindForward   = "forward"    // to the owner: a reader's mail that is not a question
	KindConfirm   = "confirm"    // double opt-in request
	KindWelcome   = "welcome"    // welcome mail with the ebook
	KindDigest    = "digest"     // one subscriber's copy of a digest
	KindComment   = "comment"    // a comment awaiting moderation, to the owner
	// KindUnsubscribeLink answers an unsubscribe request by mail that
	// carried no signed route: the link to confirm it.
	KindUnsubscribeLink = "unsubscribe-link"
	// KindAskConfirm asks the address a question on the site came from to
	// confirm it, without repeating the question.
	KindAskConfirm = "askconfirm"
)

// Outbox statuses.
const (
	OutboxQueued    = "queued"
	OutboxSending   = "sending"
	OutboxSent      = "sent"
	OutboxFailed    = "failed"
	OutboxCancelled = "cancelled"
	// OutboxUncertain is mail that may have been delivered: the server
	// took all of it, twice, and never answered its end. It waits for the
	// owner to send it again or drop it.
	OutboxUncertain = "uncertain"
)

// OutboxMail is one mail to one recipient. Bodies may be empty for kinds
// whose content is rendered at send time (a digest is rendered once and
// referenced by DigestID).
type OutboxMail struct {
	ID           int64
	Kind         string
	To           string
	ToName       string
	ReplyTo      string
	Subject      string
	Text         string
	HTML         string
	Headers      map[string]string
	Attachment   string // a name the sender resolves, e.g. "ebook"
	MessageID    string // without angle brackets; assigned at queue time if known
	QuestionID   int64
	SubscriberID int64
	DigestID     int64
	Status       string
	Attempts     int
	// Unanswered counts the attempts that sent the whole message and got
	// no reply to its end: each may have delivered it.
	Unanswered  int
	NextAttempt time.Time
	LastError   string
	CreatedAt   time.Time
	SentAt      time.Time
}

// Enqueue queues m as part of tx and sets its ID.
func (tx *Tx) Enqueue(ctx context.Context, m *OutboxMail) error {
	if m.Kind == "" || m.To == "" {
		return fmt.Errorf("enqueue: kind and recipient are required")
	}
	hdr, err := encodeHeaders(m.Headers)
	if err != nil {
		return fmt.Errorf("enqueue: headers: %w", err)
	}
	now := tx.now
	if m.NextAttempt.IsZero() {
		m.NextAttempt = now
	}
	m.Status, m.CreatedAt = OutboxQueued, now
	res, err := tx.exec(ctx, `INSERT INTO outbox (id, kind, to_addr, to_name, reply_to, subject, text_body,
		html_body, headers, attachment, message_id, question_id, subscriber_id, digest_id, status,
		next_attempt_at, created_at) VALUES (`+newID("outbox")+`, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?)`,
		m.Kind, strings.ToLower(m.To), m.ToName, m.ReplyTo, m.Subject, m.Text, m.HTML, hdr, m.Attachment, m.MessageID,
		nullID(m.QuestionID), nullID(m.SubscriberID), nullID(m.DigestID), formatTime(m.NextAttempt), formatTime(now))
	if err != nil {
		return fmt.Errorf("enqueue %s to %s: %w", m.Kind, m.To, err)
	}
	m.ID, err = res.LastInsertId()
	tx.enqueued = true
	return err
}

// encodeHeaders is h as a JSON object; no headers are "{}".
func encodeHeaders(h map[string]string) (string, error) {
	if len(h) == 0 {
		return "{}", nil
	}
	b, err := json.Marshal(h)
	return string(b), err
}

const outboxColumns = `id, kind, to_addr, to_name, reply_to, subject, text_body, html_body, headers, attachment,
	message_id, COALESCE(question_id, 0), COALESCE(subscriber_id, 0), COALESCE(digest_id, 0), status, attempts,
	unanswered, next_attempt_at, last_error, created_at, sent_at`

type scanner interface{ Scan(dest ...any) error }

func scanOutbox(s scanner) (*OutboxMail, error) {
	var m OutboxMail
	var hdr, next, created string
	var sent sql.NullString
	if err := s.Scan(&m.ID, &m.Kind, &m.To, &m.ToName, &m.ReplyTo, &m.Subject, &m.Text, &m.HTML, &hdr,
		&m.Attachment, &m.MessageID, &m.QuestionID, &m.SubscriberID, &m.DigestID, &m.Status, &m.Attempts,
		&m.Unanswered, &next, &m.LastError, &created, &sent); err != nil {
		return nil, err
	}
	if hdr != "" && hdr != "{}" {
		if err := json.Unmarshal([]byte(hdr), &m.Headers); err != nil {
			return nil, fmt.Errorf("outbox %d: headers: %w", m.ID, err)
		}
	}
	m.NextAttempt, m.CreatedAt, m.SentAt = parseTime(next), parseTime(created), parseNullTime(sent)
	return &m, nil
}

// OutboxFilter selects rows for ListOutbox. Zero fields match everything.
type OutboxFilter struct {
	ID        int64
	Statuses  []string
	Kind      string
	DigestID  int64
	MessageID string // the mails sent with this Message-ID
	AfterID   int64
	Limit     int
}

// ListOutbox returns outbox rows matching f, oldest first.
func (r Queries) ListOutbox(ctx context.Context, f OutboxFilter) ([]*OutboxMail, error) {
	q, args := listOutbox(f)
	out, err := queryAll(ctx, r, scanOutbox, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list outbox: %w", err)
	}
	return out, nil
}

// listOutbox is ListOutbox's query for f and its arguments.
func listOutbox(f OutboxFilter) (string, []any) {
	var c conditions
	if f.ID != 0 {
		c.add("id = ?", f.ID)
	}
	if len(f.Statuses) > 0 {
		// Each status is looked up by itself, so that all but sent and
		// cancelled are read from their own partial index. An IN over the
		// statuses reads the whole outbox, which keeps every mail sent:
		// half a second for a million rows, to list a few that failed.
		each := strings.Repeat(" UNION ALL SELECT id FROM outbox WHERE status = ?", len(f.Statuses))
		c.add("id IN ("+strings.TrimPrefix(each, " UNION ALL ")+")", anys(f.Statuses)...)
	}
	if f.Kind != "" {
		c.add("kind = ?", f.Kind)
	}
	if f.DigestID != 0 {
		c.add("digest_id = ?", f.DigestID)
	}
	if f.MessageID != "" {
		// Spelt out for the partial index on Message-IDs.
		c.add("message_id = ? AND message_id <> ''", strings.Trim(f.MessageID, "<> "))
	}
	if f.AfterID != 0 {
		c.add("id > ?", f.AfterID)
	}
	q := "SELECT " + outboxColumns + " FROM outbox" + c.where() + c.byID(f.Limit)
	return q, c.args
}

// ClaimOutbox marks up to limit due queued rows as sending and returns them,
// oldest first; a row is only ever claimed by one caller. Every claimed row
// without a Message-ID gets the one msgid makes for its ID (when msgid is
// not nil), in the same transaction, so that the ID is stored before the
// mail can be sent and a retry reuses it. A row that has one keeps it.
func (db *DB) ClaimOutbox(ctx context.Context, limit int, msgid func(id int64) string) ([]*OutboxMail, error) {
	var out []*OutboxMail
	err := db.inTx(ctx, func(tx *Tx) error {
		var err error
		out, err = queryAll(ctx, tx, scanOutbox, `UPDATE outbox SET status = 'sending', attempts = attempts + 1
			WHERE id IN (SELECT id FROM outbox WHERE status = 'queued' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?)
			RETURNING `+outboxColumns, formatTime(tx.now), limit)
		if err != nil || msgid == nil {
			return err
		}
		for _, m := range out {
			if m.MessageID != "" {
				continue
			}
			m.MessageID = msgid(m.ID)
			if _, err := tx.exec(ctx, "UPDATE outbox SET message_id = ? WHERE id = ?", m.MessageID, m.ID); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("claim outbox: %w", err)
	}
	// RETURNING gives no order guarantee.
	slices.SortFunc(out, func(a, b *OutboxMail) int { return cmp.Compare(a.ID, b.ID) })
	return out, nil
}

// NextOutboxDue returns when the earliest queued row falls due, or the zero
// time when nothing is queued.
func (r Queries) NextOutboxDue(ctx context.Context) (time.Time, error) {
	var s sql.NullString
	err := r.queryRow(ctx, "SELECT MIN(next_attempt_at) FROM outbox WHERE status = 'queued'").Scan(&s)
	if err != nil {
		return time.Time{}, fmt.Errorf("next outbox due: %w", err)
	}
	return parseNullTime(s), nil
}

// OutboxChange is a command on outbox rows, the owner's or the sender's:
// where they go, and which they are.
type OutboxChange struct {
	// To is OutboxQueued, to send the rows again now, or OutboxCancelled,
	// to drop them; the reason they were stopped stays in their last
	// error.
	To string
	// IDs are the rows, their attempts reset when requeued. Each must be
	// in a status To allows (a retry takes failed, cancelled, uncertain or
	// queued rows, a drop queued, failed or uncertain ones), and all of
	// them change or, when one is missing or in another state, none.
	IDs []int64
	// AllFailed, instead of IDs, requeues every failed row, its attempts
	// reset.
	AllFailed bool
	// AllSending, instead of IDs, requeues every row a crash left
	// sending; only these can go out twice. The attempt their claim
	// counted is given back: a crash says nothing about the mail, and only
	// what a server answered, or its silence, may use up its attempts.
	AllSending bool
	// Postpone, instead of IDs, moves every queued row due before it to
	// it: mail over a sending cap waits, showing when it may go, and keeps
	// its attempts.
	Postpone time.Time
}

// ChangeOutbox carries out c and returns how many rows it changed.
func (db *DB) ChangeOutbox(ctx context.Context, c OutboxChange) (int64, error) {
	selectors := 0
	for _, set := range []bool{c.AllFailed, c.AllSending, !c.Postpone.IsZero()} {
		if set {
			selectors++
		}
	}
	if selectors > 0 && (selectors > 1 || c.To != OutboxQueued || len(c.IDs) > 0) {
		return 0, fmt.Errorf("change outbox: every failed, sending or due row can only be requeued, alone and without IDs")
	}
	var res sql.Result
	var err error
	op := "retry failed outbox"
	switch {
	case !c.Postpone.IsZero():
		op = "postpone outbox"
		res, err = db.exec(ctx, "UPDATE outbox SET next_attempt_at = ? WHERE status = 'queued' AND next_attempt_at < ?",
			formatTime(c.Postpone), formatTime(c.Postpone))
	case c.AllFailed:
		res, err = db.exec(ctx, `UPDATE outbox SET status = 'queued', attempts = 0, unanswered = 0, next_attempt_at = ?
			WHERE status = 'failed'`, formatTime(db.now()))
	case c.AllSending:
		op = "requeue sending"
		res, err = db.exec(ctx, `UPDATE outbox SET status = 'queued', attempts = MAX(attempts - 1, 0), next_attempt_at = ?,
			last_error = 'interrupted while sending' WHERE status = 'sending'`, formatTime(db.now()))
	default:
		return db.changeOutboxRows(ctx, c)
	}
	if err != nil {
		return 0, fmt.Errorf("%s: %w", op, err)
	}
	return res.RowsAffected()
}

// changeOutboxRows carries out c on the rows it names.
func (db *DB) changeOutboxRows(ctx context.Context, c OutboxChange) (int64, error) {
	var op, set string
	var from []string
	switch c.To {
	case OutboxQueued:
		op, from, set = "retry", []string{OutboxFailed, OutboxCancelled, OutboxUncertain, OutboxQueued},
			"status = 'queued', attempts = 0, unanswered = 0, next_attempt_at = ?"
	case OutboxCancelled:
		op, from, set = "drop", []string{OutboxQueued, OutboxFailed, OutboxUncertain},
			"status = 'cancelled', last_error = CASE WHEN last_error = '' THEN 'dropped' ELSE 'dropped after: ' || last_error END"
	default:
		return 0, fmt.Errorf("change outbox: rows cannot be moved to %q", c.To)
	}
	err := db.inTx(ctx, func(tx *Tx) error {
		var args []any
		if c.To == OutboxQueued {
			args = append(args, formatTime(tx.now))
		}
		return tx.setOutboxStatus(ctx, c.IDs, from, set, args...)
	})
	if err != nil {
		return 0, fmt.Errorf("%s outbox: %w", op, err)
	}
	return int64(len(c.IDs)), nil
}

// setOutboxStatus applies set (with its args) to each row of ids after
// checking that its status is one of from.
func (tx *Tx) setOutboxStatus(ctx context.Context, ids []int64, from []string, set string, args ...any) error {
	for _, id := range ids {
		var status string
		err := tx.queryRow(ctx, "SELECT status FROM outbox WHERE id = ?", id).Scan(&status)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("mail %d: %w", id, ErrNotFound)
		}
		if err != nil {
			return fmt.Errorf("mail %d: %w", id, err)
		}
		if !slices.Contains(from, status) {
			return fmt.Errorf("mail %d is %s (%w: want %s or %s)", id, status, ErrOutboxState,
				strings.Join(from[:len(from)-1], ", "), from[len(from)-1])
		}
		if _, err := tx.exec(ctx, "UPDATE outbox SET "+set+" WHERE id = ?", append(slices.Clip(args), id)...); err != nil {
			return fmt.Errorf("mail %d: %w", id, err)
		}
	}
	return nil
}

// cancelOutboxForSubscriber cancels every queued mail to a subscriber, as
// part of tx, and returns how many.
func (tx *Tx) cancelOutboxForSubscriber(ctx context.Context, subscriberID int64) (int64, error) {
	res, err := tx.exec(ctx, "UPDATE outbox SET status = 'cancelled', last_error = 'recipient left' WHERE subscriber_id = ? AND status = 'queued'", subscriberID)
	if err != nil {
		return 0, fmt.Errorf("cancel outbox for subscriber %d: %w", subscriberID, err)
	}
	return res.RowsAffected()
}

// OutboxCounts returns how many rows are in each status.
func (r Queries) OutboxCounts(ctx context.Context) (map[string]int64, error) {
	rows, err := r.query(ctx, "SELECT status, COUNT(*) FROM outbox GROUP BY status")
	if err != nil {
		return nil, fmt.Errorf("outbox counts: %w", err)
	}
	defer rows.Close()
	out := map[string]int64{}
	for rows.Next() {
		var s string
		var n int64
		if err := rows.Scan(&s, &n); err != nil {
			return nil, err
		}
		out[s] = n
	}
	return out, rows.Err()
}
