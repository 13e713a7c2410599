package data

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"time"
)

// writer is the one connection every write transaction runs on.
//
// SQLite lets one writer in at a time anyway; taking turns on one
// connection queues writers in Go, where a waiting writer wakes as soon as
// the one before it is done, instead of in SQLite's busy handler, which
// sleeps for up to 100 ms between tries. It also keeps statements prepared
// on that connection for good, and runs a transaction without the
// database/sql transaction object, which starts a goroutine for every
// result set read inside it.
type writer struct {
	turn chan struct{} // holding a value in it is the right to write
	// conn and the statements prepared on it belong to whoever holds the
	// turn: stmts through database/sql, for queries that scan rows of any
	// shape; dstmts through the driver itself, for changes and the lookups
	// made for every message (see exec).
	conn   *sql.Conn
	stmts  map[string]*sql.Stmt
	dstmts map[string]driver.Stmt
	args   []driver.NamedValue // reused for every driver statement's arguments
}

func newWriter() *writer {
	return &writer{turn: make(chan struct{}, 1), stmts: map[string]*sql.Stmt{},
		dstmts: map[string]driver.Stmt{}}
}

// acquire waits for the turn to write, or for ctx to end, and returns the
// connection, opening it the first time.
func (db *DB) acquire(ctx context.Context) (*writer, error) {
	w := db.w
	select {
	case w.turn <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if w.conn == nil {
		conn, err := db.db.Conn(brief(ctx))
		if err != nil {
			<-w.turn
			return nil, err
		}
		w.conn = conn
	}
	return w, nil
}

// release gives up the turn. A connection that broke is dropped, and the
// next writer opens a new one.
func (w *writer) release(err error) {
	if errors.Is(err, driver.ErrBadConn) || errors.Is(err, sql.ErrConnDone) {
		w.close()
	}
	<-w.turn
}

// close closes the connection and its statements.
func (w *writer) close() {
	for q, s := range w.stmts {
		s.Close()
		delete(w.stmts, q)
	}
	for q, s := range w.dstmts {
		s.Close()
		delete(w.dstmts, q)
	}
	if w.conn != nil {
		w.conn.Close()
		w.conn = nil
	}
}

// stmt returns query prepared on the writer's connection. Only queries
// whose text is fixed may come here, so the cache stays small.
func (w *writer) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if s, ok := w.stmts[query]; ok {
		return s, nil
	}
	s, err := w.conn.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	w.stmts[query] = s
	return s, nil
}

// exec runs a change on the writer's connection through the driver
// itself. database/sql's bookkeeping around a statement (its locks, its
// argument checks, its result) costs a third of a small insert, and buys
// nothing on a connection that only the holder of the turn uses.
func (w *writer) exec(ctx context.Context, query string, args []any) (sql.Result, error) {
	var res driver.Result
	err := w.onDriver(ctx, query, args, func(st driver.Stmt, nv []driver.NamedValue) error {
		sx, ok := st.(driver.StmtExecContext)
		if !ok {
			return errors.New("the database driver cannot execute with a context")
		}
		var err error
		res, err = sx.ExecContext(ctx, nv)
		return err
	})
	if err != nil {
		return nil, err
	}
	return res, nil
}

// queryInts runs a query for one row of integers (NULL reads as 0) on the
// writer's connection through the driver, as exec does, for the lookups
// made for every message fetched. Without a row, dest is left as it is.
func (w *writer) queryInts(ctx context.Context, query string, args []any, dest ...*int64) error {
	return w.onDriver(ctx, query, args, func(st driver.Stmt, nv []driver.NamedValue) error {
		sq, ok := st.(driver.StmtQueryContext)
		if !ok {
			return errors.New("the database driver cannot query with a context")
		}
		rows, err := sq.QueryContext(ctx, nv)
		if err != nil {
			return err
		}
		defer rows.Close()
		vals := make([]driver.Value, len(rows.Columns()))
		if len(vals) != len(dest) {
			return fmt.Errorf("query returns %d columns, want %d", len(vals), len(dest))
		}
		if err := rows.Next(vals); errors.Is(err, io.EOF) {
			return nil
		} else if err != nil {
			return err
		}
		for i, v := range vals {
			switch n := v.(type) {
			case int64:
				*dest[i] = n
			case nil:
				*dest[i] = 0
			default:
				return fmt.Errorf("column %d is %T, not an integer", i+1, v)
			}
		}
		return nil
	})
}

// onDriver runs fn with query prepared on the writer's driver connection and
// args converted, holding the connection as database/sql's Conn.Raw does.
func (w *writer) onDriver(ctx context.Context, query string, args []any, fn func(driver.Stmt, []driver.NamedValue) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return w.conn.Raw(func(dc any) error {
		st, ok := w.dstmts[query]
		if !ok {
			pc, ok := dc.(driver.ConnPrepareContext)
			if !ok {
				return errors.New("the database driver cannot prepare with a context")
			}
			var err error
			if st, err = pc.PrepareContext(ctx, query); err != nil {
				return err
			}
			w.dstmts[query] = st
		}
		nv := w.args[:0]
		for i, a := range args {
			v, err := driverValue(a)
			if err != nil {
				return fmt.Errorf("argument %d: %w", i+1, err)
			}
			nv = append(nv, driver.NamedValue{Ordinal: i + 1, Value: v})
		}
		w.args = nv
		defer clear(nv) // let the arguments go
		return fn(st, nv)
	})
}

// driverValue converts an argument as database/sql would.
func driverValue(a any) (driver.Value, error) {
	switch v := a.(type) {
	case nil, string, int64, []byte, bool, float64, time.Time:
		return v, nil
	case int:
		return int64(v), nil
	case uint32:
		return int64(v), nil
	}
	return driver.DefaultParameterConverter.ConvertValue(a)
}

// Tx is a write transaction. Feature packages use it to make several
// changes, such as storing a question and queueing its mails, commit or fail
// together.
type Tx struct {
	db       *DB
	w        *writer
	now      time.Time
	enqueued bool
	done     bool
	err      error // the first error that may have broken the connection
	// borrowed is set when the turn was taken by the caller of beginOn,
	// who gives it back.
	borrowed bool
}

// Now is the time the transaction began, used for every timestamp it writes.
func (tx *Tx) Now() time.Time { return tx.now }

// InTx runs fn in one write transaction, committing if it returns nil.
func (db *DB) InTx(ctx context.Context, fn func(tx *Tx) error) error {
	return db.inTx(ctx, fn)
}

func (db *DB) inTx(ctx context.Context, fn func(tx *Tx) error) error {
	tx, err := db.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit()
}

// Begin starts a write transaction that the caller ends with Commit or
// Rollback; until then, other writers wait. InTx is simpler; Begin is for
// work that shares one commit across many steps, each in its own
// Savepoint.
func (db *DB) Begin(ctx context.Context) (*Tx, error) {
	w, err := db.acquire(ctx)
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	tx, err := db.beginOn(ctx, w)
	if err != nil {
		w.release(err)
		return nil, err
	}
	tx.borrowed = false
	return tx, nil
}

// beginOn starts a transaction on w, whose turn the caller holds and gives
// back after the transaction ends.
func (db *DB) beginOn(ctx context.Context, w *writer) (*Tx, error) {
	// IMMEDIATE takes the write lock now, so that a reader's snapshot
	// never has to be upgraded (which could fail with SQLITE_BUSY).
	if _, err := w.conn.ExecContext(brief(ctx), "BEGIN IMMEDIATE"); err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	return &Tx{db: db, w: w, now: db.now(), borrowed: true}, nil
}

// Commit commits a transaction from Begin.
func (tx *Tx) Commit() error {
	if tx.done {
		return errors.New("commit: transaction already ended")
	}
	if _, err := tx.w.conn.ExecContext(context.Background(), "COMMIT"); err != nil {
		// A failed COMMIT may leave the transaction open.
		tx.Rollback()
		return fmt.Errorf("commit: %w", err)
	}
	tx.end(nil)
	if tx.enqueued && tx.db.OnEnqueue != nil {
		tx.db.OnEnqueue()
	}
	return nil
}

// Rollback abandons a transaction from Begin; after Commit it does nothing.
func (tx *Tx) Rollback() error {
	if tx.done {
		return nil
	}
	_, err := tx.w.conn.ExecContext(context.Background(), "ROLLBACK")
	tx.end(err)
	return err
}

func (tx *Tx) end(err error) {
	tx.done = true
	if err == nil {
		err = tx.err
	}
	if !tx.borrowed {
		tx.w.release(err)
	}
}

// note keeps an error that may mean the connection broke.
func (tx *Tx) note(err error) error {
	if err != nil && tx.err == nil && (errors.Is(err, driver.ErrBadConn) || errors.Is(err, sql.ErrConnDone)) {
		tx.err = err
	}
	return err
}

// prepared returns the prepared query on the transaction's connection.
func (tx *Tx) prepared(ctx context.Context, query string) (*sql.Stmt, error) {
	if tx.done {
		return nil, errors.New("transaction already ended")
	}
	s, err := tx.w.stmt(ctx, query)
	return s, tx.note(err)
}

// exec runs a prepared statement in the transaction.
func (tx *Tx) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return tx.execLong(brief(ctx), query, args...)
}

// execLong is exec for a statement that may run for a long time, such as
// one row per subscriber: it stays cancellable by ctx.
func (tx *Tx) execLong(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if tx.done {
		return nil, errors.New("transaction already ended")
	}
	res, err := tx.w.exec(ctx, query, args)
	return res, tx.note(err)
}

// queryInts runs a one-row query of integers in the transaction; see
// writer.queryInts.
func (tx *Tx) queryInts(ctx context.Context, query string, args []any, dest ...*int64) error {
	if tx.done {
		return errors.New("transaction already ended")
	}
	return tx.note(tx.w.queryInts(brief(ctx), query, args, dest...))
}

// query runs a prepared query in the transaction.
func (tx *Tx) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	ctx = brief(ctx)
	s, err := tx.prepared(ctx, query)
	if err != nil {
		return nil, err
	}
	rows, err := s.QueryContext(ctx, args...)
	return rows, tx.note(err)
}

// queryRow runs a prepared one-row query in the transaction.
func (tx *Tx) queryRow(ctx context.Context, query string, args ...any) *sql.Row {
	ctx = brief(ctx)
	s, err := tx.prepared(ctx, query)
	if err != nil {
		// Row carries no error of its own making; run the query
		// unprepared so that Scan reports what is wrong.
		return tx.w.conn.QueryRowContext(ctx, query, args...)
	}
	return s.QueryRowContext(ctx, args...)
}

// Savepoint runs fn as a nested transaction: if fn fails, what it changed
// is undone and the rest of tx stands.
func (tx *Tx) Savepoint(ctx context.Context, fn func(tx *Tx) error) error {
	if _, err := tx.exec(ctx, "SAVEPOINT step"); err != nil {
		return fmt.Errorf("savepoint: %w", err)
	}
	enqueued := tx.enqueued
	defer func() {
		// A panic in fn must not leave its half-done changes in tx.
		if v := recover(); v != nil {
			tx.enqueued = enqueued
			tx.exec(ctx, "ROLLBACK TO step")
			tx.exec(ctx, "RELEASE step")
			panic(v)
		}
	}()
	if err := fn(tx); err != nil {
		tx.enqueued = enqueued
		if _, rerr := tx.exec(ctx, "ROLLBACK TO step"); rerr != nil {
			return fmt.Errorf("%w (and rolling back: %v)", err, rerr)
		}
		if _, rerr := tx.exec(ctx, "RELEASE step"); rerr != nil {
			return fmt.Errorf("%w (and releasing: %v)", err, rerr)
		}
		return err
	}
	if _, err := tx.exec(ctx, "RELEASE step"); err != nil {
		return fmt.Errorf("release savepoint: %w", err)
	}
	return nil
}
