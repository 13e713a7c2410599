package inbox

import (
	"strings"
	"testing"
)

// TestAnswerByClient reads whole replies as clients build them, the plain
// part and the HTML part where the client sends both, in shapes whose
// answer once came out with the quote, the signature or a blank line too
// many: a list typed under Apple Mail's quote, an answer typed into
// Zoho's history container, Outlook on the web's lines as paragraphs
// without margins, a short answer over a signature no mark sets apart,
// and closings in scripts whose punctuation is not ASCII.
func TestAnswerByClient(t *testing.T) {
	const question = "Hi Maren,\n\nMy calves hurt after every long run.\n\nShould I stop for a while?\n\nLena"
	questionDivs := "<div>Hi Maren,</div><div><br></div><div>My calves hurt after every long run.</div><div><br></div>" +
		"<div>Should I stop for a while?</div><div><br></div><div>Lena</div>"
	mso := func(lines ...string) string {
		var b strings.Builder
		for _, l := range lines {
			if l == "" {
				b.WriteString("<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n")
				continue
			}
			b.WriteString("<p class=MsoNormal>" + l + "<o:p></o:p></p>\n")
		}
		return b.String()
	}
	outlookHeader := func(from, sent, to, subject string) string {
		return "<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>" + from +
			":</b> Helpline &lt;" + helplineAddr + "&gt;<br><b>" + sent + ":</b> Dienstag, 3. Juni 2025 10:12<br><b>" + to +
			":</b> Maren Holt &lt;maren@example.org&gt;<br><b>" + subject + ":</b> Wadenschmerzen<o:p></o:p></p></div></div>\n"
	}
	zoho := func(inner string) string {
		return `<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;"><div><br></div>` +
			`<div class="zmail_extra_hr" style="border-top: 1px solid rgb(204, 204, 204); height: 0px; margin-top: 10px; margin-bottom: 10px; line-height: 0px;"><br></div>` +
			`<div class="zmail_extra" data-zbluepencil-ignore="true"><div><br></div><div id="Zm-_Id_-Sgn1">---- On Tue, 03 Jun 2025 10:12:33 +0200 <b>Helpline &lt;` +
			helplineAddr + `&gt;</b> wrote ---<br></div><div><br></div>` + inner + `</div><div><br></div></div>`
	}
	appleQuote := `<div><br><blockquote type="cite"><div>On 3 Jun 2025, at 10:12, Helpline &lt;` + helplineAddr + `&gt; wrote:</div>` +
		`<br class="Apple-interchange-newline"></blockquote></div><blockquote type="cite"><div>` + questionDivs + `</div></blockquote>`
	applePlainQuote := "> On 3 Jun 2025, at 10:12, Helpline <" + helplineAddr + "> wrote:\n> \n" + quoteEmpty(question, "> ")
	tests := []struct{ name, plain, html, want string }{
		{name: "apple mail, a list typed under the quote",
			plain: applePlainQuote + "\n\nHi Lena,\n\nFor two weeks:\n\n\t•\teasy runs only\n\t•\tcalf raises every day\n\t•\tno hills\n\nThen build up again.\n\nMaren\n",
			html: `<html><body style="overflow-wrap: break-word;">` + appleQuote + `<div>Hi Lena,</div><div><br></div><div>For two weeks:</div>` +
				`<ul class="MailOutline"><li>easy runs only</li><li>calf raises every day</li><li>no hills</li></ul><div>Then build up again.</div><div><br></div><div>Maren</div></body></html>`,
			want: "Hi Lena,\n\nFor two weeks:\n\n\t•\teasy runs only\n\t•\tcalf raises every day\n\t•\tno hills\n\nThen build up again.\n\nMaren"},
		{name: "zoho, html only, answered under the quote",
			html: zoho(`<blockquote style="margin: 0px;">` + questionDivs + `</blockquote><div><br></div><div>Hi Lena,</div><div><br></div>` +
				`<div>Rest for a week, then build up again slowly.</div><div><br></div><div>Maren</div>`),
			want: "Hi Lena,\n\nRest for a week, then build up again slowly.\n\nMaren"},
		{name: "zoho, html only, answered between the quote's parts",
			html: zoho(`<blockquote style="margin: 0px;"><div>My calves hurt after every long run.</div></blockquote><div>That is load, not injury.</div>` +
				`<blockquote style="margin: 0px;"><div>Should I stop for a while?</div></blockquote><div>One week, then build up.</div>`),
			want: "> My calves hurt after every long run.\n\nThat is load, not injury.\n\n> Should I stop for a while?\n\nOne week, then build up."},
		{name: "outlook on the web, html only, lines as paragraphs without margins",
			html: `<html><head><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr">` +
				`<div style="font-family: Calibri, Helvetica, sans-serif; font-size: 12pt;"><p style="margin-top:0;margin-bottom:0">Hi Lena,</p>` +
				`<p style="margin-top:0;margin-bottom:0"><br></p><p style="margin-top:0;margin-bottom:0">Rest for a week.</p>` +
				`<p style="margin-top:0;margin-bottom:0"><br></p><p style="margin-top:0;margin-bottom:0">Best,</p><p style="margin-top:0;margin-bottom:0">Maren</p></div>` +
				`<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt"><b>From:</b> Helpline &lt;` +
				helplineAddr + `&gt;<br><b>Sent:</b> Tuesday, June 3, 2025 10:12<br><b>To:</b> Maren Holt &lt;maren@example.org&gt;<br><b>Subject:</b> Calf pain</font><div>&nbsp;</div></div><div>` + questionDivs + `</div></body></html>`,
			want: "Hi Lena,\n\nRest for a week.\n\nBest,\nMaren"},
		{name: "outlook, a line over the signature it writes as text",
			plain: "Mach eine Woche Pause.\n\nMaren Holt\nLauftrainerin, Riverside Runners\n+49 30 1234 567\n\nVon: Helpline <" + helplineAddr +
				">\nGesendet: Dienstag, 3. Juni 2025 10:12\nAn: Maren Holt <maren@example.org>\nBetreff: Wadenschmerzen\n\n" + question + "\n",
			html: `<div class=WordSection1>` + mso("Mach eine Woche Pause.", "", "Maren Holt", "Lauftrainerin, Riverside Runners", "+49 30 1234 567", "") +
				outlookHeader("Von", "Gesendet", "An", "Betreff") + mso("Hi Maren,", "", "My calves hurt after every long run.") + `</div>`,
			want: "Mach eine Woche Pause."},
		{name: "outlook, html only, a line over the signature it writes as text",
			html: `<div class=WordSection1>` + mso("Rest a week.", "", "Maren Holt", "Running coach", "+49 30 1234 567", "") +
				outlookHeader("From", "Sent", "To", "Subject") + mso("Hi Maren,") + `</div>`,
			want: "Rest a week."},
		{name: "outlook, a logo over the signature",
			plain: "Rest a week.\n\n[cid:image001.png@01DBD4A2.5F1C3E40]\nMaren Holt\nRunning coach\n+49 30 1234 567\n\nFrom: Helpline <" + helplineAddr +
				">\nSent: Tuesday, June 3, 2025 10:12 AM\nTo: Maren Holt <maren@example.org>\nSubject: Calf pain\n\n" + question + "\n",
			html: `<div class=WordSection1>` + mso("Rest a week.", "", `<img width=96 height=32 src="cid:image001.png@01DBD4A2.5F1C3E40" alt="Riverside Runners">`, "Maren Holt", "Running coach", "+49 30 1234 567", "") +
				outlookHeader("From", "Sent", "To", "Subject") + mso("Hi Maren,") + `</div>`,
			want: "Rest a week."},
		{name: "apple mail, a signature under the quote",
			plain: "Rest a week.\n\n" + applePlainQuote + "\n\nMaren Holt\nRunning coach\n+49 30 1234 567\n",
			html:  `<html><body>` + `<div>Rest a week.</div>` + appleQuote + `<div><br></div><div>Maren Holt</div><div>Running coach</div><div>+49 30 1234 567</div></body></html>`,
			want:  "Rest a week."},
		{name: "outlook in japanese, closing with a full stop",
			plain: "一週間休んでください。\n\nよろしくお願いします。\nMaren\n\nMaren Holt\nランニングコーチ\n+49 30 1234 567\n\n差出人: Helpline <" + helplineAddr +
				">\n送信日時: 2025年6月3日 10:12\n宛先: Maren Holt <maren@example.org>\n件名: ふくらはぎ\n\n" + question + "\n",
			html: `<div class=WordSection1>` + mso("一週間休んでください。", "", "よろしくお願いします。", "Maren", "", "Maren Holt", "ランニングコーチ", "+49 30 1234 567", "") +
				outlookHeader("差出人", "送信日時", "宛先", "件名") + mso("Hi Maren,") + `</div>`,
			want: "一週間休んでください。\n\nよろしくお願いします。\nMaren"},
		{name: "apple mail in arabic, closing with the arabic comma",
			plain: "استريحي أسبوعا ثم عودي ببطء.\n\nمع التحية،\nMaren\n\nMaren Holt\nRunning coach\n+49 30 1234 567\n\n" + applePlainQuote + "\n",
			html: `<html><body><div>استريحي أسبوعا ثم عودي ببطء.</div><div><br></div><div>مع التحية،</div><div>Maren</div><div><br></div>` +
				`<div>Maren Holt</div><div>Running coach</div><div>+49 30 1234 567</div>` + appleQuote + `</body></html>`,
			want: "استريحي أسبوعا ثم عودي ببطء.\n\nمع التحية،\nMaren"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := htmlMail(tt.html)
			if tt.plain != "" {
				raw = altMail(tt.plain, tt.html, "quoted-printable")
			}
			m, err := Parse([]byte(raw))
			if err != nil {
				t.Fatalf("parse: %v", err)
			}
			if got := tidy(Answer(m)); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
