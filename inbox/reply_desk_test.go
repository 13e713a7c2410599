package inbox

import "testing"

func TestOpensWithWeekday(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"ti, 2025-06-03 kello 10:12 +0200, Helpline kirjoitti:", true},
		{"tir, 03-06-2025 kl. 10:12 +0200 skrev Helpline:", true},
		{"tisdag 3 juni 2025 10:12:45 CEST skrev Helpline:", true},
		{"вт, 3 июня 2025 г., 10:12, Helpline написал:", true},
		{"mardi 3 juin 2025, Helpline a écrit :", true},
		{"tisdag är vilodag", false},
		{"tiistaina juoksen", false},
		{"martes y jueves", false},
		{"Maren", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			if got := opensWithWeekday(tt.line); got != tt.want {
				t.Errorf("opensWithWeekday(%q) = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}

func TestFramesSender(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"----- Message from Lena Berg <lena@example.net> ---------", true},
		{"----- Nachricht von Lena Berg <lena@example.net> ---------", true},
		{"----- Message from lena@example.net ---------", true},
		{"----- Original Message -----", false},
		{"---- On Tue, 3 Jun 2025, Lena <lena@example.net> wrote ----", false},
		{"-- write to lena@example.net --", false},
		{"Message from lena@example.net", false},
		{"----- End message from Lena Berg <lena@example.net> -----", true},
		{"--- Comment #20 from Lena Berg <lena@example.net>  2025-06-03 10:12:45 ---", false},
		{"------- Comment #5 From lena@example.net 2025-06-03 -------", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			if got := framesSender(tt.line); got != tt.want {
				t.Errorf("framesSender(%q) = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}
