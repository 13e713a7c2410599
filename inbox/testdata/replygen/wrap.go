package main

import (
	"strings"
	"unicode/utf8"
)

// wrapLine breaks a line at spaces so no piece passes width characters,
// as a text editor's auto-wrap does. keep is appended to every piece but
// the last (" " for format=flowed soft breaks).
func wrapLine(l string, width int, keep string) []string {
	if utf8.RuneCountInString(l) <= width {
		return []string{l}
	}
	var out []string
	var cur []string
	n := 0
	for _, w := range strings.Split(l, " ") {
		wl := utf8.RuneCountInString(w)
		if n > 0 && n+1+wl > width {
			out = append(out, strings.Join(cur, " ")+keep)
			cur, n = nil, 0
		}
		if n > 0 {
			n++
		}
		cur = append(cur, w)
		n += wl
	}
	return append(out, strings.Join(cur, " "))
}

// hardWrap wraps every line of the owner's text the way her editor did.
func hardWrap(ls []string, width int) []string {
	var out []string
	for _, l := range ls {
		out = append(out, wrapLine(l, width, "")...)
	}
	return out
}

// flowed writes lines as format=flowed (RFC 3676): long lines end in a
// space at each soft break; prefix is the quote marker, if any.
func flowed(ls []string, prefix string, width int) []string {
	var out []string
	for _, l := range ls {
		if l == "-- " {
			out = append(out, l)
			continue
		}
		if strings.HasPrefix(l, " ") || strings.HasPrefix(l, "From ") || (prefix == "" && strings.HasPrefix(l, ">")) {
			l = " " + l
		}
		for _, piece := range wrapLine(l, width-len(prefix), " ") {
			out = append(out, prefix+piece)
		}
	}
	for i, l := range out {
		if l == ">" || l == "> " {
			out[i] = strings.TrimRight(prefix, " ")
		}
	}
	return out
}

// wrapOwner hard-wraps the owner's own blocks (not the quotes) in place,
// for clients whose editor inserts real line breaks.
func wrapOwner(r *reply, width int) {
	for i, b := range r.blocks {
		if !b.quote {
			r.blocks[i].lines = hardWrap(b.lines, width)
		}
	}
}

// lostPrefixWrap quotes lines with prefix and wraps them at width the way
// Outlook's plain-text editor does: the part of a long line carried to
// the next line loses its quote mark.
func lostPrefixWrap(ls []string, prefix string, width int) []string {
	var out []string
	for _, l := range ls {
		pieces := wrapLine(prefix+l, width, "")
		out = append(out, strings.TrimRight(pieces[0], " "))
		out = append(out, pieces[1:]...)
	}
	return out
}
