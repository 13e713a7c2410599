package inbox

import (
	"strings"
	"testing"
)

// TestParseRichText checks mail whose only text is text/enriched,
// text/richtext, Markdown or another text type, as Mutt, Emacs and scripts
// send it: the text must be read, without its formatting commands, and a
// plain version beside it still wins. Such a part is no attachment unless
// it is sent as a file; a calendar entry is no text, and is one.
func TestParseRichText(t *testing.T) {
	const head = "From: Ines <ines@example.pt>\nTo: ask@example.org\nSubject: Shin splints\nMIME-Version: 1.0\n"
	tests := []struct {
		name, raw string
		text      string
		warn      string
		atts      int
	}{
		{name: "enriched",
			raw: head + "Content-Type: text/enriched; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n\n" +
				"<bold>Ice</bold> or heat for my\nshins<<knees?\n\n<param>Times</param>Obrigada, In\xeas\n",
			text: "Ice or heat for my shins<knees?\nObrigada, Inês", warn: "the text/enriched part is read as text"},
		{name: "richtext",
			raw:  head + "Content-Type: text/richtext\n\n<bold>Ice</bold> or heat<nl>for my\nshins<lt>knees?<comment>draft 2</comment><np>Ines\n",
			text: "Ice or heat\nfor my shins<knees?\n\nInes", warn: "the text/richtext part is read as text"},
		{name: "markdown",
			raw:  head + "Content-Type: text/markdown; charset=utf-8; variant=GFM\n\n# Shins\n\nIce or **heat** – which one?\n",
			text: "# Shins\n\nIce or **heat** – which one?", warn: "the text/markdown part is read as text"},
		{name: "x-markdown in a mixed multipart",
			raw: head + "Content-Type: multipart/mixed; boundary=M1\n\n--M1\nContent-Type: text/x-markdown\n\nIce or *heat*?\n" +
				"--M1\nContent-Type: image/png; name=shin.png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--M1--\n",
			text: "Ice or *heat*?", warn: "the text/x-markdown part is read as text", atts: 1},
		{name: "an unknown text type alone",
			raw:  head + "Content-Type: text/x-log; charset=utf-8\n\nShins hurt after every run.\n",
			text: "Shins hurt after every run.", warn: "the text/x-log part is read as text"},
		{name: "an unknown text type in a mixed multipart",
			raw: head + "Content-Type: multipart/mixed; boundary=M3\n\n--M3\nContent-Type: text/unknown\n\nYou read this?\n" +
				"--M3\nContent-Type: image/png; name=shin.png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--M3--\n",
			text: "You read this?", warn: "the text/unknown part is read as text", atts: 1},
		{name: "a calendar entry alone is no text",
			raw: head + "Content-Type: text/calendar; method=REQUEST\n\nBEGIN:VCALENDAR\nEND:VCALENDAR\n", atts: 1},
		{name: "a plain version wins",
			raw: head + "Content-Type: multipart/alternative; boundary=A1\n\n--A1\nContent-Type: text/enriched\n\n<bold>Ice</bold> or heat?\n" +
				"--A1\nContent-Type: text/plain\n\nIce or heat, which?\n--A1--\n",
			text: "Ice or heat, which?"},
		{name: "another text type beside the plain text in a mixed multipart stays listed",
			raw: head + "Content-Type: multipart/mixed; boundary=M4\n\n--M4\nContent-Type: text/plain\n\nIce or heat?\n" +
				"--M4\nContent-Type: text/x-log\n\n10 km, shins hurt\n--M4--\n",
			text: "Ice or heat?", atts: 1},
		{name: "a markdown file attached", raw: head + "Content-Type: multipart/mixed; boundary=M2\n\n" +
			"--M2\nContent-Type: text/markdown; name=notes.md\nContent-Disposition: attachment; filename=notes.md\n\n# Plan\n--M2--\n", atts: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustParse(t, tt.raw)
			if m.Text != tt.text {
				t.Errorf("got text %q, want %q", m.Text, tt.text)
			}
			if got := strings.Join(m.Warnings, "; "); !strings.Contains(got, tt.warn) {
				t.Errorf("got warnings %q, want %q", got, tt.warn)
			}
			if len(m.Attachments) != tt.atts {
				t.Errorf("got attachments %+v, want %d", m.Attachments, tt.atts)
			}
		})
	}
}

func TestEnrichedToText(t *testing.T) {
	tests := []struct {
		name, in string
		richtext bool
		want     string
	}{
		{name: "nested commands", in: "<bold><italic>run</italic></bold> slowly", want: "run slowly"},
		{name: "three breaks are two", in: "one\n\n\ntwo", want: "one\n\ntwo"},
		{name: "param inside a command", in: "<color><param>red</param>hot</color>", want: "hot"},
		{name: "unclosed bracket kept", in: "5 < 6 km", want: "5 < 6 km"},
		{name: "nofill keeps its line breaks", in: "Send it to:\n<nofill>Ines Costa\nRua 5\n\nLisboa</nofill>\nThanks",
			want: "Send it to: Ines Costa\nRua 5\n\nLisboa Thanks"},
		{name: "an excerpt is quoted", in: "On Monday Ann wrote:\n\n<excerpt>How long should I\nrest?<excerpt>Two days?</excerpt></excerpt>\n\nTwo weeks.",
			want: "On Monday Ann wrote:\n> How long should I rest?\n> > Two days?\n\nTwo weeks."},
		{name: "richtext breaks", in: "a\nb<nl>c<np>d", richtext: true, want: "a b\nc\n\nd"},
		{name: "richtext keeps a double bracket", in: "<lt><lt>x", richtext: true, want: "<<x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := enrichedToText(tt.in, tt.richtext); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestAnswerEnrichedReply checks an owner's reply written below the
// quote in text/enriched: the quoted question must not be published.
func TestAnswerEnrichedReply(t *testing.T) {
	m := mustParse(t, "From: Coach <coach@example.org>\nTo: ines@example.pt\nSubject: Re: Shins\nMIME-Version: 1.0\n"+
		"Content-Type: text/enriched; charset=utf-8\n\nOn Mon, 1 Dec 2026, Ines wrote:\n\n"+
		"<excerpt>Ice or heat for my\nshins?\n</excerpt>\n\n<bold>Ice</bold> for two days, then heat.\n")
	if got, want := Answer(m), "Ice for two days, then heat."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
