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
		{"handle alone over the quote, bottom-posted",
			"lena_b wrote:\n> Can I run today?\n\nRest one more day.", "Rest one more day."},
		{"handle alone over the quote under the answer",
			"Rest one more day.\n\nmarit wrote:\n> Can I run today?\n> My knee is better.", "Rest one more day."},

		// Lines that read the same but are the owner's.
		{"handle attribution with no quote under it",
			"Plan:\nOn Nov 23, lena wrote:\nthree laps, then rest.", "Plan:\nOn Nov 23, lena wrote:\nthree laps, then rest."},
		{"handle alone with no quote under it",
			"Plan:\nlena wrote:\nthree laps, then rest.", "Plan:\nlena wrote:\nthree laps, then rest."},
		{"a pronoun alone over a quote inside the answer",
			"I asked my old coach once.\nhe wrote:\n> Two easy weeks before a race.\n\nI still do that.",
			"I asked my old coach once.\nhe wrote:\n> Two easy weeks before a race.\n\nI still do that."},
		{"a word for a person whom the owner's sentence above runs on to",
			"My physio told me the same, and\nmum said:\n> Rest it for a week.\n\nThat still holds.",
			"My physio told me the same, and\nmum said:\n> Rest it for a week.\n\nThat still holds."},
		{"a role the owner names mid-sentence over their own citation",
			"I asked about it years ago and\ncoach wrote:\n> Never stretch a cold muscle.\n\nI still follow that.",
			"I asked about it years ago and\ncoach wrote:\n> Never stretch a cold muscle.\n\nI still follow that."},
		{"no day before the comma",
			"On reflection, lena wrote:\nthree laps is enough.", "On reflection, lena wrote:\nthree laps is enough."},
		{"a pronoun in the owner's sentence over the quote they cite last",
			"Rest days matter. My physio put it best.\n\nOn May 3, she said:\n> Rest is part of training.",
			"Rest days matter. My physio put it best.\n\nOn May 3, she said:"},
		{"a pronoun over a quote inside the answer",
			"I asked my old coach once.\nOn May 3, he wrote:\n> Two easy weeks before a race.\n\nI still do that.",
			"I asked my old coach once.\nOn May 3, he wrote:\n> Two easy weeks before a race.\n\nI still do that."},
		{"a french pronoun",
			"Mon kiné me l'a bien dit.\n\nLe 3 mai, il a écrit :\n> Le repos fait partie de l'entraînement.",
			"Mon kiné me l'a bien dit.\n\nLe 3 mai, il a écrit :"},
		{"a spanish pronoun",
			"Mi entrenadora lo dijo así.\n\nEl 3 de mayo, ella escribió:\n> El descanso también es entrenamiento.",
			"Mi entrenadora lo dijo así.\n\nEl 3 de mayo, ella escribió:"},
		{"a pronoun that starts the owner's sentence over the reader's words",
			"You wrote:\n> my calves hurt after every run\n\nThat is normal in the first month.",
			"You wrote:\n> my calves hurt after every run\n\nThat is normal in the first month."},
		{"a name over the quote is the client's",
			"Lena wrote:\n> my calves hurt after every run\n\nThat is normal in the first month.",
			"That is normal in the first month."},
		{"a given name that is a pronoun in another language is the client's",
			"Ella wrote:\n> my calves hurt after every run\n\nThat is normal in the first month.",
			"That is normal in the first month."},
		{"a surname that is a Swedish pronoun is the client's",
			"Rest a week.\n\nHan wrote:\n> my calves hurt after every run",
			"Rest a week."},
		{"a pronoun in the language of its verb starts the owner's sentence",
			"Ella escribió:\n> me duelen las pantorrillas\n\nEs normal el primer mes.",
			"Ella escribió:\n> me duelen las pantorrillas\n\nEs normal el primer mes."},
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
		{"she said:", false},
		{"il a écrit :", false},
		{"он написал:", false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := handleThenVerb(tc.in); got != tc.want {
				t.Errorf("handleThenVerb(%q) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}

func TestNameThenVerb(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Lena wrote:", true},
		{"Lena Fischer wrote:", true},
		{"Lena a écrit :", true},
		{"You wrote:", false},
		{"She said:", false},
		{"Il a écrit :", false},
		{"My coach wrote:", false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := nameThenVerb(tc.in); got != tc.want {
				t.Errorf("nameThenVerb(%q) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}

// TestTrimReplyGreetingOverCard keeps a contact card the owner sends under
// a greeting alone: the greeting opens the answer, and closes nothing.
func TestTrimReplyGreetingOverCard(t *testing.T) {
	const card = "Mara Lindqvist\nPhysiotherapist | Harbour Practice\nTel. 040 7654321\nwww.harbourpractice.example"
	const block = "\n\nJonas Feld\nRunning coach | Feld Coaching\nTel. 089 5551234\nwww.feldcoaching.example\n"
	tests := []struct {
		name, in, want string
	}{
		{"greeting over a card", "Hi Tom,\n\n" + card + "\n", "Hi Tom,\n\n" + card},
		{"greeting right on the card", "Hello Tom,\n" + card + "\n", "Hello Tom,\n" + card},
		{"german greeting over a card", "Liebe Tina,\n\n" + card + "\n", "Liebe Tina,\n\n" + card},
		{"greeting over an answer over a signature", "Hi all,\n\nRest two days, then jog." + block,
			"Hi all,\n\nRest two days, then jog."},
		{"closing over a name at the end", "Rest two days, then jog.\n\nThanks,\nSam\n",
			"Rest two days, then jog.\n\nThanks,\nSam"},
		{"closing over a signature", "Rest two days, then jog.\n\nCheers," + block,
			"Rest two days, then jog.\n\nCheers,\n\nJonas Feld"},
		{"a closing as the first line is no greeting", "Beste Grüße,\n" + block[2:],
			"Beste Grüße,\nJonas Feld"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TrimReply(tt.in); got != tt.want {
				t.Errorf("TrimReply() = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestIsGreeting tells the greeting an answer opens with from a first
// line that answers or closes.
func TestIsGreeting(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Hi Lena,", true},
		{"Hello, Anna.", true},
		{"Здравствуйте, Лена.", true},
		{"Sehr geehrte Frau Berg,", true},
		{"Buenos días Ana,", true},
		{"Good morning!", true},
		{"Good question!", false},
		{"Beste Grüße,", false},
		{"Dear me.", false},
		{"Thanks.", false},
	}
	for _, tt := range tests {
		if got := isGreeting(tt.line); got != tt.want {
			t.Errorf("isGreeting(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
