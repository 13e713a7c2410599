package inbox

import "testing"

// TestTrimReplyClosingsInMoreLanguages reads answers signed off in
// Japanese, Chinese, Arabic, Czech, Slovak, Danish and English, the closing and
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
		{"english letter closing with no comma",
			"Rest a week.\n\nYours sincerely\nMaren" + sig,
			"Rest a week.\n\nYours sincerely\nMaren"},
		{"english thanks with no comma over a spaced signature",
			"Rest a week.\n\nMany thanks\n\nMaren Holt\n\nRiverside Runners\n\n+49 30 1234 567\n\nmaren@example.net",
			"Rest a week.\n\nMany thanks\n\nMaren Holt"},
		{"take care in a sentence is no closing",
			"Take care\nof your knees and rest a week.\nMaren" + sig,
			"Take care\nof your knees and rest a week.\nMaren" + sig},
		{"a japanese sentence over a physio's name and number stays",
			"一週間休んでください。\n\n理学療法士はこの人です。\nAnna Berg" + sig,
			"一週間休んでください。\n\n理学療法士はこの人です。\nAnna Berg" + sig},
		{"health in czech is no closing",
			"Zdraví je důležitější než závod.\nMaren" + sig,
			"Zdraví je důležitější než závod.\nMaren" + sig},
		// A clause broken after its comma, over the clinic the answer
		// sends the reader to: in Chinese and Japanese it is one word,
		// as short as a closing, and only a known closing ends in it.
		{"a chinese clause over a clinic stays",
			"膝盖疼的话先休息一周。\n\n如果一周后还疼，\n去找王医生\n北京运动医学诊所\n电话 010 1234 5678\nwww.example.cn\n\n祝好，\n玛伦",
			"膝盖疼的话先休息一周。\n\n如果一周后还疼，\n去找王医生\n北京运动医学诊所\n电话 010 1234 5678\nwww.example.cn\n\n祝好，\n玛伦"},
		{"a japanese clause over a clinic stays",
			"一週間ほど休んでください。\n\n痛みが続くようなら、\n山田整形外科\nTEL 03-1234-5678\nhttps://yamada-seikei.example.jp",
			"一週間ほど休んでください。\n\n痛みが続くようなら、\n山田整形外科\nTEL 03-1234-5678\nhttps://yamada-seikei.example.jp"},
		{"an arabic clause over a physio stays",
			"استرح أسبوعا.\n\nإذا استمر الألم،\nأحمد سالم\nأخصائي علاج طبيعي\nهاتف +966 11 123 4567\nahmad@example.sa",
			"استرح أسبوعا.\n\nإذا استمر الألم،\nأحمد سالم\nأخصائي علاج طبيعي\nهاتف +966 11 123 4567\nahmad@example.sa"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TrimReply(tt.in); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
