package data

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"
)

// Links are signed for a row's id: a confirmation for a subscriber, a
// "delete my data" link for an outgoing mail, a confirmation for a held
// question. A row deleted as the newest of its table leaves its id
// unused, so that such a link, kept by whoever was forgotten or asked,
// never comes to name a row made later for someone else.
func TestIDsOfDeletedRowsAreNotGivenAgain(t *testing.T) {
	db, now := openSubscriberDB(t)
	ctx := context.Background()
	type ids struct{ subscriber, mail, held, message int64 }
	rows := func(addr string, uid uint32) ids {
		t.Helper()
		var got ids
		got.subscriber = subscribe(t, db, addr, "").ID
		err := db.InTx(ctx, func(tx *Tx) error {
			m := &OutboxMail{Kind: KindConfirm, To: addr, Subject: "Confirm", SubscriberID: got.subscriber}
			if err := tx.Enqueue(ctx, m); err != nil {
				return err
			}
			h := &HeldQuestion{Email: addr, Title: "Knees?", Body: "They hurt."}
			if err := tx.HoldQuestion(ctx, h); err != nil {
				return err
			}
			msg := &Message{Mailbox: "INBOX", UIDValidity: 1, UID: uid, MessageID: addr, From: addr, Outcome: OutcomeQuestion}
			if err := tx.StoreMessage(ctx, msg); err != nil {
				return err
			}
			got.mail, got.held, got.message = m.ID, h.ID, msg.ID
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	first := rows("first@example.org", 1)
	if _, err := db.ForgetPerson(ctx, "first@example.org", "first-hash", false); err != nil {
		t.Fatal(err)
	}
	second := rows("second@example.org", 2)
	if second.subscriber <= first.subscriber || second.mail <= first.mail || second.held <= first.held ||
		second.message <= first.message {
		t.Errorf("after forgetting: got ids %+v, want each above the forgotten %+v", second, first)
	}

	// A held question confirmed leaves its row, and its id, too.
	if err := db.InTx(ctx, func(tx *Tx) error { _, err := tx.ReleaseHeld(ctx, second.held); return err }); err != nil {
		t.Fatal(err)
	}
	var held int64
	if err := db.InTx(ctx, func(tx *Tx) error {
		h := &HeldQuestion{Email: "third@example.org", Title: "Shins?", Body: "They hurt too."}
		err := tx.HoldQuestion(ctx, h)
		held = h.ID
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if held <= second.held {
		t.Errorf("after confirming: got held question %d, want above %d", held, second.held)
	}

	// A digest's rows, queued many at once, are numbered above too.
	if _, err := db.ForgetPerson(ctx, "second@example.org", "second-hash", false); err != nil {
		t.Fatal(err)
	}
	var digestRows int64
	err := db.InTx(ctx, func(tx *Tx) error {
		for _, addr := range []string{"ann@example.org", "bob@example.org"} {
			s, err := tx.SubscribePending(ctx, addr, "", "web")
			if err != nil {
				return err
			}
			if _, err := tx.ActivateSubscriber(ctx, s.ID, ConsentOwner, tx.Now()); err != nil {
				return err
			}
		}
		var err error
		digestRows, err = tx.CreateDigest(ctx, &DigestRecord{PeriodStart: *now, PeriodEnd: now.Add(time.Hour)}, nil)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	queued, err := db.ListOutbox(ctx, OutboxFilter{Kind: KindDigest})
	if err != nil || int64(len(queued)) != digestRows || len(queued) != 2 {
		t.Fatalf("got %d digest rows of %d (%v), want 2", len(queued), digestRows, err)
	}
	for _, r := range queued {
		if r.ID <= second.mail {
			t.Errorf("digest row %d to %s, want an id above the forgotten mail %d", r.ID, r.To, second.mail)
		}
	}
}

// A backup is restored after links were mailed for rows made since it was
// taken: the restored database must give none of their ids again.
func TestRestoredCopyGivesNoIDOfLaterRows(t *testing.T) {
	db, _ := openSubscriberDB(t)
	ctx := context.Background()
	subscribe(t, db, "before@example.org", "")
	dest := filepath.Join(t.TempDir(), "copy.db")
	if err := db.Backup(ctx, dest, nil); err != nil {
		t.Fatal(err)
	}
	var later []int64
	for i := range 3 {
		later = append(later, subscribe(t, db, fmt.Sprintf("later%d@example.org", i), "").ID)
	}
	restored := openTestAt(t, dest)
	got := subscribe(t, restored, "other@example.org", "")
	for _, id := range later {
		if got.ID == id {
			t.Errorf("restored copy gave subscriber id %d again, which a link mailed after the backup names", id)
		}
	}
	if got.ID <= later[len(later)-1] {
		t.Errorf("restored copy numbered a new subscriber %d, want above %d", got.ID, later[len(later)-1])
	}
}
