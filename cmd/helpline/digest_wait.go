package main

import (
	"context"
	"fmt"
	"time"

	"helpline/data"
)

// followEvery is how often digest send --wait looks at the outbox.
const followEvery = 500 * time.Millisecond

// followDigest shows the delivery of digest id's mails, which the
// running service sends, until none is queued or being sent. Stopping it
// stops only the watching.
func followDigest(ctx context.Context, m *Main, app *App, id, total int64) error {
	bar := m.progress(fmt.Sprintf("digest %d", id), "mails", total)
	defer bar.Done()
	var shown int64
	tick := time.NewTicker(followEvery)
	defer tick.Stop()
	for {
		counts, err := digestCounts(ctx, app.DB, id)
		if err != nil {
			return err
		}
		done := counts[data.OutboxSent] + counts[data.OutboxFailed] + counts[data.OutboxCancelled]
		bar.Add(done - shown)
		shown = done
		if counts[data.OutboxQueued]+counts[data.OutboxSending] == 0 {
			bar.Done()
			fmt.Fprintf(m.Stdout, "Digest %d: %s sent, %s failed, %s cancelled.\n", id, plural(counts[data.OutboxSent], "mail", "mails"),
				plural(counts[data.OutboxFailed], "mail", "mails"), plural(counts[data.OutboxCancelled], "mail", "mails"))
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("stopped watching; the service goes on sending digest %d: %w", id, ctx.Err())
		case <-tick.C:
		}
	}
}

// digestCounts are digest id's mails by status.
func digestCounts(ctx context.Context, db *data.DB, id int64) (map[string]int64, error) {
	list, err := db.ListDigests(ctx, 1)
	if err != nil {
		return nil, err
	}
	if len(list) == 0 || list[0].ID != id {
		return nil, fmt.Errorf("digest %d: %w", id, data.ErrNotFound)
	}
	return list[0].Outbox, nil
}
