package inbox

import (
	"context"
	"fmt"
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
			m, text := f.notified(t, tt.raw)
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

// filesMail is a question with n attached files, each named name and its
// number.
func filesMail(n int, name string) []byte {
	var b strings.Builder
	b.WriteString("From: Ann Runner <ann@reader.test>\r\nTo: " + testMailbox + "\r\nSubject: My plan\r\n" +
		"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n" +
		"--b\r\nContent-Type: text/plain\r\n\r\nAttached is my plan.\r\n")
	for i := range n {
		fmt.Fprintf(&b, "--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"%s%d.pdf\"\r\n\r\nx\r\n", name, i)
	}
	b.WriteString("--b--\r\n")
	return []byte(b.String())
}

// The notification names the first files, each cut short and shown as it
// reads, and counts the rest: a mail of hundreds of files with names of
// kilobytes would bury the question.
func TestNotificationCountsManyAttachedFiles(t *testing.T) {
	tests := []struct {
		name      string
		raw       []byte
		want      []string
		wantLines int // at most, under the question
	}{
		{"many", filesMail(300, "plan"), []string{"plan0.pdf, plan1.pdf,", "plan19.pdf and 280 more files."}, 6},
		{"long names", filesMail(3, strings.Repeat("n", 10<<10)), []string{"nnnn…, nnnn", "files attached"}, 8},
		{"direction override", filesMail(1, "report\u202efdp.exe"), []string{"reportfdp.exe0.pdf."}, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, text := newFixture(t).notified(t, tt.raw)
			_, files, _ := strings.Cut(text, "Attached is my plan.\n\n")
			files, _, _ = strings.Cut(files, "\n\n")
			for _, w := range tt.want {
				if !strings.Contains(strings.ToLower(strings.ReplaceAll(files, "\n", " ")), strings.ToLower(w)) {
					t.Errorf("got files %q, want them to say %q", files, w)
				}
			}
			if n := strings.Count(files, "\n") + 1; n > tt.wantLines || len(files) > 80*tt.wantLines {
				t.Errorf("got %d lines, %d bytes of files: %q; want at most %d lines", n, len(files), files, tt.wantLines)
			}
			if strings.ContainsRune(files, '\u202e') {
				t.Errorf("got files %q, want no direction override", files)
			}
		})
	}
}

// notified delivers raw, a question, and returns the message stored and
// the text of the one notification it caused.
func (f *fixture) notified(t *testing.T, raw []byte) (*data.Message, string) {
	t.Helper()
	m := f.deliverRaw(raw)
	wantOutcome(t, m, data.OutcomeQuestion)
	notes := f.outbox(data.KindNotify)
	if len(notes) != 1 {
		t.Fatalf("got %d notifications, want 1", len(notes))
	}
	return m, notes[0].Text
}
