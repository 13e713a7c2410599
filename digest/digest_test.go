package digest

import (
	"strings"
	"sync"
	"testing"
	"time"

	"helpline/data"
)

func TestRunWithNothingNewSendsNothing(t *testing.T) {
	f := newFixture(t)
	f.subscribe(t, "a@example.org", "Anna", "active")
	// Answered before the look-back window of the first digest.
	f.now = monday8.Add(-30 * 24 * time.Hour)
	f.answer(t, "Old question", "body", "Old", "old answer")
	f.now = monday8

	res, err := f.d.RunOnce(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Empty || res.DigestID != 0 || res.Queued != 0 {
		t.Errorf("got %+v, want an empty run that queued nothing", res)
	}
	if n := f.digestCount(t); n != 0 {
		t.Errorf("digests: got %d, want 0", n)
	}
	rows, err := f.db.ListOutbox(f.ctx, data.OutboxFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 0 {
		t.Errorf("outbox rows: got %d, want 0", len(rows))
	}
	last, err := f.d.LastEmptyRun(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !last.Equal(monday8) {
		t.Errorf("recorded empty run: got %v, want %v", last, monday8)
	}
}

func TestRunQueuesOneMailPerActiveSubscriber(t *testing.T) {
	f := newFixture(t)
	var want []int64
	for i, title := range []string{"How do I start running?", "Is stretching useful?", "How do I pace a marathon?"} {
		f.now = monday8.Add(-time.Duration(3-i) * time.Hour)
		want = append([]int64{f.answer(t, title, "body", "Sam", "answer").ID}, want...)
	}
	// Asked but not answered, and answered but hidden: neither is shown.
	err := f.db.InTx(f.ctx, func(tx *data.Tx) error {
		if err := tx.CreateQuestion(f.ctx, &data.Question{Title: "Open", Body: "b", AskerEmail: "o@example.org"}); err != nil {
			return err
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	hidden := f.answer(t, "Hidden", "b", "H", "a")
	if err := f.db.InTx(f.ctx, func(tx *data.Tx) error { return tx.SetQuestionStatus(f.ctx, hidden.ID, data.QuestionHidden) }); err != nil {
		t.Fatal(err)
	}
	active := []int64{f.subscribe(t, "a@example.org", "Anna", "active"), f.subscribe(t, "b@example.org", "", "active")}
	f.subscribe(t, "p@example.org", "Pending", "pending")
	f.subscribe(t, "u@example.org", "Gone", "unsubscribed")
	f.subscribe(t, "x@example.org", "Bounced", "bounced")
	f.now = monday8

	res, err := f.d.RunOnce(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if res.DigestID == 0 || res.Items != 3 || res.Queued != 2 {
		t.Fatalf("got %+v, want one digest of 3 items queued to 2", res)
	}
	rec, err := f.db.DigestByID(f.ctx, res.DigestID)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := rec.Subject, "3 new answers: How do I pace a marathon?"; got != want {
		t.Errorf("subject: got %q, want %q", got, want)
	}
	ids := rec.QuestionIDs
	if len(ids) != 3 || ids[0] != want[0] || ids[1] != want[1] || ids[2] != want[2] {
		t.Errorf("items: got %v, want %v (newest first)", ids, want)
	}
	rows := f.digestRows(t, res.DigestID)
	if len(rows) != len(active) {
		t.Fatalf("rows: got %d, want %d", len(rows), len(active))
	}
	for i, r := range rows {
		if r.SubscriberID != active[i] || r.Kind != data.KindDigest || r.Status != data.OutboxQueued || r.HTML != "" {
			t.Errorf("row %d: got subscriber %d kind %q status %q, want queued digest copy for %d with empty body",
				i, r.SubscriberID, r.Kind, r.Status, active[i])
		}
	}
}

func TestRunTwiceForOnePeriodIsNoop(t *testing.T) {
	f := newFixture(t)
	f.subscribe(t, "a@example.org", "Anna", "active")
	f.now = monday8.Add(-time.Hour)
	f.answer(t, "Question", "body", "Sam", "answer")
	f.now = monday8
	first, err := f.d.RunOnce(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	second, err := f.d.RunOnce(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !second.AlreadyDone || second.DigestID != 0 || second.Queued != 0 {
		t.Errorf("second run: got %+v, want a no-op", second)
	}
	// Later, with nothing answered since: nothing new either.
	f.now = monday8.Add(time.Hour)
	third, err := f.d.RunOnce(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !third.Empty || !third.PeriodStart.Equal(first.PeriodEnd) {
		t.Errorf("later run: got %+v, want an empty run starting at %v", third, first.PeriodEnd)
	}
	if n := f.digestCount(t); n != 1 {
		t.Errorf("digests: got %d, want 1", n)
	}
	if rows := f.digestRows(t, first.DigestID); len(rows) != 1 {
		t.Errorf("rows: got %d, want 1", len(rows))
	}
}

// Two processes (two Digests on one database) running at the same moment
// make one digest between them.
func TestConcurrentRunsMakeOneDigest(t *testing.T) {
	f := newFixture(t)
	f.subscribe(t, "a@example.org", "Anna", "active")
	f.now = monday8.Add(-time.Hour)
	f.answer(t, "Question", "body", "Sam", "answer")
	f.now = monday8
	other, err := New(f.db, f.d.cfg, f.d.log)
	if err != nil {
		t.Fatal(err)
	}
	other.Now = f.d.Now
	var wg sync.WaitGroup
	results := make([]Result, 2)
	for i, d := range []*Digest{f.d, other} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var err error
			if results[i], err = d.RunOnce(f.ctx); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if n := f.digestCount(t); n != 1 {
		t.Fatalf("digests: got %d, want 1", n)
	}
	made := 0
	for _, r := range results {
		if r.DigestID != 0 {
			made++
		}
	}
	if made != 1 {
		t.Errorf("runs that made a digest: got %d, want 1 (%+v)", made, results)
	}
}

func TestNextDigestStartsAtPreviousCutoff(t *testing.T) {
	f := newFixture(t)
	f.subscribe(t, "a@example.org", "Anna", "active")
	f.now = monday8.Add(-time.Hour)
	f.answer(t, "First week", "body", "Sam", "answer")
	f.now = monday8
	first, err := f.d.RunOnce(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	f.now = monday8.Add(24 * time.Hour)
	f.answer(t, "Second week", "body", "Kim", "answer")
	f.now = monday8.Add(7 * 24 * time.Hour)
	second, err := f.d.RunOnce(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if second.DigestID == 0 || !second.PeriodStart.Equal(first.PeriodEnd) || second.Items != 1 {
		t.Fatalf("second digest: got %+v, want one item from %v", second, first.PeriodEnd)
	}
	rec, err := f.db.DigestByID(f.ctx, second.DigestID)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(rec.Subject, "Second week") || strings.Contains(rec.Text, "First week") {
		t.Errorf("second digest repeats the first: subject %q", rec.Subject)
	}
}

func TestMaxItemsLinksTheRest(t *testing.T) {
	f := newFixture(t)
	f.d.cfg.MaxItems = 2
	for i := range 5 {
		f.now = monday8.Add(-time.Duration(5-i) * time.Minute)
		f.answer(t, "Question number "+string(rune('A'+i)), "body", "Sam", "answer")
	}
	f.now = monday8
	res, err := f.d.RunOnce(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if res.Items != 2 || res.Answered != 5 {
		t.Fatalf("got %+v, want 2 of 5 shown", res)
	}
	rec, err := f.db.DigestByID(f.ctx, res.DigestID)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Question number E", "Question number D", "3 more answers on the site"} {
		if !strings.Contains(rec.Text, want) {
			t.Errorf("text part lacks %q", want)
		}
	}
	if strings.Contains(rec.Text, "Question number C") {
		t.Errorf("text part shows a question beyond the cap")
	}
	if !strings.HasPrefix(rec.Subject, "5 new answers: Question number E") {
		t.Errorf("subject: got %q, want it to count all 5", rec.Subject)
	}
}

func TestPreviewChangesNothing(t *testing.T) {
	f := newFixture(t)
	f.subscribe(t, "a@example.org", "Anna", "active")
	f.now = monday8.Add(-time.Hour)
	f.answer(t, "Question", "body", "Sam", "answer")
	f.now = monday8
	p, err := f.d.Preview(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if p.Rendered == nil || p.Items != 1 || p.Queued != 1 || !strings.Contains(p.Text, "Question") {
		t.Fatalf("preview: got %+v, want one item for one subscriber", p.Result)
	}
	if n := f.digestCount(t); n != 0 {
		t.Errorf("digests after preview: got %d, want 0", n)
	}
	if last, err := f.d.LastRun(f.ctx); err != nil || !last.IsZero() {
		t.Errorf("last run after preview: got %v, %v, want none", last, err)
	}
}

// A subscriber who leaves after the digest was queued gets no copy: the
// unsubscribe cancels the queued row and the sender never claims it.
func TestUnsubscribedAfterQueueingGetsNothing(t *testing.T) {
	f := newFixture(t)
	stay := f.subscribe(t, "a@example.org", "Anna", "active")
	leave := f.subscribe(t, "b@example.org", "Ben", "active")
	f.now = monday8.Add(-time.Hour)
	f.answer(t, "Question", "body", "Sam", "answer")
	f.now = monday8
	res, err := f.d.RunOnce(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if res.Queued != 2 {
		t.Fatalf("queued: got %d, want 2", res.Queued)
	}
	err = f.db.InTx(f.ctx, func(tx *data.Tx) error {
		left, err := tx.SuppressSubscriber(f.ctx, leave, data.SuppressedUnsubscribed)
		if err == nil && !left {
			t.Errorf("unsubscribed: got no change, want one")
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	claimed, err := f.db.ClaimOutbox(f.ctx, 100, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(claimed) != 1 || claimed[0].SubscriberID != stay {
		t.Fatalf("claimed: got %d rows, want only subscriber %d's", len(claimed), stay)
	}
	// A later digest leaves them out too.
	f.now = monday8.Add(time.Hour)
	f.answer(t, "Another", "body", "Sam", "answer")
	f.now = monday8.Add(2 * time.Hour)
	next, err := f.d.RunOnce(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range f.digestRows(t, next.DigestID) {
		if r.SubscriberID == leave {
			t.Errorf("next digest queued for subscriber %d who left", leave)
		}
	}
}

// The owner hears of each digest queued, once.
func TestOwnerIsToldOfTheDigest(t *testing.T) {
	f := newFixture(t)
	f.d.cfg.Owner = "owner@example.org"
	f.now = monday8.Add(-time.Hour)
	f.answer(t, "How do I start running?", "body", "Sam", "answer")
	f.subscribe(t, "a@example.org", "Anna", "active")
	f.subscribe(t, "b@example.org", "Bo", "active")
	f.now = monday8
	if _, err := f.d.RunOnce(f.ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := f.d.RunOnce(f.ctx); err != nil {
		t.Fatal(err)
	}
	notes, err := f.db.ListOutbox(f.ctx, data.OutboxFilter{Kind: data.KindOwnerNote})
	if err != nil {
		t.Fatal(err)
	}
	if len(notes) != 1 || notes[0].To != "owner@example.org" || !strings.Contains(notes[0].Text, "on its way to 2 subscribers") {
		t.Fatalf("owner notes = %+v", notes)
	}
}
