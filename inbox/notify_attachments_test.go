package inbox

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"helpline/data"
)

func TestNotificationNamesTheAttachedFiles(t *testing.T) {
	tests := []struct {
		name      string
		raw       []byte
		want      string // in the notification; "" for no line of files
		published string // in the stored question
	}{
		{name: "files", raw: readFile(t, filepath.Join("testdata", "questions", "attachments.eml")),
			want:      "Files attached to the mail (not published): log.pdf, Schuh rechts.jpg,\nSchuh links.jpg, splits.txt.",
			published: "Attached are my log and two photos of my shoes."},
		{name: "none", raw: []byte(strings.ReplaceAll(question("Ann Runner <ann@reader.test>", "Pacing",
			"How do I pace a marathon?"), "\n", "\r\n")),
			published: "How do I pace a marathon?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			m := f.deliverRaw(tt.raw)
			wantOutcome(t, m, data.OutcomeQuestion)
			notes := f.outbox(data.KindNotify)
			if len(notes) != 1 {
				t.Fatalf("got %d notifications, want 1", len(notes))
			}
			text := notes[0].Text
			if got := strings.Contains(text, "Files attached"); got != (tt.want != "") {
				t.Errorf("got a line of files %v, want %v, in %q", got, tt.want != "", text)
			}
			if tt.want != "" && !strings.Contains(text, tt.want) {
				t.Errorf("got notification %q, want it to say %q", text, tt.want)
			}
			q, err := f.db.QuestionByID(context.Background(), m.QuestionID)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(q.Body, tt.published) || strings.Contains(q.Body, "Files attached") || strings.Contains(q.Body, "log.pdf") {
				t.Errorf("got published body %q, want the asker's text alone", q.Body)
			}
		})
	}
}
