package locale

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"
)

func TestCatalogsAreComplete(t *testing.T) {
	en, err := Catalog(Default)
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range Languages() {
		t.Run(lang, func(t *testing.T) {
			c, err := Catalog(lang)
			if err != nil {
				t.Fatal(err)
			}
			for id, e := range en {
				m, ok := c[id]
				if !ok {
					t.Errorf("%s lacks %s", lang, id)
					continue
				}
				if err := m.fits(e); err != nil {
					t.Errorf("%s.%s: %v", lang, id, err)
				}
			}
			for id := range c {
				if _, ok := en[id]; !ok {
					t.Errorf("%s has %s, which English lacks", lang, id)
				}
			}
			if _, err := New(lang, nil); err != nil {
				t.Errorf("New(%q): %v", lang, err)
			}
		})
	}
	if got := len(Languages()); got < 5 {
		t.Errorf("got %d languages, want at least 5", got)
	}
}

func TestPlurals(t *testing.T) {
	tests := []struct {
		lang string
		n    int
		want string
	}{
		{"en", 1, "1 comment"},
		{"en", 2, "2 comments"},
		{"en", 0, "0 comments"},
		{"de", 1, "1 Kommentar"},
		{"de", 2, "2 Kommentare"},
		{"fr", 0, "0 commentaire"},
		{"fr", 1, "1 commentaire"},
		{"fr", 2, "2 commentaires"},
		{"es", 1, "1 comentario"},
		{"nl", 3, "3 reacties"},
		{"de", 1234, "1.234 Kommentare"},
	}
	for _, tt := range tests {
		l, err := New(tt.lang, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := l.T("comment_count", tt.n); got != tt.want {
			t.Errorf("%s, %d: got %q, want %q", tt.lang, tt.n, got, tt.want)
		}
	}
	de, _ := New("de", nil)
	if got, want := de.T("rating_text", 4.0, 1), "4,0 von 5 (1 Stimme)"; got != want {
		t.Errorf("rating: got %q, want %q", got, want)
	}
}

func TestDate(t *testing.T) {
	day := time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)
	for lang, want := range map[string]string{
		"en": "2 March 2026", "de": "2. März 2026", "fr": "2 mars 2026", "es": "2 de marzo de 2026", "nl": "2 maart 2026",
	} {
		l, err := New(lang, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := l.Date(day); got != want {
			t.Errorf("%s: got %q, want %q", lang, got, want)
		}
	}
}

func TestLanguageTags(t *testing.T) {
	tests := []struct {
		in, lang, word string
		bad            bool
	}{
		{"", "en", "Questions", false},
		{"de", "de", "Fragen", false},
		{"de-AT", "de-AT", "Fragen", false},
		{"fr-CA", "fr-CA", "Questions", false},
		{"nl", "nl", "Vragen", false},
		{"xx-!!", "", "", true},
		{"ja", "", "", true},
		{"tlh", "", "", true},
		{"en-GB", "en-GB", "Questions", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			l, err := New(tt.in, nil)
			if tt.bad {
				var le *Error
				if !errors.As(err, &le) || le.ID != "" {
					t.Fatalf("got %v, want a language error", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if l.Lang() != tt.lang || l.T("nav_questions") != tt.word {
				t.Errorf("got %q, %q, want %q, %q", l.Lang(), l.T("nav_questions"), tt.lang, tt.word)
			}
		})
	}
}

func TestOwnWords(t *testing.T) {
	var words map[string]Entry
	_, err := toml.Decode(`
nav_questions = "Alle Fragen"
comment_count = { one = "ein Kommentar", other = "%d Kommentare" }
`, &words)
	if err != nil {
		t.Fatal(err)
	}
	l, err := New("de", words)
	if err != nil {
		t.Fatal(err)
	}
	if got := l.T("nav_questions"); got != "Alle Fragen" {
		t.Errorf("got %q", got)
	}
	if got := l.T("comment_count", 1) + ", " + l.T("comment_count", 3); got != "ein Kommentar, 3 Kommentare" {
		t.Errorf("got %q", got)
	}
	bad := []struct {
		id   string
		e    Entry
		want string
	}{
		{"no_such_message", Entry{Text: "x"}, "no such message"},
		{"answer_by", Entry{Text: "Antwort von %d"}, "does not fit"},
		{"answer_by", Entry{Text: "Antwort von %[2]s"}, "does not fit"},
		{"comment_count", Entry{Text: "%d Kommentare"}, "needs plural forms"},
		{"nav_questions", Entry{Forms: map[string]string{"other": "x"}}, "no count"},
		{"months", Entry{Text: "Jan Feb"}, "twelve"},
	}
	for _, b := range bad {
		_, err := New("de", map[string]Entry{b.id: b.e})
		var le *Error
		if !errors.As(err, &le) || le.ID != b.id || !strings.Contains(err.Error(), b.want) {
			t.Errorf("%s = %+v: got %v, want an error about words.%s saying %q", b.id, b.e, err, b.id, b.want)
		}
	}
	if err := toml.Unmarshal([]byte(`x = { single = "a" }`), &words); err == nil {
		t.Errorf("an unknown plural form was accepted")
	}
}
