package data

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	_ "github.com/mattn/go-sqlite3" // registers the "sqlite3" driver
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// timeFormat sorts as text and keeps nanoseconds, so ordering by a time
// column in SQL matches ordering in Go.
const timeFormat = "2006-01-02T15:04:05.000000000Z"

// DB is a handle on helpline's SQLite database: two pools on one file.
// Its Queries read the latest commit from the read pool, and never wait for
// the writer.
type DB struct {
	Queries
	// write has one connection, and every change goes through it, in a
	// transaction or on its own. SQLite lets one writer in at a time
	// anyway; with one connection, writers wait for it in database/sql's
	// queue, which wakes the next one as soon as the last is done, rather
	// than in SQLite's busy handler, which sleeps between tries.
	write *sql.DB
	// read serves every query outside a transaction. Its connections are
	// query-only, and in WAL mode they never wait for the writer.
	read *sql.DB
	path string
	// Now returns the current time; tests replace it.
	Now func() time.Time
	// OnEnqueue, if set, is called after a transaction that queued outbox
	// mail commits, so the sender can start at once instead of at its next
	// poll. It must not block.
	OnEnqueue func()
	// OnCommit, if set, is called after every write transaction commits,
	// so that caches of what the data shows (the site's pages) can be
	// checked again at once. It must not block.
	OnCommit func()
}

// stmtCacheSize is how many compiled statements each connection keeps:
// room for every fixed query of the package, while those built per call
// come and go.
const stmtCacheSize = 128

// Open opens (creating if needed) the SQLite database at path. It does not
// migrate: call Migrate. A new file and its -wal and -shm are readable by
// their owner alone.
func Open(path string) (*DB, error) {
	if path == "" {
		return nil, errors.New("open database: empty path")
	}
	if err := createPrivate(path); err != nil {
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	// The writer connects first: it turns WAL on for the file, which a
	// query-only connection cannot do.
	write, err := openWriter(path)
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", path, whyReadOnly(path, err))
	}
	read, err := sql.Open("sqlite3", dsn(path)+"&_query_only=on")
	if err != nil {
		write.Close()
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	readers := max(4, 2*runtime.GOMAXPROCS(0))
	read.SetMaxOpenConns(readers)
	read.SetMaxIdleConns(readers)
	read.SetConnMaxIdleTime(5 * time.Minute)
	db := &DB{write: write, read: read, path: path, Now: func() time.Time { return time.Now().UTC() }}
	db.Queries = Queries{db}
	return db, nil
}

// dsn names the database at path with the pragmas every connection gets:
// WAL for readers beside the writer, a busy timeout instead of SQLITE_BUSY
// errors, foreign keys, synchronous NORMAL (safe in WAL mode), and a cache
// of compiled statements, so that a statement run again is not compiled
// again.
func dsn(path string) string {
	q := url.Values{}
	q.Set("_journal_mode", "WAL")
	q.Set("_busy_timeout", "10000")
	q.Set("_foreign_keys", "on")
	q.Set("_synchronous", "NORMAL")
	q.Set("_stmt_cache_size", strconv.Itoa(stmtCacheSize))
	return "file:" + path + "?" + q.Encode()
}

// openWriter opens the one connection every change goes through. Its
// transactions begin IMMEDIATE: they take the write lock when they start,
// instead of failing to upgrade a read lock later.
//
// Deleted and overwritten content is zeroed (secure_delete), so that what
// was changed or deleted, such as an address forgotten at its holder's
// request, does not linger in free space of the file.
//
// Its page cache is 32 MiB rather than SQLite's 2 MiB: a sender's address
// lands anywhere in the index of askers, and with a cold cache each new
// mail read index pages back from the log. Taking 10,000 questions in a
// row cost about a tenth more per mail with the smaller cache.
func openWriter(path string) (*sql.DB, error) {
	write, err := sql.Open("sqlite3", dsn(path)+"&_txlock=immediate&_secure_delete=on&_cache_size=-32768")
	if err != nil {
		return nil, err
	}
	write.SetMaxOpenConns(1)
	write.SetMaxIdleConns(1)
	// Every commit appends the pages it changed to the log, and a
	// checkpoint copies them into the file and waits for the disk twice.
	// SQLite's default checkpoint, every 1000 pages, comes every few dozen
	// mails fetched; 10,000 (a log of about 40 MB) makes it ten times rarer.
	// The setting belongs to the connection, and the writer keeps its one
	// connection for good; a new one would checkpoint more often, not fail.
	if _, err := write.Exec("PRAGMA wal_autocheckpoint = 10000"); err != nil {
		write.Close()
		return nil, err
	}
	return write, nil
}

// Close closes the database. A write in progress finishes first.
func (db *DB) Close() error {
	return errors.Join(db.read.Close(), db.write.Close())
}

// exec runs a change on its own, as its own transaction.
func (db *DB) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return db.write.ExecContext(ctx, query, args...)
}

// query runs a query outside any transaction.
func (db *DB) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return db.read.QueryContext(ctx, query, args...)
}

// queryRow runs a one-row query outside any transaction.
func (db *DB) queryRow(ctx context.Context, query string, args ...any) *sql.Row {
	return db.read.QueryRowContext(ctx, query, args...)
}

// Path is the file the database lives in.
func (db *DB) Path() string { return db.path }

// Ping checks that the database answers.
func (db *DB) Ping(ctx context.Context) error {
	var n int
	return db.queryRow(ctx, "SELECT 1").Scan(&n)
}

func (db *DB) now() time.Time { return db.Now().UTC() }

// migration is one numbered schema change.
type migration struct {
	Version int
	Name    string
	SQL     string
}

// SchemaVersion is the version of the newest migration this binary knows,
// the schema a migrated database is at.
func SchemaVersion() (int, error) {
	ms, err := migrations()
	if err != nil {
		return 0, err
	}
	if len(ms) == 0 {
		return 0, errors.New("no migrations")
	}
	return ms[len(ms)-1].Version, nil
}

// migrations lists the embedded migrations in order.
func migrations() ([]migration, error) {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var ms []migration
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
		ms = append(ms, migration{Version: v, Name: base, SQL: string(b)})
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
	ms, err := migrations()
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
		return nil, fmt.Errorf("database schema version %d is %w (%d)", maxApplied, ErrNewerSchema, ms[len(ms)-1].Version)
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

func (db *DB) applyMigration(ctx context.Context, m migration) error {
	tx, err := db.write.BeginTx(ctx, nil)
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

// newID is SQL for the id of a new row of table: one above the largest
// id the table ever gave, to a row deleted since included (migration
// 0020 keeps those), so that a link signed for a deleted row never names
// another. table is one whose deletions the migration records.
func newID(table string) string {
	return "(MAX(COALESCE((SELECT MAX(id) FROM " + table + "), 0), " +
		"COALESCE((SELECT id FROM id_floors WHERE name = '" + table + "'), 0)) + 1)"
}

// formatTime writes t in timeFormat, in UTC.
func formatTime(t time.Time) string {
	return t.UTC().Format(timeFormat)
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
