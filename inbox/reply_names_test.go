package inbox

import "testing"

// TestTrimReplyHandleAttribution covers an attribution that names the
// sender by a lowercase user name, and the lines like it that stay.
func TestTrimReplyHandleAttribution(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"handle over a quote after a blank line",
			"Noted, thanks.\n\nOn Nov 23, lena_b wrote:\n\n> Can I run today?", "Noted, thanks."},
		{"handle with a dot, bottom-posted",
			"On 23 Nov, lena.berg wrote:\n> Can I run today?\n\nRest one more day.", "Rest one more day."},
		{"answer under a question to the handle",
			"On which day do I start?\n\nOn Jun 3, coach42 wrote:\n\n> Start slowly.", "On which day do I start?"},

		// Lines that read the same but are the owner's.
		{"handle attribution with no quote under it",
			"Plan:\nOn Nov 23, lena wrote:\nthree laps, then rest.", "Plan:\nOn Nov 23, lena wrote:\nthree laps, then rest."},
		{"no day before the comma",
			"On reflection, lena wrote:\nthree laps is enough.", "On reflection, lena wrote:\nthree laps is enough."},
		{"two words are no handle",
			"On Nov 23, two runners wrote:\nthree laps, then rest.", "On Nov 23, two runners wrote:\nthree laps, then rest."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := TrimReply(tc.in); got != tc.want {
				t.Errorf("TrimReply(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestHandleThenVerb(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"lena_b wrote:", true},
		{"coach-42 schrieb:", true},
		{"lena.berg a écrit :", true},
		{"Lena wrote:", false},
		{"two runners wrote:", false},
		{"lena@example.net wrote:", false},
		{"lena", false},
		{"lena said nothing:", false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := handleThenVerb(tc.in); got != tc.want {
				t.Errorf("handleThenVerb(%q) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}
