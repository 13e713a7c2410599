package inbox

import (
	"strings"

	"github.com/emersion/go-msgauth/authres"
)

// authVerdict is what the trusted receiving server found when it checked a
// message's DKIM signatures and DMARC policy for one domain (RFC 8601).
type authVerdict struct {
	found bool   // the trusted server wrote a header
	fail  string // a DKIM or DMARC failure for the domain, "" when none
	pass  bool   // DKIM or DMARC passed for the domain
}

// authFor reads the topmost Authentication-Results header written by the
// trusted server (authserv-id trusted) and judges it for domain. Headers
// from any other authserv-id may have been written by the sender and are
// ignored; below the trusted server's own, so may its id be (RFC 8601
// section 5), so only the topmost one counts. A header from the trusted
// server that cannot be read counts as a failure.
func authFor(m *Message, trusted, domain string) authVerdict {
	if trusted == "" {
		return authVerdict{}
	}
	for _, v := range m.Header.Values("Authentication-Results") {
		id, results, err := authres.Parse(uncommentAuthResults(v))
		if err != nil {
			if strings.EqualFold(firstField(v), trusted) {
				return authVerdict{found: true, fail: "unreadable Authentication-Results"}
			}
			continue
		}
		if !strings.EqualFold(id, trusted) {
			continue
		}
		return judge(results, domain)
	}
	return authVerdict{}
}

// judge reads the results for domain: a DMARC failure fails; a DKIM
// failure of a signature by the domain fails unless another of its
// signatures passes, as a signature that does not verify counts as none
// (RFC 6376 6.1): a sender that signs twice, once with a key type the
// receiver cannot check, sent a genuine mail. A pass of either passes.
func judge(results []authres.Result, domain string) authVerdict {
	v := authVerdict{found: true}
	var dkimFail, dmarcFail string
	dkimPass := false
	for _, r := range results {
		switch r := r.(type) {
		case *authres.DKIMResult:
			if !sameOrParent(r.Domain, domain) {
				continue
			}
			switch r.Value {
			case authres.ResultFail, authres.ResultPermError:
				dkimFail = "dkim=" + string(r.Value)
			case authres.ResultPass:
				dkimPass = true
			}
		case *authres.DMARCResult:
			switch r.Value {
			case authres.ResultFail, authres.ResultPermError:
				dmarcFail = "dmarc=" + string(r.Value)
			case authres.ResultPass:
				if sameOrParent(r.From, domain) || r.From == "" {
					v.pass = true
				}
			}
		}
	}
	switch {
	case dmarcFail != "":
		v.fail = dmarcFail
	case dkimFail != "" && !dkimPass:
		v.fail = dkimFail
	}
	v.pass = v.fail == "" && (v.pass || dkimPass)
	return v
}

// sameOrParent reports whether signer is domain or a parent of it, as DKIM
// relaxed alignment allows (RFC 7489 3.1.1).
func sameOrParent(signer, domain string) bool {
	signer, domain = strings.ToLower(strings.TrimSuffix(signer, ".")), strings.ToLower(domain)
	return signer != "" && (signer == domain || strings.HasSuffix(domain, "."+signer))
}

// firstField is the first run of non-space bytes of v.
func firstField(v string) string {
	v = strings.TrimSpace(v)
	if i := strings.IndexAny(v, " \t\r\n;"); i >= 0 {
		return v[:i]
	}
	return v
}

// uncommentAuthResults rewrites an Authentication-Results value in the
// plain form authres reads: RFC 8601 allows comments and folding white
// space between tokens ("mx.example; (checked by opendmarc) dmarc = fail"),
// which it does not expect. Comments and the white space around "=" go.
func uncommentAuthResults(v string) string {
	var b strings.Builder
	depth, quoted, escaped := 0, false, false
	for _, r := range v {
		switch {
		case escaped:
			escaped = false
			if depth == 0 {
				b.WriteRune(r)
			}
			continue
		case r == '\\' && (quoted || depth > 0):
			escaped = true
			if depth == 0 {
				b.WriteRune(r)
			}
			continue
		case quoted:
			quoted = r != '"'
		case r == '"' && depth == 0:
			quoted = true
		case r == '(':
			depth++
			continue
		case r == ')' && depth > 0:
			depth--
			if depth == 0 {
				b.WriteByte(' ')
			}
			continue
		case depth > 0:
			continue
		case r == '\r' || r == '\n' || r == '\t':
			r = ' '
		}
		b.WriteRune(r)
	}
	out := b.String()
	for strings.Contains(out, " =") || strings.Contains(out, "= ") {
		out = strings.ReplaceAll(strings.ReplaceAll(out, " =", "="), "= ", "=")
	}
	return out
}
