package inbox

import (
	"strings"
	"testing"
)

// TestAnswersComeOutWholeUnderDeskClients runs every answer under the
// reply header of every desktop and webmail client whose templates are
// translated, in each language it is written in: above the quote, right
// above it with no blank line, with the header wrapped as plain text is,
// and under the quote for the clients that put the cursor there.
func TestAnswersComeOutWholeUnderDeskClients(t *testing.T) {
	for _, h := range deskHeaders {
		t.Run(h.client+" "+h.lang, func(t *testing.T) {
			for _, s := range h.shapes() {
				for _, a := range deskAnswers {
					checkDesk(t, s, a)
				}
			}
		})
	}
}

// deskShape is one way a client sets the answer and its header.
type deskShape struct {
	name string
	mail func(a ownerAnswer) string
}

func (h deskHeader) shapes() []deskShape {
	above := func(header, sep string) func(a ownerAnswer) string {
		return func(a ownerAnswer) string {
			return plainMail(typed(a)+sep+h.original(header)+"\n", "quoted-printable", false)
		}
	}
	shapes := []deskShape{
		{"above", above(h.header, "\n\n")},
		{"above, no blank line", above(h.header, "\n")},
	}
	if w := wrapRunes(h.header, 72); w != h.header {
		shapes = append(shapes, deskShape{"above, header wrapped", above(w, "\n\n")})
	}
	if h.under && h.layout != deskBlock {
		under := func(sep string) func(a ownerAnswer) string {
			return func(a ownerAnswer) string {
				return plainMail(h.original(h.header)+sep+typed(a)+"\n", "quoted-printable", false)
			}
		}
		shapes = append(shapes, deskShape{"under", under("\n\n")}, deskShape{"under, no blank line", under("\n")})
	}
	if h.html {
		shapes = append(shapes, deskShape{"html", func(a ownerAnswer) string {
			return altMail(typed(a)+"\n\n"+h.original(h.header)+"\n", h.htmlReply(a), "quoted-printable")
		}})
	}
	return shapes
}

// original is the header and the notification under it, as the client
// lays them out in plain text.
func (h deskHeader) original(header string) string {
	blank := strings.HasSuffix(header, "\n")
	header = strings.TrimSuffix(header, "\n")
	switch h.layout {
	case deskBlock:
		return header + "\n\n" + notifyText
	case deskBlockQuoted:
		return header + "\n\n" + quoteLines(notifyText)
	}
	if blank {
		header += "\n"
	}
	return header + "\n" + quoteLines(notifyText)
}

// htmlReply is the client's HTML part: the answer in divs, the header in
// its own, the notification in a blockquote or, under a header block, in
// a div.
func (h deskHeader) htmlReply(a ownerAnswer) string {
	header := `<div>` + htmlBreaks(strings.TrimSuffix(h.header, "\n")) + `</div>`
	original := `<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">` +
		htmlBreaks(notifyText) + `</blockquote>`
	if h.layout != deskQuoted {
		original = `<div><br></div><div>` + htmlBreaks(notifyText) + `</div>`
	}
	return `<html><body>` + htmlDivs(typed(a)) + `<div><br></div>` + header + original + `</body></html>`
}

// checkDesk checks that answer a comes out whole in shape s, from the
// mail and from its HTML part alone.
func checkDesk(t *testing.T, s deskShape, a ownerAnswer) {
	t.Helper()
	m, err := Parse([]byte(s.mail(a)))
	if err != nil {
		t.Fatalf("%s, %s: parse: %v", s.name, a.name, err)
	}
	want := tidy(a.text)
	if got := tidy(Answer(m)); got != want {
		t.Errorf("%s, %s:\ngot  %q\nwant %q", s.name, a.name, got, want)
	}
	if m.HTML == "" {
		return
	}
	if got := oneSpace(tidy(TrimHTMLReply(m.HTML))); got != oneSpace(want) {
		t.Errorf("%s, %s, html part:\ngot  %q\nwant %q", s.name, a.name, got, oneSpace(want))
	}
}

// wrapRunes breaks each line of text at the last space within width
// characters, as a client that wraps the plain text it sends does.
func wrapRunes(text string, width int) string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		for r := []rune(l); len(r) > width; r = []rune(l) {
			cut := strings.LastIndex(string(r[:width+1]), " ")
			if cut <= 0 {
				break
			}
			out = append(out, l[:cut])
			l = l[cut+1:]
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}
