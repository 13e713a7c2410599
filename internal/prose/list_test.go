package prose

import (
	"reflect"
	"testing"
)

func TestParseNested(t *testing.T) {
	p := func(lines ...string) Block { return Block{Kind: Text, Lines: lines} }
	ul := func(lines ...string) Block { return Block{Kind: Bullet, Lines: lines} }
	ol := func(start int, lines ...string) Block { return Block{Kind: Numbered, Start: start, Lines: lines} }
	under := func(b Block, nested ...[]Block) Block { b.Nested = nested; return b }
	tests := []struct {
		name string
		in   string
		want []Block
	}{
		{"two spaces", "- Monday\n  - easy 5 km\n  - strides\n- Tuesday",
			[]Block{under(ul("Monday", "Tuesday"), []Block{ul("easy 5 km", "strides")})}},
		{"tab", "- Monday\n\t- easy 5 km\n- Tuesday",
			[]Block{under(ul("Monday", "Tuesday"), []Block{ul("easy 5 km")})}},
		{"under a later item", "1. warm up\n2. intervals\n   - 6 x 400 m\n   - 200 m jog between",
			[]Block{under(ol(1, "warm up", "intervals"), nil, []Block{ul("6 x 400 m", "200 m jog between")})}},
		{"numbers under bullets", "- Monday\n  1. jog\n  2. stretch",
			[]Block{under(ul("Monday"), []Block{ol(1, "jog", "stretch")})}},
		{"letters", "1. plan\n   a) easy week\n   b) hard week",
			[]Block{under(ol(1, "plan"), []Block{{Kind: Numbered, Start: 1, Count: "a", Lines: []string{"easy week", "hard week"}}})}},
		{"capitals", "1. plan\n   A. easy week\n   B. hard week",
			[]Block{under(ol(1, "plan"), []Block{{Kind: Numbered, Start: 1, Count: "A", Lines: []string{"easy week", "hard week"}}})}},
		{"roman", "- plan\n  i. base\n  ii. build\n  iii. taper",
			[]Block{under(ul("plan"), []Block{{Kind: Numbered, Start: 1, Count: "i", Lines: []string{"base", "build", "taper"}}})}},
		{"i after h is a letter", "- plan\n  h. base\n  i. build",
			[]Block{under(ul("plan"), []Block{{Kind: Numbered, Start: 8, Count: "a", Lines: []string{"base", "build"}}})}},
		{"v after iv is roman", "- plan\n  iv. base\n  v. build",
			[]Block{under(ul("plan"), []Block{{Kind: Numbered, Start: 4, Count: "i", Lines: []string{"base", "build"}}})}},
		{"capitals end lower case", "- plan\n  a. base\n  B. build",
			[]Block{under(ul("plan"), []Block{{Kind: Numbered, Start: 1, Count: "a", Lines: []string{"base"}}, {Kind: Numbered, Start: 2, Count: "A", Lines: []string{"build"}}})}},
		{"no roman numeral", "- plan\n  ll. base", []Block{ul("plan"), p("ll. base")}},
		{"kind changes under one item", "- Monday\n  - jog\n  1. stretch",
			[]Block{under(ul("Monday"), []Block{ul("jog"), ol(1, "stretch")})}},
		{"three levels", "- a\n  - b\n    - c\n  - d\n- e",
			[]Block{under(ul("a", "e"), []Block{under(ul("b", "d"), []Block{ul("c")})})}},
		{"outlook", "*   Monday\n     o   easy 5 km\n          §   relaxed\n     o   strides\n*   Tuesday",
			[]Block{under(ul("Monday", "Tuesday"), []Block{under(ul("easy 5 km", "strides"), []Block{ul("relaxed")})})}},
		{"outlook numbers", "1.  Monday\n     o   easy\n2.  Tuesday",
			[]Block{under(ol(1, "Monday", "Tuesday"), []Block{ul("easy")})}},
		{"wrapped nested item", "- Monday\n  - " + wrap72(long) + "\n- Tuesday",
			[]Block{under(ul("Monday", "Tuesday"), []Block{ul(long)})}},
		{"dedent past a nested list", "- a\n    - b\n  - c",
			[]Block{under(ul("a", "c"), []Block{ul("b")})}},
		{"text ends the list", "- a\n  - b\nThanks", []Block{under(ul("a"), []Block{ul("b")}), p("Thanks")}},
		{"o in prose", "o my god\no well", []Block{p("o my god", "o well")}},
		{"outlook mark alone", "- a\n  o   \n- b", []Block{ul("a"), p("o"), ul("b")}},
		{"letter alone", "1. a\n   b)\t", []Block{ol(1, "a"), p("b)")}},
		{"o under a paragraph", "Well:\n  o my god", []Block{p("Well:", "o my god")}},
		{"o beside an item", "- a\no my god", []Block{ul("a"), p("o my god")}},
		{"letter in prose", "Ask:\n  a) nothing", []Block{p("Ask:", "a) nothing")}},
		{"code under a paragraph", "Run this:\n    go test ./...", []Block{p("Run this:", "go test ./...")}},
		{"for example under an item", "1. long run\n   e. g. 90 minutes\n2. rest",
			[]Block{ol(1, "long run"), p("e. g. 90 minutes"), ol(2, "rest")}},
		{"that is under an item", "- warm up\n  i. e. until you sweat\n- run",
			[]Block{ul("warm up"), p("i. e. until you sweat"), ul("run")}},
		{"statute under an item", "1. read the rules\n   § 3 covers injuries\n2. sign",
			[]Block{ol(1, "read the rules"), p("§ 3 covers injuries"), ol(2, "sign")}},
		{"or under an item, in a line the writer broke", "1. run three times, on the track\n   o en el parque si llueve.\n2. rest",
			[]Block{ol(1, "run three times, on the track"), p("o en el parque si llueve."), ol(2, "rest")}},
		{"outlook's mark after a tab", "*   Monday\n\to\teasy",
			[]Block{under(ul("Monday"), []Block{ul("easy")})}},
		{"indented first item stays top", "Do:\n  - this\n  - that", []Block{p("Do:"), ul("this", "that")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Parse(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Parse(%q)\n got %+v\nwant %+v", tt.in, got, tt.want)
			}
		})
	}
}

func TestPlainNested(t *testing.T) {
	got := Plain(Parse("- Monday\n  - easy\n- Tuesday"))
	if want := "Monday easy Tuesday"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestItemMark(t *testing.T) {
	tests := []struct {
		count string
		n     int
		want  string
	}{
		{"", 3, "3."}, {"a", 3, "c."}, {"A", 26, "Z."}, {"a", 27, "aa."}, {"a", 0, "0."},
		{"i", 4, "iv."}, {"I", 9, "IX."}, {"i", 1994, "mcmxciv."}, {"i", 4000, "4000."}, {"I", -1, "-1."},
	}
	for _, tt := range tests {
		if got := ItemMark(tt.count, tt.n); got != tt.want {
			t.Errorf("ItemMark(%q, %d): got %q, want %q", tt.count, tt.n, got, tt.want)
		}
	}
}
