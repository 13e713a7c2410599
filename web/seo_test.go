package web

import (
	"encoding/xml"
	"fmt"
	"net/http"
	"strings"
	"testing"
)

func TestRobotsAndSitemap(t *testing.T) {
	f := newFixture(t, func(c *Config) { c.Site.BaseURL = "https://help.example/" })
	a := f.question("First", "b", "a", "A")
	b := f.question("Second", "b", "a", "B")
	f.question("Open", "b", "", "C")

	res, body := f.get("/robots.txt")
	wantStatus(t, res, http.StatusOK)
	wantContains(t, body, "User-agent: *", "Sitemap: https://help.example/sitemap.xml")

	res, body = f.get("/sitemap.xml")
	wantStatus(t, res, http.StatusOK)
	var set struct {
		URLs []struct {
			Loc     string `xml:"loc"`
			LastMod string `xml:"lastmod"`
		} `xml:"url"`
	}
	if err := xml.Unmarshal([]byte(body), &set); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, u := range set.URLs {
		got = append(got, u.Loc)
	}
	want := []string{"https://help.example/", fmt.Sprintf("https://help.example/q/%d-second", b.ID),
		fmt.Sprintf("https://help.example/q/%d-first", a.ID)}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("got %q, want %q", got, want)
	}
	_, page := f.get(fmt.Sprintf("/q/%d-first", a.ID))
	wantContains(t, page, fmt.Sprintf(`<link rel="canonical" href="https://help.example/q/%d-first">`, a.ID))
}

func TestConditionalGet(t *testing.T) {
	f := newFixture(t, func(c *Config) { c.PublishComments = true })
	q := f.question("Cached", "b", "a", "A")
	path := fmt.Sprintf("/q/%d-%s", q.ID, q.Slug)
	for _, p := range []string{"/", path, "/feed.rss", "/feed.atom", "/sitemap.xml"} {
		t.Run(p, func(t *testing.T) {
			res, _ := f.get(p)
			wantStatus(t, res, http.StatusOK)
			etag, lm := res.Header.Get("ETag"), res.Header.Get("Last-Modified")
			if etag == "" || lm == "" {
				t.Fatalf("got ETag %q and Last-Modified %q, want both", etag, lm)
			}
			res, body := f.get(p, "If-None-Match", etag)
			wantStatus(t, res, http.StatusNotModified)
			if body != "" {
				t.Errorf("304 with a body of %d bytes", len(body))
			}
			res, _ = f.get(p, "If-None-Match", `"other", `+etag)
			wantStatus(t, res, http.StatusNotModified)
			res, _ = f.get(p, "If-Modified-Since", lm)
			wantStatus(t, res, http.StatusNotModified)
			res, _ = f.get(p, "If-None-Match", `"stale"`, "If-Modified-Since", lm)
			wantStatus(t, res, http.StatusOK)
		})
	}

	res, _ := f.get(path)
	etag := res.Header.Get("ETag")
	res, _ = f.post(path+"/comments", formOf("name", "Sam", "text", "A new comment"))
	wantStatus(t, res, http.StatusSeeOther)
	res, body := f.get(path, "If-None-Match", etag)
	wantStatus(t, res, http.StatusOK)
	wantContains(t, body, "A new comment")
	if res.Header.Get("ETag") == etag {
		t.Errorf("ETag unchanged after a new comment")
	}
}
