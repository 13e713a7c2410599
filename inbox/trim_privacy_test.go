package inbox

import "testing"

// TestTrimReplyOfficeSignature trims an office's signature block that
// holds its opening hours, a rule between its parts and a notice on how
// it handles personal data: the block goes from the name down. An answer
// that talks about the law or gives hours of its own stays.
func TestTrimReplyOfficeSignature(t *testing.T) {
	notice := "Under Article 13 of the GDPR we inform you that the controller of your personal data is the Running " +
		"Helpline Foundation, 1 Track Lane, Utrecht. Your personal data are processed to answer your mail and kept for " +
		"as long as the law requires. You may ask to see, correct or remove them at any time."
	history := "\n\nFrom: Lena Berg\nSent: Tuesday, 3 June 2025 10:12\nTo: Office\nSubject: Calf\n\nHow long should I rest?\n"
	tests := []trimCase{
		{"hours, a rule and a data notice under the signature",
			"Good morning,\nthe form you asked for is attached.\n\n____________________\nMaren Holt\nRunning Helpline Foundation\n" +
				"ul. Biegowa 5, 00-950 Warszawa\nmail: maren@help.example.org\ntel. 22 123 45 67\n\nOffice hours:\nMon-Fri 8.00 - 16.00\n\n" +
				"____________________\n" + notice + history,
			"Good morning,\nthe form you asked for is attached."},
		{"a data notice alone under the signature's ways",
			"Rest a week.\n\nMaren Holt\nmaren@help.example.org\n+31 20 123 4567\n\n" + notice + history,
			"Rest a week."},
		{"the owner explaining the law in a short paragraph",
			"Rest a week.\n\nAbout your data: under the GDPR the club is the controller of your personal data.\n",
			"Rest a week.\n\nAbout your data: under the GDPR the club is the controller of your personal data."},
		{"the owner's own hours for a run",
			"Join us on Sunday.\n\nMaren Holt\nTrack hours:\nSun 8.00 - 10.00\n",
			"Join us on Sunday.\n\nMaren Holt\nTrack hours:\nSun 8.00 - 10.00"},
	}
	checkTrims(t, tests)
}

// TestIsPrivacyNotice reads a data-protection clause as a notice, and
// the owner's shorter or plainer words about the law as none.
func TestIsPrivacyNotice(t *testing.T) {
	long := " We keep them only as long as the law requires and you may ask to see, correct or remove them at any time by writing to us."
	tests := []struct {
		name, in string
		want     bool
	}{
		{"english clause", "Under the GDPR the controller of your personal data is the Running Helpline Foundation." + long, true},
		{"polish clause", "Na podstawie RODO administratorem Twoich danych osobowych jest Fundacja Biegowa, ul. Biegowa 5, " +
			"00-950 Warszawa. Dane osobowe przetwarzamy wyłącznie, by odpowiedzieć na Twoją wiadomość, i przechowujemy je nie dłużej, niż wymaga prawo.", true},
		{"short mention", "Under the GDPR the club is the controller of your personal data.", false},
		{"no controller named", "The GDPR protects your personal data when a club keeps it." + long, false},
		{"law named only inside a word", "Arrodo said the controller of your personal data must answer you." + long, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isNotice(tt.in); got != tt.want {
				t.Errorf("isNotice(%q) got %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}
