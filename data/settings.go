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
// time of the first transaction to ask, which it records. Mail that had
// waited in the mailbox long before then was there before helpline was.
func (tx *Tx) FirstFiled(ctx context.Context) (time.Time, error) {
	res, err := tx.exec(ctx, `INSERT OR IGNORE INTO settings (key, value, updated_at) VALUES (?, ?, ?)`,
		firstFiledKey, formatTime(tx.now), formatTime(tx.now))
	if err != nil {
		return time.Time{}, fmt.Errorf("%s: %w", firstFiledKey, err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 1 {
		if err == nil {
			err = tx.backlogStarts(ctx)
		}
		if err != nil {
			return time.Time{}, fmt.Errorf("%s: %w", firstFiledKey, err)
		}
	}
	v, err := tx.Setting(ctx, firstFiledKey)
	if err != nil {
		return time.Time{}, err
	}
	return parseTime(v), nil
}
