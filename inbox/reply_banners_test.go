package inbox

import "testing"

// TestTrimReplyGatewayBanners drops the banner a mail gateway puts over a
// reply from outside its organisation, and keeps the owner's own words
// about links and attachments.
func TestTrimReplyGatewayBanners(t *testing.T) {
	const answer = "Rest a day after the long run."
	tests := []struct {
		name, in, want string
	}{
		{"tag in brackets", "[EXTERNAL]\n\n" + answer, answer},
		{"tag in stars", "*** External email ***\n" + "\n" + answer, answer},
		{"warning wrapped over two lines", "CAUTION: This email originated from outside of the organisation. Do not click links or\n" +
			"open attachments unless you know the sender.\n\n" + answer, answer},
		{"warning indented, in capitals", "    WARNING: THIS MESSAGE IS FROM AN EXTERNAL SENDER. Think before you open attachments.\n\nHi Lena,\n\n" + answer,
			"Hi Lena,\n\n" + answer},
		{"german warning", "ACHTUNG: Diese E-Mail stammt von außerhalb der Organisation. Öffnen Sie keine Anhänge.\n\n" + answer, answer},
		{"note on a sender seldom heard from", "You don't often get email from owner@example.org. Learn why this is important" +
			"<https://aka.ms/LearnAboutSenderIdentification>\n\n" + answer, answer},
		{"the same note in another language, by its link", "Sie erhalten nicht oft E-Mails von owner@example.org. " +
			"Erfahren Sie, warum dies wichtig ist <https://aka.ms/LearnAboutSenderIdentification>\n\n" + answer, answer},
		{"the owner's advice about links stays", "Be careful with external links in race mails: never click them.\n\n" + answer,
			"Be careful with external links in race mails: never click them.\n\n" + answer},
		{"the owner's word alone stays", "External\n\n" + answer, "External\n\n" + answer},
		{"advice about running outside and opening links stays",
			"Important: when you run outside after dark, wear a headlamp. The links below open the two I use.\n\n" + answer,
			"Important: when you run outside after dark, wear a headlamp. The links below open the two I use.\n\n" + answer},
		{"dutch advice to run on the left stays", "Let op: loop buiten de bebouwde kom altijd links, tegen het verkeer in.\n\n" + answer,
			"Let op: loop buiten de bebouwde kom altijd links, tegen het verkeer in.\n\n" + answer},
		{"a warning that is the whole reply stays",
			"CAUTION: This email originated from outside the organisation. Do not click links.",
			"CAUTION: This email originated from outside the organisation. Do not click links."},
		{"the owner's first paragraph is never read with a banner below it",
			answer + "\n> How long?\nCAUTION: This email originated from outside the organisation. Do not click links.",
			answer + "\n> How long?\nCAUTION: This email originated from outside the organisation. Do not click links."},
		{"an opening paragraph about this mail and the links in it stays",
			"This email is long, sorry: I was outside all week. The links are below.\n\n" + answer,
			"This email is long, sorry: I was outside all week. The links are below.\n\n" + answer},
		{"a warning below the owner's text is not a banner", answer + "\n\nThis email came from outside the club, so mind the links.",
			answer + "\n\nThis email came from outside the club, so mind the links."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TrimReply(tt.in); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// TestTrimHTMLReplyGatewayBanner drops a banner a gateway writes as a
// table over an HTML reply.
func TestTrimHTMLReplyGatewayBanner(t *testing.T) {
	in := `<table><tr><td style="background:#fc0"><b>CAUTION:</b> This email originated from outside of the organisation. ` +
		`Do not click links or open attachments unless you know the sender.</td></tr></table><div>Rest a day.</div>`
	if got, want := TrimHTMLReply(in), "Rest a day."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
