package web

import (
	"context"
	"fmt"
	"net/http"
	"net/netip"
	"testing"
)

func TestClientAddr(t *testing.T) {
	s := &Server{cfg: Config{TrustedProxies: []netip.Prefix{
		netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("2001:db8:ffff::/48"), netip.MustParsePrefix("127.0.0.1/32"),
	}}}
	tests := []struct {
		name   string
		peer   string
		header map[string][]string
		want   string
	}{
		{"direct", "198.51.100.7:5000", nil, "198.51.100.7"},
		{"untrusted peer's X-Forwarded-For is ignored", "198.51.100.7:5000",
			map[string][]string{"X-Forwarded-For": {"203.0.113.9"}}, "198.51.100.7"},
		{"untrusted peer's Forwarded is ignored", "198.51.100.7:5000",
			map[string][]string{"Forwarded": {"for=203.0.113.9"}}, "198.51.100.7"},
		{"trusted proxy names the client", "10.1.2.3:443",
			map[string][]string{"X-Forwarded-For": {"203.0.113.9"}}, "203.0.113.9"},
		{"a client's own entry left of the real one is ignored", "10.1.2.3:443",
			map[string][]string{"X-Forwarded-For": {"192.0.2.66, 203.0.113.9"}}, "203.0.113.9"},
		{"two trusted proxies", "10.1.2.3:443",
			map[string][]string{"X-Forwarded-For": {"192.0.2.66, 203.0.113.9", "10.9.9.9"}}, "203.0.113.9"},
		{"only proxies: the first", "10.1.2.3:443",
			map[string][]string{"X-Forwarded-For": {"10.4.4.4, 10.5.5.5"}}, "10.4.4.4"},
		{"Forwarded with a quoted IPv6 and a port", "[2001:db8:ffff::1]:443",
			map[string][]string{"Forwarded": {`for=192.0.2.66;proto=https, for="[2001:db8:cafe::17]:4711";by=10.0.0.1`}}, "2001:db8:cafe::17"},
		{"Forwarded for=unknown stops at the proxy", "10.1.2.3:443",
			map[string][]string{"Forwarded": {"for=unknown"}}, "10.1.2.3"},
		{"X-Forwarded-For before Forwarded", "10.1.2.3:443",
			map[string][]string{"Forwarded": {"for=192.0.2.66"}, "X-Forwarded-For": {"203.0.113.9"}}, "203.0.113.9"},
		{"IPv4 in IPv6", "[::ffff:127.0.0.1]:443",
			map[string][]string{"X-Forwarded-For": {"203.0.113.9"}}, "203.0.113.9"},
		{"garbage in the header", "10.1.2.3:443",
			map[string][]string{"X-Forwarded-For": {"not an address"}}, "10.1.2.3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &http.Request{RemoteAddr: tt.peer, Header: tt.header}
			if got := s.clientAddr(r).String(); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func TestClientKeyOfIPv6IsItsSlash64(t *testing.T) {
	s := &Server{}
	key := func(peer string) string { return s.clientKey(&http.Request{RemoteAddr: peer}) }
	if a, b := key("[2001:db8:1:2::a]:1"), key("[2001:db8:1:2:ffff::b]:2"); a != b {
		t.Errorf("one /64 gave keys %q and %q, want one", a, b)
	}
	if a, b := key("[2001:db8:1:2::a]:1"), key("[2001:db8:1:3::a]:1"); a == b {
		t.Errorf("two /64s gave one key %q", a)
	}
	if a, b := key("192.0.2.1:1"), key("192.0.2.2:1"); a == b {
		t.Errorf("two IPv4 addresses gave one key %q", a)
	}
}

// rateFrom posts n ratings to the question at path, each with its own
// User-Agent, from the addresses the proxy names in turn.
func rateFrom(f *fixture, path string, n int, addrs ...string) {
	for i := range n {
		f.post(path+"/rate", formOf("stars", fmt.Sprint(1+i%5)),
			"User-Agent", fmt.Sprintf("Mozilla/5.0 (stuffing %d)", i), "X-Forwarded-For", addrs[i%len(addrs)])
	}
}

// TestRatingStuffing rates through a trusted proxy on loopback: a
// thousand ratings from one address with as many User-Agents, or from
// the addresses of one IPv6 /64, count once; another address counts
// again; and an untrusted peer cannot pretend to be many.
func TestRatingStuffing(t *testing.T) {
	tests := []struct {
		name    string
		trusted bool
		n       int
		addrs   []string
		want    int
	}{
		{"one address, varied User-Agents", true, 1000, []string{"203.0.113.9"}, 1},
		{"one IPv6 /64", true, 50, []string{"2001:db8:1:2::a", "2001:db8:1:2:ffff:ffff:ffff:ffff"}, 1},
		{"two addresses", true, 10, []string{"203.0.113.9", "198.51.100.20"}, 2},
		{"untrusted peer naming many", false, 10, []string{"203.0.113.9", "198.51.100.20", "192.0.2.1"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, func(c *Config) {
				if tt.trusted {
					c.TrustedProxies = []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8")}
				}
			})
			q := f.question("Cadence", "b", "a", "A")
			rateFrom(f, fmt.Sprintf("/q/%d-%s", q.ID, q.Slug), tt.n, tt.addrs...)
			_, count, err := f.db.QuestionRating(context.Background(), q.ID)
			if err != nil {
				t.Fatal(err)
			}
			if count != tt.want {
				t.Errorf("got %d votes, want %d", count, tt.want)
			}
		})
	}
}
