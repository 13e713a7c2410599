package mailer

import (
	"bytes"
	"context"
	"fmt"
	"runtime/debug"
	"time"

	gomail "github.com/wneessen/go-mail"

	"helpline/data"
)

// idleCheck is how long a connection may sit unused before a NOOP checks
// that the server has not closed it (RFC 5321 4.5.3.2.7 lets a server give
// up on an idle client after five minutes).
const idleCheck = 30 * time.Second

// worker delivers rows one at a time over one reused SMTP connection.
type worker struct {
	s     *Sender
	id    int
	jobs  <-chan *data.OutboxMail
	dbctx context.Context // outlives Run's ctx, so outcomes are recorded during shutdown
	marks *marker

	// marked is closed once the previous acceptance on this connection is
	// recorded; see marker.
	marked <-chan struct{}

	cn        *conn
	buf       bytes.Buffer // the message being sent, reused from mail to mail
	wire      []byte       // buf dot-stuffed for DATA, reused likewise
	lastUse   time.Time
	dialFails int
	redialAt  time.Time
}

func (w *worker) run(ctx context.Context) {
	defer w.hangUp()
	for row := range w.jobs {
		w.handle(ctx, row)
	}
	w.waitMarked()
}

// waitMarked blocks until the previous acceptance is recorded.
func (w *worker) waitMarked() {
	if w.marked != nil {
		<-w.marked
		w.marked = nil
	}
}

// handle takes one claimed row to a final or retry state. Whatever happens,
// including a panic, the row leaves the sending state unless the process
// dies.
func (w *worker) handle(ctx context.Context, row *data.OutboxMail) {
	defer func() {
		if r := recover(); r != nil {
			w.s.log.Error("panic while sending", "outbox_id", row.ID, "panic", r, "stack", string(debug.Stack()))
			w.drop()
			w.s.markFailed(w.dbctx, row, fmt.Sprintf("internal error: %v", r))
		}
	}()
	if ctx.Err() != nil {
		w.s.release(ctx, row)
		return
	}
	// Connected first: how the body is encoded depends on the server.
	if err := w.connect(ctx); err != nil {
		w.s.failed(ctx, w.dbctx, row, err)
		return
	}
	msg, env, err := w.s.compose(ctx, row, w.cn.eightBit())
	if err == nil {
		err = w.render(msg)
	}
	if err != nil {
		w.s.failed(ctx, w.dbctx, row, err)
		return
	}
	if w.s.limiter != nil {
		if err := w.s.limiter.Wait(ctx); err != nil {
			w.s.release(ctx, row)
			return
		}
	}
	if !w.s.reachable(ctx, w.dbctx, row) {
		return
	}
	err = w.cn.send(w.wire, env.from, env.to, w.waitMarked)
	w.lastUse = time.Now()
	if err != nil {
		if se := classify("DATA", err); se.broken {
			w.drop()
		}
		w.s.failed(ctx, w.dbctx, row, err)
		return
	}
	w.marked = w.marks.submit(row)
}

// maxKeptBuffer is the largest message buffer a worker reuses; one grown
// past it by a rare large message (an attachment) is let go at the next
// mail.
const maxKeptBuffer = 1 << 20

// render writes msg, dot-stuffed, into the worker's buffers before the
// transaction starts, so that a message that cannot be written fails its
// row without leaving a session half-way through DATA.
func (w *worker) render(msg *gomail.Msg) error {
	if w.buf.Cap() > maxKeptBuffer {
		w.buf, w.wire = bytes.Buffer{}, nil
	}
	w.buf.Reset()
	if _, err := msg.WriteTo(&w.buf); err != nil {
		return fmt.Errorf("%w: write message: %v", ErrInvalidMessage, err)
	}
	w.wire = appendStuffed(w.wire[:0], w.buf.Bytes())
	return nil
}

// connect makes sure the worker holds a live connection, dialing if
// needed. After failed dials it waits, doubling the wait each time, so a
// relay that is down is not hammered.
func (w *worker) connect(ctx context.Context) error {
	if w.cn != nil && time.Since(w.lastUse) > idleCheck {
		if err := w.cn.noop(); err != nil {
			w.drop()
		}
	}
	if w.cn != nil {
		return nil
	}
	if wait := time.Until(w.redialAt); wait > 0 {
		t := time.NewTimer(wait)
		defer t.Stop()
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
	cn, err := dial(ctx, w.s.dialer, w.s.cfg.Timeout, w.s.cfg.oneByOne)
	if err != nil {
		w.dialFails++
		w.redialAt = time.Now().Add(w.redialDelay())
		w.s.log.Warn("smtp connect failed", "worker", w.id, "addr", w.s.cfg.Addr, "failures", w.dialFails, "error", err)
		return err
	}
	w.dialFails, w.cn, w.lastUse = 0, cn, time.Now()
	w.s.log.Debug("smtp connected", "worker", w.id, "addr", w.s.cfg.Addr)
	return nil
}

func (w *worker) redialDelay() time.Duration {
	d := min(w.s.cfg.BaseBackoff, time.Second)
	for i := 1; i < w.dialFails && d < time.Minute; i++ {
		d *= 2
	}
	return min(d, time.Minute)
}

// drop abandons a connection that can no longer be trusted.
func (w *worker) drop() {
	if w.cn != nil {
		w.cn.close()
		w.cn = nil
	}
}

// hangUp ends the session politely when the worker stops.
func (w *worker) hangUp() {
	if w.cn != nil {
		w.cn.quit()
		w.cn = nil
	}
}
