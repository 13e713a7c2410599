package inbox

import (
	"strings"
	"testing"

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
