package inbox

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"helpline/data"
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

// TestCorpusThroughPipeline stores and processes every corpus mail as the
// poller would, each in a fresh store (several corpus files share a
// Message-ID and would otherwise be set aside as duplicates): none may be
// lost or left pending, an unreadable one must be quarantined with its
// error, every one keeps its raw bytes, and questions come out readable.
func TestCorpusThroughPipeline(t *testing.T) {
	outcomes := map[string]int{}
	for _, file := range corpusFiles(t) {
		rel, _ := filepath.Rel(corpusDir, file)
		t.Run(rel, func(t *testing.T) {
			f := newFixture(t)
			raw := readFile(t, file)
			m := f.deliverRaw(raw)
			outcomes[m.Outcome]++
			switch {
			case m.Outcome == data.OutcomePending:
				t.Errorf("left pending")
			case m.Outcome == data.OutcomeQuarantined && m.Reason == "":
				t.Errorf("quarantined without its error")
			case len(m.Raw) == 0:
				t.Errorf("raw bytes lost")
			}
			if m.QuestionID == 0 {
				return
			}
			q, err := f.db.QuestionByID(t.Context(), m.QuestionID)
			if err != nil {
				t.Fatal(err)
			}
			for what, s := range map[string]string{"title": q.Title, "body": q.Body, "name": q.AskerName} {
				if !utf8.ValidString(s) || strings.ContainsRune(s, 0) {
					t.Errorf("unreadable %s: %q", what, s)
				}
			}
			if strings.TrimSpace(q.Title) == "" {
				t.Errorf("question without a title")
			}
		})
	}
	t.Logf("corpus outcomes: %v", outcomes)
}
