package token

import (
	"strings"
	"testing"
)

// purposes are every purpose a token is signed for.
var purposes = []Purpose{Answer, Bounce, Unsubscribe, Confirm, Comment, Mail, Held, Forget, AskConfirm}

// FuzzVerify checks that a token of any bytes verifies only when it is,
// but for case and surrounding space, one the signer made for that
// purpose; and that routes and Message-IDs carrying it verify alike.
func FuzzVerify(f *testing.F) {
	s, err := NewSigner("a fuzzing secret, long enough")
	if err != nil {
		f.Fatal(err)
	}
	for i, p := range purposes {
		tok := s.Sign(p, int64(i*1000+7))
		f.Add(byte(i), tok)
		f.Add(byte(i+1), tok)
		f.Add(byte(i), strings.ToUpper(tok)+" ")
		f.Add(byte(i), "0"+tok)
		f.Add(byte(i), tok[:len(tok)-1])
	}
	f.Add(byte(0), "")
	f.Add(byte(0), "-1-aaaa")
	f.Add(byte(0), "99999999999999999999-aaaaaaaaaaaaaaaa")
	f.Add(byte(0), "9223372036854775807-aaaaaaaaaaaaaaaa")
	f.Fuzz(func(t *testing.T, which byte, tok string) {
		p := purposes[int(which)%len(purposes)]
		id, err := s.Verify(p, tok)
		if err != nil {
			if id != 0 {
				t.Fatalf("Verify(%q, %q): got id %d with error %v", p, tok, id, err)
			}
		} else {
			if id <= 0 {
				t.Fatalf("Verify(%q, %q): got id %d, want a positive one", p, tok, id)
			}
			if want := s.Sign(p, id); asciiLower(strings.TrimSpace(tok)) != want {
				t.Fatalf("Verify(%q, %q): got id %d, but the token signed for it is %q", p, tok, id, want)
			}
			for _, other := range purposes {
				if _, err := s.Verify(other, tok); other != p && err == nil {
					t.Fatalf("Verify(%q, %q): also verifies for purpose %q", p, tok, other)
				}
			}
		}
		route := "ask+" + string(p) + "." + tok + "@example.org"
		rid, rerr := s.ParseRoute("ask@example.org", route, p)
		if strings.ContainsAny(tok, "@+") {
			// The token is not the whole local part's tail.
			return
		}
		if (rerr == nil) != (err == nil) || rid != id {
			t.Fatalf("ParseRoute(%q): got %d, %v; Verify of its token gave %d, %v", route, rid, rerr, id, err)
		}
		if strings.ContainsAny(tok, ".<> \t\r\n") {
			return
		}
		msgid := "<hl." + string(p) + "." + tok + ".abcdefgh@example.org>"
		mid, merr := s.ParseMessageID(msgid, p)
		if (merr == nil) != (err == nil) || mid != id {
			t.Fatalf("ParseMessageID(%q): got %d, %v; Verify of its token gave %d, %v", msgid, mid, merr, id, err)
		}
	})
}

// asciiLower lowercases the ASCII letters of s only, as a mail system
// folding the case of an address would.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
