package inbox

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// hebrewLines are things a reader writes in Hebrew, each of which a
// Cyrillic reading turns into Russian-looking words.
var hebrewLines = []string{
	"שלום, כמה פעמים בשבוע כדאי לרוץ כשמתחילים?",
	"תודה רבה על התשובה המהירה",
	"יש לי כאב בברך אחרי ריצה ארוכה",
	"אני רץ חמישה קילומטרים כל בוקר",
	"שלום לכולם",
	"ריצה ב-5 בבוקר לפני העבודה",
}

func TestHebrewWithoutACharset(t *testing.T) {
	for _, e := range []struct {
		name string
		e    encoding.Encoding
	}{{"windows-1255", charmap.Windows1255}, {"iso-8859-8", charmap.ISO8859_8}} {
		for _, line := range hebrewLines {
			t.Run(e.name+" "+line, func(t *testing.T) {
				raw := "From: runner@example.org\r\nSubject: " + encodedIn(t, e.e, line) +
					"\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" +
					encodedIn(t, e.e, line) + "\r\n"
				m, err := Parse([]byte(raw))
				if err != nil {
					t.Fatal(err)
				}
				if got := m.Header.Get("Subject"); got != line {
					t.Errorf("subject: got %q, want %q", got, line)
				}
				if got := strings.TrimSpace(m.Text); got != line {
					t.Errorf("text: got %q, want %q", got, line)
				}
				if got := strings.Join(m.Warnings, "; "); !strings.Contains(got, "windows-1255") {
					t.Errorf("warnings %q, want one naming windows-1255", got)
				}
			})
		}
	}
}

func TestHebrewShape(t *testing.T) {
	tests := []struct {
		name, text string
		e          encoding.Encoding
		want       bool
	}{
		{"hebrew", "כמה פעמים בשבוע", charmap.Windows1255, true},
		{"hebrew with a latin word", "אני משתמש ב-Garmin כל יום", charmap.Windows1255, true},
		// Russian in windows-1251 sits at the same bytes.
		{"russian", "Здравствуйте! Сколько раз в неделю можно бегать?", charmap.Windows1251, false},
		{"russian in lower case", "как часто можно бегать по утрам", charmap.Windows1251, false},
		{"russian thanks", "спасибо за ответ", charmap.Windows1251, false},
		{"russian knee", "болит колено после долгой пробежки", charmap.Windows1251, false},
		{"russian without capitals or soft signs", "вопрос о беге по утрам", charmap.Windows1251, false},
		{"russian word alone", "автоответ", charmap.Windows1251, false},
		{"hebrew without final forms", "תודה רבה על התשובה", charmap.Windows1255, true},
		{"koi8-r", "как часто можно бегать по утрам", charmap.KOI8R, false},
		{"ukrainian", "дякую за питання про біг", charmap.Windows1251, false},
		{"latin-1", "àéèçã õçêáàâ", charmap.Windows1252, false},
		{"portuguese", "informações sobre nutrição e corrida", charmap.Windows1252, false},
		{"too short", "שלום", charmap.Windows1255, false},
		// Vowel points sit where windows-1251 has capitals.
		{"pointed", "שָׁלוֹם עֲלֵיכֶם", charmap.Windows1255, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := hebrewShape([]byte(encodedIn(t, tt.e, tt.text))); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
