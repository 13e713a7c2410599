package inbox

import "testing"

// TestTrimHTMLReplyWebmailBelowQuote covers webmail that can start the
// reply under the quote: the attribution and the quote go, every word
// typed under them stays.
func TestTrimHTMLReplyWebmailBelowQuote(t *testing.T) {
	const intro = `<p id="reply-intro">On 2026-03-02 18:40, Tomas wrote:</p>`
	const cite = `<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0"><div class="pre" style="margin: 0; padding: 0; font-family: monospace">`
	tests := []struct{ name, in, want string }{
		{"roundcube, answer under the whole quote",
			intro + cite + `Is a heart rate of 160 too high on a recovery jog?<br>I am 41.</div></blockquote><p>Yes, keep it under 140 for now.</p><p>Slow down on the hills as well.</p><div id="_rc_sig">-- <br>Ines Moreau</div>`,
			"Yes, keep it under 140 for now.\n\nSlow down on the hills as well."},
		{"roundcube, answers between the parts of the quote",
			intro + cite + `Is a heart rate of 160 too high on a recovery jog?</div></blockquote><p>Yes, keep it under 140 for now.</p>` + cite + `I am 41.</div></blockquote><p>Age changes little here.</p>`,
			"> Is a heart rate of 160 too high on a recovery jog?\n\nYes, keep it under 140 for now.\n\n> I am 41.\n\nAge changes little here."},
		{"roundcube, answer over the quote",
			`<p>Yes, keep it under 140 for now.</p><div id="_rc_sig">-- <br>Ines Moreau</div>` + intro + cite + `Is a heart rate of 160 too high on a recovery jog?</div></blockquote>`,
			"Yes, keep it under 140 for now."},
		{"roundcube, answer over the quote, a footer the server adds under the quote",
			`<p>Yes, keep it under 140 for now.</p>` + "\n<br>" + intro + "\n" + cite + `Is a heart rate of 160 too high on a recovery jog?</div></blockquote>` + "\n" + `<div>Riverside University webmail: please think of the environment before printing this mail.</div>`,
			"Yes, keep it under 140 for now."},
		{"roundcube, a greeting over the quote and answers between its parts",
			`<p>Hi Tomas, answers below.</p>` + intro + cite + `Is a heart rate of 160 too high on a recovery jog?</div></blockquote><p>Yes, keep it under 140 for now.</p>` + cite + `I am 41.</div></blockquote><p>Age changes little here.</p>`,
			"Hi Tomas, answers below.\n\n> Is a heart rate of 160 too high on a recovery jog?\n\nYes, keep it under 140 for now.\n\n> I am 41.\n\nAge changes little here."},
		{"the intro over history that is not quoted still ends the answer",
			`<p>Yes, keep it under 140 for now.</p>` + intro + `<div>Is a heart rate of 160 too high on a recovery jog?</div>`,
			"Yes, keep it under 140 for now."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TrimHTMLReply(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTrimHTMLReplyDesktopSignatures covers desktop clients that mark the
// signature under the answer in their own way: Foxmail with a short rule
// over it, Mailbird with its own class.
func TestTrimHTMLReplyDesktopSignatures(t *testing.T) {
	const foxQuote = `<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit"><div>&nbsp;</div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px"><div><b>From:</b>&nbsp;<a href="mailto:wei@example.net">Wei</a></div><div><b>Date:</b>&nbsp;2026-03-02&nbsp;18:40</div><div><b>To:</b>&nbsp;<a href="mailto:coach@example.org">coach</a></div><div><b>Subject:</b>&nbsp;Cadence</div></div></div><div>Should I aim for 180 steps a minute?</div></blockquote>`
	tests := []struct{ name, in, want string }{
		{"foxmail, the account's address under its rule",
			`<div>No need to chase a number.</div><div>Shorten your stride a little and it rises by itself.</div><div><br></div><hr id="FMSigSeperator" style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left"><div><span id="_FoxFROMNAME"><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt"><div>coach@example.org</div></div></span></div>` + foxQuote,
			"No need to chase a number.\nShorten your stride a little and it rises by itself."},
		{"older foxmail, a name and a club under a rule without its id",
			`<div>No need to chase a number.</div><div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left"><div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt"><div>Li Na</div><div>Harbour Road Runners</div></div></span></div>` + foxQuote,
			"No need to chase a number."},
		{"a rule of the owner's own keeps what follows it",
			`<div>No need to chase a number.</div><hr style="width: 100%; height: 1px;" color="#cccccc"><div>Drill for next week: 4 x 20 s quick feet.</div>` + foxQuote,
			"No need to chase a number.\n\nDrill for next week: 4 x 20 s quick feet."},
		{"mailbird",
			`<div id="__MailbirdStyleContent" style="font-size: 10pt;font-family: Arial;color: #000000;text-align: left" dir="ltr">No need to chase a number.<div><br></div><div class="mb_sig"><div>Li Na</div><div>Harbour Road Runners</div></div><blockquote class="history_container" type="cite" style="border-left-style:solid;border-width:1px; margin-top:20px; margin-left:0px;padding-left:10px;"><p style="color: #AAAAAA; margin-top: 10px;">On 3/2/2026 6:40:12 PM, Wei &lt;wei@example.net&gt; wrote:</p><div>Should I aim for 180 steps a minute?</div></blockquote></div>`,
			"No need to chase a number."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TrimHTMLReply(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTrimHTMLReplyHeaderOverCitedQuote covers eM Client's header block
// written straight over the cited quote, with the owner's answer under
// the quote, over it, or between its parts.
func TestTrimHTMLReplyHeaderOverCitedQuote(t *testing.T) {
	const header = `<div>------ Original Message ------</div><div>From "Wei Zhang" &lt;<a href="mailto:wei@example.net">wei@example.net</a>&gt;</div><div>To "Coach" &lt;<a href="mailto:coach@example.org">coach@example.org</a>&gt;</div><div>Date 02/03/2026 18:40:12</div><div>Subject Cadence</div><div><br></div>`
	cite := func(s string) string {
		return `<div id="x4b1c"><blockquote cite="a1@example.net" type="cite" class="cite2"><div>` + s + `</div></blockquote></div>`
	}
	tests := []struct{ name, in, want string }{
		{"answer under the quote",
			header + cite("Should I aim for 180 steps a minute?") + `<div>No need to chase a number.</div><div><br></div><div>Shorten your stride and it rises by itself.</div><div id="signature_old">-- <br>Li Na</div>`,
			"No need to chase a number.\n\nShorten your stride and it rises by itself."},
		{"answer between the parts of the quote",
			header + cite("Should I aim for 180 steps a minute?") + `<div>No need to chase a number.</div>` + cite("My watch says 164.") + `<div>That is fine for easy runs.</div>`,
			"> Should I aim for 180 steps a minute?\n\nNo need to chase a number.\n\n> My watch says 164.\n\nThat is fine for easy runs."},
		{"answer over the quote",
			`<div>No need to chase a number.</div><div><br></div>` + header + cite("Should I aim for 180 steps a minute?"),
			"No need to chase a number."},
		{"a header over unquoted history still ends the answer",
			`<div>No need to chase a number.</div>` + header + `<div>Should I aim for 180 steps a minute?</div>`,
			"No need to chase a number."},
		{"a forwarded header block with the answer over it keeps only the answer",
			`<div>Have a look at the mail below.</div><div>---------- Forwarded message ---------</div><div>From: Wei Zhang &lt;wei@example.net&gt;</div><div>Date: Mon, 2 Mar 2026 at 18:40</div>` + cite("Should I aim for 180 steps a minute?"),
			"Have a look at the mail below."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TrimHTMLReply(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
