package data

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/mattn/go-sqlite3"
)

// The database and the -wal and -shm files SQLite makes beside it are open
// to their owner alone, whatever the umask.
func TestDatabaseFilesArePrivate(t *testing.T) {
	old := syscall.Umask(0)
	defer syscall.Umask(old)
	path := filepath.Join(t.TempDir(), "private.db")
	db := openTestAt(t, path)
	if err := db.InTx(context.Background(), func(tx *Tx) error {
		return tx.Enqueue(context.Background(), &OutboxMail{Kind: KindAck, To: "a@example.org"})
	}); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{path, path + "-wal", path + "-shm"} {
		st, err := os.Stat(name)
		if err != nil {
			t.Fatal(err)
		}
		if got := st.Mode().Perm(); got != 0o600 {
			t.Errorf("%s: mode %o, want 600", filepath.Base(name), got)
		}
	}
}

// An existing database keeps its mode: the owner may have chosen it.
func TestOpenKeepsModeOfExistingFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shared.db")
	if err := os.WriteFile(path, nil, 0o640); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o640); err != nil {
		t.Fatal(err)
	}
	openTestAt(t, path)
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := st.Mode().Perm(); got != 0o640 {
		t.Errorf("mode %o, want 640", got)
	}
}

// A database whose folder cannot be written fails to open with SQLite's
// "readonly database" although the file itself is writable; the error
// then says that the folder is the cause.
func TestReadOnlyFolderIsNamed(t *testing.T) {
	readOnly := sqlite3.Error{Code: sqlite3.ErrReadonly}
	writable := t.TempDir()
	gone := filepath.Join(t.TempDir(), "gone")
	tests := []struct {
		name string
		path string
		err  sqlite3.Error
		hint bool
	}{
		{"folder cannot be written", filepath.Join(gone, "helpline.db"), readOnly, true},
		{"folder can be written", filepath.Join(writable, "helpline.db"), readOnly, false},
		{"file system read-only", filepath.Join(gone, "helpline.db"), sqlite3.Error{Code: sqlite3.ErrCantOpen}, true},
		{"cannot open, folder can be written", filepath.Join(writable, "helpline.db"), sqlite3.Error{Code: sqlite3.ErrCantOpen}, false},
		{"another error", filepath.Join(gone, "helpline.db"), sqlite3.Error{Code: sqlite3.ErrBusy}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := whyReadOnly(tt.path, tt.err)
			var se sqlite3.Error
			if !errors.As(got, &se) || se.Code != tt.err.Code {
				t.Errorf("got %v, want SQLite's error kept", got)
			}
			hinted := strings.Contains(got.Error(), "the folder "+filepath.Dir(tt.path)+" must be writable too") &&
				strings.Contains(got.Error(), "helpline.db-wal")
			if hinted != tt.hint {
				t.Errorf("got %q, want the folder named: %v", got, tt.hint)
			}
			entries, _ := os.ReadDir(writable)
			if len(entries) != 0 {
				t.Errorf("got %d files left in the folder, want none", len(entries))
			}
		})
	}
}

// The same through Open, where the folder's mode can stop the process:
// not as root, whom no mode stops.
func TestOpenInReadOnlyFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root writes to any folder; TestReadOnlyFolderIsNamed covers the message")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "helpline.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	_, err = Open(path)
	if err == nil || !strings.Contains(err.Error(), "must be writable too") {
		t.Errorf("got %v, want the read-only folder named", err)
	}
}
