package data

import "strings"

// conditions collects the terms of a list's WHERE clause and their
// arguments, for the List methods whose filters leave fields unset.
type conditions struct {
	terms []string
	args  []any
}

// add adds term, with the arguments its placeholders take.
func (c *conditions) add(term string, args ...any) {
	c.terms = append(c.terms, term)
	c.args = append(c.args, args...)
}

// in adds "column IN (...)" over values; no values add nothing.
func in[T any](c *conditions, column string, values []T) {
	if len(values) == 0 {
		return
	}
	c.add(column+" IN (?"+strings.Repeat(",?", len(values)-1)+")", anys(values)...)
}

// anys is values as arguments of a query.
func anys[T any](values []T) []any {
	args := make([]any, len(values))
	for i, v := range values {
		args[i] = v
	}
	return args
}

// where is the WHERE clause, or "" without terms.
func (c *conditions) where() string {
	if len(c.terms) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(c.terms, " AND ")
}

// byID is the end of a list read oldest first, in batches of limit rows
// when limit is set; it adds limit's argument to c.
func (c *conditions) byID(limit int) string {
	if limit <= 0 {
		return " ORDER BY id"
	}
	c.args = append(c.args, limit)
	return " ORDER BY id LIMIT ?"
}

// inOrderOf puts rows, found by an IN over ids, in the order of ids; with
// no ids it returns rows as they are.
func inOrderOf[T any](rows []T, ids []int64, id func(T) int64) []T {
	if len(ids) == 0 {
		return rows
	}
	byID := make(map[int64]T, len(rows))
	for _, r := range rows {
		byID[id(r)] = r
	}
	out := make([]T, 0, len(rows))
	for _, i := range ids {
		if r, ok := byID[i]; ok {
			out = append(out, r)
			delete(byID, i)
		}
	}
	return out
}

// byKeys returns a term on questions' status, kept out of the index on
// status when ids are given: SQLite would otherwise walk every question of
// the status by that index rather than look the few ids up by their key.
func byKeys(ids []int64, term string) string {
	if len(ids) > 0 {
		return "+" + term
	}
	return term
}
