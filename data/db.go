package data

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	_ "github.com/mattn/go-sqlite3" // registers the "sqlite3" driver
)

// ErrNotFound is returned when a looked-up row does not exist.
var ErrNotFound = errors.New("not found")

// ErrConflict is returned when a write would break a uniqueness rule.
var ErrConflict = errors.New("conflict")

//go:embed migrations/*.sql
var migrationFS embed.FS

// timeFormat sorts as text and keeps nanoseconds, so ordering by a time
// column in SQL matches ordering in Go.
const timeFormat = "2006-01-02T15:04:05.000000000Z"

// DB is a handle on helpline's SQLite database.
type DB struct {
	db    *sql.DB
	path  string
	stmts sync.Map // query text -> *sql.Stmt, prepared once per connection
	w     *writer  // the connection write transactions take turns on
	// Now returns the current time; tests replace it.
	Now func() time.Time
	// OnEnqueue, if set, is called after a transaction that queued outbox
	// mail commits, so the sender can start at once instead of at its next
	// poll. It must not block.
	OnEnqueue func()
}

// Open opens (creating if needed) the SQLite database at path. It does not
// migrate: call Migrate.
//
// The pragmas live in the DSN so that every pooled connection gets them:
// WAL for concurrent readers, a busy timeout instead of SQLITE_BUSY errors,
// foreign keys, and BEGIN IMMEDIATE for transactions so that two writers
// queue up instead of failing on lock upgrade.
func Open(path string) (*DB, error) {
	if path == "" {
		return nil, errors.New("open database: empty path")
	}
	q := url.Values{}
	q.Set("_journal_mode", "WAL")
	q.Set("_busy_timeout", "10000")
	q.Set("_foreign_keys", "on")
	q.Set("_synchronous", "NORMAL")
	q.Set("_txlock", "immediate")
	dsn := "file:" + path + "?" + q.Encode()
	sqldb, err := sql.Open("sqlite3", dsn)
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	if err := sqldb.Ping(); err != nil {
		sqldb.Close()
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	return &DB{db: sqldb, path: path, w: newWriter(), Now: func() time.Time { return time.Now().UTC() }}, nil
}

// Close closes the database.
func (db *DB) Close() error {
	// Wait a little for a write in progress; then close regardless.
	select {
	case db.w.turn <- struct{}{}:
		db.w.close()
		<-db.w.turn
	case <-time.After(5 * time.Second):
	}
	db.stmts.Range(func(_, v any) bool { v.(*sql.Stmt).Close(); return true })
	return db.db.Close()
}

// stmt returns query prepared: SQLite compiles a statement on every call
// otherwise, which costs as much as running the small ones. Only queries
// whose text is fixed may come here, so the cache stays small.
func (db *DB) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if s, ok := db.stmts.Load(query); ok {
		return s.(*sql.Stmt), nil
	}
	s, err := db.db.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	if prev, loaded := db.stmts.LoadOrStore(query, s); loaded {
		s.Close()
		return prev.(*sql.Stmt), nil
	}
	return s, nil
}

// brief is ctx for a statement or transaction that takes microseconds.
// go-sqlite3 watches a cancellable context from a goroutine of its own per
// statement, and database/sql per transaction and per result set, which
// costs more than most of our statements do; a context already done still
// stops the work before it starts. Statements that may run long keep
// their context (see Tx.execLong).
func brief(ctx context.Context) context.Context {
	if ctx.Err() != nil {
		return ctx
	}
	return context.WithoutCancel(ctx)
}

// exec runs a statement outside any transaction.
func (db *DB) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	ctx = brief(ctx)
	s, err := db.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return s.ExecContext(ctx, args...)
}

// query runs a query outside any transaction.
func (db *DB) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	ctx = brief(ctx)
	s, err := db.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return s.QueryContext(ctx, args...)
}

// queryRow runs a one-row query outside any transaction.
func (db *DB) queryRow(ctx context.Context, query string, args ...any) *sql.Row {
	ctx = brief(ctx)
	s, err := db.stmt(ctx, query)
	if err != nil {
		// Row carries no error of its own making; run the query
		// unprepared so that Scan reports what is wrong.
		return db.db.QueryRowContext(ctx, query, args...)
	}
	return s.QueryRowContext(ctx, args...)
}

// Path is the file the database lives in.
func (db *DB) Path() string { return db.path }

// Ping checks that the database answers.
func (db *DB) Ping(ctx context.Context) error {
	var n int
	return db.queryRow(ctx, "SELECT 1").Scan(&n)
}

func (db *DB) now() time.Time { return db.Now().UTC() }

// Migration is one numbered schema change.
type Migration struct {
	Version int
	Name    string
	SQL     string
}

// Migrations lists the embedded migrations in order.
func Migrations() ([]Migration, error) {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var ms []Migration
	for _, name := range names {
		base := strings.TrimPrefix(name, "migrations/")
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("migration %s: name must start with a number and an underscore", base)
		}
		b, err := migrationFS.ReadFile(name)
		if err != nil {
			return nil, err
		}
		ms = append(ms, Migration{Version: v, Name: base, SQL: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].Version < ms[j].Version })
	for i := 1; i < len(ms); i++ {
		if ms[i].Version == ms[i-1].Version {
			return nil, fmt.Errorf("migrations %s and %s share a number", ms[i-1].Name, ms[i].Name)
		}
	}
	return ms, nil
}

// Migrate applies every embedded migration not yet recorded, each in its own
// transaction, and returns the names of those it applied. Migrations are
// forward-only: a database newer than this binary is refused.
func (db *DB) Migrate(ctx context.Context) ([]string, error) {
	if _, err := db.exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL
	)`); err != nil {
		return nil, fmt.Errorf("create schema_migrations: %w", err)
	}
	ms, err := Migrations()
	if err != nil {
		return nil, err
	}
	applied := map[int]bool{}
	rows, err := db.query(ctx, "SELECT version FROM schema_migrations")
	if err != nil {
		return nil, fmt.Errorf("read schema_migrations: %w", err)
	}
	maxApplied := 0
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			rows.Close()
			return nil, err
		}
		applied[v] = true
		maxApplied = max(maxApplied, v)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(ms) > 0 && maxApplied > ms[len(ms)-1].Version {
		return nil, fmt.Errorf("database schema version %d is newer than this binary knows (%d)", maxApplied, ms[len(ms)-1].Version)
	}
	var done []string
	for _, m := range ms {
		if applied[m.Version] {
			continue
		}
		if err := db.applyMigration(ctx, m); err != nil {
			return done, err
		}
		done = append(done, m.Name)
	}
	return done, nil
}

func (db *DB) applyMigration(ctx context.Context, m Migration) error {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migration %s: %w", m.Name, err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
		return fmt.Errorf("migration %s: %w", m.Name, err)
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
		m.Version, m.Name, formatTime(db.now())); err != nil {
		return fmt.Errorf("migration %s: record: %w", m.Name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migration %s: commit: %w", m.Name, err)
	}
	return nil
}

// ForeignKeyCheck runs SQLite's foreign key check and reports the first
// violation, if any.
func (db *DB) ForeignKeyCheck(ctx context.Context) error {
	rows, err := db.query(ctx, "PRAGMA foreign_key_check")
	if err != nil {
		return err
	}
	defer rows.Close()
	if rows.Next() {
		var table, parent string
		var rowid sql.NullInt64
		var fkid int
		if err := rows.Scan(&table, &rowid, &parent, &fkid); err != nil {
			return err
		}
		return fmt.Errorf("foreign key violation: %s row %d references missing %s", table, rowid.Int64, parent)
	}
	return rows.Err()
}

// formatTime writes t in timeFormat. It runs several times for every row
// written, so the fixed layout is written by hand (a tenth of the cost of
// time.Format), which a test checks against time.Format.
func formatTime(t time.Time) string {
	t = t.UTC()
	year, month, day := t.Date()
	if year < 0 || year > 9999 {
		return t.Format(timeFormat)
	}
	hour, minute, sec := t.Clock()
	var b [len(timeFormat)]byte
	put := func(at, width, v int) {
		for i := at + width - 1; i >= at; i-- {
			b[i] = byte('0' + v%10)
			v /= 10
		}
	}
	put(0, 4, year)
	b[4] = '-'
	put(5, 2, int(month))
	b[7] = '-'
	put(8, 2, day)
	b[10] = 'T'
	put(11, 2, hour)
	b[13] = ':'
	put(14, 2, minute)
	b[16] = ':'
	put(17, 2, sec)
	b[19] = '.'
	put(20, 9, t.Nanosecond())
	b[29] = 'Z'
	return string(b[:])
}

func parseTime(s string) time.Time {
	t, err := time.Parse(timeFormat, s)
	if err != nil {
		t, _ = time.Parse(time.RFC3339Nano, s)
	}
	return t.UTC()
}

func nullTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return formatTime(t)
}

func parseNullTime(s sql.NullString) time.Time {
	if !s.Valid || s.String == "" {
		return time.Time{}
	}
	return parseTime(s.String)
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// queryAll runs query and scans every row it returns with scan.
// scanID reads a single integer column, such as a row ID.
func scanID(s scanner) (int64, error) {
	var id int64
	err := s.Scan(&id)
	return id, err
}

func queryAll[T any](ctx context.Context, q querier, scan func(scanner) (T, error), query string, args ...any) ([]T, error) {
	rows, err := q.query(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
