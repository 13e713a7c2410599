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
	db       *DB
	tx       *sql.Tx
	now      time.Time
	enqueued bool
	// stmts are the transaction's handles on the database's prepared
	// statements, made once per query: database/sql records each handle
	// until the transaction ends, and in a map of its own that never
	// shrinks, so one per statement run would cost time and memory.
	stmts map[string]*sql.Stmt
}

// Now is the time the transaction began, used for every timestamp it writes.
func (tx *Tx) Now() time.Time { return tx.now }

// InTx runs fn in one write transaction, committing if it returns nil.
func (db *DB) InTx(ctx context.Context, fn func(tx *Tx) error) error {
	return db.inTx(ctx, fn)
}

func (db *DB) inTx(ctx context.Context, fn func(tx *Tx) error) error {
	ctx = brief(ctx)
	sqltx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer sqltx.Rollback()
	tx := &Tx{db: db, tx: sqltx, now: db.now()}
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

// prepared returns the transaction's handle on the prepared query.
func (tx *Tx) prepared(ctx context.Context, query string) (*sql.Stmt, error) {
	if s, ok := tx.stmts[query]; ok {
		return s, nil
	}
	s, err := tx.db.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	ts := tx.tx.StmtContext(ctx, s)
	if tx.stmts == nil {
		tx.stmts = make(map[string]*sql.Stmt)
	}
	tx.stmts[query] = ts
	return ts, nil
}

// exec runs a prepared statement in the transaction.
func (tx *Tx) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	ctx = brief(ctx)
	s, err := tx.prepared(ctx, query)
	if err != nil {
		return nil, err
	}
	return s.ExecContext(ctx, args...)
}

// execLong is exec for a statement that may run for a long time, such as
// one row per subscriber: it stays cancellable by ctx.
func (tx *Tx) execLong(ctx context.Context, query string, args ...any) (sql.Result, error) {
	s, err := tx.prepared(brief(ctx), query)
	if err != nil {
		return nil, err
	}
	return s.ExecContext(ctx, args...)
}

// query runs a prepared query in the transaction.
func (tx *Tx) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	ctx = brief(ctx)
	s, err := tx.prepared(ctx, query)
	if err != nil {
		return nil, err
	}
	return s.QueryContext(ctx, args...)
}

// queryRow runs a prepared one-row query in the transaction.
func (tx *Tx) queryRow(ctx context.Context, query string, args ...any) *sql.Row {
	ctx = brief(ctx)
	s, err := tx.prepared(ctx, query)
	if err != nil {
		return tx.tx.QueryRowContext(ctx, query, args...)
	}
	return s.QueryRowContext(ctx, args...)
}

// Begin starts a write transaction that the caller ends with Commit or
// Rollback. InTx is simpler; Begin is for work that shares one commit
// across many steps, each in its own Savepoint.
func (db *DB) Begin(ctx context.Context) (*Tx, error) {
	ctx = brief(ctx)
	sqltx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	return &Tx{db: db, tx: sqltx, now: db.now()}, nil
}

// Commit commits a transaction from Begin.
func (tx *Tx) Commit() error {
	if err := tx.tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	if tx.enqueued && tx.db.OnEnqueue != nil {
		tx.db.OnEnqueue()
	}
	return nil
}

// Rollback abandons a transaction from Begin; after Commit it does nothing.
func (tx *Tx) Rollback() error { return tx.tx.Rollback() }

// Savepoint runs fn as a nested transaction: if fn fails, what it changed
// is undone and the rest of tx stands.
func (tx *Tx) Savepoint(ctx context.Context, fn func(tx *Tx) error) error {
	if _, err := tx.tx.ExecContext(brief(ctx), "SAVEPOINT step"); err != nil {
		return fmt.Errorf("savepoint: %w", err)
	}
	enqueued := tx.enqueued
	if err := fn(tx); err != nil {
		tx.enqueued = enqueued
		if _, rerr := tx.tx.ExecContext(brief(ctx), "ROLLBACK TO step"); rerr != nil {
			return fmt.Errorf("%w (and rolling back: %v)", err, rerr)
		}
		if _, rerr := tx.tx.ExecContext(brief(ctx), "RELEASE step"); rerr != nil {
			return fmt.Errorf("%w (and releasing: %v)", err, rerr)
		}
		return err
	}
	if _, err := tx.tx.ExecContext(brief(ctx), "RELEASE step"); err != nil {
		return fmt.Errorf("release savepoint: %w", err)
	}
	return nil
}
