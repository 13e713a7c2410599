package inbox

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// TestRawSubjectInTheBodysDoubleByteCharset checks an unencoded Chinese
// subject of a mail whose body declares Big5: some of its byte pairs
// form UTF-8 sequences by chance, and the subject must still be read as
// Big5, while a UTF-8 subject with one stray byte stays UTF-8.
func TestRawSubjectInTheBodysDoubleByteCharset(t *testing.T) {
	// In Big5 "請問" ends in D0 and "跑" starts with B0: together a
	// whole UTF-8 character.
	const subject = "請問跑步前要吃東西嗎"
	big5 := encodedIn(t, traditionalchinese.Big5, subject)
	if !strings.Contains(big5, "\xd0\xb0") {
		t.Fatalf("test subject lost its UTF-8-looking pair: %q", big5)
	}
	raw := "From: runner@example.tw\r\nSubject: " + big5 +
		"\r\nContent-Type: text/plain; charset=big5\r\n\r\n" + encodedIn(t, traditionalchinese.Big5, "請問一下。") + "\r\n"
	m := mustParse(t, raw)
	if got := m.Header.Get("Subject"); got != subject {
		t.Errorf("subject: got %q, want %q", got, subject)
	}

	const utf8Subject = "Größe der Schuhe"
	raw = "From: runner@example.de\r\nSubject: " + utf8Subject + " \xe9" +
		"\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\nGr\xfc\xdfe\r\n"
	m = mustParse(t, raw)
	if got := m.Header.Get("Subject"); !strings.HasPrefix(got, utf8Subject) {
		t.Errorf("subject: got %q, want it to start %q", got, utf8Subject)
	}
}

// TestShortUTF8SubjectWithAFlaw checks unencoded UTF-8 subjects of a mail
// whose body declares a legacy charset, too short for their well-formed
// characters to outnumber one flaw: a character cut off at the end, or
// one Latin-1 letter pasted in. They stay UTF-8, flaw and all, rather than
// every character coming out garbled in the body's charset.
func TestShortUTF8SubjectWithAFlaw(t *testing.T) {
	tests := []struct{ name, subject, want string }{
		{"cut after its only accent", "Frage zu Schuhen f\xc3\xbcr den Marathon \xc3", "Frage zu Schuhen für den Marathon"},
		{"cut three-byte character", "Laufschuhe f\xc3\xbcr \xe2\x80", "Laufschuhe für"},
		{"one latin-1 letter beside one UTF-8 letter", "Fw: Jos\xe9 fragt nach Dehn\xc3\xbcbungen", "Fw: José fragt nach Dehnübungen"},
		{"two letters, one of each", "\xc3\xa9t\xe9", "été"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := "From: runner@example.de\r\nSubject: " + tt.subject +
				"\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\nGr\xfc\xdfe\r\n"
			m := mustParse(t, raw)
			if got := m.Header.Get("Subject"); !strings.HasPrefix(got, tt.want) {
				t.Errorf("subject: got %q, want it to start %q", got, tt.want)
			}
		})
	}
}

// TestShortRawHeaderReadWithTheRest checks header text too short to tell
// its charset by alone, in mail that declares none: a Chinese name of
// three characters, a subject of two. Each is read
// in the charset the rest of the mail's 8-bit text is in, while Latin
// text beside Latin text stays Latin.
func TestShortRawHeaderReadWithTheRest(t *testing.T) {
	tests := []struct {
		name      string
		e         encoding.Encoding
		from      string
		subject   string
		body      string
		wantName  string
		wantTitle string
	}{
		{"chinese name beside a longer subject", simplifiedchinese.GBK,
			"王小明", "关于跑步的问题", "我每天跑五公里，膝盖有点疼，怎么办？", "王小明", "关于跑步的问题"},
		{"two-character subject beside the text", traditionalchinese.Big5,
			"Chen", "跑步", "請問每天跑步會不會太多？謝謝你的建議。", "Chen", "跑步"},
		{"accented capitals beside the same in the text", charmap.Windows1252,
			"ÕÄÖÜ", "ÕÄÖÜ", "ÕÄÖÜ", "ÕÄÖÜ", "ÕÄÖÜ"},
		{"latin name beside a latin body", charmap.Windows1252,
			"Jörg", "Frage", "Wie oft soll ich laufen? Grüße", "Jörg", "Frage"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := "From: " + encodedIn(t, tt.e, tt.from) + " <runner@example.net>\r\nTo: ask@example.org\r\n" +
				"Subject: " + encodedIn(t, tt.e, tt.subject) + "\r\nContent-Type: text/plain\r\n\r\n" +
				encodedIn(t, tt.e, tt.body) + "\r\n"
			m := mustParse(t, raw)
			if m.From.Name != tt.wantName {
				t.Errorf("got name %q, want %q", m.From.Name, tt.wantName)
			}
			if got := m.Header.Get("Subject"); got != tt.wantTitle {
				t.Errorf("got subject %q, want %q", got, tt.wantTitle)
			}
		})
	}
}

// TestLatinHeaderBesideCJKText checks a Latin-1 name and subject in mail
// that declares no charset and whose text is Chinese: an accent and the
// letter after it decode as one GBK character ("J鰎g"), so the rest of the
// mail's charset must not be forced on them, while a Chinese subject
// beside them is still read in it.
func TestLatinHeaderBesideCJKText(t *testing.T) {
	gbk := func(s string) string { return encodedIn(t, simplifiedchinese.GBK, s) }
	latin := func(s string) string { return encodedIn(t, charmap.Windows1252, s) }
	tests := []struct{ name, from, subject, wantName, wantSubject string }{
		{"latin name", latin("Jörg Müller"), gbk("马拉松训练"), "Jörg Müller", "马拉松训练"},
		{"latin subject", "Wang", latin("Frage zur Größe"), "Wang", "Frage zur Größe"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := "From: " + tt.from + " <runner@example.net>\r\nTo: ask@example.org\r\nSubject: " + tt.subject +
				"\r\nContent-Type: text/plain\r\n\r\n" + gbk("你好，我想问一下马拉松训练的问题。我每天跑五公里，膝盖有点疼。谢谢！") + "\r\n"
			m := mustParse(t, raw)
			if m.From.Name != tt.wantName {
				t.Errorf("got name %q, want %q", m.From.Name, tt.wantName)
			}
			if got := m.Header.Get("Subject"); got != tt.wantSubject {
				t.Errorf("got subject %q, want %q", got, tt.wantSubject)
			}
		})
	}
}
