package inbox

import "testing"

// TestTrimReplyQuotedSignature reads answers that keep the quote they
// follow, where the quoted message ends in its writer's signature: the
// signature goes with its "-- " line, the quoted lines the answer needs
// stay.
func TestTrimReplyQuotedSignature(t *testing.T) {
	const attr = "On Tue, 3 Jun 2025, Lena Fischer wrote:\n"
	tests := []trimCase{
		// The asker's signature goes.
		{"a greeting over the whole quote, the answer under it",
			"Hi Lena,\n\n" + attr + "> How long should I rest my calf?\n>\n> -- \n> Lena Fischer\n> +49 170 1234567\n\nRest it for a week.\n",
			"Hi Lena,\n\n> How long should I rest my calf?\n\nRest it for a week."},
		{"the delimiter with its space stripped, under the last quoted question",
			"> How long should I rest?\n\nA week.\n\n> And then?\n>\n> Thanks,\n> Lena\n> --\n> Lena Fischer | +49 170 1234567\n\nEasy runs.\n",
			"> How long should I rest?\n\nA week.\n\n> And then?\n>\n> Thanks,\n> Lena\n\nEasy runs."},
		{"a deeper quote's signature, the shallower quote under it staying",
			"Hi Lena,\n\n> > Is rest enough?\n> > -- \n> > Bob Jones\n> > +44 20 7946 0000\n> Bob asked this too. What do you think?\n\nRest is enough for both of you.\n",
			"Hi Lena,\n\n> > Is rest enough?\n\n> Bob asked this too. What do you think?\n\nRest is enough for both of you."},
		{"the message's own history under its signature",
			"Hi Lena,\n\n> How long should I rest?\n> -- \n> Lena Fischer\n>\n> On Mon, 2 Jun 2025, Maren Holt wrote:\n> > Tell me more.\n\nA week.\n",
			"Hi Lena,\n\n> How long should I rest?\n\nA week."},

		// What the owner needs stays.
		{"quoted lines with dashes inside a sentence",
			"Hi Lena,\n\n> My plan -- run, rest -- is it fine?\n\nYes, it is.\n",
			"Hi Lena,\n\n> My plan -- run, rest -- is it fine?\n\nYes, it is."},
		{"the owner's answer right under the quoted signature",
			"Hi Lena,\n\n> How long should I rest?\n> -- \n> Lena\nA week.\n",
			"Hi Lena,\n\n> How long should I rest?\n\nA week."},
		{"a postscript typed under the signature, which the answer answers",
			"Hi Lena,\n\n> How long should I rest my calf?\n>\n> -- \n> Lena Fischer\n> +49 170 1234567\n>\n> PS: Is ice or heat better?\n\nIce for the first two days.\n",
			"Hi Lena,\n\n> How long should I rest my calf?\n\n> PS: Is ice or heat better?\n\nIce for the first two days."},
		{"the same in german",
			"Hallo Lena,\n\n> Wie lange soll ich pausieren?\n> -- \n> Lena Fischer\n> Tel. 0170 1234567\n>\n> PS: Eis oder Wärme?\n\nErst Eis.\n",
			"Hallo Lena,\n\n> Wie lange soll ich pausieren?\n\n> PS: Eis oder Wärme?\n\nErst Eis."},
		{"two dashes parting the questions answered one by one",
			"> My calf hurts after long runs. How long should I rest?\n\nA week.\n\n> --\n> Second thing: should I stretch before a run?\n\nOnly gently.\n",
			"> My calf hurts after long runs. How long should I rest?\n\nA week.\n\n> --\n> Second thing: should I stretch before a run?\n\nOnly gently."},
		{"two dashes over a sentence of the message",
			"Hi Lena,\n\n> How long should I rest my calf?\n> --\n> My knee also hurts when I run downhill.\n\nA week, and see a physio for the knee.\n",
			"Hi Lena,\n\n> How long should I rest my calf?\n> --\n> My knee also hurts when I run downhill.\n\nA week, and see a physio for the knee."},
		{"a quote the answer does not keep",
			"A week.\n\n" + attr + "> How long should I rest?\n> -- \n> Lena Fischer\n",
			"A week."},
	}
	checkTrims(t, tests)
}

// TestTrimHTMLReplyQuotedSignature reads Thunderbird's and Gmail's
// markup for an answer under a quote that ends in the writer's
// signature.
func TestTrimHTMLReplyQuotedSignature(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"thunderbird",
			`<p>Hi Lena,</p><div class="moz-cite-prefix">On 03/06/2025 10:12, Lena Fischer wrote:<br></div>` +
				`<blockquote type="cite"><p>How long should I rest my calf?</p><div class="moz-signature">-- <br>Lena Fischer<br>+49 170 1234567</div></blockquote>` +
				`<p>Rest it for a week.</p>`,
			"Hi Lena,\n\n> How long should I rest my calf?\n\nRest it for a week."},
		{"gmail, a postscript under the signature",
			`<div dir="ltr">Hi Lena,<br><div class="gmail_quote">On Tue, 3 Jun 2025 at 10:12, Lena Fischer &lt;lena@example.net&gt; wrote:<br>` +
				`<blockquote class="gmail_quote">How long should I rest my calf?<br><br>-- <br>Lena Fischer<br>+49 170 1234567<br><br>PS: Is ice or heat better?</blockquote></div>` +
				`<br>Ice first, then rest a week.<br></div>`,
			"Hi Lena,\n\n> How long should I rest my calf?\n\n> PS: Is ice or heat better?\n\nIce first, then rest a week."},
		{"gmail, the answer typed below the quote",
			`<div dir="ltr">Hi Lena,<br><div class="gmail_extra"><br><div class="gmail_quote">On Tue, 3 Jun 2025 at 10:12, Lena Fischer &lt;lena@example.net&gt; wrote:<br>` +
				`<blockquote class="gmail_quote">How long should I rest my calf?<br><br>-- <br>Lena Fischer<br>+49 170 1234567</blockquote></div><br></div>` +
				`<div class="gmail_extra">Rest it for a week.<br></div></div>`,
			"Hi Lena,\n\n> How long should I rest my calf?\n\nRest it for a week."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TrimHTMLReply(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTrimReplyNestedHistoryInline checks the quotes an inline answer
// keeps for the history the quoted message carries under its own lines:
// the attribution and the deeper quote under it, or a header block and
// all under it, go; the asker's lines around them stay.
func TestTrimReplyNestedHistoryInline(t *testing.T) {
	const earlier = "> On Mon, Jun 2, 2025 at 9:00 AM Maren <maren@example.org> wrote:\n>> Stop running for now.\n>>\n>> Maren\n"
	tests := []trimCase{
		{"between the question and its answer",
			"On Tue, Jun 3, 2025 at 10:12 AM Lena <lena@example.net> wrote:\n> Thanks! How long should I rest?\n>\n" + earlier +
				"\nA week.\n\n> And then?\n\nEasy runs.\n",
			"> Thanks! How long should I rest?\n\nA week.\n\n> And then?\n\nEasy runs."},
		{"under the last question",
			"> How long should I rest?\n\nA week.\n\n> And then?\n>\n" + earlier + "\nEasy runs.\n",
			"> How long should I rest?\n\nA week.\n\n> And then?\n\nEasy runs."},
		{"the asker's line under it stays",
			"> Thanks.\n>\n" + earlier + ">\n> OK, how long?\n\nA week.\n\n> And then?\n\nEasy runs.\n",
			"> Thanks.\n\n> OK, how long?\n\nA week.\n\n> And then?\n\nEasy runs."},
		{"an outlook header block in the quote",
			"> How long should I rest?\n\nA week.\n\n> And then?\n>\n> From: Maren <maren@example.org>\n> Sent: Monday, June 2, 2025 9:00 AM\n> To: Lena <lena@example.net>\n> Subject: Rest\n>\n> Stop running for now.\n\nEasy runs.\n",
			"> How long should I rest?\n\nA week.\n\n> And then?\n\nEasy runs."},
		{"words over a line of the same quote stay",
			"> I ran 5 km.\n> My coach wrote:\n> Run easy.\n\nGood.\n\n> Then I rested.\n\nBetter.\n",
			"> I ran 5 km.\n> My coach wrote:\n> Run easy.\n\nGood.\n\n> Then I rested.\n\nBetter."},
	}
	checkTrims(t, tests)
}
