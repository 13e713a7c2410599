package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestProgressLines checks the progress a log or a pipe gets: a line at
// each tenth, one at the end, and no bar's control characters.
func TestProgressLines(t *testing.T) {
	tests := []struct {
		name  string
		total int64
		adds  []int64
		want  []string
	}{
		{"tenths", 20, []int64{1, 1, 1, 5, 12}, []string{
			"backup: 2 of 20 pages (10%)", "backup: 8 of 20 pages (40%)", "backup: 20 of 20 pages (100%)"}},
		{"one step", 1, []int64{1}, []string{"backup: 1 of 1 pages (100%)"}},
		{"nothing to do", 5, nil, []string{"backup: 0 of 5 pages (0%)"}},
		{"unknown total", 0, []int64{2, 3}, []string{"backup: 2 pages", "backup: 5 pages", "backup: 5 pages, done"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			m := &Main{Stderr: &out}
			p := m.progress("backup", "pages", tt.total)
			for _, n := range tt.adds {
				p.Add(n)
			}
			p.Done()
			p.Done()
			got := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
