package mailer

import (
	"crypto"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"fmt"
	"strings"

	"github.com/emersion/go-msgauth/dkim"
	gomail "github.com/wneessen/go-mail"
)

// DKIM signs outgoing mail for a domain (RFC 6376), so that receivers can
// tell it really comes from there and DMARC can pass.
type DKIM struct {
	Domain   string        // the d= of the signature, e.g. example.org
	Selector string        // the s=: the key is published at <selector>._domainkey.<domain>
	Key      crypto.Signer // an *rsa.PrivateKey or an ed25519.PrivateKey
}

// minRSABits is the smallest RSA key a verifier must accept (RFC 8301 3.2).
const minRSABits = 1024

func (d *DKIM) check() error {
	if d.Domain == "" || d.Selector == "" {
		return errors.New("mailer: DKIM needs a domain and a selector")
	}
	switch k := d.Key.(type) {
	case *rsa.PrivateKey:
		if k.N.BitLen() < minRSABits {
			return fmt.Errorf("mailer: DKIM RSA key has %d bits; verifiers need at least %d", k.N.BitLen(), minRSABits)
		}
	case ed25519.PrivateKey:
	default:
		return fmt.Errorf("mailer: DKIM key of type %T: want RSA or Ed25519", d.Key)
	}
	return nil
}

// signedHeaders are the fields every signature covers, following RFC 6376
// 5.4.1: those that carry the message's meaning to its reader, and the
// one-click unsubscribe fields, which RFC 8058 4 requires to be signed. A
// field the message lacks is signed as absent, so that nobody can add it
// on the way.
var signedHeaders = []string{
	"From", "To", "Subject", "Date", "Message-ID", "In-Reply-To", "References",
	"MIME-Version", "Content-Type", "Content-Transfer-Encoding", "Reply-To",
	"List-Unsubscribe", "List-Unsubscribe-Post",
}

// oversigned fields are named once more than they occur, so that a second
// instance added above ours breaks the signature instead of being shown
// to the reader in place of ours (RFC 6376 8.15).
var oversigned = []string{
	"From", "To", "Subject", "Date", "Message-ID", "Reply-To",
	"List-Unsubscribe", "List-Unsubscribe-Post",
}

// dkimMiddleware is the go-mail middleware type of dkimSigning.
const dkimMiddleware gomail.MiddlewareType = "helpline-dkim"

// dkimSigning signs a message as it is written, so that the signature
// covers the bytes a transport sends, after any change it made (such as
// re-encoding 8-bit parts for a relay without 8BITMIME). go-mail's own
// signer folds the DKIM-Signature field inside tag values, which relaxed
// canonicalisation reads as added spaces: its signatures do not verify.
type dkimSigning struct {
	opts *dkim.SignOptions
}

var _ gomail.Middleware = dkimSigning{}

// signing is the middleware that signs m: the fields it names, and
// List-Id when m has one.
func (d *DKIM) signing(m *Message) dkimSigning {
	headers := signedHeaders
	for _, h := range m.Headers {
		if strings.EqualFold(h.Name, "List-Id") {
			headers = append(headers[:len(headers):len(headers)], "List-Id")
			break
		}
	}
	return dkimSigning{opts: &dkim.SignOptions{
		Domain: d.Domain, Selector: d.Selector, Signer: d.Key,
		HeaderCanonicalization: dkim.CanonicalizationRelaxed,
		BodyCanonicalization:   dkim.CanonicalizationRelaxed,
		HeaderKeys:             append(headers[:len(headers):len(headers)], oversigned...),
	}}
}

// Type names the middleware, so that it runs once per write.
func (s dkimSigning) Type() gomail.MiddlewareType { return dkimMiddleware }

// Handle writes msg as it stands, without this middleware, signs what was
// written and adds the signature field. go-mail keeps a message's
// boundaries once written, so the write that follows is the same bytes
// with the field added. Middleware cannot fail; a signature that cannot be
// made panics, which fails the mail rather than sending it unsigned.
func (s dkimSigning) Handle(msg *gomail.Msg) *gomail.Msg {
	signer, err := dkim.NewSigner(s.opts)
	if err != nil {
		panic(fmt.Sprintf("dkim: %v", err))
	}
	if _, err := msg.WriteToSkipMiddleware(signer, dkimMiddleware); err != nil {
		signer.Close()
		panic(fmt.Sprintf("dkim: write message: %v", err))
	}
	if err := signer.Close(); err != nil {
		panic(fmt.Sprintf("dkim: sign: %v", err))
	}
	field := strings.TrimSuffix(signer.Signature(), "\r\n")
	name, value, _ := strings.Cut(field, ":")
	msg.SetGenHeaderPreformatted(gomail.Header(name), strings.TrimLeft(value, " "))
	return msg
}

// ParseDKIMKey reads a private key in PEM: PKCS #8 ("PRIVATE KEY", RSA or
// Ed25519) or PKCS #1 ("RSA PRIVATE KEY").
func ParseDKIMKey(b []byte) (crypto.Signer, error) {
	block, rest := pem.Decode(b)
	if block == nil {
		return nil, errors.New("no PEM block found")
	}
	if strings.TrimSpace(string(rest)) != "" {
		return nil, errors.New("more than one PEM block")
	}
	var key any
	var err error
	switch block.Type {
	case "PRIVATE KEY":
		key, err = x509.ParsePKCS8PrivateKey(block.Bytes)
	case "RSA PRIVATE KEY":
		key, err = x509.ParsePKCS1PrivateKey(block.Bytes)
	default:
		return nil, fmt.Errorf("PEM block %q is not a private key", block.Type)
	}
	if err != nil {
		return nil, fmt.Errorf("parse %s: %w", strings.ToLower(block.Type), err)
	}
	switch k := key.(type) {
	case *rsa.PrivateKey:
		if k.N.BitLen() < minRSABits {
			return nil, fmt.Errorf("RSA key has %d bits; verifiers need at least %d (2048 is usual)", k.N.BitLen(), minRSABits)
		}
		return k, nil
	case ed25519.PrivateKey:
		return k, nil
	default:
		return nil, fmt.Errorf("key of type %T: want RSA or Ed25519", key)
	}
}

// DKIMRecord is the TXT record that publishes key's public half at
// <selector>._domainkey.<domain> (RFC 6376 3.6.1; RFC 8463 for Ed25519).
func DKIMRecord(key crypto.Signer) (string, error) {
	switch pub := key.Public().(type) {
	case *rsa.PublicKey:
		der, err := x509.MarshalPKIXPublicKey(pub)
		if err != nil {
			return "", fmt.Errorf("encode public key: %w", err)
		}
		return "v=DKIM1; k=rsa; p=" + base64.StdEncoding.EncodeToString(der), nil
	case ed25519.PublicKey:
		// RFC 8463 3: the bare 32 bytes, not a SubjectPublicKeyInfo.
		return "v=DKIM1; k=ed25519; p=" + base64.StdEncoding.EncodeToString(pub), nil
	default:
		return "", fmt.Errorf("key of type %T: want RSA or Ed25519", pub)
	}
}
