package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// maxProblems bounds what a check lists: a file damaged badly enough to
// have more wants restoring, not reading about.
const maxProblems = 100

// Check runs SQLite's integrity check over the whole file and its foreign
// key check, and returns each problem they find, or none: damage to the
// file, and rows that refer to a row that is not there.
func (db *DB) Check(ctx context.Context) (integrity, foreignKeys []string, err error) {
	if integrity, err = db.integrityCheck(ctx); err != nil {
		return nil, nil, err
	}
	if foreignKeys, err = db.foreignKeyViolations(ctx); err != nil {
		return nil, nil, err
	}
	return integrity, foreignKeys, nil
}

func (db *DB) integrityCheck(ctx context.Context) ([]string, error) {
	rows, err := db.pragma(ctx, fmt.Sprintf("PRAGMA integrity_check(%d)", maxProblems))
	if err != nil {
		return nil, fmt.Errorf("integrity check: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, fmt.Errorf("integrity check: %w", err)
		}
		if s != "ok" {
			out = append(out, s)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("integrity check: %w", err)
	}
	return out, nil
}

func (db *DB) foreignKeyViolations(ctx context.Context) ([]string, error) {
	rows, err := db.pragma(ctx, "PRAGMA foreign_key_check")
	if err != nil {
		return nil, fmt.Errorf("foreign key check: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() && len(out) < maxProblems {
		var table, parent string
		var rowid sql.NullInt64
		var fkid int
		if err := rows.Scan(&table, &rowid, &parent, &fkid); err != nil {
			return nil, fmt.Errorf("foreign key check: %w", err)
		}
		out = append(out, fmt.Sprintf("%s row %d refers to a missing row of %s", table, rowid.Int64, parent))
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("foreign key check: %w", err)
	}
	return out, nil
}

// pragmaRows are the rows of a PRAGMA, with the connection and snapshot
// they were read in, both released by Close.
type pragmaRows struct {
	*sql.Rows
	conn *sql.Conn
}

func (r *pragmaRows) Close() error {
	err := r.Rows.Close()
	r.conn.ExecContext(context.Background(), "ROLLBACK")
	return errors.Join(err, r.conn.Close())
}

// pragma runs a checking PRAGMA in a read transaction of its own. Run
// again from the statement cache, such a PRAGMA reads what the
// connection last saw rather than what is committed; a snapshot taken
// first makes it read the latest.
func (db *DB) pragma(ctx context.Context, query string) (*pragmaRows, error) {
	conn, err := db.read.Conn(ctx)
	if err != nil {
		return nil, err
	}
	if err := snapshot(ctx, conn); err != nil {
		conn.Close()
		return nil, err
	}
	rows, err := conn.QueryContext(ctx, query)
	if err != nil {
		conn.ExecContext(context.WithoutCancel(ctx), "ROLLBACK")
		conn.Close()
		return nil, err
	}
	return &pragmaRows{Rows: rows, conn: conn}, nil
}
