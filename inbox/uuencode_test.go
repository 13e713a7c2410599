package inbox

import (
	"bytes"
	"strings"
	"testing"
)

// uuencode writes data as a uuencoded block named name, as uuencode(1)
// does, with "`" for zero.
func uuencode(name string, data []byte) string {
	char := func(v byte) byte {
		if v == 0 {
			return '`'
		}
		return v + ' '
	}
	var b strings.Builder
	b.WriteString("begin 644 " + name + "\n")
	for len(data) > 0 {
		n := min(45, len(data))
		b.WriteByte(char(byte(n)))
		for i := 0; i < n; i += 3 {
			var c [3]byte
			copy(c[:], data[i:min(i+3, n)])
			b.Write([]byte{char(c[0] >> 2), char(c[0]<<4&0x30 | c[1]>>4), char(c[1]<<2&0x3c | c[2]>>6), char(c[2] & 0x3f)})
		}
		b.WriteByte('\n')
		data = data[n:]
	}
	b.WriteString("`\nend\n")
	return b.String()
}

func TestParseUUEncodedAttachment(t *testing.T) {
	file := bytes.Repeat([]byte("My training log, week by week.\n"), 10)
	tests := []struct {
		name, body, wantText string
		wantAtts             []Attachment
	}{
		{"a block between the text", "Please look at my log.\n\n" + uuencode("log.txt", file) + "\nThanks, Sam",
			"Please look at my log.\n\n\nThanks, Sam",
			[]Attachment{{Filename: "log.txt", ContentType: "text/plain", Size: len(file)}}},
		{"a path in the name", "Log attached.\n" + uuencode("C:/runs/plan.pdf", file),
			"Log attached.", []Attachment{{Filename: "plan.pdf", ContentType: "application/pdf", Size: len(file)}}},
		{"prose that starts like a block", "begin 644 laps today, then rest.\nend\nIs that too much?",
			"begin 644 laps today, then rest.\nend\nIs that too much?", nil},
		{"a block without its end", "Log:\n" + strings.TrimSuffix(uuencode("log.txt", file), "`\nend\n"),
			"Log:\n" + strings.TrimSpace(strings.TrimSuffix(uuencode("log.txt", file), "`\nend\n")), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := "From: Sam <sam@example.org>\r\nSubject: My log\r\n\r\n" + strings.ReplaceAll(tt.body, "\n", "\r\n")
			m, err := Parse([]byte(raw))
			if err != nil {
				t.Fatal(err)
			}
			if m.Text != tt.wantText {
				t.Errorf("text = %q, want %q", m.Text, tt.wantText)
			}
			if len(m.Attachments) != len(tt.wantAtts) {
				t.Fatalf("attachments = %+v, want %+v", m.Attachments, tt.wantAtts)
			}
			for i, a := range m.Attachments {
				if a != tt.wantAtts[i] {
					t.Errorf("attachment %d = %+v, want %+v", i, a, tt.wantAtts[i])
				}
			}
		})
	}
}

// TestParseUUEncodedPart checks a part whose Content-Transfer-Encoding
// names uuencode, which RFC 2045 does not define but old mailers send:
// the attachment is the decoded file, and a body that holds no block is
// kept as sent with a warning.
func TestParseUUEncodedPart(t *testing.T) {
	file := bytes.Repeat([]byte("week 1: 5 km easy\n"), 7)
	const head = "From: Sam <sam@example.net>\nTo: ask@example.org\nSubject: My log\nMIME-Version: 1.0\n" +
		"Content-Type: multipart/mixed; boundary=\"U1\"\n\n--U1\nContent-Type: text/plain\n\nMy log is attached.\n--U1\n"
	tests := []struct {
		name, cte, body string
		size            int
		warn            string
	}{
		{"x-uuencode", "x-uuencode", uuencode("log.txt", file), len(file), ""},
		{"uuencode", "uuencode", uuencode("log.txt", file), len(file), ""},
		{"x-uue with spaces stripped", "X-UUE", strings.ReplaceAll(uuencode("log.txt", file[:40]), "`", " "), 40, ""},
		{"no block", "x-uuencode", "week 1: 5 km easy\n", len("week 1: 5 km easy\n"), "no uuencoded block"},
		{"a block without its end", "x-uuencode", strings.TrimSuffix(uuencode("log.txt", file), "end\n"), len(strings.TrimSuffix(uuencode("log.txt", file), "end\n")), "no uuencoded block"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustParse(t, head+"Content-Type: application/octet-stream; name=\"log.txt\"\nContent-Transfer-Encoding: "+tt.cte+"\n\n"+tt.body+"\n--U1--\n")
			if len(m.Attachments) != 1 || m.Attachments[0].Size != tt.size {
				t.Fatalf("got attachments %v, want one of %d bytes", m.Attachments, tt.size)
			}
			if m.Text != "My log is attached." {
				t.Errorf("got text %q, want %q", m.Text, "My log is attached.")
			}
			if got := strings.Join(m.Warnings, "; "); tt.warn == "" && got != "" || !strings.Contains(got, tt.warn) {
				t.Errorf("got warnings %q, want %q", got, tt.warn)
			}
		})
	}
}

func TestDecodeUU(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 44, 45, 46, 100} {
		data := make([]byte, n)
		for i := range data {
			data[i] = byte(i * 37)
		}
		got, ok := decodeUU([]byte("\n" + uuencode("f.bin", data)))
		if !ok || !bytes.Equal(got, data) {
			t.Errorf("%d bytes: got %v %v, want %v", n, got, ok, data)
		}
	}
}
