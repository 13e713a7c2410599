package data

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// Tx is a write transaction. Feature packages use it to make several
// changes, such as storing a question and queueing its mails, commit or fail
// together.
type Tx struct {
	tx       *sql.Tx
	now      time.Time
	enqueued bool
}

// Now is the time the transaction began, used for every timestamp it writes.
func (tx *Tx) Now() time.Time { return tx.now }

// InTx runs fn in one write transaction, committing if it returns nil.
func (db *DB) InTx(ctx context.Context, fn func(tx *Tx) error) error {
	return db.inTx(ctx, fn)
}

func (db *DB) inTx(ctx context.Context, fn func(tx *Tx) error) error {
	sqltx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer sqltx.Rollback()
	tx := &Tx{tx: sqltx, now: db.now()}
	if err := fn(tx); err != nil {
		return err
	}
	if err := sqltx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	if tx.enqueued && db.OnEnqueue != nil {
		db.OnEnqueue()
	}
	return nil
}
