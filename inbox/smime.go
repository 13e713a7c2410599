package inbox

import (
	"bytes"
	"errors"
	"strings"

	"github.com/emersion/go-message/textproto"
)

// S/MIME opaque-signed mail (RFC 8551 3.5.2) carries the signed MIME
// entity inside a CMS SignedData structure (RFC 5652 5), as the body of an
// application/pkcs7-mime part: a reader that does not look inside sees an
// attachment and no text. Outlook and Apple Mail send it so, and openssl
// without -detach. The structure is BER: besides DER's definite lengths,
// streaming signers write indefinite lengths and cut the content into a
// constructed OCTET STRING of pieces. The signature is not checked: the
// mail's sender is vouched for by the route it came by, as for any mail.

var (
	errBER       = errors.New("malformed BER")
	errNotSigned = errors.New("not CMS signed-data")
)

// BER identifier octets of the types signedContent reads (X.690 8.1.2).
const (
	berOctets      = 0x04
	berOctetsParts = 0x24 // constructed OCTET STRING
	berOID         = 0x06
	berSequence    = 0x30
	berExplicit0   = 0xa0 // [0] EXPLICIT
)

// maxBERDepth bounds the nesting of indefinite lengths and constructed
// strings read; a signed mail nests a handful deep.
const maxBERDepth = 32

// oidSignedData is id-signedData, 1.2.840.113549.1.7.2, as DER encodes it.
var oidSignedData = []byte{0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02}

// isPKCS7Mime reports the media types of an S/MIME part that holds a CMS
// structure whole, the x- one as older clients name it.
func isPKCS7Mime(mt string) bool {
	return mt == "application/pkcs7-mime" || mt == "application/x-pkcs7-mime"
}

// signedEntity reads the entity that an S/MIME part signed whole holds,
// with the part's media type, or reports false for any other part. A
// part typed application/octet-stream counts when its file name ends in
// .p7m, as gateways that retype parts they do not know leave it: RFC
// 8551 3.2.1 names the suffix for agents that go by the name.
func (w *walker) signedEntity(h textproto.Header, mt string, params map[string]string, data []byte, depth int) (content, bool) {
	if !isPKCS7Mime(mt) {
		if mt != "application/octet-stream" {
			return content{}, false
		}
		_, dparams := disposition(h)
		if !strings.HasSuffix(strings.ToLower(partFilename(h, dparams, params)), ".p7m") {
			return content{}, false
		}
	}
	inner, ok := w.opaqueSigned(params, data)
	if !ok {
		return content{}, false
	}
	ih, ibody, warns := w.readHeader(inner)
	if !ih.Has("Content-Type") {
		// A signed file, such as the contract.pdf.p7m that
		// qualified electronic signatures (CAdES, ETSI EN 319 122)
		// attach, holds the file and no MIME entity; every S/MIME
		// agent heads the entity it signs with its Content-Type
		// (RFC 8551 3.1). Read as a part, the file would become the
		// mail's text and be lost as an attachment.
		return content{}, false
	}
	w.warn("S/MIME signed whole; the signed part is read, its signature not checked")
	for _, s := range warns {
		w.warn(s)
	}
	c := w.entity(ih, ibody, depth+1)
	c.mediaType = mt
	return c, true
}

// signedContent returns the content a CMS ContentInfo of signed-data
// carries: ContentInfo's [0] holds SignedData, whose third field,
// encapContentInfo, holds the content as its [0] OCTET STRING.
func signedContent(b []byte) ([]byte, error) {
	id, ci, _, err := readBER(b, 0)
	if err != nil {
		return nil, err
	}
	if id != berSequence {
		return nil, errNotSigned
	}
	id, oid, rest, err := readBER(ci, 0)
	if err != nil || id != berOID || !bytes.Equal(oid, oidSignedData) {
		return nil, errNotSigned
	}
	signed, err := field(rest, berExplicit0)
	if err != nil {
		return nil, err
	}
	if signed, err = field(signed, berSequence); err != nil {
		return nil, err
	}
	// version INTEGER, digestAlgorithms SET, encapContentInfo SEQUENCE.
	for range 2 {
		if _, _, signed, err = readBER(signed, 0); err != nil {
			return nil, err
		}
	}
	encap, err := field(signed, berSequence)
	if err != nil {
		return nil, err
	}
	if _, _, encap, err = readBER(encap, 0); err != nil { // eContentType
		return nil, err
	}
	octets, err := field(encap, berExplicit0)
	if err != nil {
		return nil, err // detached: no content to read
	}
	id, data, _, err := readBER(octets, 0)
	if err != nil {
		return nil, err
	}
	return octetString(id, data, 0)
}

// field reads the element at the start of b and returns its contents
// when its identifier is id.
func field(b []byte, id byte) ([]byte, error) {
	got, content, _, err := readBER(b, 0)
	if err != nil {
		return nil, err
	}
	if got != id {
		return nil, errBER
	}
	return content, nil
}

// octetString joins the pieces of an OCTET STRING, which BER may write
// constructed, as nested strings to be joined in order (X.690 8.7.3).
func octetString(id byte, content []byte, depth int) ([]byte, error) {
	switch {
	case id == berOctets:
		return content, nil
	case id != berOctetsParts || depth > maxBERDepth:
		return nil, errBER
	}
	var out []byte
	for len(content) > 0 {
		sub, piece, rest, err := readBER(content, depth+1)
		if err != nil {
			return nil, err
		}
		if piece, err = octetString(sub, piece, depth+1); err != nil {
			return nil, err
		}
		out = append(out, piece...)
		content = rest
	}
	return out, nil
}

// readBER reads the element at the start of b (X.690 8.1): its identifier
// octet, its contents and what follows it. Contents of indefinite length
// run to the end-of-contents octets that close them, found by reading the
// elements inside. Tag numbers above 30 are not read: CMS uses none.
func readBER(b []byte, depth int) (id byte, content, rest []byte, err error) {
	if len(b) < 2 || b[0]&0x1f == 0x1f || depth > maxBERDepth {
		return 0, nil, nil, errBER
	}
	id, l := b[0], int(b[1])
	b = b[2:]
	switch {
	case l < 0x80:
	case l == 0x80:
		if id&0x20 == 0 {
			return 0, nil, nil, errBER // only constructed elements may be indefinite
		}
		n, err := indefiniteLength(b, depth)
		if err != nil {
			return 0, nil, nil, err
		}
		return id, b[:n], b[n+2:], nil
	default:
		size := l & 0x7f
		if size > 4 || len(b) < size {
			return 0, nil, nil, errBER
		}
		l = 0
		for _, c := range b[:size] {
			l = l<<8 | int(c)
		}
		b = b[size:]
	}
	if l < 0 || l > len(b) {
		return 0, nil, nil, errBER
	}
	return id, b[:l], b[l:], nil
}

// indefiniteLength is the length of contents that run to the
// end-of-contents octets, two zero bytes where an element would start.
func indefiniteLength(b []byte, depth int) (int, error) {
	n := 0
	for {
		if len(b)-n >= 2 && b[n] == 0 && b[n+1] == 0 {
			return n, nil
		}
		_, _, rest, err := readBER(b[n:], depth+1)
		if err != nil {
			return 0, err
		}
		n = len(b) - len(rest)
	}
}

// opaqueSigned returns the MIME entity an application/pkcs7-mime part
// signed whole holds, or false for one that holds no signed content: the
// key to encrypted content is the recipient's, and such a mail is kept
// with a note of why it has no text.
func (w *walker) opaqueSigned(params map[string]string, data []byte) ([]byte, bool) {
	switch st := smimeType(params); st {
	case "enveloped-data", "authenveloped-data":
		w.warn("the part is S/MIME encrypted; its text cannot be read")
		return nil, false
	case "", "signed-data":
		inner, err := signedContent(data)
		if err != nil {
			if st == "signed-data" {
				w.warn("an S/MIME signed part could not be read: " + err.Error())
			}
			return nil, false
		}
		return inner, true
	}
	return nil, false
}

// smimeType is a pkcs7-mime part's smime-type parameter, lowercased.
func smimeType(params map[string]string) string {
	return strings.ToLower(strings.TrimSpace(params["smime-type"]))
}
