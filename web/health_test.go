package web

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestHealthReportsEachPart checks /healthz with every part well, then
// with one failing: 503, the failing part named with its reason, and the
// details of each part shown.
func TestHealthReportsEachPart(t *testing.T) {
	var mu sync.Mutex
	imapFailing := ""
	f := newFixture(t, func(c *Config) {
		c.Checks = map[string]Check{
			"imap": func(context.Context) Health {
				mu.Lock()
				defer mu.Unlock()
				return Health{Failing: imapFailing, Details: map[string]any{"logged_in": imapFailing == ""}}
			},
			"smtp": func(context.Context) Health { return Health{Details: map[string]any{"oldest_due_seconds": 0}} },
		}
	})
	type part struct {
		Status   string `json:"status"`
		Error    string `json:"error"`
		LoggedIn *bool  `json:"logged_in"`
	}
	var body struct {
		Status string          `json:"status"`
		Checks map[string]part `json:"checks"`
	}
	get := func() int {
		res, text := f.get("/healthz")
		body.Checks = nil
		if err := json.Unmarshal([]byte(text), &body); err != nil {
			t.Fatalf("not JSON: %v\n%s", err, text)
		}
		if ct := res.Header.Get("Content-Type"); ct != "application/json" {
			t.Errorf("Content-Type %q", ct)
		}
		return res.StatusCode
	}
	if code := get(); code != http.StatusOK || body.Status != "ok" || len(body.Checks) != 3 {
		t.Fatalf("all well: %d %+v", code, body)
	}
	for name, p := range body.Checks {
		if p.Status != "ok" || p.Error != "" {
			t.Errorf("%s: %+v, want ok", name, p)
		}
	}
	mu.Lock()
	imapFailing = "login as ask@helpline.test: NO authentication failed"
	mu.Unlock()
	code := get()
	imap := body.Checks["imap"]
	if code != http.StatusServiceUnavailable || body.Status != "failing" || imap.Status != "failing" ||
		!strings.Contains(imap.Error, "authentication failed") || imap.LoggedIn == nil || *imap.LoggedIn {
		t.Errorf("imap failing: %d %+v", code, body)
	}
	if body.Checks["smtp"].Status != "ok" || body.Checks["database"].Status != "ok" {
		t.Errorf("the other parts: %+v, want ok", body.Checks)
	}
}

// requests is an Observer that keeps what it is told.
type requests struct {
	mu   sync.Mutex
	seen []string
}

func (r *requests) Request(route string, code int, elapsed time.Duration) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if elapsed < 0 {
		route = "nonsense"
	}
	r.seen = append(r.seen, route+" "+http.StatusText(code))
}

// TestObserverHearsRoutes checks that each request is told by the
// pattern that answered it, not its path, with its status.
func TestObserverHearsRoutes(t *testing.T) {
	obs := &requests{}
	f := newFixture(t, func(c *Config) {
		c.Observer = obs
		c.Metrics = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("# metrics\n")) })
	})
	q := f.question("How far?", "Body", "Far.", "Pat")
	f.get(fmt.Sprintf("/q/%d-%s", q.ID, q.Slug))
	f.get("/q/no-such-question")
	f.get("/nowhere")
	if _, body := f.get("/metrics"); body != "# metrics\n" {
		t.Errorf("/metrics answered %q", body)
	}
	obs.mu.Lock()
	got := strings.Join(obs.seen, "|")
	obs.mu.Unlock()
	want := "GET /q/{ref} OK|GET /q/{ref} Not Found|/ Not Found|GET /metrics OK"
	if got != want {
		t.Errorf("observer heard %q, want %q", got, want)
	}
}
