package data

import (
	"context"
	"encoding/json"
	"testing"
	"time"
)

func TestOutboxLifecycle(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	for i := 0; i < 3; i++ {
		if err := db.Enqueue(ctx, &OutboxMail{Kind: KindAck, To: "a@example.org", Subject: "s", Headers: map[string]string{"Auto-Submitted": "auto-replied"}}); err != nil {
			t.Fatal(err)
		}
	}
	got, err := db.ClaimOutbox(ctx, 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].ID != 1 || got[1].ID != 2 || got[0].Status != OutboxSending || got[0].Attempts != 1 {
		t.Fatalf("claimed %+v", got)
	}
	if got[0].Headers["Auto-Submitted"] != "auto-replied" {
		t.Fatalf("headers lost: %v", got[0].Headers)
	}
	if err := db.MarkSent(ctx, got[0].ID); err != nil {
		t.Fatal(err)
	}
	if err := db.MarkRetry(ctx, got[1].ID, db.now().Add(time.Hour), "451 later"); err != nil {
		t.Fatal(err)
	}
	// The third row is still due; the retried one is not.
	again, err := db.ClaimOutbox(ctx, 10, nil)
	if err != nil || len(again) != 1 || again[0].ID != 3 {
		t.Fatalf("second claim = %+v, %v", again, err)
	}
	// A crash now leaves row 3 sending: a restart requeues exactly it.
	n, err := db.RequeueSending(ctx)
	if err != nil || n != 1 {
		t.Fatalf("RequeueSending = %d, %v; want 1", n, err)
	}
	counts, _ := db.OutboxCounts(ctx)
	if counts[OutboxSent] != 1 || counts[OutboxQueued] != 2 {
		t.Fatalf("counts = %v", counts)
	}
	if err := db.RetryOutbox(ctx, 1); err == nil {
		t.Fatal("a sent row was requeued")
	}
}

func TestEncodeHeadersMatchesEncodingJSON(t *testing.T) {
	for _, h := range []map[string]string{
		nil,
		{},
		{"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "In-Reply-To": "<a.b@c>", "References": "<a.b@c>"},
		{"List-Unsubscribe": "<https://example.org/u?t=1&x=2>, <mailto:ask+u.1-abc@example.org>"},
		{"Subject": "Grüße \"quoted\" back\\slash", "Z": "\x01\x7f", "A": "line\nbreak\u2028"},
	} {
		want, err := json.Marshal(h)
		if len(h) == 0 {
			want = []byte("{}")
		}
		if err != nil {
			t.Fatal(err)
		}
		got, err := encodeHeaders(h)
		if err != nil || got != string(want) {
			t.Errorf("encodeHeaders(%q) = %s, %v; want %s", h, got, err, want)
		}
	}
}
