package devmail

import (
	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
)

// The commands on mailboxes go through the account, so that LIST can show
// which mailboxes exist, which are subscribed and which is the Sent
// mailbox (RFC 6154), none of which imapmemserver reports.
//
// Every UIDVALIDITY the server reports is offset by a value taken from the
// time the server started. The store lives in memory, so after a restart
// every mailbox starts again at UID 1; a new UIDVALIDITY tells clients,
// and helpline's poller, that the UIDs they remember mean nothing now
// (RFC 9051 2.3.1.1).

// Create makes a mailbox, with the special use the client asks for
// (RFC 6154 3).
func (sess *imapSession) Create(name string, options *imap.CreateOptions) error {
	var special []imap.MailboxAttr
	if options != nil {
		special = options.SpecialUse
	}
	return sess.acct.create(name, special)
}

// Delete removes a mailbox.
func (sess *imapSession) Delete(name string) error { return sess.acct.remove(name) }

// Rename renames a mailbox and those below it.
func (sess *imapSession) Rename(from, to string, options *imap.RenameOptions) error {
	return sess.acct.rename(from, to, options)
}

// Subscribe adds a mailbox to the subscribed ones.
func (sess *imapSession) Subscribe(name string) error { return sess.acct.subscribe(name, true) }

// Unsubscribe removes a mailbox from the subscribed ones.
func (sess *imapSession) Unsubscribe(name string) error { return sess.acct.subscribe(name, false) }

// Select opens a mailbox.
func (sess *imapSession) Select(name string, options *imap.SelectOptions) (*imap.SelectData, error) {
	data, err := sess.UserSession.Select(name, options)
	if data != nil {
		data.UIDValidity += sess.srv.uidEpoch
	}
	return data, err
}

// Status reports on a mailbox.
func (sess *imapSession) Status(name string, options *imap.StatusOptions) (*imap.StatusData, error) {
	data, err := sess.UserSession.Status(name, options)
	if data != nil && data.UIDValidity != 0 {
		data.UIDValidity += sess.srv.uidEpoch
	}
	return data, err
}

// List writes the mailboxes matching patterns (RFC 9051 6.3.9, with the
// LIST-EXTENDED selection and return options of RFC 5258 and RFC 6154).
func (sess *imapSession) List(w *imapserver.ListWriter, ref string, patterns []string, options *imap.ListOptions) error {
	if len(patterns) == 0 {
		return w.WriteList(&imap.ListData{Attrs: []imap.MailboxAttr{imap.MailboxAttrNoSelect}, Delim: '/'})
	}
	for _, mb := range sess.acct.list() {
		if !matchAny(mb.name, ref, patterns) ||
			(options.SelectSubscribed && !mb.subscribed) ||
			(options.SelectSpecialUse && len(mb.special) == 0) {
			continue
		}
		data := imap.ListData{Mailbox: mb.name, Delim: '/'}
		if mb.subscribed {
			data.Attrs = append(data.Attrs, imap.MailboxAttrSubscribed)
		}
		if options.ReturnSpecialUse || options.SelectSpecialUse {
			data.Attrs = append(data.Attrs, mb.special...)
		}
		if options.ReturnStatus != nil {
			status, err := sess.Status(mb.name, options.ReturnStatus)
			if err != nil {
				return err
			}
			data.Status = status
		}
		if err := w.WriteList(&data); err != nil {
			return err
		}
	}
	return nil
}

func matchAny(name, ref string, patterns []string) bool {
	for _, p := range patterns {
		if imapserver.MatchList(name, '/', ref, p) {
			return true
		}
	}
	return false
}
