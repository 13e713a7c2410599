package newsletter

import (
	"net/mail"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"helpline/internal/token"
)

// statusPattern is an RFC 3463 status of a failure: class 4 or 5.
var statusPattern = regexp.MustCompile(`^[45]\.[0-9]{1,3}\.[0-9]{1,3}$`)

// checkFuzzedBounces fails unless bs are few, name only addresses or no
// one, and carry a failure's status.
func checkFuzzedBounces(t *testing.T, what string, bs []Bounce) {
	t.Helper()
	if len(bs) > maxBounceRecipients {
		t.Fatalf("%s: got %d bounces, want at most %d", what, len(bs), maxBounceRecipients)
	}
	for _, b := range bs {
		if !statusPattern.MatchString(b.Status) {
			t.Fatalf("%s: got status %q in %+v", what, b.Status, b)
		}
		if b.Recipient == "" {
			continue
		}
		a, err := mail.ParseAddress("<" + b.Recipient + ">")
		if err != nil || a.Address != b.Recipient || !utf8.ValidString(b.Recipient) ||
			strings.ContainsFunc(b.Recipient, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }) {
			t.Fatalf("%s: got recipient %q, not an address (%v)", what, b.Recipient, err)
		}
	}
}

// FuzzReadBounce reads any mail as a delivery report and as a bounce in
// prose, as the mailbox does with what comes back to a return route.
func FuzzReadBounce(f *testing.F) {
	fx := newFixture(f)
	files, err := filepath.Glob(filepath.Join("testdata", "*.eml"))
	if err != nil {
		f.Fatal(err)
	}
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		raw = []byte(strings.ReplaceAll(string(raw), "OUTBOXTOKEN", fx.signer().Sign(token.Bounce, 7)))
		f.Add(raw)
	}
	f.Add(failureMail("MAILER-DAEMON@mx.trailmail.example", "failure notice", "",
		qmailIntro+"<gone.runner@trailmail.example>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"+
			"--- Below this line is a copy of the message.\n\nReturn-Path: <ask+b.route@helpline.example>\n"))
	f.Add(failureMail("Mail Delivery System <Mailer-Daemon@relay.example>", "Mail delivery failed", "X-Failed-Recipients: a@x.example, b c@y.example\n",
		eximIntro+"  a@x.example\n    host mx.x.example said: 550 5.1.1 unknown user\n  b@y.example\n    452 mailbox full\n"))
	f.Add(failureMail("postmaster@mx.example", "Undeliverable", "Content-Type: multipart/report; report-type=delivery-status; boundary=b\n",
		"--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n\n"+
			"Final-Recipient: rfc822; odd name@x.example\nAction: failed\nStatus: 2.0.0\n\n"+
			"Final-Recipient: rfc822;<c@x.example>\nAction: failed\n\n--b--\n"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		bs, err := fx.svc.ParseDSN(raw)
		if err == nil {
			checkFuzzedBounces(t, "ParseDSN", bs)
		}
		checkFuzzedBounces(t, "ReadBounceText", fx.svc.ReadBounceText(raw))
	})
}

// FuzzCheckLink checks that an unsubscribe or confirm link holds only when
// its token was signed for that purpose.
func FuzzCheckLink(f *testing.F) {
	fx := newFixture(f)
	s := fx.signer()
	for _, tok := range []string{s.Sign(token.Unsubscribe, 3), s.Sign(token.Confirm, 3), s.Sign(token.Answer, 3), "3-", ""} {
		f.Add(tok)
	}
	f.Fuzz(func(t *testing.T, tok string) {
		for _, p := range []token.Purpose{token.Unsubscribe, token.Confirm, token.Answer} {
			err := fx.svc.CheckLink(p, tok)
			id, verr := s.Verify(p, tok)
			if p == token.Answer {
				if err == nil {
					t.Fatalf("CheckLink(%q, %q): got no error for another purpose", p, tok)
				}
				continue
			}
			if (err == nil) != (verr == nil) {
				t.Fatalf("CheckLink(%q, %q): got %v, Verify gave %d, %v", p, tok, err, id, verr)
			}
		}
	})
}
