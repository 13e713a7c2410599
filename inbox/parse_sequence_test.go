package inbox

import (
	"strings"
	"testing"
)

// TestParseMixedSequence checks a multipart/mixed whose parts are shown one
// after another, when some of them are HTML with no plain version and
// others are plain: what the HTML holds is read, in its place, and a
// sender's "mixed" that only repeats one text in two forms reads once.
func TestParseMixedSequence(t *testing.T) {
	const head = "From: Owner <owner@example.org>\nTo: ask@example.org\nSubject: Re: race shoes\nMIME-Version: 1.0\n" +
		"Content-Type: multipart/mixed; boundary=\"M\"\n\n"
	const footer = "--M\nContent-Type: text/plain; charset=us-ascii\nContent-Disposition: inline\n\n" +
		"_______________________________________________\nRunners list\nhttps://lists.example.org/runners\n"
	tests := []struct {
		name, raw string
		want      []string // in this order
		once      string   // appears exactly once, if set
		warn      bool
	}{
		{name: "an HTML-only mail with a plain footer added",
			raw: head + "--M\nContent-Type: text/html; charset=utf-8\n\n" +
				"<html><body><p>Take the lighter pair on race day.</p><p>Ann</p></body></html>\n" + footer + "--M--\n",
			want: []string{"Take the lighter pair on race day.", "Ann", "Runners list"}, warn: true},
		{name: "related HTML with an image, then a plain footer",
			raw: head + "--M\nContent-Type: multipart/related; boundary=\"R\"\n\n" +
				"--R\nContent-Type: text/html; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n" +
				"<div>R=E9sum=E9: rest two days.<img src=3D\"cid:x\"></div>\n" +
				"--R\nContent-Type: image/png\nContent-ID: <x>\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--R--\n" +
				footer + "--M--\n",
			want: []string{"Résumé: rest two days.", "Runners list"}, warn: true},
		{name: "typed plain text, then an HTML part saying more",
			raw: head + "--M\nContent-Type: text/plain\n\nFirst, the warm-up.\n" +
				"--M\nContent-Type: text/html\n\n<p>Then six strides of <b>twenty seconds</b>.</p>\n--M--\n",
			want: []string{"First, the warm-up.", "Then six strides of twenty seconds."}, warn: true},
		{name: "mixed written for alternative: one text in two forms",
			raw: head + "--M\nContent-Type: text/plain\n\nRest two days, then jog *easy* for 20 minutes.\n" +
				"--M\nContent-Type: text/html\n\n<p>Rest two days, then jog <b>easy</b> for 20&nbsp;minutes.</p>\n--M--\n",
			want: []string{"Rest two days"}, once: "Rest two days"},
		{name: "HTML parts only, around an image",
			raw: head + "--M\nContent-Type: text/html\n\n<p>Before the picture.</p>\n" +
				"--M\nContent-Type: image/jpeg\nContent-Disposition: inline; filename=a.jpg\nContent-Transfer-Encoding: base64\n\n/9j/4AAQ\n" +
				"--M\nContent-Type: text/html\n\n<p>After the picture.</p>\n--M--\n",
			want: []string{"Before the picture.", "After the picture."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustParse(t, tt.raw)
			rest := m.Text
			for _, w := range tt.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("got text %q, want %q in it, after %q", m.Text, w, tt.want)
				}
				rest = rest[i+len(w):]
			}
			if tt.once != "" && strings.Count(m.Text, tt.once) != 1 {
				t.Errorf("got text %q, want %q once", m.Text, tt.once)
			}
			warned := strings.Contains(strings.Join(m.Warnings, "; "), "stands among plain parts")
			if warned != tt.warn {
				t.Errorf("got warnings %q, want the note %v", m.Warnings, tt.warn)
			}
		})
	}
}

// TestAnswerKeepsHTMLBeforeFooter checks, through Answer, that an HTML-only
// reply with a plain part added below it is read as the HTML reply it is.
func TestAnswerKeepsHTMLBeforeFooter(t *testing.T) {
	raw := "From: Owner <owner@example.org>\nTo: ask+a.x@example.org\nSubject: Re: knee\nMIME-Version: 1.0\n" +
		"Content-Type: multipart/mixed; boundary=\"M\"\n\n" +
		"--M\nContent-Type: text/html; charset=utf-8\n\n<div>Ice it for ten minutes after each run.</div>\n" +
		"<div class=\"gmail_quote\">On Mon, Runner wrote:<blockquote>My knee hurts.</blockquote></div>\n" +
		"--M\nContent-Type: text/plain\n\nScanned by the gateway.\n--M--\n"
	m := mustParse(t, raw)
	if !strings.Contains(m.Text, "Scanned by the gateway.") {
		t.Errorf("got text %q, want the added part kept in it", m.Text)
	}
	got := Answer(m)
	if !strings.Contains(got, "Ice it for ten minutes after each run.") || strings.Contains(got, "My knee hurts.") ||
		strings.Contains(got, "Scanned") {
		t.Errorf("got answer %q, want the typed line without the quote or the added part", got)
	}
}
