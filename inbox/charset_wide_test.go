package inbox

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"
)

// TestDecodeWideLabelOnNarrowText checks text labelled UTF-16 or UTF-32
// that is ASCII or UTF-8, as clients that put one charset on every part
// send it, and that real UTF-16 still decodes, CJK text included.
func TestDecodeWideLabelOnNarrowText(t *testing.T) {
	utf16le := func(s string) []byte {
		b, err := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	tests := []struct {
		name, label string
		in          []byte
		want, warn  string
	}{
		{"ASCII of odd length", "UTF-16LE", []byte("ice\nor heat"), "ice\nor heat", "declared on text of 8-bit units"},
		{"ASCII of even length", "utf-16", []byte("Rest two day"), "Rest two day", "declared on text of 8-bit units"},
		{"UTF-8", "utf-16be", []byte("Obrigada, João"), "Obrigada, João", "declared on text of 8-bit units"},
		{"UTF-32 label on ASCII", "utf-32", []byte("Rest"), "Rest", "declared on text of 8-bit units"},
		{"real UTF-16 Latin text", "utf-16le", utf16le("Rest two days"), "Rest two days", ""},
		{"real UTF-16 CJK text", "utf-16le", utf16le("膝盖疼痛"), "膝盖疼痛", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, warn := decodeCharset(tt.in, tt.label)
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if tt.warn == "" && warn != "" || !strings.Contains(warn, tt.warn) {
				t.Errorf("got warning %q, want %q", warn, tt.warn)
			}
		})
	}
}

// TestParseWideLabelOnNarrowPart checks a whole mail whose typed text is
// ASCII under a UTF-16 label.
func TestParseWideLabelOnNarrowPart(t *testing.T) {
	raw := "From: Ines <ines@example.pt>\nTo: ask@example.org\nSubject: Shin splints\nMIME-Version: 1.0\n" +
		"Content-Type: text/plain; charset=UTF-16LE\nContent-Transfer-Encoding: base64\n\n" +
		"RG8gSSByZXN0IHR3byB3ZWVrcz8K\n"
	m := mustParse(t, raw)
	if m.Text != "Do I rest two weeks?" {
		t.Errorf("got text %q, want %q", m.Text, "Do I rest two weeks?")
	}
}

// TestDecodeUTF16ByItsMark checks text that a Windows editor saved as
// "Unicode", with its byte-order mark, sent under a narrow label or none:
// the mark decides, in either byte order, and labels whose decoder reads
// the mark itself read the text with no note.
func TestDecodeUTF16ByItsMark(t *testing.T) {
	encode := func(order unicode.Endianness, s string) []byte {
		b, err := unicode.UTF16(order, unicode.ExpectBOM).NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	const text = "Болит колено после 10 км?"
	tests := []struct {
		label string
		in    []byte
		warn  string
	}{
		{"us-ascii", encode(unicode.LittleEndian, text), `under charset "us-ascii"; read as utf-16le`},
		{"utf-8", encode(unicode.BigEndian, text), `under charset "utf-8"; read as utf-16be`},
		{"iso-8859-1", encode(unicode.LittleEndian, text), "read as utf-16le"},
		{"", encode(unicode.LittleEndian, text), "read as utf-16le"},
		{"unicode", encode(unicode.LittleEndian, text), ""},
		{"utf-16", encode(unicode.BigEndian, text), ""},
	}
	for _, tt := range tests {
		t.Run(tt.label, func(t *testing.T) {
			got, warn := decodeCharset(tt.in, tt.label)
			// A mark the label's decoder keeps is no text; the
			// walker drops it.
			got = strings.TrimPrefix(got, "\ufeff")
			if got != text || warn != tt.warn && !strings.Contains(warn, tt.warn) || tt.warn == "" && warn != "" {
				t.Errorf("got %q (%q), want %q (%q)", got, warn, text, tt.warn)
			}
		})
	}
}
