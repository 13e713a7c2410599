package web

import (
	"context"
	_ "embed"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	cdpage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"helpline/data"
	"helpline/inbox"
)

// axeSource is axe-core (see testdata/axe/README.md).
//
//go:embed testdata/axe/axe.min.js
var axeSource string

// widths are the screens every page must suit: a phone and a desktop.
var widths = []int64{390, 1200}

// violation is one rule axe-core found broken, with where.
type violation struct {
	ID     string   `json:"id"`
	Impact string   `json:"impact"`
	Help   string   `json:"help"`
	Nodes  []string `json:"nodes"`
}

// axeRun runs axe-core on the page and returns its serious and critical
// violations.
const axeRun = `axe.run(document, {resultTypes: ['violations']}).then(r => r.violations
	.filter(v => v.impact === 'serious' || v.impact === 'critical')
	.map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(n => n.target.join(' >>> '))})))`

// overflowProbe names the widest element when the page is wider than the
// screen, or returns "".
const overflowProbe = `(() => {
	const w = document.documentElement.clientWidth;
	if (document.documentElement.scrollWidth <= w) return '';
	let worst = '';
	for (const el of document.querySelectorAll('body *')) {
		const r = el.getBoundingClientRect();
		if (r.right > w + 1) worst = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : '') + ' ends at ' + Math.round(r.right) + 'px';
	}
	return 'page is ' + document.documentElement.scrollWidth + 'px wide on a ' + w + 'px screen; ' + worst;
})()`

// setWidth emulates a screen width px wide, as a phone below 600 px.
func setWidth(px int64) chromedp.Action[chromedp.Void] {
	if px < 600 {
		return chromedp.EmulateViewport(px, 844, chromedp.EmulateMobile, chromedp.EmulatePortrait)
	}
	return chromedp.EmulateViewport(px, 900)
}

// artifacts is where screenshots go: $HELPLINE_TEST_SCREENSHOTS, or a
// folder of the test's own.
func artifacts(t *testing.T) string {
	t.Helper()
	if dir := os.Getenv("HELPLINE_TEST_SCREENSHOTS"); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	return t.TempDir()
}

// inspect checks the page the browser shows at each of widths: nothing
// wider than the screen and, with axe, no serious or critical
// accessibility violation. It saves a screenshot of each width under dir as
// name-WIDTH.png.
func inspect(t *testing.T, ctx context.Context, widths []int64, what, dir, name string, axe bool) {
	t.Helper()
	for _, w := range widths {
		if err := chromedp.Do(ctx, setWidth(w)); err != nil {
			t.Fatalf("%s at %dpx: %v", what, w, err)
		}
		if axe {
			if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](axeSource)); err != nil {
				t.Fatalf("%s: inject axe-core: %v", what, err)
			}
			vs, err := chromedp.Run(ctx, chromedp.Evaluate[[]violation](axeRun, chromedp.EvalAwaitPromise))
			if err != nil {
				t.Fatalf("%s at %dpx: axe-core: %v", what, w, err)
			}
			for _, v := range vs {
				t.Errorf("%s at %dpx: %s (%s): %s at %v", what, w, v.ID, v.Impact, v.Help, v.Nodes)
			}
		}
		over, err := chromedp.Run(ctx, chromedp.Evaluate[string](overflowProbe))
		if err != nil {
			t.Fatalf("%s at %dpx: %v", what, w, err)
		}
		if over != "" {
			t.Errorf("%s at %dpx scrolls sideways: %s", what, w, over)
		}
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatalf("%s: screenshot: %v", what, err)
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%s-%d.png", name, w)), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestBrowserPagesAreAccessible(t *testing.T) {
	ctx, _ := browser(t, 3*time.Minute)
	if _, err := chromedp.Call(ctx, cdpage.SetBypassCSP, cdpage.SetBypassCSPParams{Enabled: true}); err != nil {
		t.Fatal(err)
	}
	st := newSite(t, func(c *Config) { c.Asker = acceptAsker{} })
	q := st.question(t, "Knee pain after long runs",
		"My knee hurts after 20 km. I run three times a week, mostly on asphalt, and the pain starts after about two hours.",
		"Start with walk-run intervals: one minute running and two minutes\nwalking, for twenty minutes, three times a week.\n\n"+
			"> mostly on asphalt\n\nTry a trail:\n- soft ground\n- shorter strides\n\nViele Grüße\nSam",
		"Ann Lee")
	qpath := questionPath(q.ID, q.Slug)
	if err := st.nl.Subscribe(context.Background(), "ann@example.org", "Ann", "web"); err != nil {
		t.Fatal(err)
	}
	sub := st.subscriber(t, "ann@example.org")
	confirmMail, err := st.db.ListOutbox(context.Background(), data.OutboxFilter{Kind: data.KindConfirm})
	if err != nil || len(confirmMail) == 0 {
		t.Fatalf("no confirmation mail (%v)", err)
	}
	held, err := st.proc.HoldWeb(context.Background(), inbox.WebQuestion{Email: "bo@example.org", Title: "Hills?",
		Body: "Hills or flat?"}, "192.0.2.1")
	if err != nil {
		t.Fatal(err)
	}
	dir := artifacts(t)

	type step struct {
		name string
		path string                           // a page to open
		do   []chromedp.Action[chromedp.Void] // or what to do on the page before
	}
	submit := func(form string) chromedp.Action[chromedp.Void] {
		return chromedp.Click(chromedp.CSS(form + ` button[type="submit"]`))
	}
	steps := []step{
		{"index", "/", nil},
		{"search", "/search?q=knee", nil},
		{"search-none", "/search?q=zzzz", nil},
		{"question", qpath, nil},
		{"question-rated", qpath + "?notice=rated", nil},
		{"question-comment-errors", qpath, []chromedp.Action[chromedp.Void]{
			chromedp.SendKeys(chromedp.CSS("#comment-name"), "Bo"),
			chromedp.SendKeys(chromedp.CSS("#comment-email"), "bo@nowhere"),
			chromedp.SendKeys(chromedp.CSS("#comment-text"), "Thanks!"),
			submit(".comment-form")}},
		{"ask", "/ask", nil},
		{"ask-errors", "/ask", []chromedp.Action[chromedp.Void]{
			chromedp.SendKeys(chromedp.CSS("#ask-name"), "Bo"),
			chromedp.SendKeys(chromedp.CSS("#ask-email"), "bo@nowhere"),
			chromedp.SendKeys(chromedp.CSS("#ask-title"), "Hills or flat?"),
			chromedp.SendKeys(chromedp.CSS("#ask-question"), "Should I train on hills or on the flat?"),
			submit("form.ask")}},
		{"ask-sent", "/ask?sent=1", nil},
		{"subscribe", "/subscribe", nil},
		{"subscribe-errors", "/subscribe", []chromedp.Action[chromedp.Void]{
			chromedp.SendKeys(chromedp.CSS("#email"), "bo@nowhere"), submit("form.subscribe")}},
		{"subscribe-sent", "/subscribe?sent=1", nil},
		{"confirm", path(st.links.ConfirmURL(sub.ID)), nil},
		{"confirmed", path(st.links.ConfirmURL(sub.ID)), []chromedp.Action[chromedp.Void]{submit("main form")}},
		{"unsubscribe", path(st.links.UnsubscribeURL(sub.ID)), nil},
		{"unsubscribed", path(st.links.UnsubscribeURL(sub.ID)), []chromedp.Action[chromedp.Void]{submit("main form")}},
		{"ask-confirm", path(st.proc.AskConfirmURL(held)), nil},
		{"ask-confirmed", path(st.proc.AskConfirmURL(held)), []chromedp.Action[chromedp.Void]{submit("main form")}},
		{"forget", path(st.pv.ForgetURL(confirmMail[0].ID)), nil},
		{"forgotten", path(st.pv.ForgetURL(confirmMail[0].ID)), []chromedp.Action[chromedp.Void]{submit("main form")}},
		{"not-found", "/nowhere", nil},
	}
	for _, s := range steps {
		if err := chromedp.Do(ctx, setWidth(widths[0]), chromedp.Navigate(st.srv.URL+s.path)); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		if len(s.do) > 0 {
			if _, err := chromedp.RunResponse(ctx, s.do...); err != nil {
				t.Fatalf("%s: %v", s.name, err)
			}
		}
		inspect(t, ctx, widths, s.name, dir, "page-"+s.name, true)
	}
	t.Logf("screenshots in %s", dir)
}

// acceptAsker takes every question from the ask form and does nothing
// with it: the pipeline behind it has tests of its own.
type acceptAsker struct{}

func (acceptAsker) Ask(context.Context, AskRequest) error { return nil }

// TestBrowserFormsWorkFromTheKeyboard signs up with the keyboard alone and
// checks that every control shows where the focus is.
func TestBrowserFormsWorkFromTheKeyboard(t *testing.T) {
	ctx, _ := browser(t, time.Minute)
	st := newSite(t)
	q := st.question(t, "Hills", "How do I run hills?", "Slowly.", "Ann")
	focused := func() (string, string) {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`(() => {
			const el = document.activeElement, s = getComputedStyle(el);
			const shown = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
			return [el.tagName.toLowerCase() + (el.id ? '#' + el.id : ''), shown ? 'shown' : 'hidden'];
		})()`))
		if err != nil {
			t.Fatal(err)
		}
		return v[0], v[1]
	}
	tab := func() (string, string) {
		t.Helper()
		if err := chromedp.Do(ctx, chromedp.KeyEvent("\t")); err != nil {
			t.Fatal(err)
		}
		return focused()
	}
	for _, w := range widths {
		if err := chromedp.Do(ctx, setWidth(w), chromedp.Navigate(st.srv.URL+questionPath(q.ID, q.Slug))); err != nil {
			t.Fatal(err)
		}
		var seen []string
		for range 40 {
			el, shown := tab()
			if el == "body" {
				break
			}
			seen = append(seen, el)
			if shown != "shown" {
				t.Errorf("at %dpx: %s has the focus but does not show it", w, el)
			}
		}
		for _, want := range []string{"a", "input#stars-1", "input#comment-name", "textarea#comment-text", "button", "input#nl-email"} {
			if !strings.Contains(" "+strings.Join(seen, " ")+" ", " "+want+" ") {
				t.Errorf("at %dpx: Tab never reaches %s; it went %v", w, want, seen)
			}
		}
		for _, hidden := range []string{"input#rate-website", "input#comment-website", "input#nl-website"} {
			if strings.Contains(" "+strings.Join(seen, " ")+" ", " "+hidden+" ") {
				t.Errorf("at %dpx: Tab reaches the hidden field %s", w, hidden)
			}
		}
	}

	// Sign up with the keyboard: the first Tab reaches the skip link, which
	// leads to the form.
	if err := chromedp.Do(ctx, chromedp.Navigate(st.srv.URL+"/subscribe")); err != nil {
		t.Fatal(err)
	}
	if el, _ := tab(); el != "a" {
		t.Fatalf("first Tab: got %s, want the skip link", el)
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent("\r")); err != nil {
		t.Fatal(err)
	}
	for el := ""; el != "input#email"; {
		if el, _ = tab(); el == "body" {
			t.Fatal("Tab never reached the email field")
		}
	}
	if _, err := chromedp.RunResponse(ctx, chromedp.KeyEvent("kim@example.org\r")); err != nil {
		t.Fatal(err)
	}
	if got, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("h1"))); err != nil || got != "Check your inbox" {
		t.Errorf("after Enter: got heading %q (%v), want the check-your-inbox page", got, err)
	}
	if s := st.subscriber(t, "kim@example.org"); s.Status != "pending" {
		t.Errorf("got %q, want a pending sign-up", s.Status)
	}
}

// TestBrowserLayoutOnAPhone checks what once looked wrong at 390 px: the
// rating choices keep their labels beside them, and the name field of the
// sign-up form is as wide as the email field.
func TestBrowserLayoutOnAPhone(t *testing.T) {
	ctx, _ := browser(t, time.Minute)
	st := newSite(t)
	q := st.question(t, "Hills", "How do I run hills?", "Slowly.", "Ann")
	if err := chromedp.Do(ctx, setWidth(390), chromedp.Navigate(st.srv.URL+questionPath(q.ID, q.Slug))); err != nil {
		t.Fatal(err)
	}
	apart, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll('.rate fieldset label')].filter(l => {
		const input = document.getElementById(l.htmlFor);
		const box = input.getBoundingClientRect();
		const range = document.createRange();
		range.selectNodeContents(l);
		const lines = [...range.getClientRects()].filter(r => r.width > 0);
		return lines.some(r => r.top >= box.bottom || r.bottom <= box.top);
	}).map(l => l.textContent.trim())`))
	if err != nil {
		t.Fatal(err)
	}
	if len(apart) > 0 {
		t.Errorf("at 390px these rating labels wrap away from their buttons: %q", apart)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(st.srv.URL+"/subscribe")); err != nil {
		t.Fatal(err)
	}
	w, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`['#name', '#email'].map(s => document.querySelector(s).getBoundingClientRect().width)`))
	if err != nil {
		t.Fatal(err)
	}
	if w[0] < w[1] || w[1] < 300 {
		t.Errorf("at 390px the name field is %.0fpx and the email field %.0fpx wide, want both the form's width", w[0], w[1])
	}
}
