package newsletter

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"helpline/data"
)

// errDryRun rolls back a batch of a dry run.
var errDryRun = errors.New("dry run")

// Outcomes of one line.
const (
	rowAdded     = "added"
	rowUpdated   = "updated"
	rowUnchanged = "unchanged"
	rowSkipped   = "skipped"
)

// flush applies the batch in one transaction, rolled back on a dry run.
func (im *importer) flush(ctx context.Context) error {
	if len(im.batch) == 0 {
		return nil
	}
	batch := im.batch
	im.batch = im.batch[:0]
	sum := *im.sum
	sum.Skipped = append([]SkippedLine(nil), im.sum.Skipped...)
	err := im.s.db.InTx(ctx, func(tx *data.Tx) error {
		if err := im.applyBatch(ctx, tx, batch); err != nil {
			return err
		}
		if im.opt.DryRun {
			return errDryRun
		}
		return nil
	})
	if err != nil && !errors.Is(err, errDryRun) {
		*im.sum = sum // what the rolled back batch did is undone
		return fmt.Errorf("import lines %d to %d: %w", batch[0].line, batch[len(batch)-1].line, err)
	}
	return nil
}

func (im *importer) applyBatch(ctx context.Context, tx *data.Tx, batch []importRow) error {
	addrs := make([]string, len(batch))
	hashes := make([]string, len(batch))
	for i, r := range batch {
		addrs[i], hashes[i] = r.email, data.SuppressionHash(im.s.cfg.SuppressionKey, r.email)
	}
	subs, err := tx.ListSubscribers(ctx, data.SubscriberFilter{Emails: addrs})
	if err != nil {
		return err
	}
	existing := make(map[string]*data.Subscriber, len(subs))
	for _, s := range subs {
		existing[strings.ToLower(s.Email)] = s
	}
	forgotten, err := tx.Suppressed(ctx, hashes...)
	if err != nil {
		return err
	}
	for i := range batch {
		r := &batch[i]
		old := existing[strings.ToLower(r.email)]
		var out string
		switch {
		case forgotten[hashes[i]] && old == nil:
			out, err = im.forgotten(ctx, tx, r)
		case old == nil:
			out, err = im.add(ctx, tx, r)
		default:
			out, err = im.update(ctx, tx, r, old)
		}
		if err != nil {
			return fmt.Errorf("line %d: %w", r.line, err)
		}
		switch out {
		case rowAdded:
			im.sum.Added++
		case rowUpdated:
			im.sum.Updated++
		case rowUnchanged:
			im.sum.Unchanged++
		}
	}
	return nil
}

// wantsMail reports whether the file has the line's address as one that
// gets mail.
func (r *importRow) wantsMail() bool {
	return r.status == data.SubscriberActive || r.status == data.SubscriberPending
}

// forgotten handles an address forgotten at its holder's request: nothing
// of it is stored again, unless the owner resubscribes it.
func (im *importer) forgotten(ctx context.Context, tx *data.Tx, r *importRow) (string, error) {
	if !r.wantsMail() || !im.opt.Resubscribe {
		im.skip(r.line, r.email, SkipSuppressed, "forgotten at their request")
		return rowSkipped, nil
	}
	return im.resubscribe(ctx, tx, r, rowAdded)
}

// add stores an address not seen before as the file has it.
func (im *importer) add(ctx context.Context, tx *data.Tx, r *importRow) (string, error) {
	n := data.NewSubscriber{Email: r.email, Name: r.name, Status: r.status, Complained: r.complained,
		Source: SourceImport, CreatedAt: r.created, LeftAt: r.left, Detail: im.detail()}
	if r.status == data.SubscriberActive {
		n.ConsentSource, n.ConfirmedAt = r.consentSource, r.consentAt
	}
	if _, err := tx.AddSubscriber(ctx, n); err != nil {
		return "", err
	}
	if r.status == data.SubscriberPending {
		if err := im.confirm(ctx, tx, r.email); err != nil {
			return "", err
		}
	}
	return rowAdded, nil
}

// update brings a known subscriber in line with the file, as far as
// consent allows.
func (im *importer) update(ctx context.Context, tx *data.Tx, r *importRow, old *data.Subscriber) (string, error) {
	sup := old.Suppression
	if r.wantsMail() && sup != "" {
		if im.opt.Resubscribe {
			return im.resubscribe(ctx, tx, r, rowUpdated)
		}
		detail := sup
		if t := old.SuppressedSince; !t.IsZero() {
			detail += " on " + t.UTC().Format(time.DateOnly)
		}
		im.skip(r.line, r.email, SkipSuppressed, detail)
		return rowSkipped, nil
	}
	changed := false
	if r.name != "" && r.name != old.Name {
		if err := tx.SetSubscriberName(ctx, old.ID, r.name); err != nil {
			return "", err
		}
		changed = true
	}
	var err error
	var moved bool
	switch {
	case r.status == data.SubscriberActive && old.Status == data.SubscriberPending:
		moved, err = tx.ActivateSubscriber(ctx, old.ID, r.consentSource, r.consentAt)
	case r.complained && sup != data.SuppressedComplained:
		moved, err = tx.SuppressSubscriber(ctx, old.ID, data.SuppressedComplained)
	case r.status == data.SubscriberUnsubscribed && sup == "":
		moved, err = tx.SuppressSubscriber(ctx, old.ID, data.SuppressedUnsubscribed)
	case r.status == data.SubscriberBounced && sup != data.SuppressedBounced:
		moved, err = tx.SuppressSubscriber(ctx, old.ID, data.SuppressedBounced)
	}
	if err != nil {
		return "", err
	}
	if changed || moved {
		return rowUpdated, nil
	}
	return rowUnchanged, nil
}

// resubscribe sends a confirmation to a suppressed address the file has
// as active or pending, for the owner's reason.
func (im *importer) resubscribe(ctx context.Context, tx *data.Tx, r *importRow, out string) (string, error) {
	reason := im.opt.Reason
	if im.opt.Name != "" {
		reason += " (import of " + im.opt.Name + ")"
	}
	_, queued, err := im.s.resubscribeTx(ctx, tx, r.email, r.name, SourceImport, reason)
	if queued {
		im.sum.Confirmations++
	}
	return out, err
}

// confirm queues the confirmation mail for a new pending subscriber.
func (im *importer) confirm(ctx context.Context, tx *data.Tx, addr string) error {
	sub, err := tx.SubscriberByEmail(ctx, addr)
	if err != nil {
		return err
	}
	queued, err := im.s.sendConfirmation(ctx, tx, sub, SourceImport)
	if queued {
		im.sum.Confirmations++
	}
	return err
}

// detail is what a new subscriber's history says of the import.
func (im *importer) detail() string {
	d := "from a " + im.sum.Format + " file"
	if im.opt.Name != "" {
		d += ", " + im.opt.Name
	}
	return d
}
