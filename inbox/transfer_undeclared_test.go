package inbox

import "testing"

// TestParseUndeclaredEncoding checks text sent in base64 or
// quoted-printable with the Content-Transfer-Encoding lost or given as
// 7bit: it must be decoded, and typed text that merely looks a little
// like either must be left as it is.
func TestParseUndeclaredEncoding(t *testing.T) {
	const head = "From: Ines <ines@example.pt>\nTo: ask@example.org\nSubject: Shin splints\nMIME-Version: 1.0\n"
	const plain = "Content-Type: text/plain; charset=utf-8\n"
	tests := []struct {
		name, raw string
		text      string
		warn      string
	}{
		{name: "base64 with no field",
			raw:  head + plain + "\nSWNlIG9yIGhlYXQg4oCTIHdoaWNoIG9uZSBoZWxwcyBteSBzaGlucyBtb3JlIGFmdGVyIGEgbG9u\nZyBydW4/Cg==\n",
			text: "Ice or heat – which one helps my shins more after a long run?", warn: "the body is base64 with no Content-Transfer-Encoding"},
		{name: "base64 under 7bit",
			raw:  head + plain + "Content-Transfer-Encoding: 7bit\n\nSWNlIG9yIGhlYXQ/IE9icmlnYWRhLCBJbsOqcw==\n",
			text: "Ice or heat? Obrigada, Inês", warn: `base64 under Content-Transfer-Encoding "7bit"`},
		{name: "quoted-printable with no field",
			raw:  head + plain + "\nIce or heat =E2=80=93 which one helps my shins more after a lo=\nng run? Obrigada, In=C3=AAs\n",
			text: "Ice or heat – which one helps my shins more after a long run? Obrigada, Inês", warn: "the body is quoted-printable"},
		{name: "quoted-printable in HTML under 8bit",
			raw:  head + "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n<p style=3D\"margin:0\">Ice or heat =E2=80=93 which?</p>\n",
			text: "Ice or heat – which?", warn: "the body is quoted-printable"},
		{name: "a word in the alphabet", raw: head + plain + "\nThanks\n", text: "Thanks"},
		{name: "a long word in the alphabet", raw: head + plain + "\nSupercalifragilisticexpialidocious\n", text: "Supercalifragilisticexpialidocious"},
		{name: "a repeated letter", raw: head + plain + "\naaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n", text: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
		{name: "a checksum", raw: head + plain + "\n9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n",
			text: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"},
		{name: "sums with equals signs", raw: head + plain + "\nMy pace=5:30, HR=150, cadence=180 and E=MC2.\n",
			text: "My pace=5:30, HR=150, cadence=180 and E=MC2."},
		{name: "a hex code after an equals sign", raw: head + plain + "\nColour=FF0000 and size=AB12?\n", text: "Colour=FF0000 and size=AB12?"},
		{name: "an equals sign at the end", raw: head + plain + "\nIs 5 km + 5 km =\n10 km =\n", text: "Is 5 km + 5 km =\n10 km ="},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantTextWarning(t, mustParse(t, tt.raw), tt.text, tt.warn, "decoded")
		})
	}
}
