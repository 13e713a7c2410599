package data

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"

	"github.com/mattn/go-sqlite3"
)

// Errors that callers tell apart with errors.Is.
var (
	// ErrNotFound is returned when a looked-up row does not exist.
	ErrNotFound = errors.New("not found")
	// ErrConflict is returned when a write would break a uniqueness rule.
	ErrConflict = errors.New("conflict")
	// ErrOutboxState is why ChangeOutbox refused a row: its
	// status does not allow it, such as a mail being sent or already sent.
	ErrOutboxState = errors.New("wrong status")
	// ErrSuppressed is returned when a change would send mail again to a
	// subscriber who unsubscribed, bounced or complained: only their own
	// confirmation may do that.
	ErrSuppressed = errors.New("subscriber unsubscribed, bounced or complained")
	// ErrNotPending is returned when confirming a subscriber who has since
	// unsubscribed or bounced: an old link must not bring them back.
	ErrNotPending = errors.New("subscriber is not waiting for confirmation")
	// ErrNewerSchema is Migrate's refusal of a database that a newer
	// helpline has migrated: migrations only go forward, and this one
	// cannot know what the newer schema means.
	ErrNewerSchema = errors.New("newer than this binary knows")
)

// Temporary reports whether err may pass if the same work is tried again
// later: the database was busy or locked, the disk failed or was full,
// the connection broke, or the context ended. Work that fails so should
// be left to be done again, never recorded as done.
func Temporary(err error) bool {
	switch {
	case err == nil:
		return false
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded),
		errors.Is(err, driver.ErrBadConn), errors.Is(err, sql.ErrConnDone), errors.Is(err, sql.ErrTxDone):
		// A transaction is done early when its context ends.
		return true
	}
	var se sqlite3.Error
	if !errors.As(err, &se) {
		return false
	}
	switch se.Code {
	case sqlite3.ErrBusy, sqlite3.ErrLocked, sqlite3.ErrIoErr, sqlite3.ErrFull, sqlite3.ErrNomem,
		sqlite3.ErrCantOpen, sqlite3.ErrInterrupt, sqlite3.ErrProtocol:
		return true
	}
	return false
}

// isConflict reports whether err is SQLite refusing a row whose key, or a
// column under a unique index, is taken already.
func isConflict(err error) bool {
	var se sqlite3.Error
	return errors.As(err, &se) &&
		(se.ExtendedCode == sqlite3.ErrConstraintUnique || se.ExtendedCode == sqlite3.ErrConstraintPrimaryKey)
}
