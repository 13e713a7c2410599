package data

import (
	"errors"
	"io/fs"
	"os"
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
