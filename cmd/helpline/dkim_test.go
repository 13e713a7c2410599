package main

import (
	"bytes"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/emersion/go-msgauth/dkim"
)

// keygen runs `helpline dkim keygen` and returns the key file and the TXT
// record it printed.
func keygen(t *testing.T, kind string) (keyFile, record string) {
	t.Helper()
	keyFile = filepath.Join(t.TempDir(), "dkim.pem")
	args := []string{"dkim", "keygen", "--type", kind, "--selector", "sel", "--domain", "helpline.localhost", "--out", keyFile}
	var out, errb strings.Builder
	m := &Main{Stdout: &out, Stderr: &errb, Getenv: envOf(nil)}
	if code := m.Run(t.Context(), args); code != 0 {
		t.Fatalf("keygen exited %d: %s", code, errb.String())
	}
	fi, err := os.Stat(keyFile)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("key file mode %v, want 0600", fi.Mode().Perm())
	}
	for _, line := range strings.Split(out.String(), "\n") {
		if strings.HasPrefix(line, "v=DKIM1; k="+kind+"; p=") {
			record = line
		}
	}
	if record == "" || !strings.Contains(out.String(), "sel._domainkey.helpline.localhost. 3600 IN TXT") {
		t.Fatalf("keygen printed no record for sel._domainkey.helpline.localhost:\n%s", out.String())
	}
	out.Reset()
	if code := m.Run(t.Context(), args); code != 2 || !strings.Contains(errb.String(), "exists") {
		t.Errorf("keygen over an existing key exited %d (%s), want 2 and a refusal", code, errb.String())
	}
	return keyFile, record
}

// TestDKIMSignedService makes a key of each kind with the keygen command,
// runs the service with it, and verifies a subscriber's welcome mail,
// one-click unsubscribe headers and all, as the mailbox received it.
func TestDKIMSignedService(t *testing.T) {
	for _, kind := range []string{"rsa", "ed25519"} {
		t.Run(kind, func(t *testing.T) {
			keyFile, record := keygen(t, kind)
			env := servedEnv(t)
			env["HELPLINE_DKIM_DOMAIN"] = "helpline.localhost"
			env["HELPLINE_DKIM_SELECTOR"] = "sel"
			env["HELPLINE_DKIM_KEY_FILE"] = keyFile
			l := startServe(t, env)
			resp, err := http.PostForm("http://"+l.Web+"/subscribe", url.Values{"email": {"reader@helpline.localhost"}})
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			confirmFromMail(t, l, "reader@helpline.localhost")
			welcome := waitForMail(t, l.IMAP, "reader@helpline.localhost", "elcome")
			if welcome.Header.Get("List-Unsubscribe") == "" {
				t.Fatal("the welcome mail has no List-Unsubscribe")
			}
			lookup := func(domain string) ([]string, error) {
				if domain != "sel._domainkey.helpline.localhost" {
					return nil, fmt.Errorf("no record at %s", domain)
				}
				return []string{record}, nil
			}
			vs, err := dkim.VerifyWithOptions(bytes.NewReader(welcome.Raw), &dkim.VerifyOptions{LookupTXT: lookup})
			if err != nil || len(vs) != 1 {
				t.Fatalf("verify: %d signatures, %v; want 1", len(vs), err)
			}
			if vs[0].Err != nil {
				t.Fatalf("signature does not verify: %v\n%s", vs[0].Err, welcome.Raw)
			}
			signed := strings.ToLower(strings.Join(vs[0].HeaderKeys, ":"))
			for _, h := range []string{"list-unsubscribe", "list-unsubscribe-post", "list-id", "from", "subject"} {
				if !strings.Contains(signed, h) {
					t.Errorf("signature covers %s, not %s", signed, h)
				}
			}
		})
	}
}
