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
