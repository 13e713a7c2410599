package main

import (
	"fmt"
	"io"
	"os"

	"github.com/schollz/progressbar/v3"
)

// Progress shows how far a long command has come: a bar on a terminal,
// plain lines in a log or a pipe. It writes to standard error, so that
// what a command prints on standard output stays fit for a script.
type Progress interface {
	// Add counts n more of the task's steps as done.
	Add(n int64)
	// Done ends the task and shows where it ended.
	Done()
}

// progress starts showing a task of total steps, each one unit ("pages",
// "mails"); a total of 0 or less is unknown.
func (m *Main) progress(what, unit string, total int64) Progress {
	if isTerminal(m.Stderr) {
		return newProgressBar(m.Stderr, what, unit, total)
	}
	return &progressLines{w: m.Stderr, what: what, unit: unit, total: total}
}

// isTerminal reports whether w is a terminal, where a bar can redraw
// itself.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// progressBar redraws one line on a terminal.
type progressBar struct{ bar *progressbar.ProgressBar }

func newProgressBar(w io.Writer, what, unit string, total int64) *progressBar {
	if total <= 0 {
		total = -1 // a spinner
	}
	return &progressBar{bar: progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription(what),
		progressbar.OptionShowCount(),
		progressbar.OptionSetItsString(unit),
		progressbar.OptionShowIts(),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetWidth(30),
		progressbar.OptionShowElapsedTimeOnFinish(),
		progressbar.OptionOnCompletion(func() { fmt.Fprintln(w) }),
	)}
}

func (p *progressBar) Add(n int64) { p.bar.Add64(n) }

func (p *progressBar) Done() {
	if !p.bar.IsFinished() {
		p.bar.Finish()
	}
}

// progressLines writes a line at every tenth of the task, or at every
// step when the total is unknown, and one at the end: few enough for a
// log, and each line whole.
type progressLines struct {
	w           io.Writer
	what, unit  string
	total, done int64
	shown       int64 // tenths shown
	ended       bool
}

func (p *progressLines) Add(n int64) {
	p.done += n
	if p.total <= 0 {
		fmt.Fprintf(p.w, "%s: %d %s\n", p.what, p.done, p.unit)
		return
	}
	if tenth := min(p.done*10/p.total, 10); tenth > p.shown && p.done < p.total {
		p.shown = tenth
		p.line()
	}
}

func (p *progressLines) Done() {
	if p.ended {
		return
	}
	p.ended = true
	if p.total <= 0 {
		fmt.Fprintf(p.w, "%s: %d %s, done\n", p.what, p.done, p.unit)
		return
	}
	p.line()
}

func (p *progressLines) line() {
	fmt.Fprintf(p.w, "%s: %d of %d %s (%d%%)\n", p.what, p.done, p.total, p.unit, p.done*100/p.total)
}
