package devmail

import (
	"net"
	"sync"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
)

// newIMAPServer builds the IMAP server over the account store. Plain LOGIN
// is allowed without TLS: the listener is loopback only.
func (s *Server) newIMAPServer() *imapserver.Server {
	return imapserver.New(&imapserver.Options{
		NewSession: func(c *imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return &imapSession{srv: s, conn: c.NetConn()}, nil, nil
		},
		// Everything imapmemserver implements, so that IMAP4rev1 clients
		// such as Thunderbird see IDLE, MOVE and UIDPLUS too.
		Caps: imap.CapSet{
			imap.CapIMAP4rev1:    {},
			imap.CapIMAP4rev2:    {},
			imap.CapNamespace:    {},
			imap.CapUIDPlus:      {},
			imap.CapESearch:      {},
			imap.CapSearchRes:    {},
			imap.CapListExtended: {},
			imap.CapListStatus:   {},
			imap.CapMove:         {},
			imap.CapStatusSize:   {},
			imap.CapSpecialUse:   {},
		},
		Logger:       libLogger{s.log.With("proto", "imap")},
		InsecureAuth: true,
		DebugWriter:  s.trace("imap"),
	})
}

// imapSession is one IMAP connection. Before login its UserSession is nil;
// imapserver refuses every command that would need it.
type imapSession struct {
	*imapmemserver.UserSession

	srv  *Server
	conn net.Conn
	acct *account
}

var (
	_ imapserver.SessionIMAP4rev2   = (*imapSession)(nil)
	_ imapserver.SessionAppendLimit = (*imapSession)(nil)
)

// Login accepts an account's address in any case with the dev password.
func (sess *imapSession) Login(username, password string) error {
	name, user := sess.srv.accounts.lookup(username)
	if user == nil {
		sess.srv.log.Warn("imap login refused", "login", username, "reason", "no such account")
		return imapserver.ErrAuthFailed
	}
	if err := user.Login(name, password); err != nil {
		sess.srv.log.Warn("imap login refused", "login", username, "reason", "wrong password")
		return imapserver.ErrAuthFailed
	}
	sess.UserSession = imapmemserver.NewUserSession(user.User)
	sess.acct = user
	sess.srv.log.Debug("imap login", "account", name)
	return nil
}

// Append keeps the connection busy while the literal streams in, so that
// a graceful shutdown does not cut it.
func (sess *imapSession) Append(mailbox string, r imap.LiteralReader, options *imap.AppendOptions) (*imap.AppendData, error) {
	defer holdConn(sess.conn)()
	defer sess.srv.changes.notify()
	data, err := sess.UserSession.Append(mailbox, r, options)
	if data != nil {
		data.UIDValidity += sess.srv.uidEpoch
	}
	return data, err
}

// Copy, Move, Expunge and Store change what other sessions see; each
// wakes the idling ones once it is done.

// Copy copies messages to another mailbox.
func (sess *imapSession) Copy(numSet imap.NumSet, dest string) (*imap.CopyData, error) {
	defer sess.srv.changes.notify()
	data, err := sess.UserSession.Copy(numSet, dest)
	if data != nil {
		data.UIDValidity += sess.srv.uidEpoch
	}
	return data, err
}

// Move moves messages to another mailbox.
func (sess *imapSession) Move(w *imapserver.MoveWriter, numSet imap.NumSet, dest string) error {
	defer sess.srv.changes.notify()
	return sess.UserSession.Move(w, numSet, dest)
}

// Expunge removes the messages marked deleted.
func (sess *imapSession) Expunge(w *imapserver.ExpungeWriter, uids *imap.UIDSet) error {
	defer sess.srv.changes.notify()
	return sess.UserSession.Expunge(w, uids)
}

// Store changes message flags.
func (sess *imapSession) Store(w *imapserver.FetchWriter, numSet imap.NumSet, flags *imap.StoreFlags, options *imap.StoreOptions) error {
	defer sess.srv.changes.notify()
	return sess.UserSession.Store(w, numSet, flags, options)
}

// Idle writes mailbox updates until stop is closed.
//
// It replaces imapmemserver's Idle, which waits for the next update without
// first sending those queued before it started listening: a message
// delivered between the "+ idling" reply and that moment would go unseen
// until some later change. Here the wake-up channel is taken before each
// poll, so an update queued after the poll always closes it.
func (sess *imapSession) Idle(w *imapserver.UpdateWriter, stop <-chan struct{}) error {
	for {
		changed := sess.srv.changes.wait()
		if err := sess.UserSession.Poll(w, true); err != nil {
			return err
		}
		select {
		case <-changed:
		case <-stop:
			return nil
		}
	}
}

// notifier wakes every waiter at once each time the store changes.
type notifier struct {
	mu sync.Mutex
	ch chan struct{}
}

func newNotifier() *notifier {
	return &notifier{ch: make(chan struct{})}
}

// wait returns a channel closed by the next notify.
func (n *notifier) wait() <-chan struct{} {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.ch
}

// notify wakes everyone waiting.
func (n *notifier) notify() {
	n.mu.Lock()
	defer n.mu.Unlock()
	close(n.ch)
	n.ch = make(chan struct{})
}

// AppendLimit advertises the same bound as SMTP's SIZE.
func (sess *imapSession) AppendLimit() uint32 {
	return uint32(min(sess.srv.cfg.MaxMessageBytes, 1<<32-1))
}
