package inbox

import (
	"context"
	"testing"
	"time"
)

func BenchmarkStoreOnly(b *testing.B) {
	raws := benchQuestions(benchCount(10000))
	for i := 0; i < b.N; i++ {
		f := benchFixture(b)
		fetched := make([]Fetched, len(raws))
		for j, r := range raws {
			fetched[j] = Fetched{Mailbox: "INBOX", UIDValidity: 1, UID: uint32(j + 1), Raw: []byte(r), Size: int64(len(r)), Received: time.Now()}
		}
		start := time.Now()
		if err := f.proc.Ingest(context.Background(), fetched); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(time.Since(start).Microseconds())/float64(len(raws)), "us/msg")
	}
}

func BenchmarkWriterOnly(b *testing.B) {
	raws := benchQuestions(benchCount(10000))
	for i := 0; i < b.N; i++ {
		f := benchFixture(b)
		ins := make([]incoming, len(raws))
		fetched := make([]Fetched, len(raws))
		for j, r := range raws {
			fetched[j] = Fetched{Mailbox: "INBOX", UIDValidity: 1, UID: uint32(j + 1), Raw: []byte(r), Size: int64(len(r)), Received: time.Now()}
			ins[j] = f.proc.prepare(fetched[j])
		}
		start := time.Now()
		for j := range fetched {
			if err := f.proc.ingestOne(context.Background(), fetched[j], ins[j]); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(time.Since(start).Microseconds())/float64(len(raws)), "us/msg")
	}
}
