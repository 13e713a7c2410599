package inbox

import (
	"encoding/base64"
	"strings"
	"testing"
)

// TestBase64JoinedRuns checks a base64 body made of pieces encoded one by
// one and joined, each with its own padding, as scripts that encode their
// text in chunks write it: every piece must come out whole, not shifted
// into noise after the first padding.
func TestBase64JoinedRuns(t *testing.T) {
	const first = "My right calf cramps at about 15 km, "
	const second = "every long run since March. Should I take salt?"
	const urlSafe = "¿Cuánto descanso? Merci — Ana ~~~ >>> ???"
	if len(first)%3 == 0 {
		t.Fatal("first piece needs padding for the test to mean anything")
	}
	enc := base64.StdEncoding.EncodeToString
	tests := []struct{ name, body, want string }{
		{"two padded pieces on their own lines",
			enc([]byte(first)) + "\n" + enc([]byte(second)) + "\n", first + second},
		{"padded pieces run together on one line",
			enc([]byte(first)) + enc([]byte(second)) + "\n", first + second},
		{"one piece, lines of 76 as encoders write",
			wrap76(enc([]byte(first + second))), first + second},
		{"missing padding at the end",
			strings.TrimRight(enc([]byte(first+second)), "=") + "\n", first + second},
		{"the URL-safe alphabet",
			wrap76(base64.URLEncoding.EncodeToString([]byte(urlSafe))), urlSafe},
	}
	if u := base64.URLEncoding.EncodeToString([]byte(urlSafe)); !strings.ContainsAny(u, "-") || !strings.ContainsAny(u, "_") {
		t.Fatal("the URL-safe text needs both - and _ for the test to mean anything")
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkBase64Body(t, tt.body, tt.want) })
	}
}

// checkBase64Body parses a mail whose UTF-8 text part is body, under a
// base64 label, and checks its text.
func checkBase64Body(t *testing.T, body, want string) {
	t.Helper()
	raw := "From: Ines <ines@example.pt>\nTo: ask@example.org\nSubject: Cramps\nMIME-Version: 1.0\n" +
		"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + body
	if got := strings.TrimSpace(mustParse(t, raw).Text); got != want {
		t.Errorf("got text %q, want %q", got, want)
	}
}

func wrap76(s string) string {
	var b strings.Builder
	for len(s) > 76 {
		b.WriteString(s[:76] + "\n")
		s = s[76:]
	}
	return b.String() + s + "\n"
}

// TestBase64StrayMarksAndTails checks base64 bodies with what encoders do
// not write in them: a stray "-" or "_", which is skipped rather than read
// as the URL-safe alphabet's digit that shifts every byte after it, and
// text added under the base64 with no blank line between, or after the
// padding on its last line, which is kept as text rather than decoded into
// noise.
func TestBase64StrayMarksAndTails(t *testing.T) {
	const text = "My calf cramps at 15 km on every long run since March. Salt? Water? Both? ¿Qué hago? — Inês"
	enc := wrap76(base64.StdEncoding.EncodeToString([]byte(text)))
	if !strings.ContainsAny(enc, "+/") {
		t.Fatal("the encoded text needs a + or / for the test to mean anything")
	}
	lines := strings.SplitAfter(enc, "\n")
	stray := lines[0] + lines[1][:30] + "-" + lines[1][30:] + strings.Join(lines[2:], "")
	// Without a "+" or "/" the run could be URL-safe; its padding says
	// it is not.
	const plain = "My right calf cramps at about 15 km — every long run since March. Should I take salt, or just drink more? ~Ines"
	penc := wrap76(base64.StdEncoding.EncodeToString([]byte(plain)))
	if strings.ContainsAny(penc, "+/") || !strings.Contains(penc, "=") {
		t.Fatal("the second text needs padding and neither + nor / for the test to mean anything")
	}
	plainStray := penc[:40] + "_" + penc[40:]
	tests := []struct{ name, body, want string }{
		{"a stray dash in a body of lines", stray, text},
		{"a stray underscore where padding shows it is one", plainStray, plain},
		{"a signature right under the base64", enc + "-- \nInes Prates\nhttps://example.pt/ines\n",
			text + "\n-- \nInes Prates\nhttps://example.pt/ines"},
		{"a form's note after the padding", "ecO2dMOkIHZhYW4uCg== sent by the contact form\n", "yötä vaan.\n\nsent by the contact form"},
		{"plain text under a wrong label, opening with a code", "ABCD1234EFGH5678\nThanks, the order came and my knee is fine.\n",
			"ABCD1234EFGH5678\nThanks, the order came and my knee is fine."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkBase64Body(t, tt.body, tt.want) })
	}
}

// TestBase64OneWord checks a body of one short word under a base64 label,
// as a broken mailer sends "Hello": read as base64 it decodes to bytes no
// text holds, and it is kept as typed. Short base64 that decodes to text
// still decodes, padded or not.
func TestBase64OneWord(t *testing.T) {
	tests := []struct{ body, want string }{
		{"Hello\n", "Hello"},
		{"Thanks\n", "Thanks"},
		{"Test\n", "Test"},
		{"SGk=\n", "Hi"},
		{"SGVsbG8=\n", "Hello"},
		{"SGVsbG8\n", "Hello"},
		{"Q2Fmw6k=\n", "Café"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) { checkBase64Body(t, tt.body, tt.want) })
	}
}
