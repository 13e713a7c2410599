package inbox

import (
	"context"
	"fmt"
	"testing"
	"time"

	"helpline/data"
)

// FuzzClassify feeds arbitrary mail through the whole pipeline (store,
// parse, classify, act) on a real database: every message must end with a
// final outcome, never pending and never an error that would leave it to
// be retried forever.
func FuzzClassify(f *testing.F) {
	seeds(f, func(raw []byte) []string { return []string{string(raw)} })
	fx := newFixture(f)
	note := ""
	// An owner reply with a real token among the seeds lets the fuzzer
	// reach the answer path.
	fx.deliver(question("seed@reader.test", "Seed question", "Body"))
	if rows := fx.outbox(data.KindNotify); len(rows) > 0 {
		note = rows[0].ReplyTo
		f.Add(ownerReply(testOwner, note, "", "An answer."))
	}
	uid := uint32(1000)
	f.Fuzz(func(t *testing.T, raw string) {
		uid++
		ctx := context.Background()
		// A Message-ID of its own ahead of the input's keeps each input
		// from being set aside as a duplicate of the seed it grew from.
		msg := []byte(fmt.Sprintf("Message-ID: <fuzz.%d@fuzz.test>\r\n%s", uid, raw))
		err := fx.proc.Ingest(ctx, []Fetched{{Mailbox: "FUZZ", UIDValidity: 1, UID: uid, Raw: msg,
			Size: int64(len(msg)), Received: time.Now()}})
		if err != nil {
			t.Fatalf("ingest: %v", err)
		}
		msgs, err := fx.db.ListMessages(ctx, data.MessageFilter{Limit: 1})
		if err != nil || len(msgs) != 1 || msgs[0].UID != uid {
			t.Fatalf("newest message after ingest: %v, %v", msgs, err)
		}
		m := msgs[0]
		if m.Outcome == data.OutcomePending {
			t.Fatalf("message left pending: %q", raw)
		}
	})
}
