package main

import (
	"context"
	"crypto"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"helpline/mailer"
)

func dkimCommands() []command {
	return []command{
		{name: "keygen", summary: "write a new DKIM signing key and print the DNS record that publishes it", run: cmdDKIMKeygen},
	}
}

// cmdDKIMKeygen writes a new signing key, readable by its owner only, and
// prints the DNS record that publishes it and the settings that use it.
func cmdDKIMKeygen(ctx context.Context, m *Main, args []string) error {
	flags, _ := m.flags("dkim keygen", "dkim keygen [--type rsa|ed25519] --selector S --domain D --out FILE")
	kind := flags.String("type", "rsa", "key `type`: rsa (2048 bits, read by every receiver) or ed25519 (RFC 8463, not yet by all)")
	selector := flags.String("selector", "", "the DKIM `selector`, e.g. mail2025")
	domain := flags.String("domain", "", "the signing `domain`, that of the helpline address or its parent")
	out := flags.String("out", "", "write the private key to `FILE` (PEM, mode 0600); it must not exist")
	if err := parse(flags, args); err != nil {
		return err
	}
	if err := noArgs(flags); err != nil {
		return err
	}
	switch {
	case *selector == "" || !dnsName.MatchString(*selector):
		return usagef("--selector must be a DNS label such as mail2025")
	case *domain == "" || !dnsName.MatchString(*domain) || !strings.Contains(*domain, "."):
		return usagef("--domain must be a domain name such as example.org")
	case *out == "":
		return usagef("--out FILE is required")
	}
	key, err := generateDKIMKey(*kind)
	if err != nil {
		return err
	}
	if err := writeKey(*out, key); err != nil {
		return err
	}
	record, err := mailer.DKIMRecord(key)
	if err != nil {
		return err
	}
	abs, err := filepath.Abs(*out)
	if err != nil {
		abs = *out
	}
	printDKIMRecord(m.Stdout, *selector, strings.ToLower(*domain), record, abs)
	return nil
}

func generateDKIMKey(kind string) (crypto.Signer, error) {
	switch kind {
	case "rsa":
		// RFC 8301 3.2 asks signers for at least 1024 bits; 2048 is what
		// receivers expect today and still fits a DNS TXT record.
		return rsa.GenerateKey(rand.Reader, 2048)
	case "ed25519":
		_, key, err := ed25519.GenerateKey(rand.Reader)
		return key, err
	default:
		return nil, usagef("--type %q: want rsa or ed25519", kind)
	}
}

// writeKey writes key as PKCS #8 PEM to a new file only its owner can
// read; an existing key is never overwritten, since the one published in
// DNS may be it.
func writeKey(path string, key crypto.Signer) error {
	der, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		return fmt.Errorf("encode key: %w", err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return usagef("%s exists; choose another file (and selector) or remove it first", path)
	}
	if err != nil {
		return err
	}
	if err := pem.Encode(f, &pem.Block{Type: "PRIVATE KEY", Bytes: der}); err != nil {
		f.Close()
		os.Remove(path)
		return fmt.Errorf("write %s: %w", path, err)
	}
	return f.Close()
}

// printDKIMRecord shows the TXT record as a zone file line, its text cut
// into strings of at most 255 bytes as DNS requires (RFC 1035 3.3.14), and
// the settings that sign with the key.
func printDKIMRecord(w io.Writer, selector, domain, record, keyFile string) {
	name := selector + "._domainkey." + domain
	var chunks []string
	for rest := record; rest != ""; {
		n := min(len(rest), 255)
		chunks = append(chunks, `"`+rest[:n]+`"`)
		rest = rest[n:]
	}
	fmt.Fprintf(w, "Publish this DNS record, then set the [dkim] section:\n\n")
	fmt.Fprintf(w, "%s. 3600 IN TXT ( %s )\n\n", name, strings.Join(chunks, "\n\t"))
	fmt.Fprintf(w, "The record's text in one piece, for a DNS provider's web form:\n\n%s\n\n", record)
	fmt.Fprintf(w, "[dkim]\ndomain = %q\nselector = %q\nkey_file = %q\n", domain, selector, keyFile)
}
