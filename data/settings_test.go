package data

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"
)

// TestFirstFiled checks the time of the first filing across transactions
// that roll back, that commit, and a clock put back before it.
func TestFirstFiled(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	clock := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { return clock }
	firstFiled := func(rollback bool) time.Time {
		t.Helper()
		var first time.Time
		errRollback := errors.New("rolled back")
		err := db.InTx(ctx, func(tx *Tx) (err error) {
			if first, err = tx.FirstFiled(ctx); err != nil {
				return err
			}
			if rollback {
				return errRollback
			}
			return nil
		})
		if err != nil && !errors.Is(err, errRollback) {
			t.Fatal(err)
		}
		return first
	}
	// A first filing rolled back records nothing: the next is the first.
	if got := firstFiled(true); !got.Equal(clock) {
		t.Fatalf("first call: %v, want %v", got, clock)
	}
	start := clock.Add(time.Hour)
	clock = start
	if got := firstFiled(false); !got.Equal(start) {
		t.Fatalf("after a rollback: %v, want %v", got, start)
	}
	// Read again, in transactions that commit or not, it stays.
	for _, rollback := range []bool{false, true, false} {
		clock = clock.Add(time.Hour)
		if got := firstFiled(rollback); !got.Equal(start) {
			t.Fatalf("later: %v, want %v", got, start)
		}
	}
	// A clock put back before it brings it back to now, and it stays so.
	clock = start.Add(-24 * time.Hour)
	back := clock
	if got := firstFiled(false); !got.Equal(back) {
		t.Fatalf("clock put back: %v, want %v", got, back)
	}
	clock = start.Add(48 * time.Hour)
	if got := firstFiled(false); !got.Equal(back) {
		t.Fatalf("clock right again: %v, want %v", got, back)
	}
	if v, err := db.Setting(ctx, firstFiledKey); err != nil || !parseTime(v).Equal(back) {
		t.Fatalf("stored %q, %v; want %v", v, err, back)
	}
}

// TestFirstFiledSharedWithAnotherProcess checks that a process answers the
// time of the first filing as stored, when another process on the same
// database (the command line, run while the clock read earlier) brought
// it back: the quiet filing of an old mail and the owner's note about the
// backlog must both measure from the same time, or a mail is filed
// quietly and never told of.
func TestFirstFiledSharedWithAnotherProcess(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "shared.db")
	server, cli := openTestAt(t, path), openTestAt(t, path)
	start := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	firstFiled := func(db *DB, now time.Time) time.Time {
		t.Helper()
		db.Now = func() time.Time { return now }
		var first time.Time
		if err := db.InTx(ctx, func(tx *Tx) (err error) {
			first, err = tx.FirstFiled(ctx)
			return err
		}); err != nil {
			t.Fatal(err)
		}
		return first
	}
	if got := firstFiled(server, start); !got.Equal(start) {
		t.Fatalf("server, first: %v, want %v", got, start)
	}
	// The clock reads ten days early while the command line files mail.
	back := start.Add(-10 * 24 * time.Hour)
	if got := firstFiled(cli, back); !got.Equal(back) {
		t.Fatalf("command line, clock back: %v, want %v", got, back)
	}
	// Put right again, the server files the next mail.
	if got := firstFiled(server, start.Add(time.Hour)); !got.Equal(back) {
		t.Fatalf("server, clock right: %v, want %v as stored", got, back)
	}
}
