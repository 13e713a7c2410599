package main

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

// TestServeOwnerForward runs the service on its defaults: the owner
// forwards a reader's mail to the helpline, is notified of it as of any
// question, and answers it; the reader gets the answer, nobody an
// acknowledgement, and no public page shows the reader's address or the
// owner's note.
func TestServeOwnerForward(t *testing.T) {
	l := startServe(t, servedEnv(t))
	base := "http://" + l.Web
	const (
		owner  = "owner@helpline.localhost"
		reader = "lena@helpline.localhost"
		title  = "Knee pain after long runs"
		note   = "Lena asked me at the club, worth answering on the site."
	)
	sendMail(t, l.SMTP, owner, []string{"ask@helpline.localhost"}, fmt.Sprintf(
		"From: Coach <%s>\nTo: ask@helpline.localhost\nSubject: Fwd: %s\n\n%s\n\n"+
			"---------- Forwarded message ---------\nFrom: Lena Berg <%s>\nDate: Mon, 2 Nov 2026 at 09:12\n"+
			"Subject: %s\nTo: Coach <%s>\n\n\nHi Coach,\n\nMy knee hurts after every run over 20 km. Should I stop?\n\nLena\n",
		owner, title, note, reader, title, owner))

	notice := waitForMail(t, l.IMAP, owner, "Question: "+title)
	if !strings.Contains(notice.Text, reader) || !strings.Contains(notice.Text, note) {
		t.Errorf("notification = %q, want the reader's address and the owner's note", notice.Text)
	}
	sendMail(t, l.SMTP, owner, []string{notice.ReplyTo[0].Addr},
		fmt.Sprintf("From: %s\nTo: %s\nSubject: Re: %s\nIn-Reply-To: <%s>\n\nRest a week, then build up again.\n\n> quoted notification\n",
			owner, notice.ReplyTo[0].Addr, notice.Subject, notice.MessageID))
	done := waitForMail(t, l.IMAP, reader, "Answered: "+title)
	link := regexp.MustCompile(`http://\S+/q/\d+-\S+`).FindString(done.Text)
	u, err := url.Parse(link)
	if err != nil || link == "" {
		t.Fatalf("no link in the answered mail: %q", done.Text)
	}

	for _, who := range []string{owner, reader} {
		for _, m := range mailbox(t, l.IMAP, who) {
			if strings.HasPrefix(m.Subject, "Re: "+title) {
				t.Errorf("%s got %q, want no acknowledgement", who, m.Subject)
			}
		}
	}
	pages := []string{u.Path, "/", "/feed.rss", "/feed.atom", "/sitemap.xml", "/search?q=knee"}
	for _, p := range pages {
		code, page := httpGet(t, base+p)
		if code != 200 {
			t.Errorf("GET %s: %d", p, code)
		}
		if p == u.Path && !strings.Contains(page, "My knee hurts") {
			t.Errorf("GET %s: the forwarded question is not on its page", p)
		}
		for _, secret := range []string{reader, "lena@", note, "Forwarded message"} {
			if strings.Contains(page, secret) {
				t.Errorf("GET %s shows %q", p, secret)
			}
		}
	}
}
