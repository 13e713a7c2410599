package inbox

import (
	"os"
	"path/filepath"
	"testing"
)

func loadReplies(b *testing.B) [][]byte {
	b.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "*", "*.eml"))
	if err != nil || len(files) == 0 {
		b.Fatalf("no testdata: %v", err)
	}
	var raws [][]byte
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		raws = append(raws, raw)
	}
	return raws
}

// BenchmarkParse parses every testdata mail once per iteration.
func BenchmarkParse(b *testing.B) {
	raws := loadReplies(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, raw := range raws {
			if _, err := Parse(raw); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkAnswer trims every parsed testdata mail once per iteration.
func BenchmarkAnswer(b *testing.B) {
	var msgs []*Message
	for _, raw := range loadReplies(b) {
		m, err := Parse(raw)
		if err != nil {
			b.Fatal(err)
		}
		msgs = append(msgs, m)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, m := range msgs {
			Answer(m)
		}
	}
}
