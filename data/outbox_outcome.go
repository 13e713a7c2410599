package data

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Outcome is what became of claimed outbox rows, as the sender records it
// with SettleOutbox. Status says where the rows go:
//
//   - OutboxSent: the server accepted the mail; its last error is cleared.
//   - OutboxQueued with Next: tried again from Next.
//   - OutboxQueued with Next zero: the mail was never offered to the
//     server, so it goes back due as before, with its last error, and the
//     attempt its claim counted is given back. Reason must be empty.
//   - OutboxUncertain: the mail may have arrived; it waits for the owner
//     (ChangeOutbox).
//   - OutboxCancelled: the mail will not be offered, though it was claimed.
//   - OutboxFailed: the mail failed for good and will not be tried again.
type Outcome struct {
	Status string
	Next   time.Time
	// Unanswered says the attempt sent the whole mail and got no reply to
	// its end: it is counted in OutboxMail.Unanswered.
	Unanswered bool
	// Reason is kept as the rows' last error.
	Reason string
	// With, when not nil, runs in the transaction that records the
	// outcome, so that what it says about the recipient (a failure that
	// suppresses them) commits with it, or neither does.
	With func(tx *Tx) error
}

// SettleOutbox records o for every row in ids that is still sending, in
// one transaction, so that several rows' outcomes share one commit. Rows
// no longer sending are left alone.
func (db *DB) SettleOutbox(ctx context.Context, o Outcome, ids ...int64) error {
	if len(ids) == 0 {
		return nil
	}
	set, args, err := o.set(db.now())
	if err != nil {
		return err
	}
	update := "UPDATE outbox SET " + set + " WHERE id = ? AND status = 'sending'"
	if len(ids) == 1 && o.With == nil {
		// A statement is its own transaction: no BEGIN and COMMIT to pay.
		_, err = db.exec(ctx, update, append(args, ids[0])...)
	} else {
		// One rowid lookup per row under one commit: an IN list of several
		// ids leads the planner to walk every sending row by status.
		args = slices.Clip(args)
		err = db.inTx(ctx, func(tx *Tx) error {
			for _, id := range ids {
				if _, err := tx.exec(ctx, update, append(args, id)...); err != nil {
					return err
				}
			}
			if o.With != nil {
				return o.With(tx)
			}
			return nil
		})
	}
	if err != nil {
		return fmt.Errorf("settle %d outbox rows as %s: %w", len(ids), o.Status, err)
	}
	return nil
}

// set is the SET clause that records o, with its arguments.
func (o Outcome) set(now time.Time) (string, []any, error) {
	cols := []string{"status = ?"}
	args := []any{o.Status}
	switch {
	case o.Status == OutboxSent:
		cols = append(cols, "sent_at = ?", "last_error = ''")
		args = append(args, formatTime(now))
	case o.Status == OutboxQueued && o.Next.IsZero():
		if o.Reason != "" || o.Unanswered {
			return "", nil, fmt.Errorf("settle outbox: a row put back untried has no reason and no unanswered attempt")
		}
		cols = append(cols, "attempts = MAX(attempts - 1, 0)")
	case o.Status == OutboxQueued:
		cols = append(cols, "next_attempt_at = ?", "last_error = ?")
		args = append(args, formatTime(o.Next), o.Reason)
	case o.Status == OutboxUncertain, o.Status == OutboxCancelled, o.Status == OutboxFailed:
		cols = append(cols, "last_error = ?")
		args = append(args, o.Reason)
	default:
		return "", nil, fmt.Errorf("settle outbox: %q is not an outcome", o.Status)
	}
	if o.Unanswered {
		cols = append(cols, "unanswered = unanswered + 1")
	}
	return strings.Join(cols, ", "), args, nil
}
