package inbox

import (
	"encoding/base64"
	"strings"
	"testing"
)

// TestParseCutUTF8Character checks UTF-8 text that ends in a character
// cut short: the text reads as UTF-8 without the cut piece, where read as
// windows-1252 it ended in stray letters. Text in a legacy charset whose
// last letter looks like the start of a UTF-8 character stays that letter.
func TestParseCutUTF8Character(t *testing.T) {
	const head = "From: Aiko <aiko@example.jp>\nTo: ask@example.org\nSubject: Knee\nMIME-Version: 1.0\n"
	cut := func(s string, n int) string { return s[:len(s)-n] }
	tests := []struct {
		name, fields, body, want, warn string
	}{
		{"base64 cut in the last character", "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n",
			base64.StdEncoding.EncodeToString([]byte(cut("膝が痛いです。走れま", 1))), "膝が痛いです。走れ", "cut UTF-8 character"},
		{"8bit cut before a line break", "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n",
			cut("My knee hurts — a lot ✓", 2) + "\n", "My knee hurts — a lot", "cut UTF-8 character"},
		{"no charset, cut", "Content-Type: text/plain\nContent-Transfer-Encoding: 8bit\n",
			cut("Mein Knie schmerzt, Grüße ü", 1) + "\n", "Mein Knie schmerzt, Grüße", "cut UTF-8 character"},
		{"a legacy letter at the end stays", "Content-Type: text/plain\nContent-Transfer-Encoding: 8bit\n",
			"Merci, Andr\xe9\n", "Merci, André", ""},
		{"a legacy letter under a UTF-8 label stays", "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n",
			"Merci, Andr\xe9\n", "Merci, André", "read as windows-1252"},
		{"a stray byte inside is no cut", "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n",
			"Grüße \xe9t\xe9 ✓\n", "Grüße été ✓", "read as windows-1252"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustParse(t, head+tt.fields+"\n"+tt.body)
			if m.Text != tt.want {
				t.Errorf("got text %q, want %q", m.Text, tt.want)
			}
			got := strings.Join(m.Warnings, "; ")
			if tt.warn == "" && got != "" || !strings.Contains(got, tt.warn) {
				t.Errorf("got warnings %q, want %q", got, tt.warn)
			}
		})
	}
}

// TestParseUTF8UnderSevenBitLabel checks 8-bit UTF-8 text under a label
// whose charset has no 8-bit bytes, as a mailer labelling every part
// ISO-2022-JP sends it: the text reads as UTF-8. Text that is truly in
// that charset reads as before.
func TestParseUTF8UnderSevenBitLabel(t *testing.T) {
	const head = "From: Aiko <aiko@example.jp>\nTo: ask@example.org\nSubject: Knee\nMIME-Version: 1.0\n"
	tests := []struct {
		name, charset, body, want, warn string
	}{
		{"UTF-8 under ISO-2022-JP", "ISO-2022-JP", "膝が痛いです。\n走れますか？\n", "膝が痛いです。\n走れますか？", "declared on UTF-8 text"},
		{"UTF-8 under UTF-7", "utf-7", "Grüße, mein Knie\n", "Grüße, mein Knie", "declared on UTF-8 text"},
		{"true ISO-2022-JP", "iso-2022-jp", "\x1b$BI(\x1b(B\n", "膝", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustParse(t, head+"Content-Type: text/plain; charset=\""+tt.charset+"\"\nContent-Transfer-Encoding: 8bit\n\n"+tt.body)
			if m.Text != tt.want {
				t.Errorf("got text %q, want %q", m.Text, tt.want)
			}
			got := strings.Join(m.Warnings, "; ")
			if tt.warn == "" && got != "" || !strings.Contains(got, tt.warn) {
				t.Errorf("got warnings %q, want %q", got, tt.warn)
			}
		})
	}
}
