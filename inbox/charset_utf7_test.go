package inbox

import (
	"strings"
	"testing"
)

// TestDecodeUTF7 checks the UTF-7 reader on the shapes RFC 2152 allows: a
// run of base64 ended by "-" or by any other character, which stays, a
// plus sign written "+-", a character outside the basic plane, text
// with 8-bit bytes, which is refused, and plus signs of ASCII text
// labelled UTF-7, which stay as written with the words after them.
func TestDecodeUTF7(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"run ended by a dash", "Caf+AOk- au lait", "Café au lait", true},
		{"run ended by a stop", "Caf+AOk.", "Café.", true},
		{"two letters in one run", "+AOkA6A-", "éè", true},
		{"plus sign", "2 +- 2", "2 + 2", true},
		{"astral character", "ok +2D3eAA-", "ok 😀", true},
		{"plain ASCII", "My knee hurts.", "My knee hurts.", true},
		{"8-bit byte", "Caf\xe9", "", false},
		{"pluses of a language's name", "I use C++ +1 daily.", "I use C++ +1 daily.", true},
		{"phone numbers", "Call +44 20 7946 0018 or +491701234567.", "Call +44 20 7946 0018 or +491701234567.", true},
		{"tagged address", "Write to ann+help@example.com.", "Write to ann+help@example.com.", true},
		{"sums", "2+2=4, a+b", "2+2=4, a+b", true},
		{"plus at the end", "Price: 5+", "Price: 5+", true},
		{"real run beside a plain plus", "Caf+AOk- for 2+2", "Café for 2+2", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := decodeUTF7([]byte(tt.in))
			if ok != tt.ok || string(got) != tt.want {
				t.Errorf("got %q %v, want %q %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}

// TestParseUTF7 checks a body and a subject in UTF-7 under its labels,
// and that the same bytes under another charset stay as written.
func TestParseUTF7(t *testing.T) {
	const body = "O joelho est+AOE- inchado."
	tests := []struct {
		name, charset, subject, wantText, wantSubject string
	}{
		{"utf-7", "utf-7", "=?utf-7?Q?Joelho_inchado_+AOk-_grave=3F?=", "O joelho está inchado.", "Joelho inchado é grave?"},
		{"rfc 1642 label", "UNICODE-1-1-UTF-7", "Knee", "O joelho está inchado.", "Knee"},
		{"not utf-7", "us-ascii", "Knee +AOk-", body, "Knee +AOk-"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustParse(t, "From: Ana <ana@example.pt>\nTo: ask@example.org\nSubject: "+tt.subject+
				"\nContent-Type: text/plain; charset="+tt.charset+"\n\n"+body+"\n")
			if got := strings.TrimSpace(m.Text); got != tt.wantText {
				t.Errorf("got text %q, want %q", got, tt.wantText)
			}
			if m.Subject != tt.wantSubject {
				t.Errorf("got subject %q, want %q", m.Subject, tt.wantSubject)
			}
		})
	}
}
