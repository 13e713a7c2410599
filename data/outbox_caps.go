package data

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// SentSince returns when each mail sent after since was accepted, oldest
// first, for the sender's caps per hour and per day. It reads every sent
// row's time: it runs when the sender starts and in `outbox list`, not per
// mail.
func (r Queries) SentSince(ctx context.Context, since time.Time) ([]time.Time, error) {
	out, err := queryAll(ctx, r, func(s scanner) (time.Time, error) {
		var t sql.NullString
		err := s.Scan(&t)
		return parseNullTime(t), err
	}, "SELECT sent_at FROM outbox WHERE status = 'sent' AND sent_at > ? ORDER BY sent_at", formatTime(since))
	if err != nil {
		return nil, fmt.Errorf("mail sent since %s: %w", since.Format(time.RFC3339), err)
	}
	return out, nil
}
