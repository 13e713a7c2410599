package prose

import (
	"reflect"
	"strings"
	"testing"
)

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
		{"· easy runs only", Bullet, "easy runs only"},
		{"·not a list", Text, "·not a list"},
		{"1. easy run", Numbered, "easy run"},
		{"12) long run", Numbered, "long run"},
		{"-not a list", Text, "-not a list"},
		{"2024. was a good year", Text, "2024. was a good year"},
		{"- ", Text, "- "},
		{"  7)  ", Text, "  7)  "},
		{"• \u00a0", Text, "• \u00a0"},
	}
	for _, tt := range tests {
		if kind, rest := Line(tt.line); kind != tt.kind || rest != tt.rest {
			t.Errorf("Line(%q) = %c, %q; want %c, %q", tt.line, kind, rest, tt.kind, tt.rest)
		}
	}
}

// wrap72 breaks s as a mail client does at 72 characters.
func wrap72(s string) string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		if line != "" && len(line)+1+len(w) > 72 {
			lines = append(lines, line)
			line = w
			continue
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return strings.Join(append(lines, line), "\n")
}

const long = "Start with walk-run intervals: one minute running and two minutes walking, for twenty minutes, three times a week, and add a minute of running each week until you can run for thirty minutes without a break."

func TestParse(t *testing.T) {
	p := func(lines ...string) Block { return Block{Kind: Text, Lines: lines} }
	tests := []struct {
		name string
		in   string
		want []Block
	}{
		{"wrapped paragraph joins", wrap72(long), []Block{p(long)}},
		{"paragraphs", "One.\n\nTwo.", []Block{p("One."), p("Two.")}},
		{"sign-off stays", wrap72(long) + "\n\nViele Grüße\nSam", []Block{p(long), p("Viele Grüße", "Sam")}},
		{"sign-off under the text", wrap72(long) + "\nCheers,\nDominique",
			[]Block{p(long, "Cheers,", "Dominique")}},
		{"last wrapped line after a sentence", wrap72(long + " Then rest."), []Block{p(long + " Then rest.")}},
		{"address", "Lauftreff Nord\nMusterstraße 1\n12345 Berlin", []Block{p("Lauftreff Nord", "Musterstraße 1", "12345 Berlin")}},
		{"flowed soft break", "a short line \nthat goes on", []Block{p("a short line that goes on")}},
		{"signature dashes stay", "-- \nSam", []Block{p("--", "Sam")}},
		{"bullets", "Do:\n- this\n* that", []Block{p("Do:"), {Kind: Bullet, Lines: []string{"this", "that"}}}},
		{"wrapped item", "- " + wrap72(long) + "\n- two",
			[]Block{{Kind: Bullet, Lines: []string{long, "two"}}}},
		{"numbers", "1. one\n2) two\n10. ten", []Block{{Kind: Numbered, Lines: []string{"one", "two", "ten"}, Start: 1}}},
		{"numbers past a nested list", "1. strength\n   - calf raises\n  2) rest", []Block{{Kind: Numbered, Lines: []string{"strength", "rest"}, Start: 1,
			Nested: [][]Block{{{Kind: Bullet, Lines: []string{"calf raises"}}}}}}},
		{"list then text", "- a\nafter", []Block{{Kind: Bullet, Lines: []string{"a"}}, p("after")}},
		{"quote", "You wrote:\n> Is it OK\n> to run daily?\nYes.", []Block{p("You wrote:"),
			{Kind: Quote, Blocks: []Block{p("Is it OK", "to run daily?")}}, p("Yes.")}},
		{"quote of a wrapped paragraph", "> " + strings.ReplaceAll(wrap72(long), "\n", "\n> "),
			[]Block{{Kind: Quote, Blocks: []Block{p(long)}}}},
		{"nested quote", ">> deep\n> shallow", []Block{{Kind: Quote, Blocks: []Block{
			{Kind: Quote, Blocks: []Block{p("deep")}}, p("shallow")}}}},
		{"quote with paragraphs", "> one\n>\n> two", []Block{{Kind: Quote, Blocks: []Block{p("one"), p("two")}}}},
		{"empty quote", ">\n>", nil},
		{"blank lines", "\n\n\na\n\n\n\n", []Block{p("a")}},
		{"crlf", "a\r\nb", []Block{p("a", "b")}},
		{"markers with nothing after them", "Do:\n- \n1. ", []Block{p("Do:", "- 1.")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Parse(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Parse(%q)\n got %+v\nwant %+v", tt.in, got, tt.want)
			}
		})
	}
}

func TestPlain(t *testing.T) {
	got := Plain(Parse("One\ntwo\n\n- three\n> four"))
	if want := "One two three four"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestWrap(t *testing.T) {
	got := Wrap(long+"\n\nSam", 72)
	for _, line := range strings.Split(got, "\n") {
		if len(line) > 72 {
			t.Errorf("line of %d characters: %q", len(line), line)
		}
	}
	if want := wrap72(long) + "\n\nSam"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if blocks := Parse(got); !reflect.DeepEqual(blocks, Parse(long+"\n\nSam")) {
		t.Errorf("wrapped text reads as %+v", blocks)
	}
}

// Blocks of many lines are read in one pass: each line once looked at
// every line below it to the end of its block, and each wrapped piece
// copied the whole line it went on. At these sizes either takes minutes,
// and the test run times out rather than a clock being asserted.
func TestParseLongBlocks(t *testing.T) {
	const n = 200_000
	word := strings.Repeat("x", WrapWidth)
	t.Run("short sentences with soft breaks", func(t *testing.T) {
		got := Parse(strings.Repeat("a. \n", n))
		if len(got) != 1 || len(got[0].Lines) != n-1 || got[0].Lines[n-2] != "a. a." {
			t.Errorf("got %d blocks, want one of %d lines ending with the last two joined", len(got), n-1)
		}
	})
	t.Run("wrapped paragraph", func(t *testing.T) {
		got := Parse(strings.Repeat(word+" b\n", n))
		if len(got) != 1 || len(got[0].Lines) != 1 || len(got[0].Lines[0]) != n*(len(word)+3)-1 {
			t.Errorf("got %d blocks, want one paragraph of one line", len(got))
		}
	})
	t.Run("wrapped item with soft breaks", func(t *testing.T) {
		got := Parse("- a. \n" + strings.Repeat("b. \n", n) + word)
		if len(got) != 1 || len(got[0].Lines) != 1 || strings.Count(got[0].Lines[0], "b.") != n {
			t.Errorf("got %d blocks, want one item holding every line", len(got))
		}
	})
}

// Quotes nest as blocks as deep as maxQuoteDepth; the marks deeper than
// that stay text of the deepest quote. A line of a million ">" once nested
// a million blocks and overflowed the stack.
func TestParseDeepQuote(t *testing.T) {
	const marks = 1 << 20
	bs := Parse(strings.Repeat(">", marks) + " q")
	depth := 0
	for len(bs) == 1 && bs[0].Kind == Quote {
		depth++
		bs = bs[0].Blocks
	}
	want := strings.Repeat(">", marks-maxQuoteDepth) + " q"
	if depth != maxQuoteDepth || len(bs) != 1 || len(bs[0].Lines) != 1 || bs[0].Lines[0] != want {
		t.Errorf("got %d quotes around %d blocks, want %d around the rest of the line", depth, len(bs), maxQuoteDepth)
	}
}
