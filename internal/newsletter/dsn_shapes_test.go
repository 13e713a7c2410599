package newsletter

import (
	"errors"
	"testing"
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
