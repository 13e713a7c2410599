package inbox

import (
	"encoding/base64"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// inJapanese is the question encoded in e, as a Japanese mailer sends it.
func inJapanese(t *testing.T, e encoding.Encoding, s string) string {
	t.Helper()
	out, err := e.NewEncoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestJapaneseUnderTheWrongLabel(t *testing.T) {
	const question = "こんにちは、マラソンの練習について質問があります。"
	jis := inJapanese(t, japanese.ISO2022JP, question)
	sjis := inJapanese(t, japanese.ShiftJIS, question)
	euc := inJapanese(t, japanese.EUCJP, question)
	tests := []struct {
		name, label, body string
		warn              bool
	}{
		{"iso-2022-jp as labelled", "iso-2022-jp", jis, false},
		{"shift_jis as labelled", "shift_jis", sjis, false},
		{"euc-jp as labelled", "euc-jp", euc, false},
		{"iso-2022-jp without a charset", "", jis, true},
		{"iso-2022-jp under us-ascii", "us-ascii", jis, true},
		{"iso-2022-jp under shift_jis", "shift_jis", jis, true},
		{"shift_jis under iso-2022-jp", "iso-2022-jp", sjis, true},
		{"euc-jp under iso-2022-jp", "iso-2022-jp", euc, true},
		{"shift_jis under euc-jp", "euc-jp", sjis, true},
		{"euc-jp under shift_jis", "shift_jis", euc, true},
		{"euc-jp under cp932", "cp932", euc, true},
		{"shift_jis as windows-31j", "windows-31j", sjis, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := "From: a@example.jp\r\nSubject: q\r\nMIME-Version: 1.0\r\nContent-Type: text/plain"
			if tt.label != "" {
				raw += "; charset=" + tt.label
			}
			m, err := Parse([]byte(raw + "\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + tt.body + "\r\n"))
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.TrimSpace(m.Text); got != question {
				t.Errorf("got %q, want %q", got, question)
			}
			if got := len(m.Warnings) > 0; got != tt.warn {
				t.Errorf("warnings %q, want some: %v", m.Warnings, tt.warn)
			}
		})
	}
}

func TestJapaneseHeaderText(t *testing.T) {
	const subject = "練習の質問"
	b64 := func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
	jis := inJapanese(t, japanese.ISO2022JP, subject)
	sjis := inJapanese(t, japanese.ShiftJIS, subject)
	tests := []struct{ name, header, wantSubject, wantName string }{
		{"unencoded iso-2022-jp", "From: " + jis + " <a@example.jp>\r\nSubject: " + jis, subject, subject},
		{"encoded word in shift_jis labelled iso-2022-jp", "From: a@example.jp\r\nSubject: =?ISO-2022-JP?B?" + b64(sjis) + "?=", subject, ""},
		{"encoded word in iso-2022-jp labelled shift_jis", "From: a@example.jp\r\nSubject: =?Shift_JIS?B?" + b64(jis) + "?=", subject, ""},
		{"sender's name in shift_jis labelled iso-2022-jp", "From: =?ISO-2022-JP?B?" + b64(sjis) + "?= <a@example.jp>\r\nSubject: =?ISO-2022-JP?B?" + b64(sjis) + "?=", subject, subject},
		// Too short to guess alone; the body's Japanese label tells.
		{"a short unencoded shift_jis subject under an iso-2022-jp body", "From: a@example.jp\r\nSubject: " +
			inJapanese(t, japanese.ShiftJIS, "ツール") + "\r\nContent-Type: text/plain; charset=iso-2022-jp", "ツール", ""},
		{"sender's name in euc-jp labelled shift_jis", "From: =?Shift_JIS?B?" + b64(inJapanese(t, japanese.EUCJP, "れんしゅう")) + "?= <a@example.jp>\r\nSubject: x", "x", "れんしゅう"},
		// An escape that opens no Japanese set is no sign of it.
		{"escape of another kind", "From: a@example.jp\r\nSubject: run \x1b[1mfast\x1b[0m", "run [1mfast[0m", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse([]byte(tt.header + "\r\n\r\nhi\r\n"))
			if err != nil {
				t.Fatal(err)
			}
			if m.Subject != tt.wantSubject || m.From.Name != tt.wantName {
				t.Errorf("got subject %q, name %q; want %q, %q", m.Subject, m.From.Name, tt.wantSubject, tt.wantName)
			}
		})
	}
}

func TestLatinTextUnderAJapaneseLabelStaysAsBefore(t *testing.T) {
	// Neither Japanese charset reads "é " whole, so the label's reading
	// stands, as it did.
	m, err := Parse([]byte("From: a@example.org\r\nSubject: q\r\nContent-Type: text/plain; charset=shift_jis\r\n\r\nCaf\xe9 au lait\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(strings.Join(m.Warnings, " "), "declared on") {
		t.Errorf("warnings %q: Latin-1 text read as another Japanese charset", m.Warnings)
	}
}

func TestHalfWidthKatakanaUnderShiftJISStaysShiftJIS(t *testing.T) {
	// In pairs, half-width katakana decode whole as EUC-JP too, into
	// kanji: the label stands unless the other reading gives kana.
	const question = "ｼﾂﾓﾝ ｱﾘﾏｽ"
	sjis := inJapanese(t, japanese.ShiftJIS, question)
	m, err := Parse([]byte("From: a@example.jp\r\nSubject: q\r\nContent-Type: text/plain; charset=Shift_JIS\r\n\r\n" + sjis + "\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(m.Text); got != question {
		t.Errorf("got %q, want %q", got, question)
	}
	if len(m.Warnings) > 0 {
		t.Errorf("got warnings %q, want none", m.Warnings)
	}
}

func TestKoreanInSevenBits(t *testing.T) {
	// "안녕하세요" in KS X 1001, as ISO-2022-KR writes it: shifted out,
	// seven bits a byte.
	const hello = "\x0e\x3e\x48\x33\x67\x47\x4f\x3c\x3c\x3f\x64\x0f"
	tests := []struct {
		name, raw, wantSubject, wantText string
	}{
		{"labelled", "Subject: =?ISO-2022-KR?B?" + base64.StdEncoding.EncodeToString([]byte("\x1b$)C"+hello)) + "?=\r\n" +
			"Content-Type: text/plain; charset=ISO-2022-KR\r\n\r\n\x1b$)C\r\n" + hello + " run?\r\n", "안녕하세요", "안녕하세요 run?"},
		{"unlabelled", "Subject: \x1b$)C" + hello + "\r\n\r\n\x1b$)C\r\n" + hello + "\r\n", "안녕하세요", "안녕하세요"},
		{"euc-kr under the label", "Subject: q\r\nContent-Type: text/plain; charset=iso-2022-kr\r\n\r\n\xbe\xc8\xb3\xe7\r\n", "q", "안녕"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse([]byte("From: a@example.kr\r\n" + tt.raw))
			if err != nil {
				t.Fatal(err)
			}
			if m.Subject != tt.wantSubject || strings.TrimSpace(m.Text) != tt.wantText {
				t.Errorf("got subject %q, text %q; want %q, %q", m.Subject, m.Text, tt.wantSubject, tt.wantText)
			}
		})
	}
}

func TestKoreanFileNameInSevenBits(t *testing.T) {
	// "훈련" in ISO-2022-KR, as RFC 2231 writes a file name.
	raw := "From: a@example.kr\r\nSubject: q\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n" +
		"Content-Type: text/plain\r\n\r\nplan attached\r\n--b\r\n" +
		"Content-Type: text/plain\r\nContent-Disposition: attachment; filename*=iso-2022-kr''%1B%24%29C%0EHF7C%0F.txt\r\n\r\nweek 1\r\n--b--\r\n"
	m, err := Parse([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Attachments) != 1 || m.Attachments[0].Filename != "훈련.txt" {
		t.Errorf("got attachments %+v, want one named 훈련.txt", m.Attachments)
	}
}

// TestGBKLabelsReadAsGB18030 checks Chinese text labelled GB2312 or GBK
// that holds characters in GB18030's four-byte form, as mailers write
// emoji and the rare characters of names: they must be read, in the body
// and in an encoded-word, and the rest as GBK.
func TestGBKLabelsReadAsGB18030(t *testing.T) {
	const name = "王㛃"
	text := encodedIn(t, simplifiedchinese.GB18030, "你好，我是"+name+"。膝盖疼 € 怎么办？👍")
	word := base64.StdEncoding.EncodeToString([]byte(encodedIn(t, simplifiedchinese.GB18030, name)))
	for _, label := range []string{"gb2312", "GBK", "cp936", "euc-cn"} {
		t.Run(label, func(t *testing.T) {
			raw := "From: =?" + label + "?B?" + word + "?= <liu@example.cn>\r\nTo: ask@example.org\r\nSubject: q\r\n" +
				"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=" + label + "\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + text + "\r\n"
			m := mustParse(t, raw)
			if m.From.Name != name || m.Text != "你好，我是"+name+"。膝盖疼 € 怎么办？👍" {
				t.Errorf("got name %q, text %q; want %q and the whole text", m.From.Name, m.Text, name)
			}
		})
	}
}
