package mailer

import (
	"context"
	"crypto/tls"
	"net"
	"strings"
	"testing"

	"helpline/internal/smtptest"
	"helpline/internal/testcert"
)

// TestSMTPVerifiesCertificate talks STARTTLS to a relay whose certificate
// a private CA signed: trusted with that CA, refused without it or under
// another name, and never sent in the clear instead.
func TestSMTPVerifiesCertificate(t *testing.T) {
	ca := testcert.New(t, "127.0.0.1", "relay.test")
	other := testcert.New(t, "127.0.0.1")
	srv := smtptest.Start(t, smtptest.WithTLS(ca.ServerConfig(t)))
	withName := func(name string) *tls.Config {
		tc := ca.ClientConfig()
		tc.ServerName = name
		return tc
	}
	tests := []struct {
		name    string
		tls     *tls.Config
		wantErr string
	}{
		{"private CA", ca.ClientConfig(), ""},
		{"private CA and the certificate's other name", withName("relay.test"), ""},
		{"system roots only", nil, "certificate signed by unknown authority"},
		{"another CA", other.ClientConfig(), "certificate signed by unknown authority"},
		{"a name the certificate lacks", withName("mail.example.org"), "not mail.example.org"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := len(srv.Messages())
			tr := newTransport(t, srv.Addr(), func(c *SMTPConfig) { c.TLS, c.TLSConfig = TLSStartTLS, tt.tls })
			err := tr.Send(context.Background(), testMsg(t, "runner@example.org", "Hello over TLS.\n"))
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("got %v, want the mail sent", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("got %v, want an error saying %q", err, tt.wantErr)
			}
			want := before
			if tt.wantErr == "" {
				want++
			}
			if got := len(srv.Messages()); got != want {
				t.Errorf("server holds %d messages, want %d", got, want)
			}
		})
	}
}

// startTLSProxy is a proxy to target that speaks TLS from the first byte
// on its side, as a relay on port 465 does.
func startTLSProxy(tb testing.TB, target string, cfg *tls.Config) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	p := &proxy{ln: tls.NewListener(ln, cfg), target: target}
	tb.Cleanup(func() { p.ln.Close(); p.cut() })
	go p.serve()
	return p.Addr()
}

// TestSMTPImplicitTLS sends over implicit TLS to a relay that wants a
// password: the session is secured before the greeting, so the password
// goes, and only to a certificate that verifies.
func TestSMTPImplicitTLS(t *testing.T) {
	ca := testcert.New(t, "127.0.0.1")
	srv := smtptest.Start(t, smtptest.WithAuth("helpline", "s3cret"))
	addr := startTLSProxy(t, srv.Addr(), ca.ServerConfig(t))
	for _, tt := range []struct {
		name    string
		tls     *tls.Config
		wantErr string
	}{
		{"trusted", ca.ClientConfig(), ""},
		{"untrusted", nil, "certificate signed by unknown authority"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tr := newTransport(t, addr, func(c *SMTPConfig) {
				c.TLS, c.TLSConfig, c.Username, c.Password = TLSImplicit, tt.tls, "helpline", "s3cret"
			})
			err := tr.Send(context.Background(), testMsg(t, "runner@example.org", "Hello over TLS.\n"))
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("got %v, want the mail sent", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("got %v, want an error saying %q", err, tt.wantErr)
			}
		})
	}
	if n := srv.Accepted(); n != 1 {
		t.Errorf("got %d accepted, want 1", n)
	}
}

// TestSMTPConnectErrorsNameTheSettings points the transport at relays
// its settings do not fit: the error, which the outbox row keeps, names
// the settings to check besides what the relay or TLS said.
func TestSMTPConnectErrorsNameTheSettings(t *testing.T) {
	ca := testcert.New(t, "127.0.0.1")
	plain := smtptest.Start(t)
	withAuth := smtptest.Start(t, smtptest.WithAuth("helpline", "s3cret"))
	tests := []struct {
		name, addr string
		tweak      func(c *SMTPConfig)
		want       string
	}{
		{"implicit TLS on a plain port", plain.Addr(), func(c *SMTPConfig) { c.TLS, c.TLSConfig = TLSImplicit, ca.ClientConfig() },
			"check smtp.tls"},
		{"STARTTLS where the relay offers none", plain.Addr(), func(c *SMTPConfig) { c.TLS = TLSStartTLS }, "check smtp.tls"},
		{"a login where the relay offers none", plain.Addr(), func(c *SMTPConfig) { c.Username, c.Password = "helpline", "s3cret" },
			"leave smtp.username empty"},
		{"a wrong password", withAuth.Addr(), func(c *SMTPConfig) { c.Username, c.Password = "helpline", "wrong" },
			"check smtp.username and smtp.password"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := newTransport(t, tt.addr, tt.tweak)
			err := tr.Send(context.Background(), testMsg(t, "runner@example.org", "Hello.\n"))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v, want an error saying %q", err, tt.want)
			}
		})
	}
}
