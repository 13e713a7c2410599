package web

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync"
	"testing"
)

// recordingAsker keeps the questions it is given, as the inbox would store
// them.
type recordingAsker struct {
	mu   sync.Mutex
	got  []AskRequest
	fail bool
}

func (a *recordingAsker) Ask(ctx context.Context, q AskRequest) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.fail {
		return errors.New("store unavailable")
	}
	a.got = append(a.got, q)
	return nil
}

func TestAskUnavailable(t *testing.T) {
	f := newFixture(t, nil)
	res, body := f.get("/ask")
	wantStatus(t, res, http.StatusServiceUnavailable)
	wantContains(t, body, "not available", "by email")
	res, _ = f.post("/ask", formOf("name", "Jo", "email", "jo@example.org", "title", "A title", "question", strings.Repeat("q", 30)))
	wantStatus(t, res, http.StatusServiceUnavailable)
}

func TestAsk(t *testing.T) {
	asker := &recordingAsker{}
	f := newFixture(t, func(c *Config) { c.Asker = asker })
	res, body := f.get("/ask")
	wantStatus(t, res, http.StatusOK)
	wantContains(t, body, `<label for="ask-name">`, `<label for="ask-email">`, `<label for="ask-title">`,
		`<label for="ask-question">`, `name="website"`)

	good := formOf("name", "Jo Runner", "email", "jo@example.org", "title", "Shin splints",
		"question", "My shins hurt after every run.\r\nWhat should I change?")
	res, _ = f.post("/ask", good)
	wantStatus(t, res, http.StatusSeeOther)
	if got := res.Header.Get("Location"); got != "/ask?sent=1" {
		t.Errorf("got Location %q, want /ask?sent=1", got)
	}
	_, body = f.get("/ask?sent=1")
	wantContains(t, body, "check your inbox")
	if len(asker.got) != 1 {
		t.Fatalf("got %d questions, want 1", len(asker.got))
	}
	q := asker.got[0]
	if q.Name != "Jo Runner" || q.Email != "jo@example.org" || q.Title != "Shin splints" ||
		q.Body != "My shins hurt after every run.\nWhat should I change?" || q.ClientIP != "127.0.0.1" {
		t.Errorf("got %+v", q)
	}

	res, _ = f.post("/ask", formOf("name", "Bot", "email", "bot@example.org", "title", "Spam spam",
		"question", strings.Repeat("spam ", 10), "website", "x"))
	wantStatus(t, res, http.StatusSeeOther)
	if len(asker.got) != 1 {
		t.Errorf("honeypot question passed on: got %d questions, want 1", len(asker.got))
	}
}

func TestAskRefused(t *testing.T) {
	asker := &recordingAsker{}
	f := newFixture(t, func(c *Config) { c.Asker = asker })
	body := "A question long enough to pass."
	tests := []struct {
		name                          string
		nameV, email, title, question string
		want                          string
	}{
		{"no email", "Jo", "", "A title", body, "Your email is required."},
		{"bad email", "Jo", "jo@", "A title", body, "does not look like an email"},
		{"display name", "Jo", "Jo <jo@example.org>", "A title", body, "does not look like an email"},
		{"header injection", "Jo", "jo@example.org\r\nBcc: all@example.org", "A title", body, "does not look like an email"},
		{"newline in title", "Jo", "jo@example.org", "A title\nBcc: x", body, "The title must be on one line."},
		{"short question", "Jo", "jo@example.org", "A title", "Why?", "Your question is too short"},
		{"short title", "Jo", "jo@example.org", "Hi", body, "The title is too short"},
		{"no name", "", "jo@example.org", "A title", body, "Your name is required."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, page := f.post("/ask", formOf("name", tt.nameV, "email", tt.email, "title", tt.title, "question", tt.question))
			wantStatus(t, res, http.StatusUnprocessableEntity)
			wantContains(t, page, tt.want, ">"+tt.question+"</textarea>")
		})
	}
	if len(asker.got) != 0 {
		t.Errorf("got %d questions through, want none", len(asker.got))
	}

	good := formOf("name", "Jo", "email", "jo@example.org", "title", "A title", "question", body)
	for range askBurst {
		res, _ := f.post("/ask", good)
		wantStatus(t, res, http.StatusSeeOther)
	}
	res, page := f.post("/ask", good)
	wantStatus(t, res, http.StatusTooManyRequests)
	wantContains(t, page, "several questions in a short time")

	asker.fail = true
	f2 := newFixture(t, func(c *Config) { c.Asker = asker })
	res, page = f2.post("/ask", good)
	wantStatus(t, res, http.StatusServiceUnavailable)
	wantContains(t, page, "could not be taken", ">"+body+"</textarea>")
}
