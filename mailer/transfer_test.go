package mailer

import (
	"bufio"
	"bytes"
	"net/textproto"
	"strings"
	"testing"
)

// TestAppendStuffedMatchesDotWriter checks the one-pass DATA encoder
// against net/textproto's dot writer, byte for byte, including the
// final dot.
func TestAppendStuffedMatchesDotWriter(t *testing.T) {
	tests := []struct{ name, in string }{
		{"crlf lines", "Subject: hi\r\n\r\nbody\r\n"},
		{"bare lf", "Subject: hi\n\nbody\nmore\n"},
		{"leading dots", ".\r\n..two\r\n.three\nnot.first\r\n"},
		{"no final newline", "last line without end"},
		{"lone cr kept", "a\rb\r\nc\r"},
		{"blank lines", "\r\n\r\n\n.\n"},
		{"long", strings.Repeat("=3D.quoted-printable line of some length=\r\n.", 500)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want bytes.Buffer
			tw := textproto.NewWriter(bufio.NewWriter(&want))
			dw := tw.DotWriter()
			if _, err := dw.Write([]byte(tt.in)); err != nil {
				t.Fatal(err)
			}
			if err := dw.Close(); err != nil {
				t.Fatal(err)
			}
			got := append(appendStuffed([]byte("kept"), []byte(tt.in)), ".\r\n"...)
			if !bytes.Equal(got, append([]byte("kept"), want.Bytes()...)) {
				t.Errorf("got %q, want %q", got, want.Bytes())
			}
		})
	}
}

func BenchmarkAppendStuffed(b *testing.B) {
	msg := []byte(strings.Repeat("<p style=3D\"margin: 0\">An answer line, quoted-printable and long enou=\r\ngh to wrap.</p>\r\n", 800))
	b.SetBytes(int64(len(msg)))
	var out []byte
	for b.Loop() {
		out = appendStuffed(out[:0], msg)
	}
}
