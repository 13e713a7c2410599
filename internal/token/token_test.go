package token

import (
	"crypto/hmac"
	"crypto/sha256"
	"strconv"
	"strings"
	"sync"
	"testing"
)

func signer(t *testing.T, secret string) *Signer {
	t.Helper()
	s, err := NewSigner(secret)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSignVerify(t *testing.T) {
	s := signer(t, "one secret, long enough")
	tok := s.Sign(Answer, 42)
	if id, err := s.Verify(Answer, tok); err != nil || id != 42 {
		t.Fatalf("Verify(%q) = %d, %v; want 42", tok, id, err)
	}
	if id, err := s.Verify(Answer, strings.ToUpper(tok)); err != nil || id != 42 {
		t.Fatalf("an upper-cased token (a mail system folding case) = %d, %v; want 42", id, err)
	}
	other := signer(t, "another secret, long enough")
	// A token with a "k" in it, for the Kelvin sign, which lowercases to
	// one.
	ktok := tok
	for id := int64(1); !strings.Contains(ktok, "k"); id++ {
		ktok = s.Sign(Answer, id)
	}
	bad := []struct {
		name    string
		purpose Purpose
		tok     string
		s       *Signer
	}{
		{"other purpose", Unsubscribe, tok, s},
		{"other secret", Answer, tok, other},
		{"other id", Answer, "43" + tok[2:], s},
		{"flipped mac", Answer, tok[:len(tok)-1] + flip(tok[len(tok)-1]), s},
		{"short mac", Answer, tok[:len(tok)-2], s},
		{"no mac", Answer, "42", s},
		{"empty", Answer, "", s},
		{"leading zero", Answer, "042-" + strings.SplitN(tok, "-", 2)[1], s},
		{"negative", Answer, "-1-aaaa", s},
		{"huge", Answer, "99999999999999999999-aaaaaaaaaaaaaaaa", s},
		{"line break in the mac", Answer, tok[:len(tok)-4] + "\r\n" + tok[len(tok)-4:], s},
		{"line break after the dash", Answer, strings.Replace(tok, "-", "-\n", 1), s},
		{"plus sign", Answer, "+" + tok, s},
		{"a character past the mac", Answer, tok + "a", s},
		{"kelvin sign", Answer, strings.Replace(ktok, "k", "\u212a", 1), s},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			if id, err := tt.s.Verify(tt.purpose, tt.tok); err == nil {
				t.Fatalf("Verify(%q) accepted, id %d", tt.tok, id)
			}
		})
	}
}

func flip(c byte) string {
	if c == 'a' {
		return "b"
	}
	return "a"
}

func TestRoutes(t *testing.T) {
	s := signer(t, "one secret, long enough")
	r := s.Route("ask@example.org", Answer, 7)
	if !strings.HasPrefix(r, "ask+a.7-") || !strings.HasSuffix(r, "@example.org") {
		t.Fatalf("Route = %q", r)
	}
	if id, err := s.ParseRoute("ask@example.org", r, Answer); err != nil || id != 7 {
		t.Fatalf("ParseRoute = %d, %v", id, err)
	}
	if _, err := s.ParseRoute("ask@example.org", strings.Replace(r, "@example.org", "@evil.test", 1), Answer); err == nil {
		t.Fatal("a route on another domain was accepted")
	}
	if _, err := s.ParseRoute("ask@example.org", r, Bounce); err == nil {
		t.Fatal("an answer route was accepted as a bounce route")
	}
	if tag, ok := Tag("ask@example.org", "ASK+Subscribe@Example.org"); !ok || tag != "subscribe" {
		t.Fatalf("Tag = %q, %v", tag, ok)
	}
	if _, ok := Tag("ask@example.org", "asker+x@example.org"); ok {
		t.Fatal("another local part matched")
	}
}

func TestMessageIDs(t *testing.T) {
	s := signer(t, "one secret, long enough")
	a, b := s.MessageID("example.org", Answer, 9), s.MessageID("example.org", Answer, 9)
	if a == b {
		t.Fatal("two Message-IDs for the same thing are equal")
	}
	if id, err := s.ParseMessageID("<"+a+">", Answer); err != nil || id != 9 {
		t.Fatalf("ParseMessageID = %d, %v", id, err)
	}
	if _, err := s.ParseMessageID(a, Comment); err == nil {
		t.Fatal("an answer Message-ID was accepted for a comment")
	}
	if _, err := s.ParseMessageID(RandomID("example.org"), Answer); err == nil {
		t.Fatal("a random Message-ID was accepted")
	}
}

func TestKeysDifferByName(t *testing.T) {
	s := signer(t, "one secret, long enough")
	if string(s.Key("web")) == string(s.Key("suppression")) {
		t.Fatal("derived keys for different uses are equal")
	}
	if _, err := NewSigner(""); err == nil {
		t.Fatal("an empty secret was accepted")
	}
}

func TestRandomIDsSortByTime(t *testing.T) {
	seen := map[string]bool{}
	prev := ""
	for i := 0; i < 1000; i++ {
		id := RandomID("example.org")
		if seen[id] {
			t.Fatalf("RandomID repeated %s", id)
		}
		seen[id] = true
		if !strings.HasPrefix(id, "hl.") || !strings.HasSuffix(id, "@example.org") || strings.Count(id, ".") != 2 {
			t.Fatalf("RandomID = %q, want hl.<one part>@example.org", id)
		}
		if id < prev {
			t.Fatalf("RandomID %s sorts before the earlier %s", id, prev)
		}
		prev = id
	}
}

// Tokens stay what they were when signed, whichever pooled MAC state makes
// them and from however many goroutines: mail already sent carries them.
func TestSignMatchesPlainHMAC(t *testing.T) {
	s := signer(t, "one secret, long enough")
	want := func(p Purpose, id int64) string {
		h := hmac.New(sha256.New, []byte("one secret, long enough"))
		h.Write([]byte(string(p) + "\x00" + strconv.FormatInt(id, 10)))
		return strconv.FormatInt(id, 10) + "-" + enc.EncodeToString(h.Sum(nil)[:macLen])
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int64(1); i <= 200; i++ {
				for _, p := range []Purpose{Answer, Bounce, Unsubscribe, Mail} {
					if got := s.Sign(p, i); got != want(p, i) {
						t.Errorf("Sign(%s, %d) = %s, want %s", p, i, got, want(p, i))
						return
					}
					if id, err := s.Verify(p, want(p, i)); err != nil || id != i {
						t.Errorf("Verify(%s, %d) = %d, %v", p, i, id, err)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}
