package mailer

import (
	"bytes"
	"context"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"helpline/data"
	"helpline/internal/smtptest"
)

const benchMails = 10_000

// fillQueue queues n small mails in transactions of at most 50,000 rows.
func fillQueue(b *testing.B, db *data.DB, n int) {
	b.Helper()
	ctx := context.Background()
	for done := 0; done < n; {
		chunk := min(50_000, n-done)
		err := db.InTx(ctx, func(tx *data.Tx) error {
			for i := range chunk {
				m := &data.OutboxMail{Kind: data.KindAck, To: fmt.Sprintf("runner%d@example.org", done+i),
					Subject: "We got your question", Text: "Thanks, we will answer soon.\n"}
				if err := tx.Enqueue(ctx, m); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		done += chunk
	}
}

// drain runs a sender until the server has accepted want more mails and
// the rows are marked, and returns how long that took.
func drain(b *testing.B, db *data.DB, cfg Config, srv *smtptest.Server, want int64) time.Duration {
	b.Helper()
	s, err := New(db, cfg)
	if err != nil {
		b.Fatal(err)
	}
	target := srv.Accepted() + want
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	began := time.Now()
	go func() { done <- s.Run(ctx) }()
	if !srv.WaitAccepted(target, 5*time.Minute) {
		b.Fatalf("got %v, want %d accepted", srv, target)
	}
	cancel()
	if err := <-done; err != nil {
		b.Fatal(err)
	}
	return time.Since(began)
}

func BenchmarkThroughput(b *testing.B) {
	for _, conns := range []int{1, 4} {
		b.Run(fmt.Sprintf("outbox-%dconn", conns), func(b *testing.B) {
			srv := smtptest.Start(b, smtptest.Discard())
			db := openDB(b)
			cfg := testConfig(b, srv)
			cfg.Connections = conns
			var total time.Duration
			for b.Loop() {
				b.StopTimer()
				fillQueue(b, db, benchMails)
				b.StartTimer()
				total += drain(b, db, cfg, srv, benchMails)
			}
			b.ReportMetric(float64(benchMails*b.N)/total.Seconds(), "msgs/s")
		})
	}
	for _, conns := range []int{1, 4} {
		b.Run(fmt.Sprintf("bare-go-smtp-%dconn", conns), func(b *testing.B) {
			srv := smtptest.Start(b, smtptest.Discard())
			raw := sampleBytes(b)
			var total time.Duration
			for b.Loop() {
				began := time.Now()
				var wg sync.WaitGroup
				for range conns {
					wg.Go(func() {
						i := 0
						to := func() string {
							if i++; i <= benchMails/conns {
								return fmt.Sprintf("runner%d@example.org", i)
							}
							return ""
						}
						if err := smtptest.SendLoop(srv.Addr(), raw, "ask+b.1-abc@helpline.localhost", to); err != nil {
							b.Error(err)
						}
					})
				}
				wg.Wait()
				total += time.Since(began)
			}
			b.ReportMetric(float64(benchMails*b.N)/total.Seconds(), "msgs/s")
		})
	}
}

// sampleBytes is one of the benchmark's mails as the sender would write it.
func sampleBytes(b *testing.B) []byte {
	m := Message{From: helplineAddr, FromName: "Running Helpline", To: "runner1@example.org",
		Subject: "We got your question", Text: "Thanks, we will answer soon.\n",
		MessageID: "hl.m.1-abc.def@helpline.localhost", EnvelopeFrom: "ask+b.1-abc@helpline.localhost"}
	msg, _, err := m.build(false)
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := msg.WriteTo(&buf); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

// BenchmarkOutboxLargeQueue sends a fixed 10,000 mails from queues of
// different lengths and reports the peak heap in use while sending, which
// should not grow with the queue.
func BenchmarkOutboxLargeQueue(b *testing.B) {
	for _, queued := range []int{benchMails, 1_000_000} {
		b.Run(fmt.Sprintf("queue-%d", queued), func(b *testing.B) {
			srv := smtptest.Start(b, smtptest.Discard())
			db := openDB(b)
			cfg := testConfig(b, srv)
			cfg.Connections = 4
			fillQueue(b, db, queued)
			var peak uint64
			for i := 0; b.Loop(); i++ {
				if i > 0 {
					// Put back what the last round sent: the queue
					// keeps its length.
					b.StopTimer()
					fillQueue(b, db, benchMails)
					b.StartTimer()
				}
				runtime.GC()
				stop := sampleHeap(&peak)
				drain(b, db, cfg, srv, benchMails)
				stop()
			}
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
		})
	}
}

// sampleHeap records the largest HeapInuse seen until the returned
// function is called.
func sampleHeap(peak *uint64) (stop func()) {
	var quit atomic.Bool
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		var ms runtime.MemStats
		for !quit.Load() {
			runtime.ReadMemStats(&ms)
			*peak = max(*peak, ms.HeapInuse)
			<-t.C
		}
	})
	return func() { quit.Store(true); wg.Wait() }
}
