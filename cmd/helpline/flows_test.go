package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-message/mail"

	"helpline/data"
	"helpline/inbox"
	"helpline/internal/syncbuf"
	"helpline/templates"
)

// askAndAnswer mails a question as runner and answers it as the owner by
// replying to the notification; it returns the question's page path.
func askAndAnswer(t *testing.T, l Listening, runner, title, answer string) string {
	t.Helper()
	sendMail(t, l.SMTP, runner, []string{"ask@helpline.localhost"},
		fmt.Sprintf("From: %s\nTo: ask@helpline.localhost\nSubject: %s\n\nPlease help.\n", runner, title))
	note := waitForMail(t, l.IMAP, "owner@helpline.localhost", "Question: "+title)
	sendMail(t, l.SMTP, "owner@helpline.localhost", []string{note.ReplyTo[0].Addr},
		fmt.Sprintf("From: owner@helpline.localhost\nTo: %s\nSubject: Re: %s\nIn-Reply-To: <%s>\n\n%s\n\n> quoted notification\n",
			note.ReplyTo[0].Addr, note.Subject, note.MessageID, answer))
	done := waitForMail(t, l.IMAP, runner, "Answered: "+title)
	link := regexp.MustCompile(`http://\S+/q/\d+-\S+`).FindString(done.Text)
	u, err := url.Parse(link)
	if err != nil || link == "" {
		t.Fatalf("no link in the answered mail: %q", done.Text)
	}
	return u.Path
}

// rawMailbox returns the raw messages of an account.
func rawMessages(t *testing.T, l Listening, user, subj string) [][]byte {
	t.Helper()
	var out [][]byte
	for _, m := range mailbox(t, l.IMAP, user) {
		if strings.Contains(m.Subject, subj) {
			out = append(out, m.Raw)
		}
	}
	return out
}

// attachment returns the bytes of the first attachment of a raw mail.
func attachment(t *testing.T, raw []byte) (string, []byte) {
	t.Helper()
	r, err := mail.CreateReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	for {
		p, err := r.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if h, ok := p.Header.(*mail.AttachmentHeader); ok {
			name, _ := h.Filename()
			b, err := io.ReadAll(p.Body)
			if err != nil {
				t.Fatal(err)
			}
			return name, b
		}
	}
	return "", nil
}

func postForm(t *testing.T, u string, v url.Values) {
	t.Helper()
	resp, err := http.PostForm(u, v)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode >= 400 {
		t.Fatalf("POST %s: %s", u, resp.Status)
	}
}

func confirmFromMail(t *testing.T, l Listening, user string) {
	t.Helper()
	confirm := waitForMail(t, l.IMAP, user, "onfirm")
	link := regexp.MustCompile(`http://\S+/confirm/[a-z0-9-]+`).FindString(confirm.Text)
	u, err := url.Parse(link)
	if err != nil || link == "" {
		t.Fatalf("no confirm link in %q", confirm.Text)
	}
	postForm(t, "http://"+l.Web+u.Path, nil)
}

// wantListHeaders checks what every mail to a subscriber must carry
// (RFC 2369, RFC 2919, RFC 8058): both unsubscribe ways, one-click, the
// list's id and a visible link.
func wantListHeaders(t *testing.T, what string, m fetched) {
	t.Helper()
	lu := m.Header.Get("List-Unsubscribe")
	if !regexp.MustCompile(`<http://[^>]+/unsubscribe/[a-z0-9-]+>`).MatchString(lu) || !strings.Contains(lu, "<mailto:ask+u.") {
		t.Errorf("%s: List-Unsubscribe = %q, want an https link and a mailto", what, lu)
	}
	if m.Header.Get("List-Unsubscribe-Post") != "List-Unsubscribe=One-Click" {
		t.Errorf("%s: List-Unsubscribe-Post = %q", what, m.Header.Get("List-Unsubscribe-Post"))
	}
	if m.Header.Get("List-Id") == "" {
		t.Errorf("%s: no List-Id", what)
	}
	if !strings.Contains(m.Text, "/unsubscribe/") || !strings.Contains(m.HTML, "/unsubscribe/") {
		t.Errorf("%s: the unsubscribe link is not visible in both parts", what)
	}
}

func subscriberStatus(t *testing.T, dbPath, email string) string {
	t.Helper()
	db, err := data.Open(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	sub, err := db.SubscriberByEmail(context.Background(), email)
	if err != nil {
		t.Fatal(err)
	}
	return sub.Status
}

// TestServeMailFlows covers what readers and the owner do by mail:
// subscribing and leaving, moderating comments, and receiving the digest.
func TestServeMailFlows(t *testing.T) {
	env := servedEnv(t)
	ebook := filepath.Join(t.TempDir(), "book.pdf")
	pdf := append(templates.SampleEbook(), "\n% configured copy\n%%EOF\n"...)
	if err := os.WriteFile(ebook, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	env["HELPLINE_NEWSLETTER_EBOOK"] = ebook
	l := startServe(t, env)
	base := "http://" + l.Web

	// Subscribing by mail, to the subscribe route.
	sam := "sam@helpline.localhost"
	sendMail(t, l.SMTP, sam, []string{"ask+subscribe@helpline.localhost"},
		"From: Sam <"+sam+">\nTo: ask+subscribe@helpline.localhost\nSubject: hi\n\nplease add me\n")
	confirmFromMail(t, l, sam)
	if c := waitForMail(t, l.IMAP, sam, "onfirm"); c.Header.Get("List-Unsubscribe") != "" || strings.Contains(c.Text, "/unsubscribe/") {
		t.Errorf("confirmation: carries an unsubscribe link before anyone is subscribed")
	}
	wantListHeaders(t, "welcome", waitForMail(t, l.IMAP, sam, "elcome"))
	welcome := rawMessages(t, l, sam, "elcome")
	if len(welcome) != 1 {
		t.Fatalf("%d welcome mails, want 1", len(welcome))
	}
	name, got := attachment(t, welcome[0])
	if name != "helpline-running-tips.pdf" || !bytes.Equal(got, pdf) {
		t.Fatalf("attachment %q of %d bytes, want the configured ebook (%d bytes)", name, len(got), len(pdf))
	}
	if s := subscriberStatus(t, env["HELPLINE_DATABASE_PATH"], sam); s != data.SubscriberActive {
		t.Fatalf("sam is %s, want active", s)
	}

	// A second subscriber, through the web.
	rea := "rea@helpline.localhost"
	postForm(t, base+"/subscribe", url.Values{"email": {rea}, "name": {"Rea Reader"}})
	confirmFromMail(t, l, rea)

	// Leaving by mail: the mailto of List-Unsubscribe.
	wm, _ := inbox.Parse(welcome[0])
	mailto := regexp.MustCompile(`<mailto:([^?>]+)`).FindStringSubmatch(wm.Header.Get("List-Unsubscribe"))
	if mailto == nil {
		t.Fatalf("List-Unsubscribe = %q", wm.Header.Get("List-Unsubscribe"))
	}
	sendMail(t, l.SMTP, sam, []string{mailto[1]}, "From: "+sam+"\nTo: "+mailto[1]+"\nSubject: unsubscribe\n\n")
	deadline := time.Now().Add(20 * time.Second)
	for subscriberStatus(t, env["HELPLINE_DATABASE_PATH"], sam) != data.SubscriberUnsubscribed {
		if time.Now().After(deadline) {
			t.Fatal("unsubscribing by mail did not take effect")
		}
		time.Sleep(50 * time.Millisecond)
	}

	// An answered question, then a comment the owner approves by mail and
	// one the owner rejects.
	path := askAndAnswer(t, l, "runner@helpline.localhost", "Shoes for trails", "Get shoes with a rock plate.")
	for _, c := range []struct{ name, text, reply string }{
		{"Ann", "Rock plates saved my feet.", "approve"},
		{"Spammer", "Buy cheap watches.", "reject"},
	} {
		postForm(t, base+path+"/comments", url.Values{"name": {c.name}, "text": {c.text}})
		note := waitForMailWith(t, l.IMAP, "owner@helpline.localhost", "Comment to approve", c.text)
		sendMail(t, l.SMTP, "owner@helpline.localhost", []string{note.ReplyTo[0].Addr},
			fmt.Sprintf("From: owner@helpline.localhost\nTo: %s\nSubject: Re: %s\nIn-Reply-To: <%s>\n\n%s\n\nOn Tue, Helpline wrote:\n> %s\n",
				note.ReplyTo[0].Addr, note.Subject, note.MessageID, c.reply, c.text))
	}
	deadline = time.Now().Add(20 * time.Second)
	for {
		_, page := httpGet(t, base+path)
		if strings.Contains(page, "Rock plates saved my feet.") {
			if strings.Contains(page, "cheap watches") {
				t.Fatal("the rejected comment is on the page")
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the approved comment never appeared")
		}
		time.Sleep(50 * time.Millisecond)
	}

	// The digest, sent at once: Rea gets exactly one copy, Sam (gone)
	// none; a second run for the same period sends nothing.
	for i := 0; i < 2; i++ {
		var out, errs syncbuf.Buffer
		m := &Main{Stdout: &out, Stderr: &errs, Getenv: envOf(env)}
		if code := m.Run(context.Background(), []string{"digest", "send", "--now"}); code != 0 {
			t.Fatalf("digest send exited %d: %s", code, errs.String())
		}
	}
	digest := waitForMail(t, l.IMAP, rea, "Shoes for trails")
	wantListHeaders(t, "digest", digest)
	if digest.Header.Get("Precedence") != "bulk" || !strings.Contains(digest.Header.Get("List-Unsubscribe"), "/unsubscribe/") {
		t.Errorf("digest headers: Precedence %q, List-Unsubscribe %q", digest.Header.Get("Precedence"), digest.Header.Get("List-Unsubscribe"))
	}
	if !strings.Contains(digest.Text, "rock plate") || !strings.Contains(digest.Text, "/unsubscribe/") {
		t.Errorf("digest text lacks the answer or the unsubscribe link:\n%s", digest.Text)
	}
	time.Sleep(500 * time.Millisecond) // a second copy would have arrived by now
	if n := len(rawMessages(t, l, rea, "Shoes for trails")); n != 1 {
		t.Fatalf("rea has %d digests, want 1", n)
	}
	if n := len(rawMessages(t, l, sam, "Shoes for trails")); n != 0 {
		t.Fatalf("sam, who left, has %d digests", n)
	}
}
