// Package tokentest helps tests check that altered tokens are refused.
package tokentest

// Tampered is s with its last two characters changed, each to one it was
// not, so that the signature a token or signed link carries there changes
// whatever those characters were.
func Tampered(s string) string {
	b := []byte(s)
	for i := len(b) - 2; i < len(b); i++ {
		if b[i] == 'a' {
			b[i] = 'b'
		} else {
			b[i] = 'a'
		}
	}
	return string(b)
}
