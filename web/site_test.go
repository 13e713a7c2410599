package web

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"helpline/data"
	"helpline/internal/token"
)

// fixture is a running site over a real SQLite file.
type fixture struct {
	t      *testing.T
	db     *data.DB
	site   *Server
	srv    *httptest.Server
	signer *token.Signer
	client *http.Client
}

func newFixture(t *testing.T, change func(*Config)) *fixture {
	t.Helper()
	db, err := data.Open(t.TempDir() + "/site.db")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	signer, err := token.NewSigner("test secret")
	if err != nil {
		t.Fatal(err)
	}
	cfg := Config{
		Site:         Site{Name: "Running Helpline", OwnerName: "Coach Kim"},
		Secret:       "visitor secret",
		Signer:       signer,
		Mailbox:      "ask@helpline.test",
		OwnerAddress: "owner@helpline.test",
	}
	if change != nil {
		change(&cfg)
	}
	s, err := New(cfg, db)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	return &fixture{t: t, db: db, site: s, srv: srv, signer: signer, client: client}
}

// question stores a question from asker and, unless answer is empty,
// answers it.
func (f *fixture) question(title, body, answer, asker string) *data.Question {
	f.t.Helper()
	ctx := context.Background()
	q := &data.Question{Title: title, Body: body, AskerName: asker, AskerEmail: "asker.secret@example.org"}
	err := f.db.InTx(ctx, func(tx *data.Tx) error {
		if err := tx.CreateQuestion(ctx, q); err != nil {
			return err
		}
		if answer == "" {
			return nil
		}
		return tx.AddAnswer(ctx, &data.Answer{QuestionID: q.ID, Body: answer})
	})
	if err != nil {
		f.t.Fatal(err)
	}
	return q
}

func (f *fixture) do(req *http.Request) (*http.Response, string) {
	f.t.Helper()
	res, err := f.client.Do(req)
	if err != nil {
		f.t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		f.t.Fatal(err)
	}
	return res, string(b)
}

// get fetches path; header holds extra request headers as name, value
// pairs.
func (f *fixture) get(path string, header ...string) (*http.Response, string) {
	f.t.Helper()
	req, err := http.NewRequest("GET", f.srv.URL+path, nil)
	if err != nil {
		f.t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	return f.do(req)
}

// post submits a form to path as a same-origin browser would.
func (f *fixture) post(path string, form url.Values, header ...string) (*http.Response, string) {
	f.t.Helper()
	req, err := http.NewRequest("POST", f.srv.URL+path, strings.NewReader(form.Encode()))
	if err != nil {
		f.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", f.srv.URL)
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	return f.do(req)
}

func wantStatus(t *testing.T, res *http.Response, want int) {
	t.Helper()
	if res.StatusCode != want {
		t.Fatalf("%s %s: got status %d, want %d", res.Request.Method, res.Request.URL.Path, res.StatusCode, want)
	}
}

func wantContains(t *testing.T, body string, subs ...string) {
	t.Helper()
	for _, s := range subs {
		if !strings.Contains(body, s) {
			t.Errorf("body lacks %q", s)
		}
	}
}

func wantNotContains(t *testing.T, body string, subs ...string) {
	t.Helper()
	for _, s := range subs {
		if strings.Contains(body, s) {
			t.Errorf("body contains %q", s)
		}
	}
}

var emailLike = regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`)

// wantNoAddresses fails if body shows any email address.
func wantNoAddresses(t *testing.T, body string) {
	t.Helper()
	if m := emailLike.FindString(body); m != "" {
		t.Errorf("body shows the address %q", m)
	}
}
