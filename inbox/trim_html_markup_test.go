package inbox

import "testing"

// TestTrimHTMLReplyMarkupEdges covers client markup whose marker of the
// history or the signature says less than it seems: an empty marker with
// the owner's text under it, a separator drawn with Unicode hyphens, and
// a signature id copied onto the lines typed inside it, and a signature
// marked with its own element or with "-- " before it.
func TestTrimHTMLReplyMarkupEdges(t *testing.T) {
	const q = `<div>Hi, how long should I rest?</div><div><br></div><div>Lena</div>`
	const outlookHeader = `<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt"><b>From:</b> Lena &lt;lena@example.net&gt;<br><b>Sent:</b> Tuesday, June 3, 2025 10:12 AM<br><b>To:</b> ask@example.org<br><b>Subject:</b> Taper</font><div>&nbsp;</div></div>`
	tests := []struct{ name, in, want string }{
		{"outlook web, text pasted under the empty marker",
			`<div>Rest a week.</div><div id="appendonsend"></div><div><b>Easy runs only</b><div><i>no intervals</i></div><br></div>` + outlookHeader + q,
			"Rest a week.\nEasy runs only\nno intervals"},
		{"outlook web, the marker holds the history",
			`<div>Rest a week.</div><div id="appendonsend"><div>Lena wrote on Tuesday:</div>` + q + `</div>`,
			"Rest a week."},
		{"outlook web, marker straight before the header",
			`<div>Rest a week.</div><div id="x_appendonsend"></div>` + outlookHeader + q,
			"Rest a week."},
		{"proton flat layout, rule drawn with hyphen characters",
			`<div>Rest a week.<br></div><div><br></div><div class="protonmail_signature_block"><div class="protonmail_signature_block-proton">Sent with <a href="https://proton.me">Proton Mail</a> secure email.</div></div><div><br></div><div>‐‐‐‐‐‐‐ Original Message ‐‐‐‐‐‐‐<br></div><div>On Tuesday, June 3rd, 2025 at 10:12, Lena &lt;lena@example.net&gt; wrote:<br></div><div><br></div><blockquote class="protonmail_quote" type="cite">` + q + `</blockquote>`,
			"Rest a week."},
		{"ios lines typed inside the signature",
			`<div>Rest a week.</div><div id="AppleMailSignature"><br></div><div id="AppleMailSignature">Ice after each run.<br><br>Sent from my iPhone</div><div><br>On 3 Jun 2025, at 10:12, Lena &lt;lena@example.net&gt; wrote:<br><br></div><blockquote type="cite">` + q + `</blockquote>`,
			"Rest a week.\n\nIce after each run."},
		{"yahoo android, its signature id on every line typed",
			`<div id="ymail_android_signature">Hi Lena,</div><div id="ymail_android_signature">Rest a week, then two easy runs.</div><div id="ymail_android_signature"><br></div><div id="ymail_android_signature">Maren</div>`,
			"Hi Lena,\nRest a week, then two easy runs.\n\nMaren"},
		{"yahoo android, its footer of its own stays out",
			`Hi Lena,<div id="yMail_cursorElementTracker_1">Rest a week.<br><br><div id="ymail_android_signature"><a id="ymail_android_signature_link" href="https://go.onelink.me/107872968">Sent from Yahoo Mail on Android</a></div></div>`,
			"Hi Lena,\nRest a week."},
		{"a signature that repeats its id on each of its lines stays out",
			`<div>Rest a week.</div><p id="signature">Maren Holt</p><p id="signature">Head Coach</p><p id="signature">Riverside Running Club</p>`,
			"Rest a week."},
		{"an outlook signature in two parts of the same id stays out",
			`<div>Rest a week.</div><div id="Signature">Maren Holt</div><div id="Signature">Head Coach, Riverside Running Club<br>+49 30 1234567</div>`,
			"Rest a week."},
		{"two signatures of different ids stay out",
			`<div>Rest a week.</div><div id="Signature">Maren Holt</div><div id="ms-outlook-mobile-signature">Get Outlook for Android</div>`,
			"Rest a week."},
		{"ios signature of its own stays out",
			`<div>Rest a week.</div><div id="AppleMailSignature">Maren Holt<br>Head Coach</div><div><br>On 3 Jun 2025, at 10:12, Lena &lt;lena@example.net&gt; wrote:<br><br></div><blockquote type="cite">` + q + `</blockquote>`,
			"Rest a week."},
		{"a table the owner typed beside an empty marker",
			`<div>Plan:</div><table><tr><td>Mon</td><td>rest</td></tr><tr><td>Tue</td><td>5 km easy</td></tr></table><div id="appendonsend"></div>` + outlookHeader + q,
			"Plan:\n\nMon | rest\nTue | 5 km easy"},
		{"the owner's own blockquote of a source stays",
			`<div>As the guide puts it:</div><blockquote cite="https://example.org/taper">Cut volume, keep intensity.</blockquote><div>So rest a week.</div><div id="appendonsend"></div>` + outlookHeader + q,
			"As the guide puts it:\nCut volume, keep intensity.\nSo rest a week."},
		{"mailspring signature element",
			`<div>Rest a week.</div><br><signature>Maren Holt<br>Head Coach</signature><div class="gmail_quote"><br>On Jun 3 2025, at 10:12 am, Lena &lt;lena@example.net&gt; wrote:<br><blockquote class="gmail_quote">` + q + `</blockquote></div>`,
			"Rest a week."},
		{"an element named like a signature only in its text stays",
			`<div>Rest a week.</div><div>signature</div><div>Sign the waiver at the start.</div>`,
			"Rest a week.\nsignature\nSign the waiver at the start."},
		{"text typed under a marked signature and its dashes",
			`<div>Rest a week.</div><br>-- <br><div class="gmail_signature">Maren Holt<br>Head Coach</div><div>PS: ice after each run.</div>`,
			"Rest a week.\n\nPS: ice after each run."},
		{"dashes in an element of their own before a marked signature",
			`<div>Rest a week.</div><div>--&nbsp;</div><div class="gmail_signature">Maren Holt</div><div>PS: ice after each run.</div>`,
			"Rest a week.\nPS: ice after each run."},
		{"dashes with a line between them and the marked signature stay a signature",
			`<div>Rest a week.</div>-- <br>Maren<br><div class="gmail_signature">Head Coach</div><div>Club phone 555 0101</div>`,
			"Rest a week."},
		{"dashes with no marked signature after them stay a signature",
			`<div>Rest a week.</div><div>-- </div><div>Maren Holt</div><div>Head Coach</div>`,
			"Rest a week."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TrimHTMLReply(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestHTMLToTextHyphenRules checks that only a run of hyphen characters
// is redrawn with '-': a hyphen the owner typed inside a word stays.
func TestHTMLToTextInvisible(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"joiner in an emoji", "<div>You did it! \U0001f3c3\u200d\u2640\ufe0f</div>", "You did it! \U0001f3c3\u200d\u2640\ufe0f"},
		{"joiner after a skin tone", "<div>\U0001f3c3\U0001f3fd\u200d\u2642\ufe0f</div>", "\U0001f3c3\U0001f3fd\u200d\u2642\ufe0f"},
		{"joiner between letters", "<div>Se\u200dnt from my iPhone</div>", "Sent from my iPhone"},
		{"joiner after an emoji before a letter", "<div>\U0001f3c3\u200dgo</div>", "\U0001f3c3go"},
		{"zero-width space", "<div>wr\u200bote</div>", "wrote"},
		{"non-joiner in a Persian word", "<div>\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645</div>", "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"},
		{"joiner after a Devanagari virama", "<div>\u0915\u094d\u200d\u0937</div>", "\u0915\u094d\u200d\u0937"},
		{"joiner ending a Malayalam chillu before a space", "<div>\u0d28\u0d4d\u200d \u0d05</div>", "\u0d28\u0d4d\u200d \u0d05"},
		{"non-joiner between Latin letters", "<div>wr\u200cote</div>", "wrote"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := HTMLToText(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestHTMLToTextHyphenRules(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"rule", `<div>‐‐‐‐ Original Message ‐‐‐‐</div>`, "---- Original Message ----"},
		{"non-breaking hyphens", `<div>‑‑‑</div>`, "---"},
		{"word", `<div>a well‐known route, ‐‐ two</div>`, "a well‐known route, ‐‐ two"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := HTMLToText(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTrimHTMLReplyHeadedContainers covers the containers Spark, Proton
// Mail, Freshdesk and Yahoo put the history in, known by their own names:
// cut whole under the owner's text, whatever they hold over the quote,
// and kept where the owner answered inside them or typed nothing before.
func TestTrimHTMLReplyHeadedContainers(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"spark section holding the original without a quote",
			`<div name="messageBodySection"><div dir="auto">Rest two days.</div></div><div name="messageReplySection"><div>My calf hurts since Sunday.</div></div>`,
			"Rest two days."},
		{"spark section with its attribution and quote",
			`<div name="messageBodySection"><div dir="auto">Rest two days.</div></div><div name="messageReplySection">On 4 Mar 2025 at 09:12 +0100, Lena &lt;lena@example.net&gt;, wrote:<br /><blockquote type="cite"><div>My calf hurts.</div></blockquote></div>`,
			"Rest two days."},
		{"spark section answered between the quote's parts stays",
			`<div name="messageBodySection"><div dir="auto">See below.</div></div><div name="messageReplySection">On 4 Mar 2025 at 09:12 +0100, Lena &lt;lena@example.net&gt;, wrote:<br /><blockquote type="cite"><div>Rest days?</div></blockquote><div>Two a week.</div><blockquote type="cite"><div>Long run?</div></blockquote><div>Under two hours.</div></div>`,
			"See below.\n\n> Rest days?\n\nTwo a week.\n\n> Long run?\n\nUnder two hours."},
		{"proton container with the original written unquoted",
			`<div>Run by feel this week.</div><div class="protonmail_quote">------- Original Message -------<br>On Monday, March 3rd, 2025 at 18:40, Lena &lt;lena@example.net&gt; wrote:<br><br>Plan or watch?</div>`,
			"Run by feel this week."},
		{"proton container the owner typed in with nothing before it stays",
			`<div class="protonmail_quote">Run by feel this week.<br><blockquote class="protonmail_quote" type="cite">Plan or watch?</blockquote></div>`,
			"Run by feel this week."},
		{"proton container answered under it keeps the answer",
			`<div>Hi Lena,</div><div class="protonmail_quote">On Monday, March 3rd, 2025 at 18:40, Lena &lt;lena@example.net&gt; wrote:<br><blockquote class="protonmail_quote" type="cite">Plan or watch?</blockquote><br></div><div>Run by feel this week.</div>`,
			"Hi Lena,\nRun by feel this week."},
		{"proton container answered between quotes wrapped in a div keeps the answers",
			`<div>Hi Lena, answers below.</div><div class="protonmail_quote">On Monday, March 3rd, 2025 at 18:40, Lena &lt;lena@example.net&gt; wrote:<br><div><blockquote class="protonmail_quote" type="cite">How many rest days?</blockquote><div>Two a week.</div><blockquote class="protonmail_quote" type="cite">How long a long run?</blockquote><div>Under two hours.</div></div></div>`,
			"Hi Lena, answers below.\n\n> How many rest days?\n\nTwo a week.\n\n> How long a long run?\n\nUnder two hours."},
		{"spark section answered under a quote wrapped in a div keeps the answer",
			`<div name="messageBodySection"><div dir="auto">See below.</div></div><div name="messageReplySection">On 4 Mar 2025 at 09:12 +0100, Lena &lt;lena@example.net&gt;, wrote:<br /><div><blockquote type="cite"><div>Rest days?</div></blockquote><div>Two a week.</div></div></div>`,
			"See below.\n\n> Rest days?\n\nTwo a week."},
		{"proton container the owner typed in over its attribution, under a greeting, stays",
			`<div>Hi Lena,</div><div class="protonmail_quote">Run by feel this week and skip the intervals.<br><br>On Monday, March 3rd, 2025 at 18:40, Lena &lt;lena@example.net&gt; wrote:<br><blockquote class="protonmail_quote" type="cite">Plan or watch?</blockquote></div>`,
			"Hi Lena,\nRun by feel this week and skip the intervals."},
		{"freshdesk container",
			`<div><p>The shoes are back in stock.</p></div><div class="freshdesk_quote"><blockquote class="freshdesk_quote">On Thu, 14 Oct at 8:13 PM <span class="separator"></span>, Lena &lt;lena@example.net&gt; wrote:<div>Size 44?</div></blockquote></div>`,
			"The shoes are back in stock."},
		{"yahoo container known by its id",
			`<div>Drop the speed session.</div><div class="ydp-yahoo_quoted" id="yahoo_quoted">I'm sore after the intervals.</div>`,
			"Drop the speed session."},
		{"a yahoo container holding the whole message, unheaded, stays",
			`<div class="yahoo_quoted" id="yahoo_quoted_0033794750"><div>Drop the speed session.</div><div>Two easy runs instead?</div></div>`,
			"Drop the speed session.\nTwo easy runs instead?"},
		{"a yahoo container holding a dated attribution alone goes",
			`<div class="yahoo_quoted" id="yahoo_quoted_0033794750"><div>Am Dienstag, 4. Juni 2025, 17:41:43 MESZ hat Lena Berg &lt;lena@example.net&gt; Folgendes geschrieben:</div><div>Wie lange?</div></div>`,
			""},
		{"a yahoo container holding a forward alone goes",
			`<div class="yahoo_quoted"><div>----- Forwarded Message -----</div><div>From: Lena Berg &lt;lena@example.net&gt;</div><div>How long?</div></div>`,
			""},
		{"a yahoo class on another element stays",
			`<div>Drop the speed session.</div><div class="ydp-yahoo_quoted" id="plan">Two easy runs instead.</div>`,
			"Drop the speed session.\nTwo easy runs instead."},
		{"a div the owner named history stays",
			`<div>Here is your plan:</div><div class="history">Week 1: three runs.</div><div>Tell me how it feels.</div>`,
			"Here is your plan:\nWeek 1: three runs.\nTell me how it feels."},
		{"a div the owner named quote stays",
			`<div>On pacing:</div><div class="quote">Start slower than you think.</div>`,
			"On pacing:\nStart slower than you think."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TrimHTMLReply(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTrimHTMLReplyHistoryInsideQuote covers a client's marker of history
// inside a quote the owner answered under: the quoted mail's own history,
// written by the reader's client, says nothing of where the owner's reply
// ends.
func TestTrimHTMLReplyHistoryInsideQuote(t *testing.T) {
	const attribution = `<div>On 3 Jun 2025, at 10:12, Lena &lt;lena@example.net&gt; wrote:</div><br>`
	tests := []struct{ name, in, want string }{
		{"gmail reader's history inside an apple mail quote",
			`<div>See below.</div><blockquote type="cite">` + attribution + `<div dir="ltr">Is the race still on?</div><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Sun, Jun 1, 2025 at 9:00 AM Maren &lt;ask@example.org&gt; wrote:<br></div><blockquote class="gmail_quote">Race is Sunday.</blockquote></div></blockquote><div>Still on, start at 9.</div>`,
			"See below.\n\n> Is the race still on?\n\nStill on, start at 9."},
		{"yahoo reader's history inside an apple mail quote",
			`<div>See below.</div><blockquote type="cite">` + attribution + `<div>Is the race still on?</div><div id="yahoo_quoted_5521" class="yahoo_quoted"><div>On Sunday, June 1, 2025, Maren &lt;ask@example.org&gt; wrote:</div><blockquote>Race is Sunday.</blockquote></div></blockquote><div>Still on, start at 9.</div>`,
			"See below.\n\n> Is the race still on?\n\nStill on, start at 9."},
		{"outlook reader's header block inside a thunderbird quote",
			`<div class="moz-cite-prefix">On 03/06/2025 10:12, Lena wrote:</div><blockquote type="cite"><div>Is the race still on?</div><div id="divRplyFwdMsg"><b>From:</b> Maren &lt;ask@example.org&gt;<br><b>Sent:</b> Sunday, June 1, 2025 9:00 AM<br><b>Subject:</b> Race</div><div>Race is Sunday.</div></blockquote><p>Still on, start at 9.</p>`,
			"Still on, start at 9."},
		{"the history of the reply itself still goes",
			`<div>Still on, start at 9.</div><div class="gmail_quote"><div class="gmail_attr">On Tue, Jun 3, 2025 at 10:12 AM Lena &lt;lena@example.net&gt; wrote:</div><blockquote class="gmail_quote"><div>Is the race still on?</div></blockquote></div>`,
			"Still on, start at 9."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TrimHTMLReply(tt.in); got != tt.want {
				t.Errorf("TrimHTMLReply:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestTrimHTMLReplyEditorIndent covers the blockquote a browser's editor
// writes when the owner indents a paragraph ("Indent more" in Gmail, Apple
// Mail and other webmail): it is the owner's text, not a quote, while a
// client's quote, drawn with a bar down its side or marked as cited, is
// still the history.
func TestTrimHTMLReplyEditorIndent(t *testing.T) {
	const indent = `<blockquote style="margin:0 0 0 40px;border:none;padding:0px">`
	const gmailQuote = `<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, Jun 3, 2025 at 10:12 AM Lena &lt;lena@example.net&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Any tips for race week?</blockquote></div>`
	tests := []struct{ name, in, want string }{
		{"an indented list at the end of the answer",
			`<div dir="ltr"><div>Three things for race week:</div>` + indent + `<div>1. Sleep eight hours.</div><div>2. Eat carbs the night before.</div></blockquote></div><br>` + gmailQuote,
			"Three things for race week:\n1. Sleep eight hours.\n2. Eat carbs the night before."},
		{"an indented paragraph between the owner's lines",
			`<div dir="ltr"><div>As the guide says:</div>` + indent + `<div>Cut volume, keep intensity.</div></blockquote><div>Good luck!</div></div><br>` + gmailQuote,
			"As the guide says:\nCut volume, keep intensity.\nGood luck!"},
		{"the whole reply indented, history and all",
			indent + `<div dir="ltr">Sleep eight hours.</div><br>` + gmailQuote + `</blockquote>`,
			"Sleep eight hours."},
		{"apple mail's indent, written with spaces",
			`<div>Three things:</div><blockquote style="margin: 0 0 0 40px; border: none; padding: 0px;"><div>Sleep eight hours.</div></blockquote>`,
			"Three things:\nSleep eight hours."},
		{"a quote drawn with a bar down its side is still the history",
			`<div>Sleep eight hours.</div><blockquote style="border-left:1px solid #ccc;margin:0 0 0 40px;padding-left:1ex"><div>Any tips for race week?</div></blockquote>`,
			"Sleep eight hours."},
		{"an indent inside the quoted mail stays with the quote",
			`<div>Sleep eight hours.</div><div><br>On 3 Jun 2025, at 10:12, Lena &lt;lena@example.net&gt; wrote:<br><br></div><blockquote type="cite"><div>Any tips?</div>` + indent + `<div>I run on Sunday.</div></blockquote></blockquote>`,
			"Sleep eight hours."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TrimHTMLReply(tt.in); got != tt.want {
				t.Errorf("TrimHTMLReply:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}
