package data

import (
	"context"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestSearchRanksTitleAboveLongAnswer(t *testing.T) {
	db := openTestDB(t)
	ctx := context.Background()
	long := strings.Repeat("Run easy most days and keep the long run slow. ", 40) + "A foam roller helps some runners."
	mention := addQuestion(t, db, "Easy days", "How easy is easy?", long)
	titled := addQuestion(t, db, "Is a foam roller worth it?", "My calves are tight.", "Yes, after easy runs.")
	hidden := addQuestion(t, db, "Foam roller or massage?", "Foam roller foam roller.", "Foam roller.")
	addQuestion(t, db, "Foam roller before races?", "Still waiting for an answer.", "")
	if err := db.InTx(ctx, func(tx *Tx) error { return tx.SetQuestionStatus(ctx, hidden.ID, QuestionHidden) }); err != nil {
		t.Fatal(err)
	}

	got, total, err := searchAnswered(ctx, db, "foam roller", 10, 0)
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, s := range got {
		ids = append(ids, s.ID)
	}
	if want := []int64{titled.ID, mention.ID}; !slices.Equal(ids, want) || total != 2 {
		t.Errorf("got questions %v of %d, want %v of 2", ids, total, want)
	}
}

func TestSearchFollowsPublicState(t *testing.T) {
	db := openTestDB(t)
	ctx := context.Background()
	q := addQuestion(t, db, "Hill sprints", "How many?", "Eight short hill sprints.")
	search := func() int {
		t.Helper()
		_, total, err := searchAnswered(ctx, db, "sprints", 10, 0)
		if err != nil {
			t.Fatal(err)
		}
		return total
	}
	steps := []struct {
		name string
		fn   func(tx *Tx) error
		want int
	}{
		{"hidden", func(tx *Tx) error { return tx.SetQuestionStatus(ctx, q.ID, QuestionHidden) }, 0},
		{"answered while hidden", func(tx *Tx) error {
			if err := tx.AddAnswer(ctx, &Answer{QuestionID: q.ID, Body: "Ten hill sprints."}); err != nil {
				return err
			}
			return tx.SetQuestionStatus(ctx, q.ID, QuestionHidden)
		}, 0},
		{"shown again", func(tx *Tx) error { return tx.SetQuestionStatus(ctx, q.ID, QuestionAnswered) }, 1},
		{"title edited", func(tx *Tx) error {
			_, err := tx.exec(ctx, "UPDATE questions SET title = 'Hill strides', body = 'How many strides?' WHERE id = ?", q.ID)
			return err
		}, 1},
		{"answer replaced", func(tx *Tx) error {
			return tx.AddAnswer(ctx, &Answer{QuestionID: q.ID, Body: "Strides on the flat instead."})
		}, 0},
	}
	for _, st := range steps {
		if err := db.InTx(ctx, st.fn); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		if got := search(); got != st.want {
			t.Errorf("after %s: got %d results, want %d", st.name, got, st.want)
		}
	}
	if n := searchRows(t, db); n != 1 {
		t.Errorf("got %d index rows, want 1", n)
	}
	if _, err := db.write.ExecContext(ctx, "DELETE FROM questions WHERE id = ?", q.ID); err != nil {
		t.Fatal(err)
	}
	if n := searchRows(t, db); n != 0 {
		t.Errorf("after deleting the question: %d index rows, want 0", n)
	}
}

func TestMigrationDropsHiddenFromSearch(t *testing.T) {
	db := openMigratedUpTo(t, "0007_acks_from_questions.sql")
	ctx := context.Background()
	for _, q := range []string{
		`INSERT INTO questions (id, slug, title, body, asker_email, status, asked_at, answered_at, updated_at) VALUES
			(1, 'shown', 'Shown tempo', 'q', 'jo@example.org', 'answered', '2025-01-01T00:00:00Z', '2025-01-02T00:00:00Z', '2025-01-02T00:00:00Z'),
			(2, 'hidden', 'Hidden tempo', 'q', 'jo@example.org', 'answered', '2025-01-01T00:00:00Z', '2025-01-02T00:00:00Z', '2025-01-02T00:00:00Z')`,
		`INSERT INTO answers (question_id, body, created_at) VALUES
			(1, 'Tempo runs weekly.', '2025-01-02T00:00:00Z'), (2, 'Tempo runs monthly.', '2025-01-02T00:00:00Z')`,
		`UPDATE questions SET status = 'hidden' WHERE id = 2`,
	} {
		if _, err := db.write.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	if n := searchRows(t, db); n != 2 {
		t.Fatalf("before the migration: %d index rows, want 2", n)
	}
	if _, err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if n := searchRows(t, db); n != 1 {
		t.Errorf("after the migration: %d index rows, want 1", n)
	}
	got, total, err := searchAnswered(ctx, db, "tempo", 10, 0)
	if err != nil || total != 1 || len(got) != 1 || got[0].ID != 1 {
		t.Errorf("search after the migration: got %d results of %d (%v), want question 1 alone", len(got), total, err)
	}
}

func TestTopHitsKeepsTheBest(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	for _, keep := range []int{1, 3, 20, 500} {
		var all []hit
		top := topHits{max: keep}
		for i := range 300 {
			h := hit{id: int64(i), score: float64(r.IntN(40))}
			all = append(all, h)
			top.add(h)
		}
		slices.SortFunc(all, func(a, b hit) int {
			if better(a, b) {
				return -1
			}
			return 1
		})
		want := all[:min(keep, len(all))]
		if got := top.sorted(); !slices.Equal(got, want) {
			t.Errorf("keep %d: got %v, want %v", keep, got, want)
		}
	}
}

func TestSearchVersionMovesWithTheIndexOnly(t *testing.T) {
	db := openTestDB(t)
	ctx := context.Background()
	reader, err := db.PrepareSiteVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	read := func() SiteVersions {
		t.Helper()
		v, err := reader(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	q := addQuestion(t, db, "Fartlek", "What is it?", "Play with speed.")
	inTx := func(fn func(tx *Tx) error) func() error {
		return func() error { return db.InTx(ctx, fn) }
	}
	steps := []struct {
		name                 string
		change               func() error
		wantSite, wantSearch bool // whether each version moves
	}{
		{"a rating", func() error { return db.Rate(ctx, q.ID, "voter", 4) }, true, false},
		{"a comment", inTx(func(tx *Tx) error {
			return tx.AddComment(ctx, &Comment{QuestionID: q.ID, Name: "Al", Body: "Fun.", Status: CommentApproved})
		}), true, false},
		{"a new answer", inTx(func(tx *Tx) error {
			return tx.AddAnswer(ctx, &Answer{QuestionID: q.ID, Body: "Speed play."})
		}), true, true},
		{"hiding", inTx(func(tx *Tx) error { return tx.SetQuestionStatus(ctx, q.ID, QuestionHidden) }), true, true},
		{"an unanswered question", inTx(func(tx *Tx) error {
			return tx.CreateQuestion(ctx, &Question{Title: "Strides", Body: "When?", AskerEmail: "jo@example.org"})
		}), false, false},
	}
	for _, st := range steps {
		before := read()
		if err := st.change(); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		after := read()
		if got := after.Site != before.Site; got != st.wantSite {
			t.Errorf("after %s: site version %d to %d, want moved %v", st.name, before.Site, after.Site, st.wantSite)
		}
		if got := after.Search != before.Search; got != st.wantSearch {
			t.Errorf("after %s: search version %d to %d, want moved %v", st.name, before.Search, after.Search, st.wantSearch)
		}
	}
}
