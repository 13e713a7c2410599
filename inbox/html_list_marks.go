package inbox

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

// An ordered list counts in what its type attribute or its CSS
// list-style-type says: clients write <ol type="a">, and Outlook on the
// web and Gmail's pasted lists write style="list-style-type:lower-alpha".
// The text numbers its items as the reader's client showed them: "c." for
// the third item of a lettered list, "iv." for the fourth of a roman one.

// listTypes maps the CSS counter styles to the letters of the type
// attribute that mean the same.
var listTypes = map[string]string{
	"decimal": "1", "lower-alpha": "a", "lower-latin": "a", "upper-alpha": "A",
	"upper-latin": "A", "lower-roman": "i", "upper-roman": "I",
}

// listType is how ordered list n counts: "1", "a", "A", "i" or "I". CSS
// wins over the attribute, as it does in the client.
func listType(n *html.Node) string {
	style := strings.ToLower(attr(n, "style"))
	for _, decl := range strings.Split(style, ";") {
		prop, val, ok := strings.Cut(decl, ":")
		prop = strings.TrimSpace(prop)
		if !ok || (prop != "list-style-type" && prop != "list-style") {
			continue
		}
		for _, word := range strings.Fields(val) {
			if t, ok := listTypes[word]; ok {
				return t
			}
		}
	}
	switch t := strings.TrimSpace(attr(n, "type")); t {
	case "a", "A", "i", "I":
		return t
	}
	return "1"
}

// itemNumber is the number that item li of a list carries: its value
// attribute where it has one, else num counting on from the item before.
func itemNumber(li *html.Node, num int) int {
	if v, err := strconv.Atoi(strings.TrimSpace(attr(li, "value"))); err == nil {
		return v
	}
	return num
}

// itemMark is the mark of the item numbered num in a list counting in
// typ, with its full stop and space. Letters and roman numerals count
// from one; where they cannot write a number, the client shows it in
// digits, and so does the text.
func itemMark(typ string, num int) string {
	s := ""
	switch typ {
	case "a", "A":
		s = alphaNumber(num)
	case "i", "I":
		s = romanNumber(num)
	}
	if s == "" {
		return strconv.Itoa(num) + ". "
	}
	if typ == "A" || typ == "I" {
		s = strings.ToUpper(s)
	}
	return s + ". "
}

// alphaNumber writes num in letters as lists count: a to z, then aa, ab.
func alphaNumber(num int) string {
	if num < 1 {
		return ""
	}
	var b []byte
	for ; num > 0; num = (num - 1) / 26 {
		b = append([]byte{byte('a' + (num-1)%26)}, b...)
	}
	return string(b)
}

// romanNumber writes num from 1 to 3999 in lower-case roman numerals.
func romanNumber(num int) string {
	if num < 1 || num > 3999 {
		return ""
	}
	values := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	marks := []string{"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"}
	var b strings.Builder
	for i, v := range values {
		for ; num >= v; num -= v {
			b.WriteString(marks[i])
		}
	}
	return b.String()
}
