package inbox

import (
	"strings"
	"testing"
	"testing/iotest"
)

// sliceOf reports whether b is a slice of src.
func sliceOf(b, src []byte) bool {
	for i := range src {
		if len(b) > 0 && &src[i] == &b[0] {
			return true
		}
	}
	return false
}

// The parts of a multipart body are slices of it, each the part's bytes,
// so that parts nested in each other cost no copy of the mail per level.
func TestPartsAreSlicesOfTheBody(t *testing.T) {
	body := []byte("preamble\r\n--b\r\nContent-Type: text/plain\r\n\r\nfirst\r\n" +
		"--b\r\n\r\nsame\r\n--b\r\n\r\nsame\r\n--b\r\n\r\n\r\n--b--\r\n")
	parts, err := readParts("b", body)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"first", "same", "same", ""}
	if len(parts) != len(want) {
		t.Fatalf("got %d parts, want %d", len(parts), len(want))
	}
	for i, p := range parts {
		if string(p.body) != want[i] || p.body == nil || len(p.body) > 0 && !sliceOf(p.body, body) {
			t.Errorf("part %d: got %q, a slice of the body %t; want %q, a slice", i, p.body, sliceOf(p.body, body), want[i])
		}
	}
	if &parts[1].body[0] == &parts[2].body[0] {
		t.Errorf("got the second part's bytes for the third, want each its own")
	}
}

// Bytes that the body does not hold in a row are copied, those read
// before them as well.
func TestPartBodyNotInTheSource(t *testing.T) {
	src := []byte("header\r\n\r\nabcdefgh and more")
	tests := []struct{ name, read string }{
		{"found whole", "abcdefgh"},
		{"differs after the start", "abcdXYZW"},
		{"not found", "zzzz"},
		{"nothing", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, err := readPartBody(iotest.HalfReader(strings.NewReader(tt.read)), src, 0, make([]byte, 3))
			if err != nil || string(got) != tt.read || got == nil {
				t.Errorf("got %q, %v; want %q", got, err, tt.read)
			}
			if found := strings.Contains(string(src), tt.read) && tt.read != ""; sliceOf(got, src) != found {
				t.Errorf("got a slice of the source %t, want %t", sliceOf(got, src), found)
			}
		})
	}
}
