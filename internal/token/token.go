// Package token signs and verifies the short tokens that helpline puts in
// plus-addresses, Message-IDs and links.
//
// A token is "<id>-<mac>": the decimal id of what it names and the first
// 80 bits of HMAC-SHA256(secret, purpose || 0 || id) in lowercase base32.
// The purpose is part of the MAC, so a token made for one use (say, to
// unsubscribe) is worthless for another (say, to answer). Lowercase keeps
// tokens intact through mail systems that fold the case of local parts.
package token

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base32"
	"encoding/binary"
	"errors"
	"hash"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Purpose says what a token authorises. Each is one lowercase letter so that
// it fits in a plus-address.
type Purpose string

// The purposes helpline signs tokens for.
const (
	Answer      Purpose = "a" // reply route and Message-ID of an owner notification; id is a question
	Bounce      Purpose = "b" // envelope sender of an outgoing mail; id is an outbox row
	Unsubscribe Purpose = "u" // unsubscribe link and mailto; id is a subscriber
	Confirm     Purpose = "c" // double opt-in link; id is a subscriber
	Comment     Purpose = "k" // reply route of a comment moderation mail; id is a comment
	Mail        Purpose = "m" // Message-ID of any other outgoing mail; id is an outbox row
	Held        Purpose = "h" // reply route of the note asking the owner to confirm a held reply; id is a stored message
	Forget      Purpose = "f" // "delete my data" link in a mail; id is the outbox row, whose recipient is forgotten
	AskConfirm  Purpose = "q" // link confirming a question asked on the site; id is a held question
)

// ErrInvalid is returned for a token that is malformed or whose MAC does not
// match.
var ErrInvalid = errors.New("invalid token")

const macLen = 10

var enc = base32.NewEncoding("abcdefghijklmnopqrstuvwxyz234567").WithPadding(base32.NoPadding)

// Signer makes and checks tokens with one secret. It is safe for
// concurrent use.
type Signer struct {
	key []byte
	// macs holds keyed HMAC states: keying one costs as much as the MAC
	// of a short token, and every mail sent carries a token.
	macs sync.Pool
}

// NewSigner returns a Signer for secret, which must not be empty.
func NewSigner(secret string) (*Signer, error) {
	if secret == "" {
		return nil, errors.New("token: empty secret")
	}
	s := &Signer{key: []byte(secret)}
	s.macs.New = func() any { return hmac.New(sha256.New, s.key) }
	return s, nil
}

func (s *Signer) mac(p Purpose, id int64) []byte {
	h := s.macs.Get().(hash.Hash)
	defer s.macs.Put(h)
	h.Reset()
	var buf [24]byte
	msg := append(append(append(buf[:0], p...), 0), strconv.FormatInt(id, 10)...)
	h.Write(msg)
	return h.Sum(nil)[:macLen]
}

// Sign returns the token for id under purpose p.
func (s *Signer) Sign(p Purpose, id int64) string {
	return strconv.FormatInt(id, 10) + "-" + enc.EncodeToString(s.mac(p, id))
}

// Verify checks tok for purpose p and returns the id it names. The MAC is
// compared in constant time.
func (s *Signer) Verify(p Purpose, tok string) (int64, error) {
	tok = strings.TrimSpace(tok)
	if strings.IndexFunc(tok, notTokenRune) >= 0 {
		// A sign ("+7"), a letter that lowercases to ASCII (the Kelvin
		// sign) or a line break is in no token we made.
		return 0, ErrInvalid
	}
	num, sig, ok := strings.Cut(strings.ToLower(tok), "-")
	if !ok || num == "" || len(num) > 19 || num[0] == '0' {
		return 0, ErrInvalid
	}
	id, err := strconv.ParseInt(num, 10, 64)
	if err != nil || id <= 0 {
		return 0, ErrInvalid
	}
	// The decoder takes a stray character after the MAC for bits it
	// drops: only the MAC's own length is one we made.
	if len(sig) != enc.EncodedLen(macLen) {
		return 0, ErrInvalid
	}
	got, err := enc.DecodeString(sig)
	if err != nil || len(got) != macLen {
		return 0, ErrInvalid
	}
	if !hmac.Equal(got, s.mac(p, id)) {
		return 0, ErrInvalid
	}
	return id, nil
}

// notTokenRune reports whether r is in no token, in any case.
func notTokenRune(r rune) bool {
	return !(r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '-')
}

// Route returns the plus-address of mailbox that carries a token for id:
// "ask@example.org" becomes "ask+a.12-xxxx@example.org".
func (s *Signer) Route(mailbox string, p Purpose, id int64) string {
	local, domain, ok := strings.Cut(mailbox, "@")
	if !ok {
		return mailbox
	}
	if base, _, plus := strings.Cut(local, "+"); plus {
		local = base
	}
	return local + "+" + string(p) + "." + s.Sign(p, id) + "@" + domain
}

// Tag returns the part after "+" of a plus-address's local part, lowercased:
// "ask+subscribe@example.org" gives "subscribe". It reports false when addr
// is not a plus-address of mailbox.
func Tag(mailbox, addr string) (string, bool) {
	mlocal, mdomain, ok := strings.Cut(strings.ToLower(mailbox), "@")
	if !ok {
		return "", false
	}
	local, domain, ok := strings.Cut(strings.ToLower(strings.TrimSpace(addr)), "@")
	if !ok || domain != mdomain {
		return "", false
	}
	base, tag, ok := strings.Cut(local, "+")
	if !ok || base != mlocal {
		return "", false
	}
	return tag, true
}

// ParseRoute checks whether addr is a route of mailbox for purpose p and
// returns the id its token names.
func (s *Signer) ParseRoute(mailbox, addr string, p Purpose) (int64, error) {
	tag, ok := Tag(mailbox, addr)
	if !ok {
		return 0, ErrInvalid
	}
	tok, ok := strings.CutPrefix(tag, string(p)+".")
	if !ok {
		return 0, ErrInvalid
	}
	return s.Verify(p, tok)
}

// MessageID returns a new Message-ID (without angle brackets) on domain that
// carries a token for id under purpose p, plus random bytes so that two mails
// about the same thing never share an ID. RFC 5322 3.6.4.
func (s *Signer) MessageID(domain string, p Purpose, id int64) string {
	b := make([]byte, 8)
	rand.Read(b)
	return "hl." + string(p) + "." + s.Sign(p, id) + "." + enc.EncodeToString(b) + "@" + domain
}

// ParseMessageID checks whether msgid (with or without angle brackets) is one
// that MessageID made for purpose p, and returns the id it names.
func (s *Signer) ParseMessageID(msgid string, p Purpose) (int64, error) {
	msgid = strings.Trim(strings.TrimSpace(msgid), "<>")
	local, _, ok := strings.Cut(msgid, "@")
	if !ok {
		return 0, ErrInvalid
	}
	parts := strings.Split(strings.ToLower(local), ".")
	if len(parts) != 4 || parts[0] != "hl" || parts[1] != string(p) {
		return 0, ErrInvalid
	}
	return s.Verify(p, parts[2])
}

// RandomID returns a Message-ID on domain that carries no token. Its first
// part is the time in an alphabet that sorts as the bytes do, so that IDs
// made later sort later: the index that finds a mail by its Message-ID then
// grows at its end instead of at a random page for every mail queued.
func RandomID(domain string) string {
	b := make([]byte, 16)
	binary.BigEndian.PutUint64(b, uint64(time.Now().UnixNano()))
	rand.Read(b[8:])
	return "hl." + sortable.EncodeToString(b) + "@" + domain
}

var sortable = base32.NewEncoding("0123456789abcdefghijklmnopqrstuv").WithPadding(base32.NoPadding)

// Key derives a secret for another use (say, keying visitor hashes) from
// the site secret, so that one configured secret serves everything without
// any use learning it.
func (s *Signer) Key(name string) []byte {
	h := hmac.New(sha256.New, s.key)
	h.Write([]byte("key\x00" + name))
	return h.Sum(nil)
}
