package privacy

import (
	"context"
	"encoding/base64"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"helpline/data"
	"helpline/internal/token"
)

func newService(t *testing.T) (*Service, *data.DB, *token.Signer) {
	t.Helper()
	db, err := data.Open(filepath.Join(t.TempDir(), "helpline.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	signer, err := token.NewSigner("privacy test secret")
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(db, Config{BaseURL: "https://help.example", Signer: signer, SuppressionKey: []byte("suppression key for tests")})
	if err != nil {
		t.Fatal(err)
	}
	return s, db, signer
}

func TestFooterGoesToReadersOnly(t *testing.T) {
	s, _, _ := newService(t)
	for kind, want := range map[string]bool{data.KindAck: true, data.KindAnswered: true, data.KindConfirm: true,
		data.KindWelcome: true, data.KindDigest: true, data.KindAskConfirm: true,
		data.KindNotify: false, data.KindNoText: false, data.KindComment: false} {
		t.Run(kind, func(t *testing.T) {
			text, html := s.Footer(&data.OutboxMail{ID: 42, Kind: kind})
			link := s.ForgetURL(42)
			if got := strings.Contains(text, link) && strings.Contains(html, `href="`+link+`"`); got != want {
				t.Errorf("got text %q and html %q, want the link %v", text, html, want)
			}
		})
	}
}

func TestExportKeepsBytesAsTheyCame(t *testing.T) {
	s, db, _ := newService(t)
	ctx := context.Background()
	raws := [][]byte{[]byte("From: ann@example.org\r\n\r\nhello"), []byte("From: ann@example.org\r\n\r\n\xff\xfe latin-1 \xe9")}
	err := db.InTx(ctx, func(tx *data.Tx) error {
		for i, raw := range raws {
			m := &data.Message{Mailbox: "INBOX", UIDValidity: 1, UID: uint32(i + 1), Hash: "h", From: "Ann@Example.org", Raw: raw,
				Outcome: data.OutcomeQuestion}
			if err := tx.StoreMessage(ctx, m); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	rec, err := s.Export(ctx, "ann@EXAMPLE.org")
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.MailsFromThem) != 2 {
		t.Fatalf("got %d mails, want 2", len(rec.MailsFromThem))
	}
	if got := rec.MailsFromThem[0]; got.Raw != string(raws[0]) || got.RawBase64 != "" {
		t.Errorf("text mail: got %+v", got)
	}
	if got := rec.MailsFromThem[1]; got.Raw != "" || got.RawBase64 != base64.StdEncoding.EncodeToString(raws[1]) {
		t.Errorf("binary mail: got %+v", got)
	}
	if rec.Subscriber != nil || rec.Questions == nil || rec.MailsToThem == nil {
		t.Errorf("got %+v, want no subscriber and empty lists, not null", rec)
	}
	if _, err := s.Export(ctx, "Ann <ann@example.org>, bob@example.org"); err == nil {
		t.Error("export of two addresses: got nil, want an error")
	}
}

func TestForgetByLink(t *testing.T) {
	s, db, signer := newService(t)
	ctx := context.Background()
	m := &data.OutboxMail{Kind: data.KindAck, To: "ann@example.org", Text: "Thanks"}
	if err := db.InTx(ctx, func(tx *data.Tx) error { return tx.Enqueue(ctx, m) }); err != nil {
		t.Fatal(err)
	}
	if err := s.ForgetByLink(ctx, signer.Sign(token.Unsubscribe, m.ID)); !errors.Is(err, token.ErrInvalid) {
		t.Errorf("a token of another purpose: got %v, want token.ErrInvalid", err)
	}
	tok := signer.Sign(token.Forget, m.ID)
	if err := s.CheckForgetLink(tok); err != nil {
		t.Fatal(err)
	}
	if err := s.ForgetByLink(ctx, tok); err != nil {
		t.Fatal(err)
	}
	if rows, err := db.ListOutbox(ctx, data.OutboxFilter{ID: m.ID}); err != nil || len(rows) != 0 {
		t.Errorf("the mail to her is still stored: %v, %v", rows, err)
	}
	rec, _ := s.Export(ctx, "ann@example.org")
	if rec.Suppressed != data.SuppressForgotten {
		t.Errorf("got suppressed %q, want forgotten", rec.Suppressed)
	}
	if err := s.ForgetByLink(ctx, tok); err != nil {
		t.Errorf("the link again: got %v, want nil, telling nothing", err)
	}
}
