package web

import "testing"

func TestFormatText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"paragraphs", "One.\n\nTwo.", "<p>One.</p>\n<p>Two.</p>\n"},
		{"short lines stay", "a\nb\r\nc", "<p>a<br>\nb<br>\nc</p>\n"},
		{"wrapped lines join", "Start with walk-run intervals: one minute running and two minutes\nwalking, for twenty minutes.",
			"<p>Start with walk-run intervals: one minute running and two minutes walking, for twenty minutes.</p>\n"},
		{"sign-off", "Viele Grüße\nSam", "<p>Viele Grüße<br>\nSam</p>\n"},
		{"quote", "> You asked\n> <this>\n\nYes.", "<blockquote>\n<p>You asked<br>\n&lt;this&gt;</p>\n</blockquote>\n<p>Yes.</p>\n"},
		{"bullets", "Do:\n- this\n* that", "<p>Do:</p>\n<ul>\n<li>this</li>\n<li>that</li>\n</ul>\n"},
		{"numbers", "1. one\n2) two\n10. ten", "<ol>\n<li>one</li>\n<li>two</li>\n<li>ten</li>\n</ol>\n"},
		{"numbers go on past a nested list", "1. strength\n   - calf raises\n2. rest", "<ol>\n<li>strength\n" +
			"<ul>\n<li>calf raises</li>\n</ul>\n</li>\n<li>rest</li>\n</ol>\n"},
		{"list started at a number", "3. rest\n4. run", "<ol start=\"3\">\n<li>rest</li>\n<li>run</li>\n</ol>\n"},
		{"nested bullets", "- Monday\n  - easy 5 km\n  - <strides>\n- Tuesday", "<ul>\n<li>Monday\n<ul>\n" +
			"<li>easy 5 km</li>\n<li>&lt;strides&gt;</li>\n</ul>\n</li>\n<li>Tuesday</li>\n</ul>\n"},
		{"outlook levels", "*   Monday\n     o   easy\n          §   relaxed\n*   Tuesday", "<ul>\n<li>Monday\n<ul>\n" +
			"<li>easy\n<ul>\n<li>relaxed</li>\n</ul>\n</li>\n</ul>\n</li>\n<li>Tuesday</li>\n</ul>\n"},
		{"letters", "1. plan\n   b) hard week", "<ol>\n<li>plan\n<ol type=\"a\" start=\"2\">\n<li>hard week</li>\n</ol>\n</li>\n</ol>\n"},
		{"capitals", "1. plan\n   A. easy week\n   B. hard week", "<ol>\n<li>plan\n<ol type=\"A\">\n<li>easy week</li>\n<li>hard week</li>\n</ol>\n</li>\n</ol>\n"},
		{"roman", "1. plan\n   i. base\n   ii. build\n   iii. taper\n2. race", "<ol>\n<li>plan\n<ol type=\"i\">\n" +
			"<li>base</li>\n<li>build</li>\n<li>taper</li>\n</ol>\n</li>\n<li>race</li>\n</ol>\n"},
		{"capital roman started", "1. plan\n   IV. taper\n   V. race", "<ol>\n<li>plan\n<ol type=\"I\" start=\"4\">\n<li>taper</li>\n<li>race</li>\n</ol>\n</li>\n</ol>\n"},
		{"o in prose", "o my god", "<p>o my god</p>\n"},
		{"list then text", "- a\nafter", "<ul>\n<li>a</li>\n</ul>\n<p>after</p>\n"},
		{"escaped", `<b>&"'`, "<p>&lt;b&gt;&amp;&#34;&#39;</p>\n"},
		{"link", "See https://example.org/a?b=1&c=2.", `<p>See <a href="https://example.org/a?b=1&amp;c=2" rel="nofollow ugc">https://example.org/a?b=1&amp;c=2</a>.</p>` + "\n"},
		{"link in parens", "(http://example.org/x)", `<p>(<a href="http://example.org/x" rel="nofollow ugc">http://example.org/x</a>)</p>` + "\n"},
		{"wiki parens", "http://e.org/A_(b)", `<p><a href="http://e.org/A_(b)" rel="nofollow ugc">http://e.org/A_(b)</a></p>` + "\n"},
		{"quote ends link", `https://e.org/"onclick="x`, `<p><a href="https://e.org/" rel="nofollow ugc">https://e.org/</a>&#34;onclick=&#34;x</p>` + "\n"},
		{"no scheme no link", "javascript:alert(1) and www.example.org", "<p>javascript:alert(1) and www.example.org</p>\n"},
		{"bare scheme", "https:// nothing", "<p>https:// nothing</p>\n"},
		{"blank lines", "\n\n\na\n\n\n\n", "<p>a</p>\n"},
		{"dash without space", "-5 degrees", "<p>-5 degrees</p>\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(formatText(tt.in)); got != tt.want {
				t.Errorf("formatText(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSnippet(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"one  two\nthree", 20, "one two three"},
		{"alpha beta gamma delta", 12, "alpha beta…"},
		{"ääääääääää", 4, "äää…"},
		{"a\x1b[2J line", 20, "a[2J line"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := snippet(tt.in, tt.n); got != tt.want {
				t.Errorf("snippet(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
			}
		})
	}
}
