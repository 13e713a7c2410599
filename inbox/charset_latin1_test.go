package inbox

import "testing"

// TestLatin1ReadAsWindows1252 checks that text labelled ISO-8859-1 keeps
// the quotes, dashes and euro signs Windows mailers write in it, in the
// body, the subject and the sender's name, while Latin-1 letters and text
// in other charsets read as before.
func TestLatin1ReadAsWindows1252(t *testing.T) {
	tests := []struct {
		name                     string
		from, subject, ctype     string
		body                     string
		wantName, wantSubj, want string
	}{
		{"quotes and euro in a latin-1 body",
			"Jo <jo@reader.test>", "Shoes", "text/plain; charset=iso-8859-1",
			"I paid \x80120 for them \x96 is that too much\x85 My \x93fast\x94 pair.\n",
			"Jo", "Shoes", "I paid €120 for them – is that too much… My “fast” pair."},
		{"latin1 label",
			"Jo <jo@reader.test>", "Shoes", "text/plain; charset=latin1",
			"It\x92s my first marathon.\n",
			"Jo", "Shoes", "It’s my first marathon."},
		{"subject and name in latin-1 encoded-words",
			"=?iso-8859-1?q?Ren=E9e_=93Coach=94_M=FCller?= <renee@reader.test>", "=?ISO-8859-1?Q?Pace_for_10_km_=96_too_fast=3F?=",
			"text/plain; charset=us-ascii", "Is 5:00 per km too fast?\n",
			"Renée “Coach” Müller", "Pace for 10 km – too fast?", "Is 5:00 per km too fast?"},
		{"latin-1 letters only",
			"=?iso-8859-1?q?J=F6rg?= <joerg@reader.test>", "=?iso-8859-1?q?F=FC=DFe?=", "text/plain; charset=iso-8859-1",
			"Meine F\xfc\xdfe tun weh, gr\xfc\xdfe aus K\xf6ln.\n",
			"Jörg", "Füße", "Meine Füße tun weh, grüße aus Köln."},
		{"latin-9 euro",
			"Jo <jo@reader.test>", "Price", "text/plain; charset=iso-8859-15",
			"It cost \xa4120.\n",
			"Jo", "Price", "It cost €120."},
		{"unencoded subject and name in windows-1252 under a latin-1 body",
			"Ren\xe9e \x93Coach\x94 <renee@reader.test>", "Race fee \x8025 \x96 worth it\x85", "text/plain; charset=iso-8859-1",
			"Is the \x8025 entry worth it?\n",
			"Renée “Coach”", "Race fee €25 – worth it…", "Is the €25 entry worth it?"},
		{"unencoded utf-8 subject with one windows-1252 dash under a latin-1 body",
			"\xd0\x9e\xd0\xbb\xd1\x8f <olya@reader.test>", "\xd0\x91\xd0\xb5\xd0\xb3 \xd0\xb8 \xd0\xba\xd0\xbe\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xb8 \x96 help", "text/plain; charset=iso-8859-1",
			"Hallo.\n",
			"Оля", "Бег и колени – help", "Hallo."},
		{"unencoded latin-1 letters in the subject",
			"J\xf6rg <joerg@reader.test>", "F\xfc\xdfe nach dem Lauf", "text/plain; charset=iso-8859-1",
			"Meine F\xfc\xdfe tun weh.\n",
			"Jörg", "Füße nach dem Lauf", "Meine Füße tun weh."},
		{"a utf-8 signature pasted into a latin-1 body",
			"Jo <jo@reader.test>", "Shoes", "text/plain; charset=iso-8859-1",
			"Sch\xf6ne Gr\xfc\xdfe\nMarienstra\xc3\x9fe 5 \xe2\x80\x93 Berlin\n",
			"Jo", "Shoes", "Schöne Grüße\nMarienstraße 5 – Berlin"},
		{"a capital with an accent against a guillemet stays latin-1",
			"Jo <jo@reader.test>", "Shoes", "text/plain; charset=iso-8859-1",
			"Le \xabCAF\xc9\xbb \xe0 c\xf4t\xe9.\n",
			"Jo", "Shoes", "Le «CAFÉ» à côté."},
		{"utf-8 encoded-word beside",
			"=?utf-8?q?Zo=C3=AB?= <zoe@reader.test>", "=?utf-8?q?Caf=C3=A9_run?=", "text/plain; charset=utf-8",
			"Caf\xc3\xa9 after the run?\n",
			"Zoë", "Café run", "Café after the run?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := "From: " + tt.from + "\nTo: ask@help.test\nSubject: " + tt.subject +
				"\nMIME-Version: 1.0\nContent-Type: " + tt.ctype + "\n\n" + tt.body
			m, err := Parse([]byte(raw))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if m.From.Name != tt.wantName {
				t.Errorf("got name %q, want %q", m.From.Name, tt.wantName)
			}
			if m.Subject != tt.wantSubj {
				t.Errorf("got subject %q, want %q", m.Subject, tt.wantSubj)
			}
			if m.Text != tt.want {
				t.Errorf("got text %q, want %q", m.Text, tt.want)
			}
		})
	}
}
