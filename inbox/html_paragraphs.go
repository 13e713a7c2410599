package inbox

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

// marginlessParagraph reports a <p> whose inline style takes away the
// margins above and below it, as Outlook on the web writes every line
// ("margin-top:0;margin-bottom:0"): on screen it is a line, and an empty
// one an empty line, not a paragraph apart.
func marginlessParagraph(n *html.Node) bool {
	style := attr(n, "style")
	if !strings.Contains(strings.ToLower(style), "margin") {
		return false
	}
	var top, bottom string
	for _, d := range styleDeclarations(style) {
		switch d.name {
		case "margin":
			// One or two values set top and bottom alike; three or four
			// set top first and bottom third.
			switch f := strings.Fields(d.value); len(f) {
			case 1, 2:
				top, bottom = f[0], f[0]
			case 3, 4:
				top, bottom = f[0], f[2]
			}
		case "margin-top":
			top = d.value
		case "margin-bottom":
			bottom = d.value
		}
	}
	return noLength(top) && noLength(bottom)
}

// noLength reports a CSS length of nothing to see: "0", "0px", Word's
// ".0001pt".
func noLength(v string) bool {
	v = strings.TrimRight(v, "abcdefghijklmnopqrstuvwxyz")
	if v == "" {
		return false
	}
	f, err := strconv.ParseFloat(v, 64)
	return err == nil && f >= 0 && f < 0.01
}
