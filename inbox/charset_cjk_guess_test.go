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

// TestCJKWithoutACharset checks Chinese, Japanese and Korean questions
// sent in their countries' 8-bit charsets with no charset, or under
// US-ASCII, as old webmail and scripts send them: each must be read in
// the charset it is in, and the note must name it.
func TestCJKWithoutACharset(t *testing.T) {
	tests := []struct {
		name, subject, body string
		e                   encoding.Encoding
		charset             string
	}{
		{"simplified chinese", "关于跑步的问题",
			"你好！我每天早上跑五公里，但是膝盖有点疼。我应该休息几天还是继续跑？谢谢你的建议。",
			simplifiedchinese.GBK, "gbk"},
		{"traditional chinese", "關於跑步的問題",
			"你好！我每天早上跑五公里，但是膝蓋有點疼。我應該休息幾天還是繼續跑？謝謝你的建議。",
			traditionalchinese.Big5, "big5"},
		{"japanese in shift_jis", "ランニングの質問",
			"こんにちは。毎朝五キロ走っていますが、膝が少し痛いです。休んだほうがいいですか。",
			japanese.ShiftJIS, "shift_jis"},
		{"japanese in euc-jp", "ランニングの質問",
			"こんにちは。毎朝五キロ走っていますが、膝が少し痛いです。休んだほうがいいですか。",
			japanese.EUCJP, "euc-jp"},
		{"short simplified chinese, kana in its big5 reading", "请问膝盖疼怎么办？",
			"请问膝盖疼怎么办？", simplifiedchinese.GBK, "gbk"},
		{"chinese naming two brands", "请问Nike和Asics哪个好？",
			"请问Nike和Asics哪个好？我的脚比较宽。", simplifiedchinese.GBK, "gbk"},
		{"korean", "달리기 질문",
			"안녕하세요. 저는 매일 아침 오 킬로미터를 달리는데 무릎이 조금 아파요. 쉬는 것이 좋을까요?",
			korean.EUCKR, "euc-kr"},
	}
	for _, tt := range tests {
		for _, label := range []string{"", "; charset=us-ascii"} {
			t.Run(tt.name+label, func(t *testing.T) {
				raw := "From: runner@example.net\r\nSubject: " + encodedIn(t, tt.e, tt.subject) +
					"\r\nMIME-Version: 1.0\r\nContent-Type: text/plain" + label + "\r\n" +
					"Content-Transfer-Encoding: 8bit\r\n\r\n" + encodedIn(t, tt.e, tt.body) + "\r\n"
				m := mustParse(t, raw)
				if got := strings.TrimSpace(m.Text); got != tt.body {
					t.Errorf("text: got %q, want %q", got, tt.body)
				}
				if got := m.Header.Get("Subject"); got != tt.subject {
					t.Errorf("subject: got %q, want %q", got, tt.subject)
				}
				if got := strings.Join(m.Warnings, "; "); !strings.Contains(got, "read as "+tt.charset) {
					t.Errorf("warnings %q, want one naming %s", got, tt.charset)
				}
			})
		}
	}
}

// TestLatinTextIsNoCJK holds undeclared 8-bit text in Latin languages,
// whose accented letters pair up into valid double-byte characters of
// the CJK charsets by chance: it stays as it was read before.
func TestLatinTextIsNoCJK(t *testing.T) {
	tests := []string{
		"Grüße aus Köln, schöne Größe",
		"Informações sobre corrida e nutrição",
		"ÉTÉ À PARIS: CRÉÉE ET DÉJÀ PRÊTE",
		"¿Cuántos kilómetros por día? Año nuevo",
		"Ærø og Åbenrå: løb på øen",
		"ÕÄÖÜ ÄÖÜ ÖÄ Ü",
		// windows-1252's curly apostrophe and dashes pair with the
		// letter after them into valid Shift_JIS and GBK characters.
		"I can’t, don’t, won’t—For example, it’s fine",
		"Don’t—Run—Fast—Please",
		// Ç before Ã or Õ is katakana in Big5.
		"ATENÇÃO: INSCRIÇÕES ABERTAS, INFORMAÇÕES E CONDIÇÕES",
	}
	for _, s := range tests {
		for _, label := range []string{"us-ascii", "iso-8859-1"} {
			t.Run(s+" "+label, func(t *testing.T) {
				raw := "From: runner@example.org\r\nSubject: " + encodedIn(t, charmap.Windows1252, s) +
					"\r\nContent-Type: text/plain; charset=" + label + "\r\n\r\n" + encodedIn(t, charmap.Windows1252, s) + "\r\n"
				m := mustParse(t, raw)
				if got := strings.TrimSpace(m.Text); got != s {
					t.Errorf("text: got %q, want %q", got, s)
				}
				if got := m.Header.Get("Subject"); got != s && label == "us-ascii" {
					t.Errorf("subject: got %q, want %q", got, s)
				}
			})
		}
	}
}

// TestShiftJISUnderLatin1 checks Japanese that a web form sent in
// Shift_JIS under the ISO-8859-1 it was set to: Shift_JIS's lead bytes
// are ones Latin-1 leaves unused, and read as windows-1252 the text is
// signs and lost characters.
func TestShiftJISUnderLatin1(t *testing.T) {
	for _, label := range []string{"iso-8859-1", "windows-1252"} {
		t.Run(label, func(t *testing.T) {
			body := "ピーター・ジョーンズです。毎朝五キロ走っていますが、膝が少し痛いです。"
			raw := "From: runner@example.net\r\nSubject: Knee\r\nMIME-Version: 1.0\r\n" +
				"Content-Type: text/plain; charset=" + label + "\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" +
				encodedIn(t, japanese.ShiftJIS, body) + "\r\n"
			m := mustParse(t, raw)
			if got := strings.TrimSpace(m.Text); got != body {
				t.Errorf("text: got %q, want %q", got, body)
			}
			if got := strings.Join(m.Warnings, "; "); !strings.Contains(got, "read as shift_jis") {
				t.Errorf("warnings %q, want one naming shift_jis", got)
			}
		})
	}
}

// TestAccentsInsideWordsAreNoCJK holds undeclared 8-bit text whose every
// accent stands inside a word, before a letter: in Big5 and Shift_JIS an
// 8-bit byte and the ASCII letter after it make one character, so each
// accent and its next letter pair up, and one of them may land on a
// common character by chance. It stays as it was read before.
func TestAccentsInsideWordsAreNoCJK(t *testing.T) {
	tests := []struct {
		text string
		e    encoding.Encoding
	}{
		{"Tere! Jooksen iga päev viis kilomeetrit, aga põlv valutab. Õhtul söön. Šokolaad. Aitäh", charmap.ISO8859_15},
		{"Ich möchte im Frühling laufen, aber meine Füße schmerzen. Grüße", charmap.Windows1252},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			raw := "From: runner@example.org\r\nSubject: q\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n" +
				encodedIn(t, tt.e, tt.text) + "\r\n"
			m := mustParse(t, raw)
			if got := m.Warnings; strings.Contains(strings.Join(got, "; "), "read as big5") ||
				strings.Contains(strings.Join(got, "; "), "read as shift_jis") {
				t.Errorf("got warnings %q, want the text left Latin", got)
			}
			for _, r := range m.Text {
				if isCJK(r) {
					t.Fatalf("got text %q, want no CJK in it", m.Text)
				}
			}
		})
	}
}

// TestHTMLWithoutACharset checks an HTML part with no charset parameter
// and no <meta> naming one, as scripts send pages: its 8-bit text is read
// as text without a charset is, not as windows-1252, while a page whose
// <meta> names its charset is read in that, and Latin text stays Latin.
func TestHTMLWithoutACharset(t *testing.T) {
	tests := []struct {
		name, html, want string
		e                encoding.Encoding
	}{
		{"chinese page without a meta", "<html><body><p>我每天跑五公里，膝盖有点疼，怎么办？</p></body></html>",
			"我每天跑五公里，膝盖有点疼，怎么办？", simplifiedchinese.GBK},
		{"page whose meta names windows-1252", `<html><head><meta charset="windows-1252"></head><body><p>Grüße aus Köln</p></body></html>`,
			"Grüße aus Köln", charmap.Windows1252},
		{"latin page without a meta", "<html><body><p>Grüße aus Köln, schöne Größe</p></body></html>",
			"Grüße aus Köln, schöne Größe", charmap.Windows1252},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := "From: runner@example.net\r\nTo: ask@example.org\r\nSubject: Q\r\nMIME-Version: 1.0\r\n" +
				"Content-Type: text/html\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + encodedIn(t, tt.e, tt.html) + "\r\n"
			m := mustParse(t, raw)
			if got := strings.TrimSpace(m.Text); got != tt.want {
				t.Errorf("text: got %q, want %q", got, tt.want)
			}
		})
	}
}
