package inbox

import (
	"strings"
	"testing"
)

func TestAuthFor(t *testing.T) {
	const trusted = "mx.example"
	tests := []struct {
		name    string
		headers []string
		fail    bool
		pass    bool
	}{
		{"dmarc pass", []string{"mx.example; dkim=pass header.d=example.org; dmarc=pass header.from=example.org"}, false, true},
		{"dmarc fail", []string{"mx.example; dmarc=fail header.from=example.org"}, true, false},
		{"spaces around the equals sign", []string{"mx.example; dmarc = fail"}, true, false},
		{"comment before the method", []string{"mx.example; (checked by opendmarc) dmarc=fail"}, true, false},
		{"comment inside a result", []string{"mx.example; dkim=fail (bad signature) header.d=example.org"}, true, false},
		{"folded", []string{"mx.example;\r\n\tdkim=pass\r\n\theader.d=example.org"}, false, true},
		{"dkim fail of another domain", []string{"mx.example; dkim=fail header.d=lists.example.net; dkim=pass header.d=example.org"}, false, true},
		{"dkim fail of a parent domain", []string{"mx.example; dkim=fail header.d=example.org"}, true, false},
		{"one of two signatures fails", []string{"mx.example; dkim=permerror header.d=example.org; dkim=pass header.d=example.org; dmarc=pass header.from=example.org"}, false, true},
		{"one of two signatures fails, no dmarc", []string{"mx.example; dkim=pass header.d=example.org; dkim=fail header.d=example.org"}, false, true},
		{"dkim fails, dmarc passes by spf", []string{"mx.example; dkim=fail header.d=example.org; spf=pass smtp.mailfrom=example.org; dmarc=pass header.from=example.org"}, true, false},
		{"dkim passes, dmarc fails", []string{"mx.example; dkim=pass header.d=example.org; dmarc=fail header.from=example.org"}, true, false},
		{"dkim permerror", []string{"mx.example; dkim=permerror header.d=example.org"}, true, false},
		{"untrusted server ignored", []string{"evil.example; dmarc=pass"}, false, false},
		{"untrusted fail ignored", []string{"other.example; dmarc=fail"}, false, false},
		{"topmost trusted wins", []string{"mx.example; dmarc=fail", "mx.example; dmarc=pass"}, true, false},
		{"a forged lower header does not win", []string{"mx.example; dmarc=pass", "mx.example; dmarc=fail"}, false, true},
		{"version number", []string{"mx.example 1; dmarc=pass"}, false, true},
		{"unreadable trusted header", []string{"mx.example 7; dmarc=pass"}, true, false},
		{"none", nil, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var raw strings.Builder
			for _, v := range tt.headers {
				raw.WriteString("Authentication-Results: " + v + "\r\n")
			}
			raw.WriteString("From: Owner <owner@example.org>\r\nSubject: Re: q\r\n\r\nYes.\r\n")
			m, err := Parse([]byte(raw.String()))
			if err != nil {
				t.Fatal(err)
			}
			got := authFor(m, trusted, "example.org")
			if (got.fail != "") != tt.fail || got.pass != tt.pass {
				t.Errorf("got fail %q pass %v, want fail %v pass %v", got.fail, got.pass, tt.fail, tt.pass)
			}
		})
	}
}

// TestAuthFailureHiddenFrom fails a From address that only an encoded
// word holds, whatever the trusted server wrote: it checked no domain.
// An encoded name beside a plain address is no such case.
func TestAuthFailureHiddenFrom(t *testing.T) {
	const trusted = "mx.example"
	tests := []struct {
		name, from string
		fail       bool
	}{
		{"a bare address encoded whole", "=?utf-8?b?YXR0YWNrZXJAZXZpbC5jb20=?=", true},
		{"name and address encoded whole", "=?utf-8?Q?Lena_<lena@example.org>?=", true},
		{"an encoded name beside the address", "=?utf-8?Q?L=C3=A9na?= <lena@example.org>", false},
		{"a plain mailbox", "Lena <Lena@EXAMPLE.org>", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := "Authentication-Results: mx.example; spf=pass smtp.mailfrom=example.org\r\nFrom: " + tt.from +
				"\r\nSubject: q\r\n\r\nHow long?\r\n"
			m, err := Parse([]byte(raw))
			if err != nil {
				t.Fatal(err)
			}
			if m.From.Addr == "" {
				t.Fatalf("no From address read from %q", tt.from)
			}
			if got := authFailure(m, trusted); (got != "") != tt.fail {
				t.Errorf("authFailure = %q, want failure %v", got, tt.fail)
			}
			if got := authFailure(m, ""); got != "" {
				t.Errorf("with no trusted server, authFailure = %q", got)
			}
		})
	}
}
