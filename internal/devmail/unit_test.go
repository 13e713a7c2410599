package devmail

import (
	"errors"
	"testing"
)

func TestBaseAddress(t *testing.T) {
	tests := []struct {
		in, want string
		bad      bool
	}{
		{in: "ask@example.org", want: "ask@example.org"},
		{in: "Ask@Example.ORG", want: "ask@example.org"},
		{in: "ask+a.12-xyz@example.org", want: "ask@example.org"},
		{in: "ASK+B.7-Q@d", want: "ask@d"},
		{in: "ask+@d", want: "ask@d"},
		{in: "+only@d", want: "+only@d"},
		{in: "a+b+c@d", want: "a@d"},
		{in: "\"odd@local\"@d", want: "\"odd@local\"@d"},
		{in: "jörg@exämple.org", want: "jörg@exämple.org"},
		{in: "JÖRG@d", want: "jörg@d"},
		{in: "", bad: true},
		{in: "postmaster", bad: true},
		{in: "@d", bad: true},
		{in: "ask@", bad: true},
		{in: "ask @d", bad: true},
		{in: "ask@d\r\nBcc: x@y", bad: true},
		{in: "<ask@d>", bad: true},
		{in: "a\x00@d", bad: true},
		{in: "a\xff@d", bad: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := BaseAddress(tt.in)
			if tt.bad {
				if !errors.Is(err, ErrBadAddress) {
					t.Fatalf("BaseAddress(%q) = %q, %v; want ErrBadAddress", tt.in, got, err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("BaseAddress(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestLoopbackAddr(t *testing.T) {
	tests := []struct {
		in, want string
		bad      bool
	}{
		{in: "127.0.0.1:1143", want: "127.0.0.1:1143"},
		{in: "127.0.0.1:0", want: "127.0.0.1:0"},
		{in: ":0", want: "127.0.0.1:0"},
		{in: ":1025", want: "127.0.0.1:1025"},
		{in: "[::1]:0", want: "[::1]:0"},
		{in: "localhost:1143", want: "localhost:1143"},
		{in: "127.1.2.3:25", want: "127.1.2.3:25"},
		{in: "0.0.0.0:1143", bad: true},
		{in: "[::]:1143", bad: true},
		{in: "192.0.2.1:25", bad: true},
		{in: "mail.example.org:25", bad: true},
		{in: "127.0.0.1", bad: true},
		{in: "127.0.0.1:", bad: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := loopbackAddr(tt.in)
			if tt.bad {
				if err == nil {
					t.Fatalf("loopbackAddr(%q) = %q; want an error", tt.in, got)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("loopbackAddr(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestNewRefusesNonLoopback(t *testing.T) {
	for _, cfg := range []Config{
		{IMAPAddr: "0.0.0.0:0"},
		{SMTPAddr: "192.0.2.1:25"},
	} {
		_, err := New(cfg)
		if !errors.Is(err, ErrNotLoopback) {
			t.Errorf("New(%+v): got %v, want ErrNotLoopback", cfg, err)
		}
	}
}

func TestCRLF(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"a\r\nb\r\n", "a\r\nb\r\n"},
		{"a\nb\n", "a\r\nb\r\n"},
		{"\n", "\r\n"},
		{"a\r\nb\nc", "a\r\nb\r\nc"},
		{"a\rb", "a\rb"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := string(crlf([]byte(tt.in))); got != tt.want {
				t.Fatalf("crlf(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestLoginServer(t *testing.T) {
	check := func(user, pass string) error {
		if user == "ask@d" && pass == "pw" {
			return nil
		}
		return errors.New("refused")
	}
	tests := []struct {
		name      string
		responses []string // first is the initial response; "\x00" for none
		ok        bool
	}{
		{"prompted", []string{"\x00", "ask@d", "pw"}, true},
		{"initial response", []string{"ask@d", "pw"}, true},
		{"wrong password", []string{"\x00", "ask@d", "nope"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := &loginServer{authenticate: check}
			var done bool
			var err error
			for _, r := range tt.responses {
				var resp []byte
				if r != "\x00" {
					resp = []byte(r)
				}
				_, done, err = srv.Next(resp)
				if done || err != nil {
					break
				}
			}
			if !done || (err == nil) != tt.ok {
				t.Fatalf("got done=%v err=%v, want done and ok=%v", done, err, tt.ok)
			}
		})
	}
}
