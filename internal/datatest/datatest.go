// Package datatest reads what tests of several packages check in the
// database and the product reads only as part of something larger.
package datatest

import (
	"context"
	"testing"

	"helpline/data"
)

// Answers returns the answer history of q, oldest first, as the export of
// its asker's data reads it.
func Answers(t testing.TB, db *data.DB, q *data.Question) []*data.Answer {
	t.Helper()
	p, err := db.Person(context.Background(), q.AskerEmail, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, pq := range p.Questions {
		if pq.Question.ID == q.ID {
			return pq.Answers
		}
	}
	t.Fatalf("question %d is not among its asker's", q.ID)
	return nil
}
