package main

import (
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"os"

	"helpline/mailer"
)

// tlsConfig is how helpline checks the certificate of a mail server: the
// system's roots plus those in caFile, for a server whose certificate a
// private CA signed, and serverName when the certificate names the server
// otherwise than the address helpline dials. It never skips verification.
// With neither set it returns nil: the clients' defaults do the same.
func tlsConfig(caFile, serverName string) (*tls.Config, error) {
	if caFile == "" && serverName == "" {
		return nil, nil
	}
	tc := &tls.Config{ServerName: serverName, MinVersion: tls.VersionTLS12}
	if caFile == "" {
		return tc, nil
	}
	roots, err := x509.SystemCertPool()
	if err != nil {
		// Without system roots (a bare container) the CA file is all
		// there is to trust.
		roots = x509.NewCertPool()
	}
	b, err := os.ReadFile(caFile)
	if err != nil {
		return nil, err
	}
	if !roots.AppendCertsFromPEM(b) {
		return nil, fmt.Errorf("%s holds no PEM certificate", caFile)
	}
	tc.RootCAs = roots
	return tc, nil
}

// imapTLS and smtpTLS are the TLS settings of the configured servers.
func (c *Config) imapTLS() (*tls.Config, error) {
	tc, err := tlsConfig(c.IMAP.CAFile, c.IMAP.ServerName)
	if err != nil {
		return nil, &ConfigError{Key: "imap.ca_file", Reason: err.Error()}
	}
	return tc, nil
}

func (c *Config) smtpTLS() (*tls.Config, error) {
	tc, err := tlsConfig(c.SMTP.CAFile, c.SMTP.ServerName)
	if err != nil {
		return nil, &ConfigError{Key: "smtp.ca_file", Reason: err.Error()}
	}
	return tc, nil
}

// dkim is the configured DKIM signer, or nil when none is configured.
func (c *Config) dkim() (*mailer.DKIM, error) {
	if c.DKIM.KeyFile == "" {
		return nil, nil
	}
	b, err := os.ReadFile(c.DKIM.KeyFile)
	if err != nil {
		return nil, &ConfigError{Key: "dkim.key_file", Reason: err.Error()}
	}
	key, err := mailer.ParseDKIMKey(b)
	if err != nil {
		return nil, &ConfigError{Key: "dkim.key_file", Reason: fmt.Sprintf("%s: %v", c.DKIM.KeyFile, err)}
	}
	return &mailer.DKIM{Domain: c.DKIM.Domain, Selector: c.DKIM.Selector, Key: key}, nil
}

// secure adds the relay's TLS settings and the DKIM signer to mc. The
// development server is reached without TLS.
func (ms *mailServers) secure(c *Config, mc *mailer.Config) error {
	if ms.dev == nil {
		tc, err := c.smtpTLS()
		if err != nil {
			return err
		}
		mc.TLSConfig = tc
	}
	d, err := c.dkim()
	if err != nil {
		return err
	}
	mc.DKIM = d
	return nil
}
