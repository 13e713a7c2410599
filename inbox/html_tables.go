package inbox

import "golang.org/x/net/html"

// cellState is what the renderer keeps of an open table cell. A block in
// a cell asks for its line break only once more of the cell's text
// follows: a table of paces whose every cell holds a paragraph, as Word
// and Thunderbird write them, reads a row on a line with its cells apart,
// as it shows.
type cellState struct {
	from    int  // words written when the cell opened
	lines   int  // lines finished when the cell opened
	pending bool // a break is due before the cell's next text
	para    bool // the break due is a blank line
	sep     bool // a cell with text came before in the row
}

func (r *textRenderer) row(n *html.Node, depth int) {
	outer := r.inCell
	r.settle()
	r.inCell = nil
	r.breakLine(false)
	r.cells = append(r.cells, 0)
	r.children(n, depth)
	r.cells = r.cells[:len(r.cells)-1]
	r.inCell = nil
	r.breakLine(false)
	r.inCell = outer
}

func (r *textRenderer) cell(n *html.Node, depth int) {
	k := len(r.cells)
	if k == 0 {
		r.children(n, depth)
		return
	}
	outer := r.inCell
	c := &cellState{from: r.written, lines: r.finished, sep: r.cells[k-1] > 0}
	r.inCell = c
	r.children(n, depth)
	r.inCell = outer
	if r.written > c.from {
		r.cells[k-1]++
	}
	// A cell of several lines ends its last as it asked; the next cell
	// starts a line of its own.
	if c.pending && r.finished > c.lines {
		r.breakLine(c.para)
	}
}

// settle makes the line break a block in the open cell asked for, now
// that text of the cell follows, and the mark between it and the cell
// before. A break asked for before the cell's first text is dropped, but
// for a list item, which starts a line.
func (r *textRenderer) settle() {
	c := r.inCell
	if c == nil {
		return
	}
	switch {
	case c.pending && (r.written > c.from || r.marker != ""):
		r.inCell = nil
		r.breakLine(c.para)
		r.inCell = c
	case c.sep && r.open:
		r.line.WriteString(" |")
		r.space = true
	}
	c.pending, c.para, c.sep = false, false, false
}

// emptyLine is an empty block written for a blank line: in a cell, it
// asks for one before the cell's next text, as the line it follows may
// still be open.
func (r *textRenderer) emptyLine() {
	if c := r.inCell; c != nil {
		c.pending, c.para = true, true
		return
	}
	if r.started {
		r.blank = true
	}
}
