package devmail

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
)

// ErrBadAddress is returned for an address that cannot name a mailbox.
var ErrBadAddress = errors.New("bad address")

// checkAddress reports whether addr is a bare addr-spec that can be
// written into a header as is: local@domain, neither part empty, and no
// space, control character or angle bracket that could end the header or
// smuggle in another one.
func checkAddress(addr string) error {
	at := strings.LastIndexByte(addr, '@')
	if at <= 0 || at == len(addr)-1 {
		return fmt.Errorf("%q: want local@domain: %w", addr, ErrBadAddress)
	}
	for _, r := range addr {
		if unicode.IsSpace(r) || unicode.IsControl(r) || r == '<' || r == '>' || r == unicode.ReplacementChar {
			return fmt.Errorf("%q: contains %q: %w", addr, r, ErrBadAddress)
		}
	}
	return nil
}

// BaseAddress returns the account an address delivers to: the address in
// lower case with any "+detail" removed from its local part, so that
// "Ask+a.12-xyz@Example.org" yields "ask@example.org".
func BaseAddress(addr string) (string, error) {
	if err := checkAddress(addr); err != nil {
		return "", err
	}
	at := strings.LastIndexByte(addr, '@')
	local, domain := addr[:at], addr[at+1:]
	// A leading "+" is the whole local part, not a detail.
	if plus := strings.IndexByte(local, '+'); plus > 0 {
		local = local[:plus]
	}
	return strings.ToLower(local + "@" + domain), nil
}

// accounts holds every account's in-memory mailboxes, keyed by base
// address. Accounts are never removed while the server runs.
type accounts struct {
	password string

	mu    sync.Mutex
	users map[string]*account
}

// account is one account: imapmemserver keeps its mailboxes and messages;
// the account also keeps what imapmemserver does not report in LIST,
// which mailboxes exist, their special use (RFC 6154) and whether they are
// subscribed.
type account struct {
	*imapmemserver.User

	mu      sync.Mutex
	folders map[string]*folder
}

type folder struct {
	special    []imap.MailboxAttr
	subscribed bool
}

// SentMailbox is the mailbox every account has for the copies of the mail
// it sends, marked \Sent so that clients and helpline find it.
const SentMailbox = "Sent"

func newAccounts(password string) *accounts {
	return &accounts{password: password, users: make(map[string]*account)}
}

// ensure returns the account for base, creating it with an INBOX and a
// Sent mailbox if it does not exist yet. created says whether it did.
func (a *accounts) ensure(base string) (acct *account, created bool, err error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if u := a.users[base]; u != nil {
		return u, false, nil
	}
	acct = &account{User: imapmemserver.NewUser(base, a.password), folders: map[string]*folder{}}
	for _, f := range []struct {
		name    string
		special []imap.MailboxAttr
	}{{"INBOX", nil}, {SentMailbox, []imap.MailboxAttr{imap.MailboxAttrSent}}} {
		if err := acct.create(f.name, f.special); err != nil {
			return nil, false, fmt.Errorf("create %s of %s: %w", f.name, base, err)
		}
		// Clients that show only subscribed folders would hide it
		// otherwise.
		if err := acct.subscribe(f.name, true); err != nil {
			return nil, false, fmt.Errorf("subscribe %s of %s: %w", f.name, base, err)
		}
	}
	a.users[base] = acct
	return acct, true, nil
}

// lookup returns the account named by a login, or nil. Logins are full
// base addresses compared without regard to case.
func (a *accounts) lookup(login string) (name string, acct *account) {
	name = strings.ToLower(login)
	a.mu.Lock()
	defer a.mu.Unlock()
	return name, a.users[name]
}

// create makes a mailbox with the given special use.
func (acct *account) create(name string, special []imap.MailboxAttr) error {
	if err := acct.User.Create(name, nil); err != nil {
		return err
	}
	acct.mu.Lock()
	defer acct.mu.Unlock()
	acct.folders[strings.TrimRight(name, "/")] = &folder{special: special}
	return nil
}

func (acct *account) subscribe(name string, on bool) error {
	var err error
	if on {
		err = acct.User.Subscribe(name)
	} else {
		err = acct.User.Unsubscribe(name)
	}
	if err != nil {
		return err
	}
	acct.mu.Lock()
	defer acct.mu.Unlock()
	if f := acct.folders[name]; f != nil {
		f.subscribed = on
	}
	return nil
}

func (acct *account) remove(name string) error {
	if err := acct.User.Delete(name); err != nil {
		return err
	}
	acct.mu.Lock()
	defer acct.mu.Unlock()
	delete(acct.folders, name)
	return nil
}

func (acct *account) rename(from, to string, options *imap.RenameOptions) error {
	if err := acct.User.Rename(from, to, options); err != nil {
		return err
	}
	acct.mu.Lock()
	defer acct.mu.Unlock()
	for name, f := range acct.folders {
		if name == from || strings.HasPrefix(name, from+"/") {
			delete(acct.folders, name)
			acct.folders[to+strings.TrimPrefix(name, from)] = f
		}
	}
	return nil
}

// listed is one mailbox as LIST shows it.
type listed struct {
	name string
	folder
}

// list returns the account's mailboxes in name order.
func (acct *account) list() []listed {
	acct.mu.Lock()
	defer acct.mu.Unlock()
	out := make([]listed, 0, len(acct.folders))
	for name, f := range acct.folders {
		out = append(out, listed{name, *f})
	}
	slices.SortFunc(out, func(a, b listed) int { return strings.Compare(a.name, b.name) })
	return out
}

// names returns the account names in sorted order.
func (a *accounts) names() []string {
	a.mu.Lock()
	out := make([]string, 0, len(a.users))
	for name := range a.users {
		out = append(out, name)
	}
	a.mu.Unlock()
	slices.Sort(out)
	return out
}
