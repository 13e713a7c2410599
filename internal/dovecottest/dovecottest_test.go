package dovecottest_test

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"helpline/internal/dovecottest"
	"helpline/internal/testcert"
)

// question builds a small reader's question; n keeps messages apart.
func question(n int) []byte {
	return fmt.Appendf(nil, "From: Runner <runner%d@example.net>\r\n"+
		"To: ask@example.org\r\n"+
		"Subject: Shin splints, question %d\r\n"+
		"Message-ID: <q%d@example.net>\r\n"+
		"Date: Tue, 4 Mar 2025 07:15:00 +0000\r\n"+
		"MIME-Version: 1.0\r\n"+
		"Content-Type: text/plain; charset=utf-8\r\n"+
		"\r\n"+
		"How long should I rest before running again? (%d)\r\n", n, n, n, n)
}

// fetched is one message as a test reads it back.
type fetched struct {
	uid   imap.UID
	flags []imap.Flag
	body  []byte
}

// fetchAll selects mailbox read-write and reads every message with
// BODY.PEEK[], which must not set \Seen. It returns the UIDVALIDITY too.
func fetchAll(t *testing.T, c *imapclient.Client, mailbox string) (uint32, []fetched) {
	t.Helper()
	sel, err := c.Select(mailbox, nil).Wait()
	if err != nil {
		t.Fatalf("select %s: %v", mailbox, err)
	}
	if sel.NumMessages == 0 {
		return sel.UIDValidity, nil
	}
	body := &imap.FetchItemBodySection{Peek: true}
	bufs, err := c.Fetch(imap.SeqSet{{Start: 1, Stop: 0}}, &imap.FetchOptions{
		UID:         true,
		BodySection: []*imap.FetchItemBodySection{body},
	}).Collect()
	if err != nil {
		t.Fatalf("fetch body of %s: %v", mailbox, err)
	}
	// Flags are read afterwards, so that a \Seen set by the body fetch shows.
	flagBufs, err := c.Fetch(imap.SeqSet{{Start: 1, Stop: 0}}, &imap.FetchOptions{
		UID:   true,
		Flags: true,
	}).Collect()
	if err != nil {
		t.Fatalf("fetch flags of %s: %v", mailbox, err)
	}
	flags := make(map[imap.UID][]imap.Flag, len(flagBufs))
	for _, b := range flagBufs {
		flags[b.UID] = b.Flags
	}
	var out []fetched
	for _, b := range bufs {
		out = append(out, fetched{uid: b.UID, flags: flags[b.UID], body: b.FindBodySection(body)})
	}
	slices.SortFunc(out, func(a, b fetched) int { return int(a.uid) - int(b.uid) })
	return sel.UIDValidity, out
}

func TestStartAndLogin(t *testing.T) {
	s := dovecottest.Start(t, "ask", "owner")
	for _, user := range []string{"ask", "owner"} {
		c := s.Dial(t, user, nil)
		caps := c.Caps()
		if !caps.Has(imap.CapIdle) {
			t.Errorf("%s: got capabilities %v, want IDLE among them", user, caps)
		}
		list, err := c.List("", "*", &imap.ListOptions{ReturnSpecialUse: true}).Collect()
		if err != nil {
			t.Fatalf("%s: list: %v", user, err)
		}
		var names []string
		for _, m := range list {
			names = append(names, m.Mailbox)
			if m.Mailbox == "Sent" && !slices.Contains(m.Attrs, imap.MailboxAttrSent) {
				t.Errorf("%s: Sent is not marked \\Sent: %v", user, m.Attrs)
			}
		}
		slices.Sort(names)
		if want := []string{"INBOX", "Sent", dovecottest.Mailbox}; !slices.Equal(names, want) {
			t.Errorf("%s: got mailboxes %v, want %v", user, names, want)
		}
	}
}

func TestWrongPasswordRefused(t *testing.T) {
	s := dovecottest.Start(t)
	c, err := imapclient.DialInsecure(s.Addr(), nil)
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	defer c.Close()
	err = c.Login(dovecottest.DefaultUser, s.Password()+"x").Wait()
	var imapErr *imap.Error
	if !errors.As(err, &imapErr) || imapErr.Type != imap.StatusResponseTypeNo {
		t.Fatalf("login with a wrong password: got %v, want a NO response", err)
	}
}

func TestDeliverAndPeek(t *testing.T) {
	s := dovecottest.Start(t)
	user := dovecottest.DefaultUser
	first := s.Deliver(t, user, question(1))
	second := s.Deliver(t, user, question(2))
	if first == 0 || second <= first {
		t.Fatalf("got uids %d then %d, want increasing non-zero uids", first, second)
	}
	c := s.Dial(t, user, nil)
	_, msgs := fetchAll(t, c, "INBOX")
	if len(msgs) != 2 {
		t.Fatalf("got %d messages, want 2", len(msgs))
	}
	for i, m := range msgs {
		if want := []imap.UID{first, second}[i]; m.uid != want {
			t.Errorf("message %d: got uid %d, want %d", i, m.uid, want)
		}
		if !bytes.Equal(m.body, question(i+1)) {
			t.Errorf("message %d: got body %q, want %q", i, m.body, question(i+1))
		}
		if slices.Contains(m.flags, imap.FlagSeen) {
			t.Errorf("message %d: got flags %v after BODY.PEEK[], want no \\Seen", i, m.flags)
		}
	}
}

func TestIdleSeesDelivery(t *testing.T) {
	s := dovecottest.Start(t)
	user := dovecottest.DefaultUser
	exists := make(chan uint32, 8)
	c := s.Dial(t, user, &imapclient.Options{
		UnilateralDataHandler: &imapclient.UnilateralDataHandler{
			Mailbox: func(data *imapclient.UnilateralDataMailbox) {
				if data.NumMessages != nil {
					exists <- *data.NumMessages
				}
			},
		},
	})
	if _, err := c.Select("INBOX", nil).Wait(); err != nil {
		t.Fatalf("select: %v", err)
	}
	idle, err := c.Idle()
	if err != nil {
		t.Fatalf("idle: %v", err)
	}
	s.Deliver(t, user, question(1))
	timeout := time.NewTimer(10 * time.Second)
	defer timeout.Stop()
	select {
	case n := <-exists:
		if n != 1 {
			t.Errorf("got EXISTS %d, want 1", n)
		}
	case <-timeout.C:
		t.Errorf("got no EXISTS while idling after a delivery, want one")
	}
	if err := idle.Close(); err != nil {
		t.Fatalf("end idle: %v", err)
	}
	if err := idle.Wait(); err != nil {
		t.Fatalf("idle: %v", err)
	}
}

func TestChangeUIDValidity(t *testing.T) {
	s := dovecottest.Start(t)
	user := dovecottest.DefaultUser
	s.DeliverTo(t, user, dovecottest.Mailbox, question(1))
	s.DeliverTo(t, user, dovecottest.Mailbox, question(2))
	s.DeliverTo(t, user, dovecottest.Mailbox, question(3))

	c := s.Dial(t, user, nil)
	before, _ := fetchAll(t, c, dovecottest.Mailbox)
	// Drop the first message, so that renumbering visibly restarts the UIDs,
	// and flag the second, to see flags survive.
	if err := c.Store(imap.SeqSetNum(1), &imap.StoreFlags{
		Op: imap.StoreFlagsAdd, Flags: []imap.Flag{imap.FlagDeleted}, Silent: true,
	}, nil).Close(); err != nil {
		t.Fatalf("store \\Deleted: %v", err)
	}
	if err := c.Expunge().Close(); err != nil {
		t.Fatalf("expunge: %v", err)
	}
	if err := c.Store(imap.SeqSetNum(1), &imap.StoreFlags{
		Op: imap.StoreFlagsAdd, Flags: []imap.Flag{imap.FlagFlagged}, Silent: true,
	}, nil).Close(); err != nil {
		t.Fatalf("store \\Flagged: %v", err)
	}
	if err := c.Unselect().Wait(); err != nil {
		t.Fatalf("unselect: %v", err)
	}

	next := s.ChangeUIDValidity(t, user)
	if next == before {
		t.Fatalf("got uidvalidity %d after the change, want a new one", next)
	}
	after, msgs := fetchAll(t, c, dovecottest.Mailbox)
	if after != next {
		t.Errorf("got uidvalidity %d on select, want %d as returned", after, next)
	}
	if len(msgs) != 2 {
		t.Fatalf("got %d messages, want 2", len(msgs))
	}
	for i, m := range msgs {
		if want := imap.UID(i + 1); m.uid != want {
			t.Errorf("message %d: got uid %d, want %d", i, m.uid, want)
		}
		if !bytes.Equal(m.body, question(i+2)) {
			t.Errorf("message %d: got body %q, want %q", i, m.body, question(i+2))
		}
		if got, want := slices.Contains(m.flags, imap.FlagFlagged), i == 0; got != want {
			t.Errorf("message %d: got flags %v, want \\Flagged %v", i, m.flags, want)
		}
	}
}

// BenchmarkDeliver measures one delivery: a login, an APPEND and a logout.
func BenchmarkDeliver(b *testing.B) {
	s := dovecottest.Start(b)
	raw := question(1)
	for b.Loop() {
		s.Deliver(b, dovecottest.DefaultUser, raw)
	}
}

// TestStartTLS logs in over imaps with the test CA trusted, and is refused
// by a client that trusts only the system's roots.
func TestStartTLS(t *testing.T) {
	ca := testcert.New(t, "127.0.0.1")
	s := dovecottest.StartTLS(t, ca.ServerCertPEM, ca.ServerKeyPEM)
	if s.TLSAddr() == "" || s.TLSAddr() == s.Addr() {
		t.Fatalf("got TLS address %q beside plain %q, want a listener of its own", s.TLSAddr(), s.Addr())
	}
	c, err := imapclient.DialTLS(s.TLSAddr(), &imapclient.Options{TLSConfig: ca.ClientConfig()})
	if err != nil {
		t.Fatalf("dial imaps with the CA: %v", err)
	}
	defer c.Close()
	if err := c.Login(dovecottest.DefaultUser, s.Password()).Wait(); err != nil {
		t.Fatalf("login over imaps: %v", err)
	}
	_, err = imapclient.DialTLS(s.TLSAddr(), nil)
	if err == nil || !strings.Contains(err.Error(), "certificate signed by unknown authority") {
		t.Errorf("dial imaps without the CA: got %v, want an unknown authority", err)
	}
}
