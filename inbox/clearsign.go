package inbox

import "strings"

// Mail signed with inline OpenPGP (RFC 4880 section 7, the "cleartext
// signature" some clients and plugins still write) wraps the text in armor:
// a "BEGIN PGP SIGNED MESSAGE" line and its Hash header above, every line
// that starts with "-" escaped as "- -", and the signature block below.
// helpline cannot check the signature and no reader needs to see it, so the
// armor goes and the text is kept as typed.

const (
	clearsignBegin = "-----BEGIN PGP SIGNED MESSAGE-----"
	sigBegin       = "-----BEGIN PGP SIGNATURE-----"
	sigEnd         = "-----END PGP SIGNATURE-----"
)

// unwrapClearsigned returns text with every complete cleartext-signed
// block unwrapped. A block without its signature is left as it is.
func unwrapClearsigned(text string) string {
	if !strings.Contains(text, clearsignBegin) {
		return text
	}
	lines := strings.Split(text, "\n")
	var out []string
	for i := 0; i < len(lines); i++ {
		if strings.TrimRight(lines[i], " \t") != clearsignBegin {
			out = append(out, lines[i])
			continue
		}
		body, end := clearsignedBlock(lines, i)
		if end < 0 {
			out = append(out, lines[i])
			continue
		}
		out = append(out, body...)
		i = end
	}
	return strings.Join(out, "\n")
}

// clearsignedBlock reads the block whose first line is lines[i]: it
// returns the text, unescaped, and the index of the block's last line, or
// -1 when the block is not complete.
func clearsignedBlock(lines []string, i int) ([]string, int) {
	k := i + 1
	for k < len(lines) && strings.TrimSpace(lines[k]) != "" {
		if !strings.Contains(lines[k], ": ") {
			return nil, -1 // armor headers are "Hash: SHA256"
		}
		k++
	}
	var body []string
	for k++; k < len(lines); k++ {
		switch strings.TrimRight(lines[k], " \t") {
		case sigBegin:
			for e := k + 1; e < len(lines); e++ {
				if strings.TrimRight(lines[e], " \t") == sigEnd {
					return body, e
				}
			}
			return nil, -1
		case clearsignBegin:
			return nil, -1
		}
		body = append(body, strings.TrimPrefix(lines[k], "- "))
	}
	return nil, -1
}
