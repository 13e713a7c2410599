package mailer

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"helpline/data"
	"helpline/internal/smtptest"
)

const benchMails = 10_000

// latentMails is how many mails a round over the delayed link sends.
const latentMails = 400

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

// drain runs a sender until wait reports that want more mails were
// accepted, and returns how long that took.
func drain(b *testing.B, db *data.DB, cfg Config, wait func(want int64) bool, want int64) time.Duration {
	b.Helper()
	s, err := New(db, cfg)
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	began := time.Now()
	go func() { done <- s.Run(ctx) }()
	ok := wait(want)
	cancel()
	if err := <-done; err != nil {
		b.Fatal(err)
	}
	if !ok {
		b.Fatalf("gave up waiting for %d more mails to be accepted", want)
	}
	return time.Since(began)
}

// acceptedBy waits for the in-process server to accept want more mails.
func acceptedBy(srv *smtptest.Server) func(want int64) bool {
	return func(want int64) bool { return srv.WaitAccepted(srv.Accepted()+want, 5*time.Minute) }
}

// drainedIn waits until db has nothing queued or sending, for a server
// that cannot be asked what it accepted. Whether anything is queued is
// read from an index of the queued rows alone, so that waiting takes next
// to nothing from the server; the rows still sending are looked for only
// once nothing is queued.
func drainedIn(b *testing.B, db *data.DB) func(want int64) bool {
	return func(int64) bool {
		ctx := context.Background()
		deadline := time.Now().Add(5 * time.Minute)
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for time.Now().Before(deadline) {
			<-tick.C
			next, err := db.NextOutboxDue(ctx)
			if err != nil {
				b.Fatal(err)
			}
			if !next.IsZero() {
				continue
			}
			sending, err := db.ListOutbox(ctx, data.OutboxFilter{Statuses: []string{data.OutboxSending}, Limit: 1})
			if err != nil {
				b.Fatal(err)
			}
			if len(sending) == 0 {
				return true
			}
		}
		return false
	}
}

// benchConfig is a sender's configuration for the benchmarks.
func benchConfig(b *testing.B, addr string, conns int) Config {
	return Config{
		Addr: addr, TLS: TLSNone, From: helplineAddr, FromName: "Running Helpline", Signer: testSigner(b),
		BaseBackoff: 10 * time.Millisecond, MaxBackoff: 40 * time.Millisecond,
		PollInterval: 100 * time.Millisecond, Connections: conns,
	}
}

// benchOutbox sends mails mails a round from the outbox with cfg, waiting
// for them with the waiter that until makes for the round's database, and
// reports the rate.
func benchOutbox(b *testing.B, cfg Config, mails int, until func(db *data.DB) func(int64) bool) {
	db := openDB(b)
	var total time.Duration
	for b.Loop() {
		b.StopTimer()
		fillQueue(b, db, mails)
		b.StartTimer()
		total += drain(b, db, cfg, until(db), int64(mails))
	}
	b.ReportMetric(float64(mails*b.N)/total.Seconds(), "msgs/s")
}

// benchBare sends mails mails a round to addr in plain go-smtp loops over
// conns connections of their own, the least any sender could do, and
// reports the rate. Each mail has an envelope of its own, as the outbox's
// do: a real server does work for each new address.
func benchBare(b *testing.B, addr string, conns, mails int) {
	raw := sampleBytes(b)
	var total time.Duration
	for round := 0; b.Loop(); round++ {
		began := time.Now()
		var wg sync.WaitGroup
		for c := range conns {
			wg.Go(func() {
				first := (round*conns + c) * mails
				if err := bareLoop(addr, raw, first, mails/conns); err != nil {
					b.Error(err)
				}
			})
		}
		wg.Wait()
		total += time.Since(began)
	}
	b.ReportMetric(float64(mails*b.N)/total.Seconds(), "msgs/s")
}

// bareLoop sends raw n times over one go-smtp connection to addr, from
// bounce routes and to recipients numbered from first.
func bareLoop(addr string, raw []byte, first, n int) error {
	c, err := smtp.Dial(addr)
	if err != nil {
		return err
	}
	defer c.Close()
	if err := c.Hello("localhost"); err != nil {
		return err
	}
	for i := first; i < first+n; i++ {
		from := fmt.Sprintf("ask+b.%d-abcdefghijklmnop@helpline.localhost", i)
		to := []string{fmt.Sprintf("runner%d@example.org", i)}
		if err := c.SendMail(from, to, bytes.NewReader(raw)); err != nil {
			return err
		}
	}
	return c.Quit()
}

// BenchmarkThroughput measures mails per second from the outbox to a
// discarding in-process server, beside plain go-smtp loops sending the same
// bytes: on loopback, and through a proxy that delays each direction by
// 10ms, as a relay some distance away would. With
// HELPLINE_BENCH_SMTP_ADDR set to the host:port of a real server without
// authentication or TLS (such as a Postfix on loopback that discards what
// it accepts), both also run against it.
func BenchmarkThroughput(b *testing.B) {
	for _, conns := range []int{1, 4} {
		b.Run(fmt.Sprintf("outbox-%dconn", conns), func(b *testing.B) {
			srv := smtptest.Start(b, smtptest.Discard())
			benchOutbox(b, benchConfig(b, srv.Addr(), conns), benchMails,
				func(*data.DB) func(int64) bool { return acceptedBy(srv) })
		})
	}
	for _, conns := range []int{1, 4} {
		b.Run(fmt.Sprintf("bare-go-smtp-%dconn", conns), func(b *testing.B) {
			benchBare(b, smtptest.Start(b, smtptest.Discard()).Addr(), conns, benchMails)
		})
	}
	b.Run("outbox-4conn-rtt20ms", func(b *testing.B) {
		srv := smtptest.Start(b, smtptest.Discard())
		cfg := benchConfig(b, latencyProxy(b, srv.Addr(), 10*time.Millisecond), 4)
		benchOutbox(b, cfg, latentMails, func(*data.DB) func(int64) bool { return acceptedBy(srv) })
	})
	b.Run("bare-go-smtp-4conn-rtt20ms", func(b *testing.B) {
		srv := smtptest.Start(b, smtptest.Discard())
		benchBare(b, latencyProxy(b, srv.Addr(), 10*time.Millisecond), 4, latentMails)
	})
	ext := os.Getenv("HELPLINE_BENCH_SMTP_ADDR")
	b.Run("outbox-4conn-external", func(b *testing.B) {
		if ext == "" {
			b.Skip("set HELPLINE_BENCH_SMTP_ADDR to compare with a real server")
		}
		benchOutbox(b, benchConfig(b, ext, 4), benchMails, func(db *data.DB) func(int64) bool { return drainedIn(b, db) })
	})
	b.Run("bare-go-smtp-4conn-external", func(b *testing.B) {
		if ext == "" {
			b.Skip("set HELPLINE_BENCH_SMTP_ADDR to compare with a real server")
		}
		benchBare(b, ext, 4, benchMails)
	})
}

// sampleBytes is one of the benchmark's mails as the sender would write it.
func sampleBytes(b *testing.B) []byte {
	m := Message{From: helplineAddr, FromName: "Running Helpline", To: "runner1@example.org",
		Subject: "We got your question", Text: "Thanks, we will answer soon.\n",
		MessageID: "hl.m.1-abc.def@helpline.localhost", EnvelopeFrom: "ask+b.1-abc@helpline.localhost"}
	msg, err := m.build(false)
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
				drain(b, db, cfg, acceptedBy(srv), benchMails)
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
