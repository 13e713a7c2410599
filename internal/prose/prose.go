// Package prose reads the little structure that text typed into a mail
// has: paragraphs, the lines within them that were meant as lines,
// bulleted and numbered lists, and quotes. The site, the feeds and both
// parts of the digest read it the same way.
//
// A mail client wraps long lines as it sends them, at about 72 characters,
// so a line break inside a paragraph usually means nothing and the lines
// are joined. A break after a line so short that the next word would have
// fitted on it was typed: an address, a sign-off ("Viele Grüße\nSam") or a
// short list without markers keeps it.
package prose

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Kind is what a line of text, or a block, is.
type Kind byte

const (
	Text     Kind = 'p' // running text; as a block, a paragraph
	Bullet   Kind = 'u' // an item of a bulleted list: "- ", "* ", "• " or "· "; as a block, the list
	Numbered Kind = 'o' // an item of a numbered list: "1. " or "1) "; as a block, the list
	Quote    Kind = 'q' // a block of lines starting ">", as mail quotes
)

// WrapWidth is the narrowest line a mail client is taken to wrap at. A
// line break after a line that still had room for the next word, within
// this width, was typed on purpose.
const WrapWidth = 60

// maxQuoteDepth is how deep quotes nest as blocks: deeper quote marks are
// kept as text of the deepest quote. Mail seldom quotes more than a dozen
// levels, and a line of nothing but ">" would otherwise nest once for each
// of them, as deep as the stack goes.
const maxQuoteDepth = 32

// signOffRunes is the longest line of a sign-off or an address
// ("Mit freundlichen Grüßen").
const signOffRunes = 30

// Block is one paragraph, list or quote.
type Block struct {
	Kind Kind
	// Lines are the paragraph's lines, each to be shown on a line of its
	// own with wrapped lines already joined; or the list's items, one
	// each. A quote has none.
	Lines []string
	// Blocks is what a quote holds.
	Blocks []Block
	// Start is the number of a numbered list's first item, which goes on
	// from an earlier part of the list where a nested one came between.
	Start int
	// Nested are the lists under a list's items: Nested[i] under
	// Lines[i]. It may be shorter than Lines, or nil.
	Nested [][]Block
	// Count is how a numbered list counts: "" in digits, "a" or "A" in
	// letters, "i" or "I" in roman numerals (see ItemMark).
	Count string
}

var numbered = regexp.MustCompile(`^\s*\d{1,3}[.)]\s+`)

// Line tells a list item from running text and returns the line without
// its list marker. A marker with nothing after it is text: an item would
// show nothing and lose what was typed.
func Line(line string) (Kind, string) {
	t := strings.TrimLeft(line, " \t")
	// "· " is the bullet Word writes for the readers of its lists in
	// its Symbol font.
	if strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "• ") || strings.HasPrefix(t, "· ") {
		if _, rest, _ := strings.Cut(t, " "); strings.TrimSpace(rest) != "" {
			return Bullet, rest
		}
	}
	if m := numbered.FindString(line); m != "" && strings.TrimSpace(line[len(m):]) != "" {
		return Numbered, line[len(m):]
	}
	return Text, line
}

// Parse reads s into blocks. Blank lines end paragraphs, lists and quotes;
// a list item or a quote line also ends the paragraph before it. Every
// line is trimmed; no block is empty.
func Parse(s string) []Block {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	return parseLines(strings.Split(s, "\n"), 0)
}

// quoted reports whether line is part of a quote and returns it with one
// level of quoting removed.
func quoted(line string) (string, bool) {
	t := strings.TrimLeft(line, " \t")
	if !strings.HasPrefix(t, ">") {
		return line, false
	}
	t = t[1:]
	if strings.HasPrefix(t, " ") {
		t = t[1:]
	}
	return t, true
}

// parseLines reads lines into blocks, inside depth quotes.
func parseLines(lines []string, depth int) []Block {
	var out []Block
	for i := 0; i < len(lines); {
		line := lines[i]
		if strings.TrimSpace(line) == "" {
			i++
			continue
		}
		if _, ok := quoted(line); ok {
			var inner []string
			for ; i < len(lines); i++ {
				rest, ok := quoted(lines[i])
				if !ok {
					break
				}
				inner = append(inner, rest)
			}
			if depth+1 == maxQuoteDepth {
				if b := literal(inner); len(b.Lines) > 0 {
					out = append(out, Block{Kind: Quote, Blocks: []Block{b}})
				}
				continue
			}
			if bs := parseLines(inner, depth+1); len(bs) > 0 {
				out = append(out, Block{Kind: Quote, Blocks: bs})
			}
			continue
		}
		var b Block
		b, i = readBlock(lines, i)
		out = append(out, b)
	}
	return out
}

// literal is lines as a paragraph of them as typed, trimmed, without the
// blank ones.
func literal(lines []string) Block {
	b := Block{Kind: Text}
	for _, l := range lines {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			b.Lines = append(b.Lines, l)
		}
	}
	return b
}

// readBlock reads the paragraph or list that starts at lines[i], up to a
// blank line, a quote or a change between text and list, and returns it
// with the index of the line after it.
func readBlock(lines []string, i int) (Block, int) {
	if kind, _ := Line(lines[i]); kind != Text {
		p := &parser{lines: lines, i: i}
		return p.list(0), p.i
	}
	b := Block{Kind: Text}
	prev := "" // the last line read, as typed, to tell a wrapped break
	var last joined
	var tail shortTail
	for ; i < len(lines); i++ {
		line := lines[i]
		if strings.TrimSpace(line) == "" {
			break
		}
		if _, ok := quoted(line); ok {
			break
		}
		k, rest := Line(line)
		if k != Text {
			break
		}
		rest = strings.Join(strings.Fields(rest), " ")
		if prev != "" && wrapped(prev, rest) && !tail.signOff(prev, lines, i) {
			// The client broke a line that went on.
			last.add(rest)
		} else {
			last.end(&b)
			last.add(rest)
		}
		prev = line
	}
	last.end(&b)
	return b, i
}

// joined is a line of a block as its wrapped pieces, joined once it ends:
// joining each piece as it comes copies the line again for every piece.
type joined struct {
	parts []string
	open  bool
}

func (j *joined) add(s string) {
	j.parts = append(j.parts, s)
	j.open = true
}

// end appends the line, if one was begun, to b's lines.
func (j *joined) end(b *Block) {
	if j.open {
		b.Lines = append(b.Lines, strings.Join(j.parts, " "))
	}
	j.parts, j.open = j.parts[:0], false
}

// wrapped reports whether the break between prev and a following line
// that reads next was made by a client wrapping a long line: next's first
// word would not have fitted on prev within WrapWidth, or prev ends in a
// space, as format=flowed marks soft breaks (RFC 3676 4.2).
func wrapped(prev, next string) bool {
	if strings.HasSuffix(prev, " ") && strings.TrimSpace(prev) != "--" {
		return true
	}
	word, _, _ := strings.Cut(next, " ")
	prev = strings.TrimRight(prev, " \t")
	return utf8.RuneCountInString(prev)+1+utf8.RuneCountInString(word) > WrapWidth
}

// shortTail reports whether lines[i:], up to the end of their block, are
// a sign-off or an address under a paragraph that ends with a sentence:
// two or more short lines, which no client would have wrapped that way.
// It keeps where its last look stopped, so that the lines of a block are
// looked at once, not once for every line above them.
type shortTail struct {
	from, stop int
	long       bool // stop is a line too long for a sign-off
}

func (t *shortTail) signOff(prev string, lines []string, i int) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(prev, " \t"))
	if !strings.ContainsRune(".!?…", last) {
		return false
	}
	if i < t.from || i >= t.stop {
		t.from, t.stop, t.long = i, i, false
		for ; t.stop < len(lines); t.stop++ {
			line := lines[t.stop]
			if strings.TrimSpace(line) == "" {
				break
			}
			if _, ok := quoted(line); ok {
				break
			}
			if k, _ := Line(line); k != Text {
				break
			}
			if utf8.RuneCountInString(strings.TrimSpace(line)) > signOffRunes {
				t.long = true
				break
			}
		}
	}
	return !t.long && t.stop-i >= 2
}

// Plain returns blocks as one line of text, for snippets and counting.
func Plain(bs []Block) string {
	var parts []string
	for _, b := range bs {
		for i, line := range b.Lines {
			parts = append(parts, line)
			if i < len(b.Nested) && len(b.Nested[i]) > 0 {
				parts = append(parts, Plain(b.Nested[i]))
			}
		}
		if b.Kind == Quote {
			parts = append(parts, Plain(b.Blocks))
		}
	}
	return strings.Join(parts, " ")
}

// Wrap breaks s into lines of at most width runes at spaces, as a mail
// client would before sending; a word longer than width gets a line of its
// own. Line breaks already in s stay.
func Wrap(s string, width int) string {
	var b strings.Builder
	for i, para := range strings.Split(s, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		n := 0
		for j, w := range strings.Fields(para) {
			wl := utf8.RuneCountInString(w)
			switch {
			case j == 0:
			case n+1+wl > width:
				b.WriteByte('\n')
				n = 0
			default:
				b.WriteByte(' ')
				n++
			}
			b.WriteString(w)
			n += wl
		}
	}
	return b.String()
}
