package newsletter

import (
	"bytes"
	"context"
	"fmt"
	"testing"
)

// BenchmarkImport100k imports a Mailchimp export of 100,000 subscribers
// into an empty list, reporting progress as the command does; each run
// is one whole import.
func BenchmarkImport100k(b *testing.B) {
	const n = 100_000
	var file bytes.Buffer
	file.WriteString(`"Email Address","First Name","Last Name",MEMBER_RATING,OPTIN_TIME,OPTIN_IP,CONFIRM_TIME,CONFIRM_IP,LATITUDE,LONGITUDE,GMTOFF,DSTOFF,TIMEZONE,CC,REGION,LAST_CHANGED,LEID,EUID,NOTES,TAGS` + "\r\n")
	for i := range n {
		fmt.Fprintf(&file, "runner%06d@example.org,Runner,No %d,2,\"2021-04-02 08:15:00\",,\"2021-04-02 08:16:40\",,,,,,,,,\"2022-01-05 10:00:00\",%d,e%d,,\r\n", i, i, i, i)
	}
	b.SetBytes(int64(file.Len()))
	for b.Loop() {
		b.StopTimer()
		f := newFixture(b)
		progress := 0
		b.StartTimer()
		sum, err := f.svc.Import(context.Background(), bytes.NewReader(file.Bytes()),
			ImportOptions{Progress: func(int, int64) { progress++ }})
		if err != nil {
			b.Fatal(err)
		}
		if sum.Added != n || progress < n/1000 {
			b.Fatalf("got %d added and %d progress reports, want %d and at least %d", sum.Added, progress, n, n/1000)
		}
	}
}
