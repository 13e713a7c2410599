package data

import (
	"context"
	"errors"
	"fmt"
	"math"
	"reflect"
	"testing"
)

func openTestDB(t *testing.T) *DB {
	t.Helper()
	db, err := Open(t.TempDir() + "/site.db")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	return db
}

// addQuestion stores a question and, if answer is not empty, answers it.
func addQuestion(t *testing.T, db *DB, title, body, answer string) *Question {
	t.Helper()
	ctx := context.Background()
	q := &Question{Title: title, Body: body, AskerName: "Jo Runner", AskerEmail: "jo@example.org"}
	err := db.InTx(ctx, func(tx *Tx) error {
		if err := tx.CreateQuestion(ctx, q); err != nil {
			return err
		}
		if answer == "" {
			return nil
		}
		return tx.AddAnswer(ctx, &Answer{QuestionID: q.ID, Body: answer})
	})
	if err != nil {
		t.Fatal(err)
	}
	return q
}

func TestSearchTerms(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"Marathon pace", []string{"marathon", "pace"}},
		{`"unbalanced`, []string{"unbalanced"}},
		{"knee OR ankle NOT hip", []string{"knee", "or", "ankle", "not", "hip"}},
		{"title:shoes body:* -x ^y", []string{"title", "shoes", "body", "x", "y"}},
		{"a' OR 1=1; DROP TABLE questions; --", []string{"a", "or", "1", "drop", "table", "questions"}},
		{"NEAR/3 (run*)", []string{"near", "3", "run"}},
		{"Über Straße", []string{"über", "straße"}},
		{"run run RUN", []string{"run"}},
		{"1 2 3 4 5 6 7 8 9 10", []string{"1", "2", "3", "4", "5", "6", "7", "8"}},
		{`""" *** ()`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := SearchTerms(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("SearchTerms(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSearchAnswered(t *testing.T) {
	db := openTestDB(t)
	ctx := context.Background()
	shoes := addQuestion(t, db, "Which shoes for a marathon?", "I run 40 km a week.", "Any shoes that feel good after 30 km.")
	pace := addQuestion(t, db, "Marathon pace", "How fast should I start?", "Start slower than you think: shoes matter less than pacing.")
	addQuestion(t, db, "Shoes for trails", "Unanswered, so never found.", "")
	hidden := addQuestion(t, db, "Hidden shoes question", "shoes shoes", "shoes")
	if err := db.InTx(ctx, func(tx *Tx) error { return tx.SetQuestionStatus(ctx, hidden.ID, QuestionHidden) }); err != nil {
		t.Fatal(err)
	}

	got, total, err := searchAnswered(ctx, db, "shoes", 10, 0)
	if err != nil {
		t.Fatal(err)
	}
	if total != 2 || len(got) != 2 {
		t.Fatalf("got %d results of %d, want 2 of 2", len(got), total)
	}
	// A title hit outranks a hit in the answer alone.
	if got[0].ID != shoes.ID || got[1].ID != pace.ID {
		t.Errorf("got order %d, %d, want %d, %d", got[0].ID, got[1].ID, shoes.ID, pace.ID)
	}

	// Prefixes match, and the index follows a replaced answer.
	if err := db.InTx(ctx, func(tx *Tx) error {
		return tx.AddAnswer(ctx, &Answer{QuestionID: pace.ID, Body: "Negative splits: run the second half faster."})
	}); err != nil {
		t.Fatal(err)
	}
	got, _, err = searchAnswered(ctx, db, "split", 10, 0)
	if err != nil || len(got) != 1 || got[0].ID != pace.ID {
		t.Fatalf("search split: got %v, %v, want question %d", got, err, pace.ID)
	}
	if got, _, _ := searchAnswered(ctx, db, "pacing", 10, 0); len(got) != 0 {
		t.Errorf("search for text of a replaced answer: got %d results, want 0", len(got))
	}

	// Paging.
	got, total, err = searchAnswered(ctx, db, "marathon", 1, 1)
	if err != nil || total != 2 || len(got) != 1 {
		t.Errorf("second page: got %d results of %d (%v), want 1 of 2", len(got), total, err)
	}
}

func TestSearchHostileQueries(t *testing.T) {
	db := openTestDB(t)
	addQuestion(t, db, "Knee pain", "It hurts.", "Rest it.")
	for _, q := range []string{`"`, `knee"`, `knee OR`, `AND`, `NOT knee`, `knee*`, `*`, `(knee`, `knee)`,
		`title:knee`, `NEAR`, `knee NEAR/2 pain`, `'; DROP TABLE questions; --`, "\x00knee", `\"knee\"`, `-knee`,
		`^knee`, `{title body}:knee`, string([]byte{0xff, 0xfe})} {
		t.Run(fmt.Sprintf("%q", q), func(t *testing.T) {
			if _, _, err := searchAnswered(context.Background(), db, q, 10, 0); err != nil {
				t.Errorf("SearchAnswered(%q): %v", q, err)
			}
		})
	}
	if n, _ := db.CountQuestions(context.Background(), QuestionAnswered); n != 1 {
		t.Errorf("got %d answered questions after hostile searches, want 1", n)
	}
}

func TestMigrationBackfillsSearch(t *testing.T) {
	// Only the first migration, a question stored, then the rest.
	db := openMigratedUpTo(t, "0001_init.sql")
	ctx := context.Background()
	for _, q := range []string{
		`INSERT INTO questions (id, slug, title, body, asker_email, status, asked_at, answered_at, updated_at)
			VALUES (1, 'hill-repeats', 'Hill repeats', 'How many?', 'jo@example.org', 'answered',
			'2025-01-01T00:00:00Z', '2025-01-02T00:00:00Z', '2025-01-02T00:00:00Z')`,
		`INSERT INTO answers (question_id, body, created_at) VALUES (1, 'Six to eight, jogging down.', '2025-01-02T00:00:00Z')`,
	} {
		if _, err := db.write.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	got, _, err := searchAnswered(ctx, db, "jogging", 10, 0)
	if err != nil || len(got) != 1 {
		t.Errorf("search after backfill: got %d results (%v), want 1", len(got), err)
	}
}

func TestListAnsweredCounts(t *testing.T) {
	db := openTestDB(t)
	ctx := context.Background()
	older := addQuestion(t, db, "Older", "q", "a")
	newer := addQuestion(t, db, "Newer", "q", "a")
	addQuestion(t, db, "Open", "q", "")
	for i, stars := range []int{5, 4, 4} {
		if err := db.Rate(ctx, older.ID, fmt.Sprintf("voter%d", i), stars); err != nil {
			t.Fatal(err)
		}
	}
	var pending, approved Comment
	err := db.InTx(ctx, func(tx *Tx) error {
		pending = Comment{QuestionID: older.ID, Name: "A", Body: "held"}
		approved = Comment{QuestionID: older.ID, Name: "B", Body: "shown", Status: CommentApproved}
		if err := tx.AddComment(ctx, &pending); err != nil {
			return err
		}
		return tx.AddComment(ctx, &approved)
	})
	if err != nil {
		t.Fatal(err)
	}
	list, err := db.ListSummaries(ctx, QuestionFilter{Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || list[0].ID != newer.ID || list[1].ID != older.ID {
		t.Fatalf("got %d questions, want newer then older", len(list))
	}
	o := list[1]
	if o.Comments != 1 || o.RatingCount != 3 || math.Abs(o.RatingAvg-13.0/3) > 1e-9 {
		t.Errorf("got %d comments, %d votes, average %v, want 1, 3, 4.33", o.Comments, o.RatingCount, o.RatingAvg)
	}
	if n, _ := db.CountQuestions(ctx, QuestionAnswered); n != 2 {
		t.Errorf("answered questions = %d, want 2", n)
	}
}

func TestRateUpserts(t *testing.T) {
	db := openTestDB(t)
	ctx := context.Background()
	q := addQuestion(t, db, "Rated", "q", "a")
	for _, stars := range []int{2, 5} {
		if err := db.Rate(ctx, q.ID, "same-visitor", stars); err != nil {
			t.Fatal(err)
		}
	}
	average, count, err := db.QuestionRating(ctx, q.ID)
	if err != nil {
		t.Fatal(err)
	}
	if count != 1 || average != 5 {
		t.Errorf("got %d votes averaging %v, want 1 averaging 5", count, average)
	}
	for _, bad := range []int{0, 6, -1} {
		if err := db.Rate(ctx, q.ID, "v", bad); err == nil {
			t.Errorf("Rate with %d stars: got no error", bad)
		}
	}
}

func TestCommentModeration(t *testing.T) {
	db := openTestDB(t)
	ctx := context.Background()
	q := addQuestion(t, db, "Commented", "q", "a")
	c := &Comment{QuestionID: q.ID, Name: "Sam", Email: "sam@example.org", Body: "Nice"}
	if err := db.InTx(ctx, func(tx *Tx) error { return tx.AddComment(ctx, c) }); err != nil {
		t.Fatal(err)
	}
	if c.Status != CommentPending {
		t.Fatalf("got status %q, want pending", c.Status)
	}
	shown := func() int {
		cs, err := db.ApprovedComments(ctx, q.ID)
		if err != nil {
			t.Fatal(err)
		}
		return len(cs)
	}
	if n := shown(); n != 0 {
		t.Errorf("pending comment shown: got %d, want 0", n)
	}
	if err := db.InTx(ctx, func(tx *Tx) error { return tx.SetCommentStatus(ctx, c.ID, CommentApproved) }); err != nil {
		t.Fatal(err)
	}
	if n := shown(); n != 1 {
		t.Errorf("approved comment: got %d shown, want 1", n)
	}
	if err := db.InTx(ctx, func(tx *Tx) error { return tx.SetCommentStatus(ctx, c.ID, CommentRejected) }); err != nil {
		t.Fatal(err)
	}
	got, err := db.CommentByID(ctx, c.ID)
	if err != nil || got.Status != CommentRejected || got.DecidedAt.IsZero() {
		t.Errorf("after reject: got %+v, %v, want rejected with a decision time", got, err)
	}
	if n := shown(); n != 0 {
		t.Errorf("rejected comment: got %d shown, want 0", n)
	}
	if err := db.InTx(ctx, func(tx *Tx) error { return tx.SetCommentStatus(ctx, 9999, CommentApproved) }); !errors.Is(err, ErrNotFound) {
		t.Errorf("approve missing comment: got %v, want ErrNotFound", err)
	}
}

func TestSiteVersionChanges(t *testing.T) {
	db := openTestDB(t)
	ctx := context.Background()
	v0 := siteVersion(t, db)
	q := addQuestion(t, db, "Versioned", "q", "a")
	v1 := siteVersion(t, db)
	if v1 <= v0 {
		t.Errorf("after a new answer: version %d, want more than %d", v1, v0)
	}
	if err := db.Rate(ctx, q.ID, "v", 3); err != nil {
		t.Fatal(err)
	}
	v2 := siteVersion(t, db)
	if v2 <= v1 {
		t.Errorf("after a rating: version %d, want more than %d", v2, v1)
	}
}

// searchRows counts the full-text index rows, answered or not.
func searchRows(t *testing.T, db *DB) int {
	t.Helper()
	var n int
	if err := db.read.QueryRow("SELECT count(*) FROM question_search").Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestSearchIndexHoldsAnsweredOnly(t *testing.T) {
	db := openTestDB(t)
	ctx := context.Background()
	v0 := siteVersion(t, db)
	open := addQuestion(t, db, "Cadence drills", "Waiting for an answer.", "")
	if n := searchRows(t, db); n != 0 {
		t.Errorf("after an unanswered question: %d index rows, want 0", n)
	}
	if v := siteVersion(t, db); v != v0 {
		t.Errorf("an unanswered question moved the site version from %d to %d", v0, v)
	}

	if err := db.InTx(ctx, func(tx *Tx) error {
		return tx.AddAnswer(ctx, &Answer{QuestionID: open.ID, Body: "Strides twice a week."})
	}); err != nil {
		t.Fatal(err)
	}
	if err := db.InTx(ctx, func(tx *Tx) error {
		return tx.AddAnswer(ctx, &Answer{QuestionID: open.ID, Body: "Metronome runs."})
	}); err != nil {
		t.Fatal(err)
	}
	if n := searchRows(t, db); n != 1 {
		t.Fatalf("after two answers: %d index rows, want 1", n)
	}
	if got, _, _ := searchAnswered(ctx, db, "metronome", 10, 0); len(got) != 1 {
		t.Errorf("search for the newest answer: %d results, want 1", len(got))
	}

	// Removing the newest answer puts the one before it back in the index;
	// removing that too takes the question out.
	if _, err := db.write.ExecContext(ctx, "DELETE FROM answers WHERE body = 'Metronome runs.'"); err != nil {
		t.Fatal(err)
	}
	if got, _, _ := searchAnswered(ctx, db, "strides", 10, 0); len(got) != 1 {
		t.Errorf("search for the earlier answer after deleting the newest: %d results, want 1", len(got))
	}
	if _, err := db.write.ExecContext(ctx, "DELETE FROM answers"); err != nil {
		t.Fatal(err)
	}
	if n := searchRows(t, db); n != 0 {
		t.Errorf("after deleting every answer: %d index rows, want 0", n)
	}
}

// searchAnswered is one page of search results as the site shows them.
func searchAnswered(ctx context.Context, db *DB, query string, limit, offset int) ([]*Summary, int, error) {
	ids, total, err := db.Search(ctx, query, limit, offset)
	if err != nil {
		return nil, 0, err
	}
	if len(ids) == 0 {
		return nil, total, nil
	}
	out, err := db.ListSummaries(ctx, QuestionFilter{IDs: ids})
	return out, total, err
}

// siteVersion reads the number that moves with every change a public page
// shows.
func siteVersion(t *testing.T, db *DB) int64 {
	t.Helper()
	var v int64
	if err := db.read.QueryRow("SELECT version FROM site_changes WHERE id = 1").Scan(&v); err != nil {
		t.Fatal(err)
	}
	return v
}
