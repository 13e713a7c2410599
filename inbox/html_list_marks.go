package inbox

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"

	"helpline/internal/prose"
)

// An ordered list counts in what its type attribute or its CSS
// list-style-type says: clients write <ol type="a">, and Outlook on the
// web and Gmail's pasted lists write style="list-style-type:lower-alpha".
// The text numbers its items as the reader's client showed them: "c." for
// the third item of a lettered list, "iv." for the fourth of a roman one,
// which the site and the digest read back as such lists.

// listTypes maps the CSS counter styles to the letters of the type
// attribute that mean the same, "" for digits (see prose.ItemMark).
var listTypes = map[string]string{
	"decimal": "", "lower-alpha": "a", "lower-latin": "a", "upper-alpha": "A",
	"upper-latin": "A", "lower-roman": "i", "upper-roman": "I",
}

// listType is how ordered list n counts: "" in digits, "a", "A", "i" or
// "I". CSS wins over the attribute, as it does in the client.
func listType(n *html.Node) string {
	for _, d := range styleDeclarations(attr(n, "style")) {
		if d.name != "list-style-type" && d.name != "list-style" {
			continue
		}
		for _, word := range strings.Fields(d.value) {
			if t, ok := listTypes[word]; ok {
				return t
			}
		}
	}
	switch t := strings.TrimSpace(attr(n, "type")); t {
	case "a", "A", "i", "I":
		return t
	}
	return ""
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
// count, with its full stop and space.
func itemMark(count string, num int) string {
	return prose.ItemMark(count, num) + " "
}
