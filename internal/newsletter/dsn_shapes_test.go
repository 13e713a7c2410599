package newsletter

import (
	"errors"
	"strings"
	"testing"

	"helpline/internal/token"
)

// TestParseDSNUnlabelled reads reports whose multipart does not say it is
// one, as X.400 gateways, Lotus and some Exchange versions send them, and
// still refuses ordinary mixed mail.
func TestParseDSNUnlabelled(t *testing.T) {
	f := newFixture(t)
	status := "Content-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; gw.club.example\r\n\r\n" +
		"Final-Recipient: rfc822; lost.runner@club.example\r\nAction: failed\r\nStatus: 5.1.1\r\n"
	for name, ctype := range map[string]string{
		"report without report-type": `multipart/report; boundary="r"`,
		"mixed":                      `multipart/mixed; boundary="r"`,
	} {
		t.Run(name, func(t *testing.T) {
			raw := "From: postmaster@club.example\r\nTo: ask@helpline.example\r\nSubject: Delivery Report (failure)\r\n" +
				"Content-Type: " + ctype + "\r\n\r\n--r\r\n\r\nYour message was not delivered.\r\n--r\r\n" + status + "--r--\r\n"
			got, err := f.svc.ParseDSN([]byte(raw))
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 || got[0].Recipient != "lost.runner@club.example" || got[0].Status != "5.1.1" {
				t.Errorf("got %+v, want one hard bounce for lost.runner@club.example", got)
			}
		})
	}
	mixed := "From: ann@example.org\r\nTo: ask@helpline.example\r\nSubject: my log\r\nContent-Type: multipart/mixed; boundary=\"m\"\r\n\r\n" +
		"--m\r\nContent-Type: text/plain\r\n\r\nMy week attached.\r\n--m\r\nContent-Type: text/csv; name=\"week.csv\"\r\n\r\nday,km\r\n--m--\r\n"
	if _, err := f.svc.ParseDSN([]byte(mixed)); !errors.Is(err, ErrNotDSN) {
		t.Errorf("mixed mail without a status part: got %v, want ErrNotDSN", err)
	}
	// A reader's forward of a bounce, as Thunderbird writes it, carries the
	// status part over: the failed recipient is the reader's own address.
	// Its envelope sender, null or rewritten on the way, does not make
	// it the mail system's.
	forward := "Return-Path: <>\r\nFrom: ann@example.org\r\nTo: ask@helpline.example\r\nSubject: Fwd: my work address\r\n" +
		"Content-Type: multipart/mixed; boundary=\"m\"\r\n\r\n--m\r\nContent-Type: text/plain\r\n\r\n" +
		"This came back when I wrote to my work address. Is it full?\r\n--m\r\n" + status + "--m--\r\n"
	if _, err := f.svc.ParseDSN([]byte(forward)); !errors.Is(err, ErrNotDSN) {
		t.Errorf("a reader's forward of a report: got %v, want ErrNotDSN", err)
	}
}

// TestReportsCutShort reads reports whose copy of the returned mail was cut
// to a size along with the closing boundary, as reporting hosts and the
// relays on the way back do, and still finds the mail it names; a report
// cut before its status part and a reader's mail cut short are no bounces.
func TestReportsCutShort(t *testing.T) {
	f := newFixture(t)
	msgID := f.signer().MessageID("helpline.example", token.Mail, 42)
	copyOf := "Content-Type: message/rfc822\r\n\r\nFrom: Helpline <ask@helpline.example>\r\n" +
		"To: lost.runner@club.example\r\nSubject: Your weekly running digest\r\nMessage-ID: <" + msgID + ">\r\n\r\n" +
		"This week: three new answers about hill repeats and one about"
	dsn := "From: MAILER-DAEMON@mx.club.example (Mail Delivery System)\r\nTo: ask@helpline.example\r\n" +
		"Subject: Undelivered Mail Returned to Sender\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"q\"\r\n\r\n" +
		"--q\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n" +
		"--q\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.club.example\r\n\r\n" +
		"Final-Recipient: rfc822; lost.runner@club.example\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n--q\r\n" + copyOf
	got, err := f.svc.ParseDSN([]byte(dsn))
	if err != nil {
		t.Fatalf("report with its returned mail cut short: %v", err)
	}
	if len(got) != 1 || got[0].Recipient != "lost.runner@club.example" || got[0].Status != "5.1.1" || got[0].OutboxID != 42 {
		t.Errorf("got %+v, want one 5.1.1 bounce for lost.runner@club.example, outbox 42", got)
	}

	arf := "From: Feedback Loop <fbl@feedback.mailbox.example>\r\nTo: ask@helpline.example\r\nSubject: Complaint\r\n" +
		"Content-Type: multipart/report; report-type=feedback-report; boundary=\"f\"\r\n\r\n" +
		"--f\r\nContent-Type: text/plain\r\n\r\nA user marked this as spam.\r\n" +
		"--f\r\nContent-Type: message/feedback-report\r\n\r\nFeedback-Type: abuse\r\nUser-Agent: MailboxFeedback/2.3\r\nVersion: 1\r\n\r\n--f\r\n" + copyOf
	c, err := f.svc.ParseARF([]byte(arf))
	if err != nil {
		t.Fatalf("complaint with its returned mail cut short: %v", err)
	}
	if c.FeedbackType != "abuse" || c.OutboxID != 42 {
		t.Errorf("got %+v, want an abuse complaint about outbox 42", c)
	}

	beforeStatus := dsn[:strings.Index(dsn, "--q\r\nContent-Type: message/delivery-status")] + "--q\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.club"
	if got, err := f.svc.ParseDSN([]byte(beforeStatus)); err == nil && len(got) > 0 {
		t.Errorf("report cut inside its status part: got %+v, want no bounce", got)
	}
	if _, err := f.svc.ParseARF([]byte(arf[:strings.Index(arf, "--f\r\nContent-Type: message/feedback-report")] + "--f\r\nContent-Type: message/feedback")); err == nil {
		t.Error("complaint cut before its feedback part: got a complaint, want an error")
	}
	reader := "From: Ann Runner <ann@example.org>\r\nTo: ask@helpline.example\r\nSubject: my training log\r\n" +
		"Content-Type: multipart/mixed; boundary=\"m\"\r\n\r\n--m\r\nContent-Type: text/plain\r\n\r\n" +
		"My mail to the club came back. Should I still run the long route on Sunday?\r\n--m\r\n" +
		"Content-Type: text/csv; name=\"week.csv\"\r\n\r\nday,km\r\nmon,8\r\ntue,"
	if got, err := f.svc.ParseDSN([]byte(reader)); err == nil || len(got) > 0 {
		t.Errorf("a reader's mail cut short: got %+v, %v; want no bounce and an error", got, err)
	}
}

// TestParseDSNUnfoldedDiagnostic reads a status group whose Diagnostic-Code
// carries a remote server's multi-line answer without indenting it, as some
// gateways write it, and keeps the fields that follow it as fields.
func TestParseDSNUnfoldedDiagnostic(t *testing.T) {
	f := newFixture(t)
	raw := "From: Mail Delivery System <MAILER-DAEMON@gw.club.example>\r\nTo: ask@helpline.example\r\nSubject: Mail Delivery Failure\r\n" +
		"Content-Type: multipart/report; report-type=delivery-status; boundary=\"d\"\r\n\r\n" +
		"--d\r\nContent-Type: text/plain\r\n\r\nI was unable to deliver your message.\r\n" +
		"--d\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; gw.club.example\r\n\r\n" +
		"Diagnostic-Code: smtp; 550-Your mailbox is over its quota.\r\n" +
		"550-mx.trailmail.example [192.0.2.7]:25 says: try again when\r\n" +
		"550 the owner has made room.\r\nStatus: 5.2.2\r\nAction: failed\r\nFinal-Recipient: rfc822; lena@trailmail.example\r\n\r\n--d--\r\n"
	got, err := f.svc.ParseDSN([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Recipient != "lena@trailmail.example" || got[0].Status != "5.2.2" || got[0].Hard() {
		t.Fatalf("got %+v, want one soft 5.2.2 bounce for lena@trailmail.example", got)
	}
	if !strings.Contains(got[0].Diagnostic, "the owner has made room") {
		t.Errorf("got diagnostic %q, want the whole answer", got[0].Diagnostic)
	}
}

// TestParseDSNLooseLines reads a remote server's answer run on after
// Diagnostic-Code when a line of it opens with a host and port, keeps a
// field whose name is followed by white space as a field, and does not run
// a loose line into any other field, where it would change the recipient
// or the action.
func TestParseDSNLooseLines(t *testing.T) {
	f := newFixture(t)
	report := func(group string) []byte {
		return []byte("From: Mail Delivery System <MAILER-DAEMON@gw.club.example>\r\nTo: ask@helpline.example\r\nSubject: Mail Delivery Failure\r\n" +
			"Content-Type: multipart/report; report-type=delivery-status; boundary=\"d\"\r\n\r\n" +
			"--d\r\nContent-Type: text/plain\r\n\r\nI was unable to deliver your message.\r\n" +
			"--d\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; gw.club.example\r\n\r\n" + group + "\r\n--d--\r\n")
	}
	got, err := f.svc.ParseDSN(report("Final-Recipient: rfc822; lena@trailmail.example\r\nAction: failed\r\nStatus: 5.0.0\r\n" +
		"Diagnostic-Code: smtp; 550-Rejected by the remote host\r\nmx.trailmail.example:25 refused the recipient\r\n550 5.1.1 no such user\r\n" +
		"Last-Attempt-Date: Mon, 1 Dec 2025 01:00:00 +0000\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Recipient != "lena@trailmail.example" || !strings.Contains(got[0].Diagnostic, "550 5.1.1 no such user") {
		t.Errorf("answer with a host and port: got %+v, want the whole answer for lena@trailmail.example", got)
	}

	got, err = f.svc.ParseDSN(report("Final-Recipient: rfc822; lena@trailmail.example\r\nAction : failed\r\n" +
		"Diagnostic-Code: smtp; 550 5.1.1 user unknown\r\nStatus : 5.1.1\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Status != "5.1.1" || !got[0].Hard() {
		t.Errorf("fields with a space before the colon: got %+v, want one hard 5.1.1", got)
	}

	for name, group := range map[string]string{
		"after the recipient": "Final-Recipient: rfc822; lena@trailmail.example\r\nother.runner@trailmail.example\r\nAction: failed\r\nStatus: 5.1.1\r\n",
		"after the action":    "Final-Recipient: rfc822; lena@trailmail.example\r\nAction: delayed\r\nfailed\r\nStatus: 4.4.1\r\n",
	} {
		if got, err := f.svc.ParseDSN(report(group)); err == nil {
			t.Errorf("loose line %s: got %+v, want the group refused", name, got)
		}
	}
}
