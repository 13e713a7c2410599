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
	s.noteFailure(err)
	reason := err.Error()
	var se *SendError
	if errors.As(err, &se) && se.Uncertain {
		s.unanswered(dbctx, row, reason)
		return
	}
	switch {
	case !IsTemporary(err):
		s.markFailed(dbctx, row, reason, recipientFailure(row, err, true))
	case row.Attempts >= s.cfg.MaxAttempts:
		s.markFailed(dbctx, row, fmt.Sprintf("gave up after %d attempts: %s", row.Attempts, reason),
			recipientFailure(row, err, false))
	default:
		next := s.db.Now().Add(s.backoff(row.Attempts))
		if !s.settle(dbctx, row, data.Outcome{Status: data.OutboxQueued, Next: next, Reason: reason}) {
			return
		}
		s.log.Info("mail will be retried", "outbox_id", row.ID, "kind", row.Kind, "attempts", row.Attempts,
			"next_attempt", next, "error", reason)
		s.observe(row, ResultRetry, 0)
		s.Wake()
	}
}

// unanswered records an attempt that sent the whole mail and got no reply
// to its end, so that the mail may have arrived. It is tried once more,
// and only after Timeouts.DataEnd: a server that is slow to answer gets
// that long to finish with the first copy, and a connection lost while
// waiting gets a fair chance to have been the only fault. When that try
// ends without a reply too, or it was the last attempt, the row is left
// uncertain: the owner knows whether the recipient has it.
func (s *Sender) unanswered(ctx context.Context, row *data.OutboxMail, reason string) {
	if row.Unanswered > 0 || row.Attempts >= s.cfg.MaxAttempts {
		if !s.settle(ctx, row, data.Outcome{Status: data.OutboxUncertain, Unanswered: true, Reason: reason}) {
			return
		}
		s.log.Warn("mail may have been delivered: left for the owner to retry or drop", "outbox_id", row.ID,
			"kind", row.Kind, "attempts", row.Attempts, "error", reason)
		s.observe(row, ResultUncertain, 0)
		return
	}
	next := s.db.Now().Add(max(s.cfg.Timeouts.DataEnd, s.backoff(row.Attempts)))
	if !s.settle(ctx, row, data.Outcome{Status: data.OutboxQueued, Next: next, Unanswered: true, Reason: reason}) {
		return
	}
	s.log.Warn("mail may have been delivered: it will be tried once more", "outbox_id", row.ID, "kind", row.Kind,
		"attempts", row.Attempts, "next_attempt", next, "error", reason)
	s.observe(row, ResultRetry, 0)
	s.Wake()
}

// settle records what became of row, and logs when it cannot: the row
// then stays sending until the next start puts it back in the queue.
func (s *Sender) settle(ctx context.Context, row *data.OutboxMail, o data.Outcome) bool {
	if err := s.db.SettleOutbox(ctx, o, row.ID); err != nil {
		s.log.Error("record mail outcome", "outbox_id", row.ID, "status", o.Status, "error", err)
		return false
	}
	return true
}

// markFailed records that row will not be sent, and why, with what the
// failure says about the recipient (f, when not nil) in the same
// transaction.
func (s *Sender) markFailed(ctx context.Context, row *data.OutboxMail, reason string, f *Failure) {
	failed := data.Outcome{Status: data.OutboxFailed, Reason: reason}
	attrs := []any{"outbox_id", row.ID, "kind", row.Kind, "attempts", row.Attempts, "error", reason}
	settled := false
	if f != nil && s.cfg.Failures != nil {
		failed.With = func(tx *data.Tx) error { return s.cfg.Failures.RecipientFailed(ctx, tx, *f) }
		if err := s.db.SettleOutbox(ctx, failed, row.ID); err != nil {
			s.log.Error("report a failed recipient", "outbox_id", row.ID, "error", err)
			failed.With = nil
		} else {
			settled, attrs = true, append(attrs, "status", f.Status)
		}
	}
	if !settled {
		if err := s.db.SettleOutbox(ctx, failed, row.ID); err != nil {
			s.log.Error("mark failed", "outbox_id", row.ID, "error", err)
			return
		}
	}
	s.log.Warn("mail failed", attrs...)
	s.observe(row, ResultFailed, 0)
}

// reachable reports whether row may go out now. A row for a subscriber who
// unsubscribed or bounced after it was claimed is cancelled here instead:
// leaving cancels only rows still queued, and a claimed row may wait a
// while behind others. When the check itself fails the row is handled as
// a failed attempt.
func (s *Sender) reachable(ctx, dbctx context.Context, row *data.OutboxMail) bool {
	if row.SubscriberID == 0 {
		return true
	}
	ok, err := s.db.SubscriberReachable(ctx, row.SubscriberID)
	if err != nil {
		s.failed(ctx, dbctx, row, fmt.Errorf("check recipient: %w", err))
		return false
	}
	if ok {
		return true
	}
	if !s.settle(dbctx, row, data.Outcome{Status: data.OutboxCancelled, Reason: "recipient left"}) {
		return false
	}
	s.log.Info("mail cancelled: recipient left", "outbox_id", row.ID, "kind", row.Kind, "subscriber_id", row.SubscriberID)
	return false
}
