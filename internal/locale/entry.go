package locale

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Entry is one message: a text, or a text for each plural form the
// language has (CLDR's zero, one, two, few, many and other).
type Entry struct {
	Text  string
	Forms map[string]string
}

// pluralForms are the plural categories of CLDR, in order.
var pluralForms = []string{"zero", "one", "two", "few", "many", "other"}

// UnmarshalTOML reads an entry written as a string or as a table of
// plural forms:
//
//	answers = { one = "%d answer", other = "%d answers" }
func (e *Entry) UnmarshalTOML(v any) error {
	switch v := v.(type) {
	case string:
		*e = Entry{Text: v}
		return nil
	case map[string]any:
		forms := map[string]string{}
		for k, f := range v {
			s, ok := f.(string)
			if !ok || !slices.Contains(pluralForms, k) {
				return fmt.Errorf("plural form %q: want one of %s, each a string", k, strings.Join(pluralForms, ", "))
			}
			forms[k] = s
		}
		if forms["other"] == "" {
			return fmt.Errorf("plural forms without \"other\"")
		}
		*e = Entry{Forms: forms}
		return nil
	}
	return fmt.Errorf("want a string or a table of plural forms, not %T", v)
}

// texts are every text of e.
func (e Entry) texts() []string {
	if e.Forms == nil {
		return []string{e.Text}
	}
	var out []string
	for _, f := range pluralForms {
		if s, ok := e.Forms[f]; ok {
			out = append(out, s)
		}
	}
	return out
}

// other is the text used for any count, or the entry's only text.
func (e Entry) other() string {
	if e.Forms == nil {
		return e.Text
	}
	return e.Forms["other"]
}

// verb is one formatting directive of a message: the argument it takes
// (from 1) and its verb letter.
type verb struct {
	arg    int
	letter byte
}

// verbs lists the directives of a fmt-style message, following explicit
// argument indexes ("%[2]s") as fmt does.
func verbs(s string) ([]verb, error) {
	var out []verb
	next := 1
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			continue
		}
		i++
		if i < len(s) && s[i] == '%' {
			continue
		}
		for i < len(s) && strings.IndexByte("+-# 0", s[i]) >= 0 {
			i++
		}
		if i < len(s) && s[i] == '[' {
			end := strings.IndexByte(s[i:], ']')
			if end < 0 {
				return nil, fmt.Errorf("unclosed argument index in %q", s)
			}
			n, err := strconv.Atoi(s[i+1 : i+end])
			if err != nil || n < 1 {
				return nil, fmt.Errorf("bad argument index in %q", s)
			}
			next = n
			i += end + 1
		}
		for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.') {
			i++
		}
		if i >= len(s) {
			return nil, fmt.Errorf("message %q ends in a %%", s)
		}
		out = append(out, verb{next, s[i]})
		next++
	}
	return out, nil
}

// pluralArg is the argument that chooses e's plural form: the first %d of
// its other form, counted from 1.
func pluralArg(e Entry) int {
	vs, _ := verbs(e.other())
	for _, v := range vs {
		if v.letter == 'd' {
			return v.arg
		}
	}
	return 1
}

// fits checks that every directive of e takes an argument the English
// message en gives, with the same verb, so that a translation or the
// owner's words can never print a formatting error.
func (e Entry) fits(en Entry) error {
	want := map[int]byte{}
	for _, s := range en.texts() {
		vs, err := verbs(s)
		if err != nil {
			return err
		}
		for _, v := range vs {
			want[v.arg] = v.letter
		}
	}
	if (e.Forms == nil) != (en.Forms == nil) {
		if e.Forms != nil {
			return fmt.Errorf("has plural forms, but the message takes no count")
		}
		return fmt.Errorf("needs plural forms (one, other, ...), as it shows a count")
	}
	for _, s := range e.texts() {
		vs, err := verbs(s)
		if err != nil {
			return err
		}
		for _, v := range vs {
			if l, ok := want[v.arg]; !ok || !sameVerb(l, v.letter) {
				return fmt.Errorf("%q: %%%c at argument %d does not fit; the English text is %q", s, v.letter, v.arg, en.other())
			}
		}
	}
	return nil
}

// sameVerb reports whether two verb letters format the same kind of value.
func sameVerb(a, b byte) bool {
	kind := func(c byte) byte {
		switch c {
		case 'd':
			return 'd'
		case 'f', 'g', 'e':
			return 'f'
		case 'v':
			return 'v'
		}
		return 's'
	}
	return a == b || kind(a) == kind(b) || a == 'v' || b == 'v'
}
