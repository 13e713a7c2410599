package main

import (
	"net/netip"
	"regexp"
	"strings"

	"golang.org/x/net/publicsuffix"
)

// dnsName matches a host or domain name: dot-separated labels of letters,
// digits and inner hyphens (RFC 1123 2.1), each at most 63 characters.
var dnsName = regexp.MustCompile(`^(?i)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$`)

// validateTrust checks what helpline trusts and how others trust it: the
// mail servers' certificates, the DKIM key and the reverse proxies.
func (c *Config) validateTrust() error {
	for _, n := range []struct{ key, v string }{{"imap.server_name", c.IMAP.ServerName}, {"smtp.server_name", c.SMTP.ServerName}} {
		if n.v != "" && (!dnsName.MatchString(n.v) || len(n.v) > 253) {
			return bad(n.key, "%q is not a host name", n.v)
		}
	}
	if _, err := c.imapTLS(); err != nil {
		return err
	}
	if _, err := c.smtpTLS(); err != nil {
		return err
	}
	if err := c.validateDKIM(); err != nil {
		return err
	}
	for i, p := range c.HTTP.TrustedProxies {
		if _, err := parseProxy(p); err != nil {
			return bad("http.trusted_proxies", "entry %d: %q is not an IP address or CIDR network such as 10.0.0.0/8", i+1, p)
		}
	}
	return nil
}

// validateDKIM wants all three keys or none, a key that loads, and a
// domain that DMARC can align with the site's address (RFC 7489 3.1.1).
func (c *Config) validateDKIM() error {
	d := c.DKIM
	if d.Domain == "" && d.Selector == "" && d.KeyFile == "" {
		return nil
	}
	switch {
	case d.Domain == "":
		return bad("dkim.domain", "must be set with dkim.selector and dkim.key_file")
	case d.Selector == "":
		return bad("dkim.selector", "must be set with dkim.domain and dkim.key_file")
	case d.KeyFile == "":
		return bad("dkim.key_file", "must be set with dkim.domain and dkim.selector (make one with helpline dkim keygen)")
	}
	if !dnsName.MatchString(d.Domain) || !strings.Contains(d.Domain, ".") {
		return bad("dkim.domain", "%q is not a domain name", d.Domain)
	}
	if !dnsName.MatchString(d.Selector) {
		return bad("dkim.selector", "%q is not a DNS label such as mail2025", d.Selector)
	}
	_, mailDomain, _ := strings.Cut(c.Site.Address, "@")
	if !aligned(d.Domain, mailDomain) {
		return bad("dkim.domain", "%q is not the domain of site.address (%s) or its parent: DMARC would not count the signature", d.Domain, mailDomain)
	}
	_, err := c.dkim()
	return err
}

// aligned reports whether DKIM domain d and From domain from share their
// organisational domain, as DMARC's relaxed alignment asks.
func aligned(d, from string) bool {
	d, from = strings.ToLower(d), strings.ToLower(from)
	if d == from {
		return true
	}
	od, err1 := publicsuffix.EffectiveTLDPlusOne(d)
	of, err2 := publicsuffix.EffectiveTLDPlusOne(from)
	return err1 == nil && err2 == nil && od == of
}

// parseProxy reads a trusted proxy: a CIDR network, or one address.
func parseProxy(s string) (netip.Prefix, error) {
	s = strings.TrimSpace(s)
	if strings.Contains(s, "/") {
		p, err := netip.ParsePrefix(s)
		return p.Masked(), err
	}
	a, err := netip.ParseAddr(s)
	if err != nil {
		return netip.Prefix{}, err
	}
	return netip.PrefixFrom(a.Unmap(), a.Unmap().BitLen()), nil
}

// trustedProxies are the configured networks, checked by Validate.
func (c *Config) trustedProxies() []netip.Prefix {
	var out []netip.Prefix
	for _, s := range c.HTTP.TrustedProxies {
		if p, err := parseProxy(s); err == nil {
			out = append(out, p)
		}
	}
	return out
}
