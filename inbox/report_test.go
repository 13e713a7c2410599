package inbox

import (
	"strings"
	"testing"

	"helpline/data"
)

// statusPart is the machine-readable part of a delivery report as MTAs
// write it.
const statusPart = "Content-Type: message/delivery-status\n\n" +
	"Reporting-MTA: dns; relay.club.test\n\n" +
	"Final-Recipient: rfc822; miles@club.test\nAction: failed\nStatus: 5.1.1\n"

// TestDeliveryReportShapes checks which top-level shapes are read as
// delivery reports: the status part decides, wherever the MTA left out
// report-type, and only the mail's own parts count.
func TestDeliveryReportShapes(t *testing.T) {
	tests := []struct {
		name  string
		ctype string
		body  string
		want  bool
	}{
		{"report with report-type", `multipart/report; report-type=delivery-status; boundary="r1"`,
			"--r1\nContent-Type: text/plain\n\nYour mail to miles@club.test could not be delivered.\n--r1\n" + statusPart + "--r1--\n", true},
		{"report without report-type", `multipart/report; boundary="r1"`,
			"--r1\n\nYour mail to miles@club.test could not be delivered.\n--r1\n" + statusPart + "--r1--\n", true},
		{"mixed with a status part", `multipart/mixed; boundary="r1"`,
			"--r1\nContent-Type: text/plain\n\nDelivery to miles@club.test failed.\n--r1\n" + statusPart +
				"--r1\nContent-Type: text/rfc822-headers\n\nSubject: Hill repeats\n--r1--\n", true},
		{"status part with parameters", `multipart/report; boundary="r1"`,
			"--r1\n\nNot delivered.\n--r1\nContent-Type: message/delivery-status; charset=us-ascii\n\nFinal-Recipient: rfc822; miles@club.test\nAction: failed\n--r1--\n", true},
		// A reader forwards a report as an attachment: the status part is
		// the attached mail's, and the reader's words are a question.
		{"report forwarded as attachment", `multipart/mixed; boundary="f1"`,
			"--f1\nContent-Type: text/plain\n\nI got this back when I wrote to my coach, is my address wrong?\n" +
				"--f1\nContent-Type: message/rfc822\n\nFrom: MAILER-DAEMON@relay.club.test\nSubject: Undelivered\n" +
				"Content-Type: multipart/report; boundary=\"r1\"\n\n--r1\n\nNot delivered.\n--r1\n" + statusPart + "--r1--\n--f1--\n", false},
		// A report nested below the top level belongs to whatever holds it.
		{"report inside a mixed", `multipart/mixed; boundary="f1"`,
			"--f1\nContent-Type: text/plain\n\nSee below.\n--f1\nContent-Type: multipart/report; boundary=\"r1\"\n\n--r1\n\nNot delivered.\n--r1\n" +
				statusPart + "--r1--\n--f1--\n", false},
		{"read receipt", `multipart/report; report-type=disposition-notification; boundary="d1"`,
			"--d1\nContent-Type: text/plain\n\nYour message was read.\n--d1\nContent-Type: message/disposition-notification\n\n" +
				"Final-Recipient: rfc822; miles@club.test\nDisposition: manual-action/MDN-sent-manually; displayed\n--d1--\n", false},
		{"status named only in text", `multipart/mixed; boundary="t1"`,
			"--t1\nContent-Type: text/plain\n\nMy mail server writes message/delivery-status parts, what are they?\n" +
				"--t1\nContent-Type: text/plain; name=\"log.txt\"\nContent-Disposition: attachment; filename=\"log.txt\"\n\n" +
				"Content-Type: message/delivery-status\n--t1--\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := "From: Mail Delivery System <MAILER-DAEMON@relay.club.test>\nTo: ask@help.test\n" +
				"Subject: Delivery Status Notification\nMIME-Version: 1.0\nContent-Type: " + tt.ctype + "\n\n" + tt.body
			m, err := Parse([]byte(raw))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if m.IsDeliveryReport != tt.want {
				t.Errorf("got IsDeliveryReport %v, want %v", m.IsDeliveryReport, tt.want)
			}
		})
	}
}

// TestUnlabelledReportIsBounce checks that a report whose multipart does
// not name its report type still goes to the subscriptions service, and
// that a reader's forward of one stays the reader's question.
func TestUnlabelledReportIsBounce(t *testing.T) {
	f := newFixture(t)
	m := f.deliver("From: postmaster@relay.club.test\nTo: " + testMailbox + "\nSubject: Delivery Report (failure) for miles@club.test\n" +
		"Message-ID: <r9@relay.club.test>\nMIME-Version: 1.0\nContent-Type: multipart/report; boundary=\"r1\"\n\n" +
		"--r1\n\nYour message was not delivered to miles@club.test.\n--r1\n" + statusPart + "--r1--\n")
	wantOutcome(t, m, data.OutcomeBounce)

	m = f.deliver("From: Miles Reader <miles@reader.test>\nTo: " + testMailbox + "\nSubject: Fwd: Undelivered\n" +
		"Message-ID: <q9@reader.test>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"f1\"\n\n" +
		"--f1\nContent-Type: text/plain\n\nI got this back when I wrote to my running club. How do I reach them?\n" +
		"--f1\nContent-Type: message/rfc822\n\nFrom: MAILER-DAEMON@relay.club.test\nSubject: Undelivered\n" +
		"Content-Type: multipart/report; boundary=\"r1\"\n\n--r1\n\nNot delivered.\n--r1\n" + statusPart + "--r1--\n--f1--\n")
	wantOutcome(t, m, data.OutcomeQuestion)
}

// TestForwardedReportCarriedOver checks that a reader's forward of a
// bounce, written as Thunderbird and Apple Mail write it (the report's
// status part carried over as an attachment of the reader's own
// multipart/mixed), stays the reader's question: read as a report, the
// reader's own subscribed address would be taken for a failed recipient.
func TestForwardedReportCarriedOver(t *testing.T) {
	f := newFixture(t)
	raw := "Return-Path: <miles@reader.test>\nFrom: Miles Reader <miles@reader.test>\nTo: " + testMailbox +
		"\nSubject: Fwd: my work address\nMessage-ID: <q10@reader.test>\nMIME-Version: 1.0\n" +
		"Content-Type: multipart/mixed; boundary=\"------------f2\"\n\n--------------f2\nContent-Type: text/plain; charset=UTF-8\n\n" +
		"Your newsletter stopped coming to my work address, and when I wrote there myself I got this back. Is my mailbox full?\n\n" +
		"-------- Forwarded Message --------\nSubject: Undelivered Mail Returned to Sender\nFrom: Mail Delivery System <MAILER-DAEMON@relay.club.test>\n\n" +
		"<miles@club.test>: mailbox full\n\n--------------f2\nContent-Type: message/delivery-status; name=\"Part 1.2\"\n" +
		"Content-Disposition: attachment; filename=\"Part 1.2\"\n\nReporting-MTA: dns; relay.club.test\n\n" +
		"Final-Recipient: rfc822; miles@club.test\nAction: failed\nStatus: 5.2.2\n\n--------------f2--\n"
	m := f.deliver(raw)
	wantOutcome(t, m, data.OutcomeQuestion)
	if m := mustParse(t, strings.Replace(raw, "<miles@reader.test>\nFrom", "<>\nFrom", 1)); m.IsDeliveryReport {
		t.Error("a reader's forward under a null envelope sender read as a delivery report")
	}

	// The same shape from the mail system is a gateway's report.
	m = f.deliver("Return-Path: <>\nFrom: Postmaster <postmaster@relay.club.test>\nTo: " + testMailbox +
		"\nSubject: Report on your message\nMessage-ID: <r10@relay.club.test>\nMIME-Version: 1.0\n" +
		"Content-Type: multipart/mixed; boundary=\"g1\"\n\n--g1\nContent-Type: text/plain\n\nYour message was not delivered.\n--g1\n" +
		statusPart + "--g1--\n")
	wantOutcome(t, m, data.OutcomeBounce)
}
