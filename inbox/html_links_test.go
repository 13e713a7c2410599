package inbox

import "testing"

func TestHTMLToTextLinks(t *testing.T) {
	checkStructure(t, []structureCase{
		{"inline", `<div>Read <a href="https://example.org/calf-study">the study</a> first.</div>`,
			"Read the study (https://example.org/calf-study) first."},
		{"address as its text", `<div><a href="https://example.org/faq">https://example.org/faq</a></div>`,
			"https://example.org/faq"},
		{"no address for a script", `<div>See <a href="javascript:alert(1)">this</a>.</div>`, "See this."},
		{"break inside, address at its end", `<div><a href="https://example.org/rest">two weeks<br>of rest</a></div>`,
			"two weeks\nof rest (https://example.org/rest)"},
		// A card for an address: a title and a description inside the
		// link, in tables as a webmail writes it.
		{"card", `<div>Read this:</div><div><a href="https://example.org/calf-study"><table><tbody><tr><td></td><td>` +
			`<h2>Calf load in runners</h2><p>A study of two hundred runners.</p></td></tr></tbody></table></a></div><div>Maren</div>`,
			"Read this:\n\nCalf load in runners (https://example.org/calf-study)\n\nA study of two hundred runners.\n\nMaren"},
		{"link around one block", `<div>Before</div><a href="https://example.org/rest"><div>the guide</div></a><div>after</div>`,
			"Before\nthe guide (https://example.org/rest)\nafter"},
		// The line open when the link starts is not its first line.
		{"block link after text on the line", `<div>See <a href="https://example.org/rest"><div>the guide</div><div>on rest</div></a></div>`,
			"See\nthe guide (https://example.org/rest)\non rest"},
		// A client that wraps long lines of its markup wraps inside an
		// address too; a browser takes the line ends out of it.
		{"address wrapped in its attribute", "<div><a href=\"https://example.org/view/?id=ABCDEF\nGHIJKL\">Very long link</a></div>",
			"Very long link (https://example.org/view/?id=ABCDEFGHIJKL)"},
		{"address wrapped in its text", "<div><a href=\"https://example.org/view/?id=ABCDEF\nGHIJKL\">https://example.org/view/?id=ABCDEF\nGHIJKL</a></div>",
			"https://example.org/view/?id=ABCDEFGHIJKL"},
		{"words that only spell the address stay", `<div><a href="https://example.org/restweek">rest week</a></div>`,
			"rest week (https://example.org/restweek)"},
	})
}
