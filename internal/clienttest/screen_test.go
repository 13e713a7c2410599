package clienttest

import "testing"

// TestAloneInIndex reads index screens as mutt and neomutt draw them.
func TestAloneInIndex(t *testing.T) {
	const help = "q:Quit  d:Del  u:Undel  s:Save  m:Mail  r:Reply  g:Group  ?:Help\n"
	const one = "   1 N + Nov 29 Helpline        (0.5K) Question: neomutt, top-posted\n"
	const two = "   2 N + Nov 29 Helpline        (0.5K) Question: mutt, inline\n"
	tests := []struct {
		name   string
		screen string
		want   bool
	}{
		{"limited, counted", help + one + "---NeoMutt: +INBOX [Msgs:1/2 New:2 1.7K]---(date/date)---(all)---\n", true},
		{"one mail in all", help + one + "---Mutt: +INBOX [Msgs:1 New:1 0.8K]---(date/date)---(all)---\n", true},
		{"limited, status counting all", help + one + "---NeoMutt: +INBOX [Msgs:2 New:2 1.7K]---(date/date)---(all)---\n" +
			"To view all messages, limit to \"all\"", true},
		{"not limited yet", help + one + two + "---NeoMutt: +INBOX [Msgs:2 New:2 1.7K]---(date/date)---(all)---\n", false},
		{"limit prompt", help + one + two + "---NeoMutt: +INBOX [Msgs:2 New:2 1.7K]---\nLimit to messages matching: ~i x", false},
		{"no match", help + one + two + "---NeoMutt: +INBOX [Msgs:2 New:2 1.7K]---\nNo messages matched criteria", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := aloneInIndex(tt.screen); got != tt.want {
				t.Errorf("got %v, want %v for:\n%s", got, tt.want, tt.screen)
			}
		})
	}
}
