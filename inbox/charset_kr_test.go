package inbox

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/korean"
)

// ks7 is Korean s in KS X 1001 as ISO-2022-KR writes it between its
// shifts: EUC-KR with the high bits cleared.
func ks7(t *testing.T, s string) string {
	t.Helper()
	euc, err := korean.EUCKR.NewEncoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	b := []byte(euc)
	for i := range b {
		b[i] &^= 0x80
	}
	return string(b)
}

func TestISO2022KRLineEnds(t *testing.T) {
	const so, si = "\x0e", "\x0f"
	tests := []struct {
		name string
		in   func(t *testing.T) string
		want string
	}{
		{"shifted back before each line end", func(t *testing.T) string {
			return so + ks7(t, "안녕하세요") + si + "\r\n" + so + ks7(t, "감사합니다") + si + "\r\n"
		}, "안녕하세요\r\n감사합니다\r\n"},
		// The sender carried the shift over the line end and shifted
		// back in the middle of the next line.
		{"shift carried over", func(t *testing.T) string {
			return so + ks7(t, "안녕하세요") + "\r\n" + ks7(t, "감사합니다") + si + " run?\r\n"
		}, "안녕하세요\r\n감사합니다 run?\r\n"},
		{"carried over two line ends", func(t *testing.T) string {
			return so + ks7(t, "하나") + "\n" + ks7(t, "둘") + "\n" + ks7(t, "셋") + si + " go\n"
		}, "하나\n둘\n셋 go\n"},
		// Shifted out again at the start of the next line, as the RFC
		// asks: the line end reset the shift, and the ASCII between is
		// ASCII.
		{"no shift back, next line shifts out", func(t *testing.T) string {
			return so + ks7(t, "안녕") + "\r\nHF7C " + so + ks7(t, "감사") + si + "\r\n"
		}, "안녕\r\nHF7C 감사\r\n"},
		{"no shift back, no shift after", func(t *testing.T) string {
			return so + ks7(t, "안녕") + "\r\nrun HF7C\r\n"
		}, "안녕\r\nrun HF7C\r\n"},
		{"plain ascii after a shift back", func(t *testing.T) string {
			return so + ks7(t, "안녕") + si + "\r\nrun\r\n" + so + ks7(t, "감사") + si + "\r\n"
		}, "안녕\r\nrun\r\n감사\r\n"},
		// What lies between the line end and a Shift In further on can
		// be no Korean where a word has an odd count of bytes: it stays
		// ASCII, the reader's lines and the mark of a quoted line alike.
		{"stray shift back lines later", func(t *testing.T) string {
			return so + ks7(t, "안녕") + "\r\nSee you at the track.\r\nbye" + si + "\r\n"
		}, "안녕\r\nSee you at the track.\r\nbye\r\n"},
		{"quoted line under a carried shift", func(t *testing.T) string {
			return "> " + so + ks7(t, "안녕") + "\r\n> " + ks7(t, "감사") + si + "\r\nGood.\r\n"
		}, "> 안녕\r\n> " + ks7(t, "감사") + "\r\nGood.\r\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, ok := decodeISO2022KR([]byte("\x1b$)C" + tt.in(t)))
			if !ok {
				t.Fatal("not decoded")
			}
			if got := string(out); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestISO2022KRShiftCarriedOverInAMail(t *testing.T) {
	body := "\x1b$)C\r\n\x0e" + ks7(t, "질문이") + "\r\n" + ks7(t, "있어요") + "\x0f?\r\n"
	m, err := Parse([]byte("From: a@example.kr\r\nSubject: q\r\nContent-Type: text/plain; charset=ISO-2022-KR\r\n\r\n" + body))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.TrimSpace(m.Text), "질문이\n있어요?"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
