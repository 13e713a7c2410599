package data

import (
	"context"
	"path/filepath"
	"testing"
	"time"
)

// TestMailboxMark checks the high-water mark through what moves it: the
// messages stored under it, a UIDVALIDITY change, a renumbering, and the
// deletion of the newest message, which must not take the mark back.
func TestMailboxMark(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	store := func(validity, uid uint32, from string) {
		t.Helper()
		err := db.InTx(ctx, func(tx *Tx) error {
			m := &Message{Mailbox: "INBOX", UIDValidity: validity, UID: uid, Hash: from, Size: 1, From: from, Raw: []byte("x")}
			if err := tx.StoreMessage(ctx, m); err != nil {
				return err
			}
			return tx.SetMailbox(ctx, Mailbox{Name: "INBOX", UIDValidity: validity, LastUID: uid})
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	mark := func(wantValidity, wantUID uint32) {
		t.Helper()
		mb, err := db.Mailbox(ctx, "INBOX")
		if err != nil || mb.UIDValidity != wantValidity || mb.LastUID != wantUID {
			t.Fatalf("mailbox = %+v, %v; want uidvalidity %d, last uid %d", mb, err, wantValidity, wantUID)
		}
	}
	store(7, 1, "a@example.org")
	store(7, 2, "b@example.org")
	store(7, 5, "c@example.org")
	mark(7, 5)

	// The newest message's sender is forgotten: their mail is deleted,
	// and must not be fetched and stored again.
	if _, err := db.ForgetPerson(ctx, "c@example.org", "c-hash", false); err != nil {
		t.Fatal(err)
	}
	mark(7, 5)
	store(7, 6, "d@example.org")
	mark(7, 6)

	// A mark set with no message under it still moves.
	if err := db.InTx(ctx, func(tx *Tx) error {
		return tx.SetMailbox(ctx, Mailbox{Name: "INBOX", UIDValidity: 7, LastUID: 9})
	}); err != nil {
		t.Fatal(err)
	}
	mark(7, 9)

	// A new UIDVALIDITY starts the mark again, from the first message
	// stored under it.
	store(8, 1, "e@example.org")
	mark(8, 1)
	store(8, 2, "f@example.org")
	mark(8, 2)

	// A server that numbered the mailbox again without saying so: the
	// stored UIDs are given up, and the mark starts from nothing.
	if err := db.RetireUIDs(ctx, "INBOX", 8); err != nil {
		t.Fatal(err)
	}
	mark(8, 0)
	store(8, 1, "g@example.org")
	mark(8, 1)

	// UIDs given up under another UIDVALIDITY, one the server showed
	// for a while: the mark under 8 still covers what was stored.
	if err := db.RetireUIDs(ctx, "INBOX", 9); err != nil {
		t.Fatal(err)
	}
	mark(8, 1)
	msgs, err := db.ListMessages(ctx, MessageFilter{})
	if err != nil {
		t.Fatal(err)
	}
	retired := 0
	for _, m := range msgs {
		if m.Mailbox != "INBOX" {
			retired++
		}
		if mb, err := db.Mailbox(ctx, m.Mailbox); err != nil || mb.Name != "INBOX" {
			t.Errorf("Mailbox(%q) = %+v, %v; want INBOX", m.Mailbox, mb, err)
		}
	}
	if retired != 2 {
		t.Errorf("%d messages retired, want 2", retired)
	}
}

// TestMailboxMarkThroughItsNeighbours checks the mark through the writes
// beside it: a copy of a stored mail taken in under a new UID, the raw
// bytes dropped after the retention period, the mailbox switched between
// inbox and Sent, and a backup made after the newest mail was forgotten.
func TestMailboxMarkThroughItsNeighbours(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	take := func(name string, sent bool, uid uint32, m *Message) {
		t.Helper()
		m.Mailbox, m.UIDValidity, m.UID, m.Size = name, 3, uid, 1
		err := db.InTx(ctx, func(tx *Tx) error {
			if err := tx.StoreMessage(ctx, m); err != nil {
				return err
			}
			return tx.SetMailbox(ctx, Mailbox{Name: name, UIDValidity: 3, LastUID: uid, Sent: sent})
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	mark := func(db *DB, name string, wantUID uint32, wantSent bool) {
		t.Helper()
		mb, err := db.Mailbox(ctx, name)
		if err != nil || mb.LastUID != wantUID || mb.Sent != wantSent {
			t.Fatalf("mailbox %s = %+v, %v; want last uid %d, sent %v", name, mb, err, wantUID, wantSent)
		}
	}
	take("INBOX", false, 4, &Message{MessageID: "<q1@example.org>", Hash: "h1", From: "ana@example.org",
		Raw: []byte("x"), Outcome: OutcomeQuestion})
	// The same mail again under a later UID is stored as a copy.
	take("INBOX", false, 9, &Message{MessageID: "<q1@example.org>", Hash: "h1", From: "ana@example.org",
		Outcome: OutcomeDuplicate})
	mark(db, "INBOX", 9, false)

	if _, _, err := db.Sweep(ctx, db.Now().Add(time.Hour), time.Time{}); err != nil {
		t.Fatal(err)
	}
	mark(db, "INBOX", 9, false)

	// The Sent mailbox has a mark of its own; read first as an inbox by a
	// configuration that did not know it, then as Sent.
	take("Sent", false, 2, &Message{MessageID: "<s1@example.org>", Hash: "s1", From: "owner@example.org",
		Raw: []byte("y"), Outcome: OutcomeSent})
	take("Sent", true, 3, &Message{MessageID: "<s2@example.org>", Hash: "s2", From: "owner@example.org",
		Raw: []byte("z"), Outcome: OutcomeSent})
	mark(db, "Sent", 3, true)
	mark(db, "INBOX", 9, false)

	// The asker is forgotten, then the database is backed up: the copy
	// must not fetch their mail again either.
	if _, err := db.ForgetPerson(ctx, "ana@example.org", "ana-hash", false); err != nil {
		t.Fatal(err)
	}
	mark(db, "INBOX", 9, false)
	dest := filepath.Join(t.TempDir(), "backup.db")
	if err := db.Backup(ctx, dest, nil); err != nil {
		t.Fatal(err)
	}
	mark(openTestAt(t, dest), "INBOX", 9, false)
}
