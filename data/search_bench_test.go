package data

import (
	"context"
	"math/rand/v2"
	"strings"
	"testing"
)

// BenchmarkSearchAnswered measures one search, uncached, over 2,000
// answered questions among 10,000: for a word in half the answers, for a
// word in ten, and for common words together.
func BenchmarkSearchAnswered(b *testing.B) {
	db := openBenchSite(b)
	for _, tt := range []struct{ name, query string }{
		{"in-1000-answers", "recovery"},
		{"in-10-answers", "cadence"},
		{"common-words", "easy recovery runs"},
	} {
		b.Run("words="+tt.name, func(b *testing.B) {
			ctx := context.Background()
			for b.Loop() {
				if _, _, err := searchAnswered(ctx, db, tt.query, 20, 0); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// openBenchSite builds a site of 10,000 questions, every fifth one
// answered; "recovery" is in half the answers and "cadence" in ten.
func openBenchSite(b *testing.B) *DB {
	b.Helper()
	db := openTest(b)
	ctx := context.Background()
	words := strings.Fields(`run runs running pace easy long tempo hill race week mile shoes knee ankle
		stretch strength sleep food water heart rate plan base taper marathon trail road track slow fast
		steady effort rest day morning coach club breath form stride foot pain sore weather goal time`)
	r := rand.New(rand.NewPCG(1, 2))
	text := func(n int, planted ...string) string {
		w := make([]string, 0, n+len(planted))
		for range n {
			w = append(w, words[r.IntN(len(words))])
		}
		w = append(w, planted...)
		r.Shuffle(len(w), func(i, j int) { w[i], w[j] = w[j], w[i] })
		return strings.Join(w, " ")
	}
	err := db.InTx(ctx, func(tx *Tx) error {
		for i := range 10_000 {
			q := &Question{Title: text(6), Body: text(50), AskerName: "Sam", AskerEmail: "sam@example.org"}
			if err := tx.CreateQuestion(ctx, q); err != nil {
				return err
			}
			if i%5 != 0 {
				continue
			}
			var planted []string
			if n := i / 5; n%2 == 0 {
				planted = append(planted, "recovery")
			} else if n%200 == 1 {
				planted = append(planted, "cadence")
			}
			if err := tx.AddAnswer(ctx, &Answer{QuestionID: q.ID, Body: text(40+r.IntN(400), planted...)}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return db
}
