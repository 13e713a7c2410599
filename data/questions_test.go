package data

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestSlugify(t *testing.T) {
	tests := []struct{ in, want string }{
		{"How do I run faster?", "how-do-i-run-faster"},
		{"Über-Läufe & Knie", "uber-laufe-knie"},
		{"???", "question"},
		{"  Shin   splints  ", "shin-splints"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := slugify(tt.in); got != tt.want {
				t.Errorf("slugify(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestAnswerHistoryAndStatus(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	q := &Question{Title: "Knee pain after long runs", Body: "It hurts.", AskerName: "Ann Runner", AskerEmail: "ann@example.org"}
	if err := db.InTx(ctx, func(tx *Tx) error { return tx.CreateQuestion(ctx, q) }); err != nil {
		t.Fatal(err)
	}
	got, err := db.QuestionByID(ctx, q.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != QuestionOpen || got.Slug != "knee-pain-after-long-runs" || got.Answer != "" {
		t.Fatalf("new question = %+v", got)
	}
	for _, body := range []string{"Rest.", "Rest, then ice."} {
		if err := db.InTx(ctx, func(tx *Tx) error { return tx.AddAnswer(ctx, &Answer{QuestionID: q.ID, Body: body}) }); err != nil {
			t.Fatal(err)
		}
	}
	got, err = db.QuestionByID(ctx, q.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != QuestionAnswered || got.Answer != "Rest, then ice." || got.AnsweredAt.IsZero() {
		t.Fatalf("answered question = %+v", got)
	}
	hist, err := db.answers(ctx, q.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(hist) != 2 || hist[0].Body != "Rest." {
		t.Fatalf("history = %+v, want both answers oldest first", hist)
	}
	between, err := db.ListQuestions(ctx, QuestionFilter{Status: QuestionAnswered,
		AnsweredFrom: got.AnsweredAt, AnsweredBefore: got.AnsweredAt.Add(time.Second)})
	if err != nil || len(between) != 1 {
		t.Fatalf("answered between = %v, %v; want the question", between, err)
	}
	if err := db.InTx(ctx, func(tx *Tx) error { return tx.SetQuestionStatus(ctx, q.ID, QuestionHidden) }); err != nil {
		t.Fatal(err)
	}
	if list, _ := db.ListQuestions(ctx, QuestionFilter{Status: QuestionAnswered}); len(list) != 0 {
		t.Fatalf("hidden question still listed as answered")
	}
	err = db.InTx(ctx, func(tx *Tx) error { return tx.SetQuestionStatus(ctx, 999, QuestionHidden) })
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("hiding a missing question: %v, want ErrNotFound", err)
	}
}

func TestMessageUniqueAndSeen(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	m := &Message{Mailbox: "INBOX", UIDValidity: 7, UID: 1, MessageID: "a@b", Hash: "h1", Size: 3, Raw: []byte("x")}
	err := db.InTx(ctx, func(tx *Tx) error {
		if err := tx.StoreMessage(ctx, m); err != nil {
			return err
		}
		return tx.SetMailbox(ctx, Mailbox{Name: "INBOX", UIDValidity: 7, LastUID: 1})
	})
	if err != nil {
		t.Fatal(err)
	}
	err = db.InTx(ctx, func(tx *Tx) error {
		return tx.StoreMessage(ctx, &Message{Mailbox: "INBOX", UIDValidity: 7, UID: 1, Hash: "h2"})
	})
	if !errors.Is(err, ErrConflict) {
		t.Fatalf("same uid twice: %v, want ErrConflict", err)
	}
	var seen int64
	var outcome string
	db.InTx(ctx, func(tx *Tx) (err error) { seen, outcome, err = tx.SeenMessage(ctx, "a@b", ""); return })
	if seen != m.ID || outcome != m.Outcome {
		t.Fatalf("SeenMessage = %d, %q; want %d, %q", seen, outcome, m.ID, m.Outcome)
	}
	mb, err := db.Mailbox(ctx, "INBOX")
	if err != nil || mb.LastUID != 1 || mb.UIDValidity != 7 {
		t.Fatalf("mailbox = %+v, %v", mb, err)
	}
}
