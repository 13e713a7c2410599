package data

import (
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
)

// Search limits: enough for any honest query, few enough that a hostile
// one stays cheap.
const (
	maxSearchTerms   = 8
	maxSearchTermLen = 40
)

// searchWeights weigh a hit in the title, the question and the answer.
var searchWeights = [3]float64{4, 1, 1.5}

// SearchTerms splits a reader's query into the words it will match: runs
// of letters and digits, lowercased, at most a few of them. Everything else
// (quotes, operators, brackets, stars, column filters) is dropped, so no
// input can change the meaning of the full-text query.
func SearchTerms(q string) []string {
	var terms []string
	seen := map[string]bool{}
	for _, w := range strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		w = strings.ToLower(w)
		if r := []rune(w); len(r) > maxSearchTermLen {
			w = string(r[:maxSearchTermLen])
		}
		if seen[w] {
			continue
		}
		seen[w] = true
		terms = append(terms, w)
		if len(terms) == maxSearchTerms {
			break
		}
	}
	return terms
}

// matchExpr builds the FTS4 query for terms: every term must match, as a
// quoted token so that words like OR and NEAR stay words, and terms of
// three or more letters also match as prefixes ("run" finds "running").
func matchExpr(terms []string) string {
	parts := make([]string, len(terms))
	for i, t := range terms {
		if len([]rune(t)) >= 3 {
			parts[i] = `"` + t + `*"`
		} else {
			parts[i] = `"` + t + `"`
		}
	}
	return strings.Join(parts, " ")
}

// hit is one matching question and its score.
type hit struct {
	id    int64
	score float64
}

// better reports whether a ranks above b: the higher score, and between
// equal scores the newer question.
func better(a, b hit) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	return a.id > b.id
}

// Search finds the public questions matching query in their title,
// question or answer, best first, and returns the ids of one page of them
// (Summaries gives the questions) and how many matched in all. A query
// with no words matches nothing.
//
// The index holds public questions only, so every row the match returns
// counts. Each is scored as it is read and only the best offset+limit are
// kept.
func (r Queries) Search(ctx context.Context, query string, limit, offset int) ([]int64, int, error) {
	terms := SearchTerms(query)
	if len(terms) == 0 || limit <= 0 || offset < 0 {
		return nil, 0, nil
	}
	rows, err := r.query(ctx, `SELECT docid, matchinfo(question_search, 'pcnalx')
		FROM question_search WHERE question_search MATCH ?`, matchExpr(terms))
	if err != nil {
		return nil, 0, fmt.Errorf("search: %w", err)
	}
	defer rows.Close()
	best := topHits{max: offset + limit}
	total := 0
	for rows.Next() {
		var h hit
		var info []byte
		if err := rows.Scan(&h.id, &info); err != nil {
			return nil, 0, fmt.Errorf("search: %w", err)
		}
		if h.score, err = bm25(info); err != nil {
			return nil, 0, fmt.Errorf("search: question %d: %w", h.id, err)
		}
		best.add(h)
		total++
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("search: %w", err)
	}
	ranked := best.sorted()
	if offset >= len(ranked) {
		return nil, total, nil
	}
	ids := make([]int64, 0, limit)
	for _, h := range ranked[offset:] {
		ids = append(ids, h.id)
	}
	return ids, total, nil
}

// topHits keeps the max best hits seen, as a heap whose root is the worst
// of them, so that a query matching thousands of questions holds only as
// many as the page needs.
type topHits struct {
	max  int
	hits []hit
}

func (t *topHits) add(h hit) {
	if len(t.hits) < t.max {
		t.hits = append(t.hits, h)
		t.up(len(t.hits) - 1)
		return
	}
	if !better(h, t.hits[0]) {
		return
	}
	t.hits[0] = h
	t.down(0)
}

func (t *topHits) up(i int) {
	for i > 0 {
		parent := (i - 1) / 2
		if !better(t.hits[parent], t.hits[i]) {
			return
		}
		t.hits[parent], t.hits[i] = t.hits[i], t.hits[parent]
		i = parent
	}
}

func (t *topHits) down(i int) {
	for {
		worst, l, r := i, 2*i+1, 2*i+2
		if l < len(t.hits) && better(t.hits[worst], t.hits[l]) {
			worst = l
		}
		if r < len(t.hits) && better(t.hits[worst], t.hits[r]) {
			worst = r
		}
		if worst == i {
			return
		}
		t.hits[worst], t.hits[i] = t.hits[i], t.hits[worst]
		i = worst
	}
}

// sorted returns the kept hits best first.
func (t *topHits) sorted() []hit {
	slices.SortFunc(t.hits, func(a, b hit) int {
		if better(a, b) {
			return -1
		}
		if better(b, a) {
			return 1
		}
		return 0
	})
	return t.hits
}

// bm25 scores one row from its matchinfo 'pcnalx' blob: Okapi BM25 summed
// over phrases and columns, each column weighted. The blob is an array of
// native-endian 32-bit unsigned integers.
func bm25(info []byte) (float64, error) {
	if len(info)%4 != 0 || len(info) < 12 {
		return 0, fmt.Errorf("matchinfo: %d bytes", len(info))
	}
	v := make([]uint32, len(info)/4)
	for i := range v {
		v[i] = binary.NativeEndian.Uint32(info[i*4:])
	}
	p, c, n := int(v[0]), int(v[1]), float64(v[2])
	if c != len(searchWeights) || len(v) != 3+2*c+3*p*c {
		return 0, fmt.Errorf("matchinfo: %d values for %d phrases and %d columns", len(v), p, c)
	}
	const k1, b = 1.2, 0.75
	avg, length, x := v[3:3+c], v[3+c:3+2*c], v[3+2*c:]
	score := 0.0
	for i := range p {
		for j := range c {
			tf := float64(x[3*(i*c+j)])
			docs := float64(x[3*(i*c+j)+2])
			if tf == 0 {
				continue
			}
			idf := math.Log(1 + (n-docs+0.5)/(docs+0.5))
			norm := 1.0
			if avg[j] > 0 {
				norm = 1 - b + b*float64(length[j])/float64(avg[j])
			}
			score += searchWeights[j] * idf * tf * (k1 + 1) / (tf + k1*norm)
		}
	}
	return score, nil
}
