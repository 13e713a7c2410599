package main

import (
	"fmt"
	"io"
	"time"
)

// progress reports how far a long command has got. Commands only speak to
// this interface, so that a reporter drawing a bar on a terminal can take
// the place of plain lines without the commands changing.
type progress interface {
	// Update says that done of total units are through; total is 0 when
	// unknown.
	Update(done, total int64)
	// Done ends the report.
	Done()
}

// newProgress returns the reporter for a command's progress on w, which is
// its standard error: lines of plain text.
func newProgress(w io.Writer, what string) progress {
	return &lineProgress{w: w, what: what, every: 5 * time.Second, now: time.Now}
}

// lineProgress writes a line at every tenth of the way, and at least every
// few seconds while the total is unknown, so that a log or a pipe gets a
// handful of lines rather than a redrawn bar.
type lineProgress struct {
	w          io.Writer
	what       string
	every      time.Duration
	now        func() time.Time
	lastTenth  int64
	lastLine   time.Time
	done, tote int64
}

func (p *lineProgress) Update(done, total int64) {
	p.done, p.tote = done, total
	if total > 0 {
		tenth := done * 10 / total
		if tenth > p.lastTenth && tenth < 10 {
			p.lastTenth = tenth
			fmt.Fprintf(p.w, "%s: %d%%\n", p.what, tenth*10)
		}
		return
	}
	if now := p.now(); now.Sub(p.lastLine) >= p.every {
		p.lastLine = now
		fmt.Fprintf(p.w, "%s: %d so far\n", p.what, done)
	}
}

func (p *lineProgress) Done() {
	if p.tote > 0 {
		fmt.Fprintf(p.w, "%s: 100%%\n", p.what)
	}
}
