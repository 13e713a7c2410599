package inbox

import (
	"os"
	"path/filepath"
	"strings"
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

// BenchmarkTrimLongText trims 30 KB of plain prose, as a long question
// is: every line is checked for the start of quoted history.
func BenchmarkTrimLongText(b *testing.B) {
	s := strings.Repeat("I run three times a week and my knee hurts after long runs.\n", 512)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		TrimReply(s)
	}
}

// BenchmarkTrimWrappedQuote trims an answer over a 5,000-line quote a
// client wrapped, every other line the rest of a quoted line: the work
// per line must not grow with the reply.
func BenchmarkTrimWrappedQuote(b *testing.B) {
	s := "Run slower.\n\nOn 2025-06-03 10:12, Lena Fischer wrote:\n" +
		strings.Repeat("> I started running in March and now go out three times a week, mostly on\nthe\n\n", 1666)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		TrimReply(s)
	}
}

// BenchmarkTrim trims the text of every reply fixture, plain part and HTML
// part, and reports the time per reply.
func BenchmarkTrim(b *testing.B) {
	files, err := filepath.Glob(filepath.Join("testdata", "replies", "*.eml"))
	if err != nil || len(files) == 0 {
		b.Fatalf("no reply fixtures: %v", err)
	}
	var plain, htmls []string
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		m, err := Parse(raw)
		if err != nil {
			b.Fatal(err)
		}
		plain = append(plain, m.Text)
		if m.HTML != "" {
			htmls = append(htmls, m.HTML)
		}
	}
	b.Run("plain", func(b *testing.B) {
		for b.Loop() {
			for _, s := range plain {
				TrimReply(s)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(plain)), "ns/reply")
	})
	b.Run("html", func(b *testing.B) {
		for b.Loop() {
			for _, s := range htmls {
				TrimHTMLReply(s)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(htmls)), "ns/reply")
	})
}
