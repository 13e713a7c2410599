package inbox

import "testing"

// TestTrimReplyClientShapes runs the shapes real clients give a reply
// around the owner's text: signatures and footers after the quote,
// attributions in many forms and languages, header blocks that start
// anywhere, history without quote marks.
func TestTrimReplyClientShapes(t *testing.T) {
	tests := []trimCase{
		// Signatures and footers after the quote: the attribution goes too.
		{"mutt top-posted, signature after the quote",
			"Two weeks of taper.\n\nOn Mon, Nov 23, 2026 at 09:14:00AM +0000, Helpline wrote:\n> Question from Lena\n> How long?\n\n-- \nDominique\nRunning Helpline\n",
			"Two weeks of taper."},
		{"mutt bottom-posted with signature",
			"On Mon, Nov 23, 2026 at 09:14:00AM +0000, Helpline wrote:\n> How long?\n\nTwo weeks.\n\n-- \nDominique\n",
			"Two weeks."},
		{"neomutt custom attribution",
			"* Helpline <ask@helpline.test> [2026-11-23 09:14]:\n> How long?\n\nTwo weeks.\n\n-- \nDominique",
			"Two weeks."},
		{"s-nail attribution",
			"\"Helpline\" <ask@helpline.test> wrote:\n> How long?\n\nTwo weeks.\n-- \nDominique",
			"Two weeks."},
		{"iPhone bottom-posted",
			"On 23 Nov 2026, at 09:14, Lena <lena@example.net> wrote:\n> \n> How long?\n\nTwo weeks.\n\nSent from my iPhone",
			"Two weeks."},
		{"iPhone footer above a quote answered below",
			"Sent from my iPhone\n\n> On 23 Nov 2026, at 09:14, Lena <lena@example.net> wrote:\n> \n> How long?\n\nTwo weeks.",
			"Two weeks."},
		{"footer over everything the owner typed",
			"Sent from my iPhone\n\nHi,\n\nTwo weeks of taper.\n\nDominique", "Hi,\n\nTwo weeks of taper.\n\nDominique"},
		{"german footer over everything the owner typed",
			"Gesendet mit iPhone\n\nHallo,\n\nZwei Wochen.\n\nViele Grüße", "Hallo,\n\nZwei Wochen.\n\nViele Grüße"},
		{"footer over an unquoted original and nothing typed",
			"Sent from my iPhone\n\nOn 23 Nov 2026, at 09:14, Lena <lena@example.net> wrote:\n\nHow long?", ""},
		{"command below the quote with signature",
			"On Mon, Nov 23, 2026 at 09:14:00AM +0000, Helpline wrote:\n> q\n\n!hide\n\n-- \nDominique",
			"!hide"},
		{"footer then signature then quote",
			"Yes.\n\nSent from my iPhone\n-- \nMaren\n\nOn 23 Nov 2026, at 09:14, Lena <lena@example.net> wrote:\n> q",
			"Yes."},
		{"signature then footer, bottom-posted",
			"Lena <lena@example.net> wrote:\n> q\n\nYes.\n-- \nMaren\nGet Outlook for Android",
			"Yes."},

		// Mobile and app footers.
		{"mailbox footer", "Yes.\n\nSent from Mailbox for iPhone", "Yes."},
		{"windows mail footer with link", "Yes.\n\nSent from Mail<https://go.microsoft.com/fwlink/?LinkId=550986> for Windows 10\n", "Yes."},
		{"dutch footer", "Ja.\n\nVerstuurd vanaf mijn iPhone", "Ja."},
		{"german galaxy footer", "Ja.\n\nVon meinem Samsung Galaxy Smartphone gesendet.", "Ja."},
		{"gmx footer", "Ja.\n\nDiese Nachricht wurde von meinem Android-Mobiltelefon mit GMX Mail gesendet.", "Ja."},
		{"spanish footer", "Sí.\n\nEnviado desde mi iPhone", "Sí."},
		{"french footer", "Oui.\n\nEnvoyé de mon iPhone", "Oui."},
		{"italian footer", "Sì.\n\nInviato da iPhone", "Sì."},
		{"outlook ios footer", "Yes.\n\nGet Outlook for iOS<https://aka.ms/o0ukef>", "Yes."},
		{"yahoo android footer", "Yes.\n\nSent from Yahoo Mail on Android", "Yes."},
		{"blackberry footer", "Yes.\n\nSent from my BlackBerry 10 smartphone on the Rogers network.", "Yes."},
		{"footer and link line", "Yes.\n\nSent from my Galaxy\nhttps://example.org/get-the-app", "Yes."},
		{"russian footer", "Да.\n\nОтправлено с iPhone", "Да."},
		{"japanese footer", "はい。\n\niPhoneから送信", "はい。"},
		{"full-width quoting", "三週間前から減らしてください。\n\n2026年11月23日(月) 9:14 Lena <lena@example.net>:\n＞ テーパーはいつから？\n＞ よろしく",
			"三週間前から減らしてください。"},
		{"full-width quoting answered inline", "＞ テーパーはいつから？\n三週間前からです。\n＞ 量は？\n半分まで。",
			"＞ テーパーはいつから？\n三週間前からです。\n＞ 量は？\n半分まで。"},
		{"chinese footer", "好的。\n\n发自我的iPhone", "好的。"},
		{"chinese line that starts with from stays",
			"好的。\n\n从 iPhone 上的日历导出训练计划就行。", "好的。\n\n从 iPhone 上的日历导出训练计划就行。"},
		{"chinese reply from a named app stays", "从 Outlook 回复给你：周三跑。", "从 Outlook 回复给你：周三跑。"},
		{"chinese sentence from my experience naming a phone stays",
			"从我的经验看，新手每周跑三次就够了，不必先买手机App。\n\n祝好", "从我的经验看，新手每周跑三次就够了，不必先买手机App。\n\n祝好"},
		{"chinese request ending in sending by mail stays",
			"好的。\n\n从下周起，请把每天的训练记录用邮件发送", "好的。\n\n从下周起，请把每天的训练记录用邮件发送"},
		{"chinese footer with spaces", "好的。\n\n从我的 华为手机 发送", "好的。"},
		{"sent from a place stays", "Yes.\n\nSent from Paris, where I am racing.", "Yes.\n\nSent from Paris, where I am racing."},
		{"footer with an apology after the comma", "Yes.\n\nSent from my iPhone, please excuse typos", "Yes."},
		{"footer naming the device after the comma", "Yes.\n\nSent from my Verizon, Samsung Galaxy smartphone", "Yes."},
		{"a sentence that starts like a footer stays",
			"Here it is.\n\nSent from the club office, where my phone is not allowed.",
			"Here it is.\n\nSent from the club office, where my phone is not allowed."},

		// Attributions that start with a date, have no verb, or are framed.
		{"date first with address, quoted",
			"Yes.\n\n2026/11/23 Lena <lena@example.net>\n> q", "Yes."},
		{"date first with colon, unquoted history",
			"Yes.\n\n2026-11-23 9:14 GMT+01:00 Lena <lena@example.net>:\n\nHow long should I taper?\nLena", "Yes."},
		{"yandex",
			"Да.\n\n23.11.2026, 09:14, \"Lena\" <lena@example.net>:\nСколько?", "Да."},
		{"mail.ru",
			"Да.\n\nПонедельник, 23 ноября 2026, 9:14 +03:00 от Lena <lena@example.net>:\nСколько?", "Да."},
		{"framed with date",
			"Yes.\n\n---- On Mon, 23 Nov 2026 09:14:00 +0000 Lena <lena@example.net> wrote ----\n\nHow long?", "Yes."},
		{"framed name only",
			"Yes.\n\n---- Lena wrote ----\n\nHow long?", "Yes."},
		{"colon lost",
			"Yes.\n\nOn Mon, 23 Nov 2026 at 09:14, Lena <lena@example.net> wrote\n> How long?", "Yes."},
		{"vietnamese",
			"Vâng.\n\nVào Th 2, 23 thg 11, 2026 vào lúc 09:14 Lena <lena@example.net> đã viết:\n> q", "Vâng."},
		{"ukrainian",
			"Так.\n\nпн, 23 лист. 2026 р. о 09:14 Lena <lena@example.net> пише:\n> q", "Так."},
		{"french no-break space",
			"Oui.\n\nLe lun. 23 nov. 2026 à 09:14, Lena <lena@example.net> a\u00a0écrit\u00a0:\n> q", "Oui."},
		{"polish thunderbird",
			"Tak.\n\nW dniu 23.11.2026 o 09:14, Lena pisze:\n> q", "Tak."},
		{"german gmail wrapped",
			"Ja.\n\nAm Mo., 23. Nov. 2026 um 09:14 Uhr schrieb Lena Fischer <\nlena.fischer@example.net>:\n\n> q", "Ja."},

		// Header blocks and separators.
		{"block starting with Date",
			"Yes.\n\nDate: Mon, 23 Nov 2026 09:14\nFrom: Lena <lena@example.net>\nTo: ask@example.org\nSubject: q\n\nq", "Yes."},
		{"block starting with Sent",
			"Yes.\n\nSent: Monday, November 23, 2026 9:14 AM\nTo: ask@example.org\nSubject: q\n\nq", "Yes."},
		{"block starting with Subject",
			"Yes.\n\nSubject: Taper\nDate: 23 Nov 2026\nFrom: Lena\n\nq", "Yes."},
		{"block starting with To",
			"Yes.\n\nTo: ask@example.org\nFrom: Lena <lena@example.net>\n\nq", "Yes."},
		{"reply message separator", "Yes.\n\n-----Reply Message-----\nLena wrote something", "Yes."},
		{"german answer separator", "Ja.\n\n-----Antwort Nachricht-----\nq", "Ja."},
		{"danish outlook", "Ja.\n\n-------- Oprindelig besked --------\nFra: Lena <lena@example.net>\nDato: 23. nov. 2026\n\nq", "Ja."},
		{"french message du", "Oui.\n\nMessage du : 23/11/2026 09:14\nDe : Lena <lena@example.net>\nA : ask@example.org\nObjet : q\n\nq", "Oui."},
		{"forwarded", "See below.\n\n---------- Forwarded message ---------\nFrom: Lena <lena@example.net>\nDate: Mon, 23 Nov 2026\n\nq", "See below."},
		{"list footer", "Yes.\n\n_______________________________________________\nRunners mailing list\nrunners@lists.example.org\nhttps://lists.example.org/listinfo/runners", "Yes."},
		{"dash list footer", "Yes.\n\n----------\nTo unsubscribe, write to runners-leave@lists.example.org", "Yes."},

		// Quoted lines that lost their ">" when the client wrapped them.
		{"wrapped quote at the end",
			"Yes.\n\nOn Mon, 23 Nov 2026 at 09:14, Lena <lena@example.net> wrote:\n> I am running my first marathon in October and my longest run so far\nis 32 km.\n",
			"Yes."},
		{"wrapped quote above the answer",
			"On Mon, 23 Nov 2026 at 09:14, Lena <lena@example.net> wrote:\n> I am running my first marathon in October and my longest run so far\nis 32 km.\n> How long should I taper?\n\nTwo weeks.",
			"Two weeks."},
		{"wrapped quote ending a sentence over a quote going on in lower case",
			"On Mon, 23 Nov 2026 at 09:14, Lena <lena@example.net> wrote:\n> I am running my first marathon in October and my longest run so far\nis 32 km.\n> and I want to go for 35 next week.\n\nTwo weeks.",
			"Two weeks."},
		{"wrapped quote starting in capitals over more quote",
			"On Mon, 23 Nov 2026 at 09:14, Lena <lena@example.net> wrote:\n> I am running my first marathon in October with my friends from the\nRunning Club Utrecht\n> and we train together.\n\nTwo weeks.",
			"Two weeks."},
		{"wrapped quote after a semicolon, the quote going on under it",
			"On Mon, 23 Nov 2026 at 09:14, Lena <lena@example.net> wrote:\n> Hi Maren,\n\nGreat.\n\n> I ran my first marathon in October and my longest run so far was 32 km;\nthe rest\n> of the plan went well too.",
			"Great."},
		{"lower-case answer under a quoted line ending in a semicolon",
			"On Mon, 23 Nov 2026 at 09:14, Lena <lena@example.net> wrote:\n> I ran my first marathon in October and my longest run was 32 km; the\n> rest of the plan went well too;\nyes, that is a good plan",
			"yes, that is a good plan"},
		{"lower-case answer ending a sentence under a quoted clause ending in a semicolon, more quote below",
			"On Mon, 23 Nov 2026 at 09:14, Lena <lena@example.net> wrote:\n> My plan has three parts: easy runs on Monday and Wednesday, intervals;\nno, skip them for now.\n> then a long run on Sunday.\nKeep that one easy.",
			"> My plan has three parts: easy runs on Monday and Wednesday, intervals;\nno, skip them for now.\n> then a long run on Sunday.\nKeep that one easy."},
		// The owner cut a quoted sentence in two to answer its first half.
		{"answer typed between the lines of one quoted sentence",
			"On Mon, 23 Nov 2026 at 09:14, Lena <lena@example.net> wrote:\n> Last month I ran my first half marathon in 2:05. The first 15 km felt\nWell done, that is a good time.\n> easy, then my legs went heavy and I walked the last two.\nThat is the pace.",
			"> Last month I ran my first half marathon in 2:05. The first 15 km felt\nWell done, that is a good time.\n> easy, then my legs went heavy and I walked the last two.\nThat is the pace."},
		{"wrapped quote ending on an abbreviation over a quote going on in lower case",
			"Good question.\n\nOn Mon, 23 Nov 2026 at 09:14, Lena <lena@example.net> wrote:\n> I run on Mondays, Wednesdays and Fridays and do strength work on\nTuesdays etc.\n> and I still feel tired all the time. Should I drop one of the runs?",
			"Good question."},

		// The owner's text next to an attribution.
		{"sentence ending on a month's name over an attribution without a date",
			"Le mieux est de courir le semi fin mai.\nLena <lena@example.net> a écrit :\n> Quand courir mon premier semi ?",
			"Le mieux est de courir le semi fin mai."},
		{"sentence ending on a month's capitalised name over an attribution that wraps its time",
			"Am besten im Mai.\nLena <lena@example.net> schrieb am Mo., 23. Nov. 2026,\n09:14:\n> Wann soll ich laufen?",
			"Am besten im Mai."},
		{"sentence ending on a weekday's short name over an attribution without a date",
			"Dana 3. idi na trening, a utrku trči u sub.\nLena <lena@example.net> napisala je:\n> Kada?",
			"Dana 3. idi na trening, a utrku trči u sub."},
		{"attribution on the owner's line",
			"Sounds good On Tue, Jun 3, 2025 at 10:12 AM Lena <lena@example.net> wrote:\n> q", "Sounds good"},
		{"digit just above a wrapped attribution",
			"Run 5 km easy.\nOn Tue, Jun 3, 2025 at 10:12 AM Lena Fischer <\nlena.fischer@example.net> wrote:\n> q",
			"Run 5 km easy."},
		{"owner mentions what someone wrote",
			"My coach wrote: run easy.\nAnd so should you.", "My coach wrote: run easy.\nAnd so should you."},
		{"owner line with a date and colon",
			"On Monday 23 November I ran 30 km:\n- easy pace\n- no gels", "On Monday 23 November I ran 30 km:\n- easy pace\n- no gels"},

		// Inline answers keep the quotes they answer.
		{"inline with greeting",
			"Hi Lena,\n\n> How long should I taper?\n\nTwo weeks.\n\n> Thanks\n",
			"Hi Lena,\n\n> How long should I taper?\n\nTwo weeks."},
		{"inline apple quotes its attribution",
			"> On 23 Nov 2026, at 09:14, Lena <lena@example.net> wrote:\n> \n> One?\n\nYes.\n\n> Two?\n\nNo.\n\n> Lena",
			"> One?\n\nYes.\n\n> Two?\n\nNo."},
		{"nested quotes kept in an inline answer",
			"On Mon, Lena <lena@example.net> wrote:\n> Me too.\n> > Earlier point\n\nAgreed.\n\n> Last?\n\nYes.",
			"> Me too.\n> > Earlier point\n\nAgreed.\n\n> Last?\n\nYes."},
	}
	checkTrims(t, tests)
}

func TestTrimHTMLReplyClientShapes(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"outlook signature",
			`<div class="WordSection1"><p class="MsoNormal">Two weeks.</p><p class="MsoNormal">&nbsp;</p>` +
				`<div id="Signature"><p class="MsoNormal">Maren Holt<br>Coach, Running Helpline</p></div>` +
				`<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Lena</div><div>How long?</div></div>`,
			"Two weeks."},
		{"outlook web x_ signature",
			`<div>Two weeks.</div><div id="x_Signature"><div>Maren</div></div><div id="x_divRplyFwdMsg">From: Lena</div>`,
			"Two weeks."},
		{"apple mail signature",
			`<div>Two weeks.<br><br><div id="AppleMailSignature">Sent from my iPhone</div><blockquote type="cite">How long?</blockquote></div>`,
			"Two weeks."},
		{"address left unescaped, read as a tag",
			`<div>Two weeks.</div><div>On Jun 3, Lena <lena@example.net> wrote:</div><blockquote>How long should I taper?</blockquote>`,
			"Two weeks."},
		{"proton signature and quote",
			`<div>Two weeks.</div><div class="protonmail_signature_block"><div class="protonmail_signature_block-user">Maren</div>` +
				`<div class="protonmail_signature_block-proton">Sent with Proton Mail secure email.</div></div>` +
				`<div class="protonmail_quote">On Monday, November 23rd, 2026 at 9:14 AM, Lena &lt;lena@example.net&gt; wrote:<br><blockquote class="protonmail_quote">How long?</blockquote></div>`,
			"Two weeks."},
		{"spark sections",
			`<div>Two weeks.</div><div name="messageSignatureSection">Maren</div><div name="messageReplySection">On 23 Nov 2026 at 09:14 +0100, Lena &lt;lena@example.net&gt;, wrote:<br><blockquote type="cite">q</blockquote></div>`,
			"Two weeks."},
		{"zimbra markers",
			`<div>Two weeks.</div><hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__"><b>From: </b>"Lena" &lt;lena@example.net&gt;<br><b>To: </b>ask@example.org<br><b>Sent: </b>Monday, 23 November 2026 09:14<br><b>Subject: </b>Taper</div><br><div data-marker="__QUOTED_TEXT__">How long?</div>`,
			"Two weeks."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TrimHTMLReply(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// A quotation the owner pastes from a web page keeps the page in its
// cite attribute; the history a client quotes never does.
func TestTrimHTMLReplyKeepsQuotedSources(t *testing.T) {
	const src = `<blockquote cite="https://example.com/taper"><p>Cut the volume, keep the pace.</p></blockquote>`
	const hist = `How long should I taper?`
	tests := []struct{ name, in, want string }{
		{"web quotation over gmail's history",
			`<div dir="ltr"><div>As the guide puts it:</div>` + src + `</div><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Nov 23, 2026 at 9:14 AM Lena &lt;lena@example.net&gt; wrote:<br></div><blockquote class="gmail_quote">` + hist + `</blockquote></div>`,
			"As the guide puts it:\n\nCut the volume, keep the pace."},
		{"web quotation over apple mail's history",
			`<div>As the guide puts it:</div>` + src + `<div><br><blockquote type="cite"><div>On 23 Nov 2026, at 09:14, Lena &lt;lena@example.net&gt; wrote:</div><div>` + hist + `</div></blockquote></div>`,
			"As the guide puts it:\n\nCut the volume, keep the pace."},
		{"web quotation between the owner's lines",
			`<div>As the guide puts it:</div>` + src + `<div>Two weeks, then.</div>`,
			"As the guide puts it:\n\nCut the volume, keep the pace.\n\nTwo weeks, then."},
		{"thunderbird history cites a message, not a page",
			`<p>Two weeks.</p><div class="moz-cite-prefix">On 23/11/2026 09:14, Lena wrote:<br></div><blockquote type="cite" cite="mid:q1@example.net">` + hist + `</blockquote>`,
			"Two weeks."},
		{"history marked as cited wins over a page in cite",
			`<div>Two weeks.</div><blockquote type="cite" cite="https://example.com/taper">` + hist + `</blockquote>`,
			"Two weeks."},
		{"web quotation inside the quoted history goes with it",
			`<div>Two weeks.</div><blockquote type="cite"><div>On 23 Nov 2026, at 09:14, Lena &lt;lena@example.net&gt; wrote:</div>` + src + `<div>` + hist + `</div></blockquote>`,
			"Two weeks."},
		{"bare blockquote history after an attribution",
			`<div>Two weeks.</div><div>Monday, 23 November 2026, 09:14 +01:00 from Lena &lt;lena@example.net&gt;:<br><blockquote style="border-left:1px solid #0857A6; margin:10px; padding:0 0 0 10px;">` + hist + `</blockquote></div>`,
			"Two weeks."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TrimHTMLReply(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// Outlook writes its signature into the plain part with no "-- " line;
// the HTML part's marked signature tells which lines it is.
func TestAnswerDropsSignatureMarkedInHTML(t *testing.T) {
	raw := "From: Maren <maren@runhelp.example>\r\nTo: ask@runhelp.example\r\nSubject: Re: Taper\r\n" +
		"Message-ID: <sig@runhelp.example>\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/alternative; boundary=\"b\"\r\n\r\n" +
		"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		"Two weeks.\r\n\r\nCheers,\r\nMaren\r\n\r\nMaren Holt\r\nCoach | Running Helpline<https://runhelp.example/>\r\n\r\n" +
		"________________________________\r\nFrom: Lena <lena@example.net>\r\nSent: Monday, November 23, 2026 9:14 AM\r\n" +
		"To: ask@runhelp.example\r\nSubject: Taper\r\n\r\nHow long?\r\n" +
		"--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" +
		"<div>Two weeks.</div><div><br></div><div>Cheers,</div><div>Maren</div><div><br></div>" +
		"<div id=\"Signature\"><div>Maren Holt</div><div>Coach | <a href=\"https://runhelp.example/\">Running Helpline</a></div></div>" +
		"<div id=\"appendonsend\"></div><hr><div id=\"divRplyFwdMsg\"><b>From:</b> Lena</div><div>How long?</div>\r\n" +
		"--b--\r\n"
	m, err := Parse([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := Answer(m), "Two weeks.\n\nCheers,\nMaren"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestHasDateLike(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"at 9:14", true}, {"um 09.14 Uhr", true}, {"in 2026", true}, {"23.11.26", true}, {"11/23/2026", true},
		{"2026-11-23", true}, {"23日", true}, {"23 일", true}, {"10 km", false}, {"route 66", false},
		{"3.5 km", false}, {"12345", false}, {"2100", false}, {"", false},
	}
	for _, tt := range tests {
		if got := hasDateLike(tt.in); got != tt.want {
			t.Errorf("hasDateLike(%q): got %v, want %v", tt.in, got, tt.want)
		}
	}
}

// Lines the trimmer must not take for the client's: each is the owner's.
func TestTrimReplyKeepsTheOwnersLines(t *testing.T) {
	tests := []trimCase{
		{"greeting right above the attribution",
			"Hi,\nOn Mon, 23 Nov 2026 at 09:14, Lena <lena@example.net> wrote:\n> q", "Hi,"},
		{"no full stop right above the attribution",
			"Sounds good\nOn Mon, 23 Nov 2026 at 09:14, Lena <lena@example.net> wrote:\n> q", "Sounds good"},
		{"one word run onto the attribution",
			"Reply On Mon, 23 Nov 2026 at 09:14, Lena <lena@example.net> wrote:\n> q", "Reply"},
		{"dashes before the attribution",
			"Yes--- On Mon, 23 Nov 2026 at 09:14, Lena <lena@example.net> wrote:\n> q", "Yes"},
		{"a sentence telling what someone wrote, with a date",
			"Am 23.11. um 09:14 schrieb Lena mir, dass sie krank ist.\nDann lieber pausieren.",
			"Am 23.11. um 09:14 schrieb Lena mir, dass sie krank ist.\nDann lieber pausieren."},
		{"a line with a time right over outlook's original message line",
			"Intervals:\n6 x 400 m in 4:50\n-----Ursprüngliche Nachricht-----\nVon: Lena <lena@example.net>\nGesendet: Dienstag, 3. Juni 2025 10:12\nAn: ask@example.org\nBetreff: Tempo\n\nWie schnell?",
			"Intervals:\n6 x 400 m in 4:50"},
		{"a line with a time right over outlook's rule",
			"Intervals:\n6 x 400 m in 4:50\n________________________________\nDe : Lena <lena@example.net>\nEnvoyé : mardi 3 juin 2025 10:12\nÀ : ask@example.org\nObjet : Tempo\n\nQuelle allure ?",
			"Intervals:\n6 x 400 m in 4:50"},
		{"a line with a time right over outlook's fields",
			"Intervals:\n6 x 400 m in 4:50\nVon: Lena <lena@example.net> \nGesendet: Dienstag, 3. Juni 2025 10:12\nAn: ask@example.org\nBetreff: Tempo\n\nWie schnell?",
			"Intervals:\n6 x 400 m in 4:50"},
		{"an attribution wrapped before its address still goes over the fields",
			"Eine Woche.\n\nAm 03.06.2025 um 10:12 schrieb Lena <\nlena@example.net>:\nVon: Lena <lena@example.net>\nDatum: 3. Juni 2025\nAn: ask@example.org\n\nWie lange?",
			"Eine Woche."},
		{"a route under a line of the owner's",
			"Route for Sunday, as Lena wrote\nFrom: Amsterdam\nDate: Sunday", "Route for Sunday, as Lena wrote\nFrom: Amsterdam\nDate: Sunday"},
		{"a saying with its author under an em dash and a link",
			"Run slow to run fast, as the saying goes.\n—Hal Higdon\nwww.halhigdon.example/training\n\nSo keep it easy.\n\nCheers,\nMaren",
			"Run slow to run fast, as the saying goes.\n—Hal Higdon\nwww.halhigdon.example/training\n\nSo keep it easy.\n\nCheers,\nMaren"},
		{"an inline answer set off by dashes",
			"Hi Tom,\n\n> Can I run with a cold?\n-- Only if it's above the neck.\n\n> And with a fever?\n-- Never, rest instead.",
			"Hi Tom,\n\n> Can I run with a cold?\n-- Only if it's above the neck.\n\n> And with a fever?\n-- Never, rest instead."},
		{"an arrow under a quote", "Hi,\n\n> I finished!\n--> Well done!", "Hi,\n\n> I finished!\n--> Well done!"},
		{"one word under a quote answers it", "Hi,\n\n> Should I run today?\nYes", "Hi,\n\n> Should I run today?\nYes"},
		{"two names under a question answer it", "Hi,\n\n> Best marathon for a beginner?\nBerlin Marathon\nChicago Marathon",
			"Hi,\n\n> Best marathon for a beginner?\nBerlin Marathon\nChicago Marathon"},
		{"names answering inline, between quotes",
			"Hi Anna,\n\nhere are my answers.\n\n> Which shoe?\nBrooks Ghost\n> Which watch?\nGarmin Forerunner\nor Coros Pace",
			"Hi Anna,\n\nhere are my answers.\n\n> Which shoe?\nBrooks Ghost\n> Which watch?\nGarmin Forerunner\nor Coros Pace"},
		{"a dashed first name alone signs the answer", "A week.\n\n--Maren", "A week.\n\n--Maren"},
		{"a dashed name with a line of the owner's under it", "A week.\n--Maren\nSee you Sunday at the track.",
			"A week.\n--Maren\nSee you Sunday at the track."},
		{"a sentence telling what someone wrote, over a quote",
			"Gute Frage.\n\nAm 3. Juni um 10:12 schrieb Lena, dass ihr Knie schmerzt\n> Es tut außen weh.\n\nDas klingt nach ITBS.",
			"Gute Frage.\n\nAm 3. Juni um 10:12 schrieb Lena, dass ihr Knie schmerzt\n> Es tut außen weh.\n\nDas klingt nach ITBS."},
		{"a sentence about devices",
			"This email was sent from way too many different devices ;)", "This email was sent from way too many different devices ;)"},
		{"a line introducing something",
			"Sent from my phone on the train, so briefly:\nTwo weeks of taper.", "Sent from my phone on the train, so briefly:\nTwo weeks of taper."},
		{"prose starting with a header word",
			"From: the beginning I thought you should rest.\nTo: be honest, I still do.\n\nMaren", "From: the beginning I thought you should rest.\nTo: be honest, I still do.\n\nMaren"},
		{"pace answer under a quote",
			"> Which pace?\n5:30/km\n\n> And the long run?\n6:15/km", "> Which pace?\n5:30/km\n\n> And the long run?\n6:15/km"},

		// An attribution starts on its own line, or inside one: the
		// lines above it are the owner's, not its wrapped start.
		{"two lines right above the attribution",
			"Booked the clinic\nsee you Tuesday\nOn Mon, 23 Nov 2026 at 09:14, Lena <lena@example.net> wrote:\n> q",
			"Booked the clinic\nsee you Tuesday"},
		{"a line above one the attribution is run onto",
			"Booked the clinic\nsee you Tuesday On Mon, 23 Nov 2026 at 09:14, Lena <lena@example.net> wrote:\n> q",
			"Booked the clinic\nsee you Tuesday"},
		{"a line starting with a lead word above a dated attribution",
			"Bonjour,\n\nIl faut une semaine de repos\nLe lun. 23 nov. 2026, 09:14, Lena a écrit :\n\nCombien de temps ?",
			"Bonjour,\n\nIl faut une semaine de repos"},
		{"a closing above an attribution naming the sender in lower case",
			"Zwei Wochen.\nViele Grüße\nlena schrieb am Mo. 23. Nov. 2026 um 09:14:\n\nWie lange?",
			"Zwei Wochen.\nViele Grüße"},
		{"an attribution wrapped after its lead line still goes whole",
			"Due settimane.\n\nIl giorno lun 23 nov 2026 alle ore 09:14\nLena <lena@example.net> ha scritto:\n\nQuanto tempo?",
			"Due settimane."},
		{"an attribution wrapped over three lines still goes whole",
			"Zwei Wochen.\n\nAm 23.11.2026\num 09:14 schrieb Lena\n<lena@example.net>:\n> Wie lange?",
			"Zwei Wochen."},
	}
	checkTrims(t, tests)
}

func TestTrimReplyMoreClientShapes(t *testing.T) {
	tests := []trimCase{
		{"verb alone on the next line",
			"Yes.\n\nOn Mon, Nov 23, 2026 at 9:14 pm Lena <lena@example.net>\nwrote:\n\nHow long?", "Yes."},
		{"french verb alone on the next line",
			"Oui.\n\nLe lun. 23 nov. 2026 à 09:14, Lena <lena@example.net>\na écrit :\n\n> q", "Oui."},
		{"address wrapped after <",
			"Yes.\n\n2026-11-23 9:14 GMT+03:00 Lena <\nlena@example.net>:\n\nHow long?", "Yes."},
		{"name first, date wrapped",
			"Ja.\n\nLena <lena@example.net> schrieb am Mo., 23.\nNov. 2026, 09:14:\n\n> q", "Ja."},
		{"split after the verb",
			"Ja.\n\nOp ma 23 nov 2026 om 09:14 schreef\nLena <lena@example.net>:\n\nHoe lang?", "Ja."},
		{"no colon, unquoted history",
			"Yes.\n\nOn Mon, 23 Nov 2026 09:14 -0200 Lena <lena@example.net> wrote\n\nHow long?", "Yes."},
		{"mid verb, colon lost, over a quote",
			"Ja.\n\nAm 23.11.26 um 09:14 schrieb Lena\n> Wie lange?", "Ja."},
		{"mid verb, colon lost, over header fields without an address",
			"Ja.\nViele Grüße\nAm 23.11.26 um 09:14 schrieb Laufladen\nVon: \"Laufladen\"\nDatum: 23. November 2026\nAn: [Adresse entfernt]\n\nIhre Bestellung.",
			"Ja.\nViele Grüße"},
		{"sup's excerpts, over a quote",
			"Excerpts from Lena's message of 2026-11-23 09:14:45 +0100:\n> How long?\n\nA week.", "A week."},
		{"alot's quoting line with no colon, over a quote",
			"A week.\n\nQuoting Lena (2026-11-23 09:14:45)\n> How long?", "A week."},
		{"nextcloud's quoted name, address, dash and date over a quote",
			"A week.\n\n\"Lena Fischer\" lena@example.net – June 3, 2025 10:12 AM\n> How long?\n> \n> Lena", "A week."},
		{"nextcloud's line in german, bottom-posted",
			"\"Lena\" lena@example.net – 3. Juni 2025 10:12\n> Wie lange?\n\nEine Woche.", "Eine Woche."},
		{"a quoted name, address and date typed as a log line, no quote under it",
			"Who wrote first:\n\"Lena\" lena@example.net – June 3, 2025 10:12 AM\nThen the club replied.",
			"Who wrote first:\n\"Lena\" lena@example.net – June 3, 2025 10:12 AM\nThen the club replied."},
		{"a quoted name and address over the owner's citation, with no time",
			"From the club list:\n\"Lena\" lena@example.net – on taper weeks\n> two weeks is enough\n\nI agree with her.",
			"From the club list:\n\"Lena\" lena@example.net – on taper weeks\n> two weeks is enough\n\nI agree with her."},
		{"delimiter run into the name, a company under it",
			"A week.\n\n--Maren Holt\nRUNNING HELPLINE, LLC", "A week."},

		{"short rule list footer",
			"Yes.\n\n> q\n\nMore.\n__\nRunners mailing list\nrunners@lists.example.org\nhttps://lists.example.org/listinfo/runners", "Yes.\n\n> q\n\nMore."},
		{"download outlook footer", "Yes.\n\nDownload Outlook for Android<https://aka.ms/ghei36>", "Yes."},
		{"unknown phone model footer", "Yes.\n\nSent from my Zorbex ZX9 PRO 4G", "Yes."},
		{"header on one line",
			"Yes.\n\nFrom: Lena <lena@example.net> Sent: Monday, 23 November 2026 09:14 To: ask@example.org Subject: Taper\n\nHow long?", "Yes."},
		{"header run together without spaces",
			"Yes.\n\nFrom: Lena <lena@example.net>Sent: Monday, 23 November 2026 09:14To: ask@example.orgSubject: Taper\n\nHow long?", "Yes."},
		{"wrapped link in the quote",
			"Yes.\n\nOn Mon, 23 Nov 2026, Lena <lena@example.net> wrote:\n> See https://example.org/plans/marathon/taper?utm_source=mail&utm\n_nonce=4f2a)\n", "Yes."},
		{"rule left at the end", "Yes.\n\n_____\n\nSent from my iPhone", "Yes."},
		{"bare original message line over header fields",
			"Yes.\n\nOriginal Message\nFrom: Lena <lena@example.net>\nSent: Monday, 23 November 2026 09:14\nSubject: Taper\n\nHow long?", "Yes."},
		{"bare forwarded message line over quoted header fields",
			"See below.\n\nForwarded message\n\n> From: Lena <lena@example.net>\n> Subject: Taper\n>\n> How long?", "See below."},
		{"day without a year above a quote",
			"Two weeks.\n\nOn Jun 3, Lena Fischer wrote:\n> How long should I taper?", "Two weeks."},
		{"day without a year above a quote, bottom-posted",
			"On 3 June, Lena wrote:\n\n> How long should I taper?\n\nTwo weeks.", "Two weeks."},
		{"opening words that name the original, then a header block",
			"Original message\nYou asked about the taper.\n\nFrom: Lena <lena@example.net>\nSent: Monday, 23 November 2026 09:14\nTo: ask@example.org\nSubject: Taper\n\nHow long?",
			"Original message\nYou asked about the taper."},
		{"lotus notes section title over a header block",
			"Zwei Wochen.\n\nMaren\n\n\n\nLena Fischer --- Re: Tapering --- \n\nVon:\tLena Fischer <lena@example.net>\nAn:\task@example.org\nDatum:\tDi., 03.06.2025 10:12\nBetreff:\tRe: Tapering\n\nWie lange?",
			"Zwei Wochen.\n\nMaren"},
		{"netease mail master separator over its field table",
			"每周三次就行。\n李明\n\n---- 回复的原邮件 ----\n| 发件人 | 王芳<fang@example.cn> |\n| 日期 | 2024年03月05日 09:12 |\n| 主题 | 每周跑几次？ |\n我刚开始跑步。",
			"每周三次就行。\n李明"},
		{"netease mail master separator, traditional script",
			"每週三次就好。\n\n---- 回覆的原郵件 ----\n| 寄件人 | 王芳<fang@example.tw> |\n我剛開始跑步。",
			"每週三次就好。"},
		{"japanese name and verb over a quote",
			"田中さん\n\n週に三回で十分です。\n\n田中 花子 さんは書きました:\n> 週に何回走ればいいですか？", "田中さん\n\n週に三回で十分です。"},
		{"chinese name and verb over a quote, bottom-posted",
			"王芳 写道：\n> 每周应该跑几次？\n\n每周三次就够了。", "每周三次就够了。"},
		{"lotus notes section title, fields without colons",
			"Two weeks.\n\nLena Fischer --- Tapering ---\n\nFrom:\tLena Fischer <lena@example.net>\nTo\task@example.org\nDate:\t03/06/2025 10:12\nSubject\tTapering\n\nHow long?",
			"Two weeks."},
		{"quoted outlook header block with long address lists, answered inline",
			"> -----Original Message-----\n> From: Lena Berg <lena@example.net>\n> Sent: 03 June 2025 10:12\n" +
				"> To: Maren Holt <maren@example.org>; coach@example.org; tom@example.com;\n> anna@example.com; jo@example.com; team-\n" +
				"> runners@example.com\n> Cc: club@example.org; linda@example.net; trail-\n> runners@example.org\n" +
				"> Subject: RE: How long should I rest after the half marathon in\n> Utrecht?\n>\n> How long should I rest?\n\nA week.\n\n> And then?\n\nEasy runs.\n",
			"> How long should I rest?\n\nA week.\n\n> And then?\n\nEasy runs."},
		{"a short subject over the original's first line and a blank line, answered inline",
			"> From: Lena Berg <lena@example.net>\n> To: maren@example.org\n> Subject: knees\n> My knees hurt after every long run.\n>\n> Should I stop?\n\nNo, rest two days.\n\n> And a doctor?\n\nOnly if it swells.\n",
			"> My knees hurt after every long run.\n>\n> Should I stop?\n\nNo, rest two days.\n\n> And a doctor?\n\nOnly if it swells."},
		{"the original's first line under a recipient list ending in a semicolon, answered inline",
			"> Von: Lena Berg <lena@example.net>\n> An: maren@example.org; tom@example.net;\n> Soll ich aufhören? Die Knie tun weh.\n\nNein, zwei Tage Pause.\n\n> Und zum Arzt?\n\nNur wenn es anschwillt.\n",
			"> Soll ich aufhören? Die Knie tun weh.\n\nNein, zwei Tage Pause.\n\n> Und zum Arzt?\n\nNur wenn es anschwillt."},
		{"the original's greeting right under the recipients, answered inline",
			"> From: Lena Berg <lena@example.net>\n> To: ask@example.org\n> Hello Maren\n> How long should I rest?\n\nA week.\n\n> And then?\n\nEasy runs.\n",
			"> Hello Maren\n> How long should I rest?\n\nA week.\n\n> And then?\n\nEasy runs."},
		{"the original's first line naming an address under cc, answered inline",
			"> From: Lena Berg <lena@example.net>\n> To: maren@example.org\n> Cc: tom@example.net\n> tom@example.net told me to stop. Should I?\n\nNo, rest two days.\n\n> And a doctor?\n\nOnly if it swells.\n",
			"> tom@example.net told me to stop. Should I?\n\nNo, rest two days.\n\n> And a doctor?\n\nOnly if it swells."},
		{"quoted header block over the original's first lines, answered inline",
			"> From: Lena Berg <lena@example.net>\n> To: maren@example.org\n> Subject: Rest\n> How long should I rest?\n> My calf is sore.\n\nA week.\n\n> And then?\n\nEasy runs.\n",
			"> How long should I rest?\n> My calf is sore.\n\nA week.\n\n> And then?\n\nEasy runs."},
	}
	checkTrims(t, tests)
}

func TestTrimHTMLReplyForwardedInGmailQuote(t *testing.T) {
	in := `<div dir="ltr">See below.</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <b>Lena</b> &lt;lena@example.net&gt;<br>Date: Mon, 23 Nov 2026</div><br><br><div>How long should I taper?</div></div>`
	if got, want := TrimHTMLReply(in), "See below."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
