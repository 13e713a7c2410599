package web

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"helpline/data"
	"helpline/digest"
	"helpline/internal/locale"
	"helpline/internal/newsletter"
	"helpline/templates"
)

// mailWidths are the widths mail is read at: a desktop client's reading
// pane and a phone.
var mailWidths = []int64{600, 390}

// TestBrowserMailFitsTheScreen renders the welcome, confirmation and
// digest mails in Chromium, in English and German, and checks that none is
// wider than the screen. The screenshots are kept (see artifacts).
func TestBrowserMailFitsTheScreen(t *testing.T) {
	ctx, _ := browser(t, 2*time.Minute)
	st := newSite(t)
	q := st.question(t, "What should I eat before a 10k race, and how long before the start?",
		"The race starts at 9am and I usually have nothing.",
		"Something light and familiar two to three hours before: toast with honey, a banana,\n"+
			"coffee if you are used to it.\n\n> I usually have nothing\n\nThat works for some:\n- try it in training first\n- https://example.org/a/very/long/address/that/must/wrap/somewhere/on/a/phone\n\nViele Grüße\nSam",
		"Anna Lee")
	site := templates.MailSite{Name: "Running Helpline", Link: "https://helpline.example"}
	mails := map[string]string{}
	for _, lang := range []string{"en", "de"} {
		loc, err := locale.New(lang, nil)
		if err != nil {
			t.Fatal(err)
		}
		m := templates.NewsletterMail{FirstName: "Anna-Katharina", EbookName: "running-tips.pdf",
			ConfirmURL: st.links.ConfirmURL(q.ID), UnsubscribeURL: st.links.UnsubscribeURL(q.ID)}
		for name, render := range map[string]func(templates.MailSite, templates.NewsletterMail, templates.Words) (templates.RenderedMail, error){
			"confirm": templates.ConfirmMail, "welcome": templates.WelcomeMail} {
			r, err := render(site, m, loc)
			if err != nil {
				t.Fatal(err)
			}
			mails[name+"-"+lang] = r.HTML
		}
		mails["digest-"+lang] = digestHTML(t, st.db, st.links, site, loc)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(mails[r.URL.Path[1:]]))
	}))
	t.Cleanup(srv.Close)
	dir := artifacts(t)
	for name := range mails {
		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/"+name)); err != nil {
			t.Fatal(err)
		}
		inspect(t, ctx, mailWidths, name+" mail", dir, "mail-"+name, false)
	}
	t.Logf("screenshots in %s", dir)
}

// digestHTML is the digest of what db holds, as one subscriber gets it.
func digestHTML(t *testing.T, db *data.DB, links newsletter.Links, site templates.MailSite, loc *locale.Locale) string {
	t.Helper()
	d, err := digest.New(db, digest.Config{Site: site, Links: links, Schedule: "0 8 * * 1", MaxItems: 5, Locale: loc},
		slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	p, err := d.Preview(context.Background())
	if err != nil || p.Rendered == nil {
		t.Fatalf("digest preview: %v, %+v", err, p)
	}
	html, _ := p.Sample("Anna", links.UnsubscribeURL(1))
	return html
}
