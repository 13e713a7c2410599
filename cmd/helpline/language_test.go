package main

import (
	"context"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"helpline/internal/locale"
	"helpline/internal/syncbuf"
)

// englishCheck finds the site's English words in text meant to be in
// another language: every stretch of an English message between its
// values, unless the other language uses the same words.
type englishCheck struct {
	t       *testing.T
	phrases []*regexp.Regexp
	seen    int
}

func newEnglishCheck(t *testing.T, lang string) *englishCheck {
	en, err := locale.Catalog(locale.Default)
	if err != nil {
		t.Fatal(err)
	}
	other, err := locale.Catalog(lang)
	if err != nil {
		t.Fatal(err)
	}
	var theirs []string
	for _, e := range other {
		theirs = append(theirs, e.Text)
		for _, f := range e.Forms {
			theirs = append(theirs, f)
		}
	}
	all := strings.Join(theirs, "\n")
	verb := regexp.MustCompile(`%(\[\d+\])?[.\d]*[a-z]`)
	c := &englishCheck{t: t}
	for id, e := range en {
		if id == "months" || id == "date" {
			continue
		}
		texts := []string{e.Text}
		for _, f := range e.Forms {
			texts = append(texts, f)
		}
		for _, s := range texts {
			for _, frag := range verb.Split(s, -1) {
				frag = strings.Trim(frag, " .,:;!?()“”‘’«»\"#-—←→©")
				if len([]rune(frag)) < 4 || !strings.ContainsAny(strings.ToLower(frag), "aeiouy") {
					continue
				}
				re := regexp.MustCompile(`\b` + regexp.QuoteMeta(frag) + `\b`)
				if re.MatchString(all) {
					continue // the other language says it the same way
				}
				c.phrases = append(c.phrases, re)
			}
		}
	}
	return c
}

var tag = regexp.MustCompile(`(?s)<style.*?</style>|<[^>]*>`)

// check fails the test for each English phrase in what, an HTML page or a
// mail's subject and parts.
func (c *englishCheck) check(what string, parts ...string) {
	c.t.Helper()
	c.seen++
	for _, p := range parts {
		text := html.UnescapeString(tag.ReplaceAllString(p, " "))
		for _, re := range c.phrases {
			if m := re.FindString(text); m != "" {
				c.t.Errorf("%s: English %q left in it", what, m)
			}
		}
	}
}

func (c *englishCheck) mail(what string, m fetched) {
	c.t.Helper()
	c.check(what+" mail", m.Subject, m.Text, m.HTML)
	if m.HTML != "" && !strings.Contains(m.HTML, `lang="de"`) {
		c.t.Errorf("%s mail: the HTML part does not say it is German", what)
	}
}

// page fetches a page and checks it; it returns the page.
func (c *englishCheck) page(method, u string, form url.Values) string {
	c.t.Helper()
	var resp *http.Response
	var err error
	if method == "POST" {
		resp, err = http.PostForm(u, form)
	} else {
		resp, err = http.Get(u)
	}
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	body := string(b)
	what := method + " " + u
	if !strings.Contains(body, `<html lang="de">`) {
		c.t.Errorf("%s: got no lang=\"de\" (status %d)", what, resp.StatusCode)
	}
	c.check(what, body)
	return body
}

// TestGermanSiteAndMail runs the service with site.language = "de" and
// goes through every page and every mail: none may keep an English word
// of the catalog.
func TestGermanSiteAndMail(t *testing.T) {
	env := servedEnv(t)
	env["HELPLINE_SITE_LANGUAGE"] = "de"
	l := startServe(t, env)
	base := "http://" + l.Web
	c := newEnglishCheck(t, "de")
	owner, runner, reader := "owner@helpline.localhost", "runner@helpline.localhost", "reader@helpline.localhost"

	c.page("GET", base+"/", nil) // no answers yet

	// A question by mail: the acknowledgement and the notification.
	sendMail(t, l.SMTP, runner, []string{"ask@helpline.localhost"},
		"From: Rita Läuferin <"+runner+">\nTo: ask@helpline.localhost\nSubject: Wie lang soll der lange Lauf sein?\n"+
			"Content-Type: text/plain; charset=utf-8\n\nIch laufe 30 km pro Woche.\n")
	title := "Wie lang soll der lange Lauf sein?"
	c.mail("acknowledgement", waitForMailWith(t, l.IMAP, runner, title, "Hallo Rita"))
	note := waitForMail(t, l.IMAP, owner, "Frage: "+title)
	c.mail("notification", note)

	// A reply without new text, then the answer.
	reply := func(body string) {
		sendMail(t, l.SMTP, owner, []string{note.ReplyTo[0].Addr},
			fmt.Sprintf("From: %s\nTo: %s\nSubject: Re: %s\nIn-Reply-To: <%s>\nContent-Type: text/plain; charset=utf-8\n\n%s",
				owner, note.ReplyTo[0].Addr, note.Subject, note.MessageID, body))
	}
	reply("> Ich laufe 30 km pro Woche.\n")
	c.mail("not published", waitForMail(t, l.IMAP, owner, "Nicht veröffentlicht"))
	reply("Etwa ein Drittel des Wochenumfangs.\n\n> Ich laufe 30 km pro Woche.\n")
	answered := waitForMail(t, l.IMAP, runner, "Beantwortet: "+title)
	c.mail("answered", answered)
	u, err := url.Parse(regexp.MustCompile(`http://\S+/q/\d+-\S+`).FindString(answered.Text))
	if err != nil || u.Path == "" {
		t.Fatalf("no link in the answered mail:\n%s", answered.Text)
	}
	q := base + u.Path

	// Every page.
	for _, p := range []string{"/", "/search?q=Lauf", "/search?q=Schwimmen", "/search", u.Path, u.Path + "?notice=rated",
		u.Path + "?notice=comment-pending", "/ask", "/ask?sent=1", "/subscribe", "/subscribe?sent=1", "/nirgends",
		"/?page=x", "/?page=9", "/confirm/1-aaaaaaaaaaaaaaaa", "/search?q=" + strings.Repeat("x", 300)} {
		c.page("GET", base+p, nil)
	}
	for _, f := range []struct {
		path string
		form url.Values
	}{
		{"/ask", url.Values{"email": {"kein Mail"}}},
		{"/subscribe", url.Values{"email": {"kein Mail"}}},
		{u.Path + "/comments", url.Values{"name": {"Ann"}, "email": {"kaputt"}}},
		{u.Path + "/rate", url.Values{"stars": {"9"}}},
		{u.Path + "/comments", url.Values{"name": {"Ann"}, "text": {"Hat mir sehr geholfen."}}},
		{u.Path + "/rate", url.Values{"stars": {"4"}}},
		{"/ask", url.Values{"name": {"Ben"}, "email": {reader}, "title": {"Laufen bei Hitze?"},
			"question": {"Wie trinke ich richtig, wenn es sehr heiß ist?"}}},
	} {
		c.page("POST", base+f.path, f.form)
	}
	c.page("GET", q, nil) // with a rating
	c.mail("comment to approve", waitForMail(t, l.IMAP, owner, "Kommentar zur Freigabe"))
	askConfirm := waitForMail(t, l.IMAP, reader, "Bitte bestätigen Sie Ihre Frage")
	c.mail("question confirmation", askConfirm)
	au, _ := url.Parse(regexp.MustCompile(`http://\S+/ask/confirm/[a-z0-9-]+`).FindString(askConfirm.Text))
	c.page("GET", base+au.Path, nil)
	c.page("POST", base+au.Path, url.Values{})
	c.page("POST", base+au.Path, url.Values{}) // the link, used up
	c.mail("acknowledgement from the web", waitForMailWith(t, l.IMAP, reader, "Laufen bei Hitze?", "Hallo Ben"))
	for _, f := range []string{"/feed.rss", "/feed.atom"} {
		_, body := httpGet(t, base+f)
		c.check(f, body)
	}

	// Subscribing, confirming twice, the welcome, the digest, leaving.
	postForm(t, base+"/subscribe", url.Values{"email": {reader}, "name": {"Rea"}})
	confirm := waitForMail(t, l.IMAP, reader, "Anmeldung")
	c.mail("confirmation", confirm)
	cu, _ := url.Parse(regexp.MustCompile(`http://\S+/confirm/[a-z0-9-]+`).FindString(confirm.Text))
	c.page("GET", base+cu.Path, nil)
	c.page("POST", base+cu.Path, url.Values{})
	c.page("POST", base+cu.Path, url.Values{})
	welcome := waitForMail(t, l.IMAP, reader, "Willkommen")
	c.mail("welcome", welcome)
	var out, errs syncbuf.Buffer
	m := &Main{Stdout: &out, Stderr: &errs, Getenv: envOf(env)}
	if code := m.Run(context.Background(), []string{"digest", "send", "--now"}); code != 0 {
		t.Fatalf("digest send exited %d: %s", code, errs.String())
	}
	c.mail("digest", waitForMail(t, l.IMAP, reader, "neue Antwort"))
	uu, _ := url.Parse(regexp.MustCompile(`http://\S+/unsubscribe/[a-z0-9-]+`).FindString(welcome.Text))
	c.page("GET", base+uu.Path, nil)
	c.page("POST", base+uu.Path, url.Values{})
	fu, _ := url.Parse(regexp.MustCompile(`http://\S+/forget/[a-z0-9-]+`).FindString(welcome.Text))
	c.page("GET", base+fu.Path, nil)
	c.page("POST", base+fu.Path, url.Values{})
	if c.seen < 46 {
		t.Errorf("checked %d pages and mails, want every one", c.seen)
	}
}
