//go:debug rsa1024min=0

package mailer

import (
	"bytes"
	"crypto"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/emersion/go-msgauth/dkim"

	"helpline/data"
	"helpline/internal/smtptest"
)

// dkimKeys makes one key of each kind a signer may use.
func dkimKeys(t *testing.T) map[string]crypto.Signer {
	t.Helper()
	rsaKey, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	_, edKey, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return map[string]crypto.Signer{"rsa": rsaKey, "ed25519": edKey}
}

// verifyDKIM checks raw's signatures with go-msgauth's verifier, which
// finds the public key in record as if DNS had published it at
// sel._domainkey.example.org, and returns the one verification.
func verifyDKIM(t *testing.T, raw []byte, record string) *dkim.Verification {
	t.Helper()
	lookup := func(domain string) ([]string, error) {
		if domain != "sel._domainkey.example.org" {
			return nil, fmt.Errorf("no TXT record at %s", domain)
		}
		return []string{record}, nil
	}
	vs, err := dkim.VerifyWithOptions(bytes.NewReader(raw), &dkim.VerifyOptions{LookupTXT: lookup})
	if err != nil {
		t.Fatalf("verify: %v", err)
	}
	if len(vs) != 1 {
		t.Fatalf("got %d signatures, want 1", len(vs))
	}
	return vs[0]
}

// subscriberMail is a welcome mail as the newsletter queues it: 8-bit
// text and HTML, the ebook, and the list and one-click headers.
func subscriberMail() *data.OutboxMail {
	return &data.OutboxMail{
		Kind: data.KindWelcome, To: "runner@example.net", ToName: "Zoë Runner", ReplyTo: helplineAddr,
		Subject: "Welcome to Running Helpline: your free ebook", Attachment: "ebook",
		Text: "Welcome, Zoë.\nYour ebook is attached.   \n\n\n", HTML: "<p>Welcome, Zoë.</p>",
		Headers: map[string]string{
			"List-Unsubscribe":      "<https://help.example.org/unsubscribe/abc>, <mailto:ask+u.abc@example.org>",
			"List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
			"List-Id":               "Running Helpline <news.example.org>",
			"Auto-Submitted":        "auto-generated",
		},
	}
}

// TestDKIMSignsWhatTheServerReceives sends mail signed with each kind of
// key and verifies the message as the SMTP server received it: directly,
// with 8-bit bodies, and through a relay without 8BITMIME, where the
// transport re-encodes the body after the mail was composed.
func TestDKIMSignsWhatTheServerReceives(t *testing.T) {
	for name, key := range dkimKeys(t) {
		record, err := DKIMRecord(key)
		if err != nil {
			t.Fatal(err)
		}
		for _, sevenBit := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/sevenbit=%v", name, sevenBit), func(t *testing.T) {
				srv := smtptest.Start(t)
				db := openDB(t)
				cfg := testConfig(t, srv)
				if sevenBit {
					hide := func(b []byte) []byte { return bytes.ReplaceAll(b, []byte("8BITMIME"), []byte("X-HIDDEN")) }
					cfg.Addr = startProxy(t, srv.Addr(), 0, hide).Addr()
				}
				cfg.DKIM = &DKIM{Domain: "example.org", Selector: "sel", Key: key}
				cfg.Attachments = map[string]Attachment{"ebook": ebook}
				m := enqueue(t, db, subscriberMail())
				start(t, db, cfg)
				waitStatus(t, db, m.ID, data.OutboxSent)
				raw := srv.Messages()[0].Data
				if sevenBit && bytes.IndexFunc(raw, func(r rune) bool { return r >= 0x80 }) >= 0 {
					t.Fatal("the relay without 8BITMIME got 8-bit data")
				}
				checkSignature(t, raw, record)
			})
		}
	}
}

// checkSignature verifies raw, looks at what the signature covers, and
// checks that a changed header or body no longer verifies.
func checkSignature(t *testing.T, raw []byte, record string) {
	t.Helper()
	v := verifyDKIM(t, raw, record)
	if v.Err != nil {
		t.Fatalf("signature does not verify: %v\n%s", v.Err, raw)
	}
	if v.Domain != "example.org" {
		t.Errorf("got d=%s, want example.org", v.Domain)
	}
	signed := make([]string, len(v.HeaderKeys))
	for i, k := range v.HeaderKeys {
		signed[i] = strings.ToLower(k)
	}
	for _, want := range []string{"from", "to", "subject", "date", "message-id", "reply-to", "mime-version",
		"content-type", "list-unsubscribe", "list-unsubscribe-post", "list-id"} {
		if !slices.Contains(signed, want) {
			t.Errorf("signature does not cover %s; it covers %q", want, signed)
		}
	}
	if !bytes.Contains(raw, []byte("c=relaxed/relaxed")) {
		t.Error("signature is not relaxed/relaxed")
	}
	tampered := map[string][]byte{
		"subject":           bytes.Replace(raw, []byte("your free ebook"), []byte("your free ebooks"), 1),
		"added unsubscribe": append([]byte("List-Unsubscribe: <https://evil.example>\r\n"), raw...),
		"body":              bytes.Replace(raw, []byte("attached."), []byte("attached!"), 1),
	}
	for what, b := range tampered {
		if bytes.Equal(b, raw) {
			t.Fatalf("tampering with the %s changed nothing", what)
		}
		if v := verifyDKIM(t, b, record); v.Err == nil {
			t.Errorf("a mail with its %s changed still verifies", what)
		}
	}
}

func TestParseDKIMKey(t *testing.T) {
	keys := dkimKeys(t)
	pkcs8 := func(k crypto.Signer) []byte {
		der, err := x509.MarshalPKCS8PrivateKey(k)
		if err != nil {
			t.Fatal(err)
		}
		return pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der})
	}
	small, err := rsa.GenerateKey(rand.Reader, 512)
	if err != nil {
		t.Fatal(err)
	}
	pkcs1 := pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(keys["rsa"].(*rsa.PrivateKey))})
	tests := []struct {
		name    string
		pem     []byte
		wantErr string
	}{
		{"rsa pkcs8", pkcs8(keys["rsa"]), ""},
		{"rsa pkcs1", pkcs1, ""},
		{"ed25519", pkcs8(keys["ed25519"]), ""},
		{"not pem", []byte("hello"), "no PEM block"},
		{"public key", pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: []byte{1}}), "not a private key"},
		{"short rsa", pkcs8(small), "512 bits"},
		{"two blocks", append(pkcs8(keys["rsa"]), pkcs1...), "more than one"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseDKIMKey(tt.pem)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Errorf("got %v, want no error", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Errorf("got %v, want an error saying %q", err, tt.wantErr)
			}
		})
	}
}
