package inbox

import "testing"

func TestAutomaticMail(t *testing.T) {
	tests := []struct {
		name, header string
		auto         bool
	}{
		{"person", "Subject: How long should I taper?", false},
		{"absence in a question", "Subject: Absence of pain after long runs?", false},
		{"auto-submitted", "Auto-Submitted: auto-replied\r\nSubject: Re: q", true},
		{"auto-submitted no", "Auto-Submitted: no\r\nSubject: q", false},
		{"precedence", "Precedence: bulk\r\nSubject: q", true},
		{"x-autorespond", "X-Autorespond: yes\r\nSubject: q", true},
		{"exchange rules loop", "X-MS-Exchange-Inbox-Rules-Loop: ask@example.org\r\nSubject: q", true},
		{"out of office", "Subject: Out of office", true},
		{"re: out of office", "Subject: Re: Out of office", true},
		{"automatic reply", "Subject: Automatic reply: How long should I taper?", true},
		{"german", "Subject: AW: Abwesenheitsnotiz", true},
		{"french", "Subject: Réponse automatique : q", true},
		{"russian", "Subject: Автоответ: q", true},
		{"czech", "Subject: Automatická odpověď: q", true},
		{"japanese in brackets", "Subject: =?UTF-8?B?44CQ6Ieq5YuV6L+U5L+h44CR?= q", true},
		{"failure notice", "Subject: Undelivered Mail Returned to Sender", true},
		{"out of office in a question", "Subject: Out of office romance?", false},
		{"lotus notes absence", "Subject: AUTO: Lena Berg is out of the office (returning 02.06.2025)", true},
		{"finnish exchange", "Subject: Automaattinen vastaus: Kysymys", true},
		{"a car in a question", "Subject: Auto: should I drive to the start of a trail run?", false},
		{"absent in a question", "Subject: Ausente en clase, ¿qué hago?", false},
		{"read receipt", "Subject: Read: How long should I taper?\r\nMIME-Version: 1.0\r\n" +
			"Content-Type: multipart/report; report-type=disposition-notification; boundary=x", true},
		{"a bounce a reader forwards", "Subject: Fwd: Undelivered Mail Returned to Sender", false},
		{"an absence notice a reader forwards", "Subject: WG: Automatische Antwort: Anmeldung", false},
		{"a forward in a list tag", "Subject: [club] Fw: Mail delivery failed", false},
		{"a forwarded bounce still marked by its headers", "Auto-Submitted: auto-replied\r\nSubject: Fwd: Undeliverable: q", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse([]byte("From: Lena <lena@example.net>\r\n" + tt.header + "\r\n\r\nHello\r\n"))
			if err != nil {
				t.Fatal(err)
			}
			if got := automatic(m); (got != "") != tt.auto {
				t.Errorf("got %q, want automatic %v", got, tt.auto)
			}
		})
	}
}

func TestWrittenBy(t *testing.T) {
	owners := []string{"owner@example.org"}
	tests := []struct {
		name, header string
		want         bool
	}{
		{"owner", "From: Owner <owner@example.org>", true},
		{"owner in capitals", "From: OWNER@Example.org", true},
		{"stranger", "From: Evil <evil@x.test>", false},
		{"address glued to a second one", "From: <owner@example.org>evil@x.test", false},
		{"two mailboxes", "From: owner@example.org, evil@x.test", false},
		{"two From fields", "From: owner@example.org\r\nFrom: evil@x.test", false},
		{"same owner as Sender", "From: owner@example.org\r\nSender: owner@example.org", true},
		{"someone else as Sender", "From: owner@example.org\r\nSender: evil@x.test", false},
		{"malformed Sender", "From: owner@example.org\r\nSender: <<>>", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse([]byte(tt.header + "\r\nSubject: Re: q\r\n\r\n!hide\r\n"))
			if err != nil {
				t.Fatal(err)
			}
			if got := writtenBy(m, owners); got != tt.want {
				t.Errorf("got %v, want %v (From %+v, single %v, Sender %+v)", got, tt.want, m.From, m.SingleFrom, m.Sender)
			}
		})
	}
}

// TestDaemonSpellings takes a mail system's own sender however it writes
// the word apart, and keeps readers whose addresses only look alike.
func TestDaemonSpellings(t *testing.T) {
	tests := []struct {
		from string
		auto bool
	}{
		{"post_master@sms.carrier.example", true},
		{"Mailer_Daemon@mx.club.example", true},
		{"MAILERDAEMON@relay.example", true},
		{"post.master@gw.example", true},
		{"Pat Postman <post.man@example.org>", false},
		{"Master Post <master.post@example.org>", false},
		{"postmaster.general@example.org", false},
		{"daemon.runner@example.org", false},
		{"Post Office Runners <post.office@club.example>", false},
		{"Mailer Daemons <mailer.daemons@band.example>", false},
	}
	for _, tt := range tests {
		t.Run(tt.from, func(t *testing.T) {
			raw := "From: " + tt.from + "\r\nTo: ask@helpline.example\r\nSubject: Re:my long run\r\n" +
				"In-Reply-To: <run.1@example.org>\r\n\r\nError: Invalid user address\r\n\r\n" +
				"Is it fine to run my long run the day after a race?\r\n"
			m, err := Parse([]byte(raw))
			if err != nil {
				t.Fatal(err)
			}
			if got := automatic(m); (got != "") != tt.auto {
				t.Errorf("got %q, want automatic %v", got, tt.auto)
			}
		})
	}
}
