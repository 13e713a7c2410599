package inbox

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// encodedIn is s in the 8-bit charset e, as a mailer that declares no
// charset writes it.
func encodedIn(t testing.TB, e encoding.Encoding, s string) string {
	t.Helper()
	out, err := e.NewEncoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestRussianWithoutACharset(t *testing.T) {
	const subject = "Вопрос о беге по утрам"
	const body = "Здравствуйте! Сколько раз в неделю можно бегать новичку?"
	tests := []struct {
		name    string
		e       encoding.Encoding
		charset string
	}{
		{"koi8-r", charmap.KOI8R, "koi8-r"},
		{"windows-1251", charmap.Windows1251, "windows-1251"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := "From: runner@example.ru\r\nSubject: " + encodedIn(t, tt.e, subject) +
				"\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n" +
				"Content-Transfer-Encoding: 8bit\r\n\r\n" + encodedIn(t, tt.e, body) + "\r\n"
			m, err := Parse([]byte(raw))
			if err != nil {
				t.Fatal(err)
			}
			if got := m.Header.Get("Subject"); got != subject {
				t.Errorf("subject: got %q, want %q", got, subject)
			}
			if got := strings.TrimSpace(m.Text); got != body {
				t.Errorf("text: got %q, want %q", got, body)
			}
			if got := strings.Join(m.Warnings, "; "); !strings.Contains(got, tt.charset) {
				t.Errorf("warnings %q, want one naming %s", got, tt.charset)
			}
		})
	}
}

// TestLatinTextStaysLatin holds the undeclared 8-bit text that is not
// Russian: Latin languages' accented words, capitals included, and the
// Greek a Cyrillic reading would garble further.
func TestLatinTextStaysLatin(t *testing.T) {
	tests := []struct {
		name, subject string
		e             encoding.Encoding
	}{
		{"german", "Grüße aus Köln, schöne Größe", charmap.Windows1252},
		{"portuguese", "Informações sobre corrida e nutrição", charmap.Windows1252},
		{"french capitals", "ÉTÉ À PARIS: CRÉÉE ET DÉJÀ PRÊTE", charmap.Windows1252},
		{"estonian capitals", "ÕÄÖÜ", charmap.Windows1252},
		{"spanish", "¿Cuántos kilómetros por día? Año nuevo", charmap.Windows1252},
		{"greek", "Καλημέρα, ερώτηση για τρέξιμο", charmap.ISO8859_7},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := "From: runner@example.org\r\nSubject: " + encodedIn(t, tt.e, tt.subject) +
				"\r\nContent-Type: text/plain\r\n\r\n" + encodedIn(t, tt.e, tt.subject) + "\r\n"
			m, err := Parse([]byte(raw))
			if err != nil {
				t.Fatal(err)
			}
			for _, got := range []string{m.Header.Get("Subject"), m.Text} {
				if strings.ContainsFunc(got, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }) {
					t.Errorf("got %q, read as Cyrillic", got)
				}
			}
			if tt.e == charmap.Windows1252 && m.Header.Get("Subject") != tt.subject {
				t.Errorf("subject: got %q, want %q", m.Header.Get("Subject"), tt.subject)
			}
		})
	}
}

func TestCyrillic8bit(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // empty: not read as Russian
	}{
		{"koi8-r word", "\xf0\xd2\xc9\xd7\xc5\xd4", "Привет"},
		{"too few letters", "\xf0\xd2\xc9", ""},
		{"four latin-1 capitals", "\xd5\xc4\xd6\xdc", ""},
		{"two accented letters apart", "caf\xe9 cr\xe8me br\xfbl\xe9e", ""},
		{"utf-8 with a stray byte", "Привет \xff", ""},
		{"no vowels", "\xd7\xd7\xd7\xd7 \xd7\xd7\xd7\xd7", ""},
		// A Russian word can hold a UTF-8 sequence by chance: KOI8-R
		// "сё", windows-1251 "Пё".
		{"koi8-r with a utf-8 pair in a word", "\xf3\xd0\xc1\xd3\xc9\xc2\xcf \xda\xc1 \xd7\xd3\xa3", "Спасибо за всё"},
		{"windows-1251 with a utf-8 pair in a word", "\xcf\xb8\xf2\xf0 \xc8\xe2\xe0\xed\xee\xe2", "Пётр Иванов"},
		{"koi8-u ukrainian", "\xef\xcc\xc5\xcb\xd3\xa6\xca, \xc4\xd1\xcb\xd5\xc0 \xda\xc1 \xd0\xc9\xd4\xc1\xce\xce\xd1", "Олексій, дякую за питання"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, ok := cyrillic8bit([]byte(tt.in))
			if !ok {
				got = ""
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
