package prose

import "testing"

func TestHideAddresses(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Write to me at sam.okafor+runs@example.org, please.", "Write to me at [address hidden], please."},
		{"Sam\nmailto:sam@mail.example.co.uk", "Sam\n[address hidden]"},
		{"<sam@example.org>", "<[address hidden]>"},
		{"Müller: jürgen.müller@beispiel.de", "Müller: [address hidden]"},
		{"two: a@example.org and b@example.net", "two: [address hidden] and [address hidden]"},
		{"My pace is 5:30/km @ 150 bpm.", "My pace is 5:30/km @ 150 bpm."},
		{"@coach on the forum said so", "@coach on the forum said so"},
		{"the club@home event", "the club@home event"},
		{"My session: 6x800m@3.45 with 90s rest, then 5k@4.20.", "My session: 6x800m@3.45 with 90s rest, then 5k@4.20."},
		{"全角で yamada＠example．jp です", "全角で [address hidden] です"},
		{"ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｊｐ", "[address hidden]"},
		{"small at: li﹫example.cn", "small at: [address hidden]"},
		{"pasted: bob\u200b@ex\u200bample.org.", "pasted: [address hidden]."},
		{"soft hyphen: bob@exam\u00adple.org", "soft hyphen: [address hidden]"},
		{"turned: b\u202eo\u202cb@example.org", "turned: [address hidden]"},
		{"decomposed: jose\u0301@example.org", "decomposed: [address hidden]"},
		{"ランチ＠渋谷。楽しかった", "ランチ＠渋谷。楽しかった"},
		{"10km＠５分ペース", "10km＠５分ペース"},
		{"昨日はランチ＠渋谷．楽しかった．", "昨日はランチ＠渋谷．楽しかった．"},
		{"連絡は yamada＠example．jp．よろしく", "連絡は [address hidden]．よろしく"},
		{"ランチ＠渋谷．カフェ＠原宿．", "ランチ＠渋谷．カフェ＠原宿．"},
	}
	for _, tt := range tests {
		if got := HideAddresses(tt.in); got != tt.want {
			t.Errorf("HideAddresses(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHideAddressesOf(t *testing.T) {
	private := []string{"ann@reader.example", "coach@home.example"}
	tests := []struct{ in, want string }{
		{"From: Ann [mailto:ann@reader.example]", "From: Ann [[address hidden]]"},
		{"Ann <ANN@Reader.Example> wrote", "Ann <[address hidden]> wrote"},
		{"mail coach＠home．example or the club at info@club.example", "mail [address hidden] or the club at info@club.example"},
		{"joann@reader.example and ann@reader.example.org stay", "joann@reader.example and ann@reader.example.org stay"},
		{"返信は coach＠home．example．よろしく", "返信は [address hidden]．よろしく"},
		{"no address", "no address"},
	}
	for _, tt := range tests {
		if got := HideAddressesOf(tt.in, private...); got != tt.want {
			t.Errorf("HideAddressesOf(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := HideAddressesOf("x@y.example", ""); got != "x@y.example" {
		t.Errorf("HideAddressesOf with an empty address = %q, want it unchanged", got)
	}
}
