package data

import (
	"bytes"
	"context"
	"errors"
	"os"
	"testing"
	"time"
)

// fileHolds counts how often the database's files hold s, in any case,
// after a checkpoint.
func fileHolds(t *testing.T, db *DB, s string) int {
	t.Helper()
	if _, err := db.exec(context.Background(), "PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range []string{db.Path(), db.Path() + "-wal"} {
		b, err := os.ReadFile(f)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		n += bytes.Count(bytes.ToLower(b), bytes.ToLower([]byte(s)))
	}
	return n
}

// personFixture stores a person who asked (by mail, answered, with a
// follow-up), commented, subscribed, had mail, and a neighbour whose
// address contains theirs.
func personFixture(t *testing.T, db *DB, addr string) (qid int64) {
	t.Helper()
	const other = "jo" + "ann@example.org"
	inTx(t, db, func(ctx context.Context, tx *Tx) error {
		q := &Question{Title: "Knees", Body: "My knees hurt.", AskerName: "Ann Runner", AskerEmail: addr, MessageID: "q1@mail.example"}
		if err := tx.CreateQuestion(ctx, q); err != nil {
			return err
		}
		qid = q.ID
		if err := tx.AddAnswer(ctx, &Answer{QuestionID: q.ID, Body: "Rest them."}); err != nil {
			return err
		}
		if _, err := tx.AddFollowup(ctx, q.ID, "Thanks!", "f1@mail.example"); err != nil {
			return err
		}
		if err := tx.Enqueue(ctx, &OutboxMail{Kind: KindNotify, To: "owner@example.org", QuestionID: q.ID,
			Text: "New question 1 from Ann Runner <" + addr + ">"}); err != nil {
			return err
		}
		if err := tx.Enqueue(ctx, &OutboxMail{Kind: KindAck, To: addr, Text: "Thanks"}); err != nil {
			return err
		}
		for i, m := range []*Message{
			{From: addr, Raw: []byte("From: " + addr + "\r\n\r\nMy knees hurt.\x00\xff")},
			{From: "owner@example.org", Raw: []byte("From: owner@example.org\r\nTo: Ann <ANN@example.org>\r\n\r\nRest them.")},
			{From: other, Raw: []byte("From: " + other + "\r\n\r\nhello")},
		} {
			m.Mailbox, m.UIDValidity, m.UID, m.Hash, m.Outcome = "INBOX", 1, uint32(i+1), "h", OutcomeQuestion
			if err := tx.StoreMessage(ctx, m); err != nil {
				return err
			}
		}
		if err := tx.AddComment(ctx, &Comment{QuestionID: q.ID, Name: "Ann R.", Email: "Ann@Example.org", Body: "It worked."}); err != nil {
			return err
		}
		if err := tx.HoldQuestion(ctx, &HeldQuestion{Email: addr, Title: "Another", Body: "Shins?"}); err != nil {
			return err
		}
		_, err := tx.SubscribePending(ctx, addr, "Ann", "web")
		return err
	})
	return qid
}

func TestPersonAndForgetPerson(t *testing.T) {
	db, _ := openSubscriberDB(t)
	ctx := context.Background()
	const addr = "ann@example.org"
	key := []byte("suppression key for tests")
	qid := personFixture(t, db, addr)

	p, err := db.Person(ctx, "Ann@EXAMPLE.org", SuppressionHash(key, addr))
	if err != nil {
		t.Fatal(err)
	}
	if p.Subscriber == nil || len(p.Events) == 0 || len(p.Questions) != 1 || len(p.Questions[0].Answers) != 1 ||
		len(p.Questions[0].Followups) != 1 || len(p.Comments) != 1 || len(p.Held) != 1 || len(p.Received) != 1 ||
		len(p.Sent) != 1 || p.Suppressed != "" {
		t.Fatalf("got %+v, want one of everything", p)
	}
	if !bytes.HasSuffix(p.Received[0].Raw, []byte("\x00\xff")) {
		t.Errorf("got raw %q, want the bytes as stored", p.Received[0].Raw)
	}

	r, err := db.ForgetPerson(ctx, addr, SuppressionHash(key, addr), false)
	if err != nil {
		t.Fatal(err)
	}
	want := ForgetReport{Subscriber: true, Questions: 1, Comments: 1, HeldQuestions: 1, MessagesDeleted: 1,
		RawDropped: 1, OutboxDeleted: 1, Scrubbed: 1, Found: true}
	if r != want {
		t.Errorf("got %+v, want %+v", r, want)
	}
	// The neighbour's address holds the forgotten one: every occurrence
	// left must be part of it, and it must be left whole.
	theirs, neighbour := fileHolds(t, db, addr), fileHolds(t, db, "jo"+addr)
	if neighbour == 0 || theirs != neighbour {
		t.Errorf("the files hold the address %d times and the neighbour's %d, want only the neighbour's, at least once",
			theirs, neighbour)
	}
	q, err := db.QuestionByID(ctx, qid)
	if err != nil {
		t.Fatal(err)
	}
	if q.Status != QuestionAnswered || q.AskerEmail != "" || q.AskerName != "" || q.Answer != "Rest them." {
		t.Errorf("got question %+v, want it answered with an anonymous asker", q)
	}
	after, err := db.Person(ctx, addr, SuppressionHash(key, addr))
	if err != nil {
		t.Fatal(err)
	}
	if after.Suppressed != SuppressForgotten || after.Subscriber != nil || len(after.Questions)+len(after.Comments)+
		len(after.Held)+len(after.Received)+len(after.Sent) != 0 {
		t.Errorf("after forgetting: got %+v", after)
	}
	r, err = db.ForgetPerson(ctx, addr, SuppressionHash(key, addr), true)
	if err != nil || r.Found {
		t.Errorf("forgetting again: got %+v, %v; want nothing found", r, err)
	}
}

func TestForgetPersonWithdraws(t *testing.T) {
	db, _ := openSubscriberDB(t)
	const addr = "ann@example.org"
	qid := personFixture(t, db, addr)
	r, err := db.ForgetPerson(context.Background(), addr, "h", true)
	if err != nil {
		t.Fatal(err)
	}
	q, _ := db.QuestionByID(context.Background(), qid)
	if r.Withdrawn != 1 || q.Status != QuestionHidden {
		t.Errorf("got %d withdrawn and status %s, want 1 and hidden", r.Withdrawn, q.Status)
	}
}

func TestSweepKeepsRawNotDealtWith(t *testing.T) {
	db, now := openSubscriberDB(t)
	ctx := context.Background()
	var ids []int64
	inTx(t, db, func(ctx context.Context, tx *Tx) error {
		for i, outcome := range []string{OutcomeQuestion, OutcomeQuarantined, OutcomePending, OutcomeAuto} {
			m := &Message{Mailbox: "INBOX", UIDValidity: 1, UID: uint32(i + 1), Hash: "h", Outcome: outcome,
				From: "x@example.org", Subject: "s", Raw: []byte("Subject: s\r\n\r\nbody")}
			if err := tx.StoreMessage(ctx, m); err != nil {
				return err
			}
			ids = append(ids, m.ID)
		}
		return nil
	})
	if n, _, err := db.Sweep(ctx, now.Add(-time.Hour), time.Time{}); err != nil || n != 0 {
		t.Fatalf("within the window: dropped %d, %v; want 0", n, err)
	}
	*now = now.Add(91 * 24 * time.Hour)
	if n, _, err := db.Sweep(ctx, now.Add(-90*24*time.Hour), time.Time{}); err != nil || n != 2 {
		t.Fatalf("after the window: dropped %d, %v; want 2", n, err)
	}
	for i, wantRaw := range []bool{false, true, true, false} {
		m, err := db.MessageByID(ctx, ids[i])
		if err != nil {
			t.Fatal(err)
		}
		if (m.Raw != nil) != wantRaw || m.Subject != "s" || m.From != "x@example.org" {
			t.Errorf("message %d (%s): got raw %v, subject %q; want raw %v and the headers kept", i, m.Outcome, m.Raw != nil, m.Subject, wantRaw)
		}
	}
}

// A database that held data before deletes were zeroed is rebuilt the
// first time someone is forgotten, and only then.
func TestForgetRebuildsAnOlderDatabaseOnce(t *testing.T) {
	db, _ := openSubscriberDB(t)
	ctx := context.Background()
	if _, err := db.Setting(ctx, "free_space_unzeroed"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("a new database is marked as holding old free space: %v", err)
	}
	if err := db.SetSetting(ctx, "free_space_unzeroed", "1"); err != nil {
		t.Fatal(err)
	}
	personFixture(t, db, "ann@example.org")
	if _, err := db.ForgetPerson(ctx, "ann@example.org", "h", false); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Setting(ctx, "free_space_unzeroed"); !errors.Is(err, ErrNotFound) {
		t.Errorf("after forgetting: got %v, want the mark gone with the rebuild", err)
	}
	var free int
	if err := db.queryRow(ctx, "PRAGMA freelist_count").Scan(&free); err != nil || free != 0 {
		t.Errorf("got %d free pages (%v), want none after the rebuild", free, err)
	}
}
