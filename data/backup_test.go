package data

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fillForBackup stores n subscribers and n outbox mails of about 4 kB, a
// file of several backup steps for n in the thousands.
func fillForBackup(t testing.TB, db *DB, n int) {
	t.Helper()
	ctx := context.Background()
	body := strings.Repeat("A steady long run builds the base. ", 120)
	err := db.InTx(ctx, func(tx *Tx) error {
		for i := range n {
			s, err := tx.AddSubscriber(ctx, NewSubscriber{Email: fmt.Sprintf("reader%d@example.org", i), Name: "Reader",
				Status: SubscriberActive, Source: "import"})
			if err != nil {
				return err
			}
			if err := tx.Enqueue(ctx, &OutboxMail{Kind: KindDigest, To: s.Email, Subject: "Digest", Text: body, SubscriberID: s.ID}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func countOutbox(t *testing.T, db *DB) int64 {
	t.Helper()
	counts, err := db.OutboxCounts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var n int64
	for _, c := range counts {
		n += c
	}
	return n
}

// TestBackupIsOneMoment writes to the database between every two steps of
// a backup: the copy must still be whole, pass the checks, and hold what
// was there when it began, with its progress never going back, as it
// would if the backup started over.
func TestBackupIsOneMoment(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	fillForBackup(t, db, 3000)
	before := countOutbox(t, db)
	dest := filepath.Join(t.TempDir(), "copy.db")
	steps, last, total := 0, 0, 0
	err := db.Backup(ctx, dest, func(copied, all int) {
		steps++
		if copied < last {
			t.Errorf("progress went back from %d to %d pages", last, copied)
		}
		last, total = copied, all
		if err := db.InTx(ctx, func(tx *Tx) error {
			return tx.Enqueue(ctx, &OutboxMail{Kind: KindAck, To: "late@example.org", Subject: "During the backup"})
		}); err != nil {
			t.Error(err)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if steps < 2 || last != total {
		t.Errorf("progress: %d steps ending at %d of %d pages; want several, ending at the total", steps, last, total)
	}
	if st, err := os.Stat(dest); err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("copy: %v, mode %v; want a file only its owner reads", err, st.Mode().Perm())
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(dest + suffix); err == nil {
			t.Errorf("the copy has a %s file beside it", suffix)
		}
	}
	copyDB := openTestAt(t, dest)
	if probs, err := copyDB.integrityCheck(ctx); err != nil || len(probs) > 0 {
		t.Errorf("integrity of the copy: %v %v", probs, err)
	}
	if probs, err := copyDB.foreignKeyViolations(ctx); err != nil || len(probs) > 0 {
		t.Errorf("foreign keys of the copy: %v %v", probs, err)
	}
	if got := countOutbox(t, copyDB); got != before {
		t.Errorf("the copy has %d outbox rows, want the %d there when it began", got, before)
	}
	if got := countOutbox(t, db); got != before+int64(steps) {
		t.Errorf("the database has %d outbox rows, want %d", got, before+int64(steps))
	}
	subs, err := copyDB.CountSubscribers(ctx)
	if err != nil || subs[SubscriberActive] != 3000 {
		t.Errorf("the copy has %v subscribers (%v), want 3000 active", subs, err)
	}
}

// TestBackupNeverReplaces checks that an existing file is left alone and
// that nothing half-written stays behind.
func TestBackupNeverReplaces(t *testing.T) {
	db := openTest(t)
	dir := t.TempDir()
	dest := filepath.Join(dir, "copy.db")
	if err := os.WriteFile(dest, []byte("last week's copy"), 0o600); err != nil {
		t.Fatal(err)
	}
	err := db.Backup(context.Background(), dest, nil)
	if err == nil || !strings.Contains(err.Error(), "exists") {
		t.Errorf("backup over a file: %v, want a refusal", err)
	}
	if b, _ := os.ReadFile(dest); string(b) != "last week's copy" {
		t.Errorf("the existing file now holds %q", b)
	}
	missing := filepath.Join(dir, "missing")
	err = db.Backup(context.Background(), filepath.Join(missing, "copy.db"), nil)
	if err == nil || !strings.Contains(err.Error(), "folder "+missing+": ") || strings.Contains(err.Error(), "partial") {
		t.Errorf("backup into a missing folder: %v, want the folder named, and not the file written first", err)
	}
	left, _ := os.ReadDir(dir)
	if len(left) != 1 {
		t.Errorf("the folder holds %d files, want only the existing copy", len(left))
	}
}

// TestCheckFindsBrokenKeys checks that a row pointing at nothing is found.
func TestCheckFindsBrokenKeys(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	if probs, err := db.foreignKeyViolations(ctx); err != nil || len(probs) > 0 {
		t.Fatalf("a new database: %v %v", probs, err)
	}
	if _, err := db.exec(ctx, "PRAGMA foreign_keys = OFF"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.exec(ctx, `INSERT INTO outbox (kind, to_addr, subscriber_id, status, next_attempt_at, created_at)
		VALUES ('digest', 'x@example.org', 999, 'queued', '', '')`); err != nil {
		t.Fatal(err)
	}
	probs, err := db.foreignKeyViolations(ctx)
	if err != nil || len(probs) != 1 || !strings.Contains(probs[0], "outbox") || !strings.Contains(probs[0], "subscribers") {
		t.Errorf("got %v %v, want the outbox row naming subscribers", probs, err)
	}
	if probs, err := db.integrityCheck(ctx); err != nil || len(probs) > 0 {
		t.Errorf("integrity: %v %v, want none", probs, err)
	}
}
