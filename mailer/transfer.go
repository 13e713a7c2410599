package mailer

import "bytes"

// appendStuffed appends msg to dst as the body of DATA (RFC 5321 4.5.2):
// every line ends in CRLF, a bare LF becoming CRLF, and a line that starts
// with a period gets a second one. It does for a whole message at once
// what net/textproto's dot writer does a byte at a time, which for a long
// digest was the largest cost of sending, and lets the message reach the
// socket in one write. The caller adds the final ".\r\n".
func appendStuffed(dst, msg []byte) []byte {
	for len(msg) > 0 {
		line := msg
		rest := []byte(nil)
		if i := bytes.IndexByte(msg, '\n'); i >= 0 {
			line, rest = msg[:i], msg[i+1:]
		}
		line = bytes.TrimSuffix(line, []byte{'\r'})
		if len(line) > 0 && line[0] == '.' {
			dst = append(dst, '.')
		}
		dst = append(dst, line...)
		dst = append(dst, '\r', '\n')
		msg = rest
	}
	return dst
}
