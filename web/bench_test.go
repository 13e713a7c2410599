package web

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"helpline/data"
)

// The benchmarks run a site of 10,000 questions, 2,000 of them answered,
// against 32 clients at once, and each page beside http.FileServer serving
// the same bytes from a file in the same run. Each reports requests per
// second and the 99th percentile of the time a request took; the site's
// runs also report their rate as a share of the file server's
// (x-fileserver).
//
// The site is built once per test binary, and only when a benchmark asks
// for it, so it costs the ordinary test run nothing.

const (
	benchClients   = 32
	benchQuestions = 10_000
	benchAnswered  = 2_000
)

// Words planted in the answers, to search for: one in half of them, one in
// ten. Everything else is drawn from benchWords.
const (
	wordIn1000 = "recovery"
	wordIn10   = "cadence"
)

var benchWords = strings.Fields(`run runs running pace easy long tempo interval hill hills race week weeks
	mile miles shoes knee knees ankle hip calf stretch strength core sleep food water drink heart rate zone
	plan base build taper marathon half trail road track warm cool slow fast steady effort feel body mind
	rest day morning evening coach club group breath breathing form stride foot feet arm posture injury
	pain sore ice heat weather rain wind cold hot summer winter gel carb protein weight goal time finish
	start line split negative even first last second try want need should could would also just very
	often always never sometimes usually maybe because when while after before during again more less`)

var benchData struct {
	once     sync.Once
	dir      string
	db       *data.DB
	question string // path of the answered question with 50 comments
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

// benchText is n words drawn from benchWords, with planted words among
// them.
func benchText(r *rand.Rand, n int, planted ...string) string {
	words := make([]string, 0, n+len(planted))
	for range n {
		words = append(words, benchWords[r.IntN(len(benchWords))])
	}
	words = append(words, planted...)
	r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	return strings.Join(words, " ") + "."
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
	r := rand.New(rand.NewPCG(1, 2))
	var last *data.Question
	err = db.InTx(ctx, func(tx *data.Tx) error {
		for i := range benchQuestions {
			q := &data.Question{Title: benchText(r, 4+r.IntN(6)), Body: benchText(r, 20+r.IntN(80)),
				AskerName: "Sam Runner", AskerEmail: "sam@example.org"}
			if err := tx.CreateQuestion(ctx, q); err != nil {
				return err
			}
			every := benchQuestions / benchAnswered
			if i%every != 0 {
				continue
			}
			var planted []string
			if n := i / every; n%2 == 0 {
				planted = append(planted, wordIn1000)
			} else if n%200 == 1 {
				planted = append(planted, wordIn10)
			}
			a := &data.Answer{QuestionID: q.ID, Body: benchText(r, 40+r.IntN(400), planted...)}
			if err := tx.AddAnswer(ctx, a); err != nil {
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

// benchRound is how many requests each target gets before the next
// target's turn. The machine is shared: targets take turns in short
// rounds so that each sees the same share of whatever else is running.
const benchRound = 1024

// benchTarget is a server under measurement and the addresses asked of it
// in turn.
type benchTarget struct {
	name string
	urls []string
}

// benchTally is what the rounds of one target measured.
type benchTally struct {
	elapsed time.Duration
	times   []time.Duration
}

// benchCompare has benchClients clients fetch from each target in turn,
// b.N requests per target in rounds of benchRound, and reports each
// target's rate and 99th percentile, and each target's rate as a share of
// the first one's. Clients ask for no compression, as the file server
// offers none.
func benchCompare(b *testing.B, targets ...benchTarget) {
	b.Helper()
	tr := &http.Transport{MaxIdleConnsPerHost: benchClients, DisableCompression: true}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr}
	tallies := make([]benchTally, len(targets))
	b.ResetTimer()
	for done := 0; done < b.N; done += benchRound {
		n := min(benchRound, b.N-done)
		for i, t := range targets {
			start := time.Now()
			times := benchRun(b, client, t.urls, n)
			tallies[i].elapsed += time.Since(start)
			tallies[i].times = append(tallies[i].times, times...)
		}
	}
	b.StopTimer()
	for i, t := range targets {
		times := tallies[i].times
		if len(times) == 0 {
			return
		}
		slices.Sort(times)
		rate := float64(len(times)) / tallies[i].elapsed.Seconds()
		b.ReportMetric(rate, "req/s-"+t.name)
		b.ReportMetric(float64(times[len(times)*99/100].Microseconds())/1000, "p99-ms-"+t.name)
		if i > 0 {
			first := float64(len(tallies[0].times)) / tallies[0].elapsed.Seconds()
			b.ReportMetric(rate/first, "x-"+targets[0].name+"-"+t.name)
		}
	}
}

// benchRun makes n requests from benchClients clients at once and returns
// how long each took.
func benchRun(b *testing.B, client *http.Client, urls []string, n int) []time.Duration {
	var (
		next  atomic.Int64
		mu    sync.Mutex
		times = make([]time.Duration, 0, n)
		wg    sync.WaitGroup
	)
	for range benchClients {
		wg.Go(func() {
			var mine []time.Duration
			for i := next.Add(1); i <= int64(n); i = next.Add(1) {
				url := urls[int(i)%len(urls)]
				t0 := time.Now()
				res, err := client.Get(url)
				if err != nil {
					b.Error(err)
					return
				}
				io.Copy(io.Discard, res.Body)
				res.Body.Close()
				if res.StatusCode != http.StatusOK {
					b.Errorf("GET %s: got status %d", url, res.StatusCode)
					return
				}
				mine = append(mine, time.Since(t0))
			}
			mu.Lock()
			times = append(times, mine...)
			mu.Unlock()
		})
	}
	wg.Wait()
	return times
}

// benchServer serves the benchmark site; with cached false it keeps no
// pages and no search results, and so renders and searches every time.
func benchServer(b *testing.B, cached bool) *httptest.Server {
	b.Helper()
	db, _ := loadBenchData(b)
	s, err := New(Config{Site: Site{Name: "Running Helpline", OwnerName: "Coach Kim"}, Secret: "bench"}, db)
	if err != nil {
		b.Fatal(err)
	}
	if !cached {
		s.cache, s.searches, s.results = newVersioned[*cachedPage](0), newVersioned[*cachedPage](0), newVersioned[searchResult](0)
	}
	srv := httptest.NewServer(s.Handler())
	b.Cleanup(srv.Close)
	return srv
}

// staticCopies saves the pages at paths, as the site renders them now,
// into files served by http.FileServer, and returns their addresses.
func staticCopies(b *testing.B, srv *httptest.Server, paths []string) []string {
	b.Helper()
	dir := b.TempDir()
	static := httptest.NewServer(http.FileServer(http.Dir(dir)))
	b.Cleanup(static.Close)
	var urls []string
	for i, p := range paths {
		res, err := http.Get(srv.URL + p)
		if err != nil {
			b.Fatal(err)
		}
		page, err := io.ReadAll(res.Body)
		res.Body.Close()
		if err != nil || res.StatusCode != http.StatusOK {
			b.Fatalf("GET %s: status %d, %v", p, res.StatusCode, err)
		}
		name := fmt.Sprintf("page%d.html", i)
		if err := os.WriteFile(filepath.Join(dir, name), page, 0o644); err != nil {
			b.Fatal(err)
		}
		urls = append(urls, static.URL+"/"+name)
	}
	return urls
}

func siteURLs(srv *httptest.Server, paths []string) []string {
	var urls []string
	for _, p := range paths {
		urls = append(urls, srv.URL+p)
	}
	return urls
}

// benchPages measures the site serving paths beside the file server
// serving the same bytes.
func benchPages(b *testing.B, paths ...string) {
	srv := benchServer(b, true)
	benchCompare(b, benchTarget{"fileserver", staticCopies(b, srv, paths)}, benchTarget{"helpline", siteURLs(srv, paths)})
}

func BenchmarkIndex(b *testing.B) { benchPages(b, "/") }

func BenchmarkQuestion(b *testing.B) {
	_, question := loadBenchData(b)
	benchPages(b, question)
}

func BenchmarkFeed(b *testing.B) {
	b.Run("feed=rss", func(b *testing.B) { benchPages(b, "/feed.rss") })
	b.Run("feed=atom", func(b *testing.B) { benchPages(b, "/feed.atom") })
}

// benchSearches are the searches BenchmarkSearch makes: a word in half the
// answers, a word in ten, and a few common words together.
var benchSearches = []struct{ name, query string }{
	{"in-1000-answers", wordIn1000},
	{"in-10-answers", wordIn10},
	{"common-words", "easy+recovery+runs"},
}

func BenchmarkSearch(b *testing.B) {
	for _, tt := range benchSearches {
		b.Run("words="+tt.name, func(b *testing.B) { benchPages(b, "/search?q="+tt.query) })
	}
}

// BenchmarkSearchUncached measures what a search costs when it is not
// cached: the first time its words are asked after the site changed.
func BenchmarkSearchUncached(b *testing.B) {
	for _, tt := range benchSearches {
		b.Run("words="+tt.name, func(b *testing.B) {
			path := "/search?q=" + tt.query
			benchCompare(b, benchTarget{"fileserver", staticCopies(b, benchServer(b, true), []string{path})},
				benchTarget{"helpline-uncached", siteURLs(benchServer(b, false), []string{path})})
		})
	}
}

// BenchmarkSearchWhileRating searches while readers rate a question fifty
// times a second, each rating emptying the site's page caches: pages of
// results are rendered again from the kept matches, so a word in a
// thousand answers should cost what a word in ten does.
func BenchmarkSearchWhileRating(b *testing.B) {
	db, question := loadBenchData(b)
	id, _ := questionID(strings.TrimPrefix(question, "/q/"))
	for _, tt := range benchSearches[:2] {
		b.Run("words="+tt.name, func(b *testing.B) {
			ctx, stop := context.WithCancel(context.Background())
			done := make(chan struct{})
			go func() {
				defer close(done)
				tick := time.NewTicker(20 * time.Millisecond)
				defer tick.Stop()
				for i := 0; ; i++ {
					select {
					case <-ctx.Done():
						return
					case <-tick.C:
					}
					if err := db.Rate(ctx, id, fmt.Sprintf("bench voter %d", i%100), 1+i%5); err != nil && ctx.Err() == nil {
						b.Error(err)
						return
					}
				}
			}()
			defer func() { stop(); <-done }()
			benchPages(b, "/search?q="+tt.query)
		})
	}
}
