package prose

import (
	"regexp"
	"strconv"
	"strings"
)

// A list item indented two columns or more under another one is nested in
// it: mail clients that turn a nested HTML list into text indent it under
// its item, and Outlook's plain part marks its second level "o" and its
// third "§", each followed by a tab or a run of spaces. Those two marks,
// and letters ("a)"), mean a list only there: at the start of a line of
// prose "o my god" is text. Even there "e. g.", "i. e.", "§ 3" (a section
// of a statute) and "o en el parque" (Spanish "or", in a line the writer
// broke) are text, whose first letter or sign an item would drop.

// lettered is the mark of an item counted in letters or roman numerals,
// lower or upper case (see ItemMark).
var lettered = regexp.MustCompile(`^([a-zA-Z]|[ivxlcdm]{2,9}|[IVXLCDM]{2,9})[.)]\s+`)

// abbreviated is what follows the first letter of "e. g." or "i. e.".
var abbreviated = regexp.MustCompile(`^[a-z]\.(\s|$)`)

// outlookMark is Outlook's mark of a nested item, with the run of white
// space it puts after it.
var outlookMark = regexp.MustCompile(`^[o§](\t| {2,})`)

// nestedIndent is how far an item must be indented under the item above
// to be nested in it.
const nestedIndent = 2

// tabWidth is the columns a tab before an item is taken to stand for.
const tabWidth = 4

// item is one line read as a list item.
type item struct {
	kind   Kind
	text   string // without its marker, on one line
	indent int    // the column its marker starts at
	start  int    // its number, for a numbered item, as a first item
	count  string // how it counts, as a first item (see ItemMark)
	mark   string // its letters or roman numerals
}

// readItem reads line as a list item. The marks that mean an item only
// under another one count from the column minNested on.
func readItem(line string, minNested int) (item, bool) {
	t := strings.TrimLeft(line, " \t")
	it := item{indent: columns(line[:len(line)-len(t)])}
	kind, rest := Line(t)
	switch {
	case kind == Numbered:
		it.start, _ = strconv.Atoi(strings.TrimRight(strings.TrimSpace(numbered.FindString(t)), ".)"))
	case kind == Bullet:
	case it.indent < minNested:
		return it, false
	case outlookMark.MatchString(t):
		kind = Bullet
		rest = t[len(outlookMark.FindString(t)):]
	case lettered.MatchString(t) && !abbreviated.MatchString(t[len(lettered.FindString(t)):]):
		m := lettered.FindString(t)
		it.mark = strings.TrimRight(strings.TrimSpace(m), ".)")
		var ok bool
		if it.count, it.start, ok = firstCount(it.mark); !ok {
			return it, false
		}
		kind, rest = Numbered, t[len(m):]
	default:
		return it, false
	}
	if strings.TrimSpace(rest) == "" {
		return it, false // a mark alone is no item
	}
	it.kind = kind
	it.text = strings.Join(strings.Fields(rest), " ")
	return it, true
}

// columns is the width of the white space s.
func columns(s string) int {
	n := 0
	for _, r := range s {
		if r == '\t' {
			n += tabWidth - n%tabWidth
			continue
		}
		n++
	}
	return n
}

// parser reads a list and the lists nested in it from lines.
type parser struct {
	lines []string
	i     int    // the next line to read
	prev  string // the last line read, as typed, to tell a wrapped break
	tail  shortTail
}

// list reads a list of one kind from lines[p.i], with the lists nested in
// its items, at depth levels of nesting. It ends at a blank line, a quote,
// text that does not go on an item, an item of another kind at its level
// and, nested, an item indented less than its first.
func (p *parser) list(depth int) (b Block) {
	first, _ := readItem(p.lines[p.i], 0)
	b = Block{Kind: first.kind, Count: first.count}
	// An item's wrapped pieces are joined once it ends.
	var more []string
	endItem := func() {
		if len(more) > 0 {
			b.Lines[len(b.Lines)-1] += " " + strings.Join(more, " ")
			more = more[:0]
		}
	}
	defer endItem()
	if first.kind == Numbered {
		b.Start = first.start
	}
	minNested := first.indent + nestedIndent
	if depth > 0 {
		minNested = nestedIndent
	}
	closed := false // a nested list just ended: an item less indented is ours
	for p.i < len(p.lines) {
		line := p.lines[p.i]
		if strings.TrimSpace(line) == "" {
			return b
		}
		if _, ok := quoted(line); ok {
			return b
		}
		it, ok := readItem(line, minNested)
		switch {
		case !ok:
			rest := strings.Join(strings.Fields(line), " ")
			if !wrapped(p.prev, rest) || p.tail.signOff(p.prev, p.lines, p.i) {
				return b
			}
			// The client broke the item's line where it went on.
			more = append(more, rest)
		case it.indent >= first.indent+nestedIndent && !closed:
			for len(b.Nested) < len(b.Lines) {
				b.Nested = append(b.Nested, nil)
			}
			b.Nested[len(b.Lines)-1] = p.nested(depth + 1)
			closed = true
			continue
		case depth > 0 && it.indent < first.indent,
			it.kind != b.Kind || !countsAs(it, b.Count):
			return b
		default:
			endItem()
			b.Lines = append(b.Lines, it.text)
			closed = false
		}
		p.prev = line
		p.i++
	}
	return b
}

// countsAs reports whether item it goes on a list that counts in count:
// "i." goes on "h." as a letter, and on nothing but roman numerals as one.
func countsAs(it item, count string) bool {
	if it.mark == "" || count == "" {
		return it.mark == "" && count == ""
	}
	_, ok := countOf(it.mark, count)
	return ok
}

// nested reads the lists at one level of nesting under an item: one list,
// or more where the kind of item changes.
func (p *parser) nested(depth int) []Block {
	first, _ := readItem(p.lines[p.i], 0)
	var out []Block
	for p.i < len(p.lines) {
		it, ok := readItem(p.lines[p.i], nestedIndent)
		if !ok || it.indent < first.indent {
			break
		}
		out = append(out, p.list(depth))
	}
	return out
}
