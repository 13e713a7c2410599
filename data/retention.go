package data

import (
	"context"
	"fmt"
	"time"
)

// DropRaw deletes the raw bytes of every mail processed before before and
// returns how many. The message rows stay, with their sender, subject,
// Message-ID and outcome. Mail that is quarantined or still pending keeps
// its bytes whatever its age: it has not been dealt with yet.
func (db *DB) DropRaw(ctx context.Context, before time.Time) (int64, error) {
	// From the bytes still kept rather than from all messages: those are
	// the mail of the last retention period, and each is looked up by its
	// key.
	res, err := db.exec(ctx, `DELETE FROM message_raw WHERE id IN (
		SELECT r.id FROM message_raw r JOIN messages m ON m.id = r.id
		WHERE m.processed_at < ? AND m.outcome NOT IN ('quarantined', 'pending'))`, formatTime(before))
	if err != nil {
		return 0, fmt.Errorf("drop raw mail: %w", err)
	}
	return res.RowsAffected()
}
