package digest

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"helpline/data"
	"helpline/internal/prose"
)

func TestCleanTextDropsReservedCharacters(t *testing.T) {
	in := "a\r\nb\x00c\tx" + nameMarker + "\uFFFE\xff"
	got := cleanText(in)
	if strings.ContainsRune(got, '\uFDD0') || strings.ContainsRune(got, '\uFFFE') || strings.ContainsRune(got, 0) {
		t.Errorf("cleanText(%q): got %q, still holds reserved or control characters", in, got)
	}
	if want := "a\nbc x\uFFFDname\uFFFD\uFFFD\uFFFD"; got != want {
		t.Errorf("cleanText(%q): got %q, want %q", in, got, want)
	}
}

// Payloads a reader might send, in every field the digest shows.
var payloads = []string{
	`<script>alert(1)</script>`,
	`<img src=x onerror=alert(2)>`,
	`[click](javascript:alert(3))`,
	`![pixel](https://evil.example/p.png)`,
	`<a href="https://evil.example">x</a>`,
	`&lt;script&gt;`,
	"`code` **bold** # heading",
	`https://evil.example/autolink`,
}

func TestReaderTextArrivesInert(t *testing.T) {
	f := newFixture(t)
	all := strings.Join(payloads, " ")
	f.now = monday8.Add(-time.Hour)
	q := f.answer(t, "Title "+all, "Body "+all, payloads[1]+" "+payloads[0], "Answer "+all)
	id := f.subscribe(t, "a@example.org", payloads[0], "active")
	f.now = monday8
	res, err := f.d.RunOnce(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	m := &data.OutboxMail{ID: 1, Kind: data.KindDigest, DigestID: res.DigestID, SubscriberID: id, ToName: payloads[0]}
	if err := f.d.Fill(f.ctx, m); err != nil {
		t.Fatal(err)
	}
	checkInertHTML(t, m.HTML, map[string]bool{
		"https://help.example.org/":      true,
		f.d.questionURL(q):               true,
		f.d.cfg.Links.UnsubscribeURL(id): true,
	}, "Body "+all, "Answer "+all)
	// The text part shows what the reader typed, as text.
	for _, p := range []string{payloads[0], payloads[2], payloads[5]} {
		if !strings.Contains(m.Text, p) {
			t.Errorf("text part lacks %q as typed", p)
		}
	}
	if strings.Contains(m.Text, "asker@example.org") || strings.Contains(m.HTML, "asker@example.org") {
		t.Errorf("the asker's address is shown")
	}
}

// checkInertHTML parses doc and fails on any element, attribute or link
// that reader text could have made: links go to the site's own pages or,
// with the site's rel, to a web address written in one of texts.
func checkInertHTML(t *testing.T, doc string, links map[string]bool, texts ...string) {
	t.Helper()
	written := map[string]bool{}
	for _, s := range texts {
		s = cleanText(s)
		for _, l := range prose.Links(s) {
			written[s[l[0]:l[1]]] = true
		}
	}
	z := html.NewTokenizer(strings.NewReader(doc))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		tok := z.Token()
		switch tok.Data {
		case "script", "img", "iframe", "object", "code":
			t.Errorf("element <%s> in digest HTML", tok.Data)
		}
		rel := ""
		for _, a := range tok.Attr {
			if a.Key == "rel" {
				rel = a.Val
			}
		}
		for _, a := range tok.Attr {
			if strings.HasPrefix(strings.ToLower(a.Key), "on") {
				t.Errorf("event attribute %s=%q on <%s>", a.Key, a.Val, tok.Data)
			}
			switch {
			case a.Key != "href" || links[a.Val]:
			case !written[a.Val]:
				t.Errorf("link to %q in digest HTML, want only the site's own and those written", a.Val)
			case rel != prose.LinkRel:
				t.Errorf("link to %q has rel %q, want %q", a.Val, rel, prose.LinkRel)
			}
		}
	}
}

func TestMarkdownTextRendersVerbatim(t *testing.T) {
	f := newFixture(t)
	// blackfriday makes quotes, fractions and dashes typographic in the
	// HTML; the text part keeps them as the reader typed them.
	typed := `Is 1/2 "marathon" or 5/8 too far? It's 21 km -- (c) ...`
	for _, p := range append([]string{typed}, payloads...) {
		t.Run(p, func(t *testing.T) {
			r, err := f.d.render([]*data.Question{{ID: 1, Slug: "s", Title: p, Body: p, Answer: p}})
			if err != nil {
				t.Fatal(err)
			}
			if n := strings.Count(r.Text, p); n < 3 {
				t.Errorf("text part: got %d verbatim copies of %q, want 3 (title, question, answer)", n, p)
			}
		})
	}
}

func TestASCIIHTML(t *testing.T) {
	for in, want := range map[string]string{
		"":                     "",
		"plain <b>&amp;</b>":   "plain <b>&amp;</b>",
		"© 2025 Zoë":           "&#169; 2025 Zo&#235;",
		"run 🏃":                "run &#127939;",
		`<a title="Åre">x</a>`: `<a title="&#197;re">x</a>`,
		"\uFFFD":               "&#65533;",
	} {
		if got := asciiHTML(in); got != want {
			t.Errorf("asciiHTML(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAnswerListsStayLists(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		name, answer string
		wantHTML     []string
		wantText     string // in the text part, as a mail client shows it
	}{
		{"after a paragraph", "Three things:\n- warm up\n- run <b>easy</b>\n- cool down\n\nThat is all.",
			[]string{"<strong>Answer:</strong> Three things:", "<ul>", "<li>warm up</li>", "<li>run &lt;b&gt;easy&lt;/b&gt;</li>", "<li>cool down</li>", "</ul>", "That is all."},
			"*Answer:* Three things:\n\n- warm up\n- run <b>easy</b>\n- cool down\n\nThat is all.\n"},
		{"first", "1. easy\n2. tempo\n3. long", []string{"<ol>", "<li>easy</li>", "<li>tempo</li>", "<li>long</li>", "</ol>"},
			"*Answer:*\n\n1. easy\n2. tempo\n3. long\n"},
		{"bullets then numbers", "- a thing\n1. a step", []string{"<ul>", "<li>a thing</li>", "<ol>", "<li>a step</li>"},
			"- a thing\n\n1. a step\n"},
		{"nested", "- Monday\n  - easy 5 km\n  - strides\n- Tuesday",
			[]string{"<ul>", "<li>Monday", "<ul>", "<li>easy 5 km</li>", "<li>strides</li>", "</ul></li>", "<li>Tuesday</li>", "</ul>"},
			"- Monday\n   - easy 5 km\n   - strides\n- Tuesday\n"},
		{"outlook levels", "1.  Monday\n     o   easy\n          §   relaxed\n2.  Tuesday",
			[]string{"<ol>", "<li>Monday", "<ul>", "<li>easy", "<ul>", "<li>relaxed</li>", "</ul></li>", "</ul></li>", "<li>Tuesday</li>", "</ol>"},
			"1. Monday\n   - easy\n      - relaxed\n2. Tuesday\n"},
		{"numbers go on and letters", "3. third\n4. fourth\n\na) one\nb) two",
			[]string{`<ol start="3">`, "<li>third</li>", "<li>fourth</li>", "</ol>", "a) one<br"},
			"3. third\n4. fourth\n\na) one\nb) two\n"},
		{"started after a paragraph, nested", "Then:\n\n3. walk for a week\n4. run easy\n   - flat ground\n\nMaren",
			[]string{"Then:", `<ol start="3">`, "<li>walk for a week</li>", "<li>run easy", "<ul>", "<li>flat ground</li>", "</ol>", "Maren"},
			"Then:\n\n3. walk for a week\n4. run easy\n   - flat ground\n\nMaren\n"},
		{"nested list started", "1. strength\n   c) calf raises\n   d) squats\n2. rest",
			[]string{"<ol>", "<li>strength", `<ol type="a" start="3">`, "<li>calf raises</li>", "</ol></li>", "<li>rest</li>"},
			"1. strength\n   c. calf raises\n   d. squats\n2. rest\n"},
		{"nested capitals", "1. Week one\n   A. easy\n   B. long\n2. Week two",
			[]string{"<ol>", "<li>Week one", `<ol type="A">`, "<li>easy</li>", "<li>long</li>", "</ol></li>", "<li>Week two</li>"},
			"1. Week one\n   A. easy\n   B. long\n2. Week two\n"},
		{"nested roman", "- Base\n  i. easy\n  ii. long\n  iii. strides\n  iv. rest\n- Build",
			[]string{"<ul>", "<li>Base", `<ol type="i">`, "<li>easy</li>", "<li>long</li>", "<li>strides</li>", "<li>rest</li>", "</ol></li>", "<li>Build</li>"},
			"- Base\n   i. easy\n   ii. long\n   iii. strides\n   iv. rest\n- Build\n"},
		{"number in the text stays", "3. third\n4. 5 km easy",
			[]string{`<ol start="3">`, "<li>third</li>", "<li>5 km easy</li>"},
			"3. third\n4. 5 km easy\n"},
		{"two lists in a row", "1. warm up\n2. run\n\n5. stretch\n6. sleep",
			[]string{"<ol>", "<li>warm up</li>", "<li>run</li>", "</ol>", `<ol start="5">`, "<li>stretch</li>", "<li>sleep</li>", "</ol>"},
			"1. warm up\n2. run\n\n5. stretch\n6. sleep\n"},
		{"two quoted lists in a row", "> 3. warm up\n> 4. run\n\n> 3. stretch\n> 4. sleep\n\nBoth.",
			[]string{"<blockquote", `<ol start="3">`, "<li>warm up</li>", "</ol>", `<ol start="3">`, "<li>stretch</li>", "</ol>", "</blockquote>", "Both."},
			"> 3. warm up\n> 4. run\n>\n> 3. stretch\n> 4. sleep\n\nBoth.\n"},
		{"quoted paragraphs", "> first\n> line\n>\n> second\n\nYes.",
			[]string{"<blockquote"},
			"*Answer:*\n\n> first\n> line\n>\n> second\n\nYes.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := f.d.render([]*data.Question{{ID: 1, Slug: "s", Title: "Plan", Body: "How?", Answer: tt.answer}})
			if err != nil {
				t.Fatal(err)
			}
			at := 0
			for _, want := range tt.wantHTML {
				i := strings.Index(r.HTML[at:], want)
				if i < 0 {
					t.Fatalf("HTML lacks %q after offset %d:\n%s", want, at, r.HTML)
				}
				at += i + len(want)
			}
			checkInertHTML(t, r.HTML, map[string]bool{"https://help.example.org/": true, f.d.questionURL(&data.Question{ID: 1, Slug: "s"}): true, unsubscribeMarker: true}, tt.answer)
			if strings.Contains(r.HTML, "\uFDD0ol") {
				t.Errorf("HTML holds a marker:\n%s", r.HTML)
			}
			if !strings.Contains(r.Text, tt.wantText) {
				t.Errorf("text part lacks %q:\n%s", tt.wantText, r.Text)
			}
		})
	}
}

func TestAnswerReadAsWritten(t *testing.T) {
	f := newFixture(t)
	answer := "Start with walk-run intervals: one minute running and two minutes\n" +
		"walking, for twenty minutes, three times a week.\n\n" +
		"> Should I stop\n> altogether?\n\nNo.\n\nViele Grüße\nSam"
	r, err := f.d.render([]*data.Question{{ID: 1, Slug: "s", Title: "Plan", Body: "How?", Answer: answer}})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"two minutes walking, for twenty minutes",
		"<blockquote", "Should I stop<br",
		"Viele Grüße<br",
	} {
		if !strings.Contains(r.HTML, want) {
			t.Errorf("HTML lacks %q:\n%s", want, r.HTML)
		}
	}
	for _, want := range []string{
		"two minutes walking, for twenty minutes",
		"> Should I stop\n> altogether?",
		"Viele Grüße\nSam",
	} {
		if !strings.Contains(r.Text, want) {
			t.Errorf("text part lacks %q:\n%s", want, r.Text)
		}
	}
}

func TestAnswerLinksAsOnTheSite(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		name, answer string
		links        []string // the addresses linked, in order
		wantText     string   // in the text part, as written
	}{
		{"address the owner's client kept", "Read the plan (https://example.org/plan).",
			[]string{"https://example.org/plan"}, "Read the plan (https://example.org/plan)."},
		{"bare address in a list", "- warm up\n- see http://example.org/a?b=1&c=2, then run",
			[]string{"http://example.org/a?b=1&c=2"}, "- see http://example.org/a?b=1&c=2, then run"},
		{"quoted", "> https://example.org/q\n\nYes.", []string{"https://example.org/q"}, "> https://example.org/q"},
		{"other schemes stay text", "javascript:alert(1) ftp://example.org/f www.example.org mailto:a@example.org",
			nil, "javascript:alert(1) ftp://example.org/f www.example.org"},
		// Cut short by the digest, an address would lead elsewhere.
		{"cut short", strings.Repeat("run ", 170) + "\n\nhttps://example.org/" + strings.Repeat("x", 40),
			nil, "https://example.org…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := f.d.render([]*data.Question{{ID: 1, Slug: "s", Title: "Plan", Body: "How?", Answer: tt.answer}})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			z := html.NewTokenizer(strings.NewReader(r.HTML))
			for tok := z.Next(); tok != html.ErrorToken; tok = z.Next() {
				for _, a := range z.Token().Attr {
					if a.Key == "href" && !strings.HasPrefix(a.Val, "https://help.example.org/") && a.Val != unsubscribeMarker {
						got = append(got, a.Val)
					}
				}
			}
			if strings.Join(got, " ") != strings.Join(tt.links, " ") {
				t.Errorf("got links %q, want %q", got, tt.links)
			}
			checkInertHTML(t, r.HTML, map[string]bool{"https://help.example.org/": true, f.d.questionURL(&data.Question{ID: 1, Slug: "s"}): true, unsubscribeMarker: true}, tt.answer)
			if !strings.Contains(r.Text, tt.wantText) {
				t.Errorf("text part lacks %q:\n%s", tt.wantText, r.Text)
			}
		})
	}
}

func TestQuestionLinksAsOnTheSite(t *testing.T) {
	f := newFixture(t)
	body := "My plan is at https://example.org/my-plan. Too much?"
	r, err := f.d.render([]*data.Question{{ID: 1, Slug: "s", Title: "Plan", Body: body, Answer: "No."}})
	if err != nil {
		t.Fatal(err)
	}
	want := `<a href="https://example.org/my-plan" rel="` + prose.LinkRel + `"`
	if !strings.Contains(r.HTML, want) {
		t.Errorf("HTML lacks %q:\n%s", want, r.HTML)
	}
	if !strings.Contains(r.Text, body) {
		t.Errorf("text part lacks %q as written:\n%s", body, r.Text)
	}
}
