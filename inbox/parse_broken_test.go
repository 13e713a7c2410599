package inbox

import (
	"strings"
	"testing"
)

// TestParseBrokenFields checks mail whose MIME fields are written wrongly
// in the ways scripts, spam tools and old mailers write them: the text
// must come out, with a note of what was wrong.
func TestParseBrokenFields(t *testing.T) {
	const head = "From: Ines <ines@example.pt>\nTo: ask@example.org\nSubject: Shin splints\nMIME-Version: 1.0\n"
	tests := []struct {
		name, raw string
		text      string
		noText    string
		atts      int
		warn      string
	}{
		{name: "fields joined on one line",
			raw:  head + "Content-Type: text/html Content-Transfer-Encoding: 8bit\\r\\n\n\n<p>Do I rest <b>two weeks</b>?</p>\n",
			text: "Do I rest two weeks?", noText: "<b>", warn: "malformed Content-Type"},
		{name: "quoted printable with a space",
			raw:  head + "Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted printable\n\nDo I rest two weeks? Obrigada, In=EAs\n",
			text: "Obrigada, Inês", warn: `"quoted printable" read as quoted-printable`},
		{name: "quoted-printable with a semicolon",
			raw:  head + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable;\n\nIce or heat =E2=80=93 which one?\n",
			text: "Ice or heat – which one?", warn: "read as quoted-printable"},
		{name: "base64 spelt with a dash",
			raw:  head + "Content-Type: text/plain\nContent-Transfer-Encoding: Base-64\n\nSWNlIG9yIGhlYXQ/\n",
			text: "Ice or heat?", warn: `"Base-64" read as base64`},
		{name: "7-bit",
			raw:  head + "Content-Type: text/plain\nContent-Transfer-Encoding: 7-bit\n\nIce or heat?\n",
			text: "Ice or heat?", warn: "read as 7bit"},
		{name: "base64 with a comment",
			raw:  head + "Content-Type: text/plain\nContent-Transfer-Encoding: base64 (encoded by the gateway)\n\nSWNlIG9yIGhlYXQ/\n",
			text: "Ice or heat?", noText: "SWNl", warn: `"base64 (encoded by the gateway)" read as base64`},
		{name: "a comment before the encoding",
			raw:  head + "Content-Type: text/plain\nContent-Transfer-Encoding: (7-bit safe) BASE64\n\nSWNlIG9yIGhlYXQ/\n",
			text: "Ice or heat?", noText: "SWNl", warn: "read as base64"},
		{name: "quoted-printable in quotes",
			raw:  head + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: \"Quoted-Printable\"\n\nIce or heat =E2=80=93 which one?\n",
			text: "Ice or heat – which one?", noText: "=E2", warn: "read as quoted-printable"},
		{name: "the type left out before a charset",
			raw:  head + "Content-Type: charset=\"koi8-r\"; format=flowed\nContent-Transfer-Encoding: 8bit\n\n\xf0\xd2\xc9\xd7\xc5\xd4\n",
			text: "Привет", warn: "malformed Content-Type"},
		{name: "the semicolon before a charset lost",
			raw:  head + "Content-Type: text/plain charset=koi8-r\nContent-Transfer-Encoding: 8bit\n\n\xf0\xd2\xc9\xd7\xc5\xd4 \xe9\n",
			text: "Привет И", warn: "malformed Content-Type"},
		{name: "a comment after the charset",
			raw:  head + "Content-Type: text/plain; charset=koi8-r (Russian)\nContent-Transfer-Encoding: 8bit\n\n\xf0\xd2\xc9\xd7\xc5\xd4 \xe9\n",
			text: "Привет И", warn: "malformed Content-Type"},
		{name: "a comma after the charset",
			raw:  head + "Content-Type: text/plain; charset=\"koi8-r\", format=flowed\nContent-Transfer-Encoding: 8bit\n\n\xf0\xd2\xc9\xd7\xc5\xd4 \xe9\n",
			text: "Привет И", warn: "malformed Content-Type"},
		{name: "plain and text swapped",
			raw:  head + "Content-Type: plain/text; charset=utf-8\n\nIce or heat?\n",
			text: "Ice or heat?", warn: `"plain/text" read as text/plain`},
		{name: "html and text swapped",
			raw:  head + "Content-Type: HTML/Text; charset=utf-8\n\n<p>Ice or <b>heat</b>?</p>\n",
			text: "Ice or heat?", noText: "<b>", warn: `"html/text" read as text/html`},
		{name: "text with nothing after the slash",
			raw:  head + "Content-Type: text/; charset=utf-8\n\nIce or heat?\n",
			text: "Ice or heat?", warn: `"text/" read as text/plain`},
		{name: "unknown encoding stays as written",
			raw:  head + "Content-Type: text/plain\nContent-Transfer-Encoding: x-gzip64\n\nIce or heat?\n",
			text: "Ice or heat?", warn: `unknown Content-Transfer-Encoding "x-gzip64"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkParsed(t, mustParse(t, tt.raw), tt.text, tt.noText, tt.atts, tt.warn)
		})
	}
}

// TestParsePreamble checks a multipart whose only words for a reader are
// before its first boundary, as old delivery reports have them, and that
// the note about MIME format mailers put there is never taken for text.
func TestParsePreamble(t *testing.T) {
	const report = "From: Post Office <postmaster@mail.example.net>\nTo: ask@example.org\nSubject: delivery error\n" +
		"MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"R1\"\n\n" +
		"Your message could not be delivered:\n\nno such user: coach@example.com\n\n" +
		"--R1\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.net\n\n" +
		"Final-Recipient: rfc822; coach@example.com\nAction: failed\n\n" +
		"--R1\nContent-Type: message/rfc822\n\nFrom: ask@example.org\nSubject: Your question\n\nThanks for asking.\n--R1--\n"
	const attachmentOnly = "From: Ines <ines@example.pt>\nTo: ask@example.org\nSubject: My log\nMIME-Version: 1.0\n" +
		"Content-Type: multipart/mixed; boundary=\"M1\"\n\nThis is a multi-part message in MIME format.\n\n" +
		"--M1\nContent-Type: application/pdf; name=\"log.pdf\"\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--M1--\n"
	const withText = "From: Ines <ines@example.pt>\nTo: ask@example.org\nSubject: My log\nMIME-Version: 1.0\n" +
		"Content-Type: multipart/mixed; boundary=\"M2\"\n\nThis is a multi-part message in MIME format.\n\n" +
		"--M2\nContent-Type: text/plain\n\nHere is my log.\n--M2\nContent-Type: application/pdf; name=\"log.pdf\"\n\nJVBERi0xLjQK\n--M2--\n"
	// A gateway's note wrapped over lines, and Pine's, which names MIME
	// on its first line only.
	const wrappedNote = "From: Ines <ines@example.pt>\nTo: ask@example.org\nSubject: My log\nMIME-Version: 1.0\n" +
		"Content-Type: multipart/mixed; boundary=\"M3\"\n\nThis is a MIME message. If you are reading this text, you may want to \n" +
		"consider changing to a mail reader or gateway that understands how to \nproperly handle MIME multipart messages.\n\n" +
		"--M3\nContent-Type: application/pdf; name=\"log.pdf\"\n\nJVBERi0xLjQK\n--M3--\n"
	const pineNote = "From: Ines <ines@example.pt>\nTo: ask@example.org\nSubject: My log\nMIME-Version: 1.0\n" +
		"Content-Type: multipart/mixed; boundary=\"M4\"\n\n  This message is in MIME format.  The first part should be readable text,\n" +
		"  while the remaining parts are likely unreadable without MIME-aware tools.\n  Send mail to mime@docserver.cac.washington.edu for more info.\n\n" +
		"--M4\nContent-Type: application/pdf; name=\"log.pdf\"\n\nJVBERi0xLjQK\n--M4--\n"
	// A digest inside the mail, its own parts no text, beside the text.
	const nested = "From: Ines <ines@example.pt>\nTo: ask@example.org\nSubject: My logs\nMIME-Version: 1.0\n" +
		"Content-Type: multipart/mixed; boundary=\"M5\"\n\n" +
		"--M5\nContent-Type: text/plain\n\nHere are my logs.\n" +
		"--M5\nContent-Type: multipart/digest; boundary=\"D5\"\n\nThe logs of both weeks follow.\n\n" +
		"--D5\nContent-Type: application/pdf; name=\"week1.pdf\"\n\nJVBERi0xLjQK\n--D5--\n--M5--\n"
	// The same digest alone: its preamble is the only text there is.
	const nestedAlone = "From: Ines <ines@example.pt>\nTo: ask@example.org\nSubject: My logs\nMIME-Version: 1.0\n" +
		"Content-Type: multipart/mixed; boundary=\"M6\"\n\n" +
		"--M6\nContent-Type: multipart/digest; boundary=\"D6\"\n\nThe logs of both weeks follow.\n\n" +
		"--D6\nContent-Type: application/pdf; name=\"week1.pdf\"\n\nJVBERi0xLjQK\n--D6--\n--M6--\n"
	// A boundary declared with two dashes fewer than the body writes it:
	// the text is what stands over the delimiters the parts were split on.
	const wrongBoundary = "From: Ines <ines@example.pt>\nTo: ask@example.org\nSubject: My photo\nMIME-Version: 1.0\n" +
		"Content-Type: multipart/mixed; boundary=\"--=_P7\"\n\nHello, see the photo.\n" +
		"------=_P7\nContent-Type: image/gif\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment; filename=\"a.gif\"\n\n" +
		"R0lGODdhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=\n------=_P7--\n"
	tests := []struct {
		name, raw, text, warn string
	}{
		{name: "text over the parts of a wrong boundary", raw: wrongBoundary, text: "Hello, see the photo.", warn: "before the first MIME boundary"},
		{name: "a wrapped MIME note", raw: wrappedNote, text: ""},
		{name: "pine's MIME note", raw: pineNote, text: ""},
		{name: "an inner preamble beside the text", raw: nested, text: "Here are my logs."},
		{name: "an inner preamble alone", raw: nestedAlone, text: "The logs of both weeks follow.", warn: "before the first MIME boundary"},
		{name: "report text before the parts", raw: report,
			text: "Your message could not be delivered:\n\nno such user: coach@example.com", warn: "before the first MIME boundary"},
		{name: "only the MIME note", raw: attachmentOnly, text: ""},
		{name: "a text part", raw: withText, text: "Here is my log."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustParse(t, tt.raw)
			if m.Text != tt.text {
				t.Errorf("got text %q, want %q", m.Text, tt.text)
			}
			if got := strings.Join(m.Warnings, "; "); tt.warn != "" && !strings.Contains(got, tt.warn) {
				t.Errorf("got warnings %q, want %q", got, tt.warn)
			}
		})
	}
}

func TestNormalizeCTE(t *testing.T) {
	tests := []struct{ in, want string }{
		{"quoted-printable", "quoted-printable"},
		{" Quoted_Printable ", "quoted-printable"},
		{"quoted printable", "quoted-printable"},
		{"quoted-printable;", "quoted-printable"},
		{"BASE64; charset=utf-8", "base64"},
		{"8-bit", "8bit"},
		{"", ""},
		{"X-UUEncode", "x-uuencode"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := normalizeCTE(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// checkParsed checks that m's text holds text and not noText (when set),
// that it has atts attachments, and that its warnings hold warn.
func checkParsed(t *testing.T, m *Message, text, noText string, atts int, warn string) {
	t.Helper()
	if !strings.Contains(m.Text, text) || noText != "" && strings.Contains(m.Text, noText) {
		t.Errorf("got text %q, want it to hold %q and no %q", m.Text, text, noText)
	}
	if len(m.Attachments) != atts {
		t.Errorf("got attachments %v, want %d", m.Attachments, atts)
	}
	if got := strings.Join(m.Warnings, "; "); !strings.Contains(got, warn) {
		t.Errorf("got warnings %q, want %q", got, warn)
	}
}

func mustParse(t *testing.T, raw string) *Message {
	t.Helper()
	m, err := Parse([]byte(raw))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return m
}

// TestParseBrokenStructure checks mail whose MIME structure or part
// fields are broken in ways real mailers and spam tools break them: no
// text and no attachment may be lost, and no attachment name garbled.
func TestParseBrokenStructure(t *testing.T) {
	const head = "From: Ines <ines@example.pt>\nTo: ask@example.org\nSubject: Shin splints\nMIME-Version: 1.0\n"
	tests := []struct {
		name, raw string
		text      string // the whole text
		atts      []string
		warn      string
		noWarn    string
	}{
		{name: "nested multipart reusing its parent's boundary",
			raw: head + "Content-Type: multipart/mixed; boundary=\"S\"\n\nThis is a message in MIME format.\n\n" +
				"--S\nContent-Type: multipart/alternative; boundary=\"S\"\n\n" +
				"--S\nContent-Type: text/plain\n\nDo I rest two weeks?\n" +
				"--S\nContent-Type: text/html\n\n<p>Do I rest two weeks?</p>\n" +
				"--S--\n\n--S\nContent-Type: application/pdf; name=\"plan.pdf\"\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--S--\n",
			text: "Do I rest two weeks?", atts: []string{"plan.pdf"}, warn: "reuses its parent's boundary"},
		{name: "a charset given on the multipart and not on its text part",
			raw: head + "Content-Type: multipart/signed; charset=\"iso-8859-2\"; protocol=\"application/pkcs7-signature\"; boundary=\"S\"\n\n" +
				"--S\nContent-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\nJe=BFu kl=B1tw, sp=B3=F3d=BC\n" +
				"--S\nContent-Type: application/pkcs7-signature; name=\"smime.p7s\"\nContent-Transfer-Encoding: base64\n\nAAEC\n--S--\n",
			text: "Jeżu klątw, spłódź", atts: []string{"smime.p7s"}},
		{name: "a Thai charset given on the multipart only",
			raw: head + "Content-Type: multipart/mixed; charset=\"tis-620\"; boundary=\"S\"\n\n" +
				"--S\nContent-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\n=E0=BB=E7=B9=C1=B9=D8=C9=C2\n--S--\n",
			text: "เป็นมนุษย"},
		{name: "a part's own charset over the multipart's",
			raw: head + "Content-Type: multipart/mixed; charset=\"iso-8859-2\"; boundary=\"S\"\n\n" +
				"--S\nContent-Type: text/plain; charset=utf-8\n\nJeżu\n--S--\n",
			text: "Jeżu"},
		{name: "nested boundary that extends the parent's",
			raw: head + "Content-Type: multipart/mixed; boundary=\"P\"\n\n" +
				"--P\nContent-Type: multipart/alternative; boundary=\"P_alt\"\n\n" +
				"--P_alt\nContent-Type: text/plain\n\nDo I rest two weeks?\n--P_alt--\n" +
				"--P\nContent-Type: application/pdf; name=\"plan.pdf\"\n\nJVBERi0xLjQK\n--P--\n",
			text: "Do I rest two weeks?", atts: []string{"plan.pdf"}, noWarn: "reuses"},
		{name: "single type carrying a boundary over MIME parts",
			raw: head + "Content-Type: text/html; boundary=\"--Freundliche Gr&uuml;&szlig;e\"\n\n" +
				"----Freundliche Gr&uuml;&szlig;e\nContent-Type: text/html;\nContent-Transfer-Encoding: 7Bit\n\n" +
				"<html><body><p>Do I rest two weeks?</p></body></html>\n----Freundliche Gr&uuml;&szlig;e--\n",
			text: "Do I rest two weeks?", warn: "read as multipart/mixed"},
		{name: "a rule in a body whose boundary is not in it",
			raw:  head + "Content-Type: multipart/mixed; boundary=\"M\"\n\nDo I rest two weeks?\n--------------------\n\nOr three?\n",
			text: "Do I rest two weeks?\n--------------------\n\nOr three?", warn: "MIME boundary not found"},
		{name: "closing delimiter with words after it",
			raw: head + "Content-Type: multipart/mixed; boundary=\"M\"\n\n" +
				"--M\nContent-Type: text/plain\n\nDo I rest two weeks?\n--M-- This is the epilogue.\n\nMore epilogue.\n",
			text: "Do I rest two weeks?", noWarn: "missing closing"},
		{name: "closing delimiter with one dash",
			raw: head + "Content-Type: multipart/mixed; boundary=\"M\"\n\n" +
				"--M\nContent-Type: text/plain\n\nDo I rest two weeks?\n--M\n\n\n--M-\n",
			text: "Do I rest two weeks?", warn: "closing MIME boundary with one dash", noWarn: "missing closing"},
		{name: "single type naming a boundary its body does not open with",
			raw:  head + "Content-Type: text/plain; boundary=\"B\"\n\nDo I rest two weeks?\n--B\nContent-Type: text/plain\n",
			text: "Do I rest two weeks?\n--B\nContent-Type: text/plain", noWarn: "multipart"},
		{name: "epilogue that only looks back",
			raw: head + "Content-Type: multipart/mixed; boundary=\"E\"\n\n" +
				"--E\nContent-Type: text/plain\n\nDo I rest two weeks?\n--E--\nEnd of message --E was the boundary.\n",
			text: "Do I rest two weeks?"},
		{name: "an image named only by its Content-Location",
			raw: head + "Content-Type: multipart/related; boundary=\"L\"\n\n" +
				"--L\nContent-Type: text/plain\n\nSee the swelling in the photo.\n" +
				"--L\nContent-Type: image/jpeg\nContent-Location: https://photos.example.pt/album/shin%20left.jpg?size=2\n\n/9j/4AAQ\n" +
				"--L\nContent-Type: image/png\nContent-Location: cid-without-a-name\n\niVBORw0K\n--L--\n",
			text: "See the swelling in the photo.", atts: []string{"shin left.jpg", ""}},
		{name: "typed text sent as named plain parts",
			raw: head + "Content-Type: multipart/mixed; boundary=\"N\"\n\n" +
				"--N\nContent-Type: text/plain; name=\"question.txt\"\n\nDo I rest two weeks?\n" +
				"--N\nContent-Type: text/plain; charset=iso-8859-1; name=\"ps.txt\"\nContent-Transfer-Encoding: quoted-printable\n\nObrigada, In=EAs\n--N--\n",
			text: "Do I rest two weeks?\n\nObrigada, Inês", atts: []string{"question.txt", "ps.txt"}, warn: "sent as named files"},
		{name: "named plain part beside the text stays a file",
			raw: head + "Content-Type: multipart/mixed; boundary=\"F\"\n\n" +
				"--F\nContent-Type: text/plain\n\nMy log is attached.\n" +
				"--F\nContent-Type: text/plain; name=\"log.txt\"\n\n5 km 31:02\n--F--\n",
			text: "My log is attached.", atts: []string{"log.txt"}},
		{name: "named plain part marked attachment stays a file",
			raw: head + "Content-Type: multipart/mixed; boundary=\"G\"\n\n" +
				"--G\nContent-Type: text/plain; name=\"log.txt\"\nContent-Disposition: attachment\n\n5 km 31:02\n--G--\n",
			text: "", atts: []string{"log.txt"}},
		{name: "stray character after the type",
			raw:  head + "Content-Type: text/plain>\n\nDo I rest two weeks?\n",
			text: "Do I rest two weeks?", warn: "malformed Content-Type"},
		{name: "a tag for a type",
			raw:  head + "Content-Type: <html>\n\n<p>Do I rest <b>two weeks</b>?</p>\n",
			text: "Do I rest two weeks?", warn: "malformed Content-Type"},
		{name: "disposition without its type",
			raw: head + "Content-Type: multipart/mixed; boundary=\"D\"\n\n--D\nContent-Type: text/plain\n\nMy shoes:\n" +
				"--D\nContent-Type: image/png\nContent-Transfer-Encoding: base64\nContent-Disposition: ;\n filename=\"shoes.png\"\n\niVBORw0KGgo=\n--D--\n",
			text: "My shoes:", atts: []string{"shoes.png"}},
		{name: "RFC 2231 name in a legacy charset, in pieces",
			raw: head + "Content-Type: multipart/mixed; boundary=\"L\"\n\n--L\nContent-Type: text/plain\n\nMy plan:\n" +
				"--L\nContent-Type: application/pdf\nContent-Disposition: attachment;\n filename*0*=iso-8859-1'de'Trainingsplan%20f%FCr;\n filename*1*=%20M%E4rz.pdf\n\nJVBERi0xLjQK\n--L--\n",
			text: "My plan:", atts: []string{"Trainingsplan für März.pdf"}},
		{name: "RFC 2231 name in a legacy charset, whole",
			raw: head + "Content-Type: multipart/mixed; boundary=\"W\"\n\n--W\nContent-Type: text/plain\n\nMy plan:\n" +
				"--W\nContent-Type: application/pdf; name*=koi8-r''%F0%CC%C1%CE.pdf\n\nJVBERi0xLjQK\n--W--\n",
			text: "My plan:", atts: []string{"План.pdf"}},
		{name: "closed with another boundary",
			raw: head + "Content-Type: multipart/alternative; boundary=\"--=_A1\"\n\n" +
				"----=_B2\nContent-Type: text/plain\n\nDo I rest two weeks?\n\n----=_C3--\n\n",
			text: "Do I rest two weeks?", warn: "guessed from body"},
		{name: "empty multipart",
			raw:  head + "Content-Type: multipart/mixed; boundary=\"X\"\n\n\n\n",
			text: "", warn: "multipart body is empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustParse(t, tt.raw)
			if m.Text != tt.text {
				t.Errorf("got text %q, want %q", m.Text, tt.text)
			}
			var names []string
			for _, a := range m.Attachments {
				names = append(names, a.Filename)
			}
			if strings.Join(names, "|") != strings.Join(tt.atts, "|") {
				t.Errorf("got attachments %q, want %q", names, tt.atts)
			}
			got := strings.Join(m.Warnings, "; ")
			if !strings.Contains(got, tt.warn) || tt.noWarn != "" && strings.Contains(got, tt.noWarn) {
				t.Errorf("got warnings %q, want %q and no %q", got, tt.warn, tt.noWarn)
			}
		})
	}
}

// TestParseByteOrderMark checks mail that Windows tools saved or relayed
// as a UTF-8 file, with a byte-order mark before the header or at the
// start of a part: the mail must be read, and the mark is no text.
func TestParseByteOrderMark(t *testing.T) {
	const head = "From: Ines <ines@example.pt>\r\nTo: ask@example.org\r\nSubject: Shin splints\r\nMIME-Version: 1.0\r\n"
	tests := []struct {
		name, raw, warn string
	}{
		{name: "before the header", raw: "\ufeff" + head + "Content-Type: text/plain\r\n\r\nIce or heat?\r\n",
			warn: "byte-order mark before the header"},
		{name: "before the text", raw: head + "Content-Type: text/plain; charset=utf-8\r\n\r\n\ufeffIce or heat?\r\n"},
		{name: "in base64", raw: head + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n77u/SWNlIG9yIGhlYXQ/\r\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustParse(t, tt.raw)
			if m.Text != "Ice or heat?" || m.Subject != "Shin splints" || m.From.Addr != "ines@example.pt" {
				t.Errorf("got text %q, subject %q, from %q; want the mail read whole", m.Text, m.Subject, m.From.Addr)
			}
			if got := strings.Join(m.Warnings, "; "); !strings.Contains(got, tt.warn) {
				t.Errorf("got warnings %q, want %q", got, tt.warn)
			}
		})
	}
}

// TestParseObjectReplacementCharacter checks Apple Mail's plain version
// of a mail with an inline image, which marks the image's place with
// U+FFFC: the mark, a box on screen, goes, and the image stays an
// attachment.
func TestParseObjectReplacementCharacter(t *testing.T) {
	raw := "From: Ines <ines@example.pt>\r\nTo: ask@example.org\r\nSubject: Swelling\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=\"A\"\r\n\r\n" +
		"--A\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" +
		"Here is my knee:\r\n=EF=BF=BC\r\n\r\nIt is swollen.\r\n" +
		"--A\r\nContent-Type: image/jpeg; name=\"knee.jpg\"\r\nContent-Disposition: inline; filename=\"knee.jpg\"\r\n\r\n/9j/4AAQ\r\n--A--\r\n"
	m := mustParse(t, raw)
	if strings.Contains(m.Text, "\ufffc") || !strings.Contains(m.Text, "Here is my knee:") || !strings.Contains(m.Text, "It is swollen.") {
		t.Errorf("got text %q", m.Text)
	}
	if len(m.Attachments) != 1 {
		t.Errorf("got attachments %v, want the image", m.Attachments)
	}
}
