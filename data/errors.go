package data

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"

	"github.com/mattn/go-sqlite3"
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
