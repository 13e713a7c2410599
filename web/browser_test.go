package web

import (
	"context"
	"fmt"
	"os/exec"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	cdpage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// findBrowser returns the first Chromium-like browser on PATH.
func findBrowser() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browser starts a headless browser with a fresh profile and returns a
// context for driving one tab in it, for at most budget, and a count of
// JavaScript dialogs the pages opened (which an executed payload would do).
func browser(t *testing.T, budget time.Duration) (context.Context, *atomic.Int32) {
	t.Helper()
	path := findBrowser()
	if path == "" {
		t.Skip("no chromium, chromium-browser or google-chrome on PATH; install the chromium package to run the browser test")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
	}
	ctx, cancel := context.WithTimeout(context.Background(), budget)
	t.Cleanup(cancel)
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(acancel)
	bctx, bcancel := chromedp.NewContext(actx)
	t.Cleanup(bcancel)
	var dialogs atomic.Int32
	opened := chromedp.Events(bctx, cdpage.JavascriptDialogOpening)
	go func() {
		for _, err := range opened {
			if err != nil {
				return
			}
			dialogs.Add(1)
			chromedp.Call(bctx, cdpage.HandleJavaScriptDialog, cdpage.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
	return bctx, &dialogs
}

// xssProbe is a script expression that is true if any payload ran or left
// live markup in the page.
const xssProbe = `window.__xss === true || document.querySelectorAll('main img, main svg, main iframe, main script').length > 0`

func TestBrowserPagesAndForms(t *testing.T) {
	ctx, dialogs := browser(t, 25*time.Second)
	f := newFixture(t, func(c *Config) { c.PublishComments = true })
	title := `Shoes <img src=x onerror="window.__xss=true;alert(1)">`
	q := f.question(title,
		"Body <script>window.__xss=true;alert(2)</script>",
		"Answer \"><svg onload=\"window.__xss=true;alert(3)\">\n\n- one\n- two",
		`<iframe src="javascript:window.top.__xss=true"></iframe> Eve`)
	path := fmt.Sprintf("/q/%d-%s", q.ID, q.Slug)
	commentName := `<img src=y onerror="window.__xss=true;alert(4)">`
	commentText := "Great <script>window.__xss=true</script> answer"

	text := func(sel string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return v
	}
	probe := func() bool {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[bool](xssProbe))
		if err != nil {
			t.Fatalf("probe: %v", err)
		}
		return v
	}
	submit := func(button string) {
		t.Helper()
		res, err := chromedp.RunResponse(ctx, chromedp.Click(chromedp.CSS(button)))
		if err != nil {
			t.Fatalf("submit %s: %v", button, err)
		}
		if res.Status != 200 {
			t.Fatalf("submit %s: got status %d", button, res.Status)
		}
	}

	if err := chromedp.Do(ctx, chromedp.Navigate(f.srv.URL+"/")); err != nil {
		t.Fatal(err)
	}
	if got := text("ol.questions h2 a"); got != title {
		t.Errorf("index: got title %q, want %q as text", got, title)
	}
	hit := probe()

	if err := chromedp.Do(ctx, chromedp.Navigate(f.srv.URL+path)); err != nil {
		t.Fatal(err)
	}
	if got := text("h1"); got != title {
		t.Errorf("got heading %q, want %q", got, title)
	}
	if got := text(".answer ul"); !strings.Contains(got, "one") || !strings.Contains(got, "two") {
		t.Errorf("answer list: got %q", got)
	}
	hit = hit || probe()

	err := chromedp.Do(ctx,
		chromedp.SendKeys(chromedp.CSS("#comment-name"), commentName),
		chromedp.SendKeys(chromedp.CSS("#comment-text"), commentText),
	)
	if err != nil {
		t.Fatal(err)
	}
	submit(".comment-form button")
	if got := text("#comments .notice"); !strings.Contains(got, "published") {
		t.Errorf("after commenting: got notice %q", got)
	}
	if got := text("#comments article.comment"); !strings.Contains(got, commentName) || !strings.Contains(got, commentText) {
		t.Errorf("comment: got %q, want the name and text as typed", got)
	}
	hit = hit || probe()

	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#stars-4"))); err != nil {
		t.Fatal(err)
	}
	submit(".rate button")
	if got, want := text(".rating-text"), "4.0 out of 5 (1 vote)"; got != want {
		t.Errorf("got rating %q, want %q", got, want)
	}
	if got := text("#rating .notice"); !strings.Contains(got, "rating") {
		t.Errorf("after rating: got notice %q", got)
	}
	if hit || probe() || dialogs.Load() > 0 {
		t.Errorf("a payload ran: live markup %v, %d dialogs", hit, dialogs.Load())
	}
}
