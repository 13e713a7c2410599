package web

import (
	"encoding/xml"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"helpline/internal/prose"
)

// formatSeeds are answers and comments of the shapes readers and the
// owner write, with the markup a stranger might try.
var formatSeeds = []string{
	"One.\n\nTwo.",
	"Start with walk-run intervals: one minute running and two minutes\nwalking, for twenty minutes.",
	"Viele Grüße\nSam",
	"> You asked\n> <this>\n\nYes.",
	"Do:\n- this\n* that",
	"1. strength\n   - calf raises\n2. rest",
	"*   Monday\n     o   easy\n          §   relaxed\n*   Tuesday",
	"1. plan\n   b) hard week",
	`<b>&"'`,
	"See https://example.org/a?b=1&c=2. (http://example.org/x) http://e.org/A_(b)",
	`https://e.org/"onclick="x`,
	"javascript:alert(1) and www.example.org <script>alert(2)</script>",
	`<a href="javascript:alert(3)">x</a> <img src=x onerror=alert(4)>`,
	"https://e.org/&#106;avascript <!-- --> <![CDATA[x]]>",
}

// allowedAttrs are the attributes formatText writes, by element, and a
// pattern for each value.
var allowedAttrs = map[atom.Atom]map[string]*regexp.Regexp{
	atom.P: nil, atom.Br: nil, atom.Blockquote: nil, atom.Ul: nil, atom.Li: nil,
	atom.Ol: {"type": regexp.MustCompile(`^[aAiI]$`), "start": regexp.MustCompile(`^[1-9][0-9]*$`)},
	atom.A:  {"href": regexp.MustCompile(`^(?i)https?://[^\s<>"'` + "`" + `]+$`), "rel": regexp.MustCompile(`^nofollow ugc$`)},
}

// checkFormatted parses out as the body of a page and fails on any element
// or attribute formatText does not write itself and, for cleaned text, on
// a link whose text is not its address. It returns the text a browser
// shows.
func checkFormatted(t *testing.T, in, out string, cleaned bool) string {
	t.Helper()
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(out), body)
	if err != nil {
		t.Fatalf("formatText(%q): got %q, which does not parse: %v", in, out, err)
	}
	if strings.Contains(strings.ToLower(out), "<script") {
		t.Fatalf("formatText(%q): got %q", in, out)
	}
	var text strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			text.WriteString(n.Data)
		case html.ElementNode:
			attrs, ok := allowedAttrs[n.DataAtom]
			if !ok || n.Namespace != "" {
				t.Fatalf("formatText(%q): got element <%s> in %q", in, n.Data, out)
			}
			for _, a := range n.Attr {
				if re := attrs[a.Key]; re == nil || a.Namespace != "" || !re.MatchString(a.Val) {
					t.Fatalf("formatText(%q): got %s=%q on <%s> in %q", in, a.Key, a.Val, n.Data, out)
				}
			}
			if n.DataAtom == atom.A && cleaned {
				if n.FirstChild == nil || n.FirstChild != n.LastChild || n.FirstChild.Type != html.TextNode ||
					!slices.ContainsFunc(n.Attr, func(a html.Attribute) bool { return a.Key == "href" && a.Val == n.FirstChild.Data }) {
					t.Fatalf("formatText(%q): got a link whose text is not its address in %q", in, out)
				}
			}
		default:
			t.Fatalf("formatText(%q): got a node of type %d in %q", in, n.Type, out)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for _, n := range nodes {
		walk(n)
	}
	return text.String()
}

// FuzzFormatText checks that the HTML made of a reader's or the owner's
// text holds only what the renderer writes itself, that the text it shows
// is the text's words, and that it survives a feed's XML unchanged.
func FuzzFormatText(f *testing.F) {
	for _, s := range formatSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// Stored text has been cleaned (see prose.Clean): the words
		// compare only then, as the HTML parser drops NULs and folds
		// line ends; the markup must be safe either way.
		checkFormatted(t, s, string(formatText(s)), false)
		s = prose.Clean(s)
		out := string(formatText(s))
		shown := checkFormatted(t, s, out, true)
		if got, want := strings.Fields(shown), strings.Fields(prose.Plain(prose.Parse(s))); !slices.Equal(got, want) {
			t.Fatalf("formatText(%q): got %q, shows words %q, want %q", s, out, got, want)
		}
		item := rssItem{Title: prose.OneLine(s), Description: out}
		b, err := xml.Marshal(item)
		if err != nil {
			t.Fatalf("feed item of %q: %v", s, err)
		}
		var back rssItem
		if err := xml.Unmarshal(b, &back); err != nil {
			t.Fatalf("feed item of %q: got %q, which does not parse: %v", s, b, err)
		}
		if back.Title != item.Title || back.Description != item.Description {
			t.Fatalf("feed item of %q: got %+v back, want %+v", s, back, item)
		}
	})
}
