package web

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"helpline/data"
)

// benchData is one database of 10,000 answered questions, one of them with
// 50 comments, built once for all benchmarks.
var benchData struct {
	once     sync.Once
	dir      string
	db       *data.DB
	question string // path of the page with 50 comments
	err      error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if benchData.db != nil {
		benchData.db.Close()
	}
	if benchData.dir != "" {
		os.RemoveAll(benchData.dir)
	}
	os.Exit(code)
}

func loadBenchData(b *testing.B) (*data.DB, string) {
	b.Helper()
	benchData.once.Do(func() { benchData.err = buildBenchData() })
	if benchData.err != nil {
		b.Fatal(benchData.err)
	}
	return benchData.db, benchData.question
}

func buildBenchData() error {
	dir, err := os.MkdirTemp("", "helpline-bench-")
	if err != nil {
		return err
	}
	benchData.dir = dir
	db, err := data.Open(filepath.Join(dir, "bench.db"))
	if err != nil {
		return err
	}
	benchData.db = db
	ctx := context.Background()
	if _, err := db.Migrate(ctx); err != nil {
		return err
	}
	body := "I have been running for two years, about 40 km a week, and want to run my first marathon.\n\nHow should I build up?"
	answer := "Build slowly:\n\n- add no more than 10% a week\n- one long run\n- rest days\n\nMore at https://example.org/plan."
	var last *data.Question
	err = db.InTx(ctx, func(tx *data.Tx) error {
		for i := range 10_000 {
			q := &data.Question{Title: fmt.Sprintf("Marathon question %d", i), Body: body,
				AskerName: "Sam Runner", AskerEmail: "sam@example.org"}
			if err := tx.CreateQuestion(ctx, q); err != nil {
				return err
			}
			if err := tx.AddAnswer(ctx, &data.Answer{QuestionID: q.ID, Body: answer}); err != nil {
				return err
			}
			last = q
		}
		for i := range 50 {
			c := &data.Comment{QuestionID: last.ID, Name: fmt.Sprintf("Reader %d", i), Title: "Thanks",
				Body: "This helped me a lot, thank you.\nI will try it.", Status: data.CommentApproved}
			if err := tx.AddComment(ctx, c); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	for i := range 30 {
		if err := db.Rate(ctx, last.ID, fmt.Sprintf("voter %d", i), 1+i%5); err != nil {
			return err
		}
	}
	benchData.question = questionPath(last.ID, last.Slug)
	return nil
}

// benchGet fetches url from parallel clients and reports requests per
// second and the mean time each request took.
func benchGet(b *testing.B, url string) {
	b.Helper()
	tr := &http.Transport{MaxIdleConnsPerHost: 64}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr}
	var spent atomic.Int64
	b.SetParallelism(4)
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			t0 := time.Now()
			res, err := client.Get(url)
			if err != nil {
				b.Error(err)
				return
			}
			io.Copy(io.Discard, res.Body)
			res.Body.Close()
			if res.StatusCode != http.StatusOK {
				b.Errorf("got status %d", res.StatusCode)
				return
			}
			spent.Add(int64(time.Since(t0)))
		}
	})
	elapsed := time.Since(start)
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "req/s")
	b.ReportMetric(float64(spent.Load())/float64(b.N)/1e6, "ms/req")
}

func benchServer(b *testing.B, cached bool) (*httptest.Server, string) {
	b.Helper()
	db, question := loadBenchData(b)
	s, err := New(Config{Site: Site{Name: "Running Helpline", OwnerName: "Coach Kim"}, Secret: "bench"}, db)
	if err != nil {
		b.Fatal(err)
	}
	if !cached {
		s.cache = newPageCache(0)
	}
	srv := httptest.NewServer(s.Handler())
	b.Cleanup(srv.Close)
	return srv, question
}

// staticCopy serves the page at path, as rendered now, from a file through
// http.FileServer: the yardstick for the dynamic page.
func staticCopy(b *testing.B, srv *httptest.Server, path string) string {
	b.Helper()
	res, err := http.Get(srv.URL + path)
	if err != nil {
		b.Fatal(err)
	}
	page, err := io.ReadAll(res.Body)
	res.Body.Close()
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "page.html"), page, 0o644); err != nil {
		b.Fatal(err)
	}
	static := httptest.NewServer(http.FileServer(http.Dir(dir)))
	b.Cleanup(static.Close)
	return static.URL + "/page.html"
}

func BenchmarkIndex(b *testing.B) {
	srv, _ := benchServer(b, true)
	benchGet(b, srv.URL+"/")
}

func BenchmarkIndexUncached(b *testing.B) {
	srv, _ := benchServer(b, false)
	benchGet(b, srv.URL+"/")
}

func BenchmarkIndexStatic(b *testing.B) {
	srv, _ := benchServer(b, true)
	benchGet(b, staticCopy(b, srv, "/"))
}

func BenchmarkQuestion(b *testing.B) {
	srv, q := benchServer(b, true)
	benchGet(b, srv.URL+q)
}

func BenchmarkQuestionUncached(b *testing.B) {
	srv, q := benchServer(b, false)
	benchGet(b, srv.URL+q)
}

func BenchmarkQuestionStatic(b *testing.B) {
	srv, q := benchServer(b, true)
	benchGet(b, staticCopy(b, srv, q))
}

func BenchmarkSearch(b *testing.B) {
	srv, _ := benchServer(b, true)
	benchGet(b, srv.URL+"/search?q=marathon+question+9999")
}
