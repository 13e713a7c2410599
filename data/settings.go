package data

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"time"
)

// Setting returns the value stored under key, or ErrNotFound.
func (r Queries) Setting(ctx context.Context, key string) (string, error) {
	var v string
	err := r.queryRow(ctx, "SELECT value FROM settings WHERE key = ?", key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", ErrNotFound
	}
	if err != nil {
		return "", fmt.Errorf("setting %s: %w", key, err)
	}
	return v, nil
}

// SetSetting stores value under key.
func (db *DB) SetSetting(ctx context.Context, key, value string) error {
	_, err := db.exec(ctx, `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
		ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
		key, value, formatTime(db.now()))
	if err != nil {
		return fmt.Errorf("set setting %s: %w", key, err)
	}
	return nil
}

// Secret returns the random secret stored under key, generating and
// storing one of 32 bytes, hex-encoded, the first time, so that what it
// signs survives restarts when no secret is configured. The site's own is
// under "site_secret".
func (db *DB) Secret(ctx context.Context, key string) (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	// INSERT OR IGNORE makes two processes starting at once agree on one.
	if _, err := db.exec(ctx, `INSERT OR IGNORE INTO settings (key, value, updated_at) VALUES (?, ?, ?)`,
		key, hex.EncodeToString(b), formatTime(db.now())); err != nil {
		return "", fmt.Errorf("%s: %w", key, err)
	}
	return db.Setting(ctx, key)
}

// FirstFiled returns when the first mail was filed in this database: the
// time of the first transaction to ask, which it records, or, in a
// database that filed mail before it was first asked, when its oldest
// message or outbox mail was. Mail that had waited in the mailbox long
// before then was there before helpline was. A clock that read later
// then than it reads now was wrong: the time is brought back to now, so
// that a clock set a year ahead at first start does not keep a year of
// mail quiet once it is put right.
func (tx *Tx) FirstFiled(ctx context.Context) (time.Time, error) {
	now := formatTime(tx.now)
	v, err := tx.Setting(ctx, firstFiledKey)
	first := errors.Is(err, ErrNotFound)
	switch {
	case first:
		// The oldest rows say when helpline started on a database of
		// before this setting: taking the first call's time instead
		// would make the mail of an outage before an upgrade look old.
		// Messages go with retention; the outbox keeps its rows.
		if err := tx.queryRow(ctx, `SELECT MIN(t) FROM (SELECT ? AS t
			UNION ALL SELECT MIN(processed_at) FROM messages UNION ALL SELECT MIN(created_at) FROM outbox)`,
			now).Scan(&v); err != nil {
			return time.Time{}, fmt.Errorf("%s: %w", firstFiledKey, err)
		}
	case err != nil:
		return time.Time{}, err
	case v <= now:
		return parseTime(v), nil
	default:
		v = now
	}
	if _, err := tx.exec(ctx, `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
		ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
		firstFiledKey, v, now); err != nil {
		return time.Time{}, fmt.Errorf("%s: %w", firstFiledKey, err)
	}
	if first {
		if err := tx.backlogStarts(ctx); err != nil {
			return time.Time{}, fmt.Errorf("%s: %w", firstFiledKey, err)
		}
	}
	return parseTime(v), nil
}
