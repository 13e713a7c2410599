package dovecottest

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// storedMessage is what survives the renumbering of a mailbox.
type storedMessage struct {
	raw   []byte
	flags []imap.Flag
	date  time.Time
}

// ChangeUIDValidity makes Dovecot renumber user's Mailbox, as a server does
// after its index is rebuilt or its mail is migrated: the same messages come
// back under a new UIDVALIDITY with UIDs starting again from 1. It returns
// the new UIDVALIDITY.
//
// Dovecot keeps a mailbox's UIDVALIDITY for its whole life, so the mailbox is
// deleted and created again (Dovecot hands a new one to every mailbox it
// creates) and its messages are appended back with their flags and internal
// dates. INBOX cannot be deleted (RFC 3501 6.3.4), which is why this works on
// Mailbox only.
func (s *Server) ChangeUIDValidity(t testing.TB, user string) uint32 {
	t.Helper()
	var next uint32
	err := s.session(user, func(c *imapclient.Client) error {
		var err error
		next, err = renumber(c, Mailbox)
		return err
	})
	if err != nil {
		t.Fatalf("dovecottest: change uidvalidity of %s/%s: %v%s", user, Mailbox, err, s.logTail())
	}
	return next
}

// renumber recreates mailbox with its messages and returns its new
// UIDVALIDITY.
func renumber(c *imapclient.Client, mailbox string) (uint32, error) {
	prev, msgs, err := snapshot(c, mailbox)
	if err != nil {
		return 0, err
	}
	if err := c.Delete(mailbox).Wait(); err != nil {
		return 0, fmt.Errorf("delete %s: %w", mailbox, err)
	}
	if err := c.Create(mailbox, nil).Wait(); err != nil {
		return 0, fmt.Errorf("create %s: %w", mailbox, err)
	}
	for _, m := range msgs {
		opts := &imap.AppendOptions{Flags: m.flags, Time: m.date}
		if _, err := appendMessage(c, mailbox, m.raw, opts); err != nil {
			return 0, err
		}
	}
	status, err := c.Status(mailbox, &imap.StatusOptions{UIDValidity: true}).Wait()
	if err != nil {
		return 0, fmt.Errorf("status %s: %w", mailbox, err)
	}
	if status.UIDValidity == prev {
		return 0, fmt.Errorf("uidvalidity of %s stayed %d after it was recreated", mailbox, prev)
	}
	return status.UIDValidity, nil
}

// snapshot reads mailbox's UIDVALIDITY and every message in it without
// changing any flag, and leaves no mailbox selected.
func snapshot(c *imapclient.Client, mailbox string) (uint32, []storedMessage, error) {
	sel, err := c.Select(mailbox, &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		return 0, nil, fmt.Errorf("examine %s: %w", mailbox, err)
	}
	var msgs []storedMessage
	if sel.NumMessages > 0 {
		msgs, err = fetchAll(c, sel.NumMessages)
		if err != nil {
			return 0, nil, fmt.Errorf("read %s: %w", mailbox, err)
		}
	}
	if err := c.Unselect().Wait(); err != nil {
		return 0, nil, fmt.Errorf("unselect %s: %w", mailbox, err)
	}
	return sel.UIDValidity, msgs, nil
}

// fetchAll reads messages 1 to n of the selected mailbox in order.
func fetchAll(c *imapclient.Client, n uint32) ([]storedMessage, error) {
	body := &imap.FetchItemBodySection{Peek: true}
	var set imap.SeqSet
	set.AddRange(1, n)
	bufs, err := c.Fetch(set, &imap.FetchOptions{
		Flags:        true,
		InternalDate: true,
		BodySection:  []*imap.FetchItemBodySection{body},
	}).Collect()
	if err != nil {
		return nil, err
	}
	slices.SortFunc(bufs, func(a, b *imapclient.FetchMessageBuffer) int {
		return cmp.Compare(a.SeqNum, b.SeqNum)
	})
	msgs := make([]storedMessage, 0, len(bufs))
	for _, b := range bufs {
		raw := b.FindBodySection(body)
		if raw == nil {
			return nil, fmt.Errorf("message %d came without its body", b.SeqNum)
		}
		// \Recent belongs to the session and cannot be appended.
		flags := slices.DeleteFunc(slices.Clone(b.Flags), func(f imap.Flag) bool {
			return strings.EqualFold(string(f), `\Recent`)
		})
		msgs = append(msgs, storedMessage{raw: raw, flags: flags, date: b.InternalDate})
	}
	return msgs, nil
}
