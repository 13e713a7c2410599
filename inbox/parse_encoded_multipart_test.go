package inbox

import (
	"bytes"
	"encoding/base64"
	"mime/quotedprintable"
	"strings"
	"testing"
)

// TestParseEncodedMultipart checks a multipart whose body a gateway
// encoded as a whole, which RFC 2045 6.4 forbids: its parts must be read
// once decoded, and a multipart merely labelled with an encoding, whose
// parts carry their own, must not be decoded twice.
func TestParseEncodedMultipart(t *testing.T) {
	const head = "From: Ines <ines@example.pt>\nTo: ask@example.org\nSubject: Shin splints\nMIME-Version: 1.0\n"
	const boundary = "=_gw_" + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
	inner := "--" + boundary + "\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" +
		"Ice or heat – which one = better?\n" +
		"--" + boundary + "\nContent-Type: application/pdf; name=\"plan.pdf\"\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n" +
		"--" + boundary + "--\n"
	var b64 strings.Builder
	enc := base64.StdEncoding.EncodeToString([]byte(inner))
	for len(enc) > 76 {
		b64.WriteString(enc[:76] + "\n")
		enc = enc[76:]
	}
	b64.WriteString(enc + "\n")
	var qp bytes.Buffer
	qw := quotedprintable.NewWriter(&qp)
	qw.Write([]byte(inner))
	qw.Close()
	labelled := head + "Content-Type: multipart/alternative; boundary=\"L1\"\nContent-Transfer-Encoding: quoted-printable\n\n" +
		"--L1\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nIce or heat =3D which one?\n--L1--\n"
	tests := []struct {
		name, raw string
		text      string
		atts      int
		warn      string
	}{
		{name: "base64",
			raw:  head + "Content-Type: multipart/mixed;\n boundary=\"" + boundary + "\"\nContent-Transfer-Encoding: base64\n\n" + b64.String(),
			text: "Ice or heat – which one = better?", atts: 1, warn: "encoded as a whole"},
		{name: "quoted-printable with the delimiters broken over lines",
			raw:  head + "Content-Type: multipart/mixed;\n boundary=\"" + boundary + "\"\nContent-Transfer-Encoding: quoted-printable\n\n" + qp.String(),
			text: "Ice or heat – which one = better?", atts: 1, warn: "encoded as a whole"},
		{name: "only labelled", raw: labelled, text: "Ice or heat = which one?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustParse(t, tt.raw)
			if m.Text != tt.text {
				t.Errorf("got text %q, want %q", m.Text, tt.text)
			}
			if len(m.Attachments) != tt.atts {
				t.Errorf("got attachments %v, want %d", m.Attachments, tt.atts)
			}
			if got := strings.Join(m.Warnings, "; "); !strings.Contains(got, tt.warn) {
				t.Errorf("got warnings %q, want %q", got, tt.warn)
			}
		})
	}
}
