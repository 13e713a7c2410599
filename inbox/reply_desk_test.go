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

func TestDeskVerbsAndLeadsNeedTheSender(t *testing.T) {
	tests := []struct {
		name, line string
		want       bool
	}{
		{"k-9 japanese", "Helpline <questions@helpline.test> より:", true},
		{"k-9 korean", "Helpline <questions@helpline.test>이 씀:", true},
		{"k-9 korean bare address", "questions@helpline.test이 씀:", true},
		{"from the menu", "6月3日のメニューより：", false},
		{"from the club desk", "お問い合わせはcoach@club.exampleより", false},
		{"written in the log", "6월 3일 훈련 일지에 씀:", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := endsWithVerb(tt.line); got != tt.want {
				t.Errorf("endsWithVerb(%q) = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
	leads := []struct {
		name, line string
		want       bool
	}{
		{"imp dutch", "Citeren Helpline <questions@helpline.test>:", true},
		{"imp russian", "Цитирую Helpline <questions@helpline.test>:", true},
		{"imp japanese", "引用 Helpline <questions@helpline.test>：", true},
		{"imp bare address", "Цитирую questions@helpline.test:", true},
		{"imp long name", "Citeren Helpline via Runners Club Mailing List <questions@helpline.test>:", true},
		{"quoting the coach", "Цитирую тренера (coach@club.example):", false},
		{"quoting the schedule", "Citeren uit het schema van 3 juni 2025:", false},
		{"quoting a dated mail", "引用 2025年6月3日のメール（coach@club.example）：", false},
	}
	for _, tt := range leads {
		t.Run(tt.name, func(t *testing.T) {
			if got := quotingLead(tt.line); got != tt.want {
				t.Errorf("quotingLead(%q) = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}

// The owner's own lines that look like a desk client's: a banner framed
// with an address, a sentence quoting someone, a source cited with より.
// Each kept whole, with what follows it.
func TestOwnerLinesLikeDeskHeadersKept(t *testing.T) {
	tests := []trimCase{
		{"banner over the answer",
			"--- write to coach@club.example ---\n\nRun easy, 3 x 30 minutes.\n\nMaren\n\nOn Tue, Jun 3, 2025 at 10:12 AM, Lena <lena@example.net> wrote:\n> What should I run?\n",
			"--- write to coach@club.example ---\n\nRun easy, 3 x 30 minutes.\n\nMaren"},
		{"banner inside the answer",
			"Run easy, 3 x 30 minutes.\n\n--- questions? coach@club.example ---\n\nAnd stretch after each run.\n\nMaren",
			"Run easy, 3 x 30 minutes.\n\n--- questions? coach@club.example ---\n\nAnd stretch after each run.\n\nMaren"},
		{"russian quoting the club",
			"Лена, добрый день!\n\nЦитирую письмо клуба (club@club.example):\n«Старт в 10:00.»\n\nТак что приходите к 9:00.\n\nМарен",
			"Лена, добрый день!\n\nЦитирую письмо клуба (club@club.example):\n«Старт в 10:00.»\n\nТак что приходите к 9:00.\n\nМарен"},
		{"dutch quoting the schedule",
			"Hoi Lena,\n\nCiteren uit het schema van 3 juni 2025:\n> 6 x 400 m in 1:45\n\nDat blijft zo.\n\nMaren",
			"Hoi Lena,\n\nCiteren uit het schema van 3 juni 2025:\n> 6 x 400 m in 1:45\n\nDat blijft zo.\n\nMaren"},
		{"japanese citing the menu",
			"> 何を走ればいいですか？\n6月3日のメニューより：\n> ジョグ20分\nこのままで大丈夫です。",
			"> 何を走ればいいですか？\n6月3日のメニューより：\n> ジョグ20分\nこのままで大丈夫です。"},
		{"russian plan and name over the header",
			"План:\nпн 5 км\nвт 8 км\nср 3 x 1 км\nМарен\nвт, 3 июн. 2025 г. в 10:12, Lena <lena@example.net>:\n> Что бежать?\n",
			"План:\nпн 5 км\nвт 8 км\nср 3 x 1 км\nМарен"},
		{"swedish plan right over the header",
			"Plan:\nmån 5 km\ntis 8 km\nons 3 x 1 km\ntis 3 juni 2025 kl. 10:12 skrev Lena <lena@example.net>:\n> Vad ska jag springa?\n",
			"Plan:\nmån 5 km\ntis 8 km\nons 3 x 1 km"},
		{"horde summary still history",
			"Run easy.\n\n----- Message from Lena Berg <lena@example.net> ---------\n    Date: Tue, 03 Jun 2025 10:12:45 +0200\n    From: Lena Berg <lena@example.net>\n Subject: plan\n\nWhat should I run?\n",
			"Run easy."},
	}
	checkTrims(t, tests)
}

func TestDatedStartBelow(t *testing.T) {
	tests := []struct {
		name, above, below string
		want               bool
	}{
		{"under the owner's name", "Maren", "ti, 2025-06-03 kello 10:12 +0200, Lena kirjoitti:", true},
		{"under a plan's line", "ср 3 x 1 км", "вт, 3 июн. 2025 г. в 10:12, Lena <lena@example.net>:", true},
		{"under a lead word", "Le", "mardi 3 juin 2025, Lena <lena@example.net> a écrit :", false},
		{"no date below", "Maren", "tisdag är vilodag", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := datedStartBelow([]string{tt.above, tt.below}, 0, 1); got != tt.want {
				t.Errorf("datedStartBelow(%q over %q) = %v, want %v", tt.above, tt.below, got, tt.want)
			}
		})
	}
}
