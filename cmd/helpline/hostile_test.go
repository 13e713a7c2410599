package main

import (
	"bytes"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"
)

// wantShortHeaderLines fails the test for a header line over the 998
// octets RFC 5322 2.1.1 allows.
func wantShortHeaderLines(t *testing.T, what string, raw []byte) {
	t.Helper()
	header, _, _ := bytes.Cut(raw, []byte("\r\n\r\n"))
	for _, line := range bytes.Split(header, []byte("\r\n")) {
		if len(line) > 998 {
			t.Errorf("%s: got a header line of %d octets: %.80q…", what, len(line), line)
		}
	}
}

// TestServeHostileSenders runs the service on its defaults and sends it
// mail and sign-ups of the kinds that once garbled or broke every mail to
// their sender: encoded-words in a quoted name, a name with an odd quote,
// a huge subject.
func TestServeHostileSenders(t *testing.T) {
	l := startServe(t, servedEnv(t))

	sendMail(t, l.SMTP, "juergen@helpline.localhost", []string{"ask@helpline.localhost"},
		"From: \"=?iso-8859-1?Q?J=FCrgen?=\" <juergen@helpline.localhost>\nTo: ask@helpline.localhost\n"+
			"Subject: Intervals\nMessage-ID: <h1@juergen.localhost>\n\nHow many intervals a week?\n")
	ack := waitForMail(t, l.IMAP, "juergen@helpline.localhost", "Intervals")
	if len(ack.To) != 1 || ack.To[0].Name != "Jürgen" || !strings.HasPrefix(ack.Text, "Hello Jürgen,") {
		t.Errorf("ack to %+v begins %q, want it to greet Jürgen", ack.To, strings.SplitN(ack.Text, "\n", 2)[0])
	}

	sendMail(t, l.SMTP, "ann@helpline.localhost", []string{"ask@helpline.localhost"},
		"From: \"Ann \\\"Nan\" <ann@helpline.localhost>\nTo: ask@helpline.localhost\n"+
			"Subject: Hills\nMessage-ID: <h2@ann.localhost>\n\nHow do I run hills?\n")
	ack = waitForMail(t, l.IMAP, "ann@helpline.localhost", "Hills")
	if len(ack.To) != 1 || ack.To[0].Name != `Ann "Nan` || !strings.HasPrefix(ack.Text, "Hello Ann,") {
		t.Errorf("ack to %+v begins %q, want it to greet Ann", ack.To, strings.SplitN(ack.Text, "\n", 2)[0])
	}

	// 8,000 times 39 characters, folded every few words. (Broken folding
	// is left to the inbox's tests: the development server's IMAP side
	// serves an empty body for a header go-message refuses.)
	subject := strings.TrimSpace(strings.Repeat("How far should I run before a marathon ", 8000))
	folded := strings.ReplaceAll(subject, "marathon How", "marathon\n How")
	sendMail(t, l.SMTP, "pat@helpline.localhost", []string{"ask@helpline.localhost"},
		"From: Pat <pat@helpline.localhost>\nTo: ask@helpline.localhost\n"+
			"Subject: "+folded+"\nMessage-ID: <h3@pat.localhost>\nContent-Type: text/plain; charset=utf-8\n\nI run 40 km a week.\n")
	ack = waitForMail(t, l.IMAP, "pat@helpline.localhost", "How far should I run")
	note := waitForMail(t, l.IMAP, "owner@helpline.localhost", "Question: How far should I run")
	for what, m := range map[string]fetched{"ack": ack, "notification": note} {
		wantShortHeaderLines(t, what, m.Raw)
		title := strings.TrimPrefix(strings.TrimPrefix(m.Subject, "Re: "), "Question: ")
		if n := utf8.RuneCountInString(title); n > 200 || !strings.HasSuffix(title, "…") || !strings.HasPrefix(subject, strings.TrimSuffix(title, "…")) {
			t.Errorf("%s: got a title of %d characters %q, want the subject cut to at most 200", what, n, title)
		}
	}
	if !strings.Contains(note.Text, "\nI run 40 km a week.\n") || strings.Contains(note.Text, "Message-ID") {
		t.Errorf("notification text %q, want the question's text alone", note.Text)
	}

	resp, err := http.PostForm("http://"+l.Web+"/subscribe", url.Values{"email": {"nan@helpline.localhost"}, "name": {`Ann "Nan`}})
	if err != nil || resp.StatusCode >= 400 {
		t.Fatalf("subscribe: %v %v", resp, err)
	}
	resp.Body.Close()
	// The confirmation goes before the address agreed to anything, so
	// without the name anyone could type; the welcome carries it.
	confirm := waitForMail(t, l.IMAP, "nan@helpline.localhost", "onfirm")
	if len(confirm.To) != 1 || confirm.To[0].Name != "" || strings.Contains(confirm.Text, "Ann") {
		t.Errorf("confirmation to %+v, want no name", confirm.To)
	}
	confirmFromMail(t, l, "nan@helpline.localhost")
	welcome := waitForMail(t, l.IMAP, "nan@helpline.localhost", "elcome")
	if len(welcome.To) != 1 || welcome.To[0].Name != `Ann "Nan` {
		t.Errorf("welcome to %+v, want Ann \"Nan", welcome.To)
	}
}
