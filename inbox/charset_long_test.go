package inbox

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// A long text in no declared charset has its charset guessed from its
// start, and is read whole in it, its end as well as its start: the guess
// costs the same for a body of megabytes as for one of a few pages.
func TestLongTextWithoutACharset(t *testing.T) {
	tests := []struct {
		name, line string
		e          encoding.Encoding
		charset    string
	}{
		{"russian", "Здравствуйте! Сколько раз в неделю можно бегать новичку?", charmap.Windows1251, "windows-1251"},
		{"hebrew", "שלום, אני רץ חמישה קילומטרים כל בוקר.", charmap.Windows1255, "windows-1255"},
		{"chinese", "你好！我每天早上跑五公里，但是膝盖有点疼。", simplifiedchinese.GBK, "gbk"},
		{"traditional chinese", "你好！我每天早上跑五公里，但是膝蓋有點疼。", traditionalchinese.Big5, "big5"},
		{"japanese", "こんにちは。毎朝五キロ走っていますが、膝が少し痛いです。", japanese.ShiftJIS, "shift_jis"},
		{"korean", "안녕하세요. 저는 매일 아침 달리는데 무릎이 조금 아파요.", korean.EUCKR, "euc-kr"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := strings.TrimSpace(strings.Repeat(tt.line+"\n", 3*maxGuessed/len(tt.line)))
			raw := "From: runner@example.net\r\nSubject: Laufen\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n" +
				"Content-Transfer-Encoding: 8bit\r\n\r\n" + encodedIn(t, tt.e, strings.ReplaceAll(text, "\n", "\r\n")) + "\r\n"
			m := mustParse(t, raw)
			if got := strings.TrimSpace(m.Text); got != text {
				t.Errorf("got %d bytes ending %q, want %d ending %q", len(got), got[max(0, len(got)-60):], len(text), text[len(text)-60:])
			}
			if got := strings.Join(m.Warnings, "; "); !strings.Contains(got, "read as "+tt.charset) {
				t.Errorf("warnings %q, want one naming %s", got, tt.charset)
			}
		})
	}
}

// The start a charset is guessed from ends where no character is cut.
func TestGuessPrefix(t *testing.T) {
	gbk := []byte(encodedIn(t, simplifiedchinese.GBK, strings.Repeat("膝盖有点疼 ", maxGuessed/5)))
	tests := []struct {
		name    string
		in      []byte
		wantLen int
	}{
		{"short", gbk[:100], 100},
		{"words", gbk, strings.LastIndexByte(string(gbk[:maxGuessed]), ' ') + 1},
		{"no byte below '0'", []byte(strings.Repeat("\xe9", 2*maxGuessed)), maxGuessed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := len(guessPrefix(tt.in)); got != tt.wantLen {
				t.Errorf("got %d bytes, want %d", got, tt.wantLen)
			}
		})
	}
}

// A long Japanese text under the other Japanese label, or under the 7-bit
// one, is read whole in the charset its start is in.
func TestLongJapaneseUnderTheWrongLabel(t *testing.T) {
	const line = "こんにちは、マラソンの練習について質問があります。"
	text := strings.TrimSpace(strings.Repeat(line+"\n", 3*maxGuessed/len(line)))
	tests := []struct {
		name, label string
		e           encoding.Encoding
		charset     string
	}{
		{"euc-jp under shift_jis", "shift_jis", japanese.EUCJP, "euc-jp"},
		{"shift_jis under euc-jp", "euc-jp", japanese.ShiftJIS, "shift_jis"},
		{"shift_jis under iso-2022-jp", "iso-2022-jp", japanese.ShiftJIS, "shift_jis"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := "From: a@example.jp\r\nSubject: q\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=" + tt.label +
				"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + encodedIn(t, tt.e, strings.ReplaceAll(text, "\n", "\r\n")) + "\r\n"
			m := mustParse(t, raw)
			if got := strings.TrimSpace(m.Text); got != text {
				t.Errorf("got %d bytes ending %q, want %d", len(got), got[max(0, len(got)-60):], len(text))
			}
			if got := strings.Join(m.Warnings, "; "); !strings.Contains(got, "read as "+tt.charset) {
				t.Errorf("warnings %q, want one naming %s", got, tt.charset)
			}
		})
	}
}
