package main

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

// TestSiteWords runs the service with its own sign-off, ebook title and
// newsletter blurb, and finds them in the pages, the welcome mail and the
// digest, with none of the built-in running words left.
func TestSiteWords(t *testing.T) {
	env := servedEnv(t)
	env["HELPLINE_SITE_SIGNOFF"] = "Keep paddling"
	env["HELPLINE_SITE_EBOOK_TITLE"] = "Paddling basics"
	l := startServe(t, env)
	base := "http://" + l.Web
	_, sub := httpGet(t, base+"/subscribe")
	if !strings.Contains(sub, `the free ebook “Paddling basics”`) {
		t.Errorf("subscribe page does not name the ebook:\n%s", sub)
	}
	_, index := httpGet(t, base+"/")
	for _, page := range []string{sub, index} {
		if strings.Contains(page, "Running tips") {
			t.Error("a page still names the built-in ebook")
		}
	}
	if !strings.Contains(index, "Paddling basics") {
		t.Error("the newsletter box does not name the ebook")
	}

	resp, err := http.PostForm(base+"/subscribe", url.Values{"email": {"reader@helpline.localhost"}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	confirm := waitForMail(t, l.IMAP, "reader@helpline.localhost", "onfirm")
	cu, _ := url.Parse(regexp.MustCompile(`http://\S+/confirm/[a-z0-9-]+`).FindString(confirm.Text))
	if resp, err = http.PostForm(base+cu.Path, nil); err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	welcome := waitForMail(t, l.IMAP, "reader@helpline.localhost", "elcome")
	if !strings.Contains(welcome.Text, "Keep paddling") || strings.Contains(welcome.Text, "Happy running") {
		t.Errorf("welcome mail does not close with the configured sign-off:\n%s", welcome.Text)
	}

	askAndAnswer(t, l, "runner@helpline.localhost", "Which paddle length?", "Stand it up: it should reach your wrist.")
	var out, errb strings.Builder
	m := &Main{Stdout: &out, Stderr: &errb, Getenv: envOf(env)}
	if code := m.Run(t.Context(), []string{"digest", "preview"}); code != 0 {
		t.Fatalf("digest preview exited %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "Keep paddling") || strings.Contains(out.String(), "Best wishes") {
		t.Errorf("digest does not close with the configured sign-off:\n%s", out.String())
	}

	env2 := servedEnv(t)
	env2["HELPLINE_SITE_NEWSLETTER_BLURB"] = "Weekly answers from the river, and a booklet."
	_, index = httpGet(t, "http://"+startServe(t, env2).Web+"/")
	if !strings.Contains(index, "Weekly answers from the river, and a booklet.") || strings.Contains(index, "Running tips") {
		t.Errorf("the newsletter box does not show the configured blurb")
	}
}
