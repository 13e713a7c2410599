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

// ReadableByOthers returns those of the database files at path (the file
// itself and its -wal and -shm) that users other than their owner may
// read. The database holds readers' addresses and the site's secrets, so
// the service warns about them at start.
func ReadableByOthers(path string) ([]string, error) {
	var out []string
	for _, name := range []string{path, path + "-wal", path + "-shm"} {
		st, err := os.Stat(name)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		if st.Mode().Perm()&0o044 != 0 {
			out = append(out, name)
		}
	}
	return out, nil
}
