package inbox

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAnswerReplies runs the owner replies in testdata/replies, written as
// the real clients produce them, through Parse and Answer and compares with
// the answer the owner typed.
func TestAnswerReplies(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "replies", "*.eml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 40 {
		t.Fatalf("got %d reply fixtures, want at least 40", len(files))
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".eml")
		t.Run(name, func(t *testing.T) {
			raw := readFile(t, f)
			want := strings.TrimSuffix(string(readFile(t, strings.TrimSuffix(f, ".eml")+".want")), "\n")
			m, err := Parse(raw)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if got := Answer(m); got != want {
				t.Errorf("Answer mismatch\ngot:\n%s\n\nwant:\n%s", got, want)
			}
			// Every fixture's HTML part carries the same answer as its
			// plain part, so trimming it alone must give the same text.
			if m.HTML != "" {
				if got := TrimHTMLReply(m.HTML); got != want {
					t.Errorf("TrimHTMLReply mismatch\ngot:\n%s\n\nwant:\n%s", got, want)
				}
			}
			if m.From.Addr != "maren@runhelp.example" {
				t.Errorf("got From %q, want maren@runhelp.example", m.From.Addr)
			}
			if len(m.InReplyTo) != 1 || m.InReplyTo[0] != "a.42-k3j5m2hq7wbn4@runhelp.example" {
				t.Errorf("got In-Reply-To %q, want the notification's id", m.InReplyTo)
			}
		})
	}
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
