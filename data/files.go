package data

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/mattn/go-sqlite3"
)

// createPrivate creates the database file, empty and open to its owner
// alone, unless it exists already. SQLite makes the -wal and -shm files
// with the mode of the database file, so they are private too.
func createPrivate(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return nil
	}
	if err != nil {
		return err
	}
	// The umask can only narrow the mode given to open; setting it
	// outright makes the file's mode the same under any umask.
	if err := f.Chmod(0o600); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// whyReadOnly adds to SQLite's "attempt to write a readonly database" the
// cause an operator rarely guesses when the file itself is writable: in
// WAL mode SQLite creates the -wal and -shm files beside the database, so
// its folder must be writable too.
func whyReadOnly(path string, err error) error {
	var se sqlite3.Error
	// On a read-only file system SQLite cannot even open the file, and
	// says "unable to open database file" of a file that is there.
	if !errors.As(err, &se) || se.Code != sqlite3.ErrReadonly && se.Code != sqlite3.ErrCantOpen {
		return err
	}
	dir := filepath.Dir(path)
	f, cerr := os.CreateTemp(dir, ".helpline-probe-*")
	if cerr == nil {
		f.Close()
		os.Remove(f.Name())
		return err
	}
	if abs, aerr := filepath.Abs(dir); aerr == nil {
		dir = abs
	}
	name := filepath.Base(path)
	return fmt.Errorf("%w: the folder %s must be writable too, for the %s-wal and %s-shm files SQLite keeps beside the database",
		err, dir, name, name)
}
