package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/smtp"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"helpline/data"
	"helpline/inbox"
	"helpline/internal/syncbuf"
)

// servedEnv is the environment of a serve on the defaults, moved to a
// temporary folder and free ports.
func servedEnv(t *testing.T) map[string]string {
	dir := t.TempDir()
	return map[string]string{
		"HELPLINE_DATABASE_PATH":     filepath.Join(dir, "helpline.db"),
		"HELPLINE_HTTP_LISTEN":       "127.0.0.1:0",
		"HELPLINE_DEVMAIL_IMAP_ADDR": "127.0.0.1:0",
		"HELPLINE_DEVMAIL_SMTP_ADDR": "127.0.0.1:0",
		"HELPLINE_LOG_LEVEL":         "warn",
	}
}

// startServe runs serve in process and returns where it listens; it stops
// when the test ends.
func startServe(t *testing.T, env map[string]string) Listening {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan Listening, 1)
	var out, errs syncbuf.Buffer
	m := &Main{Stdout: &out, Stderr: &errs, Getenv: envOf(env), Ready: func(l Listening) { ready <- l }}
	done := make(chan int, 1)
	go func() { done <- m.Run(ctx, []string{"serve"}) }()
	t.Cleanup(func() {
		cancel()
		select {
		case code := <-done:
			if code != 0 {
				t.Errorf("serve exited %d: %s", code, errs.String())
			}
		case <-time.After(15 * time.Second):
			t.Error("serve did not stop within 15s of being told to")
		}
	})
	select {
	case l := <-ready:
		return l
	case code := <-done:
		t.Fatalf("serve exited %d before it was ready: %s", code, errs.String())
	case <-time.After(20 * time.Second):
		t.Fatalf("serve not ready after 20s: %s", errs.String())
	}
	return Listening{}
}

func sendMail(t *testing.T, smtpAddr, from string, to []string, raw string) {
	t.Helper()
	raw = strings.ReplaceAll(raw, "\n", "\r\n")
	if err := smtp.SendMail(smtpAddr, nil, from, to, []byte(raw)); err != nil {
		t.Fatalf("send mail from %s: %v", from, err)
	}
}

// fetched is one delivered message, raw and parsed.
type fetched struct {
	*inbox.Message
	Raw []byte
}

// mailbox reads every message of an account through IMAP.
func mailbox(t *testing.T, imapAddr, user string) []fetched {
	t.Helper()
	c, err := imapclient.DialInsecure(imapAddr, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Login(user, "helpline").Wait(); err != nil {
		return nil // the account appears on first delivery
	}
	sel, err := c.Select("INBOX", nil).Wait()
	if err != nil || sel.NumMessages == 0 {
		return nil
	}
	bufs, err := c.Fetch(imap.SeqSetNum(seqRange(sel.NumMessages)...), &imap.FetchOptions{
		BodySection: []*imap.FetchItemBodySection{{Peek: true}}}).Collect()
	if err != nil {
		t.Fatal(err)
	}
	var out []fetched
	for _, b := range bufs {
		raw := b.BodySection[0].Bytes
		m, err := inbox.Parse(raw)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, fetched{m, raw})
	}
	return out
}

func seqRange(n uint32) []uint32 {
	s := make([]uint32, n)
	for i := range s {
		s[i] = uint32(i + 1)
	}
	return s
}

// waitForMail waits until user has a message whose subject contains subj.
func waitForMail(t *testing.T, imapAddr, user, subj string) fetched {
	t.Helper()
	return waitForMailWith(t, imapAddr, user, subj, "")
}

// waitForMailWith waits until user has a message whose subject contains
// subj and whose text contains text.
func waitForMailWith(t *testing.T, imapAddr, user, subj, text string) fetched {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		for _, m := range mailbox(t, imapAddr, user) {
			if strings.Contains(m.Subject, subj) && strings.Contains(m.Text, text) {
				return m
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("no mail with subject %q and text %q for %s", subj, text, user)
	return fetched{}
}

func httpGet(t *testing.T, u string) (int, string) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestServeWholeFlow runs the service on its defaults and goes through
// what a newcomer would try: a question by mail, the owner's reply from a
// mail client, the published answer, and a newsletter sign-up with the
// ebook.
func TestServeWholeFlow(t *testing.T) {
	l := startServe(t, servedEnv(t))
	base := "http://" + l.Web

	health := waitHealth(t, base, http.StatusOK, nil)
	if in := health.Checks["imap"]; in["logged_in"] != true {
		t.Errorf("healthz imap = %v, want logged in", in)
	}

	// A runner asks by mail.
	sendMail(t, l.SMTP, "runner@helpline.localhost", []string{"ask@helpline.localhost"},
		"From: Rita Runner <runner@helpline.localhost>\nTo: ask@helpline.localhost\nSubject: How long should my long run be?\n"+
			"Message-ID: <q1@runner.localhost>\n\nI run 30 km a week. How long should the long run be?\n")
	ack := waitForMail(t, l.IMAP, "runner@helpline.localhost", "How long should my long run be?")
	if ack.Header.Get("Auto-Submitted") != "auto-replied" {
		t.Errorf("ack Auto-Submitted = %q", ack.Header.Get("Auto-Submitted"))
	}
	note := waitForMail(t, l.IMAP, "owner@helpline.localhost", "Question: How long should my long run be?")

	// The owner presses Reply: To is the notification's Reply-To, the
	// quote is below the answer.
	if len(note.ReplyTo) != 1 || !strings.HasPrefix(note.ReplyTo[0].Addr, "ask+a.") {
		t.Fatalf("notification Reply-To = %+v", note.ReplyTo)
	}
	reply := fmt.Sprintf("From: The Owner <owner@helpline.localhost>\nTo: %s\nSubject: Re: %s\nIn-Reply-To: <%s>\nReferences: <%s>\n"+
		"Message-ID: <a1@owner.localhost>\nContent-Type: text/plain; charset=utf-8\n\n"+
		"About a third of your weekly distance: 10 km.\n\nCheers,\nThe Owner\n\n"+
		"On Tue, 24 Nov 2026 at 10:00, Helpline <ask@helpline.localhost> wrote:\n> %s\n",
		note.ReplyTo[0].Addr, note.Subject, note.MessageID, note.MessageID, strings.ReplaceAll(strings.TrimSpace(note.Text), "\n", "\n> "))
	sendMail(t, l.SMTP, "owner@helpline.localhost", []string{note.ReplyTo[0].Addr}, reply)
	answered := waitForMail(t, l.IMAP, "runner@helpline.localhost", "Answered:")
	want := "About a third of your weekly distance: 10 km.\n\nCheers,\nThe Owner"
	if !strings.Contains(answered.Text, want) || strings.Contains(answered.Text, "wrote:") {
		t.Fatalf("answered mail text:\n%s\nwant it to hold exactly the typed answer %q", answered.Text, want)
	}
	link := regexp.MustCompile(`http://\S+/q/\d+-\S+`).FindString(answered.Text)
	if link == "" {
		t.Fatalf("no question link in %q", answered.Text)
	}
	// The link carries the configured base URL; the page is on the
	// test's port.
	u, _ := url.Parse(link)
	code, page := httpGet(t, base+u.Path)
	if code != 200 || !strings.Contains(page, "About a third of your weekly distance") || strings.Contains(page, "runner@helpline.localhost") {
		t.Fatalf("question page %s = %d, want the answer and no address", u.Path, code)
	}

	// A reader subscribes on the site and confirms.
	resp, err := http.PostForm(base+"/subscribe", url.Values{"email": {"reader@helpline.localhost"}, "name": {"Rea"}})
	if err != nil || resp.StatusCode >= 400 {
		t.Fatalf("subscribe: %v %v", resp, err)
	}
	resp.Body.Close()
	confirm := waitForMail(t, l.IMAP, "reader@helpline.localhost", "onfirm")
	if confirm.Header.Get("List-Unsubscribe") != "" {
		t.Errorf("confirmation: got List-Unsubscribe %q, want none before anyone is subscribed", confirm.Header.Get("List-Unsubscribe"))
	}
	clink := regexp.MustCompile(`http://\S+/confirm/[a-z0-9-]+`).FindString(confirm.Text)
	cu, _ := url.Parse(clink)
	resp, err = http.PostForm(base+cu.Path, nil)
	if err != nil || resp.StatusCode >= 400 {
		t.Fatalf("confirm %s: %v %v", cu.Path, resp, err)
	}
	resp.Body.Close()
	welcome := waitForMail(t, l.IMAP, "reader@helpline.localhost", "elcome")
	if len(welcome.Attachments) != 1 || welcome.Attachments[0].ContentType != "application/pdf" {
		t.Fatalf("welcome attachments = %+v, want the ebook PDF", welcome.Attachments)
	}
}

// TestServeStopsOnSignal builds the binary, starts it on the defaults in a
// temporary folder and stops it with SIGTERM, as an init system would.
func TestServeStopsOnSignal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "helpline")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "serve")
	cmd.Dir = dir
	cmd.Env = os.Environ()
	for k, v := range servedEnv(t) {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	var out syncbuf.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for !strings.Contains(out.String(), "Web site: http://") {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("serve did not start:\n%s", out.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	start := time.Now()
	cmd.Process.Signal(syscall.SIGTERM)
	waited := make(chan error, 1)
	go func() { waited <- cmd.Wait() }()
	select {
	case err := <-waited:
		if err != nil {
			t.Fatalf("serve exited with %v after SIGTERM:\n%s", err, out.String())
		}
	case <-time.After(15 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("serve still running 15s after SIGTERM:\n%s", out.String())
	}
	t.Logf("stopped %v after SIGTERM", time.Since(start).Round(time.Millisecond))
	for _, want := range []string{"ask@helpline.localhost", "owner@helpline.localhost", "password for every account: helpline"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("start-up banner lacks %q:\n%s", want, out.String())
		}
	}
}

// serve warns at start about database files other users may read, and
// only about those.
func TestServeWarnsAboutReadableDatabase(t *testing.T) {
	for _, mode := range []os.FileMode{0o600, 0o644} {
		t.Run(mode.String(), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "helpline.db")
			if err := os.WriteFile(path, nil, mode); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(path, mode); err != nil {
				t.Fatal(err)
			}
			db, err := data.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			var logged bytes.Buffer
			warnReadable(&App{DB: db, Log: slog.New(slog.NewTextHandler(&logged, nil))})
			warned := strings.Contains(logged.String(), "readable by other users") && strings.Contains(logged.String(), path)
			if want := mode&0o044 != 0; warned != want {
				t.Errorf("mode %v: got log %q, want a warning naming the file: %v", mode, logged.String(), want)
			}
		})
	}
}

// The -wal and -shm files hold the same data as the database: a readable
// one is named as the database is, and a missing one is no problem.
func TestReadableByOthersNamesEachFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "helpline.db")
	for name, mode := range map[string]os.FileMode{path: 0o600, path + "-wal": 0o640} {
		if err := os.WriteFile(name, nil, mode); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(name, mode); err != nil {
			t.Fatal(err)
		}
	}
	got, err := readableByOthers(path)
	if err != nil || !slices.Equal(got, []string{path + "-wal"}) {
		t.Errorf("got %v, %v; want the -wal file alone", got, err)
	}
}

// Each poller's log lines name its mailbox once: a key given twice is two
// values for one field to whoever reads the JSON.
func TestServeLogsNameTheMailboxOnce(t *testing.T) {
	env := servedEnv(t)
	env["HELPLINE_LOG_LEVEL"] = "info"
	env["HELPLINE_LOG_FORMAT"] = "json"
	ctx, cancel := context.WithCancel(context.Background())
	var out, errs syncbuf.Buffer
	m := &Main{Stdout: &out, Stderr: &errs, Getenv: envOf(env)}
	done := make(chan int, 1)
	go func() { done <- m.Run(ctx, []string{"serve"}) }()
	connected := func() []string {
		var lines []string
		for _, line := range strings.Split(errs.String(), "\n") {
			if strings.Contains(line, `"imap connected"`) {
				lines = append(lines, line)
			}
		}
		return lines
	}
	deadline := time.Now().Add(20 * time.Second)
	for len(connected()) < 2 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	<-done
	lines := connected()
	if len(lines) != 2 {
		t.Fatalf("got %d lines of connecting, want 2 (the inbox and sent mail):\n%s", len(lines), errs.String())
	}
	for _, line := range lines {
		if n := strings.Count(line, `"mailbox":`); n != 1 {
			t.Errorf("got %d mailbox keys in %s, want 1", n, line)
		}
	}
}
