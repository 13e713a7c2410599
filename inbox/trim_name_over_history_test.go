package inbox

import "testing"

// TestTrimReplyNameOverHistory reads short answers over the history with
// the sender's signature under them and no closing or "-- " over it, as
// Outlook and Apple Mail write it: the signature goes. A block that names
// someone else, that a line introduces, that is all the owner typed, or
// that comes from a sender whose name is not known stays.
func TestTrimReplyNameOverHistory(t *testing.T) {
	const outlook = "\n\nFrom: Helpline <ask@example.org>\nSent: Tuesday, June 3, 2025 10:12 AM\nTo: Maren Holt <maren@example.org>\n" +
		"Subject: Calf pain\n\nHi Maren,\n\nMy calves hurt after every long run.\n"
	const apple = "\n\n> On 3 Jun 2025, at 10:12, Lena <lena@example.net> wrote:\n> \n> My calves hurt after every long run.\n"
	const sig = "\n\nMaren Holt\nRunning coach, Riverside Runners\n+49 30 1234 567"
	tests := []struct{ name, sender, in, want string }{
		{"over an outlook header", "Maren Holt", "Rest a week, then build up slowly." + sig + outlook,
			"Rest a week, then build up slowly."},
		{"over a quote", "Maren Holt", "Rest a week." + sig + apple, "Rest a week."},
		{"name and title alone", "Maren Holt", "Rest a week.\n\nMaren Holt\nRunning coach" + apple, "Rest a week."},
		{"under a footer's line", "Maren Holt", "Rest a week." + sig + "\n\nSent from my iPad" + apple, "Rest a week."},
		{"logo over the name", "Maren Holt", "Rest a week.\n\n[cid:image001.png@01DBD4A2.5F1C3E40]\nMaren Holt\nRunning coach\n+49 30 1234 567" + outlook,
			"Rest a week."},
		{"display name written last name first", "Holt, Maren", "Rest a week." + sig + outlook, "Rest a week."},

		{"sender not known", "", "Rest a week." + sig + outlook, "Rest a week." + sig},
		{"someone else's details", "Maren Holt", "See her first.\n\nAnna Berg\nPhysio am Stadtpark\n+49 30 7654 321" + outlook,
			"See her first.\n\nAnna Berg\nPhysio am Stadtpark\n+49 30 7654 321"},
		{"introduced by the line over it", "Maren Holt", "Call me if it gets worse:" + sig + outlook,
			"Call me if it gets worse:" + sig},
		{"all the owner typed", "Maren Holt", "Maren Holt\nRunning coach, Riverside Runners\n+49 30 1234 567" + outlook,
			"Maren Holt\nRunning coach, Riverside Runners\n+49 30 1234 567"},
		{"the coaches of the club", "Maren Holt", "The coaches on Tuesday:\n\nMaren Holt\nThomas Berg\nJana Kurz" + outlook,
			"The coaches on Tuesday:\n\nMaren Holt\nThomas Berg\nJana Kurz"},
		{"a line of the owner's own in sentence case under the name", "Maren Holt", "Rest a week, then build up.\n\nMaren Holt\nSee the attached plan" + outlook,
			"Rest a week, then build up.\n\nMaren Holt\nSee the attached plan"},
		{"the owner and a colleague, each with a phone", "Maren Holt", "Ask either of us.\n\nMaren Holt\n+49 30 1234 567\nThomas Berg\n+49 30 7654 321" + outlook,
			"Ask either of us.\n\nMaren Holt\n+49 30 1234 567\nThomas Berg\n+49 30 7654 321"},
		{"the owner and a colleague, each with an address", "Maren Holt", "Either of us can help.\n\nMaren Holt\nmaren@example.org\nThomas Berg\nthomas@example.org" + apple,
			"Either of us can help.\n\nMaren Holt\nmaren@example.org\nThomas Berg\nthomas@example.org"},
		{"four lines of names and titles", "Maren Holt", "Run easy.\n\nMaren Holt\nCoach\nRiverside Runners\nBerlin Branch" + outlook,
			"Run easy.\n\nMaren Holt\nCoach\nRiverside Runners\nBerlin Branch"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := trimReplyFrom(tt.in, tt.sender); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestTrimHTMLReplyNameOverHistory reads the same in HTML, where the
// markup holds the history and it is cut before the text is read: the
// signature over it goes all the same, and so it does at the end of a
// mail with no history in its markup, as in text that quotes nothing.
func TestTrimHTMLReplyNameOverHistory(t *testing.T) {
	const p = "<p class=MsoNormal>"
	const word = p + "Rest a week.<o:p></o:p></p>" + p + "<o:p>&nbsp;</o:p></p>" + p + "Maren Holt<o:p></o:p></p>" +
		p + "Running coach<o:p></o:p></p>" + p + "+49 30 1234 567<o:p></o:p></p>" + p + "<o:p>&nbsp;</o:p></p>"
	const header = `<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>From:</b> Helpline &lt;ask@example.org&gt;<br>` +
		`<b>Sent:</b> Tuesday, June 3, 2025 10:12 AM<br><b>To:</b> Maren Holt &lt;maren@example.org&gt;<br><b>Subject:</b> Calf pain</p></div>` + p + "My calves hurt.</p>"
	tests := []struct{ name, sender, in, want string }{
		{"over outlook's header", "Maren Holt", `<div class=WordSection1>` + word + header + `</div>`, "Rest a week."},
		{"sender not known", "", `<div class=WordSection1>` + word + header + `</div>`, "Rest a week.\n\nMaren Holt\nRunning coach\n+49 30 1234 567"},
		{"no history in the markup", "Maren Holt", `<div class=WordSection1>` + word + `</div>`, "Rest a week."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := readHTMLReply(tt.in, tt.sender).text; got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestTrimReplyCaselessTitle reads signatures whose title is in a script
// without capitals, under a name in Latin letters: under a closing and
// the name, or over the history, the signature goes. A line of such
// letters too long for a title, or under someone else's name, stays, and
// so does a short one with no way to reach beside it: it may be the
// owner's own words or a colleague's name.
func TestTrimReplyCaselessTitle(t *testing.T) {
	const header = "\n\n差出人: Helpline <ask@example.org>\n送信日時: 2025年6月3日 10:12\n宛先: Maren Holt <maren@example.org>\n件名: ふくらはぎ\n\n" +
		"ふくらはぎが痛いです。\n"
	tests := []struct{ name, in, want string }{
		{"japanese title under a closing", "一週間休んでください。\n\nよろしくお願いします。\nMaren\n\nMaren Holt\nランニングコーチ\n+49 30 1234 567" + header,
			"一週間休んでください。\n\nよろしくお願いします。\nMaren"},
		{"chinese title over the history", "休息一周。\n\nMaren Holt\n跑步教练\n+49 30 1234 567" + header, "休息一周。"},
		{"korean title of two words over the history", "일주일 쉬세요.\n\nMaren Holt\n러닝 코치\n+49 30 1234 567" + header, "일주일 쉬세요."},

		{"a sentence too long for a title", "一週間休んでください。\n\nMaren Holt\n日曜日にはいつも川沿いを長く走っています\n+49 30 1234 567" + header,
			"一週間休んでください。\n\nMaren Holt\n日曜日にはいつも川沿いを長く走っています\n+49 30 1234 567"},
		{"a short line of the owner's own under the name", "一週間休んでください。\n\nMaren Holt\n明日電話します" + header,
			"一週間休んでください。\n\nMaren Holt\n明日電話します"},
		{"a colleague named in a script without capitals", "この二人が担当です。\n\nMaren Holt\n田中 花子" + header,
			"この二人が担当です。\n\nMaren Holt\n田中 花子"},
		{"a wish in Hebrew under the name", "תנוחי שבוע.\n\nMaren Holt\nבהצלחה במרוץ" + header, "תנוחי שבוע.\n\nMaren Holt\nבהצלחה במרוץ"},
		{"someone else's title", "この人に相談してください。\n\nAnna Berg\n理学療法士\n+49 30 7654 321" + header,
			"この人に相談してください。\n\nAnna Berg\n理学療法士\n+49 30 7654 321"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := trimReplyFrom(tt.in, "Maren Holt"); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
