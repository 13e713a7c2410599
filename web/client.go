package web

import (
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// clientAddr is the address of the reader making r. It is the peer's,
// unless the peer is one of the trusted proxies: then it is the right-most
// address of the forwarding chain that is not itself a trusted proxy, so
// that whatever a client wrote into the headers before the first trusted
// proxy is ignored. The chain is read from X-Forwarded-For, which the
// common proxies set by default, or else from Forwarded (RFC 7239). The
// zero Addr means the peer's address could not be read.
func (s *Server) clientAddr(r *http.Request) netip.Addr {
	peer := parseHost(r.RemoteAddr)
	if !peer.IsValid() || !s.trusted(peer) {
		return peer
	}
	chain := forwardedFor(r.Header)
	client := peer
	for i := len(chain) - 1; i >= 0; i-- {
		a := parseHost(chain[i])
		if !a.IsValid() {
			// "unknown" or an obfuscated identifier (RFC 7239 6): the
			// last proxy that could say who came is as far as we know.
			return client
		}
		client = a
		if !s.trusted(a) {
			return a
		}
	}
	return client
}

// trusted reports whether a is one of the configured proxies.
func (s *Server) trusted(a netip.Addr) bool {
	for _, p := range s.cfg.TrustedProxies {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// clientIP is the reader's address as text, for records of who asked.
func (s *Server) clientIP(r *http.Request) string {
	if a := s.clientAddr(r); a.IsValid() {
		return a.String()
	}
	return r.RemoteAddr
}

// clientKey is what limits and ratings count readers by: the address,
// with an IPv6 address cut to its /64, since one subscriber line is
// usually given a whole /64 (RFC 6177) and could otherwise vote once from
// each of its addresses.
func (s *Server) clientKey(r *http.Request) string {
	a := s.clientAddr(r)
	if !a.IsValid() {
		return r.RemoteAddr
	}
	if a.Is6() {
		p, _ := a.Prefix(64)
		return p.String()
	}
	return a.String()
}

// forwardedFor is the forwarding chain of h, the client first and the
// nearest proxy last, across every instance of the header.
func forwardedFor(h http.Header) []string {
	var chain []string
	if xff := h.Values("X-Forwarded-For"); len(xff) > 0 {
		for _, v := range xff {
			for _, a := range strings.Split(v, ",") {
				chain = append(chain, strings.TrimSpace(a))
			}
		}
		return chain
	}
	for _, v := range h.Values("Forwarded") {
		for _, elem := range splitQuoted(v, ',') {
			chain = append(chain, forValue(elem))
		}
	}
	return chain
}

// forValue is the for= parameter of one Forwarded element (RFC 7239 4),
// unquoted, or "" when it has none.
func forValue(elem string) string {
	for _, pair := range splitQuoted(elem, ';') {
		name, value, ok := strings.Cut(strings.TrimSpace(pair), "=")
		if ok && strings.EqualFold(strings.TrimSpace(name), "for") {
			return strings.Trim(strings.TrimSpace(value), `"`)
		}
	}
	return ""
}

// splitQuoted splits s at sep outside double quotes.
func splitQuoted(s string, sep byte) []string {
	var parts []string
	quoted, start := false, 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '"':
			quoted = !quoted
		case s[i] == sep && !quoted:
			parts = append(parts, s[start:i])
			start = i + 1
		}
	}
	return append(parts, s[start:])
}

// parseHost reads an address with or without a port: 192.0.2.1,
// 192.0.2.1:4711, 2001:db8::1 or [2001:db8::1]:4711. IPv4 in IPv6 is
// read as IPv4, so that one client has one form.
func parseHost(s string) netip.Addr {
	s = strings.TrimSpace(s)
	if a, err := netip.ParseAddr(strings.Trim(s, "[]")); err == nil {
		return a.Unmap().WithZone("")
	}
	host, _, err := net.SplitHostPort(s)
	if err != nil {
		return netip.Addr{}
	}
	a, err := netip.ParseAddr(host)
	if err != nil {
		return netip.Addr{}
	}
	return a.Unmap().WithZone("")
}
