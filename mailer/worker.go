package mailer

import (
	"context"
	"fmt"
	"runtime/debug"
	"time"

	"helpline/data"
)

// deliver takes one claimed row to a final or retry state. Whatever
// happens, including a panic, the row leaves the sending state unless the
// process dies.
func (s *Sender) deliver(ctx, dbctx context.Context, row *data.OutboxMail) {
	sent := false
	defer func() { s.capDone(sent) }()
	defer func() {
		if r := recover(); r != nil {
			s.log.Error("panic while sending", "outbox_id", row.ID, "panic", r, "stack", string(debug.Stack()))
			s.markFailed(dbctx, row, fmt.Sprintf("internal error: %v", r), nil)
		}
	}()
	if ctx.Err() != nil {
		s.release(ctx, row)
		return
	}
	msg, err := s.compose(ctx, row)
	if err != nil {
		s.failed(ctx, dbctx, row, err)
		return
	}
	if s.limiter != nil {
		if err := s.limiter.Wait(ctx); err != nil {
			s.release(ctx, row)
			return
		}
	}
	if !s.reachable(ctx, dbctx, row) {
		return
	}
	start := time.Now()
	if err := s.transport.Send(ctx, msg); err != nil {
		s.failed(ctx, dbctx, row, err)
		return
	}
	// Counted against the caps even if recording it fails: the relay has
	// the mail.
	sent = true
	s.noteSent(row, time.Since(start))
	s.markSent(dbctx, row)
}

// markSent records the receiver's acceptance. Until it is committed the row
// stays sending, and a crash then sends it again on restart: each worker
// has at most one such row at a time.
func (s *Sender) markSent(ctx context.Context, row *data.OutboxMail) {
	// When this fails the row stays sending; a restart requeues it and it
	// may go out twice, which is the documented cost of a failed write.
	if !s.settle(ctx, row, data.Outcome{Status: data.OutboxSent}) {
		return
	}
	s.log.Debug("sent", "outbox_id", row.ID, "kind", row.Kind, "message_id", row.MessageID)
}
