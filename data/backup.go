package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/mattn/go-sqlite3"
)

// backupStep is how many pages each step of a backup copies: 4 MB of
// the default 4 KB pages, so that progress shows on a large file while a
// small one takes a step or two.
const backupStep = 1024

// Backup copies the database to a new file at dest with SQLite's online
// backup, while the service goes on reading and writing it. progress, if
// not nil, is told after each step how many pages are copied of how many.
//
// The copy is of one moment: the source connection holds one read
// transaction for the whole copy, which in WAL mode does not hold back
// writers, and so the backup never starts over when they commit, as it
// would between steps of its own. The copy is written beside dest and
// moved there when complete, readable by its owner alone, in rollback
// journal mode so that it is one self-contained file, and checked
// (PRAGMA quick_check) before it is; an existing dest is never replaced.
//
// database/sql has no backup, so this is the one place that reaches
// below it, to the driver's connections.
func (db *DB) Backup(ctx context.Context, dest string, progress func(copied, total int)) error {
	if _, err := os.Lstat(dest); err == nil {
		return fmt.Errorf("backup: %s exists; choose a new file name", dest)
	}
	tmp, err := os.CreateTemp(filepath.Dir(dest), filepath.Base(dest)+".*.partial")
	if err != nil {
		// The error names the file the copy is first written to, which
		// the operator never chose; the folder is what is at fault.
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return fmt.Errorf("backup: cannot write to the folder %s: %w", filepath.Dir(dest), err)
	}
	tmpName := tmp.Name()
	tmp.Close()
	defer os.Remove(tmpName)
	if err := os.Chmod(tmpName, 0o600); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	if err := db.copyTo(ctx, tmpName, progress); err != nil {
		return fmt.Errorf("backup to %s: %w", dest, err)
	}
	if err := syncFile(tmpName); err != nil {
		return fmt.Errorf("backup to %s: %w", dest, err)
	}
	// A link fails where dest has appeared meanwhile, where a rename
	// would replace it.
	if err := os.Link(tmpName, dest); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("backup: %s exists; choose a new file name", dest)
		}
		return fmt.Errorf("backup: %w", err)
	}
	return syncFile(filepath.Dir(dest))
}

// copyTo copies the database into the empty SQLite file at path.
func (db *DB) copyTo(ctx context.Context, path string, progress func(copied, total int)) error {
	dst, err := sql.Open("sqlite3", "file:"+path+"?_busy_timeout=10000")
	if err != nil {
		return err
	}
	defer dst.Close()
	dconn, err := dst.Conn(ctx)
	if err != nil {
		return err
	}
	defer dconn.Close()
	sconn, err := db.read.Conn(ctx)
	if err != nil {
		return err
	}
	defer sconn.Close()
	if err := snapshot(ctx, sconn); err != nil {
		return err
	}
	defer sconn.ExecContext(context.WithoutCancel(ctx), "ROLLBACK")
	err = dconn.Raw(func(d any) error {
		return sconn.Raw(func(s any) error {
			dc, ok1 := d.(*sqlite3.SQLiteConn)
			sc, ok2 := s.(*sqlite3.SQLiteConn)
			if !ok1 || !ok2 {
				return errors.New("not an SQLite connection")
			}
			return stepBackup(ctx, dc, sc, progress)
		})
	})
	if err != nil {
		return err
	}
	if err := raiseFloors(ctx, dconn); err != nil {
		return fmt.Errorf("id floors of the copy: %w", err)
	}
	// The copy keeps the source's WAL mode in its header; a copy in
	// rollback mode is whole without -wal and -shm files beside it. The
	// service turns WAL on again when it opens a restored copy.
	if _, err := dconn.ExecContext(ctx, "PRAGMA journal_mode = DELETE"); err != nil {
		return fmt.Errorf("journal mode of the copy: %w", err)
	}
	var check string
	if err := dconn.QueryRowContext(ctx, "PRAGMA quick_check(1)").Scan(&check); err != nil {
		return fmt.Errorf("check the copy: %w", err)
	}
	if check != "ok" {
		return fmt.Errorf("check the copy: %s", check)
	}
	return nil
}

// restoreGap is how far above the ids it holds a copy numbers new rows,
// once it is restored: more rows than a site makes between a backup and
// its restore.
const restoreGap = 1_000_000

// raiseFloors sets the id floors (migration 0020) of the copy at c a
// restoreGap above its largest ids. The links mailed after the copy was
// taken name rows it does not hold; restored, it would give their ids to
// new rows for other people, and a link kept from before the restore
// would act on one of those. A copy of a database older than the floors
// is left as it is.
func raiseFloors(ctx context.Context, c *sql.Conn) error {
	var n int
	if err := c.QueryRowContext(ctx, "SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name = 'id_floors'").Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return nil
	}
	for _, table := range []string{"subscribers", "outbox", "held_questions", "messages"} {
		if _, err := c.ExecContext(ctx, "INSERT OR REPLACE INTO id_floors (name, id) VALUES (?, "+newID(table)+" - 1 + ?)",
			table, restoreGap); err != nil {
			return err
		}
	}
	return nil
}

// snapshot begins a read transaction on c and reads, which is what fixes
// the moment it sees (a BEGIN alone takes no snapshot).
func snapshot(ctx context.Context, c *sql.Conn) error {
	if _, err := c.ExecContext(ctx, "BEGIN"); err != nil {
		return fmt.Errorf("begin read: %w", err)
	}
	var n int
	if err := c.QueryRowContext(ctx, "SELECT COUNT(*) FROM sqlite_schema").Scan(&n); err != nil {
		c.ExecContext(context.WithoutCancel(ctx), "ROLLBACK")
		return fmt.Errorf("begin read: %w", err)
	}
	return nil
}

// stepBackup copies src into dst a step at a time, until done or ctx is.
func stepBackup(ctx context.Context, dst, src *sqlite3.SQLiteConn, progress func(copied, total int)) error {
	b, err := dst.Backup("main", src, "main")
	if err != nil {
		return err
	}
	left := -1
	for {
		done, err := b.Step(backupStep)
		if err != nil {
			b.Close()
			return err
		}
		if progress != nil {
			progress(b.PageCount()-b.Remaining(), b.PageCount())
		}
		if done {
			return b.Finish()
		}
		if err := ctx.Err(); err != nil {
			b.Close()
			return err
		}
		// Step copies nothing only while it finds a lock busy: pause
		// briefly rather than spin.
		if b.Remaining() == left {
			pause(ctx, 10*time.Millisecond)
		}
		left = b.Remaining()
	}
}

func pause(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}

// syncFile flushes a file, or a folder's entries, to the disk.
func syncFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}
