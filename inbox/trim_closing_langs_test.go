package inbox

import "testing"

// TestTrimReplyClosingsInMoreLanguages reads answers signed off in
// Japanese, Chinese, Arabic, Czech, Slovak and Danish, the closing and
// the owner's name over a signature that no "-- " marks: the signature
// goes, the closing and the name stay. A closing in full-width punctuation reads as one in
// ASCII does; a sentence that ends the same way, and a line that only
// shares a closing's word, do not make a signature of what follows.
func TestTrimReplyClosingsInMoreLanguages(t *testing.T) {
	// One way to reach the owner: only a closing over the name makes
	// a signature of it.
	const sig = "\n\nMaren Holt\nRunning coach, Riverside Runners\n+49 30 1234 567"
	tests := []struct{ name, in, want string }{
		{"japanese with a full stop",
			"一週間休んでください。\n\nよろしくお願いします。\nMaren" + sig,
			"一週間休んでください。\n\nよろしくお願いします。\nMaren"},
		{"chinese with a full-width comma",
			"休息一周，然后慢慢恢复。\n\n祝好，\nMaren" + sig,
			"休息一周，然后慢慢恢复。\n\n祝好，\nMaren"},
		{"arabic with the arabic comma",
			"استريحي أسبوعا ثم عودي ببطء.\n\nمع التحية،\nMaren" + sig,
			"استريحي أسبوعا ثم عودي ببطء.\n\nمع التحية،\nMaren"},
		{"czech third person",
			"Týden si odpočiň a pak pomalu přidávej.\n\nZdraví\nMaren" + sig,
			"Týden si odpočiň a pak pomalu přidávej.\n\nZdraví\nMaren"},
		{"slovak",
			"Týždeň si oddýchni.\n\nS pozdravom\nMaren" + sig,
			"Týždeň si oddýchni.\n\nS pozdravom\nMaren"},
		{"danish abbreviation",
			"Hvil en uge, og byg så langsomt op igen.\n\nKh.\nMaren" + sig,
			"Hvil en uge, og byg så langsomt op igen.\n\nKh.\nMaren"},
		{"danish in full",
			"Hvil en uge.\n\nKærlig hilsen\nMaren" + sig,
			"Hvil en uge.\n\nKærlig hilsen\nMaren"},
		{"a japanese sentence over a physio's name and number stays",
			"一週間休んでください。\n\n理学療法士はこの人です。\nAnna Berg" + sig,
			"一週間休んでください。\n\n理学療法士はこの人です。\nAnna Berg" + sig},
		{"health in czech is no closing",
			"Zdraví je důležitější než závod.\nMaren" + sig,
			"Zdraví je důležitější než závod.\nMaren" + sig},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TrimReply(tt.in); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
