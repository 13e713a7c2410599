package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Tx is a write transaction. Feature packages use it to make several
// changes, such as storing a question and queueing its mails, commit or fail
// together. Its Queries read inside the transaction and see its changes.
type Tx struct {
	Queries
	tx       *sql.Tx
	db       *DB
	now      time.Time
	enqueued bool // the transaction queued outbox mail
}

// Now is the time the transaction began, used for every timestamp it writes.
func (tx *Tx) Now() time.Time { return tx.now }

// Queries are every read of the database. DB and Tx both embed them, so
// that a read is asked for the same way wherever it runs: db.QuestionByID
// reads the latest commit, tx.QuestionByID reads inside the transaction,
// under its write lock, and sees its changes.
type Queries struct {
	querier
}

// InTx runs fn in one write transaction, committing if it returns nil.
func (db *DB) InTx(ctx context.Context, fn func(tx *Tx) error) error {
	return db.inTx(ctx, fn)
}

func (db *DB) inTx(ctx context.Context, fn func(tx *Tx) error) error {
	tx, err := db.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.rollback()
	if err := fn(tx); err != nil {
		return err
	}
	return tx.commit()
}

// begin starts a write transaction that the caller ends with commit or
// rollback; until then, other writers wait.
func (db *DB) begin(ctx context.Context) (*Tx, error) {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	t := &Tx{tx: tx, db: db, now: db.now()}
	t.Queries = Queries{t}
	return t, nil
}

// commit commits a transaction from begin.
func (tx *Tx) commit() error {
	if err := tx.tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	if tx.enqueued && tx.db.OnEnqueue != nil {
		tx.db.OnEnqueue()
	}
	if tx.db.OnCommit != nil {
		tx.db.OnCommit()
	}
	return nil
}

// rollback abandons a transaction from begin; after commit it does nothing.
func (tx *Tx) rollback() error {
	if err := tx.tx.Rollback(); err != nil && !errors.Is(err, sql.ErrTxDone) {
		return fmt.Errorf("rollback: %w", err)
	}
	return nil
}

// exec runs a change in the transaction.
func (tx *Tx) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return tx.tx.ExecContext(ctx, query, args...)
}

// query runs a query in the transaction.
func (tx *Tx) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return tx.tx.QueryContext(ctx, query, args...)
}

// queryRow runs a one-row query in the transaction.
func (tx *Tx) queryRow(ctx context.Context, query string, args ...any) *sql.Row {
	return tx.tx.QueryRowContext(ctx, query, args...)
}
