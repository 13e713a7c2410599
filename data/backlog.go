package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"time"
)

// Settings that keep track of the backlog: the mail a mailbox held before
// helpline first read it.
const (
	firstFiledKey = "first_filed"
	// backlogSeenKey is the highest question ID already looked at for
	// backlog: the owner was told of every question of the backlog up
	// to it, and none after it.
	backlogSeenKey = "backlog_seen_through"
)

// Backlog is the questions filed from the mail a mailbox held before
// helpline that the owner has not yet been told of.
type Backlog struct {
	Count    int
	From, To time.Time   // when the oldest and the newest reached the mailbox
	Newest   []*Question // the newest few, newest first
	through  int64       // the highest question ID looked at
}

// UnnotedBacklog returns the questions of the backlog, asked more than age
// before the first mail was filed (FirstFiled) and filed from a mail that
// reached the mailbox then, that no earlier call was
// followed by BacklogNoted for, with the newest of them. Each question is
// looked at once: questions filed later are looked at by the next call.
func (tx *Tx) UnnotedBacklog(ctx context.Context, age time.Duration, newest int) (*Backlog, error) {
	b := &Backlog{}
	first, err := tx.Setting(ctx, firstFiledKey)
	if errors.Is(err, ErrNotFound) {
		return b, nil // nothing filed yet
	}
	if err != nil {
		return nil, err
	}
	seen, err := tx.backlogSeen(ctx)
	if err != nil {
		return nil, err
	}
	if err := tx.queryRow(ctx, "SELECT COALESCE(MAX(id), 0) FROM questions").Scan(&b.through); err != nil {
		return nil, fmt.Errorf("backlog: %w", err)
	}
	if b.through <= seen {
		b.through = seen
		return b, nil
	}
	// A question dated long ago by a mail that came today, such as a
	// reader's old mail the owner forwards, is no backlog: the owner
	// was notified of it, and the mail is not in the mailbox.
	const where = " FROM questions q WHERE q.id > ? AND q.id <= ? AND q.source = 'mail' AND q.asked_at < ?" +
		" AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.question_id = q.id AND m.outcome = '" + OutcomeQuestion + "' AND m.received_at >= ?)"
	cutoff := formatTime(parseTime(first).Add(-age))
	args := []any{seen, b.through, cutoff, cutoff}
	var from, to sql.NullString
	if err := tx.queryRow(ctx, "SELECT COUNT(*), MIN(q.asked_at), MAX(q.asked_at)"+where, args...).Scan(&b.Count, &from, &to); err != nil {
		return nil, fmt.Errorf("backlog: %w", err)
	}
	if b.Count == 0 {
		return b, nil
	}
	b.From, b.To = parseNullTime(from), parseNullTime(to)
	b.Newest, err = queryQuestions(ctx, tx, "SELECT "+questionColumns+where+" ORDER BY q.asked_at DESC, q.id DESC LIMIT ?",
		append(args, newest)...)
	return b, err
}

// BacklogNoted records that the owner was told of b: its questions, and
// every other looked at with them, are not returned by UnnotedBacklog
// again.
func (tx *Tx) BacklogNoted(ctx context.Context, b *Backlog) error {
	seen, err := tx.backlogSeen(ctx)
	if err != nil || b.through <= seen {
		return err
	}
	_, err = tx.exec(ctx, `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
		ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
		backlogSeenKey, strconv.FormatInt(b.through, 10), formatTime(tx.now))
	if err != nil {
		return fmt.Errorf("backlog noted: %w", err)
	}
	return nil
}

// backlogStarts marks every question there is as looked at, when the
// first mail is filed: a database that held questions before it recorded
// that time, such as one helpline has filled for years, has no backlog
// among them, however long ago they were asked.
func (tx *Tx) backlogStarts(ctx context.Context) error {
	_, err := tx.exec(ctx, `INSERT OR IGNORE INTO settings (key, value, updated_at)
		SELECT ?, CAST(COALESCE(MAX(id), 0) AS TEXT), ? FROM questions`, backlogSeenKey, formatTime(tx.now))
	return err
}

// backlogSeen is the highest question ID looked at for backlog, 0 before
// the first time.
func (tx *Tx) backlogSeen(ctx context.Context) (int64, error) {
	v, err := tx.Setting(ctx, backlogSeenKey)
	if errors.Is(err, ErrNotFound) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("setting %s: %q is not a number: %w", backlogSeenKey, v, err)
	}
	return n, nil
}
