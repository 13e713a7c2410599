package data

import (
	"context"
	"testing"
)

// BenchmarkListOutboxStuck lists what the owner's "outbox list" shows by
// default (mail queued, sending, failed or uncertain) from an outbox that
// kept ten digests to 100,000 subscribers: a million sent rows, ten failed.
func BenchmarkListOutboxStuck(b *testing.B) {
	db := openTest(b)
	ctx := context.Background()
	_, err := db.exec(ctx, `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000)
		INSERT INTO outbox (kind, to_addr, subject, text_body, message_id, status, next_attempt_at, created_at, sent_at)
		SELECT 'digest', 'reader' || i || '@example.org', 'This week', 'Questions answered this week.', 'hl.' || i || '@example.org',
			CASE WHEN i % 100000 = 7 THEN 'failed' ELSE 'sent' END,
			'2026-01-01T00:00:00.000000000Z', '2026-01-01T00:00:00.000000000Z', '2026-01-01T00:00:00.000000000Z'
		FROM n`)
	if err != nil {
		b.Fatal(err)
	}
	f := OutboxFilter{Statuses: []string{OutboxQueued, OutboxSending, OutboxFailed, OutboxUncertain}, Limit: 200}
	for b.Loop() {
		rows, err := db.ListOutbox(ctx, f)
		if err != nil || len(rows) != 10 {
			b.Fatalf("ListOutbox = %d rows, %v; want 10", len(rows), err)
		}
	}
}
