package digest

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"helpline/data"
	"helpline/internal/smtptest"
)

// benchQuestions is how many questions the benchmark digests show: a full
// digest at the default limit.
const benchQuestions = 20

// benchConns is how many SMTP connections the benchmark senders use.
const benchConns = 4

// BenchmarkDigestSend queues a 20-question digest for many subscribers and
// sends it through the outbox to a discarding server over 4 connections,
// beside a bare go-smtp loop sending the same bytes over 4 connections of
// its own. It reports the time to queue, both rates and their ratio, the
// peak heap and memory from the system while sending, and the render
// cost per digest and per recipient. Run with -benchtime=1x; the
// 1,000,000-subscriber case runs only with HELPLINE_BENCH_1M=1, as it
// takes many minutes.
func BenchmarkDigestSend(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		b.Run(fmt.Sprintf("subscribers-%d", n), func(b *testing.B) {
			if n > 100_000 && os.Getenv("HELPLINE_BENCH_1M") != "1" {
				b.Skip("set HELPLINE_BENCH_1M=1 to run the 1,000,000-subscriber case")
			}
			benchDigestSend(b, n)
		})
	}
}

func benchDigestSend(b *testing.B, subscribers int) {
	raw := sampleDigestBytes(b)
	f := newFixture(b)
	f.addSubscribers(b, subscribers)
	srv := smtptest.Start(b, smtptest.Discard())
	var queue, send time.Duration
	var peakHeap, peakSys uint64
	for i := range b.N {
		f.db.Now = func() time.Time { return f.now }
		f.now = monday8.Add(time.Duration(i) * 24 * time.Hour)
		began := time.Now()
		id := f.queueDigest(b, benchQuestions)
		queue += time.Since(began)

		runtime.GC()
		stopSampling := sampleMemory(&peakHeap, &peakSys)
		target := srv.Accepted() + int64(subscribers)
		began = time.Now()
		stop := runSender(b, f.db, senderConfig(f.d, srv.Addr(), benchConns))
		if !srv.WaitAccepted(target, time.Hour) {
			b.Fatalf("got %v, want %d accepted", srv, target)
		}
		send += time.Since(began)
		stop()
		stopSampling()
		if c := f.digestCounts(b, id); c[data.OutboxSent] != int64(subscribers) {
			b.Fatalf("digest %d: got %v, want %d sent", id, c, subscribers)
		}
	}
	outboxRate := float64(subscribers*b.N) / send.Seconds()
	bareRate := bareRate(b, raw, min(subscribers, 40_000))
	b.ReportMetric(queue.Seconds()/float64(b.N), "queue-s")
	b.ReportMetric(outboxRate, "outbox-msgs/s")
	b.ReportMetric(bareRate, "bare-msgs/s")
	b.ReportMetric(100*outboxRate/bareRate, "outbox-%-of-bare")
	b.ReportMetric(float64(peakHeap)/(1<<20), "peak-heap-MB")
	b.ReportMetric(float64(peakSys)/(1<<20), "peak-sys-MB")
	b.ReportMetric(float64(len(raw))/1024, "mail-KiB")
	renderCost(b, f)
}

// sampleDigestBytes is one subscriber's copy of a benchmark digest as the
// sender writes it, caught by a recording server.
func sampleDigestBytes(b *testing.B) []byte {
	b.Helper()
	f := newFixture(b)
	f.addSubscribers(b, 1)
	f.queueDigest(b, benchQuestions)
	srv := smtptest.Start(b)
	stop := runSender(b, f.db, senderConfig(f.d, srv.Addr(), 1))
	waitAccepted(b, srv, 1)
	stop()
	return srv.Messages()[0].Data
}

// bareRate sends raw n times over benchConns go-smtp connections, with
// nothing but MAIL, RCPT and DATA per mail: the most any sender could do
// against the same server. It returns mails per second.
func bareRate(b *testing.B, raw []byte, n int) float64 {
	b.Helper()
	srv := smtptest.Start(b, smtptest.Discard())
	var next atomic.Int64
	var wg sync.WaitGroup
	errs := make(chan error, benchConns)
	began := time.Now()
	for range benchConns {
		wg.Go(func() {
			to := func() string {
				if i := next.Add(1); i <= int64(n) {
					return fmt.Sprintf("reader%d@example.org", i)
				}
				return ""
			}
			if err := smtptest.SendLoop(srv.Addr(), raw, "ask+b.1-abc@example.org", to); err != nil {
				errs <- err
			}
		})
	}
	wg.Wait()
	took := time.Since(began)
	close(errs)
	for err := range errs {
		b.Fatal(err)
	}
	return float64(n) / took.Seconds()
}

// renderCost reports what rendering costs: once per digest with hermes,
// and once per recipient filling in a cached digest.
func renderCost(b *testing.B, f *fixture) {
	b.Helper()
	qs := sampleDigestQuestions(benchQuestions)
	const renders = 20
	began := time.Now()
	for range renders {
		if _, err := f.d.render(qs); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(time.Since(began).Milliseconds())/renders, "render-ms/digest")

	rows, err := f.db.ListOutbox(f.ctx, data.OutboxFilter{Kind: data.KindDigest, Limit: 1})
	if err != nil || len(rows) != 1 {
		b.Fatalf("got %d rows, %v; want a digest row to fill", len(rows), err)
	}
	const fills = 5_000
	ctx := context.Background()
	began = time.Now()
	for range fills {
		m := *rows[0]
		if err := f.d.Fill(ctx, &m); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(time.Since(began).Microseconds())/fills, "fill-µs/recipient")
}

// sampleMemory records the largest HeapInuse and Sys seen every 10ms until
// the returned function is called.
func sampleMemory(heap, sys *uint64) (stop func()) {
	quit := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(10 * time.Millisecond)
		defer t.Stop()
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			*heap, *sys = max(*heap, ms.HeapInuse), max(*sys, ms.Sys)
			select {
			case <-quit:
				return
			case <-t.C:
			}
		}
	})
	return func() { close(quit); wg.Wait() }
}
