package data

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// BenchmarkBackup compares the online backup that Backup uses with
// VACUUM INTO, each copying a database of 3000 subscribers and 3000 mails
// while a writer keeps queueing mail. Besides the time per copy it
// reports the longest a write waited during the copies (max-write-ms) and
// how many writes went through per copy (writes/op): both must stay
// untouched for a backup to be safe while serving. The online copy's time
// includes what Backup adds: the quick check of the copy and two syncs.
func BenchmarkBackup(b *testing.B) {
	copies := map[string]func(ctx context.Context, db *DB, dest string) error{
		"online": func(ctx context.Context, db *DB, dest string) error { return db.Backup(ctx, dest, nil) },
		// VACUUM INTO writes, which the query-only readers may not, and
		// on the writer it would hold every write back: it gets a
		// connection of its own.
		"vacuum_into": func(ctx context.Context, db *DB, dest string) error {
			conn, err := sql.Open("sqlite3", dsn(db.Path()))
			if err != nil {
				return err
			}
			defer conn.Close()
			_, err = conn.ExecContext(ctx, "VACUUM INTO ?", dest)
			return err
		},
	}
	for _, name := range []string{"online", "vacuum_into"} {
		b.Run(name, func(b *testing.B) {
			ctx := context.Background()
			db, err := Open(filepath.Join(b.TempDir(), "bench.db"))
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			if _, err := db.Migrate(ctx); err != nil {
				b.Fatal(err)
			}
			fillForBackup(b, db, 3000)
			dir := b.TempDir()
			stop := make(chan struct{})
			var wg sync.WaitGroup
			var longest time.Duration
			writes := 0
			wg.Go(func() {
				for {
					select {
					case <-stop:
						return
					default:
					}
					start := time.Now()
					if err := db.InTx(ctx, func(tx *Tx) error {
						return tx.Enqueue(ctx, &OutboxMail{Kind: KindAck, To: "w@example.org", Subject: "x"})
					}); err != nil {
						b.Error(err)
						return
					}
					longest = max(longest, time.Since(start))
					writes++
				}
			})
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				if err := copies[name](ctx, db, filepath.Join(dir, fmt.Sprintf("copy%d.db", i))); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			close(stop)
			wg.Wait()
			b.ReportMetric(float64(longest.Microseconds())/1000, "max-write-ms")
			b.ReportMetric(float64(writes)/float64(b.N), "writes/op")
		})
	}
}
