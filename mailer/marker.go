package mailer

import (
	"context"
	"log/slog"

	"helpline/data"
)

// maxMarkBatch bounds one commit of acceptances.
const maxMarkBatch = 256

// marker records acceptances in the database off the workers' critical
// path: rows that arrive while a commit runs share the next one.
//
// A worker submits a row after its 250 and must wait for the mark before
// it sends the dot that ends its next DATA, so no connection ever has more
// than one accepted-but-unmarked row. Those, at most one per connection,
// are all a crash can send twice.
type marker struct {
	db   *data.DB
	ctx  context.Context
	log  *slog.Logger
	reqs chan markReq
	done chan struct{}
}

type markReq struct {
	row  *data.OutboxMail
	done chan struct{}
}

func newMarker(ctx context.Context, db *data.DB, log *slog.Logger, workers int) *marker {
	m := &marker{db: db, ctx: ctx, log: log, reqs: make(chan markReq, workers), done: make(chan struct{})}
	go m.run()
	return m
}

// submit queues row to be marked sent and returns a channel closed once
// the mark is committed or has failed (and been logged).
func (m *marker) submit(row *data.OutboxMail) <-chan struct{} {
	done := make(chan struct{})
	m.reqs <- markReq{row: row, done: done}
	return done
}

// close waits for every submitted row to be marked.
func (m *marker) close() {
	close(m.reqs)
	<-m.done
}

func (m *marker) run() {
	defer close(m.done)
	batch := make([]markReq, 0, maxMarkBatch)
	for req := range m.reqs {
		batch = append(batch[:0], req)
	more:
		for len(batch) < maxMarkBatch {
			select {
			case r, ok := <-m.reqs:
				if !ok {
					break more
				}
				batch = append(batch, r)
			default:
				break more
			}
		}
		m.commit(batch)
	}
}

// commit marks a batch and releases its waiters, even after a panic, so
// that no worker waits forever.
func (m *marker) commit(batch []markReq) {
	defer func() {
		if r := recover(); r != nil {
			m.log.Error("marking sent panicked; rows stay sending until restart", "count", len(batch), "panic", r)
		}
		for _, req := range batch {
			close(req.done)
		}
	}()
	ids := make([]int64, len(batch))
	for i, req := range batch {
		ids[i] = req.row.ID
	}
	if err := m.db.MarkSent(m.ctx, ids...); err != nil {
		// The rows stay sending; a restart requeues them and they may go
		// out twice, which is the documented cost of a failed write.
		m.log.Error("mark sent", "count", len(ids), "first_outbox_id", ids[0], "error", err)
		return
	}
	for _, req := range batch {
		m.log.Debug("sent", "outbox_id", req.row.ID, "kind", req.row.Kind, "message_id", req.row.MessageID)
	}
}
