package inbox

import (
	"unicode/utf16"
	"unicode/utf8"
)

// isUTF7Label reports UTF-7 (RFC 2152), by the name charsetAlias gives
// its labels. Windows mailers still write it now and then; the text
// tables we use dropped it, but mail clients read it: left alone, every
// accented letter shows as a run of base64 between "+" and "-".
func isUTF7Label(l string) bool { return l == "utf-7" }

// decodeUTF7 reads UTF-7 text: ASCII as it is, and after a "+" a run of
// base64 holding UTF-16 units, ended by the first byte outside base64,
// which is dropped when it is a "-". "+-" is a plus sign. A "+" whose run
// holds no UTF-16 text stays as written with the run: text labelled
// UTF-7 that is really ASCII ("C++", "+44 20", "ann+news@") would
// otherwise lose its words. It refuses text with 8-bit bytes, which is no
// UTF-7.
func decodeUTF7(b []byte) ([]byte, bool) {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c >= 0x80 {
			return nil, false
		}
		if c != '+' {
			out = append(out, c)
			continue
		}
		j := i + 1
		for j < len(b) && base64Value(b[j]) >= 0 {
			j++
		}
		if j == i+1 && j < len(b) && b[j] == '-' {
			out = append(out, '+')
			i = j
			continue
		}
		run, ok := decodeUTF7Run(b[i+1 : j])
		if !ok {
			out = append(out, c)
			continue
		}
		out = append(out, run...)
		if j < len(b) && b[j] == '-' {
			j++
		}
		i = j - 1
	}
	return out, true
}

// decodeUTF7Run decodes one run of base64 to UTF-16 units, as UTF-8.
// ok is false for a run no encoder writes, which is ASCII after a plus
// sign: one with no unit in it, with set bits left over after its last
// unit, or decoding to a lone surrogate, a control or a private-use
// character.
func decodeUTF7Run(run []byte) ([]byte, bool) {
	var units []uint16
	var acc uint32
	bits := 0
	for _, c := range run {
		acc = acc<<6 | uint32(base64Value(c))
		bits += 6
		if bits >= 16 {
			bits -= 16
			units = append(units, uint16(acc>>bits))
			acc &= 1<<bits - 1
		}
	}
	if len(units) == 0 || acc != 0 {
		return nil, false
	}
	var out []byte
	for _, r := range utf16.Decode(units) {
		if r == utf8.RuneError || r < ' ' && r != '\t' && r != '\n' && r != '\r' || r >= 0xe000 && r <= 0xf8ff {
			return nil, false
		}
		out = utf8.AppendRune(out, r)
	}
	return out, true
}

// base64Value is the value of a character of the base64 alphabet, or -1.
func base64Value(c byte) int {
	switch {
	case c >= 'A' && c <= 'Z':
		return int(c - 'A')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 26
	case c >= '0' && c <= '9':
		return int(c-'0') + 52
	case c == '+':
		return 62
	case c == '/':
		return 63
	}
	return -1
}
