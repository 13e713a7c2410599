package inbox

import (
	"bytes"
	"encoding/base64"
	"strings"
	"testing"
)

// cmsSigned builds a CMS ContentInfo of signed-data around content, as
// a signer writes it, with the certificates and signer infos left empty:
// signedContent reads past them. The content octets are written by
// octets, and the elements' lengths by wrap.
func cmsSigned(content []byte, wrap func(id byte, b ...[]byte) []byte, octets func([]byte) []byte) []byte {
	oidData := []byte{0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01}
	signed := wrap(berSequence,
		[]byte{0x02, 0x01, 0x01}, // version
		wrap(0x31),               // digestAlgorithms
		wrap(berSequence, wrap(berOID, oidData), wrap(berExplicit0, octets(content))),
		wrap(0x31)) // signerInfos
	return wrap(berSequence, wrap(berOID, oidSignedData), wrap(berExplicit0, signed))
}

// definite writes DER's definite lengths, in the long form past 127.
func definite(id byte, parts ...[]byte) []byte {
	b := bytes.Join(parts, nil)
	switch n := len(b); {
	case n < 0x80:
		return append([]byte{id, byte(n)}, b...)
	case n < 0x100:
		return append([]byte{id, 0x81, byte(n)}, b...)
	default:
		return append([]byte{id, 0x82, byte(n >> 8), byte(n)}, b...)
	}
}

// indefinite writes constructed elements with indefinite lengths, as
// streaming signers do.
func indefinite(id byte, parts ...[]byte) []byte {
	if id&0x20 == 0 {
		return definite(id, parts...)
	}
	return append(append([]byte{id, 0x80}, bytes.Join(parts, nil)...), 0, 0)
}

func TestSignedContent(t *testing.T) {
	content := []byte("Content-Type: text/plain\r\n\r\n" + strings.Repeat("How long should I rest? ", 20) + "\r\n")
	whole := func(b []byte) []byte { return definite(berOctets, b) }
	// Pieces of 100 bytes, the middle ones nested once more.
	pieces := func(b []byte) []byte {
		var ps [][]byte
		for len(b) > 100 {
			ps, b = append(ps, definite(berOctets, b[:100])), b[100:]
		}
		ps = append(ps, definite(berOctets, b))
		mid := indefinite(berOctetsParts, ps[1:len(ps)-1]...)
		return indefinite(berOctetsParts, ps[0], mid, ps[len(ps)-1])
	}
	tests := []struct {
		name string
		in   []byte
		want []byte
		err  bool
	}{
		{name: "DER", in: cmsSigned(content, definite, whole), want: content},
		{name: "BER with indefinite lengths", in: cmsSigned(content, indefinite, whole), want: content},
		{name: "constructed octet string", in: cmsSigned(content, indefinite, pieces), want: content},
		{name: "enveloped data", in: definite(berSequence, definite(berOID, []byte{0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x03})), err: true},
		{name: "cut short", in: cmsSigned(content, definite, whole)[:200], err: true},
		{name: "indefinite never closed", in: cmsSigned(content, indefinite, pieces)[:300], err: true},
		{name: "nested past the bound", in: bytes.Repeat([]byte{berSequence, 0x80}, 10000), err: true},
		{name: "length past the end", in: []byte{berSequence, 0x84, 0x7f, 0xff, 0xff, 0xff, 0x00}, err: true},
		{name: "empty", in: nil, err: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := signedContent(tt.in)
			if tt.err != (err != nil) || !bytes.Equal(got, tt.want) {
				t.Errorf("got %q, %v; want %q, error %v", got, err, tt.want, tt.err)
			}
		})
	}
}

// TestParseOpaqueSignedInMixed checks a signed-whole part that is not the
// whole mail, as a list or a forward carries it, also when a gateway
// retyped it application/octet-stream, and one whose structure is
// broken: those are read, the last is kept as an attachment, as is a
// signed file, which holds no MIME entity.
func TestParseOpaqueSignedInMixed(t *testing.T) {
	inner := []byte("Content-Type: text/plain; charset=utf-8\r\n\r\nIce or heat – which one?\r\n")
	signed := cmsSigned(inner, indefinite, func(b []byte) []byte { return definite(berOctets, b) })
	signedFile := cmsSigned([]byte("%PDF-1.4\r\n1 0 obj\r\n<< /Type /Catalog >>\r\nendobj\r\n%%EOF\r\n"), definite, func(b []byte) []byte { return definite(berOctets, b) })
	b64 := func(b []byte) string {
		var sb strings.Builder
		enc := base64.StdEncoding.EncodeToString(b)
		for len(enc) > 76 {
			sb.WriteString(enc[:76] + "\r\n")
			enc = enc[76:]
		}
		return sb.String() + enc + "\r\n"
	}
	tests := []struct {
		name, ct string
		body     []byte
		text     string
		atts     int
	}{
		{name: "pkcs7-mime", ct: "application/pkcs7-mime; name=smime.p7m", body: signed, text: "Ice or heat – which one?"},
		{name: "retyped", ct: "application/octet-stream; name=\"SMIME.P7M\"", body: signed, text: "Ice or heat – which one?"},
		{name: "retyped with another name", ct: "application/octet-stream; name=data.bin", body: signed, atts: 1},
		{name: "broken", ct: "application/pkcs7-mime; name=smime.p7m", body: []byte("not a CMS structure at all"), atts: 1},
		{name: "a signed file", ct: "application/pkcs7-mime; name=\"contract.pdf.p7m\"", body: signedFile, atts: 1},
		{name: "a signed file retyped", ct: "application/octet-stream; name=\"contract.pdf.p7m\"", body: signedFile, atts: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustParse(t, "From: Ines <ines@example.pt>\r\nTo: ask@example.org\r\nSubject: Shins\r\nMIME-Version: 1.0\r\n"+
				"Content-Type: multipart/mixed; boundary=M\r\n\r\n--M\r\n"+
				"Content-Type: "+tt.ct+"\r\nContent-Transfer-Encoding: base64\r\n\r\n"+b64(tt.body)+"--M--\r\n")
			if m.Text != tt.text || len(m.Attachments) != tt.atts {
				t.Errorf("got text %q, attachments %v; want %q and %d", m.Text, m.Attachments, tt.text, tt.atts)
			}
		})
	}
}
