package inbox

import (
	"testing"
	"time"
)

// TestParseDateSpelled checks Date fields as exporters, scripts and clients
// spell them outside RFC 5322: an "at" before the time, a zone written as
// an offset from GMT or UTC or with a colon, names written out, no space
// after the comma, the month as a number, read day first unless the
// weekday says the sender put the month first.
func TestParseDateSpelled(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"16 May 2016 at 09:30:32  GMT+1", "2016-05-16T09:30:32+01:00"},
		{"Mon, 16 May 2016 at 09:30:32 UTC-05:30", "2016-05-16T09:30:32-05:30"},
		{"16 May 2016 09:30:32 GMT+0200", "2016-05-16T09:30:32+02:00"},
		{"Wed, 26 Feb 2025 12:09:28 +0100 (GMT+01:00)", "2025-02-26T12:09:28+01:00"},
		{"Tuesday, 20 June 2017 09:44:58 +0000", "2017-06-20T09:44:58Z"},
		{"Tue,20 Jun 2017 09:44:58 +0000", "2017-06-20T09:44:58Z"},
		{"Tue, 20 Jun 2017 09:44:58 +02:00", "2017-06-20T09:44:58+02:00"},
		{"Wed, 14 05 2015 12:34:17", "2015-05-14T12:34:17Z"},
		{"Thu, 03 04 2025 10:00:00", "2025-04-03T10:00:00Z"},
		{"Thu, 04 03 2025 10:00:00", "2025-04-03T10:00:00Z"},
		{"Mon, 04 03 2025 10:00:00", "2025-03-04T10:00:00Z"},
		{"Sun, 3 September 2017 08:00:00 -0300", "2017-09-03T08:00:00-03:00"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parseDate(tt.in)
			if err != nil {
				t.Fatalf("got error %v, want %s", err, tt.want)
			}
			if s := got.Format(time.RFC3339); s != tt.want {
				t.Errorf("got %s, want %s", s, tt.want)
			}
		})
	}
	if _, err := parseDate("at noon GMT+1"); err == nil {
		t.Errorf("got no error for a date without a day, want one")
	}
}
