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
