package data

import (
	"context"
	"testing"
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
}
