package inbox

import (
	"fmt"
	"strings"
	"testing"
)

// hostileLines repeats lines, in turn, to about size bytes.
func hostileLines(size int, lines ...string) string {
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		b.WriteString(lines[i%len(lines)])
		b.WriteByte('\n')
	}
	return b.String()
}

// hostileTexts are the shapes of line a mail can be made of to make a
// rule that looks back, looks ahead or joins lines read them many times.
var hostileTexts = []struct {
	name  string
	lines []string
}{
	{"bars", []string{"|"}},
	{"bar quotes", []string{"| q"}},
	{"quotes and text", []string{"> q", "a"}},
	{"empty quotes", []string{">"}},
	{"dashes", []string{"--"}},
	{"quotes and dashes", []string{"> q", "--"}},
	{"names", []string{"Lena Park"}},
	{"quotes and names", []string{"> q", "Lena Park"}},
	{"header fields", []string{"From: x", "Date: y"}},
	{"attributions without colon", []string{"On Mon, Jun 3, 2025 at 10:12 Lena wrote"}},
	{"wrapped attributions", []string{"On Mon, Jun 3, 2025 at 10:12 Lena Park", "<lena@example.com>"}},
	{"notices", []string{"This email and any attachments are confidential and may be privileged.", ""}},
	{"contact blocks", []string{"Lena Park", "Tel: +1 555 0100", "lena@example.com", ""}},
	{"quotes and footers", []string{"> q", "Sent from my iPhone"}},
	{"banners", []string{"", "CAUTION: This email originated from outside the organization. Do not click links unless you know the sender."}},
	{"initials quotes", []string{"LP> q", "a"}},
	{"tab quotes", []string{"\tq", "a"}},
	{"CJK without spaces", []string{strings.Repeat("日本語の文章", 4000)}},
	{"one long line", []string{strings.Repeat("a", 1<<20)}},
}

// hostilePlaces put the owner's answer around a hostile body: above it,
// and between quotes with the body in the middle, which keeps the quotes.
var hostilePlaces = []struct {
	name string
	wrap func(body string) string
}{
	{"answer above", func(body string) string { return "Answer here.\n\n" + body }},
	{"answer between quotes", func(body string) string { return "Answer here.\n> q\n" + body + "\n> r\nMore answer.\n" }},
}

// Every shape is read twice as far as maxText allows: a rule gone
// quadratic in the lines takes minutes on it, and the test run times out
// rather than a clock being asserted. What the owner typed above stays,
// and nothing past maxText is read.
func TestHostileTextsAtTheLimit(t *testing.T) {
	for _, h := range hostileTexts {
		for _, p := range hostilePlaces {
			t.Run(h.name+"/"+p.name, func(t *testing.T) {
				in := p.wrap(hostileLines(2*maxText, h.lines...))
				got := TrimReply(in)
				if !strings.HasPrefix(got, "Answer here.") || len(got) > maxText {
					t.Errorf("got %d bytes starting %q, want at most %d starting with the answer",
						len(got), got[:min(len(got), 40)], maxText)
				}
			})
		}
	}
}

// Shapes that were read once per line for every line, filling maxText.
func TestHostileTextsOnePass(t *testing.T) {
	n := maxText / 8
	tests := []struct {
		name, in, want string
	}{
		{"empty quote lines between answers",
			"Answer here.\n> q\n" + strings.Repeat(">\n", n) + "> r\nMore answer.\n",
			"Answer here.\n> q\n>\n> r\nMore answer."},
		{"empty quote lines before an answer",
			"Answer here.\n> q\n" + strings.Repeat(">\n", n) + "\nMore answer.\n",
			"Answer here.\n> q\n\nMore answer."},
		{"footers under quotes over the answer",
			strings.Repeat("> q\nSent from my iPhone\n", n/4) + "\nAnswer here.\n",
			"Answer here."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if len(tt.in) > maxText {
				t.Fatalf("input of %d bytes is cut at %d", len(tt.in), maxText)
			}
			if got := TrimReply(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got[:min(len(got), 200)], tt.want)
			}
		})
	}
}

// hostileHTML are markup shapes at maxHTML: containers in a row, nested
// and tables, each checked by a rule for history or a signature.
var hostileHTML = []struct {
	name, unit string
	nested     bool
}{
	{"table rows", "<tr><td>a</td><td>b</td></tr>", false},
	{"cited quotes between answers", "<blockquote type=cite>q</blockquote><p>a</p>", false},
	{"divs of names", "<div>Lena Park</div>", false},
	{"signatures", `<div class="moz-signature">s</div>`, false},
	{"line breaks", "|<br>", false},
	{"links", `<a href="http://a.example/">x</a>`, false},
	{"Zoho history marks", `<div title="beforequote:::"></div><p>x</p>`, false},
	{"nested cited quotes", "<blockquote type=cite>", true},
	{"nested Gmail quotes", `<div class="gmail_quote"><blockquote>q</blockquote>`, true},
	{"nested bordered divs", `<div style="border-top:solid">a `, true},
	{"nested links", `<a href="http://a.example/">`, true},
	{"nested tables", "<table><tr><td>", true},
	{"nested tables without rows", "<table><td>", true},
}

func hostileHTMLBody(unit string, nested bool, size int) string {
	body := strings.Repeat(unit, size/len(unit))
	if nested {
		body += "x"
	}
	return "<p>Answer here.</p>" + body
}

// Markup at twice maxHTML is parsed as far as maxHTML; the answer above
// it stays.
func TestHostileHTMLAtTheLimit(t *testing.T) {
	for _, h := range hostileHTML {
		t.Run(h.name, func(t *testing.T) {
			got := TrimHTMLReply(hostileHTMLBody(h.unit, h.nested, 2*maxHTML))
			if !strings.HasPrefix(got, "Answer here.") || len(got) > maxText {
				t.Errorf("got %d bytes starting %q, want at most %d starting with the answer",
					len(got), got[:min(len(got), 40)], maxText)
			}
		})
	}
}

// BenchmarkHostile reads the worst shapes found for each rule at the
// limits of what is read: text at maxText, markup at maxHTML and raw
// mail of a few MiB, so that a rule turning quadratic shows here.
func BenchmarkHostile(b *testing.B) {
	for _, h := range hostileTexts {
		in := hostilePlaces[1].wrap(hostileLines(maxText, h.lines...))
		b.Run("trim/"+h.name, func(b *testing.B) {
			b.SetBytes(int64(len(limitText(in))))
			for b.Loop() {
				TrimReply(in)
			}
		})
	}
	for _, h := range hostileHTML {
		in := hostileHTMLBody(h.unit, h.nested, maxHTML)
		b.Run("html/"+h.name, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				TrimHTMLReply(in)
			}
		})
	}
	// Divs as deep as the parser goes around a long cited quote: a rule
	// that reads each div's text reads the quote once a level.
	deep := "<p>Answer here.</p>" + strings.Repeat("<div>", 400) + "<blockquote type=cite>" +
		strings.Repeat("q ", maxHTML/2) + "</blockquote>" + strings.Repeat("</div>", 400)
	b.Run("html/deep divs around a cited quote", func(b *testing.B) {
		b.SetBytes(int64(len(deep)))
		for b.Loop() {
			TrimHTMLReply(deep)
		}
	})
	// Mails of 4 MiB, and of 24 MiB, just under the largest fetched.
	for _, size := range []int{4 << 20, 24 << 20} {
		for _, h := range hostileMails(size) {
			b.Run(fmt.Sprintf("mail/%dMiB/%s", size>>20, h.name), func(b *testing.B) {
				b.SetBytes(int64(len(h.raw)))
				for b.Loop() {
					m, err := Parse(h.raw)
					if err != nil {
						b.Fatal(err)
					}
					Answer(m)
				}
			})
		}
	}
}

// hostileMails are raw mails of about size bytes shaped against Parse.
func hostileMails(size int) []struct {
	name string
	raw  []byte
} {
	head := "From: Ann <ann@reader.test>\r\nSubject: s\r\nMIME-Version: 1.0\r\n"
	encWords := strings.Repeat("=?utf-8?q?ab?= ", size/16)
	var parts strings.Builder
	for i := 0; parts.Len() < size; i++ {
		fmt.Fprintf(&parts, "--b\r\nContent-Type: text/plain\r\n\r\npart %d\r\n", i)
	}
	return []struct {
		name string
		raw  []byte
	}{
		{"nested multiparts", nestedMail(maxDepth, size)},
		{"tiny parts", []byte(head + "Content-Type: multipart/mixed; boundary=b\r\n\r\n" + parts.String() + "--b--\r\n")},
		{"encoded words", []byte("From: Ann <ann@reader.test>\r\nSubject: " + encWords + "\r\n\r\nx\r\n")},
		{"soft line breaks", []byte(head + "Content-Transfer-Encoding: quoted-printable\r\n\r\n" +
			strings.Repeat("=\r\n", size/3) + "x\r\n")},
		{"uuencode begin lines", []byte(head + "\r\nhi\r\n" + strings.Repeat("begin 644 a.txt\r\n", size/17))},
		{"uuencoded part without its end", []byte(head + "Content-Transfer-Encoding: x-uuencode\r\n\r\nbegin 644 a.txt\r\n" +
			strings.Repeat("M"+strings.Repeat("A", 60)+"\r\n", size/63))},
		{"file name of path separators", []byte(head + "Content-Type: application/pdf; name=\"" +
			strings.Repeat("a/\\", size/3) + "\"\r\n\r\nx\r\n")},
		{"UTF-8 under a seven-bit label", []byte(head + "Content-Type: text/plain; charset=iso-2022-jp\r\n\r\n" +
			strings.Repeat("膝", size/3) + "\xe8\r\n")},
		{"one long line", []byte(head + "\r\n" + strings.Repeat("a", size) + "\r\n")},
		{"quoted text", []byte(head + "\r\nAnswer here.\r\n" + strings.Repeat("> q\r\na\r\n", size/8))},
	}
}

// An answer typed under the quote of a long thread is read however long
// the quote: only the middle of a quote is left unread, which no answer
// is in.
func TestTrimReplyUnderLongQuote(t *testing.T) {
	thread := strings.Repeat("> > Lena wrote that her calf hurts after every long run on the hills.\n", 4*maxText/70)
	tests := []struct{ name, in, want string }{
		{"bottom-posted under a thread of many lines",
			"On Tue, Jun 3, 2025 at 10:12 AM Lena <lena@example.net> wrote:\n" + thread + "\nRest it for a week.\n",
			"Rest it for a week."},
		{"bottom-posted under one quoted line of a megabyte",
			"Lena wrote:\n>" + strings.Repeat(" calf", 1<<18) + "\n\nRest it for a week.\n",
			"Rest it for a week."},
		{"bottom-posted over a signature",
			"On Tue, Jun 3, 2025 at 10:12 AM Lena <lena@example.net> wrote:\n" + thread + "\nRest it for a week.\n\n-- \nMaren Holt\n",
			"Rest it for a week."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TrimReply(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got[:min(len(got), 200)], tt.want)
			}
		})
	}
	t.Run("inline answers keep the ends of the long quote", func(t *testing.T) {
		in := "> How long should I rest?\n\nA week.\n\n" + thread + "\nThen easy runs.\n"
		got := TrimReply(in)
		if !strings.HasPrefix(got, "> How long should I rest?\n\nA week.\n\n> > Lena wrote") ||
			!strings.HasSuffix(got, "on the hills.\n\nThen easy runs.") || len(got) > 2*quoteEnds*80 {
			t.Errorf("got %d bytes: %q … %q", len(got), got[:min(len(got), 120)], got[max(0, len(got)-120):])
		}
	})
}

// The same holds of an HTML reply longer than what is parsed: the markup
// inside a long quote is thinned first, so an answer under it is read.
func TestTrimHTMLReplyUnderLongQuote(t *testing.T) {
	para := "<p>Lena wrote that her calf hurts after every long run on the hills.</p>\n"
	thread := strings.Repeat(para, 4*(maxHTML/len(para)/2)) // whole paragraphs, cut in four
	tests := []struct{ name, in, want string }{
		{"thunderbird, bottom-posted",
			`<html><body><div class="moz-cite-prefix">On 6/3/25 10:12 AM, Lena wrote:</div><blockquote type="cite">` +
				thread + `</blockquote><p>Rest it for a week.</p></body></html>`,
			"Rest it for a week."},
		{"gmail's nested quotes, bottom-posted",
			`<div dir="ltr"><div class="gmail_quote"><div class="gmail_attr">On Tue, Jun 3, 2025 at 10:12 AM Lena &lt;lena@example.net&gt; wrote:</div>` +
				`<blockquote class="gmail_quote">` + thread[:len(thread)/4] + `<blockquote class="gmail_quote">` + thread[:len(thread)/2] +
				`</blockquote>` + para + `</blockquote></div><div>Rest it for a week.</div></div>`,
			"Rest it for a week."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TrimHTMLReply(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got[:min(len(got), 200)], tt.want)
			}
		})
	}
	t.Run("what is not thinned stays as it was", func(t *testing.T) {
		in := `<p>Rest it for a week.</p><blockquote>` + strings.Repeat(para, 100) + `</blockquote>`
		if got := thinBlockquotes(in); got != in {
			t.Errorf("a short quote changed: %d bytes became %d", len(in), len(got))
		}
		long := `<p>Rest it for a week.</p><blockquote><blockquote>` + thread + `</blockquote>` + para + `</blockquote><p>Then easy.</p>`
		got := thinBlockquotes(long)
		if !strings.HasSuffix(got, "</blockquote></blockquote><p>Then easy.</p>") || len(got) > maxQuotedHTML+200 {
			t.Errorf("got %d bytes ending %q", len(got), got[max(0, len(got)-80):])
		}
	})
}
