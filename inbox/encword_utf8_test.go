package inbox

import (
	"encoding/base64"
	"testing"
)

// TestUTF8WordsUnderWesternLabel checks encoded-words that mailers label
// with their default Western charset though they wrote them in UTF-8, in
// the subject and in a display name, quoted or not: they must read as
// UTF-8, and words that are really in the charset they name must not.
func TestUTF8WordsUnderWesternLabel(t *testing.T) {
	b64 := func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
	tests := []struct {
		name, from, subject string
		wantName, wantSubj  string
	}{
		{name: "iso-8859-1 and windows-1252",
			from:     "=?iso-8859-1?Q?Jos=C3=A9_Mu=C3=B1oz?= <jose@example.es>",
			subject:  "=?windows-1252?Q?Rodilla_=E2=80=93_descanso?=",
			wantName: "José Muñoz", wantSubj: "Rodilla – descanso"},
		{name: "us-ascii and iso-8859-15 in base64",
			from:     "\"=?us-ascii?B?" + b64("Zoë Ñúñez") + "?=\" <zoe@example.es>",
			subject:  "=?ISO-8859-15?B?" + b64("¿Cuánto descanso?") + "?=",
			wantName: "Zoë Ñúñez", wantSubj: "¿Cuánto descanso?"},
		{name: "a character split between words",
			from:     "=?latin1?Q?Jos=C3?= =?latin1?Q?=A9?= <jose@example.es>",
			subject:  "=?iso-8859-1?Q?Caf=C3?=\n =?iso-8859-1?Q?=A9_au_lait?=",
			wantName: "José", wantSubj: "Café au lait"},
		{name: "really Latin-1",
			from:     "=?iso-8859-1?Q?Andr=E9_M=FCller?= <andre@example.de>",
			subject:  "=?iso-8859-1?Q?Caf=E9_=80_und_na=EFv?=",
			wantName: "André Müller", wantSubj: "Café € und naïv"},
		{name: "Latin-1 under us-ascii",
			from:     "=?us-ascii?Q?Andr=E9_M=FCller?= <andre@example.de>",
			subject:  "=?US-ASCII?Q?Kn=E9e_=80_10_km?=",
			wantName: "André Müller", wantSubj: "Knée € 10 km"},
		{name: "a Cyrillic label stays",
			from:     "=?koi8-r?B?" + b64("\xf0\xd2\xc9\xd7\xc5\xd4") + "?= <ivan@example.ru>",
			subject:  "=?windows-1251?Q?=D0=B8?=",
			wantName: "Привет", wantSubj: "Рё"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustParse(t, "From: "+tt.from+"\nTo: ask@example.org\nSubject: "+tt.subject+"\nMIME-Version: 1.0\n\nhola\n")
			if m.From.Name != tt.wantName {
				t.Errorf("got name %q, want %q", m.From.Name, tt.wantName)
			}
			if m.Subject != tt.wantSubj {
				t.Errorf("got subject %q, want %q", m.Subject, tt.wantSubj)
			}
		})
	}
}

// TestSubjectCutInAnEncodedWord checks a subject that a gateway cut to a
// length inside its last encoded-word: the text before the cut must be
// read, a character cut in two dropped, and a value that merely holds
// "=?" left as it is.
func TestSubjectCutInAnEncodedWord(t *testing.T) {
	b64 := func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
	tests := []struct {
		name, subject, want string
	}{
		{name: "base64", subject: "=?UTF-8?B?" + b64("Élève question about r")[:28], want: "Élève question abou"},
		{name: "base64 cut in a character", subject: "=?UTF-8?B?" + b64("Élève caf\xc3"), want: "Élève caf"},
		{name: "after a whole word", subject: "=?UTF-8?Q?=C3=89l=C3=A8ve?= =?UTF-8?Q?_question_ab", want: "Élève question ab"},
		{name: "quoted-printable", subject: "=?iso-8859-1?Q?Caf=E9_question_about_r", want: "Café question about r"},
		{name: "no encoded-word", subject: "Is x=?y a question", want: "Is x=?y a question"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustParse(t, "From: ines@example.pt\nTo: ask@example.org\nSubject: "+tt.subject+"\n\nhola\n")
			if m.Subject != tt.want {
				t.Errorf("got subject %q, want %q", m.Subject, tt.want)
			}
		})
	}
}
