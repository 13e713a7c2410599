package inbox

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// minReplyFixtures is how many owner replies the corpus must hold at least.
const minReplyFixtures = 300

// TestAnswerReplies runs the owner replies in testdata/replies, written as
// the real clients produce them, through Parse and Answer and compares with
// the answer the owner typed.
func TestAnswerReplies(t *testing.T) {
	files := replyFixtures(t)
	if len(files) < minReplyFixtures {
		t.Fatalf("got %d reply fixtures, want at least %d", len(files), minReplyFixtures)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".eml")
		t.Run(name, func(t *testing.T) {
			raw := readFile(t, f)
			base := strings.TrimSuffix(f, ".eml")
			want := strings.TrimSuffix(string(readFile(t, base+".want")), "\n")
			m, err := Parse(raw)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if got := Answer(m); got != want {
				t.Errorf("Answer mismatch\ngot:\n%s\n\nwant:\n%s", got, want)
			}
			// Every fixture's HTML part carries the same answer as its
			// plain part, so trimming it alone must give the same text;
			// where the client renders the text differently in HTML (a
			// Word list, say), NAME.html.want holds what the HTML gives.
			if m.HTML != "" {
				htmlWant := want
				if b, err := os.ReadFile(base + ".html.want"); err == nil {
					htmlWant = strings.TrimSuffix(string(b), "\n")
				} else if !errors.Is(err, fs.ErrNotExist) {
					t.Fatal(err)
				}
				if got := TrimHTMLReply(m.HTML); got != htmlWant {
					t.Errorf("TrimHTMLReply mismatch\ngot:\n%s\n\nwant:\n%s", got, htmlWant)
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

func replyFixtures(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "replies", "*.eml"))
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
