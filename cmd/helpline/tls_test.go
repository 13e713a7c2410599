package main

import (
	"crypto/x509"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"helpline/internal/dovecottest"
	"helpline/internal/smtptest"
	"helpline/internal/testcert"
)

// realServersEnv points the service at a Dovecot over imaps and a relay
// with STARTTLS, both with certificates from a private CA.
func realServersEnv(t *testing.T, dc *dovecottest.Server, relay *smtptest.Server) map[string]string {
	env := servedEnv(t)
	env["HELPLINE_SITE_ADDRESS"] = "ask@example.org"
	env["HELPLINE_SITE_OWNER_ADDRESSES"] = "owner@example.org"
	env["HELPLINE_IMAP_ADDR"] = dc.TLSAddr()
	env["HELPLINE_IMAP_TLS"] = "implicit"
	env["HELPLINE_IMAP_USERNAME"] = dovecottest.DefaultUser
	env["HELPLINE_IMAP_PASSWORD"] = dc.Password()
	env["HELPLINE_SMTP_ADDR"] = relay.Addr()
	env["HELPLINE_SMTP_TLS"] = "starttls"
	return env
}

// TestIMAPSWithPrivateCA polls a Dovecot whose certificate a private CA
// signed: it works with imap.ca_file, and without it fails saying why.
func TestIMAPSWithPrivateCA(t *testing.T) {
	ca := testcert.New(t, "127.0.0.1")
	dc := dovecottest.StartTLS(t, ca.ServerCertPEM, ca.ServerKeyPEM)
	relay := smtptest.Start(t, smtptest.WithTLS(ca.ServerConfig(t)))
	env := realServersEnv(t, dc, relay)
	poll := func() (int, string, string) {
		var out, errb strings.Builder
		m := &Main{Stdout: &out, Stderr: &errb, Getenv: envOf(env)}
		code := m.Run(t.Context(), []string{"poll", "--once"})
		return code, out.String(), errb.String()
	}
	code, _, stderr := poll()
	if code != exitRuntime || !strings.Contains(stderr, "certificate signed by unknown authority") {
		t.Errorf("without imap.ca_file: exit %d, %q; want 1 and an unknown authority", code, stderr)
	}
	env["HELPLINE_IMAP_CA_FILE"] = ca.CAFile(t)
	if code, out, stderr := poll(); code != 0 || !strings.Contains(out, "stored 0 new messages") {
		t.Errorf("with imap.ca_file: exit %d, %q %q; want the mailbox read", code, out, stderr)
	}
	env["HELPLINE_IMAP_SERVER_NAME"] = "imap.example.org"
	if code, _, stderr := poll(); code != exitRuntime || !strings.Contains(stderr, "imap.example.org") {
		t.Errorf("with a server name the certificate lacks: exit %d, %q; want 1 and the name", code, stderr)
	}
}

// TestIMAPTLSModeAgainstThePort points imap.tls at a port that speaks
// otherwise: each way round, the error says to check imap.tls, rather
// than only what the TLS library or the server said.
func TestIMAPTLSModeAgainstThePort(t *testing.T) {
	ca := testcert.New(t, "127.0.0.1")
	dc := dovecottest.StartTLS(t, ca.ServerCertPEM, ca.ServerKeyPEM)
	plain := dovecottest.Start(t)
	relay := smtptest.Start(t, smtptest.WithTLS(ca.ServerConfig(t)))
	tests := []struct{ name, addr, mode string }{
		{"implicit on a plain port", plain.Addr(), "implicit"},
		{"starttls where the server offers none", plain.Addr(), "starttls"},
		{"none on the imaps port", dc.TLSAddr(), "none"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := realServersEnv(t, dc, relay)
			env["HELPLINE_IMAP_CA_FILE"] = ca.CAFile(t)
			env["HELPLINE_IMAP_ADDR"], env["HELPLINE_IMAP_TLS"] = tt.addr, tt.mode
			var out, errb strings.Builder
			m := &Main{Stdout: &out, Stderr: &errb, Getenv: envOf(env)}
			code := m.Run(t.Context(), []string{"poll", "--once"})
			if code != exitRuntime || !strings.Contains(errb.String(), "check imap.tls") {
				t.Errorf("got exit %d, %q; want 1 and a word about imap.tls", code, errb.String())
			}
		})
	}
}

// TestSMTPStartTLSWithPrivateCA runs the service against a relay whose
// certificate a private CA signed: without smtp.ca_file the mail waits in
// the queue with the reason; with it the mail goes.
func TestSMTPStartTLSWithPrivateCA(t *testing.T) {
	ca := testcert.New(t, "127.0.0.1")
	dc := dovecottest.StartTLS(t, ca.ServerCertPEM, ca.ServerKeyPEM)
	for _, trusted := range []bool{false, true} {
		relay := smtptest.Start(t, smtptest.WithTLS(ca.ServerConfig(t)))
		env := realServersEnv(t, dc, relay)
		env["HELPLINE_IMAP_CA_FILE"] = ca.CAFile(t)
		if trusted {
			env["HELPLINE_SMTP_CA_FILE"] = ca.CAFile(t)
		}
		l := startServe(t, env)
		resp, err := http.PostForm("http://"+l.Web+"/subscribe", url.Values{"email": {"reader@example.net"}})
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if trusted {
			if !relay.WaitAccepted(1, 20*time.Second) {
				t.Fatalf("with smtp.ca_file: %v, want the confirmation sent", relay)
			}
			continue
		}
		waitOutboxError(t, env, "certificate signed by unknown authority")
		if relay.Accepted() != 0 {
			t.Errorf("without smtp.ca_file the relay got %d mails", relay.Accepted())
		}
	}
}

// waitOutboxError waits until `outbox list` shows a queued mail whose last
// error says want.
func waitOutboxError(t *testing.T, env map[string]string, want string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	var rows []outboxRow
	for time.Now().Before(deadline) {
		var out, errb strings.Builder
		m := &Main{Stdout: &out, Stderr: &errb, Getenv: envOf(env)}
		if code := m.Run(t.Context(), []string{"outbox", "list", "--json"}); code != 0 {
			t.Fatalf("outbox list exited %d: %s", code, errb.String())
		}
		if err := json.Unmarshal([]byte(out.String()), &rows); err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			if r.Status == "queued" && strings.Contains(r.LastError, want) {
				return
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("no queued mail with the error %q: %+v", want, rows)
}

// TestCAFileAddsToSystemRoots checks that a CA file extends the system's
// roots instead of replacing them.
func TestCAFileAddsToSystemRoots(t *testing.T) {
	system, err := x509.SystemCertPool()
	if err != nil || system.Equal(x509.NewCertPool()) {
		t.Skip("this system has no root certificates to keep")
	}
	ca := testcert.New(t, "127.0.0.1")
	tc, err := tlsConfig(ca.CAFile(t), "")
	if err != nil {
		t.Fatal(err)
	}
	onlyCA := x509.NewCertPool()
	onlyCA.AppendCertsFromPEM(ca.CertPEM)
	if tc.RootCAs.Equal(onlyCA) || tc.RootCAs.Equal(system) {
		t.Fatal("got a pool of the CA alone or of the system alone, want both")
	}
	with := system.Clone()
	with.AppendCertsFromPEM(ca.CertPEM)
	if !tc.RootCAs.Equal(with) {
		t.Error("got a pool other than the system's roots and the CA")
	}
	if tc.InsecureSkipVerify {
		t.Error("verification is skipped")
	}
	if _, err := tlsConfig(writeFile(t, "empty.pem", ""), ""); err == nil {
		t.Error("a CA file without certificates was accepted")
	}
}
