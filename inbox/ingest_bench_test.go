package inbox

import (
	"context"
	"fmt"
	"net/smtp"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"helpline/data"
	"helpline/internal/devmail/devmailtest"
)

// benchFixture is a fixture with its own database for each run.
func benchFixture(b *testing.B) *fixture { return newFixture(b) }

// BenchmarkIngest compares the poller (fetch, parse, classify, store) with
// a bare go-imap client that only fetches the same messages, and with
// mbsync copying them to a Maildir where it is installed, from the
// development server (in memory) and from a private Dovecot where one is
// installed. Run with -benchtime=1x; the message count is 10,000
// (HELPLINE_BENCH_N changes it), each a short question unless
// HELPLINE_BENCH_KB asks for bodies of that many kilobytes.
//
// The first fetch after the messages are appended is the slowest by far
// (Dovecot reads each file and builds its caches), so a first bare fetch
// warms the server, and every measured fetch finds it warm; the cold
// figure is reported beside them.
func BenchmarkIngest(b *testing.B) {
	for _, srv := range servers {
		b.Run(srv.name, func(b *testing.B) {
			s := srv.start(b)
			n := benchCount(10000)
			c := dial(b, s)
			appendMail(b, c, "INBOX", benchQuestions(n)...)
			c.Close()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				cold := bareFetch(b, s, n)
				bare := bareFetch(b, s, n)
				f := benchFixture(b)
				var before runtime.MemStats
				runtime.ReadMemStats(&before)
				start := time.Now()
				got, err := f.poller(s, "INBOX", nil).PollOnce(context.Background())
				ours := time.Since(start)
				if err != nil || got != n {
					b.Fatalf("PollOnce = %d, %v", got, err)
				}
				var after runtime.MemStats
				runtime.ReadMemStats(&after)
				b.ReportMetric(cold.Seconds(), "cold-bare-fetch-s")
				b.ReportMetric(bare.Seconds(), "bare-fetch-s")
				b.ReportMetric(ours.Seconds(), "ingest-s")
				b.ReportMetric(float64(ours.Microseconds())/float64(n), "ingest-us/msg")
				b.ReportMetric(100*(ours.Seconds()-bare.Seconds())/bare.Seconds(), "overhead-%")
				b.ReportMetric(float64(after.HeapInuse)/(1<<20), "heap-inuse-MiB")
				b.ReportMetric(float64(n)/ours.Seconds(), "ingest-msgs/s")
				if d, ok := mbsyncPull(b, s, n); ok {
					b.ReportMetric(float64(n)/d.Seconds(), "mbsync-msgs/s")
					b.ReportMetric(d.Seconds()/ours.Seconds(), "x-mbsync-rate")
				}
			}
		})
	}
}

// BenchmarkStore measures what the poller's writer does per message once
// the mail is downloaded and read: one transaction that stores it, the
// question and its two mails, and the high-water mark. Reading is done
// beforehand, as the poller does it beside the writer, so this is the
// floor of BenchmarkIngest on a server that costs nothing.
func BenchmarkStore(b *testing.B) {
	raws := benchQuestions(benchCount(10000))
	for i := 0; i < b.N; i++ {
		f := benchFixture(b)
		fetched := make([]Fetched, len(raws))
		read := make([]incoming, len(raws))
		for j, r := range raws {
			fetched[j] = Fetched{Mailbox: "INBOX", UIDValidity: 1, UID: uint32(j + 1), Raw: []byte(r),
				Size: int64(len(r)), Received: time.Now()}
			read[j] = f.proc.prepare(fetched[j])
		}
		start := time.Now()
		for j := range fetched {
			if err := f.proc.ingestOne(context.Background(), fetched[j], read[j]); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(time.Since(start).Microseconds())/float64(len(raws)), "store-us/msg")
	}
}

// bareFetch downloads every message with BODY.PEEK[] in batches of 100,
// as the poller does, and nothing else.
func bareFetch(b *testing.B, s imapServer, n int) time.Duration {
	start := time.Now()
	c, err := imapclient.DialInsecure(s.addr, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	if err := c.Login(s.user, s.password).Wait(); err != nil {
		b.Fatal(err)
	}
	if _, err := c.Select("INBOX", nil).Wait(); err != nil {
		b.Fatal(err)
	}
	got := 0
	for lo := 1; lo <= n; lo += 100 {
		var set imap.UIDSet
		set.AddRange(imap.UID(lo), imap.UID(min(lo+99, n)))
		msgs, err := c.Fetch(set, &imap.FetchOptions{UID: true, RFC822Size: true, InternalDate: true,
			BodySection: []*imap.FetchItemBodySection{{Peek: true}}}).Collect()
		if err != nil {
			b.Fatal(err)
		}
		got += len(msgs)
	}
	if got != n {
		b.Fatalf("bare fetch got %d messages, want %d", got, n)
	}
	return time.Since(start)
}

// BenchmarkIdleLatency measures the time from handing a question to the
// development server's SMTP port to its being stored as a question, with
// the poller waiting in IDLE.
func BenchmarkIdleLatency(b *testing.B) {
	srv := devmailtest.StartForTest(b, testMailbox)
	s := imapServer{"devmail", srv.IMAPAddr(), testMailbox, srv.Password()}
	f := benchFixture(b)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- f.poller(s, "INBOX", nil).Run(ctx) }()
	defer func() { cancel(); <-done }()
	time.Sleep(200 * time.Millisecond) // let it connect and enter IDLE
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		raw := strings.ReplaceAll(question(fmt.Sprintf("lat%d@reader.test", i), fmt.Sprintf("Latency %d", i), "Hi"), "\n", "\r\n")
		if err := smtp.SendMail(srv.SMTPAddr(), nil, "reader@reader.test", []string{testMailbox}, []byte(raw)); err != nil {
			b.Fatal(err)
		}
		for f.count(data.OutcomeQuestion) < i+1 {
			time.Sleep(200 * time.Microsecond)
		}
	}
}

// benchQuestions are n questions with bodies of HELPLINE_BENCH_KB
// kilobytes of text, or short ones.
func benchQuestions(n int) []string {
	kb, _ := strconv.Atoi(os.Getenv("HELPLINE_BENCH_KB"))
	if kb <= 0 {
		return questions(n, "bench")
	}
	body := strings.Repeat("I run three times a week and my knee hurts after long runs.\n", kb*1024/60)
	out := make([]string, n)
	for i := range out {
		out[i] = question(fmt.Sprintf("reader%d@reader.test", i), fmt.Sprintf("bench question %d", i), body)
	}
	return out
}

// benchCount is def, or HELPLINE_BENCH_N when set, for quicker profiling.
func benchCount(def int) int {
	if n, err := strconv.Atoi(os.Getenv("HELPLINE_BENCH_N")); err == nil && n > 0 {
		return n
	}
	return def
}
