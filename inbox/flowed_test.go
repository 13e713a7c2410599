package inbox

import "testing"

// TestParseFlowed reads format=flowed text (RFC 3676): soft breaks are
// joined, with and without DelSp, quote depth parts paragraphs, and the
// signature separator is neither fixed nor flowed, so a flowed line over
// it ends its paragraph there and the signature stays a signature.
func TestParseFlowed(t *testing.T) {
	tests := []struct {
		name, params, body, wantText, wantAnswer string
	}{
		{"soft breaks joined", "", "Run slower \r\nfor a week.\r\n", "Run slower for a week.", "Run slower for a week."},
		{"soft breaks joined, the space deleted", "; delsp=yes", "Lauf lang \r\nsamer.\r\n", "Lauf langsamer.", "Lauf langsamer."},
		{"a quote's depth ends the owner's paragraph", "", "Yes \r\n> Should I \r\n> rest?\r\n", "Yes \n> Should I rest?", "Yes"},
		{"a flowed line over the signature separator", "", "Thanks, it works now \r\n-- \r\nLena Berg\r\nSupport Lead\r\n",
			"Thanks, it works now \n-- \nLena Berg\nSupport Lead", "Thanks, it works now"},
		{"a flowed line over the separator, the space deleted", "; delsp=yes", "Thanks, it works now \r\n-- \r\nLena Berg\r\n",
			"Thanks, it works now\n-- \nLena Berg", "Thanks, it works now"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustParse(t, "From: Maren <maren@example.org>\r\nTo: ask@example.org\r\nSubject: Re: Knee\r\n"+
				"Content-Type: text/plain; charset=utf-8; format=flowed"+tt.params+"\r\n\r\n"+tt.body)
			if m.Text != tt.wantText {
				t.Errorf("text %q, want %q", m.Text, tt.wantText)
			}
			if got := Answer(m); got != tt.wantAnswer {
				t.Errorf("answer %q, want %q", got, tt.wantAnswer)
			}
		})
	}
}
