package mailer

import (
	"context"
	"errors"
	"fmt"

	"helpline/data"
)

// failed records a failed attempt: a retry after a backoff while the
// failure is temporary and attempts remain, otherwise a final failure with
// the reason. If the run is stopping and the failure came from that, the
// row goes back to the queue as if never tried.
func (s *Sender) failed(ctx, dbctx context.Context, row *data.OutboxMail, err error) {
	if ctx.Err() != nil && errors.Is(err, ctx.Err()) {
		s.release(ctx, row)
		return
	}
	reason := err.Error()
	switch {
	case !IsTemporary(err):
		s.markFailed(dbctx, row, reason)
	case row.Attempts >= s.cfg.MaxAttempts:
		s.markFailed(dbctx, row, fmt.Sprintf("gave up after %d attempts: %s", row.Attempts, reason))
	default:
		next := s.db.Now().Add(s.backoff(row.Attempts))
		s.writes.Lock()
		err := s.db.MarkRetry(dbctx, row.ID, next, reason)
		s.writes.Unlock()
		if err != nil {
			s.log.Error("mark retry", "outbox_id", row.ID, "error", err)
			return
		}
		s.log.Info("mail will be retried", "outbox_id", row.ID, "kind", row.Kind, "attempts", row.Attempts,
			"next_attempt", next, "error", reason)
		s.Wake()
	}
}

func (s *Sender) markFailed(ctx context.Context, row *data.OutboxMail, reason string) {
	s.writes.Lock()
	err := s.db.MarkFailed(ctx, row.ID, reason)
	s.writes.Unlock()
	if err != nil {
		s.log.Error("mark failed", "outbox_id", row.ID, "error", err)
		return
	}
	s.log.Warn("mail failed", "outbox_id", row.ID, "kind", row.Kind, "attempts", row.Attempts, "error", reason)
}
