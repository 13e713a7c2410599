package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

func TestIndexPagination(t *testing.T) {
	f := newFixture(t, nil)
	for i := 1; i <= 45; i++ {
		f.question(fmt.Sprintf("Question number %02d", i), "Body text.", "Answer text.", "Alex Mustermann")
	}
	f.question("Still waiting", "Not answered yet.", "", "Pat Open")

	res, body := f.get("/")
	wantStatus(t, res, http.StatusOK)
	if got := strings.Count(body, `<article>`); got != 20 {
		t.Errorf("page 1: got %d questions, want 20", got)
	}
	wantContains(t, body, "Question number 45", "<bdi>by Alex</bdi>", `href="/?page=2"`, "Running Helpline", "0 comments", "No votes yet")
	wantNotContains(t, body, "Question number 25", "Mustermann", "Still waiting", `rel="prev"`)
	wantNoAddresses(t, body)

	res, body = f.get("/?page=3")
	wantStatus(t, res, http.StatusOK)
	if got := strings.Count(body, `<article>`); got != 5 {
		t.Errorf("page 3: got %d questions, want 5", got)
	}
	wantContains(t, body, "Question number 01", `href="/?page=2"`, `<link rel="canonical" href="`+f.srv.URL+`/?page=3">`)
	wantNotContains(t, body, `Older →`)

	for _, tt := range []struct {
		path string
		want int
	}{
		{"/?page=4", http.StatusNotFound},
		{"/?page=0", http.StatusBadRequest},
		{"/?page=abc", http.StatusBadRequest},
		{"/?page=-1", http.StatusBadRequest},
		{"/nowhere", http.StatusNotFound},
	} {
		t.Run(tt.path, func(t *testing.T) {
			res, _ := f.get(tt.path)
			wantStatus(t, res, tt.want)
		})
	}
}

func TestIndexEmpty(t *testing.T) {
	f := newFixture(t, nil)
	res, body := f.get("/")
	wantStatus(t, res, http.StatusOK)
	wantContains(t, body, "No questions have been answered yet")
}

func TestSearchPage(t *testing.T) {
	f := newFixture(t, nil)
	f.question("Sore knees after long runs", "Both knees ache.", "Shorten your stride.", "Kim")
	f.question("Hydration", "How much water?", "Drink to thirst; knees are not involved.", "Lee")
	f.question("Unanswered knees", "Hidden from search.", "", "Max")

	res, body := f.get("/search?q=knees")
	wantStatus(t, res, http.StatusOK)
	wantContains(t, body, "Sore knees after long runs", "Hydration", "2 questions match")
	wantNotContains(t, body, "Unanswered knees")
	if strings.Index(body, "Sore knees") > strings.Index(body, "Hydration") {
		t.Errorf("the title match should come first")
	}

	hostile := []string{`"`, `knees"`, `knees OR`, `NOT`, `*`, `(`, `knees) OR (`, `title:knees`,
		`' OR 1=1 --`, `<script>alert(1)</script>`, "NEAR/2", strings.Repeat("x ", 90), "\x00"}
	for _, q := range hostile {
		t.Run(fmt.Sprintf("%q", q), func(t *testing.T) {
			res, body := f.get("/search?q=" + url.QueryEscape(q))
			wantStatus(t, res, http.StatusOK)
			wantNotContains(t, body, "<script>alert(1)</script>")
		})
	}
	res, _ = f.get("/search?q=" + strings.Repeat("a", 300))
	wantStatus(t, res, http.StatusBadRequest)
	res, body = f.get("/search?q=")
	wantStatus(t, res, http.StatusOK)
	wantContains(t, body, "Type a few words")
}
