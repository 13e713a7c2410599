package inbox

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"helpline/data"
	"helpline/internal/prose"
)

// A subject or a name of any length becomes a title and a name of bounded
// length: they travel in the headers of every mail about the question.
func TestLongSubjectAndNameAreCut(t *testing.T) {
	words := strings.Repeat("How far should I run before a marathon ", 8000) // 312,000 characters
	tests := []struct {
		name, subject, wantStart string
	}{
		{"words", words, "How far should I run before a marathon How far"},
		{"one word", strings.Repeat("x", 300000), "xxxxxxxx"},
		{"non-ASCII", strings.Repeat("Läuft ", 50000), "Läuft Läuft"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			from := `"` + strings.Repeat("Ann ", 1000) + `" <ann@reader.test>`
			m := f.deliver(question(from, tt.subject, "I run 40 km a week."))
			wantOutcome(t, m, data.OutcomeQuestion)
			q, err := f.db.QuestionByID(context.Background(), m.QuestionID)
			if err != nil {
				t.Fatal(err)
			}
			if q.Body != "I run 40 km a week." {
				t.Errorf("got body %.200q, want the text alone", q.Body)
			}
			n := utf8.RuneCountInString(q.Title)
			if n > maxTitleChars || n < maxTitleChars/2 || !strings.HasPrefix(q.Title, tt.wantStart) || !strings.HasSuffix(q.Title, "…") {
				t.Errorf("got title of %d characters %q, want at most %d ending in …", n, q.Title, maxTitleChars)
			}
			if cut := strings.TrimSuffix(q.Title, "…"); tt.name != "one word" && tt.subject[len(cut)] != ' ' {
				t.Errorf("got title %q, want it cut at a word boundary", q.Title)
			}
			if n := utf8.RuneCountInString(q.AskerName); n > 100 || !strings.HasPrefix(q.AskerName, "Ann Ann") {
				t.Errorf("got name of %d characters %q, want at most 100", n, q.AskerName)
			}
			for _, row := range append(f.outbox(data.KindAck), f.outbox(data.KindNotify)...) {
				if len(row.Subject) > 1000 || !strings.Contains(row.Subject, q.Title) {
					t.Errorf("got %s subject of %d bytes, want the title", row.Kind, len(row.Subject))
				}
			}
		})
	}
}

// A question by mail keeps no character that sets the direction of text
// in its title or its asker's name, as a question from the site's form
// keeps none: both are shown inside other text, in the owner's
// notification, in the subjects of our mail and in the site's lists.
// The body keeps them: a paragraph of Arabic or Hebrew may need its marks,
// and a line of text ends what a mark in it opens.
func TestDirectionControlsLeaveTitleAndName(t *testing.T) {
	tests := []struct {
		name, subject, body, wantTitle string
	}{
		{"subject", "Shoes \u202egpj.exe\u202c for \u2067trail\u2069", "Which shoes?", "Shoes gpj.exe for trail"},
		{"title from the body", "", "\u202eWhich shoes\u202c for trail?\nMore.", "Which shoes for trail?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			m := f.deliver(question("=?utf-8?q?Ann_=E2=80=AEeeL?= <ann@reader.test>", tt.subject, tt.body))
			wantOutcome(t, m, data.OutcomeQuestion)
			q, err := f.db.QuestionByID(context.Background(), m.QuestionID)
			if err != nil {
				t.Fatal(err)
			}
			if q.Title != tt.wantTitle || q.AskerName != "Ann eeL" {
				t.Errorf("got title %q and name %q, want %q and %q", q.Title, q.AskerName, tt.wantTitle, "Ann eeL")
			}
			for _, row := range append(f.outbox(data.KindAck), f.outbox(data.KindNotify)...) {
				head, _, _ := strings.Cut(row.Text, "\n\n")
				if strings.IndexFunc(row.ToName+row.Subject+head, prose.IsDirectionControl) >= 0 {
					t.Errorf("got %s to %q, subject %q, text %q; want no direction controls above the body", row.Kind, row.ToName, row.Subject, head)
				}
			}
		})
	}
}
