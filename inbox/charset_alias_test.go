package inbox

import (
	"strings"
	"testing"
)

// TestCharsetAliases checks labels that Windows code pages, Java and older
// mailers write for charsets the IANA and WHATWG tables name otherwise:
// each must read as that charset, not as Latin-1 bytes.
func TestCharsetAliases(t *testing.T) {
	tests := []struct {
		label string
		in    []byte
		want  string
	}{
		{"cp932", []byte{0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea}, "日本語"},
		{"MS932", []byte{0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea}, "日本語"},
		{"_iso-2022-jp$ESC", []byte("\x1b$B$3$s$K$A$O\x1b(B"), "こんにちは"},
		{"iso-2022-jp-2", []byte("\x1b$B$3$s$K$A$O\x1b(B"), "こんにちは"},
		{"ks_c_5601", []byte{0xbe, 0xc8, 0xb3, 0xe7}, "안녕"},
		{"cp949", []byte{0xbe, 0xc8, 0xb3, 0xe7}, "안녕"},
		{"cp950", []byte{0xa7, 0x41, 0xa6, 0x6e}, "你好"},
		{"euc-cn", []byte{0xc4, 0xe3, 0xba, 0xc3}, "你好"},
		{"latin-1", []byte("caf\xe9"), "café"},
		{"8859-2", []byte{0xb1}, "ą"},
		{"iso_8859_15", []byte{0xa4}, "€"},
		{"cp-1251", []byte{0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2}, "Привет"},
		{"win-1250", []byte{0x9a, 0x9d, 0xe1}, "šťá"},
		{"utf8mb4", []byte("Olá"), "Olá"},
		{"latin9", []byte("10 \xa4, \xbd"), "10 €, œ"},
		{"Latin-0", []byte{0xa4}, "€"},
		{"latin-2", []byte{0xb1}, "ą"},
		{"latin5", []byte{0xfd}, "ı"},
		{"latin7", []byte{0xe8}, "č"},
		{"latin10", []byte{0xa4, 0xaa}, "€Ș"},
		{"x-iso-8859-15", []byte{0xa4}, "€"},
		{"x-koi8-r", []byte{0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4}, "Привет"},
		{"cp858", []byte{0xd5, 0x20, 0x82}, "€ é"},
		{"cp874", []byte{0xca, 0xc7, 0xd1, 0xca, 0xb4, 0xd5}, "สวัสดี"},
		{"MacRoman", []byte{0x8e, 0xdb}, "é€"},
		{"UTF-8-SIG", []byte("Olá"), "Olá"},
		{"eucjp", []byte{0xc6, 0xfc, 0xcb, 0xdc, 0xb8, 0xec}, "日本語"},
		{"EUC_JP", []byte{0xc6, 0xfc, 0xcb, 0xdc, 0xb8, 0xec}, "日本語"},
		{"utf-32", []byte{0xff, 0xfe, 0, 0, 'G', 0, 0, 0, 0xfc, 0, 0, 0}, "Gü"},
		{"utf-32", []byte{0, 0, 0, 'G', 0, 0, 0, 0xfc}, "Gü"},
		{"UTF-32LE", []byte{'G', 0, 0, 0, 0xfc, 0, 0, 0}, "Gü"},
		{"ucs-4", []byte{0, 0, 0xfe, 0xff, 0, 0, 0, 'G', 0, 0, 0, 0xfc}, "Gü"},
	}
	for _, tt := range tests {
		t.Run(tt.label, func(t *testing.T) {
			got, warn := decodeCharset(tt.in, tt.label)
			if got != tt.want || warn != "" {
				t.Errorf("got %q (%q), want %q and no note", got, warn, tt.want)
			}
		})
	}
}

// TestCharsetAliasInMail checks an alias, and UTF-32, which the charset
// tables lack, through Parse: in the body and in an encoded-word of the
// subject.
func TestCharsetAliasInMail(t *testing.T) {
	tests := []struct{ label, encoded, want string }{
		{"CP932", "k/qWe4zq", "日本語"},
		{"utf-32", "//4AAEcAAAD8AAAA", "Gü"},
	}
	for _, tt := range tests {
		t.Run(tt.label, func(t *testing.T) {
			raw := "From: Owner <owner@example.org>\nTo: ask@example.org\nSubject: =?" + tt.label + "?B?" + tt.encoded + "?=\n" +
				"MIME-Version: 1.0\nContent-Type: text/plain; charset=\"" + tt.label + "\"\nContent-Transfer-Encoding: base64\n\n" + tt.encoded + "\n"
			m := mustParse(t, raw)
			if m.Subject != tt.want || strings.TrimSpace(m.Text) != tt.want {
				t.Errorf("got subject %q, text %q, want %s in both", m.Subject, m.Text, tt.want)
			}
		})
	}
}

// TestCharsetLabelsNamingNone checks labels that say the charset is not
// known or the user's own: the text must be read as unlabelled text is,
// not as the private-use characters x-user-defined stands for.
func TestCharsetLabelsNamingNone(t *testing.T) {
	cyrillic := []byte("\xcf\xf0\xe8\xe2\xe5\xf2, \xea\xe0\xea \xe4\xe5\xeb\xe0? \xd3 \xec\xe5\xed\xff \xe1\xee\xeb\xe8\xf2 \xea\xee\xeb\xe5\xed\xee.")
	for _, label := range []string{"x-user-defined", "unknown-8bit", "X-Unknown", "none", "8bit"} {
		t.Run(label, func(t *testing.T) {
			if got, _ := decodeCharset(cyrillic, label); got != "Привет, как дела? У меня болит колено." {
				t.Errorf("got %q, want the Russian text", got)
			}
			if got, _ := decodeCharset([]byte("Caf\xc3\xa9"), label); got != "Café" {
				t.Errorf("got %q, want the UTF-8 text", got)
			}
		})
	}
}
