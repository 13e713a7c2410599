package inbox

import "testing"

// Spark and Outlook's mobile apps write the answer in a messageBodySection
// and keep the message answered in a messageReplySection after it. When
// that section carries no blockquote, nothing in it marks it as quoted but
// its name.
func TestTrimHTMLReplyBareReplySection(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"history without attribution or quote",
			`<div><div name="messageBodySection"><p>The parcel left on Tuesday.</p></div>` +
				`<div name="messageReplySection"><p>Where is my parcel? I ordered it two weeks ago.</p></div></div>`,
			"The parcel left on Tuesday."},
		{"signature section between",
			`<div name="messageBodySection"><div>Yes, bring the form along.</div></div>` +
				`<div name="messageSignatureSection"><div>Maren</div></div>` +
				`<div name="messageReplySection"><div>Do I need the form on the day?</div></div>`,
			"Yes, bring the form along."},
		{"forwarded header block in the section",
			`<div name="messageBodySection">See below, it came this morning.</div>` +
				`<div name="messageReplySection">Begin forwarded message:<br><br>From: Lena<br>Subject: Taper<br><br>How long?</div>`,
			"See below, it came this morning."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TrimHTMLReply(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// What the rule must leave: an answer written only in the section, and
// answers typed between the quotes of a section that has them.
func TestTrimHTMLReplyKeepsReplySectionAnswers(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"answer only in the section",
			`<div><div name="messageReplySection"><p>Two weeks, then halve the dose.</p></div></div>`,
			"Two weeks, then halve the dose."},
		{"empty body section",
			`<div name="messageBodySection"><br></div><div name="messageReplySection"><p>Two weeks, then halve the dose.</p></div>`,
			"Two weeks, then halve the dose."},
		{"answers between quotes",
			`<div name="messageBodySection"><div>Answers below.</div></div>` +
				`<div name="messageReplySection">On 23 Nov 2026 at 09:14 +0100, Lena &lt;lena@example.net&gt;, wrote:<br>` +
				`<blockquote type="cite">How long should I taper?</blockquote><div>Two weeks.</div>` +
				`<blockquote type="cite">And then?</blockquote><div>Stop.</div></div>`,
			"Answers below.\n\n> How long should I taper?\n\nTwo weeks.\n\n> And then?\n\nStop."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TrimHTMLReply(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
