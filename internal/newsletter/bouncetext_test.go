package newsletter

import (
	"fmt"
	"strings"
	"testing"

	"helpline/internal/token"
)

// failureMail builds a bounce as mail servers without RFC 3464 reports write
// them: a header (From, Subject and any extra lines) and the server's text.
func failureMail(from, subject, extra, body string) []byte {
	h := "From: " + from + "\nTo: ask+b.route@helpline.example\nSubject: " + subject +
		"\nDate: Mon, 10 Mar 2025 09:00:00 +0000\nMessage-ID: <n1@mx.example>\n"
	if extra != "" {
		h += strings.TrimRight(extra, "\n") + "\n"
	}
	return []byte(h + "\n" + body)
}

const qmailIntro = "Hi. This is the qmail-send program at mx.trailmail.example.\n" +
	"I'm afraid I wasn't able to deliver your message to the following addresses.\n" +
	"This is a permanent error; I've given up. Sorry it didn't work out.\n\n"

const eximIntro = "This message was created automatically by mail delivery software.\n\n" +
	"A message that you sent could not be delivered to one or more of its\n" +
	"recipients. This is a permanent error. The following address(es) failed:\n\n"

type wantBounce struct{ rcpt, status string }

// checkBounces checks that got names the recipients with the statuses of
// want, in order.
func checkBounces(t *testing.T, got []Bounce, want []wantBounce) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d bounces %+v, want %d", len(got), got, len(want))
	}
	for i, w := range want {
		if got[i].Recipient != w.rcpt || got[i].Status != w.status {
			t.Errorf("bounce %d: got %s %s (%s), want %s %s", i, got[i].Recipient, got[i].Status, got[i].Diagnostic, w.rcpt, w.status)
		}
	}
}

func TestReadBounceText(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		name string
		raw  []byte
		want []wantBounce
	}{
		{"qmail code in brackets", failureMail("MAILER-DAEMON@mx.trailmail.example", "failure notice", "",
			qmailIntro+"<gone.runner@trailmail.example>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"+
				"--- Below this line is a copy of the message.\n\nReturn-Path: <ask+b.route@helpline.example>\nSubject: This week\n"),
			[]wantBounce{{"gone.runner@trailmail.example", "5.1.1"}}},
		{"qmail host not found", failureMail("MAILER-DAEMON@mx.trailmail.example", "failure notice", "",
			qmailIntro+"<coach@nowhere-club.example>:\nSorry, I couldn't find any host named nowhere-club.example. (#5.1.2)\n"),
			[]wantBounce{{"coach@nowhere-club.example", "5.1.2"}}},
		{"exim two recipients", failureMail("Mail Delivery System <Mailer-Daemon@relay.example>",
			"Mail delivery failed: returning message to sender", "X-Failed-Recipients: ann@club.example,\n  bob@club.example\nAuto-Submitted: auto-replied",
			eximIntro+"  ann@club.example\n    SMTP error from remote mail server after RCPT TO:<ann@club.example>:\n"+
				"    host mx.club.example [192.0.2.7]: 550 5.1.1 <ann@club.example>: no such user\n"+
				"  bob@club.example\n    SMTP error from remote mail server after RCPT TO:<bob@club.example>:\n"+
				"    host mx.club.example [192.0.2.7]: 452 4.2.2 mailbox over quota\n\n"+
				"------ This is a copy of the message, including all the headers. ------\n\nTo: ann@club.example\n"),
			[]wantBounce{{"ann@club.example", "5.1.1"}, {"bob@club.example", "4.2.2"}}},
		{"exim names the recipient only in its header", failureMail("Mailer-Daemon@relay.example",
			"Mail delivery failed: returning message to sender", "X-Failed-Recipients: pat@club.example",
			eximIntro+"  pat\n    SMTP error from remote mail server after end of data:\n    550 5.7.1 message refused\n"),
			[]wantBounce{{"pat@club.example", "5.7.1"}}},
		{"bounced address named only in a header", failureMail("MAILER-DAEMON@mail.example", "failure notice", "X-Bounced-Address: <cy@mail.example>",
			qmailIntro+"Sorry, no mailbox here by that name. (#5.1.1)\n"),
			[]wantBounce{{"cy@mail.example", "5.1.1"}}},
		{"listed recipients share the one reason given", failureMail("postmaster@corp.example", "Delivery Status Notification (Failure)",
			"X-Failed-Recipients: al@corp.example, bo@corp.example",
			"Delivery to the following recipients failed.\n\n       al@corp.example\n       bo@corp.example\n\n"+
				"Remote server said: 550 5.1.1 no such user\n"),
			[]wantBounce{{"bo@corp.example", "5.1.1"}, {"al@corp.example", "5.1.1"}}},
		{"domino directory", failureMail("Postmaster@corp.example", "DELIVERY FAILURE: User Lee (lee@corp.example) not listed in Domino Directory", "",
			"Your message\n\n  Subject: This week\n\nwas not delivered to:\n\n  lee@corp.example\n\nbecause:\n\n"+
				"  User Lee (lee@corp.example) not listed in Domino Directory\n"),
			[]wantBounce{{"lee@corp.example", "5.1.1"}}},
		{"old exchange names the failing address below the one written to", failureMail("System Administrator <postmaster@corp.example>",
			"Undeliverable: This week", "",
			"Your message\n\n  To:      sam@old-corp.example\n  Subject: This week\n\ndid not reach the following recipient(s):\n\n"+
				"SAM@CORP.EXAMPLE on Mon, 10 Mar 2025 09:00:00 +0000\n    The recipient name is not recognized\n"),
			[]wantBounce{{"sam@corp.example", "5.1.1"}}},
		{"sendmail transcript with a bare reply code", failureMail("Mail Delivery Subsystem <MAILER-DAEMON@isp.example>",
			"Returned mail: User unknown", "",
			"   ----- The following addresses had permanent fatal errors -----\n<kim@isp.example>\n\n"+
				"   ----- Transcript of session follows -----\n>>> RCPT To:<kim@isp.example>\n<<< 550 MAILBOX NOT FOUND\n"),
			[]wantBounce{{"kim@isp.example", "5.1.1"}}},
		{"reply code with words and no enhanced code", failureMail("postmaster@isp.example", "Undeliverable Mail", "",
			"Error: Invalid user address\n\nError message below:\n550 - Requested action not taken: no such user here\n\n"+
				"  RCPT TO: jo@isp.example\n"),
			[]wantBounce{{"jo@isp.example", "5.1.1"}}},
		{"mailbox full in German without a code stays soft", failureMail("MAILER-DAEMON@mail.example", "Unzustellbar: Die Woche", "",
			"Ihre Nachricht an uwe@mail.example konnte nicht zugestellt werden:\nDas Postfach ist voll.\n"),
			[]wantBounce{{"uwe@mail.example", "4.2.2"}}},
		{"mailbox full in a notice that has given up", failureMail("MAILER-DAEMON@mx.trailmail.example", "failure notice", "",
			qmailIntro+"<eva@trailmail.example>:\nThe user's mailbox is full.\n"),
			[]wantBounce{{"eva@trailmail.example", "5.2.2"}}},
		{"French unknown user", failureMail("MAILER-DAEMON@courrier.example", "Non remis : La semaine", "",
			"Votre message n'a pas pu être remis à luc@courrier.example\nUtilisateur inconnu.\n"),
			[]wantBounce{{"luc@courrier.example", "5.1.1"}}},
		{"Japanese account not found", failureMail("Postmaster@keitai.example", "Mail System Error - Returned Mail", "",
			"次のあて先へのメッセージはエラーのため送信できませんでした。\n送信先メールアドレスが見つかりませんでした。\n\n<yui@keitai.example>\n"),
			[]wantBounce{{"yui@keitai.example", "5.1.1"}}},
		{"delay warning quoting a permanent code", failureMail("MAILER-DAEMON@relay.example", "Warning: message 1x2y delayed 24 hours", "",
			"This message was created automatically by mail delivery software.\nA message that you sent has not yet been delivered to one or more of its\n"+
				"recipients after more than 24 hours on the queue.\n\n  max@slow.example\n    host mx.slow.example: 550 5.1.1 try later\n\n"+
				"No action is required on your part. Delivery attempts will continue for some time, and this warning\nmay be repeated. It will retry.\n"),
			[]wantBounce{{"max@slow.example", "4.1.1"}}},
		{"codes that disagree", failureMail("MAILER-DAEMON@relay.example", "Undelivered Mail Returned to Sender", "",
			"<ida@club.example>: host mx.club.example said: 452 5.2.2 mailbox full\n"),
			[]wantBounce{{"ida@club.example", "4.2.2"}}},
		{"failure with no reason stays soft", failureMail("MAILER-DAEMON@relay.example", "Undelivered Mail Returned to Sender", "",
			eximIntro+"  ola@club.example\n    host relay.club.example: 571 No PTR record found\n"),
			[]wantBounce{{"ola@club.example", "4.0.0"}}},
		{"refused after MAIL FROM is about us, not the recipient", failureMail("Mailer-Daemon@relay.example",
			"Mail delivery failed: returning message to sender", "X-Failed-Recipients: rae@club.example",
			eximIntro+"  rae@club.example\n    SMTP error from remote mail server after MAIL FROM:<ask+b.route@helpline.example>:\n"+
				"    554 5.7.1 reverse DNS lookup failed for the sending host\n"),
			[]wantBounce{{"rae@club.example", "4.7.1"}}},
		{"groupwise account expired", failureMail("Mailer-Daemon@gw.corp.example", "Message status - undeliverable", "",
			"The message that you sent was undeliverable to the following:\n\n\tdan@corp.example (User account is expired)\n"),
			[]wantBounce{{"dan@corp.example", "5.2.1"}}},
		{"office 365 notice in HTML only", failureMail("Microsoft Outlook <postmaster@outlook.example>", "Undeliverable: This week",
			"MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8",
			"<html><head><style>p { color: red }</style></head><body><p>Your message to <b>tom@corp.example</b> couldn't be delivered.</p>"+
				"<p>Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p></body></html>"),
			[]wantBounce{{"tom@corp.example", "5.1.10"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkBounces(t, f.svc.ReadBounceText(tt.raw), tt.want)
		})
	}
}

// Mail that says a mail arrived, or that a person wrote, is never a hard
// bounce, whatever words it quotes: an automatic reply or a challenge is
// no bounce at all, and a person's mail to the return route is recorded as
// a soft one, since it may be a notice in words nothing here reads.
func TestReadBounceTextNeverHardForRepliesAndChallenges(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		name     string
		raw      []byte
		recorded bool // as a soft bounce
	}{
		{"out of office quoting a failure", failureMail("Ann Runner <ann@club.example>", "Out of office: This week", "Auto-Submitted: auto-replied",
			"I am away until Monday. My old address ann@old.example gave 550 5.1.1 user unknown, please use this one.\n"), false},
		{"automatic reply in Polish", failureMail("Ela <ela@poczta.example>", "[Automatyczna odpowiedź] Ten tydzień", "Precedence: junk",
			"Dziękuję za wiadomość. Skrzynka jest pełna, odpowiem później.\n"), false},
		{"autoresponder header", failureMail("desk@shop.example", "Re: This week", "X-Autoreply: yes",
			"Thank you for your message. No such user as you on our list? 550 5.1.1\n"), false},
		{"vacation subject from a mail system", failureMail("postmaster@corp.example", "Vacation reply: This week", "",
			"The recipient is on vacation. Mailbox full until then: 552 5.2.2.\n"), false},
		{"challenge to confirm the sender", failureMail("noreply@screen.example", "Please confirm: This week", "",
			"Your message to zoe@screen.example has been waitlisted. To deliver it, verify that you are a person\n"+
				"by clicking the link below. Unconfirmed mail is deleted: 550 5.7.1 sender not pre-approved.\n"), false},
		{"challenge dressed as a report", []byte("From: noreply@screen.example\nTo: ask+b.route@helpline.example\n" +
			"Subject: Re: This week (Action Required)\nMIME-Version: 1.0\n" +
			"Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n--b\nContent-Type: text/plain\n\n" +
			"Your message has been waitlisted. Please add yourself to my guest list.\n--b\n" +
			"Content-Type: message/delivery-status\n\nReporting-MTA: dns; screen.example\nAction: failed\n\n" +
			"Final-Recipient: rfc822; zoe@screen.example\nStatus: 5.7.1\n--b--\n"), false},
		{"a person writing back", failureMail("Bob Runner <bob@club.example>", "Re: This week", "",
			"Funny: my brother's address gives 550 5.1.1 user unknown, the mailbox does not exist any more.\n"), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := f.svc.ReadBounceText(tt.raw)
			if tt.recorded && len(got) != 1 {
				t.Fatalf("got %d bounces %+v, want one soft bounce that records it", len(got), got)
			} else if !tt.recorded && len(got) != 0 {
				t.Fatalf("got %+v, want no bounce: the mail arrived", got)
			}
			for _, b := range got {
				if b.Hard() || b.Status != "4.0.0" {
					t.Errorf("got %s %s (%s), want soft 4.0.0", b.Recipient, b.Status, b.Diagnostic)
				}
			}
		})
	}
}

// A report whose recipients all got the mail names no failure.
func TestReadBounceTextSuccessReport(t *testing.T) {
	f := newFixture(t)
	raw := []byte("From: MAILER-DAEMON@relay.example\nTo: ask+b.route@helpline.example\nSubject: Delivery Status Notification (Relay)\n" +
		"MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n--b\n" +
		"Content-Type: text/plain\n\nYour message was relayed to a system that does not report 550 5.1.1 or anything else.\n--b\n" +
		"Content-Type: message/delivery-status\n\nReporting-MTA: dns; relay.example\n\n" +
		"Final-Recipient: rfc822; amy@club.example\nAction: relayed\nStatus: 2.0.0\n--b--\n")
	if got := f.svc.ReadBounceText(raw); len(got) != 0 {
		t.Errorf("got %+v, want no bounce", got)
	}
}

// The outbox row is found from the route the bounce was sent to, or from
// our signed Message-ID in the copy that follows the notice's text or in
// the part that carries the returned mail or its headers.
func TestReadBounceTextTraces(t *testing.T) {
	f := newFixture(t)
	signer := f.signer()
	route := signer.Route("ask@helpline.example", token.Bounce, 12)
	msgid := signer.MessageID("helpline.example", token.Mail, 34)
	body := qmailIntro + "<gone.runner@trailmail.example>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n" +
		"--- Below this line is a copy of the message.\n\nReturn-Path: <x@helpline.example>\nMessage-ID: <" + msgid + ">\nSubject: This week\n\nHello\n"
	tests := []struct {
		name string
		raw  []byte
		want int64
	}{
		{"route", []byte(strings.Replace(string(failureMail("MAILER-DAEMON@mx.example", "failure notice", "", body)),
			"ask+b.route@helpline.example", route, 1)), 12},
		{"quoted Message-ID", failureMail("MAILER-DAEMON@mx.example", "failure notice", "", body), 34},
		{"nothing of ours", failureMail("MAILER-DAEMON@mx.example", "failure notice", "", strings.Replace(body, msgid, "other@mx.example", 1)), 0},
		{"headers in a part of their own", attachedCopy("text/rfc822-headers", msgid), 34},
		{"returned mail in a part of its own", attachedCopy("message/rfc822", msgid), 34},
		{"someone else's mail in a part of its own", attachedCopy("message/rfc822", "20250301.abc@other.example"), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := f.svc.ReadBounceText(tt.raw)
			if len(got) != 1 || got[0].OutboxID != tt.want || got[0].Status != "5.1.1" {
				t.Errorf("got %+v, want one 5.1.1 for outbox %d", got, tt.want)
			}
		})
	}
}

// attachedCopy is a notice in words whose returned mail, with Message-ID
// msgid, follows in a part of its own, and whose report fields are not
// there to be read.
func attachedCopy(ctype, msgid string) []byte {
	return []byte("From: Mail Delivery System <MAILER-DAEMON@mx.example>\r\nTo: ask@helpline.example\r\n" +
		"Subject: Undelivered Mail Returned to Sender\r\nContent-Type: multipart/mixed; boundary=\"n\"\r\n\r\n" +
		"--n\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n\r\n" +
		"<gone.runner@trailmail.example>: host mx.trailmail.example said: 550 5.1.1 no such user (#5.1.1)\r\n" +
		"--n\r\nContent-Type: " + ctype + "\r\n\r\nFrom: Helpline <ask@helpline.example>\r\nTo: gone.runner@trailmail.example\r\n" +
		"Subject: This week\r\nMessage-ID: <" + msgid + ">\r\n\r\nHello\r\n--n--\r\n")
}

// Input no mail system writes is read without error and loses nothing:
// broken MIME, an mbox separator, an empty body.
func TestReadBounceTextBadInput(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		name   string
		raw    []byte
		status string
	}{
		{"mbox separator line", append([]byte("From MAILER-DAEMON Mon Mar 10 09:00:00 2025\n"),
			failureMail("MAILER-DAEMON@mx.example", "failure notice", "", qmailIntro+"<al@club.example>:\nSorry, no mailbox here by that name. (#5.1.1)\n")...), "5.1.1"},
		{"boundary parameter not folded", failureMail("post_master@sms.example", "Re: This week",
			"MIME-Version: 1.0\nContent-Type: multipart/mixed;\nboundary=\"outer\"",
			"--outer\nContent-Type: text/plain\n\nError: Invalid user address\n550 - no such user here\n  RCPT TO: 5550100@sms.example\n--outer--\n"), "5.1.1"},
		{"empty", failureMail("MAILER-DAEMON@mx.example", "failure notice", "", ""), "4.0.0"},
		{"not a mail", []byte("\x00\x01 garbage"), "4.0.0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := f.svc.ReadBounceText(tt.raw)
			if len(got) != 1 || got[0].Status != tt.status {
				t.Errorf("got %+v, want one bounce %s", got, tt.status)
			}
		})
	}
}

// Hostile text: every line a failure, every word an address. The reading
// stays bounded: at most maxBounceRecipients bounces.
func TestReadBounceTextHostile(t *testing.T) {
	f := newFixture(t)
	for _, line := range []string{"550 5.1.1 user unknown\n", "<x%d@a%d.example> 550 5.1.1 no such user\n", "@@@@.@.@.@.\n"} {
		var b strings.Builder
		for i := 0; b.Len() < 1<<20; i++ {
			if strings.Contains(line, "%d") {
				fmt.Fprintf(&b, line, i, i)
			} else {
				b.WriteString(line)
			}
		}
		got := f.svc.ReadBounceText(failureMail("MAILER-DAEMON@mx.example", "failure notice", "", b.String()))
		if len(got) == 0 || len(got) > maxBounceRecipients {
			t.Errorf("%q: got %d bounces, want 1 to %d", line, len(got), maxBounceRecipients)
		}
	}
	fields := strings.Repeat("Status: 5.1.1\nFinal-Recipient: rfc822; x@a.example\n", 1<<15)
	report := "From: MAILER-DAEMON@mx.example\nSubject: failure notice\nMIME-Version: 1.0\n" +
		"Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n--b\n" +
		"Content-Type: message/delivery-status\n\nAction: failed\n" + fields + "--b--\n"
	unfolded := "From: MAILER-DAEMON@mx.example\nSubject: failure notice\nContent-Type: multipart/mixed;\n" +
		strings.Repeat("boundary=x\n", 1<<16) + "\n550 5.1.1 <x@a.example> user unknown\n"
	for name, raw := range map[string]string{"report fields": report, "unfolded header": unfolded} {
		if got := f.svc.ReadBounceText([]byte(raw)); len(got) == 0 || len(got) > maxBounceRecipients {
			t.Errorf("%s: got %d bounces, want 1 to %d", name, len(got), maxBounceRecipients)
		}
	}
}

func BenchmarkReadBounceTextHostile(b *testing.B) {
	f := newFixture(b)
	var text strings.Builder
	for i := 0; text.Len() < 1<<20; i++ {
		fmt.Fprintf(&text, "<x%d@a%d.example> 550 5.1.1 no such user <style> 5.5.5.5.5 @@\n", i, i)
	}
	raw := failureMail("MAILER-DAEMON@mx.example", "failure notice", "", text.String())
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		f.svc.ReadBounceText(raw)
	}
}

func TestEnhancedCodeStandsAlone(t *testing.T) {
	tests := []struct{ in, want string }{
		{"550 5.1.1 user unknown", "5.1.1"},
		{"no mailbox here by that name. (#5.1.1)", "5.1.1"},
		{"status: 4.2.2\n", "4.2.2"},
		{"smtp;550 5.1.10 recipientnotfound", "5.1.10"},
		{"by mx.example (8.14.4/8.14.4) with esmtp", ""},
		{"from [192.0.5.1.1]", ""},
		{"engine=5.0.0-1005130000", ""},
		{"internet mail service (5.5.2657.72)", ""},
		{"2.0.0 ok", ""},
		{"5.9.1 is no subject", ""},
		{"end of sentence 5.2.2.", "5.2.2"},
	}
	for _, tt := range tests {
		if got := firstEnhancedCode(tt.in); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestReplyCodeWhereAServerAnswers(t *testing.T) {
	tests := []struct {
		in   string
		want byte
	}{
		{"<<< 550 mailbox not found", '5'},
		{"host mx.example [192.0.2.1]: 452 too many", '4'},
		{"remote host 192.0.2.32 said: 550 unknown user", '5'},
		{"550-first line of many", '5'},
		{"error: 550 no such user", '5'},
		{"message 1x2y sent at 550 pm", 0},
		{"571 no ptr record", 0},
		{"order 5501 shipped", 0},
	}
	for _, tt := range tests {
		if got := firstReplyClass(tt.in); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A report whose Status is missing, empty, not a status or a bare 5.0.0
// takes the status its Diagnostic-Code gives, and 4.0.0 when that says
// nothing either.
func TestParseDSNStatusFromDiagnostic(t *testing.T) {
	f := newFixture(t)
	report := func(fields string) []byte {
		return []byte("From: MAILER-DAEMON@relay.example\nTo: ask+b.route@helpline.example\nSubject: Undeliverable\n" +
			"MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n--b\n" +
			"Content-Type: text/plain\n\nDelivery failed.\n--b\nContent-Type: message/delivery-status\n\n" +
			"Reporting-MTA: dns; relay.example\n\nFinal-Recipient: rfc822; amy@club.example\n" + fields + "--b--\n")
	}
	tests := []struct{ name, fields, want string }{
		{"missing", "Action: failed\nDiagnostic-Code: smtp; 550 5.1.1 <amy@club.example>: user unknown\n", "5.1.1"},
		{"empty", "Action: failed\nStatus:\nDiagnostic-Code: smtp; 550 no such user here\n", "5.1.1"},
		{"reply code only", "Action: failed\nStatus: 550\nDiagnostic-Code: smtp; 552 mailbox full\n", "5.2.2"},
		{"delayed", "Action: delayed\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\n", "4.1.1"},
		// A failure that says nothing final is soft, as in prose.
		{"nothing said", "Action: failed\n", "4.0.0"},
		{"a success failed", "Action: failed\nStatus: 2.0.0\n", "4.0.0"},
		{"a status stands", "Action: failed\nStatus: 4.4.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\n", "4.4.1"},
		// A refusal as spam is no gone address.
		{"a bare 5.0.0 read for its reason", "Action: failed\nStatus: 5.0.0\nDiagnostic-Code: smtp; 554 Message refused: looks like unsolicited mail\n", "5.7.1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := f.svc.ParseDSN(report(tt.fields))
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 || got[0].Status != tt.want {
				t.Errorf("got %+v, want one bounce with status %q", got, tt.want)
			}
		})
	}
}

// A report part in a charset no table knows is still read.
func TestParseDSNUnknownCharsetPart(t *testing.T) {
	f := newFixture(t)
	raw := []byte("From: postmaster@corp.example\nTo: ask+b.route@helpline.example\nSubject: Delivery Status Notification (Failure)\n" +
		"MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n--b\n" +
		"Content-Type: text/plain; charset=unicode-1-1-utf-7\n\nDelivery to the following recipients failed.\n--b\n" +
		"Content-Type: message/delivery-status\n\nReporting-MTA: dns;corp.example\n\n" +
		"Final-Recipient: rfc822;al@corp.example\nAction: failed\nStatus: 5.0.0\n--b--\n")
	got, err := f.svc.ParseDSN(raw)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Recipient != "al@corp.example" || got[0].Status != "5.0.0" {
		t.Errorf("got %+v, want one 5.0.0 for al@corp.example", got)
	}
}

// A report that starts with the recipient's fields, with no per-message
// group before them, is read as a report.
func TestParseDSNWithoutMessageFields(t *testing.T) {
	f := newFixture(t)
	raw := []byte("From: MAILER-DAEMON@relay.example\nTo: ask+b.route@helpline.example\nSubject: Undelivered Mail Returned to Sender\n" +
		"MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n--b\n" +
		"Content-Type: text/plain\n\nYour mail bounced.\n--b\nContent-Type: message/delivery-status\n\n" +
		"Final-Recipient: rfc822; amy@club.example\nAction: failed\nStatus: 5.1.1\n--b--\n")
	got, err := f.svc.ParseDSN(raw)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Recipient != "amy@club.example" || got[0].Status != "5.1.1" {
		t.Errorf("got %+v, want one 5.1.1 for amy@club.example", got)
	}
}

// A recipient is an address and nothing more, and a report of many
// recipients is read only as far as one of ours could be.
func TestBounceRecipientsAreAddresses(t *testing.T) {
	f := newFixture(t)
	report := func(groups string) []byte {
		return []byte("From: MAILER-DAEMON@relay.example\nTo: ask+b.route@helpline.example\nSubject: Undeliverable\n" +
			"MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n--b\n" +
			"Content-Type: message/delivery-status\n\nReporting-MTA: dns; relay.example\n\n" + groups + "--b--\n")
	}
	var many strings.Builder
	for i := range 50 {
		fmt.Fprintf(&many, "Final-Recipient: rfc822; r%d@club.example\nAction: failed\nStatus: 5.1.1\n\n", i)
	}
	tests := []struct {
		name string
		raw  []byte
		dsn  bool
		want []wantBounce
	}{
		{"dsn recipient with a space", report("Final-Recipient: rfc822; amy lee@club.example\nAction: failed\nStatus: 5.1.1\n\n" +
			"Final-Recipient: rfc822; <bo@club.example>\nAction: failed\nStatus: 5.1.1\n\n"), true,
			[]wantBounce{{"bo@club.example", "5.1.1"}}},
		{"dsn recipient with a name", report("Final-Recipient: rfc822; Amy <amy@club.example>\nAction: failed\nStatus: 5.1.1\n\n" +
			"Original-Recipient: rfc822; amy@club.example\nFinal-Recipient: rfc822; x\nAction: failed\nStatus: 5.1.1\n\n"), true,
			[]wantBounce{{"amy@club.example", "5.1.1"}}},
		{"dsn of fifty recipients", report(many.String()), true, nil},
		{"failed recipients header with a space", failureMail("Mail Delivery System <Mailer-Daemon@relay.example>", "Mail delivery failed",
			"X-Failed-Recipients: amy lee@club.example, bo@club.example\n", eximIntro+"  bo@club.example\n    550 5.1.1 unknown user\n"), false,
			[]wantBounce{{"bo@club.example", "5.1.1"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []Bounce
			if tt.dsn {
				var err error
				if got, err = f.svc.ParseDSN(tt.raw); err != nil {
					t.Fatal(err)
				}
			} else {
				got = f.svc.ReadBounceText(tt.raw)
			}
			if tt.want == nil {
				if len(got) != maxBounceRecipients {
					t.Fatalf("got %d bounces, want %d", len(got), maxBounceRecipients)
				}
				return
			}
			checkBounces(t, got, tt.want)
		})
	}
}
