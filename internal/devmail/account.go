package devmail

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"

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
	users map[string]*imapmemserver.User
}

func newAccounts(password string) *accounts {
	return &accounts{password: password, users: make(map[string]*imapmemserver.User)}
}

// ensure returns the account for base, creating it with an INBOX if it does
// not exist yet. created says whether it did.
func (a *accounts) ensure(base string) (user *imapmemserver.User, created bool, err error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if u := a.users[base]; u != nil {
		return u, false, nil
	}
	u := imapmemserver.NewUser(base, a.password)
	if err := u.Create("INBOX", nil); err != nil {
		return nil, false, fmt.Errorf("create inbox of %s: %w", base, err)
	}
	// Clients that show only subscribed folders would hide it otherwise.
	if err := u.Subscribe("INBOX"); err != nil {
		return nil, false, fmt.Errorf("subscribe inbox of %s: %w", base, err)
	}
	a.users[base] = u
	return u, true, nil
}

// lookup returns the account named by a login, or nil. Logins are full
// base addresses compared without regard to case.
func (a *accounts) lookup(login string) (name string, user *imapmemserver.User) {
	name = strings.ToLower(login)
	a.mu.Lock()
	defer a.mu.Unlock()
	return name, a.users[name]
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
