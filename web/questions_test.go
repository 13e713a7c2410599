package web

import (
	"context"
	"fmt"
	"net/http"
	"testing"

	"helpline/data"
)

func TestQuestionPage(t *testing.T) {
	f := newFixture(t, nil)
	q := f.question("How to taper?", "Race in 3 weeks.\nWhat now?",
		"Cut volume:\n\n- week 1: 80%\n- week 2: 60%\n\n1. Sleep\n2. Eat\n\nSee https://example.org/taper.", "Robin Hood")
	path := fmt.Sprintf("/q/%d-%s", q.ID, q.Slug)

	res, body := f.get(path)
	wantStatus(t, res, http.StatusOK)
	wantContains(t, body,
		"<h1>How to taper?</h1>", "<bdi>by Robin</bdi>", "Race in 3 weeks.<br>\nWhat now?",
		"Answer by Coach Kim", "<ul>\n<li>week 1: 80%</li>", "<ol>\n<li>Sleep</li>",
		`<a href="https://example.org/taper" rel="nofollow ugc">https://example.org/taper</a>.`,
		`<link rel="canonical" href="`+f.srv.URL+path+`">`, `<meta property="og:title" content="How to taper?">`,
		`action="`+path+`/comments"`, `action="`+path+`/rate"`, `action="/subscribe"`, `href="/"`,
		"No votes yet", "No comments yet")
	wantNotContains(t, body, "Hood")
	wantNoAddresses(t, body)
}

func TestQuestionNotPublic(t *testing.T) {
	f := newFixture(t, nil)
	open := f.question("Open one", "b", "", "A")
	hidden := f.question("Hidden one", "b", "a", "B")
	ctx := context.Background()
	if err := f.db.InTx(ctx, func(tx *data.Tx) error { return tx.SetQuestionStatus(ctx, hidden.ID, data.QuestionHidden) }); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{
		fmt.Sprintf("/q/%d-%s", open.ID, open.Slug),
		fmt.Sprintf("/q/%d-%s", hidden.ID, hidden.Slug),
		"/q/999-nothing", "/q/abc", "/q/0-zero", "/q/-1", "/q/01-x",
	} {
		t.Run(path, func(t *testing.T) {
			res, _ := f.get(path)
			wantStatus(t, res, http.StatusNotFound)
		})
	}
}

func TestQuestionSlugRedirect(t *testing.T) {
	f := newFixture(t, nil)
	q := f.question("Right title", "b", "a", "A")
	canonical := fmt.Sprintf("/q/%d-%s", q.ID, q.Slug)
	for _, path := range []string{fmt.Sprintf("/q/%d-wrong-title", q.ID), fmt.Sprintf("/q/%d", q.ID)} {
		t.Run(path, func(t *testing.T) {
			res, _ := f.get(path)
			wantStatus(t, res, http.StatusMovedPermanently)
			if got := res.Header.Get("Location"); got != canonical {
				t.Errorf("got Location %q, want %q", got, canonical)
			}
		})
	}
}

func TestReaderTextEscaped(t *testing.T) {
	f := newFixture(t, func(c *Config) { c.PublishComments = true })
	payloads := []string{
		`<script>alert(1)</script>`,
		`<img src=x onerror=alert(2)>`,
		`"><svg onload=alert(3)>`,
		`javascript:alert(4)`,
		`https://example.org/"onmouseover="alert(5)`,
	}
	evil := ""
	for _, p := range payloads {
		evil += p + "\n"
	}
	q := f.question("T "+payloads[0], "B "+evil, "A "+evil, payloads[1]+" Smith")
	path := fmt.Sprintf("/q/%d-%s", q.ID, q.Slug)
	res, _ := f.post(path+"/comments", formOf("name", payloads[2], "title", payloads[1], "text", evil))
	wantStatus(t, res, http.StatusSeeOther)

	for _, page := range []string{path, "/", "/search?q=script", "/feed.rss", "/feed.atom"} {
		t.Run(page, func(t *testing.T) {
			res, body := f.get(page)
			wantStatus(t, res, http.StatusOK)
			wantNotContains(t, body, "<script>alert", "<img src=x", "<svg onload", `href="javascript:`, `"onmouseover="`)
			wantNoAddresses(t, body)
		})
	}
	_, body := f.get(path)
	wantContains(t, body, "&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;",
		"&#34;&gt;&lt;svg onload=alert(3)&gt;")
}

func TestQuestionPageNestedList(t *testing.T) {
	f := newFixture(t, nil)
	// Outlook's plain part, as the answer keeps it.
	answer := "Two easy days:\n\n*   Monday\n     o   easy 5 km\n     o   strides\n*   Tuesday\n\nThen rest."
	q := f.question("What to run this week?", "b", answer, "Sam")
	_, body := f.get(fmt.Sprintf("/q/%d-%s", q.ID, q.Slug))
	wantContains(t, body, "<ul>\n<li>Monday\n<ul>\n<li>easy 5 km</li>\n<li>strides</li>\n</ul>\n</li>\n<li>Tuesday</li>\n</ul>")
	wantNotContains(t, body, "o   easy", "<p>o ")
}

// TestQuestionPageFormattedAnswers shows answers the owner formatted in
// their mail client, as the mailbox reads them into text, on the page:
// lists stay lists numbered from their start, table rows stay rows,
// quotes stay quotes, only web addresses become links, and text is
// escaped once.
func TestQuestionPageFormattedAnswers(t *testing.T) {
	f := newFixture(t, nil)
	tests := []struct {
		name, answer string
		want, dont   []string
	}{
		{"numbered from three, nested", "Then:\n\n3. walk for a week\n4. run easy\n   - flat ground\n\nMaren",
			[]string{"<p>Then:</p>\n<ol start=\"3\">\n<li>walk for a week</li>\n<li>run easy\n<ul>\n<li>flat ground</li>\n</ul>\n</li>\n</ol>\n<p>Maren</p>"},
			[]string{"3. walk", "- flat"}},
		{"table rows", "Your paces:\n\neasy | 6:30/km\ntempo | 5:10/km\n\nStay there.",
			[]string{"<p>easy | 6:30/km<br>\ntempo | 5:10/km</p>"}, nil},
		{"cited study", "The study put it well:\n\n> Runners who rested two weeks lost no fitness.\n\nSo rest.",
			[]string{"<blockquote>\n<p>Runners who rested two weeks lost no fitness.</p>\n</blockquote>\n<p>So rest.</p>"}, []string{"&gt; Runners"}},
		{"links", "Read the study (https://example.org/calf-study), mail me (mailto:maren@example.org) or see (ftp://example.org/x).",
			[]string{`(<a href="https://example.org/calf-study" rel="nofollow ugc">https://example.org/calf-study</a>)`, "(mailto:maren@example.org)", "(ftp://example.org/x)"},
			[]string{`href="ftp:`, `href="mailto:maren`}},
		{"escaped once", "Paces under 5:00 & \"easy\" <b>not bold</b>, typed &amp; as is.",
			[]string{"Paces under 5:00 &amp; &#34;easy&#34; &lt;b&gt;not bold&lt;/b&gt;, typed &amp;amp; as is."}, []string{"<b>not", "&amp;amp;amp;"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := f.question("Formatted "+tt.name, "b", tt.answer, "Sam")
			_, body := f.get(fmt.Sprintf("/q/%d-%s", q.ID, q.Slug))
			wantContains(t, body, tt.want...)
			wantNotContains(t, body, tt.dont...)
		})
	}
}
