package web

import (
	"context"
	"fmt"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"testing"

	"helpline/data"
	"helpline/internal/token"
)

func formOf(kv ...string) url.Values {
	v := url.Values{}
	for i := 0; i+1 < len(kv); i += 2 {
		v.Set(kv[i], kv[i+1])
	}
	return v
}

func TestCommentHeldForApproval(t *testing.T) {
	f := newFixture(t, nil)
	q := f.question("Cadence", "b", "a", "A")
	path := fmt.Sprintf("/q/%d-%s", q.ID, q.Slug)
	res, _ := f.post(path+"/comments", formOf("name", "Sam Reader", "email", "sam@example.org",
		"title", "Thanks", "text", "This <b>helped</b> a lot."))
	wantStatus(t, res, http.StatusSeeOther)
	if got, want := res.Header.Get("Location"), path+"?notice=comment-pending#comments"; got != want {
		t.Errorf("got Location %q, want %q", got, want)
	}
	res, body := f.get(path + "?notice=comment-pending")
	wantStatus(t, res, http.StatusOK)
	wantContains(t, body, "will appear once it has been approved")
	wantNotContains(t, body, "a lot.")

	mails, err := f.db.ListOutbox(context.Background(), data.OutboxFilter{Kind: data.KindComment})
	if err != nil || len(mails) != 1 {
		t.Fatalf("got %d moderation mails (%v), want 1", len(mails), err)
	}
	m := mails[0]
	id, err := f.signer.ParseRoute("ask@helpline.test", m.ReplyTo, token.Comment)
	if err != nil {
		t.Fatalf("Reply-To %q is not a comment route: %v", m.ReplyTo, err)
	}
	if id2, err := f.signer.ParseMessageID(m.MessageID, token.Comment); err != nil || id2 != id {
		t.Errorf("Message-ID %q: got id %d (%v), want %d", m.MessageID, id2, err, id)
	}
	if m.To != "owner@helpline.test" || m.QuestionID != q.ID {
		t.Errorf("got mail to %q about question %d, want owner@helpline.test about %d", m.To, m.QuestionID, q.ID)
	}
	wantContains(t, m.Text, "This <b>helped</b> a lot.", "approve", "reject")
	wantContains(t, m.HTML, "This &lt;b&gt;helped&lt;/b&gt; a lot.")

	if err := f.db.InTx(context.Background(), func(tx *data.Tx) error {
		return tx.SetCommentStatus(context.Background(), id, data.CommentApproved)
	}); err != nil {
		t.Fatal(err)
	}
	_, body = f.get(path)
	wantContains(t, body, "<h3>Thanks</h3>", "by Sam Reader", "This &lt;b&gt;helped&lt;/b&gt; a lot.", "Comments (1)")
	wantNoAddresses(t, body)
}

func TestCommentPublishedAtOnce(t *testing.T) {
	f := newFixture(t, func(c *Config) { c.PublishComments = true })
	q := f.question("Cadence", "b", "a", "A")
	path := fmt.Sprintf("/q/%d-%s", q.ID, q.Slug)
	res, _ := f.post(path+"/comments", formOf("name", "Sam", "text", "Straight on the page."))
	wantStatus(t, res, http.StatusSeeOther)
	_, body := f.get(path + "?notice=comment-published")
	wantContains(t, body, "Straight on the page.", "Your comment is published")
	if mails, _ := f.db.ListOutbox(context.Background(), data.OutboxFilter{Kind: data.KindComment}); len(mails) != 0 {
		t.Errorf("got %d moderation mails, want none", len(mails))
	}
	_, body = f.get("/")
	wantContains(t, body, "1 comment")
}

// Addresses typed into a comment's name, title or text are never
// published.
func TestCommentAddressesHidden(t *testing.T) {
	f := newFixture(t, func(c *Config) { c.PublishComments = true })
	q := f.question("Cadence", "b", "a", "A")
	path := fmt.Sprintf("/q/%d-%s", q.ID, q.Slug)
	res, _ := f.post(path+"/comments", formOf("name", "sam@example.org", "title", "Ask lena@club.example",
		"text", "She answers at lena.berg@club.example, or mailto:coach@club.example."))
	wantStatus(t, res, http.StatusSeeOther)
	_, body := f.get(path)
	wantContains(t, body, "She answers at [address hidden], or [address hidden].", "by a reader")
	wantNotContains(t, body, "example.org", "club.example")
	res, _ = f.post(path+"/comments", formOf("name", "Ken", "text", "Mine is ken＠example．org, or ken\u200b@club.example."))
	wantStatus(t, res, http.StatusSeeOther)
	_, body = f.get(path)
	wantContains(t, body, "Mine is [address hidden], or [address hidden].")
}

// A Hebrew or Arabic name comes with direction marks its writer cannot
// see: they are dropped, not refused, and the name is isolated on the
// page so that it cannot turn the date after it around.
func TestCommentDirectionMarksDropped(t *testing.T) {
	f := newFixture(t, func(c *Config) { c.PublishComments = true })
	q := f.question("Cadence", "b", "a", "A")
	path := fmt.Sprintf("/q/%d-%s", q.ID, q.Slug)
	res, _ := f.post(path+"/comments", formOf("name", "\u200fדנה\u200f", "title", "\u2067תודה\u2069 5 km",
		"text", "Thanks, that helped."))
	wantStatus(t, res, http.StatusSeeOther)
	_, body := f.get(path)
	wantContains(t, body, "<bdi>by דנה</bdi> · <time", "<h3>תודה 5 km</h3>")
	wantNotContains(t, body, "\u200f", "\u2067", "\u2069")
}

// The owner's mail about a held comment whose name was only an address
// names the commenter as the page will, not with an empty "From:".
func TestModerationMailNamesAnAddressOnlyCommenter(t *testing.T) {
	f := newFixture(t, nil)
	q := f.question("Cadence", "b", "a", "A")
	path := fmt.Sprintf("/q/%d-%s", q.ID, q.Slug)
	res, _ := f.post(path+"/comments", formOf("name", "leo@example.org", "text", "Great answer, thanks a lot!"))
	wantStatus(t, res, http.StatusSeeOther)
	mails, err := f.db.ListOutbox(context.Background(), data.OutboxFilter{Kind: data.KindComment})
	if err != nil || len(mails) != 1 {
		t.Fatalf("got %d moderation mails (%v), want 1", len(mails), err)
	}
	wantContains(t, mails[0].Text, "From: a reader\n")
	wantContains(t, mails[0].HTML, "<strong>From:</strong> a reader")
	wantNotContains(t, mails[0].Text, "leo@example.org")
}

func TestCommentRefused(t *testing.T) {
	f := newFixture(t, nil)
	q := f.question("Cadence", "b", "a", "A")
	path := fmt.Sprintf("/q/%d-%s", q.ID, q.Slug)
	tests := []struct {
		name string
		form url.Values
		want string
	}{
		{"no name", formOf("text", "kept text here"), "Your name is required."},
		{"no text", formOf("name", "Sam"), "Your comment is required."},
		{"bad email", formOf("name", "Sam", "email", "not-an-address", "text", "kept text here"), "does not look like an email"},
		{"newline in name", formOf("name", "Sam\r\nBcc: x", "text", "kept text here"), "must be on one line"},
		{"long title", formOf("name", "Sam", "title", strings.Repeat("t", 121), "text", "kept text here"), "The title is too long"},
		{"long text", formOf("name", "Sam", "text", strings.Repeat("w", 4001)), "Your comment is too long"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, body := f.post(path+"/comments", tt.form)
			wantStatus(t, res, http.StatusUnprocessableEntity)
			wantContains(t, body, tt.want)
			if v := tt.form.Get("text"); v != "" && len(v) < 100 {
				wantContains(t, body, ">"+v+"</textarea>")
			}
		})
	}
	res, _ := f.post("/q/999-none/comments", formOf("name", "Sam", "text", "hello there"))
	wantStatus(t, res, http.StatusNotFound)
}

func TestCommentHoneypotAndLimit(t *testing.T) {
	f := newFixture(t, nil)
	q := f.question("Cadence", "b", "a", "A")
	path := fmt.Sprintf("/q/%d-%s", q.ID, q.Slug)
	res, _ := f.post(path+"/comments", formOf("name", "Bot", "text", "buy things", "website", "http://spam.example"))
	wantStatus(t, res, http.StatusSeeOther)
	if c, err := f.db.CommentByID(context.Background(), 1); err == nil {
		t.Fatalf("honeypot comment stored: %+v", c)
	}

	for i := range commentBurst {
		res, _ := f.post(path+"/comments", formOf("name", "Sam", "text", fmt.Sprintf("comment %d", i)))
		wantStatus(t, res, http.StatusSeeOther)
	}
	res, body := f.post(path+"/comments", formOf("name", "Sam", "text", "one too many"))
	wantStatus(t, res, http.StatusTooManyRequests)
	wantContains(t, body, "wait a few minutes", ">one too many</textarea>")
}

func TestCrossOriginPostRefused(t *testing.T) {
	f := newFixture(t, nil)
	q := f.question("Cadence", "b", "a", "A")
	path := fmt.Sprintf("/q/%d-%s", q.ID, q.Slug)
	for _, target := range []string{path + "/comments", path + "/rate", "/ask"} {
		t.Run(target, func(t *testing.T) {
			res, _ := f.post(target, formOf("name", "Sam", "text", "forged", "stars", "1"),
				"Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site")
			wantStatus(t, res, http.StatusForbidden)
		})
	}
	if c, err := f.db.CommentByID(context.Background(), 1); err == nil {
		t.Errorf("forged comment stored: %+v", c)
	}
}

func TestRating(t *testing.T) {
	f := newFixture(t, func(c *Config) { c.TrustedProxies = []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")} })
	q := f.question("Cadence", "b", "a", "A")
	path := fmt.Sprintf("/q/%d-%s", q.ID, q.Slug)
	res, _ := f.post(path+"/rate", formOf("stars", "2"))
	wantStatus(t, res, http.StatusSeeOther)
	res, _ = f.post(path+"/rate", formOf("stars", "4"))
	wantStatus(t, res, http.StatusSeeOther)
	res, _ = f.post(path+"/rate", formOf("stars", "5"), "X-Forwarded-For", "203.0.113.9")
	wantStatus(t, res, http.StatusSeeOther)

	_, body := f.get(path + "?notice=rated")
	wantContains(t, body, "4.5 out of 5 (2 votes)", `class="stars s45"`, "Thank you for rating")

	for _, bad := range []string{"0", "6", "", "three", "4.5"} {
		t.Run(bad, func(t *testing.T) {
			res, body := f.post(path+"/rate", formOf("stars", bad))
			wantStatus(t, res, http.StatusUnprocessableEntity)
			wantContains(t, body, "Please choose from 1 to 5 stars.")
		})
	}
	_, count, err := f.db.QuestionRating(context.Background(), q.ID)
	if err != nil || count != 2 {
		t.Errorf("got %d votes (%v), want 2", count, err)
	}
}

// A form's notice is shown where its redirect takes the reader, not at the
// top of a page that has jumped away from it.
func TestNoticeSitsWhereTheRedirectLands(t *testing.T) {
	f := newFixture(t, nil)
	q := f.question("Hills", "How?", "Slowly.", "Ann")
	path := fmt.Sprintf("/q/%d-%s", q.ID, q.Slug)
	for code, section := range map[string]string{"comment-pending": "comments", "comment-published": "comments", "rated": "rating"} {
		_, body := f.get(path + "?notice=" + code)
		start := strings.Index(body, `<section id="`+section+`"`)
		end := start + strings.Index(body[start:], "</section>")
		notice := strings.Index(body, `class="notice"`)
		if start < 0 || notice < start || notice > end {
			t.Errorf("%s: the notice is not inside #%s", code, section)
		}
	}
}
