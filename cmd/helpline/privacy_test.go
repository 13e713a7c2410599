package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"helpline/data"
	"helpline/internal/privacy"
	"helpline/internal/syncbuf"
	"helpline/internal/token/tokentest"
)

// dbHolds counts, after a checkpoint, how often the database file and its
// log hold s, in any case.
func dbHolds(t *testing.T, path, s string) int {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+path+"?_busy_timeout=10000")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range []string{path, path + "-wal"} {
		b, err := os.ReadFile(f)
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		n += bytes.Count(bytes.ToLower(b), bytes.ToLower([]byte(s)))
	}
	return n
}

// mailLink finds the path of a link to the site in a mail.
func mailLink(t *testing.T, m fetched, kind string) string {
	t.Helper()
	link := regexp.MustCompile(`http://\S+/` + kind + `/[a-z0-9-]+`).FindString(m.Text)
	u, err := url.Parse(link)
	if err != nil || link == "" {
		t.Fatalf("no %s link in:\n%s", kind, m.Text)
	}
	if !strings.Contains(m.HTML+m.Text, link) {
		t.Fatalf("the %s link is not in the mail", kind)
	}
	return u.Path
}

// TestExportThenForgetLeavesNoTrace has a runner ask by mail, have the
// answer published, comment on it, subscribe, and ask again on the site
// without confirming; then the owner exports what is held about her and
// forgets her. Not a byte of her address is left in the database files,
// and the answer stays published with the asker anonymous.
func TestExportThenForgetLeavesNoTrace(t *testing.T) {
	env := servedEnv(t)
	dbPath := env["HELPLINE_DATABASE_PATH"]
	l := startServe(t, env)
	base := "http://" + l.Web
	const rita = "Rita.Runner@helpline.localhost"

	path := askAndAnswer(t, l, rita, "Knees after hills", "Walk the steep parts.")
	postForm(t, base+path+"/comments", url.Values{"name": {"Rita R."}, "email": {rita}, "text": {"Walking them helped."}})
	postForm(t, base+"/subscribe", url.Values{"email": {rita}, "name": {"Rita"}})
	confirmFromMail(t, l, rita)
	waitForMail(t, l.IMAP, rita, "elcome")
	postForm(t, base+"/ask", url.Values{"name": {"Rita"}, "email": {rita}, "title": {"Shoes for hills?"},
		"question": {"Which shoes grip best on steep trails?"}})
	waitForMail(t, l.IMAP, rita, "confirm your question")
	if dbHolds(t, dbPath, rita) == 0 {
		t.Fatal("the address is not in the database to begin with")
	}

	code, out, errOut := runCLIEnv(t, env, "privacy", "export", "rita.runner@HELPLINE.localhost")
	if code != 0 {
		t.Fatalf("export: exit %d: %s", code, errOut)
	}
	var rec privacy.Record
	if err := json.Unmarshal([]byte(out), &rec); err != nil {
		t.Fatal(err)
	}
	if rec.Subscriber == nil || rec.Subscriber.Status != data.SubscriberActive || len(rec.Subscriber.History) < 3 ||
		len(rec.Questions) != 1 || len(rec.Questions[0].Answers) != 1 || len(rec.Comments) != 1 ||
		len(rec.UnconfirmedQuestions) != 1 || len(rec.MailsFromThem) != 1 || len(rec.MailsToThem) < 5 {
		t.Fatalf("export: got %s", out)
	}
	if !strings.Contains(rec.MailsFromThem[0].Raw, "Please help.") || rec.Questions[0].Answers[0].Body != "Walk the steep parts." {
		t.Errorf("export: the mail's bytes or the answer are missing:\n%s", out)
	}

	code, out, errOut = runCLIEnv(t, env, "privacy", "forget", rita)
	if code != 0 || !strings.Contains(out, "1 question anonymised (0 withdrawn), 1 comment anonymised, 1 unconfirmed question, 1 mail from them") {
		t.Fatalf("forget: exit %d\n%s\n%s", code, out, errOut)
	}
	if n := dbHolds(t, dbPath, rita); n != 0 {
		t.Errorf("the database files still hold the address %d times", n)
		logWhereHeld(t, dbPath, rita)
	}
	code, page := httpGet(t, base+path)
	if code != 200 || !strings.Contains(page, "Walk the steep parts.") || !strings.Contains(page, "by a reader") ||
		strings.Contains(page, "Rita") {
		t.Errorf("question page after forgetting: %d, want the answer published by an anonymous asker:\n%s", code, page)
	}
	code, out, _ = runCLIEnv(t, env, "privacy", "export", rita)
	if code != 0 || !strings.Contains(out, `"suppressed": "forgotten"`) || !strings.Contains(out, `"subscriber": null`) {
		t.Errorf("export after forgetting: exit %d\n%s", code, out)
	}
}

// runCLIEnv runs one command in env, as serve's own database and secret.
func runCLIEnv(t *testing.T, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut syncbuf.Buffer
	m := &Main{Stdout: &out, Stderr: &errOut, Getenv: envOf(env)}
	code := m.Run(context.Background(), args)
	return code, out.String(), errOut.String()
}

// TestForgetLinkInEveryMail follows the link at the foot of a reader's
// mail: opening it changes nothing, pressing its button forgets them.
func TestForgetLinkInEveryMail(t *testing.T) {
	env := servedEnv(t)
	l := startServe(t, env)
	base := "http://" + l.Web
	const sam = "sam@helpline.localhost"
	postForm(t, base+"/subscribe", url.Values{"email": {sam}})
	confirmFromMail(t, l, sam)
	welcome := waitForMail(t, l.IMAP, sam, "elcome")
	confirm := waitForMail(t, l.IMAP, sam, "onfirm")
	for _, m := range []fetched{welcome, confirm} {
		if !strings.Contains(m.HTML, "/forget/") || !strings.Contains(m.Text, "/forget/") {
			t.Errorf("%q: no forget link in both parts", m.Subject)
		}
	}
	fpath := mailLink(t, welcome, "forget")
	if code, _ := httpGet(t, base+fpath); code != 200 {
		t.Fatalf("GET %s: %d", fpath, code)
	}
	if s := subscriberStatus(t, env["HELPLINE_DATABASE_PATH"], sam); s != data.SubscriberActive {
		t.Fatalf("after opening the link: got %s, want still active", s)
	}
	if code, _ := httpGet(t, base+tokentest.Tampered(fpath)); code != http.StatusNotFound {
		t.Errorf("altered link: got %d, want 404", code)
	}
	resp, err := http.PostForm(base+fpath, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("POST %s: %s", fpath, resp.Status)
	}
	withDB(t, env["HELPLINE_DATABASE_PATH"], func(ctx context.Context, db *data.DB) {
		if _, err := db.SubscriberByEmail(ctx, sam); err == nil {
			t.Error("sam is still a subscriber")
		}
	})
	if n := dbHolds(t, env["HELPLINE_DATABASE_PATH"], sam); n != 0 {
		t.Errorf("the database files still hold the address %d times", n)
	}
}

// TestAskFormSendsOneConfirmationWithoutTheQuestion asks on the site in a
// stranger's name: the stranger gets one mail, which repeats nothing
// typed into the form, and the owner hears of the question only once the
// address confirms.
func TestAskFormSendsOneConfirmationWithoutTheQuestion(t *testing.T) {
	l := startServe(t, servedEnv(t))
	base := "http://" + l.Web
	const stranger = "stranger@helpline.localhost"
	postForm(t, base+"/ask", url.Values{"name": {"Cheap Watches"}, "email": {stranger},
		"title": {"Visit watches-cheap.example today"}, "question": {"Best prices on watches-cheap.example, buy now!"}})
	m := waitForMail(t, l.IMAP, stranger, "Please confirm your question to Helpline")
	for _, part := range []string{m.Subject, m.Text, m.HTML, string(m.Raw)} {
		if strings.Contains(strings.ToLower(part), "watches") {
			t.Fatalf("the confirmation repeats the form's text:\n%s", m.Raw)
		}
	}
	cpath := mailLink(t, m, "ask/confirm")
	if code, _ := httpGet(t, base+cpath); code != 200 {
		t.Fatalf("GET %s: %d", cpath, code)
	}
	time.Sleep(300 * time.Millisecond) // a notification would have been queued by now
	if n := len(mailbox(t, l.IMAP, "owner@helpline.localhost")); n != 0 {
		t.Fatalf("the owner got %d mails before the address confirmed", n)
	}
	if n := len(mailbox(t, l.IMAP, stranger)); n != 1 {
		t.Fatalf("the address got %d mails, want the one confirmation", n)
	}
	postForm(t, base+cpath, nil)
	waitForMail(t, l.IMAP, "owner@helpline.localhost", "Question: Visit watches-cheap.example today")
}

// logWhereHeld logs, for a failing test, each place of the database file
// that holds s and the table its page belongs to ("" for a free page).
func logWhereHeld(t *testing.T, path, s string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lower := bytes.ToUpper(b[:0])
	for _, c := range b {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower = append(lower, c)
	}
	db, err := sql.Open("sqlite3", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var pageSize int
	db.QueryRow("PRAGMA page_size").Scan(&pageSize)
	for off := 0; ; {
		i := bytes.Index(lower[off:], bytes.ToLower([]byte(s)))
		if i < 0 {
			break
		}
		i += off
		var table string
		db.QueryRow("SELECT name FROM dbstat WHERE pageno = ?", i/pageSize+1).Scan(&table)
		t.Logf("offset %d, page %d of table %q: %q", i, i/pageSize+1, table, b[max(0, i-80):min(len(b), i+80)])
		off = i + 1
	}
}
