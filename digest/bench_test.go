package digest

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"helpline/data"
)

// BenchmarkQueueDigest100k makes one digest for 100,000 active
// subscribers per iteration: render, store and queue in one transaction.
// Run with -benchtime=3x; the outbox grows by 100,000 rows each time.
func BenchmarkQueueDigest100k(b *testing.B) {
	const subscribers = 100_000
	f := newFixture(b)
	f.addSubscribers(b, subscribers)
	b.ResetTimer()
	for i := range b.N {
		b.StopTimer()
		f.now = monday8.Add(time.Duration(i)*time.Hour + time.Minute)
		f.answer(b, fmt.Sprint("Question ", i), "body", "Sam", "answer")
		f.now = f.now.Add(time.Minute)
		b.StartTimer()
		res, err := f.d.RunOnce(f.ctx)
		if err != nil {
			b.Fatal(err)
		}
		if res.Queued != subscribers {
			b.Fatalf("queued: got %d, want %d", res.Queued, subscribers)
		}
	}
	b.ReportMetric(b.Elapsed().Seconds()/float64(b.N), "s/digest")
}

// sampleDigestQuestions is a full digest's worth of realistic questions.
func sampleDigestQuestions(n int) []*data.Question {
	qs := make([]*data.Question, n)
	for i := range qs {
		qs[i] = &data.Question{
			ID: int64(i + 1), Slug: fmt.Sprint("question-", i), Title: fmt.Sprintf("How do I train for race number %d?", i),
			Body:      strings.Repeat("I have been running for a while & want to improve. ", 6),
			AskerName: "Sam Runner",
			Answer:    strings.Repeat("Build up slowly, keep most runs easy, and rest. ", 20),
		}
	}
	return qs
}

// BenchmarkRender renders a digest of 20 questions with hermes, HTML and
// text, as happens once per digest.
func BenchmarkRender(b *testing.B) {
	f := newFixture(b)
	qs := sampleDigestQuestions(20)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := f.d.render(qs); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFill fills one recipient's copy of a cached 20-question digest,
// as happens once per mail sent.
func BenchmarkFill(b *testing.B) {
	f := newFixture(b)
	r, err := f.d.render(sampleDigestQuestions(20))
	if err != nil {
		b.Fatal(err)
	}
	rec := &data.DigestRecord{PeriodStart: monday8.Add(-time.Hour), PeriodEnd: monday8, Subject: r.Subject, HTML: r.HTML, Text: r.Text}
	err = f.db.InTx(f.ctx, func(tx *data.Tx) error {
		_, err := tx.CreateDigest(f.ctx, rec, nil)
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	m := &data.OutboxMail{ID: 1, Kind: data.KindDigest, DigestID: rec.ID, SubscriberID: 42, ToName: "Anna Lee"}
	if err := f.d.Fill(f.ctx, m); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(m.HTML) + len(m.Text)))
	b.ReportAllocs()
	for b.Loop() {
		m.Headers = nil
		if err := f.d.Fill(f.ctx, m); err != nil {
			b.Fatal(err)
		}
	}
}
