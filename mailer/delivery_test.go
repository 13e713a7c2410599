package mailer

import (
	"bytes"
	"context"
	"encoding/base64"
	"io"
	"mime"
	"mime/multipart"
	"net/mail"
	"slices"
	"strings"
	"testing"

	"helpline/data"
	"helpline/internal/smtptest"
	"helpline/internal/token"
)

var ebook = Attachment{Filename: "training-plan.pdf", ContentType: "application/pdf", Data: []byte("%PDF-1.4\x00\x01\x02 not really a pdf\n")}

func TestDelivery(t *testing.T) {
	srv := smtptest.Start(t)
	db := openDB(t)
	cfg := testConfig(t, srv)
	cfg.Attachments = map[string]Attachment{"ebook": ebook}
	m := enqueue(t, db, &data.OutboxMail{
		Kind: data.KindWelcome, To: "runner@example.org", ToName: "Jo Runner", ReplyTo: "ask@helpline.localhost",
		Subject: "Welcome, and your plan", Text: "Welcome aboard.", HTML: "<p>Welcome <b>aboard</b>.</p>",
		Attachment: "ebook",
		Headers: map[string]string{
			"Auto-Submitted":        "auto-generated",
			"List-Unsubscribe":      "<https://helpline.localhost/u/1-abc>, <mailto:ask+u.1-abc@helpline.localhost>",
			"List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
			"In-Reply-To":           "<q1@example.org>",
		},
	})
	start(t, db, cfg)
	got := waitStatus(t, db, m.ID, data.OutboxSent)
	if !srv.WaitAccepted(1, 0) {
		t.Fatalf("got %v, want one message", srv)
	}
	msg := srv.Messages()[0]

	id, err := cfg.Signer.ParseRoute(helplineAddr, msg.From, token.Bounce)
	if err != nil || id != m.ID {
		t.Errorf("envelope sender %q: got id %d, %v; want bounce route of row %d", msg.From, id, err, m.ID)
	}
	if len(msg.To) != 1 || msg.To[0] != "runner@example.org" {
		t.Errorf("got recipients %q, want runner@example.org", msg.To)
	}
	parsed, err := mail.ReadMessage(bytes.NewReader(msg.Data))
	if err != nil {
		t.Fatalf("parse sent message: %v", err)
	}
	h := parsed.Header
	msgid := strings.Trim(h.Get("Message-ID"), "<>")
	if msgid != got.MessageID {
		t.Errorf("got Message-ID %q, want the stored %q", msgid, got.MessageID)
	}
	if id, err := cfg.Signer.ParseMessageID(msgid, token.Mail); err != nil || id != m.ID || !strings.HasSuffix(msgid, "@helpline.localhost") {
		t.Errorf("Message-ID %q: got id %d, %v; want a signed id for row %d on helpline.localhost", msgid, id, err, m.ID)
	}
	if _, err := h.Date(); err != nil {
		t.Errorf("Date %q: %v", h.Get("Date"), err)
	}
	for name, want := range map[string]string{
		"From":                  `"Running Helpline" <ask@helpline.localhost>`,
		"To":                    `"Jo Runner" <runner@example.org>`,
		"Reply-To":              "<ask@helpline.localhost>",
		"Subject":               "Welcome, and your plan",
		"Auto-Submitted":        "auto-generated",
		"List-Unsubscribe":      "<https://helpline.localhost/u/1-abc>, <mailto:ask+u.1-abc@helpline.localhost>",
		"List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
		"In-Reply-To":           "<q1@example.org>",
	} {
		if got := h.Get(name); got != want {
			t.Errorf("got %s %q, want %q", name, got, want)
		}
	}
	checkParts(t, h.Get("Content-Type"), parsed.Body)
}

// checkParts expects multipart/mixed holding multipart/alternative (text
// then HTML) and the ebook.
func checkParts(t *testing.T, contentType string, body io.Reader) {
	t.Helper()
	mt, params, err := mime.ParseMediaType(contentType)
	if err != nil || mt != "multipart/mixed" {
		t.Fatalf("got Content-Type %q (%v), want multipart/mixed", contentType, err)
	}
	mixed := multipart.NewReader(body, params["boundary"])
	alt, err := mixed.NextPart()
	if err != nil {
		t.Fatal(err)
	}
	mt, aparams, _ := mime.ParseMediaType(alt.Header.Get("Content-Type"))
	if mt != "multipart/alternative" {
		t.Fatalf("got first part %q, want multipart/alternative", mt)
	}
	ar := multipart.NewReader(alt, aparams["boundary"])
	for _, want := range []struct{ typ, text string }{{"text/plain", "Welcome aboard."}, {"text/html", "<p>Welcome <b>aboard</b>.</p>"}} {
		p, err := ar.NextPart()
		if err != nil {
			t.Fatalf("alternative part %s: %v", want.typ, err)
		}
		b, _ := io.ReadAll(p)
		if mt, _, _ := mime.ParseMediaType(p.Header.Get("Content-Type")); mt != want.typ || !strings.Contains(string(b), want.text) {
			t.Errorf("got %s part %q, want %s with %q", mt, b, want.typ, want.text)
		}
	}
	att, err := mixed.NextPart()
	if err != nil {
		t.Fatalf("attachment: %v", err)
	}
	if got := att.FileName(); got != ebook.Filename {
		t.Errorf("got attachment name %q, want %q", got, ebook.Filename)
	}
	if mt, _, _ := mime.ParseMediaType(att.Header.Get("Content-Type")); mt != ebook.ContentType {
		t.Errorf("got attachment type %q, want %q", mt, ebook.ContentType)
	}
	raw, _ := io.ReadAll(att)
	data, err := base64.StdEncoding.DecodeString(strings.NewReplacer("\r", "", "\n", "").Replace(string(raw)))
	if err != nil || !bytes.Equal(data, ebook.Data) {
		t.Errorf("got attachment bytes %q (%v), want %q", data, err, ebook.Data)
	}
}

// digestPreparer personalises a shared body per recipient, as the digest
// does.
type digestPreparer struct{ body string }

func (p digestPreparer) Prepare(_ context.Context, m *data.OutboxMail) (*Message, error) {
	return &Message{
		Subject: "This week's answers",
		Text:    strings.ReplaceAll(p.body, "{name}", m.ToName),
		Headers: []Header{{Name: "List-Id", Value: "Helpline digest <digest.helpline.localhost>"}, {Name: "Precedence", Value: "bulk"}},
	}, nil
}

func TestPreparer(t *testing.T) {
	srv := smtptest.Start(t)
	db := openDB(t)
	cfg := testConfig(t, srv)
	cfg.Preparers = map[string]Preparer{data.KindDigest: digestPreparer{body: "Hello {name}, here is the digest."}}
	enqueue(t, db, &data.OutboxMail{Kind: data.KindDigest, To: "a@example.org", ToName: "Ann", Text: "unused"})
	enqueue(t, db, &data.OutboxMail{Kind: data.KindDigest, To: "b@example.org", ToName: "Ben", Text: "unused"})
	start(t, db, cfg)
	waitAllSent(t, db, 2)
	for i, name := range []string{"Ann", "Ben"} {
		raw := srv.Messages()[i].Data
		if !bytes.Contains(raw, []byte("Hello "+name+", here is the digest.")) {
			t.Errorf("message %d: got %q, want it addressed to %s", i, raw, name)
		}
		if got := smtptest.Header(raw, "List-Id"); got != "Helpline digest <digest.helpline.localhost>" {
			t.Errorf("message %d: got List-Id %q", i, got)
		}
	}
}

// TestDeliveryEightBit sends UTF-8 text unencoded to a server that offers
// 8BITMIME, and says so in MAIL FROM; the message still reads back intact.
func TestDeliveryEightBit(t *testing.T) {
	srv := smtptest.Start(t)
	db := openDB(t)
	cfg := testConfig(t, srv)
	text := "Zoë läuft 10 km = gut.\nZweite Zeile.\n"
	m := enqueue(t, db, &data.OutboxMail{Kind: data.KindAck, To: "zoe@example.org", Subject: "Grüße",
		Text: text, HTML: "<p>Zo&#235; = ok</p>"})
	start(t, db, cfg)
	waitStatus(t, db, m.ID, data.OutboxSent)
	if !srv.WaitAccepted(1, 0) {
		t.Fatalf("got %v, want one message", srv)
	}
	msg := srv.Messages()[0]
	if msg.Body != "8BITMIME" {
		t.Errorf("MAIL BODY parameter %q, want 8BITMIME", msg.Body)
	}
	encodings, parts := bodyParts(t, msg.Data)
	if !slices.Equal(encodings, []string{"8bit", "8bit"}) {
		t.Errorf("got Content-Transfer-Encodings %q, want 8bit for both parts", encodings)
	}
	if len(parts) != 2 || parts[0] != text || parts[1] != "<p>Zo&#235; = ok</p>" {
		t.Errorf("got parts %q", parts)
	}
}
