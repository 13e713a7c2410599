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
	args := make([]any, len(values))
	for i, v := range values {
		args[i] = v
	}
	c.add(column+" IN (?"+strings.Repeat(",?", len(values)-1)+")", args...)
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
