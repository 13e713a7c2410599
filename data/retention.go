package data

import (
	"context"
	"fmt"
	"time"
)

// Sweep deletes what is kept no longer, and returns how much of each:
//
//   - raw, the bytes of every mail processed before rawBefore (none when
//     rawBefore is zero). The message rows stay, with their sender,
//     subject, Message-ID and outcome. Mail that is quarantined or still
//     pending keeps its bytes whatever its age: it has not been dealt with
//     yet.
//   - held, the questions held since before heldBefore (none when zero),
//     whose askers never confirmed them.
func (db *DB) Sweep(ctx context.Context, rawBefore, heldBefore time.Time) (raw, held int64, err error) {
	if !rawBefore.IsZero() {
		// From the bytes still kept rather than from all messages: those
		// are the mail of the last retention period, and each is looked up
		// by its key.
		res, err := db.exec(ctx, `DELETE FROM message_raw WHERE id IN (
			SELECT r.id FROM message_raw r JOIN messages m ON m.id = r.id
			WHERE m.processed_at < ? AND m.outcome NOT IN ('quarantined', 'pending'))`, formatTime(rawBefore))
		if err != nil {
			return 0, 0, fmt.Errorf("drop raw mail: %w", err)
		}
		if raw, err = res.RowsAffected(); err != nil {
			return 0, 0, err
		}
	}
	if !heldBefore.IsZero() {
		res, err := db.exec(ctx, "DELETE FROM held_questions WHERE created_at < ?", formatTime(heldBefore))
		if err != nil {
			return raw, 0, fmt.Errorf("expire held questions: %w", err)
		}
		if held, err = res.RowsAffected(); err != nil {
			return raw, 0, err
		}
	}
	return raw, held, nil
}
