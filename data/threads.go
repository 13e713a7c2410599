package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Thread is what a Message-ID that a mail replies to belongs to.
type Thread struct {
	QuestionID int64  // the question it is about, 0 for none
	Ours       bool   // a mail we sent
	Kind       string // for one of ours, its outbox kind
	To         string // for one of ours, its recipient
}

// ThreadOf finds the mail with Message-ID msgid: one we sent (any outbox
// row), an asker's question, or an asker's follow-up. found is false when
// the Message-ID is none of these.
func (r Queries) ThreadOf(ctx context.Context, msgid string) (t Thread, found bool, err error) {
	msgid = strings.Trim(msgid, "<> ")
	if msgid == "" {
		return Thread{}, false, nil
	}
	err = r.queryRow(ctx, "SELECT COALESCE(question_id, 0), kind, to_addr FROM outbox WHERE message_id = ? AND message_id <> '' LIMIT 1",
		msgid).Scan(&t.QuestionID, &t.Kind, &t.To)
	if err == nil {
		t.Ours = true
		return t, true, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return Thread{}, false, fmt.Errorf("thread of %s: %w", msgid, err)
	}
	err = r.queryRow(ctx, `SELECT id FROM questions WHERE message_id = ? AND message_id <> ''
		UNION ALL SELECT question_id FROM followups WHERE message_id = ? AND message_id <> '' LIMIT 1`,
		msgid, msgid).Scan(&t.QuestionID)
	if errors.Is(err, sql.ErrNoRows) {
		return Thread{}, false, nil
	}
	if err != nil {
		return Thread{}, false, fmt.Errorf("thread of %s: %w", msgid, err)
	}
	return t, true, nil
}

// SetQuestionTitle changes the title of question id, and its slug with
// it, and returns the new slug.
func (tx *Tx) SetQuestionTitle(ctx context.Context, id int64, title string) (slug string, err error) {
	slug = slugify(title)
	res, err := tx.exec(ctx, "UPDATE questions SET title = ?, slug = ? WHERE id = ?", title, slug, id)
	if err != nil {
		return "", fmt.Errorf("question %d: set title: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return "", fmt.Errorf("question %d: %w", id, ErrNotFound)
	}
	return slug, nil
}

// CancelQueuedNote cancels the owner notes to addr with Reply-To replyTo
// that have not gone yet, and reports whether there was one.
func (tx *Tx) CancelQueuedNote(ctx context.Context, to, replyTo string) (bool, error) {
	res, err := tx.exec(ctx, `UPDATE outbox SET status = 'cancelled'
		WHERE kind = 'owner-note' AND to_addr = ? AND reply_to = ? AND status = 'queued'`, strings.ToLower(to), replyTo)
	if err != nil {
		return false, fmt.Errorf("cancel note to %s: %w", to, err)
	}
	n, err := res.RowsAffected()
	return n > 0, err
}

// MailsToSince counts the outbox mails of kind to addr queued since since,
// for limits on what one address can be made to receive.
func (r Queries) MailsToSince(ctx context.Context, kind, addr string, since time.Time) (int, error) {
	var n int
	err := r.queryRow(ctx, "SELECT COUNT(*) FROM outbox WHERE kind = ? AND to_addr = ? AND created_at >= ?",
		kind, strings.ToLower(addr), formatTime(since)).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count %s mail to %s: %w", kind, addr, err)
	}
	return n, nil
}
