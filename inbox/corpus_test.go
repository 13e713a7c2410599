package inbox

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// corpusDir is the shared collection of real-world mail from other
// parsers' test data. It lives beside the repository, never inside it.
const corpusDir = "../../shared/corpus/mime"

// TestParseCorpus feeds every mail of the shared corpus through Parse and
// Answer: none may panic, and each either parses to valid UTF-8 or fails
// with an error.
func TestParseCorpus(t *testing.T) {
	files := corpusFiles(t)
	var parsed, failed, warned int
	for _, f := range files {
		rel, _ := filepath.Rel(corpusDir, f)
		t.Run(rel, func(t *testing.T) {
			raw := readFile(t, f)
			m, err := Parse(raw)
			if err != nil {
				failed++
				t.Logf("not parsed: %v", err)
				return
			}
			parsed++
			if len(m.Warnings) > 0 {
				warned++
				t.Logf("warnings: %s", strings.Join(m.Warnings, "; "))
			}
			for field, s := range map[string]string{"text": m.Text, "html": m.HTML, "subject": m.Subject,
				"from": m.From.Name, "answer": Answer(m)} {
				if !utf8.ValidString(s) || strings.ContainsRune(s, 0) {
					t.Errorf("got %s with invalid UTF-8 or NUL: %q", field, s)
				}
			}
		})
	}
	t.Logf("corpus: %d files, %d parsed (%d with warnings), %d rejected", len(files), parsed, warned, failed)
}

func corpusFiles(tb testing.TB) []string {
	tb.Helper()
	if _, err := os.Stat(corpusDir); err != nil {
		tb.Skipf("shared mail corpus not found at %s (it sits beside the repository): %v", corpusDir, err)
	}
	var files []string
	err := filepath.WalkDir(corpusDir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".eml") {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	return files
}
