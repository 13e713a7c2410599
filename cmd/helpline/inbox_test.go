package main

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"helpline/data"
	"helpline/internal/devmail/devmailtest"
)

// cli runs commands against one database, with the development mail
// server of the test as its mail server.
type cli struct {
	t   *testing.T
	env map[string]string
}

func newCLI(t *testing.T, imapAddr string) *cli {
	return &cli{t: t, env: map[string]string{
		"HELPLINE_DATABASE_PATH":     filepath.Join(t.TempDir(), "helpline.db"),
		"HELPLINE_DEVMAIL_IMAP_ADDR": imapAddr,
		"HELPLINE_LOG_LEVEL":         "warn",
	}}
}

func (c *cli) run(args ...string) (stdout, stderr string, code int) {
	c.t.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdout: &out, Stderr: &errb, Getenv: envOf(c.env)}
	code = m.Run(context.Background(), args)
	return out.String(), errb.String(), code
}

func (c *cli) ok(args ...string) string {
	c.t.Helper()
	out, errs, code := c.run(args...)
	if code != 0 {
		c.t.Fatalf("helpline %s: exit %d: %s", strings.Join(args, " "), code, errs)
	}
	return out
}

func (c *cli) json(v any, args ...string) {
	c.t.Helper()
	out := c.ok(args...)
	if err := json.Unmarshal([]byte(out), v); err != nil {
		c.t.Fatalf("helpline %s: not JSON: %v\n%s", strings.Join(args, " "), err, out)
	}
}

func TestPollQuestionsInboxAndOutboxCommands(t *testing.T) {
	srv := devmailtest.StartForTest(t, "ask@helpline.localhost")
	c := newCLI(t, srv.IMAPAddr())
	for _, raw := range []string{
		"From: Pat Runner <pat@example.org>\r\nTo: ask@helpline.localhost\r\nSubject: Cadence?\r\nMessage-ID: <c1@example.org>\r\n\r\nWhat cadence should I aim for?\r\n",
		"From: shop@example.org\r\nTo: ask@helpline.localhost\r\nSubject: Deals\r\nPrecedence: bulk\r\n\r\nBuy now\r\n",
	} {
		if err := srv.Deliver(context.Background(), "x@example.org", []string{"ask@helpline.localhost"}, []byte(raw)); err != nil {
			t.Fatal(err)
		}
	}
	if out := c.ok("poll", "--once"); !strings.Contains(out, "stored 2 new messages") {
		t.Fatalf("poll --once said %q", out)
	}
	if out := c.ok("poll", "--once"); !strings.Contains(out, "stored 0 new messages") {
		t.Fatalf("second poll --once said %q", out)
	}

	var qs []questionRow
	c.json(&qs, "questions", "list", "--json")
	if len(qs) != 1 || qs[0].Title != "Cadence?" || qs[0].Status != data.QuestionOpen || qs[0].AskerName != "Pat Runner" {
		t.Fatalf("questions list = %+v", qs)
	}
	var one questionRow
	c.json(&one, "questions", "show", strconv.FormatInt(qs[0].ID, 10), "--json")
	if !strings.Contains(one.Body, "What cadence") {
		t.Fatalf("questions show = %+v", one)
	}
	id := strconv.FormatInt(qs[0].ID, 10)
	if out := c.ok("questions", "retitle", id, "  What cadence\r\nfor a 10k?  "); !strings.Contains(out, `"What cadence for a 10k?"`) ||
		!strings.Contains(out, "/q/"+id+"-what-cadence-for-a-10k (on the site once answered)") {
		t.Fatalf("questions retitle said %q", out)
	}
	c.json(&one, "questions", "show", id, "--json")
	if one.Title != "What cadence for a 10k?" || one.Slug != "what-cadence-for-a-10k" {
		t.Fatalf("after retitle: %+v", one)
	}
	if _, errs, code := c.run("questions", "retitle", id, " \t "); code != exitUsage || !strings.Contains(errs, "empty") {
		t.Fatalf("an empty title: exit %d, %q", code, errs)
	}
	if _, errs, code := c.run("questions", "retitle", "999999", "Anything"); code == 0 || !strings.Contains(errs, "question 999999: not found") {
		t.Fatalf("an unknown question: exit %d, %q", code, errs)
	}
	if _, errs, code := c.run("questions", "show", "999999"); code == 0 || !strings.Contains(errs, "question 999999: not found") {
		t.Fatalf("showing an unknown question: exit %d, %q", code, errs)
	}
	if out := c.ok("questions", "list"); strings.Contains(out, "pat@example.org") {
		t.Fatalf("the listing shows the asker's address:\n%s", out)
	}

	var msgs []messageRow
	c.json(&msgs, "inbox", "list", "--json")
	if len(msgs) != 2 {
		t.Fatalf("inbox list = %+v", msgs)
	}
	var auto []messageRow
	c.json(&auto, "inbox", "list", "--outcome", "auto", "--json")
	if len(auto) != 1 || auto[0].Subject != "Deals" {
		t.Fatalf("inbox list --outcome auto = %+v", auto)
	}
	if out := c.ok("inbox", "reprocess", strconv.FormatInt(auto[0].ID, 10)); !strings.Contains(out, "auto") {
		t.Fatalf("reprocess said %q", out)
	}

	var rows []outboxRow
	c.json(&rows, "outbox", "list", "--json")
	kinds := map[string]int{}
	for _, r := range rows {
		kinds[r.Kind]++
	}
	if kinds[data.KindAck] != 1 || kinds[data.KindNotify] != 1 {
		t.Fatalf("outbox list = %+v", rows)
	}
	var empty []outboxRow
	c.json(&empty, "outbox", "list", "--status", "failed", "--json")
	if empty == nil || len(empty) != 0 {
		t.Fatalf("an empty listing must be an empty JSON array, got %v", empty)
	}
	if _, _, code := c.run("outbox", "retry", "999"); code != 1 {
		t.Fatalf("retrying a missing row exited %d, want 1", code)
	}
	if out := c.ok("outbox", "retry", "--failed"); !strings.Contains(out, "requeued 0") {
		t.Fatalf("retry --failed said %q", out)
	}
}

func TestCommandUsageErrors(t *testing.T) {
	c := newCLI(t, "127.0.0.1:1")
	for _, args := range [][]string{
		{"poll"},
		{"questions"},
		{"questions", "show"},
		{"questions", "list", "extra"},
		{"inbox", "reprocess"},
		{"inbox", "list", "--bogus"},
		{"inbox", "list", "--outcome", "quarantine"},
		{"inbox", "reprocess", "--outcome", "quarantine"},
		{"outbox", "list", "--status", "faild"},
		{"outbox", "retry"},
		{"outbox", "retry", "1", "--failed"},
		{"outbox", "frobnicate"},
		{"nonsense"},
	} {
		if _, errs, code := c.run(args...); code != 2 {
			t.Errorf("helpline %s: exit %d, want 2 (%s)", strings.Join(args, " "), code, errs)
		}
	}
	for _, args := range [][]string{{"serve", "--help"}, {"poll", "--help"}, {"questions", "list", "--help"}, {"version"}} {
		if _, errs, code := c.run(args...); code != 0 {
			t.Errorf("helpline %s: exit %d, want 0 (%s)", strings.Join(args, " "), code, errs)
		}
	}
}
