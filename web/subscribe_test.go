package web

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"helpline/data"
	"helpline/inbox"
	"helpline/internal/newsletter"
	"helpline/internal/privacy"
	"helpline/internal/token"
	"helpline/internal/token/tokentest"
)

// site is the web server over a real SQLite store and newsletter, served
// on loopback.
type site struct {
	db    *data.DB
	nl    *newsletter.Service
	links newsletter.Links
	pv    *privacy.Service
	proc  *inbox.Processor
	srv   *httptest.Server
}

func newSite(t *testing.T, change ...func(*Config)) *site {
	t.Helper()
	db, err := data.Open(filepath.Join(t.TempDir(), "helpline.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	signer, err := token.NewSigner("web test secret, long enough")
	if err != nil {
		t.Fatal(err)
	}
	links := newsletter.Links{BaseURL: "https://helpline.example", Mailbox: "ask@helpline.example",
		ListID: "Helpline <digest.helpline.example>", Signer: signer}
	nl, err := newsletter.New(db, newsletter.Config{SiteName: "Helpline", Links: links,
		SuppressionKey: []byte("web test suppression key")})
	if err != nil {
		t.Fatal(err)
	}
	pv, err := privacy.New(db, privacy.Config{BaseURL: "https://helpline.example", Signer: signer,
		SuppressionKey: []byte("web test suppression key")})
	if err != nil {
		t.Fatal(err)
	}
	proc := inbox.NewProcessor(db, signer, inbox.Config{Mailbox: "ask@helpline.example",
		OwnerAddresses: []string{"owner@helpline.example"}, SiteName: "Helpline", BaseURL: "https://helpline.example"}, nil, nil, nil)
	cfg := Config{Site: Site{Name: "Helpline", BaseURL: "https://helpline.example"},
		Secret: "visitor key secret", Newsletter: nl, Privacy: pv, AskConfirm: heldQuestions{proc}}
	for _, c := range change {
		c(&cfg)
	}
	s, err := New(cfg, db)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	return &site{db: db, nl: nl, links: links, pv: pv, proc: proc, srv: srv}
}

// do sends a request and returns the status and body.
func (st *site) do(t *testing.T, method, path string, form url.Values, header map[string]string) (int, string) {
	t.Helper()
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req, err := http.NewRequest(method, st.srv.URL+path, body)
	if err != nil {
		t.Fatal(err)
	}
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := st.srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

// question stores an answered question from asker.
func (st *site) question(t *testing.T, title, body, answer, asker string) *data.Question {
	t.Helper()
	ctx := context.Background()
	q := &data.Question{Title: title, Body: body, AskerName: asker, AskerEmail: "asker@example.org"}
	err := st.db.InTx(ctx, func(tx *data.Tx) error {
		if err := tx.CreateQuestion(ctx, q); err != nil {
			return err
		}
		return tx.AddAnswer(ctx, &data.Answer{QuestionID: q.ID, Body: answer})
	})
	if err != nil {
		t.Fatal(err)
	}
	return q
}

func (st *site) subscriber(t *testing.T, addr string) *data.Subscriber {
	t.Helper()
	s, err := st.db.SubscriberByEmail(context.Background(), addr)
	if err != nil {
		t.Fatalf("subscriber %s: %v", addr, err)
	}
	return s
}

// path strips the base URL from one of the service's links.
func path(link string) string { return strings.TrimPrefix(link, "https://helpline.example") }

func TestSignUpConfirmAndOneClickUnsubscribe(t *testing.T) {
	st := newSite(t)
	code, body := st.do(t, "GET", "/subscribe", nil, nil)
	if code != 200 || !strings.Contains(body, `name="website"`) || !strings.Contains(body, `class="hp"`) {
		t.Fatalf("GET /subscribe: got %d, want the form with its honeypot", code)
	}
	code, body = st.do(t, "POST", "/subscribe", url.Values{"email": {"ann@example.org"}, "name": {"Ann"}}, nil)
	if code != 200 || !strings.Contains(body, "Check your inbox") {
		t.Fatalf("POST /subscribe: got %d, want check your inbox", code)
	}
	s := st.subscriber(t, "ann@example.org")
	confirm := path(st.links.ConfirmURL(s.ID))

	code, body = st.do(t, "GET", confirm, nil, nil)
	if code != 200 || !strings.Contains(body, `action="`+confirm+`"`) {
		t.Fatalf("GET confirm: got %d, want a page with a button", code)
	}
	if got := st.subscriber(t, "ann@example.org").Status; got != data.SubscriberPending {
		t.Fatalf("after GET confirm: got %q, want still pending", got)
	}
	code, _ = st.do(t, "POST", confirm, url.Values{}, map[string]string{"Origin": st.srv.URL, "Sec-Fetch-Site": "same-origin"})
	if code != 200 {
		t.Fatalf("POST confirm: got %d, want 200", code)
	}
	if got := st.subscriber(t, "ann@example.org").Status; got != data.SubscriberActive {
		t.Fatalf("after POST confirm: got %q, want active", got)
	}

	unsub := path(st.links.UnsubscribeURL(s.ID))
	if code, _ := st.do(t, "GET", unsub, nil, nil); code != 200 {
		t.Fatalf("GET unsubscribe: got %d, want 200", code)
	}
	if got := st.subscriber(t, "ann@example.org").Status; got != data.SubscriberActive {
		t.Fatalf("after GET unsubscribe: got %q, want still active", got)
	}
	// A mail provider's one-click POST: no cookies, no Origin, no Sec-Fetch-Site.
	code, _ = st.do(t, "POST", unsub, url.Values{"List-Unsubscribe": {"One-Click"}}, nil)
	if code != 200 {
		t.Fatalf("one-click POST: got %d, want 200", code)
	}
	if got := st.subscriber(t, "ann@example.org").Status; got != data.SubscriberUnsubscribed {
		t.Errorf("after one-click POST: got %q, want unsubscribed", got)
	}
}

func TestForgedLinksRefused(t *testing.T) {
	st := newSite(t)
	if err := st.nl.Subscribe(context.Background(), "ann@example.org", "", "web"); err != nil {
		t.Fatal(err)
	}
	s := st.subscriber(t, "ann@example.org")
	good := st.links.Signer.Sign(token.Confirm, s.ID)
	for _, p := range []string{
		"/confirm/" + tokentest.Tampered(good),
		"/confirm/" + st.links.Signer.Sign(token.Unsubscribe, s.ID),
		"/unsubscribe/" + good,
		"/unsubscribe/1-zzzzzzzzzzzzzzzz",
	} {
		for _, method := range []string{"GET", "POST"} {
			code, body := st.do(t, method, p, url.Values{"List-Unsubscribe": {"One-Click"}}, nil)
			if code != 404 || !strings.Contains(body, "not valid") {
				t.Errorf("%s %s: got %d, want 404 with an error page", method, p, code)
			}
		}
	}
	if got := st.subscriber(t, "ann@example.org").Status; got != data.SubscriberPending {
		t.Errorf("got %q, want pending", got)
	}
}

func TestSubscribeFormErrorsKeepValues(t *testing.T) {
	st := newSite(t)
	code, body := st.do(t, "POST", "/subscribe", url.Values{"email": {"ann at example"}, "name": {`<script>x</script>`}}, nil)
	if code != http.StatusUnprocessableEntity || !strings.Contains(body, "valid email address") {
		t.Fatalf("got %d, want 422 with the reason", code)
	}
	if !strings.Contains(body, `value="ann at example"`) || !strings.Contains(body, "&lt;script&gt;x&lt;/script&gt;") {
		t.Errorf("form does not keep the typed values, escaped")
	}
	if strings.Contains(body, "<script>x") {
		t.Errorf("reader text rendered unescaped")
	}
}

func TestSubscribeHoneypotAndRateLimit(t *testing.T) {
	st := newSite(t)
	code, body := st.do(t, "POST", "/subscribe", url.Values{"email": {"bot@example.org"}, "website": {"http://spam.example"}}, nil)
	if code != 200 || !strings.Contains(body, "Check your inbox") {
		t.Errorf("honeypot: got %d, want the usual answer", code)
	}
	if _, err := st.db.SubscriberByEmail(context.Background(), "bot@example.org"); err != data.ErrNotFound {
		t.Errorf("honeypot: got %v, want no subscriber", err)
	}
	var last int
	for range subscribesPerAddrHour + 1 {
		last, _ = st.do(t, "POST", "/subscribe", url.Values{"email": {"target@example.org"}}, nil)
	}
	if last != http.StatusTooManyRequests {
		t.Errorf("same address: got %d, want 429", last)
	}
	for i := range subscribesPerIPHour {
		last, _ = st.do(t, "POST", "/subscribe", url.Values{"email": {"r" + string(rune('a'+i)) + "@example.org"}}, nil)
	}
	if last != http.StatusTooManyRequests {
		t.Errorf("same visitor: got %d, want 429", last)
	}
}

func TestCrossOriginPostsRefused(t *testing.T) {
	st := newSite(t)
	if err := st.nl.Subscribe(context.Background(), "ann@example.org", "", "web"); err != nil {
		t.Fatal(err)
	}
	s := st.subscriber(t, "ann@example.org")
	evil := map[string]string{"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"}
	for _, p := range []string{"/subscribe", path(st.links.ConfirmURL(s.ID)), path(st.links.UnsubscribeURL(s.ID))} {
		if code, _ := st.do(t, "POST", p, url.Values{"email": {"victim@example.org"}}, evil); code != http.StatusForbidden {
			t.Errorf("POST %s: got %d, want 403", p, code)
		}
	}
	if got := st.subscriber(t, "ann@example.org").Status; got != data.SubscriberPending {
		t.Errorf("got %q, want pending", got)
	}
	if _, err := st.db.SubscriberByEmail(context.Background(), "victim@example.org"); err != data.ErrNotFound {
		t.Errorf("got %v, want no subscriber for the forged sign-up", err)
	}
}

func TestSignUpRedirectsSoAReloadSendsNothing(t *testing.T) {
	st := newSite(t)
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.PostForm(st.srv.URL+"/subscribe", url.Values{"email": {"ann@example.org"}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/subscribe?sent=1" {
		t.Fatalf("POST /subscribe: got %d to %q, want 303 to /subscribe?sent=1", resp.StatusCode, resp.Header.Get("Location"))
	}
	// What a reload of the page it leads to sends.
	for range 2 {
		code, body := st.do(t, "GET", "/subscribe?sent=1", nil, nil)
		if code != 200 || !strings.Contains(body, "Check your inbox") {
			t.Fatalf("GET /subscribe?sent=1: got %d, want the check-your-inbox page", code)
		}
	}
	rows, err := st.db.ListOutbox(context.Background(), data.OutboxFilter{Kind: data.KindConfirm})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 {
		t.Errorf("got %d confirmation mails, want 1", len(rows))
	}
}

func TestConfirmingAgainPromisesNothing(t *testing.T) {
	st := newSite(t)
	if err := st.nl.Subscribe(context.Background(), "ann@example.org", "", "web"); err != nil {
		t.Fatal(err)
	}
	confirm := path(st.links.ConfirmURL(st.subscriber(t, "ann@example.org").ID))
	same := map[string]string{"Origin": st.srv.URL, "Sec-Fetch-Site": "same-origin"}
	_, first := st.do(t, "POST", confirm, url.Values{}, same)
	if !strings.Contains(first, "is on its way") {
		t.Errorf("first confirmation: got no word of the welcome mail")
	}
	code, again := st.do(t, "POST", confirm, url.Values{}, same)
	if code != 200 || strings.Contains(again, "on its way") || !strings.Contains(again, "already subscribed") {
		t.Errorf("second confirmation: got %d, want 200 saying it was confirmed before and nothing is sent", code)
	}
	rows, err := st.db.ListOutbox(context.Background(), data.OutboxFilter{Kind: data.KindWelcome})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 {
		t.Errorf("got %d welcome mails, want 1", len(rows))
	}
}

func TestConfirmingAfterLeavingSaysSubscribedAgain(t *testing.T) {
	st := newSite(t)
	ctx := context.Background()
	if err := st.nl.Subscribe(ctx, "ann@example.org", "", "web"); err != nil {
		t.Fatal(err)
	}
	s := st.subscriber(t, "ann@example.org")
	confirm := path(st.links.ConfirmURL(s.ID))
	same := map[string]string{"Origin": st.srv.URL, "Sec-Fetch-Site": "same-origin"}
	if code, _ := st.do(t, "POST", confirm, url.Values{}, same); code != 200 {
		t.Fatalf("first confirmation: got %d, want 200", code)
	}
	if code, _ := st.do(t, "POST", path(st.links.UnsubscribeURL(s.ID)), url.Values{}, same); code != 200 {
		t.Fatalf("unsubscribe: got %d, want 200", code)
	}
	if err := st.nl.Subscribe(ctx, "ann@example.org", "", "web"); err != nil {
		t.Fatal(err)
	}
	code, body := st.do(t, "POST", confirm, url.Values{}, same)
	if code != 200 || !strings.Contains(body, "You are subscribed again") || strings.Contains(body, "already subscribed") {
		t.Errorf("confirming after leaving: got %d, want 200 saying they are subscribed again", code)
	}
	if got := st.subscriber(t, "ann@example.org").Status; got != data.SubscriberActive {
		t.Errorf("got status %q, want active", got)
	}
}
