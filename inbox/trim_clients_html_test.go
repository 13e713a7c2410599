package inbox

import (
	"html"
	"strings"
	"testing"
)

// TestTrimHTMLReplyClientContainers runs HTML replies as clients write
// them, each marking its history and signature in its own way.
func TestTrimHTMLReplyClientContainers(t *testing.T) {
	const q = `<div>Hi, how long should I rest?</div><div><br></div><div>Lena</div>`
	tests := []struct{ name, in, want string }{
		{"yahoo desktop",
			`<html><body><div class="ydp3a1b yahoo-style-wrap"><div>Rest a week.</div></div><div id="yahoo_quoted_8812" class="yahoo_quoted"><div style="font-family:Helvetica;font-size:13px;color:#26282a;"><div>On Tuesday, June 3, 2025, 10:12:45 AM GMT+2, Lena &lt;lena@example.net&gt; wrote:</div><div><br></div><div><br></div><div><div id="yiv9911">` + q + `</div></div></div></div></body></html>`,
			"Rest a week."},
		{"outlook desktop signature laid out as a table",
			`<div class="WordSection1"><p class="MsoNormal">Rest a week.</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Best regards,</p><p class="MsoNormal">Maren</p><table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0"><tr><td><p class="MsoNormal"><img width="80" src="cid:image001.png@01DB0000.00000000" alt="Logo"></p></td><td><p class="MsoNormal"><b>Maren Holt</b></p><p class="MsoNormal">Head Coach | Corri Insieme</p><p class="MsoNormal">M: +39 333 123 4567</p><p class="MsoNormal"><a href="https://corriinsieme.it">corriinsieme.it</a></p></td></tr></table><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>From:</b> Lena &lt;lena@example.net&gt;<br><b>Sent:</b> Tuesday, June 3, 2025 10:12 AM<br><b>To:</b> ask@example.org<br><b>Subject:</b> Taper</p></div>` + q + `</div>`,
			"Rest a week.\n\nBest regards,\nMaren"},
		{"gmail signature table under the name typed above it",
			`<div dir="ltr"><div>Rest a week.</div><div><br></div><div>Maren</div><div><br></div><table><tbody><tr><td><img src="https://corriinsieme.it/logo.png" width="60"></td><td><b>Maren Holt</b><br>Head Coach<br><a href="tel:+393331234567">+39 333 123 4567</a> | <a href="https://corriinsieme.it">corriinsieme.it</a></td></tr></tbody></table></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, Jun 3, 2025 at 10:12 AM Lena &lt;lena@example.net&gt; wrote:<br></div><blockquote class="gmail_quote">` + q + `</blockquote></div>`,
			"Rest a week.\n\nMaren"},
		{"yahoo android signature",
			`<div>Rest a week.</div><div><br></div><div id="ymail_android_signature"><a id="ymail_android_signature_link" href="https://go.onelink.me/107872968?pid=InProduct">Sent from Yahoo Mail on Android</a></div><div><br></div><div class="yahoo_quoted">On Tue, Jun 3, 2025 at 10:12, Lena<lena@example.net> wrote:` + q + `</div>`,
			"Rest a week."},
		{"outlook web",
			`<div dir="ltr"><div style="font-family:Aptos,sans-serif;font-size:12pt">Rest a week.</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>Von:</b> Lena &lt;lena@example.net&gt;<br><b>Gesendet:</b> Dienstag, 3. Juni 2025 10:12<br><b>An:</b> Helpline &lt;ask@example.org&gt;<br><b>Betreff:</b> Taper</font><div>&nbsp;</div></div>` + q + `</div>`,
			"Rest a week."},
		{"outlook mobile",
			`<div dir="auto">Rest a week.</div><div id="ms-outlook-mobile-signature" dir="auto"><div><br></div>Get <a href="https://aka.ms/AAb9ysg">Outlook for Android</a></div><div id="ms-outlook-mobile-body-separator-line" dir="auto"><hr style="display:inline-block;width:98%"></div><div class="ms-outlook-mobile-reference-message skipProofing"><div dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt"><b>From:</b> Lena &lt;lena@example.net&gt;<br><b>Sent:</b> Tuesday, June 3, 2025 10:12:45 AM<br><b>To:</b> ask@example.org<br><b>Subject:</b> Taper</font><div>&nbsp;</div></div>` + q + `</div>`,
			"Rest a week."},
		{"outlook mobile reference message alone",
			`<div dir="auto">Rest a week.</div><div class="ms-outlook-mobile-reference-message"><div>On Tue, Jun 3, 2025 at 10:12 AM +0200, "Lena" &lt;lena@example.net&gt; wrote:</div>` + q + `</div>`,
			"Rest a week."},
		{"ios mail with signature",
			`<html><body dir="auto"><div dir="ltr">Rest a week.</div><div dir="ltr"><br id="lineBreakAtBeginningOfSignature"><div dir="ltr">Von meinem iPhone gesendet</div><div dir="ltr"><br><blockquote type="cite">Am 03.06.2025 um 10:12 schrieb Lena &lt;lena@example.net&gt;:<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">` + q + `</div></blockquote></div></body></html>`,
			"Rest a week."},
		{"apple mail bottom-posted",
			`<html><body><div><br><blockquote type="cite"><div>On 3 Jun 2025, at 10:12, Lena &lt;lena@example.net&gt; wrote:</div><br><div>` + q + `</div></blockquote></div><br><div>Rest a week.</div></body></html>`,
			"Rest a week."},
		{"fastmail",
			`<div>Rest a week.</div><div><br></div><div id="sig48213"><div class="signature">--&nbsp;<br>Maren</div></div><div><br></div><div>On Tue, 3 Jun 2025, at 10:12, Lena wrote:</div><blockquote type="cite" id="qt" style="overflow-wrap:break-word;">` + q + `</blockquote><div><br></div>`,
			"Rest a week."},
		{"roundcube",
			`<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="font-size: 10pt"><p>Rest a week.</p><div id="signature"></div><p>Am 2025-06-03 10:12, schrieb Lena:</p><blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0"><!-- html ignored --><!-- head ignored --><!-- meta ignored -->` + q + `</blockquote></body></html>`,
			"Rest a week."},
		{"zimbra without markers",
			`<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000"><div>Rest a week.</div><div><br></div><hr id="zwchr"><div style="color:#000;font-weight:normal;font-style:normal;text-decoration:none;font-family:Helvetica,Arial,sans-serif;font-size:12pt;"><b>De: </b>"Lena" &lt;lena@example.net&gt;<br><b>À: </b>"Helpline" &lt;ask@example.org&gt;<br><b>Envoyé: </b>Mardi 3 Juin 2025 10:12:45<br><b>Objet: </b>Taper<br><div><br></div>` + q + `</div></div></body></html>`,
			"Rest a week."},
		{"zimbra original message",
			`<div>Rest a week.</div><div><br></div><div>----- Original Message -----</div><div>From: "Lena" &lt;lena@example.net&gt;</div><div>To: ask@example.org</div><div>Sent: Tuesday, June 3, 2025 10:12:45 AM</div><div>Subject: Taper</div><div><br></div>` + q,
			"Rest a week."},
		{"gmx",
			`<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>Rest a week.</div><div>&nbsp;</div><div name="quote" style="margin:10px 5px 5px 10px; padding: 10px 0 10px 10px; border-left:2px solid #C3D9E5; word-wrap: break-word; -webkit-nbsp-mode: space; -webkit-line-break: after-white-space;"><div style="margin:0 0 10px 0;"><b>Gesendet:</b>&nbsp;Dienstag, 03. Juni 2025 um 10:12 Uhr<br><b>Von:</b>&nbsp;"Lena" &lt;lena@example.net&gt;<br><b>An:</b>&nbsp;ask@example.org<br><b>Betreff:</b>&nbsp;Taper</div><div name="quoted-content">` + q + `</div></div></div></body></html>`,
			"Rest a week."},
		{"qq mail",
			`<div>Rest a week.</div><div><br></div><div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">------------------&nbsp;原始邮件&nbsp;------------------</div><div style="font-size: 12px;background:#efefef;padding:8px;"><div><b>发件人:</b>&nbsp;"Lena"&lt;lena@example.net&gt;;</div><div><b>发送时间:</b>&nbsp;2025年6月3日(星期二) 上午10:12</div><div><b>收件人:</b>&nbsp;"ask"&lt;ask@example.org&gt;;<wbr></div><div></div><div><b>主题:</b>&nbsp;Taper</div></div><div><br></div>` + q + `</div>`,
			"Rest a week."},
		{"netease mail master",
			`<div>Rest a week.</div><div class="J-reply ntes-mailmaster-quote" style="padding-top: 1px"><div style="margin:2em 0 1em">---- 回复的原邮件 ----</div><div style="margin-bottom:1em;font-size:12px"><table><tr><td>发件人</td><td>Lena &lt;lena@example.net&gt;</td></tr><tr><td>日期</td><td>2025年06月03日 10:12</td></tr></table></div>` + q + `</div>`,
			"Rest a week."},
		{"mail.ru",
			`<div>Rest a week.</div><div>&nbsp;</div><div>&nbsp;</div><div>Вторник, 3 июня 2025, 10:12 +03:00 от Lena &lt;<a href="mailto:lena@example.net">lena@example.net</a>&gt;:<br>&nbsp;<blockquote style="border-left:1px solid #0857A6; margin:10px; padding:0 0 0 10px;"><div id=""><div class="js-helper js-readmsg-msg"><div><div id="style_17489_BODY">` + q + `</div></div></div></div></blockquote>&nbsp;</div>`,
			"Rest a week."},
		{"yandex",
			`<div>Rest a week.</div><div>&nbsp;</div><div>--&nbsp;</div><div>Maren</div><div>&nbsp;</div><div>&nbsp;</div><div>03.06.2025, 10:12, "Lena" &lt;lena@example.net&gt;:</div><blockquote>` + q + `</blockquote>`,
			"Rest a week."},
		{"zoho",
			`<div style="font-family: Verdana, Arial;"><div>Rest a week.</div><div><br></div><div class="zmail_extra_hr" style="border-top: 1px solid rgb(204, 204, 204); height: 0px; margin-top: 10px; margin-bottom: 10px; line-height: 0px;"><br></div><div class="zmail_extra" data-zbluepencil-ignore="true"><div><br></div><div>---- On Tue, 03 Jun 2025 10:12:45 +0200 <b>Lena &lt;lena@example.net&gt;</b> wrote ---<br></div><div><br></div><blockquote style="border-left: 1px solid rgb(204, 204, 204); padding-left: 6px; margin: 0px 0px 0px 5px;">` + q + `</blockquote></div></div>`,
			"Rest a week."},
		{"evolution",
			`<html><body><div>Rest a week.</div><div><br></div><div>On Tue, 2025-06-03 at 10:12 +0200, Lena wrote:</div><blockquote type="cite" style="margin:0 0 0 .8ex; border-left:2px #729fcf solid;padding-left:1ex">` + q + `</blockquote><div><span><pre>-- <br></pre><div>Maren</div></span></div></body></html>`,
			"Rest a week."},
		{"mailspring",
			`<div>Rest a week.</div><br><div class="gmail_quote_attribution">On Jun 3 2025, at 10:12 am, Lena &lt;lena@example.net&gt; wrote:</div><blockquote>` + q + `</blockquote>`,
			"Rest a week."},
		{"airmail",
			`<div id="bloop_customfont" style="font-family:Helvetica,Arial;font-size:13px;">Rest a week.</div><br><div id="bloop_sign_1748941965" class="bloop_sign"><div>Maren</div></div><br><p class="airmail_on">On 3 June 2025 at 10:12:45, Lena (<a href="mailto:lena@example.net">lena@example.net</a>) wrote:</p><blockquote type="cite" class="clean_bq">` + q + `</blockquote>`,
			"Rest a week."},
		{"hey",
			`<div class="trix-content"><div>Rest a week.</div></div><br><div class="hey-quote"><div>On June 3, 2025, Lena &lt;lena@example.net&gt; wrote:</div><blockquote>` + q + `</blockquote></div>`,
			"Rest a week."},
		{"notes table header",
			`<font size=2 face="sans-serif">Rest a week.</font><br><br><br><table width="100%"><tr valign=top><td><font size=1 color=#5f5f5f face="sans-serif">From:</font></td><td><font size=1 face="sans-serif">Lena &lt;lena@example.net&gt;</font></td></tr><tr valign=top><td><font size=1 color=#5f5f5f face="sans-serif">To:</font></td><td><font size=1 face="sans-serif">ask@example.org</font></td></tr><tr valign=top><td><font size=1 color=#5f5f5f face="sans-serif">Date:</font></td><td><font size=1 face="sans-serif">06/03/2025 10:12 AM</font></td></tr><tr valign=top><td><font size=1 color=#5f5f5f face="sans-serif">Subject:</font></td><td><font size=1 face="sans-serif">Taper</font></td></tr></table><br><hr width="100%" size=2 align=left noshade><br>` + q,
			"Rest a week."},
		{"thunderbird bottom-posted with signature",
			`<html><body><div class="moz-cite-prefix">Le 03/06/2025 à 10:12, Lena a écrit&nbsp;:<br></div><blockquote type="cite" cite="mid:q1@example.net">` + q + `</blockquote><p>Rest a week.</p><pre class="moz-signature" cols="72">-- 
Maren</pre></body></html>`,
			"Rest a week."},
		{"protonmail localised",
			`<div style="font-family: Arial, sans-serif; font-size: 14px;">Rest a week.</div><div class="protonmail_signature_block protonmail_signature_block-empty"></div><div class="protonmail_quote">Le mardi 3 juin 2025 à 10:12, Lena &lt;lena@example.net&gt; a écrit&nbsp;:<br><blockquote class="protonmail_quote" type="cite">` + q + `</blockquote><br></div>`,
			"Rest a week."},
		{"outlook for mac, older",
			`<html><body><div>Rest a week.</div><div><br></div><span id="OLK_SRC_BODY_SECTION"><div style="font-family:Calibri; font-size:12pt; text-align:left; color:black; BORDER-BOTTOM: medium none; BORDER-LEFT: medium none; PADDING-BOTTOM: 0in; PADDING-LEFT: 0in; PADDING-RIGHT: 0in; BORDER-TOP: #b5c4df 1pt solid; BORDER-RIGHT: medium none; PADDING-TOP: 3pt"><span style="font-weight:bold">Von: </span> Lena &lt;<a href="mailto:lena@example.net">lena@example.net</a>&gt;<br><span style="font-weight:bold">Datum: </span> Dienstag, 3. Juni 2025 10:12<br><span style="font-weight:bold">An: </span> ask@example.org<br><span style="font-weight:bold">Betreff: </span> Pause<br></div><div><br></div>` + q + `</span></body></html>`,
			"Rest a week."},

		{"outlook desktop in a language of unknown header names",
			`<div class="WordSection1"><p class="MsoNormal">Atpūties nedēļu.</p><p class="MsoNormal">&nbsp;</p><div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>No:</b> Lena &lt;lena@example.net&gt;<br><b>Nosūtīts:</b> otrdiena, 2025. gada 3. jūnijs 10:12<br><b>Kam:</b> ask@example.org<br><b>Tēma:</b> Atpūta</p></div></div>` + q + `</div>`,
			"Atpūties nedēļu."},
		{"a bordered box of the owner's stays",
			`<div>Plan:</div><div style="border-top:solid #ccc 1px"><div>Mon: rest</div><div>Tue: 10:00 5 km</div><div>Wed: rest</div></div>`,
			"Plan:\nMon: rest\nTue: 10:00 5 km\nWed: rest"},

		// Answers between the quotes.
		{"thunderbird inline",
			`<p>Hi Lena,</p><div class="moz-cite-prefix">On 6/3/25 10:12 AM, Lena wrote:<br></div><blockquote type="cite">How long should I rest?</blockquote><p>A week.</p><blockquote type="cite">And then?</blockquote><p>Easy runs.</p><blockquote type="cite">Thanks!<br>Lena</blockquote><pre class="moz-signature">-- ` + "\n" + `Maren</pre>`,
			"Hi Lena,\n\n> How long should I rest?\n\nA week.\n\n> And then?\n\nEasy runs."},
		{"gmail inline",
			`<div dir="ltr">Answers inline.</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, Jun 3, 2025 at 10:12 AM Lena &lt;lena@example.net&gt; wrote:<br></div><blockquote class="gmail_quote">How long should I rest?</blockquote><div>A week.</div><blockquote class="gmail_quote">And then?</blockquote><div>Easy runs.</div></div>`,
			"Answers inline.\n\n> How long should I rest?\n\nA week.\n\n> And then?\n\nEasy runs."},
		{"roundcube inline",
			`<p>Answers below.</p><p>Am 2025-06-03 10:12, schrieb Lena:</p><blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">Wie lange?</blockquote><p>Eine Woche.</p><blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">Und dann?</blockquote><p>Locker.</p>`,
			"Answers below.\n\n> Wie lange?\n\nEine Woche.\n\n> Und dann?\n\nLocker."},
		{"ios inline with its footer",
			`<div>Answers below.</div><div><br><blockquote type="cite">On 3 Jun 2025, at 10:12, Lena &lt;lena@example.net&gt; wrote:<br><br></blockquote></div><blockquote type="cite"><div>How long?</div></blockquote><div>A week.</div><blockquote type="cite"><div>And then?</div></blockquote><div>Easy runs.</div><div><br><div dir="ltr">Sent from my iPhone</div></div>`,
			"Answers below.\n\n> How long?\n\nA week.\n\n> And then?\n\nEasy runs."},

		// Answers below the container of the history.
		{"below a gmail quote",
			`<div dir="ltr"><br></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, Jun 3, 2025 at 10:12 AM Lena &lt;lena@example.net&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex">` + q + `</blockquote></div><div>Rest a week.</div><div><br></div><div>Maren</div>`,
			"Rest a week.\n\nMaren"},
		{"below a yahoo quote",
			`<div class="yahoo_quoted">On Tuesday, June 3, 2025, 10:12 AM, Lena &lt;lena@example.net&gt; wrote:<blockquote>` + q + `</blockquote></div><div>Rest a week.</div>`,
			"Rest a week."},
		{"below outlook's history nothing is the owner's",
			`<div id="divRplyFwdMsg"><b>From:</b> Lena &lt;lena@example.net&gt;<br><b>Sent:</b> Tuesday<br><b>Subject:</b> Rest</div>` + q + `<div>Rest a week.</div>`,
			""},

		// Containers that mark the history whatever language it is in.
		{"outlook mobile in slovenian",
			`<div dir="auto">Počivaj en teden.</div><div class="ms-outlook-mobile-reference-message"><div><b>Od:</b> Lena<br><b>Poslano:</b> torek, 3. junij 2025 10:12<br><b>Za:</b> Helpline<br><b>Zadeva:</b> Počitek</div>` + q + `</div>`,
			"Počivaj en teden."},
		{"web.de in slovenian",
			`<div>Počivaj en teden.</div><div name="quote"><div><b>Poslano:</b> torek, 3. junij 2025 10:12<br><b>Od:</b> Lena</div><div name="quoted-content">` + q + `</div></div>`,
			"Počivaj en teden."},
		{"zoho in slovenian",
			`<div>Počivaj en teden.</div><div class="zmail_extra"><div>---- Lena je 3. jun. 2025 10:12 napisala ----</div><blockquote>` + q + `</blockquote></div>`,
			"Počivaj en teden."},
		{"naver",
			`<div>Rest a week.</div><br><br>-----Original Message-----<br><b>From:</b> "Lena"&lt;lena@example.net&gt;<br><b>To:</b> "ask"&lt;ask@example.org&gt;;<br><b>Cc:</b><br><b>Sent:</b> 2025-06-03 (화) 10:12:45 (GMT+09:00)<br><b>Subject:</b> Taper<br><br>` + q,
			"Rest a week."},
		{"gmail, a greeting over the quote and the answer under its container",
			`<div dir="ltr">Hi Lena,<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, 3 Jun 2025 at 10:12, Lena &lt;<a href="mailto:lena@example.net">lena@example.net</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">` + q + `</blockquote></div><div><br></div><div>Rest a week.</div></div>`,
			"Hi Lena,\n\nRest a week."},
		{"outlook for mac, the sender's field left over the history's container",
			`<div>Rest a week.</div><div><br></div><div>Maren</div><div><br></div><pre><span style="font-weight: bold;">From: </span><span> Lena &lt;</span><a href="mailto:lena@example.net">lena@example.net</a>&gt;</pre><span id="OLK_SRC_BODY_SECTION"><div style="BORDER-TOP: #b5c4df 1pt solid"><span style="font-weight:bold">Date: </span>Tuesday, 3 June 2025 10:12<br><span style="font-weight:bold">To: </span>ask@example.org<br><span style="font-weight:bold">Subject: </span>Rest</div>` + q + `</span>`,
			"Rest a week.\n\nMaren"},
		{"a sender's field the owner typed at the end stays",
			`<div>Forward it with this line on top:</div><div>From: Maren &lt;maren@example.org&gt;</div>`,
			"Forward it with this line on top:\nFrom: Maren <maren@example.org>"},
		{"thunderbird, a greeting over answers between quotes",
			`<p>Hi Lena,</p><div class="moz-cite-prefix">On 03/06/2025 10:12, Lena wrote:<br></div><blockquote type="cite"><p>How long should I rest?</p></blockquote><p>A week.</p><blockquote type="cite"><p>And then?</p></blockquote><p>Easy runs.</p>`,
			"Hi Lena,\n\n> How long should I rest?\n\nA week.\n\n> And then?\n\nEasy runs."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TrimHTMLReply(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTrimHTMLReplyOutlookBlocks writes each localised header block as
// Outlook desktop does, in a div with a border on top, and as Outlook on
// the web does, after a rule with no marker around it.
func TestTrimHTMLReplyOutlookBlocks(t *testing.T) {
	const q = `<p class="MsoNormal">Hi, how long should I rest?</p>`
	for _, b := range headerBlocks {
		answer := answerIn(t, b.lang)
		var lines []string
		for _, l := range strings.Split(b.block, "\n") {
			c := strings.IndexAny(l, ":：")
			if c < 0 {
				lines = append(lines, html.EscapeString(l)) // a wrapped address list
				continue
			}
			_, size := firstRuneSize(l[c:])
			name, value := l[:c+size], strings.TrimSpace(l[c+size:])
			lines = append(lines, "<b>"+html.EscapeString(name)+"</b> "+html.EscapeString(value))
		}
		block := strings.Join(lines, "<br>")
		shapes := []struct{ name, in string }{
			{"desktop", `<div class="WordSection1"><p class="MsoNormal">` + answer + `</p><p class="MsoNormal">&nbsp;</p>` +
				`<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">` + block + `</p></div></div><p class="MsoNormal">&nbsp;</p>` + q + `</div>`},
			{"rule", `<div>` + answer + `</div><div><br></div><hr><div>` + block + `</div><div><br></div>` + q},
		}
		for _, s := range shapes {
			t.Run(b.client+"/"+b.lang+"/"+s.name, func(t *testing.T) {
				if got := TrimHTMLReply(s.in); got != answer {
					t.Errorf("got %q, want %q", got, answer)
				}
			})
		}
	}
}

// TestTrimHTMLReplyOutlookSeparatorSender covers Outlook's reply separator
// holding the sender alone, its style written with any spacing, and the
// boxes an owner draws that must stay.
func TestTrimHTMLReplyOutlookSeparatorSender(t *testing.T) {
	const q = `<p class="MsoNormal">Hi, how long should I rest?</p>`
	box := func(style, inner string) string {
		return `<div class="WordSection1"><p class="MsoNormal">Rest a week.</p><div style="` + style + `"><p class="MsoNormal">` + inner + `</p></div>` + q + `</div>`
	}
	const sender = `<b>From:</b> Lena Berg`
	tests := []struct{ name, in, want string }{
		{"sender alone", box("border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in", sender), "Rest a week."},
		{"sender alone, padding in points", box("border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0pt 0pt 0pt", sender), "Rest a week."},
		{"sender alone, spaces around every colon", box("border : none ; border-top : solid #B5C4DF 1.0pt ; padding : 3.0pt 0cm 0cm 0cm", sender), "Rest a week."},
		{"sender alone, tabs in the style", box("border:none;\tborder-top:\tsolid #B5C4DF 1.0pt;padding:3.0pt 0in 0in 0in", sender), "Rest a week."},
		{"owner's box with a plain top rule stays", box("border-top:solid #ccc 1px", sender),
			"Rest a week.\nFrom: Lena Berg\nHi, how long should I rest?"},
		{"separator style opening with a plan stays", box("border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in", `<b>Plan:</b> Monday rest`),
			"Rest a week.\nPlan: Monday rest\nHi, how long should I rest?"},
		{"separator style opening with a sentence stays", box("border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in", `From the start, keep every run slow and easy.`),
			"Rest a week.\nFrom the start, keep every run slow and easy.\nHi, how long should I rest?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TrimHTMLReply(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTrimHTMLReplyZohoQuoteMark covers the empty div Zoho writes where the
// history begins: history unquoted after it goes, answers typed between
// quoted parts after it stay, and a title that only resembles it is text.
func TestTrimHTMLReplyZohoQuoteMark(t *testing.T) {
	const mark = `<div title="beforequote:::"></div>`
	tests := []struct{ name, in, want string }{
		{"unquoted history after the mark",
			`<div>Rest a week.</div><div>Maren</div>` + mark + `<div>Lena asked on Tuesday:</div><div>how long should I rest?</div>`,
			"Rest a week.\nMaren"},
		{"rule line the client puts above the mark",
			`<div>Rest a week.</div><div>---</div><div title="beforequote:::">Lena, Tuesday</div><div>how long should I rest?</div>`,
			"Rest a week."},
		{"attribution in a language of its own above the mark",
			`<div>Rest a week.</div><div>---- Tuesday, Lena &lt;lena@example.net&gt; scrisse ----</div>` + mark + `<div>how long should I rest?</div>`,
			"Rest a week."},
		{"answers between quoted parts stay",
			`<div>See below.</div>` + mark + `<div><blockquote><div>How long should I rest?</div></blockquote></div><div>A week.</div><div><blockquote><div>And then?</div></blockquote></div><div>Easy runs.</div>`,
			"See below.\n\n> How long should I rest?\n\nA week.\n\n> And then?\n\nEasy runs."},
		{"other titles are the owner's",
			`<div>Rest a week.</div><div title="before the quote">Then run easy for three days.</div>`,
			"Rest a week.\nThen run easy for three days."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TrimHTMLReply(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTrimHTMLReplyIOSSignature runs iOS Mail's replies: its signature
// starts after a <br id="lineBreakAtBeginningOfSignature"> and runs in the
// divs after it, above the quote, whether the owner typed above the
// signature or under the quote.
func TestTrimHTMLReplyIOSSignature(t *testing.T) {
	const (
		mark  = `<br id="lineBreakAtBeginningOfSignature">`
		quote = `<div dir="ltr"><br><blockquote type="cite">On 3 May 2026, at 08:12, Lena Berg &lt;lena@example.org&gt; wrote:<br><br></blockquote></div>` +
			`<blockquote type="cite"><div dir="ltr">My knee hurts after long runs.</div></blockquote>`
		sig = `<div dir="ltr">Maren Holt<div>Running coach</div><div>Sent from my iPhone</div></div>`
	)
	tests := []struct{ name, in, want string }{
		{"signature in a sibling div after the answer's",
			`<div dir="ltr">Rest two days.</div><div dir="ltr"><br></div><div dir="ltr">Then run easy.</div>` + mark + sig + quote,
			"Rest two days.\n\nThen run easy."},
		{"signature in the div of its mark",
			`Rest two days.&nbsp;<div>` + mark + sig + `</div>` + quote, "Rest two days."},
		{"sign-off before the mark stays",
			`<div>Rest two days.</div><div><br></div><div>Best&nbsp;` + mark + sig + `</div>` + quote, "Rest two days.\n\nBest"},
		{"typed under the quote",
			mark + sig + quote + `<div dir="ltr">Rest two days.</div>`, "Rest two days."},
		{"typed under the quote after an empty line",
			`<div>` + mark + sig + `</div>` + quote + `<div dir="ltr"><br></div><div dir="ltr">Rest two days.</div>`, "Rest two days."},
		{"typed above and under the quote",
			`<div dir="ltr">Rest two days.</div>` + mark + sig + quote + `<div dir="ltr">And ice it.</div>`,
			"Rest two days.\n\n> My knee hurts after long runs.\n\nAnd ice it."},
		// A verse the owner keeps in the signature is no quote: the
		// signature runs on past it to the cited one.
		{"signature holding a verse in a blockquote",
			`<div dir="ltr">Rest two days.</div>` + mark + `<div dir="ltr">Maren Holt, 0151 2233</div>` +
				`<div dir="ltr"><blockquote>Slow is smooth.</blockquote></div>` + quote,
			"Rest two days."},
		{"verse inside the signature's div",
			`<div dir="ltr">Rest two days.</div>` + mark + `<div dir="ltr">Maren Holt<blockquote style="margin:0">Slow is smooth.</blockquote>Mobile 0151 2233</div>` + quote,
			"Rest two days."},
		// With no mark, a last div of text is the answer's.
		{"last div of content",
			`<div dir="ltr">Rest two days.</div><div dir="ltr"><br></div><div dir="ltr">Then three short runs a week, no hills.</div>` + quote,
			"Rest two days.\n\nThen three short runs a week, no hills."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := `<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">` + tt.in + `</body></html>`
			if got := TrimHTMLReply(in); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
