package newsletter

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"helpline/data"
	"helpline/internal/token"
)

// fixture is a Service over a real SQLite file, with a clock the test moves.
type fixture struct {
	db  *data.DB
	svc *Service
	now *time.Time
}

func newFixture(t testing.TB) *fixture {
	t.Helper()
	db, err := data.Open(filepath.Join(t.TempDir(), "helpline.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	now := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { return now }
	signer, err := token.NewSigner("a test secret, long enough")
	if err != nil {
		t.Fatal(err)
	}
	svc, err := New(db, Config{
		SiteName: "Helpline",
		Links: Links{BaseURL: "https://helpline.example", Mailbox: "ask@helpline.example",
			ListID: "Helpline digest <digest.helpline.example>", Signer: signer},
		EbookName:      "running-tips.pdf",
		SuppressionKey: []byte("suppression key for the tests"),
	})
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{db: db, svc: svc, now: &now}
}

func (f *fixture) signer() *token.Signer { return f.svc.cfg.Links.Signer }

// outbox returns the rows of kind (all kinds when empty) in any status.
func (f *fixture) outbox(t *testing.T, kind string) []*data.OutboxMail {
	t.Helper()
	rows, err := f.db.ListOutbox(context.Background(), data.OutboxFilter{Kind: kind})
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func (f *fixture) subscriber(t *testing.T, addr string) *data.Subscriber {
	t.Helper()
	s, err := f.db.SubscriberByEmail(context.Background(), addr)
	if err != nil {
		t.Fatalf("subscriber %s: %v", addr, err)
	}
	return s
}

// subscribeAndConfirm signs addr up and confirms it through its link.
func (f *fixture) subscribeAndConfirm(t *testing.T, addr, name string) *data.Subscriber {
	t.Helper()
	ctx := context.Background()
	if err := f.svc.Subscribe(ctx, addr, name, SourceWeb); err != nil {
		t.Fatal(err)
	}
	s := f.subscriber(t, addr)
	got, _, _, err := f.svc.Confirm(ctx, f.signer().Sign(token.Confirm, s.ID))
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func TestCheckAddress(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{" Ann.Runner@Example.ORG ", "Ann.Runner@example.org", true},
		{"ann+news@example.org", "ann+news@example.org", true},
		{"", "", false},
		{"ann", "", false},
		{"ann@localhost", "", false},
		{"Ann <ann@example.org>", "", false},
		{"ann@example.org, bob@example.org", "", false},
		{"ann@example.org\r\nBcc: bob@example.org", "", false},
		{"\"ann runner\"@example.org", "", false},
		{"ann@[192.0.2.1]", "", false},
		{"ann(comment)@example.org", "", false},
		{"ann@example..org", "", false},
		{strings.Repeat("a", 65) + "@example.org", "", false},
		{"a@" + strings.Repeat("b", 250) + ".org", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := CheckAddress(tt.in)
			if tt.ok != (err == nil) || got != tt.want {
				t.Errorf("got %q, %v; want %q, ok %v", got, err, tt.want, tt.ok)
			}
			if err != nil && !errors.Is(err, ErrInvalidAddress) {
				t.Errorf("got error %v, want one wrapping ErrInvalidAddress", err)
			}
		})
	}
}

func TestSubscribeTwiceOneRowAndDailyLimit(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	for _, addr := range []string{"ann@example.org", "ANN@Example.org", " ann@EXAMPLE.ORG", "ann@example.org"} {
		if err := f.svc.Subscribe(ctx, addr, "Ann", SourceWeb); err != nil {
			t.Fatal(err)
		}
	}
	subs, err := f.db.ListSubscribers(ctx, data.SubscriberFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(subs) != 1 || subs[0].Status != data.SubscriberPending {
		t.Fatalf("got %d subscribers (%+v), want one pending", len(subs), subs)
	}
	if got := len(f.outbox(t, data.KindConfirm)); got != 3 {
		t.Errorf("got %d confirmation mails on one day, want 3", got)
	}
	*f.now = f.now.Add(24 * time.Hour)
	if err := f.svc.Subscribe(ctx, "ann@example.org", "", SourceMail); err != nil {
		t.Fatal(err)
	}
	if got := len(f.outbox(t, data.KindConfirm)); got != 4 {
		t.Errorf("got %d confirmation mails after a day, want 4", got)
	}
}

func TestConfirmQueuesExactlyOneWelcome(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	s := f.subscribeAndConfirm(t, "ann@example.org", "Ann")
	if s.Status != data.SubscriberActive || s.ConsentSource != data.ConsentDoubleOptIn {
		t.Errorf("got status %q consent %q, want active double-opt-in", s.Status, s.ConsentSource)
	}
	_, confirmed, welcomed, err := f.svc.Confirm(ctx, f.signer().Sign(token.Confirm, s.ID))
	if err != nil {
		t.Fatalf("second confirm: %v", err)
	}
	if confirmed || welcomed {
		t.Errorf("second confirm: got confirmed %v welcomed %v, want nothing done again", confirmed, welcomed)
	}
	welcome := f.outbox(t, data.KindWelcome)
	if len(welcome) != 1 {
		t.Fatalf("got %d welcome mails, want 1", len(welcome))
	}
	if w := welcome[0]; w.Attachment != "ebook" || w.SubscriberID != s.ID || w.To != "ann@example.org" {
		t.Errorf("got welcome %+v, want the ebook attached, to ann", w)
	}
}

func TestResubscribeAfterUnsubscribeSendsNoSecondWelcome(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	s := f.subscribeAndConfirm(t, "ann@example.org", "Ann")
	oldConfirm := f.signer().Sign(token.Confirm, s.ID)
	if err := f.svc.Unsubscribe(ctx, f.signer().Sign(token.Unsubscribe, s.ID)); err != nil {
		t.Fatal(err)
	}
	if _, _, _, err := f.svc.Confirm(ctx, oldConfirm); !errors.Is(err, ErrLinkExpired) {
		t.Errorf("old confirm link after unsubscribing: got %v, want ErrLinkExpired", err)
	}
	if got := f.subscriber(t, "ann@example.org").Status; got != data.SubscriberUnsubscribed {
		t.Errorf("got status %q, want unsubscribed", got)
	}
	if err := f.svc.Subscribe(ctx, "ann@example.org", "Ann", SourceWeb); err != nil {
		t.Fatal(err)
	}
	again, confirmed, welcomed, err := f.svc.Confirm(ctx, f.signer().Sign(token.Confirm, s.ID))
	if err != nil {
		t.Fatal(err)
	}
	if again.ID != s.ID || again.Status != data.SubscriberActive || !confirmed || welcomed {
		t.Errorf("got %+v, confirmed %v, welcomed %v, want the same subscriber active again, confirmed, not welcomed", again, confirmed, welcomed)
	}
	if got := len(f.outbox(t, data.KindWelcome)); got != 1 {
		t.Errorf("got %d welcome mails, want 1", got)
	}
	if got := len(f.outbox(t, data.KindConfirm)); got != 2 {
		t.Errorf("got %d confirmation mails, want 2", got)
	}
	if err := f.svc.ResendWelcome(ctx, "ann@example.org"); err != nil {
		t.Fatal(err)
	}
	if got := len(f.outbox(t, data.KindWelcome)); got != 2 {
		t.Errorf("after resend: got %d welcome mails, want 2", got)
	}
	// The owner typed the address: the error names it.
	if err := f.svc.ResendWelcome(ctx, "nobody@example.org"); !errors.Is(err, data.ErrNotFound) || !strings.Contains(err.Error(), "nobody@example.org") {
		t.Errorf("resend to an unknown address: got %v, want not found, naming the address", err)
	}
}

func TestUnsubscribeCancelsQueuedMail(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	s := f.subscribeAndConfirm(t, "ann@example.org", "")
	if err := f.svc.Subscribe(ctx, "bob@example.org", "", SourceWeb); err != nil {
		t.Fatal(err)
	}
	bob := f.subscriber(t, "bob@example.org")
	tok := f.signer().Sign(token.Unsubscribe, s.ID)
	for range 2 {
		if err := f.svc.Unsubscribe(ctx, tok); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.svc.UnsubscribeAddress(ctx, "BOB@example.org"); err != nil {
		t.Fatal(err)
	}
	if err := f.svc.UnsubscribeAddress(ctx, "nobody@example.org"); err != nil {
		t.Errorf("unknown address: got %v, want nil", err)
	}
	for _, m := range f.outbox(t, "") {
		if m.Status != data.OutboxCancelled {
			t.Errorf("outbox %d (%s to %s): got %s, want cancelled", m.ID, m.Kind, m.To, m.Status)
		}
	}
	if got := f.subscriber(t, "bob@example.org"); got.ID != bob.ID || got.Status != data.SubscriberUnsubscribed {
		t.Errorf("got %+v, want bob unsubscribed", got)
	}
}

func TestForgedTokensChangeNothing(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	if err := f.svc.Subscribe(ctx, "ann@example.org", "", SourceWeb); err != nil {
		t.Fatal(err)
	}
	s := f.subscriber(t, "ann@example.org")
	good := f.signer().Sign(token.Confirm, s.ID)
	other, _ := token.NewSigner("somebody else's secret")
	forged := []string{
		"",
		strings.Replace(good, "-", "0-", 1),
		good[:len(good)-1] + "q",
		other.Sign(token.Confirm, s.ID),
		other.Sign(token.Unsubscribe, s.ID),
	}
	// Right id, wrong purpose: each link only does its own job.
	confirmForged := append(forged, f.signer().Sign(token.Unsubscribe, s.ID))
	unsubForged := append(forged, good)
	for _, tok := range confirmForged {
		if _, _, _, err := f.svc.Confirm(ctx, tok); !errors.Is(err, token.ErrInvalid) {
			t.Errorf("confirm %q: got %v, want token.ErrInvalid", tok, err)
		}
	}
	for _, tok := range unsubForged {
		if err := f.svc.Unsubscribe(ctx, tok); !errors.Is(err, token.ErrInvalid) {
			t.Errorf("unsubscribe %q: got %v, want token.ErrInvalid", tok, err)
		}
	}
	if got := f.subscriber(t, "ann@example.org").Status; got != data.SubscriberPending {
		t.Errorf("got status %q, want pending", got)
	}
	if got := len(f.outbox(t, data.KindWelcome)); got != 0 {
		t.Errorf("got %d welcome mails, want 0", got)
	}
}

func TestActiveSubscriberSigningUpAgainGetsNothing(t *testing.T) {
	f := newFixture(t)
	f.subscribeAndConfirm(t, "ann@example.org", "Ann")
	before := len(f.outbox(t, ""))
	if err := f.svc.Subscribe(context.Background(), "ann@example.org", "Mallory", SourceWeb); err != nil {
		t.Fatal(err)
	}
	if got := len(f.outbox(t, "")); got != before {
		t.Errorf("got %d outbox rows, want %d", got, before)
	}
	if got := f.subscriber(t, "ann@example.org").Name; got != "Ann" {
		t.Errorf("got name %q, want Ann kept", got)
	}
}

func TestForgottenAddressIsSuppressed(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	f.subscribeAndConfirm(t, "ann@example.org", "Ann")
	if err := f.svc.Forget(ctx, "Ann@Example.org"); err != nil {
		t.Fatal(err)
	}
	if err := f.svc.Subscribe(ctx, "ann@example.org", "Ann", SourceWeb); err != nil {
		t.Errorf("got %v, want nil for a suppressed address", err)
	}
	if _, err := f.db.SubscriberByEmail(ctx, "ann@example.org"); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("got %v, want no subscriber", err)
	}
	if got := len(f.outbox(t, "")); got != 0 {
		t.Errorf("got %d outbox rows, want 0", got)
	}
	for _, opt := range []AddOptions{{}, {Confirmed: true}} {
		var sup *SuppressedError
		if _, _, err := f.svc.Add(ctx, "ann@example.org", "", opt); !errors.As(err, &sup) || sup.Reason != data.SuppressForgotten {
			t.Errorf("owner add %+v: got %v, want a SuppressedError for a forgotten address", opt, err)
		}
	}
	if _, _, err := f.svc.Add(ctx, "ann@example.org", "", AddOptions{Resubscribe: true}); err == nil {
		t.Errorf("resubscribing without a reason: got nil, want an error")
	}
	s, queued, err := f.svc.Add(ctx, "ann@example.org", "Ann", AddOptions{Confirmed: true, Resubscribe: true,
		Reason: "asked at the club night"})
	if err != nil {
		t.Fatal(err)
	}
	if s.Status != data.SubscriberPending || !queued || len(f.outbox(t, data.KindConfirm)) != 1 {
		t.Fatalf("got %+v, queued %v, want pending with a confirmation mail", s, queued)
	}
	// Only the address's own confirmation brings it back, and lifts the
	// suppression.
	if _, _, _, err := f.svc.Confirm(ctx, f.signer().Sign(token.Confirm, s.ID)); err != nil {
		t.Fatal(err)
	}
	if got := f.subscriber(t, "ann@example.org"); got.Status != data.SubscriberActive || got.ConsentSource != data.ConsentDoubleOptIn {
		t.Errorf("got %+v, want active by double opt-in", got)
	}
	hash := data.SuppressionHash(f.svc.cfg.SuppressionKey, "ann@example.org")
	if sup, _ := f.db.Suppressed(ctx, hash); sup[hash] {
		t.Errorf("the suppression outlived the confirmation")
	}
}

func TestOwnerCannotBringBackWhoLeft(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	s := f.subscribeAndConfirm(t, "ann@example.org", "Ann")
	if err := f.svc.Unsubscribe(ctx, f.signer().Sign(token.Unsubscribe, s.ID)); err != nil {
		t.Fatal(err)
	}
	before := len(f.outbox(t, ""))
	for _, opt := range []AddOptions{{}, {Confirmed: true}} {
		var sup *SuppressedError
		_, _, err := f.svc.Add(ctx, "ann@example.org", "", opt)
		if !errors.As(err, &sup) || sup.Reason != data.SuppressedUnsubscribed || !strings.Contains(err.Error(), "2025-03-10") {
			t.Errorf("add %+v: got %v, want a SuppressedError saying when they left", opt, err)
		}
	}
	if got := f.subscriber(t, "ann@example.org"); got.Status != data.SubscriberUnsubscribed || len(f.outbox(t, "")) != before {
		t.Errorf("got %s and %d mails, want unsubscribed and no new mail", got.Status, len(f.outbox(t, ""))-before)
	}
}

func TestWelcomeCarriesListHeadersAndLinksConfirmationDoesNot(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	f.subscribeAndConfirm(t, "ann@example.org", `Ann&"Co" <b>Lee</b>`)
	if _, _, err := f.svc.Add(ctx, "bob@example.org", "Bob", AddOptions{}); err != nil {
		t.Fatal(err)
	}
	rows := f.outbox(t, "")
	if len(rows) != 3 {
		t.Fatalf("got %d rows, want confirm, welcome and confirm", len(rows))
	}
	for _, m := range rows {
		unsub := f.svc.Links().UnsubscribeURL(m.SubscriberID)
		if strings.Contains(m.HTML, "<b>") || strings.Contains(m.HTML, `Ann&"Co`) {
			t.Errorf("%s %d: HTML holds the reader's markup unescaped", m.Kind, m.ID)
		}
		if m.Kind == data.KindConfirm {
			// Not subscribed yet: nothing to unsubscribe from.
			if len(m.Headers) != 0 || strings.Contains(m.Text, "/unsubscribe/") || strings.Contains(m.HTML, "/unsubscribe/") {
				t.Errorf("confirm %d: got headers %v and an unsubscribe link, want neither", m.ID, m.Headers)
			}
			continue
		}
		lu := m.Headers["List-Unsubscribe"]
		if !strings.Contains(lu, "<"+unsub+">") || !strings.Contains(lu, "<mailto:ask+u.") {
			t.Errorf("%s %d: got List-Unsubscribe %q, want https and mailto", m.Kind, m.ID, lu)
		}
		if got := m.Headers["List-Unsubscribe-Post"]; got != "List-Unsubscribe=One-Click" {
			t.Errorf("%s %d: got List-Unsubscribe-Post %q", m.Kind, m.ID, got)
		}
		if got := m.Headers["List-Id"]; got != "Helpline digest <digest.helpline.example>" {
			t.Errorf("%s %d: got List-Id %q", m.Kind, m.ID, got)
		}
		if !strings.Contains(m.Text, unsub) {
			t.Errorf("%s %d: text has no unsubscribe link", m.Kind, m.ID)
		}
		if !strings.Contains(m.HTML, `href="`+unsub+`"`) {
			t.Errorf("%s %d: HTML has no unsubscribe link", m.Kind, m.ID)
		}
	}
	if !strings.Contains(rows[1].HTML, "Ann&amp;&#34;Co") {
		t.Errorf("welcome HTML does not greet the escaped first name")
	}
	if !strings.Contains(rows[0].HTML, f.svc.Links().ConfirmURL(rows[0].SubscriberID)) {
		t.Errorf("confirm HTML has no confirm link")
	}
}

// Anyone may sign an address up and type any words as its name: the
// confirmation, which goes to the address before it agreed to anything,
// carries none of them, neither in its greeting nor in its To header. The
// welcome, once the address confirmed, greets by the name.
func TestConfirmationCarriesNoTypedName(t *testing.T) {
	const words = "Cheap pills at pills.example"
	for _, source := range []string{SourceWeb, SourceMail} {
		t.Run(source, func(t *testing.T) {
			f := newFixture(t)
			if err := f.svc.Subscribe(context.Background(), "victim@example.org", words, source); err != nil {
				t.Fatal(err)
			}
			confirms := f.outbox(t, data.KindConfirm)
			if len(confirms) != 1 {
				t.Fatalf("got %d confirmation mails, want 1", len(confirms))
			}
			m := confirms[0]
			if m.ToName != "" || strings.Contains(m.Text, "Cheap") || strings.Contains(m.HTML, "Cheap") {
				t.Errorf("confirmation: got To name %q and text %q, want neither to hold %q", m.ToName, m.Text, words)
			}
		})
	}
	f := newFixture(t)
	f.subscribeAndConfirm(t, "ann@example.org", "Ann Lee")
	welcomes := f.outbox(t, data.KindWelcome)
	if len(welcomes) != 1 || welcomes[0].ToName != "Ann Lee" || !strings.Contains(welcomes[0].Text, "Ann") {
		t.Errorf("welcome = %+v, want it to greet Ann Lee", welcomes)
	}
}

// "unsubscribe" by mail without a signed route might come from anyone in
// the subscriber's name: it changes nothing, and the subscriber gets the
// link to the page that confirms it, once a day at most.
func TestUnsubscribeByPlainMailSendsTheLink(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	s := f.subscribeAndConfirm(t, "ann@example.org", "Ann")
	ask := func(addr string) {
		t.Helper()
		if err := f.db.InTx(ctx, func(tx *data.Tx) error { return f.svc.SendUnsubscribeLinkTx(ctx, tx, addr) }); err != nil {
			t.Fatal(err)
		}
	}
	ask("ANN@example.org")
	ask("ann@example.org")
	ask("nobody@example.org")
	if got := f.subscriber(t, s.Email).Status; got != data.SubscriberActive {
		t.Fatalf("a plain request made the subscriber %s", got)
	}
	links := f.outbox(t, data.KindUnsubscribeLink)
	if len(links) != 1 || links[0].To != s.Email || !strings.Contains(links[0].Text, "/unsubscribe/") {
		t.Fatalf("links = %+v, want one to %s with the page's address", links, s.Email)
	}
}
