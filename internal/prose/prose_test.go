package prose

import "testing"

func TestLine(t *testing.T) {
	tests := []struct {
		line string
		kind Kind
		rest string
	}{
		{"Run easy.", Text, "Run easy."},
		{"- warm up", Bullet, "warm up"},
		{"  * stretch", Bullet, "stretch"},
		{"• cool down", Bullet, "cool down"},
		{"1. easy run", Numbered, "easy run"},
		{"12) long run", Numbered, "long run"},
		{"-not a list", Text, "-not a list"},
		{"2024. was a good year", Text, "2024. was a good year"},
	}
	for _, tt := range tests {
		if kind, rest := Line(tt.line); kind != tt.kind || rest != tt.rest {
			t.Errorf("Line(%q) = %c, %q; want %c, %q", tt.line, kind, rest, tt.kind, tt.rest)
		}
	}
}
