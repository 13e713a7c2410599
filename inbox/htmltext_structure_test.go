package inbox

import "testing"

// structureCase is an HTML body and the text it must read as.
type structureCase struct {
	name, html, want string
}

func checkStructure(t *testing.T, cases []structureCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := HTMLToText(c.html); got != c.want {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}

func TestHTMLToTextListBesideItem(t *testing.T) {
	checkStructure(t, []structureCase{
		{"bullets under a bullet", `<ul><li>strength</li><ul><li>calf raises</li><li>squats</li></ul><li>rest</li></ul>`,
			"- strength\n  - calf raises\n  - squats\n- rest"},
		{"bullets under a number", `<ol><li>strength</li><ul><li>calf raises</li></ul><li>rest</li></ol>`,
			"1. strength\n   - calf raises\n2. rest"},
		{"two levels down", `<ul><li>a</li><ul><li>b</li><ul><li>c</li></ul></ul></ul>`,
			"- a\n  - b\n    - c"},
		// With no item before it there is nothing to indent under.
		{"list first in a list", `<ul><ul><li>calf raises</li></ul><li>rest</li></ul>`,
			"- calf raises\n\n- rest"},
		{"list inside its item", `<ul><li>strength<ul><li>calf raises</li></ul></li><li>rest</li></ul>`,
			"- strength\n  - calf raises\n- rest"},
	})
}
