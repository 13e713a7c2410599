package data

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
)

// The database and the -wal and -shm files SQLite makes beside it are open
// to their owner alone, whatever the umask, and ReadableByOthers names a
// file that is not.
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
	if got, err := ReadableByOthers(path); err != nil || len(got) != 0 {
		t.Errorf("ReadableByOthers = %v, %v; want none", got, err)
	}
	if err := os.Chmod(path+"-wal", 0o640); err != nil {
		t.Fatal(err)
	}
	if got, err := ReadableByOthers(path); err != nil || !slices.Equal(got, []string{path + "-wal"}) {
		t.Errorf("ReadableByOthers after chmod 640 = %v, %v; want the -wal file", got, err)
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
	if got, err := ReadableByOthers(path); err != nil || !slices.Contains(got, path) {
		t.Errorf("ReadableByOthers = %v, %v; want %s", got, err, path)
	}
}
