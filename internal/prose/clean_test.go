package prose

import (
	"strings"
	"testing"
)

func TestClean(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "Hello,\nworld", "Hello,\nworld"},
		{"line ends", "a\r\nb\rc\u2028d\u2029e", "a\nb\nc\nd\ne"},
		{"controls", "a\x00b\x1b[31mc\x0cd\u0085e", "ab[31mcde"},
		{"tab kept", "a\tb", "a\tb"},
		{"invalid UTF-8", "caf\xe9", "caf\uFFFD"},
		{"noncharacters", "a\uFDD0b\uFFFEc\U0001FFFF", "a\uFFFDb\uFFFDc\uFFFD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Clean(tt.in); got != tt.want {
				t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestOneLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  one  two\nthree\t", "one two three"},
		{"Subject\r\nBcc: x@example.org", "Subject Bcc: x@example.org"},
		{"\u2028\x00", ""},
	}
	for _, tt := range tests {
		if got := OneLine(tt.in); got != tt.want {
			t.Errorf("OneLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestShorten(t *testing.T) {
	long := strings.Repeat("a", 150) + " " + strings.Repeat("b", 100)
	tests := []struct {
		name    string
		in      string
		max     int
		want    string
		wantCut bool
	}{
		{"fits", "short text", 20, "short text", false},
		{"exact", "12345", 5, "12345", false},
		{"word boundary", "the quick brown fox jumps", 15, "the quick…", true},
		{"no space", "abcdefghijklmnop", 6, "abcde…", true},
		{"trailing punctuation", "Run slowly, then fast", 13, "Run slowly…", true},
		{"multibyte", "éééé éééé éééé", 8, "éééé…", true},
		{"exactly max multibyte", strings.Repeat("é", 200), 200, strings.Repeat("é", 200), false},
		{"one over", strings.Repeat("é", 201), 200, strings.Repeat("é", 199) + "…", true},
		{"long first word", long, 200, strings.Repeat("a", 150) + "…", true},
		{"list", strings.Repeat("ab, ", 100), 200, strings.TrimSuffix(strings.Repeat("ab, ", 49), ", ") + "…", true},
		{"no room", "abc", 0, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, cut := Shorten(tt.in, tt.max)
			if got != tt.want || cut != tt.wantCut {
				t.Errorf("Shorten(%q, %d) = %q, %v, want %q, %v", tt.in, tt.max, got, cut, tt.want, tt.wantCut)
			}
		})
	}
}

func TestFirstName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Anna Lee", "Anna"},
		{"  Anna-Lena  Maier ", "Anna-Lena"},
		{`"Jo" Smith`, "Jo"},
		{`"Kim,"`, "Kim"},
		{"„Jörg“ Weber", "Jörg"},
		{"anna@example.org", ""},
		{"<anna@example.org>", ""},
		{"<b>Bob</b> Jones", ""},
		{"anna＠example．org Anna", ""},
		{"li﹫example.cn", ""},
		{"\u202eAnna\u202c Lee", "Anna"},
		{"Anna\u2067 \u2069Lee", "Anna"},
		{"\u200f", ""},
		{"علي", "علي"},
		{"", ""},
		{`"" ,`, ""},
		{"Zoë\u0000 X", "Zoë"},
		{strings.Repeat("x", 40), strings.Repeat("x", 29) + "…"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := FirstName(tt.in); got != tt.want {
				t.Errorf("FirstName(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Anna  Lee", "Anna Lee"},
		{"Anna\r\nBcc: x@example.org", "Anna Bcc: x@example.org"},
		{"\x00\u2028", ""},
		{"Ann \u202eeeL\u202c \u2067نور\u2069", "Ann eeL نور"},
		{"\u200f \u202e", ""},
		{strings.Repeat("Ann ", 40), strings.TrimSpace(strings.Repeat("Ann ", 24)) + "…"},
	}
	for _, tt := range tests {
		if got := Name(tt.in); got != tt.want {
			t.Errorf("Name(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLeadingKeepsWholeCharacters(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"abc", 5, "abc"},
		{"abc", 2, "ab"},
		{"ééé", 3, "é"},
		{"ééé", 4, "éé"},
		{"自動応答", 4, "自"},
	}
	for _, tt := range tests {
		if got := Leading(tt.in, tt.n); got != tt.want {
			t.Errorf("Leading(%q, %d): got %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}
