package inbox

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"

	"helpline/data"
)

// outcome is what processing decided for one message.
type outcome struct {
	kind       string
	reason     string
	questionID int64
}

// act is what a message comes to: the changes it makes in the message's
// transaction, and the outcome recorded beside them. dispatch decides it
// without touching the store.
type act func(ctx context.Context, tx *data.Tx) (outcome, error)

// verdict is an act that changes nothing but the message's outcome.
func verdict(out outcome) act {
	return func(context.Context, *data.Tx) (outcome, error) { return out, nil }
}

// refusal is a service turning down what a message asked for (a forged
// token, an unreadable report): a verdict on the message, recorded with
// out once whatever the service changed is rolled back.
type refusal struct{ out outcome }

func (r *refusal) Error() string { return r.out.reason }

// service is an act that works through another service with call, and
// records out when it succeeds. An error that may pass is returned, to try
// again later; any other is the service's refusal.
func service(out outcome, call func(ctx context.Context, tx *data.Tx) error) act {
	return func(ctx context.Context, tx *data.Tx) (outcome, error) {
		err := call(ctx, tx)
		switch {
		case err == nil:
			return out, nil
		case data.Temporary(err):
			return outcome{}, err
		case out.reason != "":
			out.reason += ": " + err.Error()
		default:
			out.reason = err.Error()
		}
		return outcome{}, &refusal{out}
	}
}

var errPanic = errors.New("panic")

// handle acts on one message and records its outcome, and mark when it
// is not nil, in one transaction. Should the act fail, that transaction
// is rolled back and a second records what is left to say: the verdict of
// a service that refused, the panic that makes the message quarantined
// (it would panic every time), or, for a failure of the store that will
// not pass by itself, the message kept pending for Resume. A failure that
// may pass is returned with nothing stored.
func (p *Processor) handle(ctx context.Context, in incoming, mark *data.Mailbox) error {
	m := in.rec
	out, err := p.commit(ctx, m, in.act, mark)
	var refused *refusal
	switch {
	case err == nil:
	case errors.As(err, &refused):
		out, err = p.commit(ctx, m, verdict(refused.out), mark)
	case errors.Is(err, errPanic):
		out, err = p.commit(ctx, m, verdict(outcome{kind: data.OutcomeQuarantined, reason: err.Error()}), mark)
	case !data.Temporary(err):
		p.log.Error("process message; kept pending", "uid", m.UID, "message_id", m.MessageID, "err", err)
		out, err = p.commit(ctx, m, verdict(outcome{kind: data.OutcomePending}), mark)
	}
	if err != nil {
		return err
	}
	p.log.Info("message processed", "message_id", m.MessageID, "uid", m.UID, "outcome", out.kind,
		"reason", out.reason, "question_id", out.questionID)
	p.observeProcessed(out.kind)
	return nil
}

// decide works out what a message comes to, without touching the store.
// A panic in classifying makes the message quarantined.
func (p *Processor) decide(in incoming) (a act) {
	m := in.rec
	defer func() {
		if v := recover(); v != nil {
			p.log.Error("panic while classifying a message", "uid", m.UID, "panic", v, "stack", string(debug.Stack()))
			a = verdict(outcome{kind: data.OutcomeQuarantined, reason: fmt.Sprintf("%v: %v", errPanic, v)})
		}
	}()
	switch {
	case m.ID == 0 && m.Outcome != data.OutcomePending:
		// Refused before parsing, such as a message too large to download.
		return verdict(outcome{kind: m.Outcome, reason: m.Reason})
	case in.parseErr != nil:
		return verdict(outcome{kind: data.OutcomeQuarantined, reason: in.parseErr.Error()})
	}
	return p.dispatch(in.rec, in.parsed, in.sent)
}

// commit does a in one transaction with the message's record and the
// mark. On failure m is left as it was before.
func (p *Processor) commit(ctx context.Context, m *data.Message, a act, mark *data.Mailbox) (out outcome, err error) {
	before := *m
	sent := mark != nil && mark.Sent
	err = p.db.InTx(ctx, func(tx *data.Tx) error {
		if out, err = p.record(ctx, tx, m, a, sent); err != nil {
			return err
		}
		if mark == nil {
			return nil
		}
		return tx.SetMailbox(ctx, *mark)
	})
	if err != nil {
		*m = before
	}
	return out, err
}

// record does what a says and writes m with the outcome, or records the
// outcome of m stored before. A copy of a message stored before is
// recorded as a duplicate instead, and a is not done.
func (p *Processor) record(ctx context.Context, tx *data.Tx, m *data.Message, a act, sent bool) (outcome, error) {
	var held int64
	if m.ID == 0 && m.Outcome == data.OutcomePending {
		prev, prevOutcome, err := tx.SeenMessage(ctx, m.MessageID, m.Hash)
		if err != nil {
			return outcome{}, err
		}
		switch {
		case prev != 0 && sent && prevOutcome == data.OutcomeHeld:
			// The owner's copy in Sent of a reply held in the inbox
			// needs no confirmation: it is acted on, and settles the
			// held one.
			held = prev
		case prev != 0:
			// The bytes are stored once: a copy, such as every message
			// again after a UIDVALIDITY change, is recorded without them.
			m.Raw = nil
			m.Outcome, m.Reason = data.OutcomeDuplicate, fmt.Sprintf("same as message %d", prev)
			return outcome{kind: m.Outcome, reason: m.Reason}, tx.StoreMessage(ctx, m)
		}
	}
	out, err := p.safeAct(ctx, tx, m, a)
	if err != nil {
		return outcome{}, err
	}

	m.Outcome, m.Reason, m.QuestionID = out.kind, out.reason, out.questionID
	if m.ID != 0 {
		err = tx.SetMessageOutcome(ctx, m.ID, out.kind, out.reason, out.questionID)
	} else {
		err = tx.StoreMessage(ctx, m)
	}
	if err == nil && held != 0 {
		err = p.releaseHeld(ctx, tx, held, m.ID)
	}
	return out, err
}

// storeFirst writes m, pending, unless it is stored already, for an act
// that records something referring to it.
func storeFirst(ctx context.Context, tx *data.Tx, m *data.Message) error {
	if m.ID != 0 {
		return nil
	}
	return tx.StoreMessage(ctx, m)
}

// safeAct is a with a panic turned into an error wrapping errPanic, so one
// message that trips a bug cannot stop the inbox.
func (p *Processor) safeAct(ctx context.Context, tx *data.Tx, m *data.Message, a act) (out outcome, err error) {
	defer func() {
		if v := recover(); v != nil {
			p.log.Error("panic while processing a message", "uid", m.UID, "panic", v, "stack", string(debug.Stack()))
			out, err = outcome{}, fmt.Errorf("%w: %v", errPanic, v)
		}
	}()
	return a(ctx, tx)
}
