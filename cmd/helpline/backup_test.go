package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"helpline/data"
	"helpline/internal/devmail/devmailtest"
	"helpline/internal/smtptest"
)

// seedDigest stores an answered question and n active subscribers.
func seedDigest(t *testing.T, path string, n int) {
	t.Helper()
	ctx := context.Background()
	db, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	err = db.InTx(ctx, func(tx *data.Tx) error {
		q := &data.Question{Title: "How far should a long run be?", Body: "Training for a half.", AskerName: "Pat", AskerEmail: "pat@example.org"}
		if err := tx.CreateQuestion(ctx, q); err != nil {
			return err
		}
		if err := tx.AddAnswer(ctx, &data.Answer{QuestionID: q.ID, Body: "About a third of your weekly distance."}); err != nil {
			return err
		}
		for i := range n {
			if _, err := tx.AddSubscriber(ctx, data.NewSubscriber{Email: fmt.Sprintf("reader%d@example.org", i), Name: "Reader",
				Status: data.SubscriberActive, Source: "import"}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestBackupWhileDigestSends takes a backup while the service sends a
// digest through a slow relay, with `digest send --wait` watching: the
// copy opens, passes helpline check and holds every subscriber and the
// digest's mails, and the watch ends when the last mail is sent.
func TestBackupWhileDigestSends(t *testing.T) {
	const subscribers = 40
	mail := devmailtest.StartForTest(t, "ask@example.org")
	relay := smtptest.Start(t, smtptest.WithDelay(150*time.Millisecond))
	env := servedEnv(t)
	env["HELPLINE_SITE_ADDRESS"], env["HELPLINE_SITE_OWNER_ADDRESSES"] = "ask@example.org", "owner@example.org"
	env["HELPLINE_IMAP_ADDR"], env["HELPLINE_IMAP_TLS"] = mail.IMAPAddr(), "none"
	env["HELPLINE_IMAP_USERNAME"], env["HELPLINE_IMAP_PASSWORD"] = "ask@example.org", mail.Password()
	env["HELPLINE_SMTP_ADDR"], env["HELPLINE_SMTP_TLS"], env["HELPLINE_SMTP_CONNECTIONS"] = relay.Addr(), "none", "1"
	env["HELPLINE_DIGEST_ENABLED"] = "false"
	seedDigest(t, env["HELPLINE_DATABASE_PATH"], subscribers)
	startServe(t, env)

	type result struct {
		out, errs string
		code      int
	}
	sent := make(chan result, 1)
	go func() {
		out, errs, code := runIn(t, env, "digest", "send", "--now", "--wait")
		sent <- result{out, errs, code}
	}()
	if !relay.WaitAccepted(3, 20*time.Second) {
		t.Fatalf("the digest is not being sent: %v", relay)
	}
	copyPath := filepath.Join(t.TempDir(), "copy.db")
	out, errs, code := runIn(t, env, "backup", copyPath)
	if code != 0 || !strings.Contains(out, "checked") || !strings.Contains(errs, "(100%)") {
		t.Fatalf("backup: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if n := relay.Accepted(); n >= subscribers {
		t.Fatalf("the relay took all %d mails before the backup ended; slow it down for the test to mean anything", n)
	}

	copyEnv := map[string]string{"HELPLINE_DATABASE_PATH": copyPath}
	if out, errs, code := runIn(t, copyEnv, "check"); code != 0 || out != "integrity: ok\nforeign keys: ok\n" {
		t.Errorf("check of the copy: exit %d, %q %q", code, out, errs)
	}
	db, err := data.Open(copyPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	counts, err := db.CountSubscribers(context.Background())
	if err != nil || counts[data.SubscriberActive] != subscribers {
		t.Errorf("the copy has subscribers %v (%v), want %d active", counts, err, subscribers)
	}
	digests, err := db.ListDigests(context.Background(), 1)
	if err != nil || len(digests) != 1 {
		t.Fatalf("the copy has digests %v (%v), want the one being sent", digests, err)
	}
	var mails int64
	for _, n := range digests[0].Outbox {
		mails += n
	}
	if mails != subscribers || digests[0].Outbox[data.OutboxSent] == subscribers {
		t.Errorf("the copy's digest mails: %v, want %d, not all sent yet", digests[0].Outbox, subscribers)
	}

	select {
	case r := <-sent:
		if r.code != 0 || !strings.Contains(r.out, fmt.Sprintf("%d mails sent, 0 mails failed", subscribers)) ||
			!strings.Contains(r.errs, fmt.Sprintf("digest 1: %d of %d mails (100%%)", subscribers, subscribers)) {
			t.Errorf("digest send --wait: exit %d, stdout %q, stderr %q", r.code, r.out, r.errs)
		}
	case <-time.After(60 * time.Second):
		t.Fatal("digest send --wait did not end after the last mail")
	}
}
