package web

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"helpline/data"
)

// fakeClock is the time the site's version check sees, moved by hand so
// that a test never waits for the check interval.
type fakeClock struct{ nanos atomic.Int64 }

func (c *fakeClock) now() time.Time          { return time.Unix(0, c.nanos.Load()) }
func (c *fakeClock) advance(d time.Duration) { c.nanos.Add(int64(d)) }

func (f *fixture) freezeClock() *fakeClock {
	c := &fakeClock{}
	c.nanos.Store(time.Now().UnixNano())
	f.site.versions.now = c.now
	return c
}

// searchTitles returns the titles a search page lists, in order.
func (f *fixture) searchTitles(query string) []string {
	f.t.Helper()
	res, body := f.get("/search?q=" + query)
	wantStatus(f.t, res, http.StatusOK)
	var titles []string
	for _, part := range strings.Split(body, `<h2><a href="/q/`)[1:] {
		_, rest, _ := strings.Cut(part, `">`)
		title, _, _ := strings.Cut(rest, "</a>")
		titles = append(titles, title)
	}
	return titles
}

func TestSearchCachedUntilTheSiteChanges(t *testing.T) {
	f := newFixture(t, func(c *Config) { c.PublishComments = true })
	clock := f.freezeClock()
	ctx := context.Background()
	first := f.question("Tempo runs", "How fast?", "Comfortably hard.", "Ann")
	if got, want := f.searchTitles("tempo"), []string{"Tempo runs"}; !slices.Equal(got, want) {
		t.Fatalf("got %q, want %q", got, want)
	}

	// A change made outside the server, by this process's inbox or by
	// another process, shows once the version is read again.
	second := f.question("Tempo or intervals?", "Which first?", "Tempo first.", "Bo")
	if got, want := f.searchTitles("tempo"), []string{"Tempo runs"}; !slices.Equal(got, want) {
		t.Errorf("within the check interval: got %q, want the cached %q", got, want)
	}
	clock.advance(versionCheckEvery)
	if got := f.searchTitles("tempo"); len(got) != 2 {
		t.Errorf("after the check interval: got %q, want both questions", got)
	}

	other, err := data.Open(f.db.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if err := other.InTx(ctx, func(tx *data.Tx) error {
		return tx.SetQuestionStatus(ctx, second.ID, data.QuestionHidden)
	}); err != nil {
		t.Fatal(err)
	}
	clock.advance(versionCheckEvery)
	if got, want := f.searchTitles("tempo"), []string{"Tempo runs"}; !slices.Equal(got, want) {
		t.Errorf("after another process hid a question: got %q, want %q", got, want)
	}

	// A change the server makes itself shows at once.
	path := questionPath(first.ID, first.Slug)
	_, before := f.get(path)
	res, _ := f.post(path+"/comments", formOf("name", "Cy", "text", "Tempo helped my half marathon."))
	wantStatus(t, res, http.StatusSeeOther)
	_, after := f.get(path)
	if before == after || !strings.Contains(after, "Tempo helped") {
		t.Errorf("the page did not show the new comment at once")
	}
}

// A change another part of this process commits (the inbox storing an
// answer) shows at once when the database tells the site of its commits,
// as serve wires it.
func TestCommitsInThisProcessShowAtOnce(t *testing.T) {
	f := newFixture(t, nil)
	f.freezeClock()
	f.db.OnCommit = f.site.Touch
	f.question("Tempo runs", "How fast?", "Comfortably hard.", "Ann")
	if got, want := f.searchTitles("tempo"), []string{"Tempo runs"}; !slices.Equal(got, want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	f.question("Tempo or intervals?", "Which first?", "Tempo first.", "Bo")
	if got := f.searchTitles("tempo"); len(got) != 2 {
		t.Errorf("with no time passed: got %q, want both questions", got)
	}
}

func TestSearchResultsSharedByNormalisedWords(t *testing.T) {
	f := newFixture(t, nil)
	f.question("Knee pain after hills", "Why?", "Shorter strides downhill.", "Di")
	for _, q := range []string{"Knee+pain%3F", "knee++PAIN", "%22knee%22+pain"} {
		if got := f.searchTitles(q); len(got) != 1 {
			t.Errorf("search %s: got %q, want one question", q, got)
		}
	}
	if n := len(f.site.results.items); n != 1 {
		t.Errorf("got %d cached result sets for one set of words, want 1", n)
	}
	if n := len(f.site.searches.items); n != 3 {
		t.Errorf("got %d cached search pages for three queries as typed, want 3", n)
	}
}

func TestRatingKeepsSearchResults(t *testing.T) {
	f := newFixture(t, nil)
	q := f.question("Cold weather runs", "Layers?", "Three thin layers.", "Gil")
	_, body := f.get("/search?q=layers")
	wantContains(t, body, "No votes yet")
	kept := f.site.results.items["1|layers"]
	if kept.total != 1 {
		t.Fatalf("got %+v kept for the search, want one match", kept)
	}

	res, _ := f.post(questionPath(q.ID, q.Slug)+"/rate", formOf("stars", "5"))
	wantStatus(t, res, http.StatusSeeOther)
	_, body = f.get("/search?q=layers")
	wantContains(t, body, "5.0 out of 5 (1 vote)")
	// The search itself is not made again: the kept result is the same
	// one, not an equal one made anew.
	if again := f.site.results.items["1|layers"]; len(again.ids) == 0 || &again.ids[0] != &kept.ids[0] {
		t.Errorf("the rating made the search run again")
	}
}

func TestPageEncodingsAndRanges(t *testing.T) {
	f := newFixture(t, nil)
	f.question("Long runs", strings.Repeat("How long should a long run be? ", 20), strings.Repeat("Build it slowly. ", 40), "Ed")
	identity := func(header ...string) (*http.Response, []byte) {
		t.Helper()
		req, err := http.NewRequest("GET", f.srv.URL+"/", nil)
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Accept-Encoding", "identity")
		for i := 0; i+1 < len(header); i += 2 {
			req.Header.Set(header[i], header[i+1])
		}
		// With Accept-Encoding set, the transport neither asks for gzip
		// nor undoes it.
		res, err := http.DefaultTransport.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, err := io.ReadAll(res.Body)
		if err != nil {
			t.Fatal(err)
		}
		return res, b
	}
	res, plain := identity()
	wantStatus(t, res, http.StatusOK)
	if got := res.Header.Get("Content-Length"); got != fmt.Sprint(len(plain)) {
		t.Errorf("got Content-Length %q, want %d", got, len(plain))
	}
	if got := res.Header.Get("Vary"); got != "Accept-Encoding" {
		t.Errorf("got Vary %q, want Accept-Encoding", got)
	}

	res, zipped := identity("Accept-Encoding", "br;q=1, gzip;q=0.8")
	wantStatus(t, res, http.StatusOK)
	if got := res.Header.Get("Content-Encoding"); got != "gzip" {
		t.Fatalf("got Content-Encoding %q, want gzip", got)
	}
	if res.Header.Get("ETag") == "" || res.Header.Get("ETag") == f.etag("/") {
		t.Errorf("gzipped page has ETag %q, want one of its own", res.Header.Get("ETag"))
	}
	zr, err := gzip.NewReader(bytes.NewReader(zipped))
	if err != nil {
		t.Fatal(err)
	}
	unzipped, err := io.ReadAll(zr)
	if err != nil || !bytes.Equal(unzipped, plain) || len(zipped) >= len(plain) {
		t.Errorf("gzipped page: %d bytes unzip to %d (%v), want fewer unzipping to the %d plain ones",
			len(zipped), len(unzipped), err, len(plain))
	}

	res, body := identity("Accept-Encoding", "gzip;q=0")
	if res.Header.Get("Content-Encoding") != "" || !bytes.Equal(body, plain) {
		t.Errorf("gzip refused: got Content-Encoding %q and %d bytes, want the %d plain bytes",
			res.Header.Get("Content-Encoding"), len(body), len(plain))
	}

	res, part := identity("Range", "bytes=10-19")
	wantStatus(t, res, http.StatusPartialContent)
	if !bytes.Equal(part, plain[10:20]) {
		t.Errorf("range: got %q, want %q", part, plain[10:20])
	}

	req, err := http.NewRequest("HEAD", f.srv.URL+"/", nil)
	if err != nil {
		t.Fatal(err)
	}
	res, head := f.do(req)
	wantStatus(t, res, http.StatusOK)
	if head != "" || res.ContentLength <= 0 {
		t.Errorf("HEAD: got %d bytes of body and Content-Length %d, want none and the page's length", len(head), res.ContentLength)
	}
}

// etag is the ETag of the page at path sent without compression.
func (f *fixture) etag(path string) string {
	f.t.Helper()
	res, _ := f.get(path, "Accept-Encoding", "identity")
	return res.Header.Get("ETag")
}

// A plain GET is answered without http.ServeContent; its headers must be
// the ones ServeContent gives a request it answers in full.
func TestPlainGetMatchesServeContent(t *testing.T) {
	f := newFixture(t, nil)
	q := f.question("Strides", "How many?", "Six.", "Flo")
	for _, path := range []string{"/", questionPath(q.ID, q.Slug), "/feed.rss", "/search?q=strides"} {
		for _, enc := range []string{"identity", "gzip"} {
			t.Run(path+" "+enc, func(t *testing.T) {
				plain, _ := f.get(path, "Accept-Encoding", enc)
				// A validator that does not match sends the request through
				// ServeContent, which answers it in full.
				full, _ := f.get(path, "Accept-Encoding", enc, "If-None-Match", `"no such tag"`)
				wantStatus(t, plain, http.StatusOK)
				wantStatus(t, full, http.StatusOK)
				for _, h := range []http.Header{plain.Header, full.Header} {
					h.Del("Date")
				}
				if got, want := fmt.Sprint(plain.Header), fmt.Sprint(full.Header); got != want {
					t.Errorf("got headers\n%s\nwant\n%s", got, want)
				}
			})
		}
	}
}

func TestAcceptsGzip(t *testing.T) {
	for _, tt := range []struct {
		header string
		want   bool
	}{
		{"", false},
		{"gzip", true},
		{"GZIP", true},
		{"deflate, gzip;q=0.5", true},
		{"gzip;q=0", false},
		{"gzip; q=0.0", false},
		{"*", true},
		{"*;q=0", false},
		{"*, gzip;q=0", false},
		{"br, identity", false},
		{"x-gzip", true},
		{"gzip;q=abc", false},
	} {
		t.Run(tt.header, func(t *testing.T) {
			if got := acceptsGzip(tt.header); got != tt.want {
				t.Errorf("acceptsGzip(%q) = %v, want %v", tt.header, got, tt.want)
			}
		})
	}
}

func TestVersionedCache(t *testing.T) {
	ctx := context.Background()
	c := newVersioned[string](2)
	var built atomic.Int32
	build := func(v string) func(context.Context) (string, error) {
		return func(context.Context) (string, error) { built.Add(1); return v, nil }
	}
	get := func(version int64, key, v string) string {
		t.Helper()
		got, err := c.get(ctx, version, key, build(v))
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	get(1, "a", "a1")
	if got := get(1, "a", "other"); got != "a1" || built.Load() != 1 {
		t.Errorf("same version: got %q after %d builds, want a1 after 1", got, built.Load())
	}
	if got := get(2, "a", "a2"); got != "a2" {
		t.Errorf("new version: got %q, want a2", got)
	}
	if got := get(1, "a", "old"); got != "old" || c.items["a"] != "a2" {
		t.Errorf("older version: got %q and kept %q, want old made and a2 kept", got, c.items["a"])
	}
	get(2, "b", "b2")
	get(2, "c", "c2")
	if len(c.items) != 2 {
		t.Errorf("got %d kept, want the limit of 2", len(c.items))
	}

	failed := errors.New("no page")
	if _, err := c.get(ctx, 2, "d", func(context.Context) (string, error) { return "", failed }); !errors.Is(err, failed) {
		t.Errorf("got error %v, want %v", err, failed)
	}
	if _, ok := c.items["d"]; ok {
		t.Errorf("a failed build was kept")
	}
}

func TestVersionedCacheBuildsOnceForWaiters(t *testing.T) {
	c := newVersioned[int](10)
	release := make(chan struct{})
	var builds atomic.Int32
	build := func(context.Context) (int, error) {
		builds.Add(1)
		<-release
		return 7, nil
	}
	var wg sync.WaitGroup
	results := make([]int, 8)
	for i := range results {
		wg.Go(func() {
			v, err := c.get(context.Background(), 1, "k", build)
			if err != nil {
				t.Error(err)
			}
			results[i] = v
		})
	}
	// Every getter either waits on the first build or finds its value, so
	// releasing it once lets them all finish.
	for builds.Load() == 0 {
		time.Sleep(time.Millisecond)
	}
	close(release)
	wg.Wait()
	if n := builds.Load(); n != 1 {
		t.Errorf("got %d builds for 8 concurrent getters, want 1", n)
	}
	for i, v := range results {
		if v != 7 {
			t.Errorf("getter %d got %d, want 7", i, v)
		}
	}
}

func TestVersionedCacheOffKeepsNothing(t *testing.T) {
	c := newVersioned[int](0)
	n := 0
	for range 3 {
		c.get(context.Background(), 1, "k", func(context.Context) (int, error) { n++; return n, nil })
	}
	if n != 3 || len(c.items) != 0 {
		t.Errorf("got %d builds and %d kept, want 3 and 0", n, len(c.items))
	}
}
