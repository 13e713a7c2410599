package web

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"helpline/data"
	"helpline/inbox"
	"helpline/internal/token"
)

// heldQuestions confirms the questions the inbox holds, as the service
// wires it.
type heldQuestions struct{ proc *inbox.Processor }

type heldGone struct{ error }

func (heldGone) PublicMessage() string { return "askconfirm_expired" }

func (h heldQuestions) CheckAskLink(tok string) error { return h.proc.CheckHeldLink(tok) }

func (h heldQuestions) ConfirmAsk(ctx context.Context, tok string) error {
	_, err := h.proc.ConfirmHeld(ctx, tok)
	if errors.Is(err, inbox.ErrHeldGone) {
		return heldGone{err}
	}
	return err
}

func TestForgetPageActsOnlyOnThePost(t *testing.T) {
	st := newSite(t)
	ctx := context.Background()
	if err := st.nl.Subscribe(ctx, "ann@example.org", "Ann", "web"); err != nil {
		t.Fatal(err)
	}
	confirm, err := st.db.ListOutbox(ctx, data.OutboxFilter{Kind: data.KindConfirm})
	if err != nil || len(confirm) != 1 {
		t.Fatalf("got %d confirmation mails (%v)", len(confirm), err)
	}
	link := path(st.pv.ForgetURL(confirm[0].ID))
	code, body := st.do(t, "GET", link, nil, nil)
	if code != http.StatusOK || !strings.Contains(body, `<form method="post" action="`+link+`">`) {
		t.Fatalf("GET: %d\n%s", code, body)
	}
	if _, err := st.db.SubscriberByEmail(ctx, "ann@example.org"); err != nil {
		t.Fatalf("opening the page forgot her: %v", err)
	}
	other, _ := token.NewSigner("somebody else's secret")
	for _, bad := range []string{"/forget/" + other.Sign(token.Forget, confirm[0].ID), "/forget/" + st.links.Signer.Sign(token.Unsubscribe, confirm[0].ID)} {
		for _, method := range []string{"GET", "POST"} {
			if code, _ := st.do(t, method, bad, url.Values{}, nil); code != http.StatusNotFound {
				t.Errorf("%s %s: got %d, want 404", method, bad, code)
			}
		}
	}
	if code, body := st.do(t, "POST", link, url.Values{}, nil); code != http.StatusOK || !strings.Contains(body, "is deleted") {
		t.Fatalf("POST: %d\n%s", code, body)
	}
	if _, err := st.db.SubscriberByEmail(ctx, "ann@example.org"); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("after the POST: got %v, want her forgotten", err)
	}
	if code, _ := st.do(t, "POST", link, url.Values{}, nil); code != http.StatusOK {
		t.Errorf("the link again: got %d, want the same page, saying nothing of what is stored", code)
	}
}

func TestAskConfirmPageActsOnlyOnThePost(t *testing.T) {
	st := newSite(t)
	ctx := context.Background()
	id, err := st.proc.HoldWeb(ctx, inbox.WebQuestion{Email: "ann@example.org", Title: "Hills?", Body: "Hills or flat?"}, "192.0.2.1")
	if err != nil {
		t.Fatal(err)
	}
	link := path(st.proc.AskConfirmURL(id))
	if code, body := st.do(t, "GET", link, nil, nil); code != http.StatusOK || !strings.Contains(body, "Send my question") {
		t.Fatalf("GET: %d\n%s", code, body)
	}
	if n, _ := st.db.CountQuestions(ctx, ""); n != 0 {
		t.Fatalf("opening the page sent the question on")
	}
	altered := link[:len(link)-1] + map[bool]string{true: "a", false: "q"}[strings.HasSuffix(link, "q")]
	if code, _ := st.do(t, "GET", altered, nil, nil); code != http.StatusNotFound {
		t.Errorf("altered link: got %d, want 404", code)
	}
	if code, body := st.do(t, "POST", link, url.Values{}, nil); code != http.StatusOK || !strings.Contains(body, "Question sent") {
		t.Fatalf("POST: %d\n%s", code, body)
	}
	if n, _ := st.db.CountQuestions(ctx, ""); n != 1 {
		t.Errorf("got %d questions after confirming, want 1", n)
	}
	if code, body := st.do(t, "POST", link, url.Values{}, nil); code != http.StatusGone || !strings.Contains(body, "sent already") {
		t.Errorf("the link again: got %d, want 410 saying the question went:\n%s", code, body)
	}
}
