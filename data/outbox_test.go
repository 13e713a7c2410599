package data

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestOutboxLifecycle(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	for i := 0; i < 3; i++ {
		if err := db.InTx(ctx, func(tx *Tx) error {
			return tx.Enqueue(ctx, &OutboxMail{Kind: KindAck, To: "a@example.org", Subject: "s", Headers: map[string]string{"Auto-Submitted": "auto-replied"}})
		}); err != nil {
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
	if err := db.SettleOutbox(ctx, Outcome{Status: OutboxSent}, got[0].ID); err != nil {
		t.Fatal(err)
	}
	if err := db.SettleOutbox(ctx, Outcome{Status: OutboxQueued, Next: db.now().Add(time.Hour), Reason: "451 later"}, got[1].ID); err != nil {
		t.Fatal(err)
	}
	// The third row is still due; the retried one is not.
	again, err := db.ClaimOutbox(ctx, 10, nil)
	if err != nil || len(again) != 1 || again[0].ID != 3 {
		t.Fatalf("second claim = %+v, %v", again, err)
	}
	// A crash now leaves row 3 sending: a restart requeues exactly it.
	n, err := db.ChangeOutbox(ctx, OutboxChange{To: OutboxQueued, AllSending: true})
	if err != nil || n != 1 {
		t.Fatalf("requeue sending = %d, %v; want 1", n, err)
	}
	counts, _ := db.OutboxCounts(ctx)
	if counts[OutboxSent] != 1 || counts[OutboxQueued] != 2 {
		t.Fatalf("counts = %v", counts)
	}
	if _, err := db.ChangeOutbox(ctx, OutboxChange{To: OutboxQueued, IDs: []int64{1}}); err == nil {
		t.Fatal("a sent row was requeued")
	}
}

// Headers are stored as the JSON text databases already hold, and read
// back as they were.
func TestStoredHeaders(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	tests := []struct {
		in   map[string]string
		want string
	}{
		{nil, "{}"},
		{map[string]string{"Auto-Submitted": "auto-replied", "In-Reply-To": "<a.b@c>"},
			`{"Auto-Submitted":"auto-replied","In-Reply-To":"\u003ca.b@c\u003e"}`},
		{map[string]string{"Subject": "Grüße \"quoted\" & back\\slash"},
			`{"Subject":"Grüße \"quoted\" \u0026 back\\slash"}`},
	}
	for _, tt := range tests {
		m := &OutboxMail{Kind: KindAck, To: "a@example.org", Headers: tt.in}
		if err := db.InTx(ctx, func(tx *Tx) error { return tx.Enqueue(ctx, m) }); err != nil {
			t.Fatal(err)
		}
		var stored string
		if err := db.read.QueryRowContext(ctx, "SELECT headers FROM outbox WHERE id = ?", m.ID).Scan(&stored); err != nil {
			t.Fatal(err)
		}
		if stored != tt.want {
			t.Errorf("headers %q stored as %s, want %s", tt.in, stored, tt.want)
		}
		got := outboxRow(t, db, m.ID)
		if len(got.Headers) != len(tt.in) {
			t.Errorf("headers %q read back as %q", tt.in, got.Headers)
		}
		for k, v := range tt.in {
			if got.Headers[k] != v {
				t.Errorf("header %s read back as %q, want %q", k, got.Headers[k], v)
			}
		}
	}
}

// outboxRow reads outbox row id, which must exist.
func outboxRow(t *testing.T, db *DB, id int64) *OutboxMail {
	t.Helper()
	rows, err := db.ListOutbox(context.Background(), OutboxFilter{ID: id})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 {
		t.Fatalf("outbox row %d: got %d rows, want 1", id, len(rows))
	}
	return rows[0]
}

// The owner's list of mail waiting or stuck returns the rows in every
// status asked for, oldest first, and finds them in the statuses' own
// indexes rather than among every mail ever sent.
func TestListOutboxByStatus(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	ids := enqueueN(t, db, 12)
	statuses := []string{OutboxQueued, OutboxSending, OutboxSent, OutboxFailed, OutboxCancelled, OutboxUncertain}
	want := map[string][]int64{}
	for i, id := range ids {
		s := statuses[i%len(statuses)]
		if _, err := db.write.ExecContext(ctx, "UPDATE outbox SET status = ? WHERE id = ?", s, id); err != nil {
			t.Fatal(err)
		}
		want[s] = append(want[s], id)
	}
	stuck := []string{OutboxQueued, OutboxSending, OutboxFailed, OutboxUncertain}
	for _, tt := range []struct {
		f    OutboxFilter
		want []int64
	}{
		{OutboxFilter{Statuses: []string{OutboxFailed}}, want[OutboxFailed]},
		{OutboxFilter{Statuses: []string{OutboxSent, OutboxCancelled}}, []int64{ids[2], ids[4], ids[8], ids[10]}},
		{OutboxFilter{Statuses: stuck}, []int64{ids[0], ids[1], ids[3], ids[5], ids[6], ids[7], ids[9], ids[11]}},
		{OutboxFilter{Statuses: stuck, Limit: 3}, []int64{ids[0], ids[1], ids[3]}},
		{OutboxFilter{Statuses: stuck, AfterID: ids[3], Limit: 2}, []int64{ids[5], ids[6]}},
		{OutboxFilter{Statuses: []string{OutboxFailed, OutboxFailed}}, want[OutboxFailed]},
		{OutboxFilter{Statuses: []string{"nonsense"}}, nil},
	} {
		rows, err := db.ListOutbox(ctx, tt.f)
		if err != nil {
			t.Fatal(err)
		}
		var got []int64
		for _, r := range rows {
			got = append(got, r.ID)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("ListOutbox(%+v) = %v, want %v", tt.f, got, tt.want)
		}
	}
	q, args := listOutbox(OutboxFilter{Statuses: stuck, Limit: 200})
	plan := queryPlan(t, db, q, args...)
	for _, index := range []string{"outbox_queued", "outbox_sending", "outbox_failed", "outbox_uncertain"} {
		if !strings.Contains(plan, "INDEX "+index) {
			t.Errorf("listing %v: plan %q, want index %s", stuck, plan, index)
		}
	}
	if strings.Contains(plan, "SCAN outbox;") || strings.HasSuffix(plan, "SCAN outbox") {
		t.Errorf("listing %v walks the outbox: %q", stuck, plan)
	}
}

// The mails sent with one Message-ID, as a question's notification and
// its follow-ups are, are listed by it from the index on Message-IDs.
func TestListOutboxByMessageID(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	for _, m := range []*OutboxMail{
		{Kind: KindNotify, To: "owner@example.org", Subject: "Question", Text: "first", MessageID: "q7@helpline.test"},
		{Kind: KindAck, To: "runner@example.org", Subject: "Thanks", Text: "ack"},
		{Kind: KindNotify, To: "owner@example.org", Subject: "Follow-up", Text: "second", MessageID: "q7@helpline.test"},
		{Kind: KindNotify, To: "owner@example.org", Subject: "Question", Text: "other", MessageID: "q8@helpline.test"},
	} {
		if err := db.InTx(ctx, func(tx *Tx) error { return tx.Enqueue(ctx, m) }); err != nil {
			t.Fatal(err)
		}
	}
	for id, want := range map[string][]string{
		"q7@helpline.test":   {"first", "second"},
		"<q8@helpline.test>": {"other"},
		"q9@helpline.test":   nil,
	} {
		rows, err := db.ListOutbox(ctx, OutboxFilter{MessageID: id, Kind: KindNotify})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range rows {
			got = append(got, r.Text)
		}
		if !slices.Equal(got, want) {
			t.Errorf("ListOutbox(MessageID %s) = %q, want %q", id, got, want)
		}
	}
	q, args := listOutbox(OutboxFilter{MessageID: "q7@helpline.test"})
	if plan := queryPlan(t, db, q, args...); !strings.Contains(plan, "INDEX outbox_message_id") {
		t.Errorf("listing by Message-ID: plan %q, want index outbox_message_id", plan)
	}
}
