package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"helpline/data"
	"helpline/inbox"
	"helpline/internal/looptest"
	"helpline/internal/newsletter"
	"helpline/internal/smtptest"
	"helpline/internal/syncbuf"
	"helpline/internal/token"
	"helpline/mailer"
)

// withDB opens the database a command used, for a test to look at or
// set up what no command does, such as a bounce.
func withDB(t *testing.T, path string, fn func(ctx context.Context, db *data.DB)) {
	t.Helper()
	db, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	fn(context.Background(), db)
}

// TestReimportDoesNotBringBackWhoLeft is the owner moving a list of
// 50,000 from another tool, with no status column, that still has two
// people who left this list since: one unsubscribed, one bounced.
func TestReimportDoesNotBringBackWhoLeft(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "helpline.db")
	mustRun := func(args ...string) string {
		t.Helper()
		code, out, errOut := runCLI(t, db, args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errOut)
		}
		return out
	}
	mustRun("subscribers", "add", "--confirmed", "ann@example.org")
	mustRun("subscribers", "add", "--confirmed", "bob@example.org")
	mustRun("subscribers", "remove", "ann@example.org")
	withDB(t, db, func(ctx context.Context, d *data.DB) {
		bob, _ := d.SubscriberByEmail(ctx, "bob@example.org")
		if err := d.InTx(ctx, func(tx *data.Tx) error {
			_, err := tx.SuppressSubscriber(ctx, bob.ID, data.SuppressedBounced)
			return err
		}); err != nil {
			t.Fatal(err)
		}
	})

	const n = 50_000
	var file strings.Builder
	file.WriteString("\ufeffemail;name\r\n")
	for i := range n {
		switch i {
		case 1234:
			file.WriteString("Ann@Example.org;Ann\r\n")
		case 40000:
			file.WriteString("bob@example.org;Bob\r\n")
		default:
			fmt.Fprintf(&file, "runner%05d@example.org;Runner %d\r\n", i, i)
		}
	}
	path := filepath.Join(dir, "list.csv")
	if err := os.WriteFile(path, []byte(file.String()), 0o600); err != nil {
		t.Fatal(err)
	}

	code, out, errOut := runCLI(t, db, "subscribers", "import", path, "--dry-run")
	if code != 0 || !strings.Contains(out, "would import a plain file (semicolon-separated), 50000 lines: 49998 added") ||
		!strings.Contains(out, "dry run: nothing was changed") {
		t.Fatalf("dry run: exit %d\n%s\n%s", code, out, errOut)
	}
	var sum newsletter.ImportSummary
	if err := json.Unmarshal([]byte(mustRun("subscribers", "import", path, "--json")), &sum); err != nil {
		t.Fatal(err)
	}
	if sum.Added != n-2 || sum.Lines != n || len(sum.Skipped) != 2 {
		t.Fatalf("got %d added of %d lines, %d skipped; want %d, %d, 2", sum.Added, sum.Lines, len(sum.Skipped), n-2, n)
	}
	want := []newsletter.SkippedLine{
		{Line: 1236, Email: "Ann@example.org", Reason: newsletter.SkipSuppressed, Detail: "unsubscribed on " + sum.Skipped[0].Detail[len("unsubscribed on "):]},
		{Line: 40002, Email: "bob@example.org", Reason: newsletter.SkipSuppressed, Detail: "bounced on " + sum.Skipped[1].Detail[len("bounced on "):]},
	}
	for i, w := range want {
		if sum.Skipped[i] != w {
			t.Errorf("skipped %d: got %+v, want %+v", i, sum.Skipped[i], w)
		}
	}
	if !strings.Contains(errOut, "importing list.csv:") || !strings.Contains(errOut, "(100%)") {
		t.Errorf("no progress on standard error: %q", errOut)
	}
	out = mustRun("subscribers", "import", path)
	if !strings.Contains(out, "line 1236: Ann@example.org skipped, suppressed: unsubscribed on ") ||
		!strings.Contains(out, "0 added, 0 updated, 49998 unchanged, 2 skipped") {
		t.Errorf("second import:\n%s", out)
	}

	export := mustRun("subscribers", "export")
	for _, line := range strings.Split(export, "\n") {
		switch {
		case strings.HasPrefix(line, "ann@example.org,"):
			if !strings.Contains(line, ",unsubscribed,") {
				t.Errorf("export: got %q, want ann unsubscribed", line)
			}
		case strings.HasPrefix(line, "bob@example.org,"):
			if !strings.Contains(line, ",bounced,") {
				t.Errorf("export: got %q, want bob bounced", line)
			}
		}
	}
	for _, addr := range []string{"ann@example.org", "bob@example.org"} {
		code, _, errOut := runCLI(t, db, "subscribers", "add", "--confirmed", addr)
		if code != 1 || !strings.Contains(errOut, "only a confirmation from the address itself") {
			t.Errorf("add --confirmed %s: got exit %d (%s), want refused", addr, code, errOut)
		}
	}
	if code, _, _ := runCLI(t, db, "subscribers", "import", path, "--resubscribe"); code != 2 {
		t.Errorf("--resubscribe without --reason: got exit %d, want 2", code)
	}
}

// openTestApp opens the app a command would, on a database of its own.
func openTestApp(t *testing.T) (*App, map[string]string) {
	t.Helper()
	env := map[string]string{
		"HELPLINE_DATABASE_PATH": filepath.Join(t.TempDir(), "helpline.db"),
		"HELPLINE_SITE_SECRET":   "command test secret, long enough",
		"HELPLINE_LOG_LEVEL":     "error",
	}
	var out, errOut syncbuf.Buffer
	m := &Main{Stdout: &out, Stderr: &errOut, Getenv: envOf(env)}
	app, err := m.openApp(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { app.Close() })
	return app, env
}

// waitFor polls cond until it holds, failing the test after a while.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s never happened", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestRefusedAtSendTimeSuppresses sends subscriber mail to a scripted
// relay: a 550 to RCPT suppresses at once, as a bounce report would, a
// bare 554 that refuses the mail as spam counts as soft, and mail that
// keeps meeting 4xx until the sender gives up counts as a soft bounce,
// three of which suppress.
func TestRefusedAtSendTimeSuppresses(t *testing.T) {
	ctx := context.Background()
	app, _ := openTestApp(t)
	nl, err := newNewsletter(app)
	if err != nil {
		t.Fatal(err)
	}
	for _, addr := range []string{"ann@example.org", "bob@example.org", "cid@example.org", "dee@example.org"} {
		if _, _, err := nl.Add(ctx, addr, "", newsletter.AddOptions{Confirmed: true}); err != nil {
			t.Fatal(err)
		}
	}
	for range 2 {
		if err := nl.ResendWelcome(ctx, "bob@example.org"); err != nil {
			t.Fatal(err)
		}
	}
	srv := smtptest.Start(t)
	srv.ForRecipient("ann@example.org", smtptest.Reject(550, "5.1.1", "no such user").AtRcpt())
	srv.ForRecipient("bob@example.org", smtptest.Repeat(6, smtptest.Reject(451, "4.2.2", "mailbox full"))...)
	srv.ForRecipient("dee@example.org", smtptest.Reject(554, "", "message refused as spam").AtRcpt())
	name, pdf := nl.Ebook()
	sender, err := mailer.New(app.DB, mailer.Config{Addr: srv.Addr(), TLS: mailer.TLSNone, From: app.Config.Site.Address,
		Signer: app.Signer, MaxAttempts: 2, BaseBackoff: 5 * time.Millisecond, MaxBackoff: 10 * time.Millisecond,
		PollInterval: 20 * time.Millisecond, Failures: sendFailures{nl},
		Attachments: map[string]mailer.Attachment{"ebook": {Filename: name, ContentType: "application/pdf", Data: pdf}}})
	if err != nil {
		t.Fatal(err)
	}
	looptest.Start(t, sender.Run)

	status := func(addr string) string {
		s, err := app.DB.SubscriberByEmail(ctx, addr)
		if err != nil {
			t.Fatal(err)
		}
		return s.Status
	}
	waitFor(t, "ann bounced", func() bool { return status("ann@example.org") == data.SubscriberBounced })
	waitFor(t, "bob bounced", func() bool { return status("bob@example.org") == data.SubscriberBounced })
	waitFor(t, "cid's welcome accepted", func() bool { return srv.Accepted() >= 1 })
	if got := status("cid@example.org"); got != data.SubscriberActive {
		t.Errorf("cid: got %s, want active", got)
	}
	bouncesOf := func(addr string) []*data.Bounce {
		t.Helper()
		p, err := app.DB.Person(ctx, addr, "") // no hash: only the bounces matter here
		if err != nil {
			t.Fatal(err)
		}
		return p.Bounces
	}
	bounces := bouncesOf("ann@example.org")
	if len(bounces) != 1 || !bounces[0].Hard || bounces[0].Status != "5.1.1" || bounces[0].OutboxID == 0 ||
		!strings.Contains(bounces[0].Diagnostic, "550 5.1.1 no such user") {
		t.Errorf("ann's bounces: got %+v, want one hard 5.1.1 for the welcome", bounces)
	}
	waitFor(t, "dee's refusal recorded", func() bool { return len(bouncesOf("dee@example.org")) > 0 })
	bounces = bouncesOf("dee@example.org")
	if len(bounces) != 1 || bounces[0].Hard || bounces[0].Status != "5.7.1" || status("dee@example.org") != data.SubscriberActive {
		t.Errorf("dee's bounces: got %+v, want one soft 5.7.1, still active", bounces)
	}
	bounces = bouncesOf("bob@example.org")
	if len(bounces) != 3 || bounces[0].Hard || bounces[0].Status != "4.2.2" {
		t.Errorf("bob's bounces: got %+v, want three soft 4.2.2", bounces)
	}
	if n := srv.Attempts("bob@example.org"); n != 6 {
		t.Errorf("bob: got %d attempts, want 2 for each of 3 mails", n)
	}
}

// arfReport is a feedback-loop report to the helpline address about the
// mail with Message-ID msgid.
func arfReport(n int, msgid string) []byte {
	return []byte(strings.ReplaceAll(fmt.Sprintf(`From: fbl@isp.example
To: ask@helpline.localhost
Subject: Complaint %d
Message-ID: <fbl-%d@isp.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report; boundary="x"

--x
Content-Type: text/plain

A user marked this mail as spam.
--x
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: ISP-FBL/1.0
Version: 1
Original-Rcpt-To: <ann@example.org>

--x
Content-Type: text/rfc822-headers

From: ask@helpline.localhost
Message-ID: <%s>

--x--
`, n, n, msgid), "\n", "\r\n"))
}

// TestComplaintByMailSuppresses feeds the inbox a feedback-loop report
// about a welcome mail, and a forged one that names a Message-ID we did
// not sign.
func TestComplaintByMailSuppresses(t *testing.T) {
	ctx := context.Background()
	app, _ := openTestApp(t)
	nl, err := newNewsletter(app)
	if err != nil {
		t.Fatal(err)
	}
	for _, addr := range []string{"ann@example.org", "bob@example.org"} {
		if _, _, err := nl.Add(ctx, addr, "", newsletter.AddOptions{Confirmed: true}); err != nil {
			t.Fatal(err)
		}
	}
	rows, err := app.DB.ListOutbox(ctx, data.OutboxFilter{Kind: data.KindWelcome})
	if err != nil || len(rows) != 2 {
		t.Fatalf("got %d welcome mails (%v), want 2", len(rows), err)
	}
	proc := newProcessor(app, mailSubscriptions{nl}, app.comments(), nil)
	forged := strings.Replace(app.Signer.MessageID("helpline.localhost", token.Mail, rows[1].ID), "hl.m.", "hl.m.1", 1)
	reports := [][]byte{arfReport(1, app.Signer.MessageID("helpline.localhost", token.Mail, rows[0].ID)), arfReport(2, forged)}
	for i, raw := range reports {
		err := proc.Ingest(ctx, []inbox.Fetched{{Mailbox: "INBOX", UIDValidity: 1, UID: uint32(i + 1), Raw: raw,
			Size: int64(len(raw)), Received: time.Now()}})
		if err != nil {
			t.Fatal(err)
		}
	}
	ann, _ := app.DB.SubscriberByEmail(ctx, "ann@example.org")
	bob, _ := app.DB.SubscriberByEmail(ctx, "bob@example.org")
	if ann.Suppression != data.SuppressedComplained {
		t.Errorf("ann: got %s, suppression %q; want complained", ann.Status, ann.Suppression)
	}
	if bob.Status != data.SubscriberActive {
		t.Errorf("bob, named by a forged report: got %s, want active", bob.Status)
	}
	msgs, err := app.DB.ListMessages(ctx, data.MessageFilter{})
	if err != nil || len(msgs) != 2 {
		t.Fatalf("got %d messages (%v), want 2", len(msgs), err)
	}
	if forged := msgs[0]; !strings.Contains(forged.Reason, "names no mail we sent") {
		t.Errorf("forged report: got outcome %s, reason %q; want it refused", forged.Outcome, forged.Reason)
	}
}
