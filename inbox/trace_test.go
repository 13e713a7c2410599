package inbox

import (
	"context"
	"strings"
	"testing"

	"helpline/internal/syncbuf"
)

// TestTranscriptRedactsCredentials feeds sessions, as the client library
// writes them (both directions, in pieces), and checks that the secret
// is gone while the rest of the session is kept.
func TestTranscriptRedactsCredentials(t *testing.T) {
	const pass = "s3cr#t pass"
	cases := []struct {
		name    string
		session []string // writes, in order
		keep    []string // must appear
		net     bool     // only the search for the password itself catches it
	}{
		{"quoted login", []string{
			"* OK ready\r\n",
			"T1 LOGIN \"owner@example.org\" \"s3cr#t pass\"\r\n",
			"T1 OK done\r\n",
			"T2 SELECT INBOX\r\n",
		}, []string{"T1 LOGIN [redacted]", "T1 OK done", "T2 SELECT INBOX"}, false},
		{"login in pieces", []string{
			"T1 LOG", "IN owner \"s3cr", "#t pass\"\r", "\n",
			"T1 OK done\r\n",
		}, []string{"T1 LOGIN [redacted]", "T1 OK done"}, false},
		{"synchronising literal", []string{
			"T1 LOGIN owner {11}\r\n",
			"+ go ahead\r\n",
			"s3cr#t pass\r\n",
			"T1 OK done\r\n",
		}, []string{"T1 LOGIN [redacted]", "+ go ahead", "T1 OK done"}, false},
		{"non-synchronising literals", []string{
			"T1 LOGIN {5+}\r\n",
			"owner {11+}\r\n",
			"s3cr#t pass\r\n",
			"T1 OK done\r\n",
		}, []string{"T1 LOGIN [redacted]", "T1 OK done"}, false},
		{"sasl-ir", []string{
			"T1 AUTHENTICATE PLAIN AG93bmVyAHMzY3IjdCBwYXNz\r\n",
			"T1 OK done\r\n",
		}, []string{"T1 AUTHENTICATE PLAIN [redacted]", "T1 OK done"}, false},
		{"sasl continuation", []string{
			"T1 AUTHENTICATE PLAIN\r\n",
			"+ \r\n",
			"AG93bmVyAHMzY3IjdCBwYXNz\r\n",
			"T1 OK done\r\n",
		}, []string{"T1 AUTHENTICATE PLAIN [redacted]", "+ ", "T1 OK done"}, false},
		{"failed login, then another", []string{
			"T1 LOGIN owner wrong\r\n",
			"T1 NO [AUTHENTICATIONFAILED] no\r\n",
			"T2 LOGIN owner \"s3cr#t pass\"\r\n",
			"T2 OK done\r\n",
		}, []string{"T1 NO [AUTHENTICATIONFAILED] no", "T2 LOGIN [redacted]", "T2 OK done"}, false},
		{"a mail that mentions a login, after one", []string{
			"T1 LOGIN owner \"s3cr#t pass\"\r\n",
			"T1 OK done\r\n",
			"* 1 FETCH (BODY[] {30}\r\n",
			"X LOGIN asked about in a mail\r\n",
		}, []string{"X LOGIN asked about in a mail"}, false},
		{"a split reply around the login", []string{
			"* OK [CAPABILITY IMAP4rev1] re",
			"T1 LOGIN owner \"s3cr#t pass\"\r\n",
			"T1 OK done\r\n",
		}, []string{"* OK [CAPABILITY IMAP4rev1] re", "T1 OK done"}, true},
	}
	for _, c := range cases {
		for _, known := range []bool{true, false} {
			if c.net && !known {
				continue
			}
			name := c.name
			password := pass
			if !known {
				name += ", password unknown"
				password = ""
			}
			t.Run(name, func(t *testing.T) {
				testTranscript(t, password, c.session, c.keep)
			})
		}
	}
}

func testTranscript(t *testing.T, password string, session, keep []string) {
	var b strings.Builder
	tr := newTranscript(&b, "imap: ", password)
	for _, w := range session {
		if n, err := tr.Write([]byte(w)); n != len(w) || err != nil {
			t.Fatalf("Write = %d, %v", n, err)
		}
	}
	got := b.String()
	for _, secret := range []string{"s3cr", "wrong", "AG93bmVy"} {
		if strings.Contains(got, secret) {
			t.Errorf("transcript shows %q:\n%s", secret, got)
		}
	}
	for _, k := range keep {
		if !strings.Contains(got, k) {
			t.Errorf("transcript lost %q:\n%s", k, got)
		}
	}
	for _, line := range strings.SplitAfter(got, "\n") {
		if line != "" && !strings.HasPrefix(line, "imap: ") {
			t.Errorf("line %q without its prefix", line)
		}
	}
}

// TestTraceShowsTheSessionButNotThePassword polls real servers with the
// transcript on.
func TestTraceShowsTheSessionButNotThePassword(t *testing.T) {
	forEachServer(t, func(t *testing.T, s imapServer) {
		f := newFixture(t)
		c := dial(t, s)
		appendMail(t, c, "INBOX", questions(1, "traced")...)
		var trace syncbuf.Buffer
		p := f.poller(s, "INBOX", func(cfg *IMAPConfig) { cfg.Trace = &trace })
		if n, err := p.PollOnce(context.Background()); err != nil || n != 1 {
			t.Fatalf("PollOnce = %d, %v; want 1", n, err)
		}
		got := trace.String()
		if strings.Contains(got, s.password) {
			t.Errorf("the transcript shows the password:\n%s", got)
		}
		for _, want := range []string{"imap inbox: ", "[redacted]", "traced question 0"} {
			if !strings.Contains(got, want) {
				t.Errorf("the transcript lacks %q:\n%s", want, got)
			}
		}
	})
}
