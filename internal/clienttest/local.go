package clienttest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The clients here read a Maildir or an MH folder that mbsync filled, and
// hand what they write to a sendmail or, for nmh, to the SMTP server.

// mblazeProfile is the owner's mblaze profile: who they are, and the
// sendmail mcom pipes the mail to, which keeps it for the test to submit.
// The signature is ~/.signature, which mcom appends under a "-- " line.
const mblazeProfile = "Local-Mailbox: %s\nSendmail: %s\n"

// sendmail is a sendmail that keeps the mail it is handed in a file.
const sendmail = "#!/bin/sh\ncat > %s\n"

// sendMblaze replies as the owner with mblaze's mrep on the mail's file,
// types in the editor and answers mcom's "What now?": send, and when mcom
// says the text must be MIME-encoded first (it is not ASCII), mime, then
// send.
func sendMblaze(t testing.TB, r Reply) {
	t.Helper()
	dir, home := clientDirs(t)
	file := fetchMail(t, r, dir)
	sent := filepath.Join(dir, "sent.eml")
	files := map[string]string{
		filepath.Join(home, ".mblaze", "profile"): fmt.Sprintf(mblazeProfile, r.From, filepath.Join(dir, "sendmail")) + r.Settings,
		filepath.Join(home, ".mblaze", "seq"):     "",
		filepath.Join(dir, "sendmail"):            fmt.Sprintf(sendmail, quoteShell(sent)),
	}
	if r.Signature != "" {
		files[filepath.Join(home, ".signature")] = r.Signature
	}
	writeFiles(t, files)
	writeOwn(t, home, r)
	cmd := exec.Command("mrep", file)
	cmd.Stdin = strings.NewReader("s\nm\ns\n")
	runEdited(t, cmd, dir, home, "\n\n", describe(MBlaze, r), r)
	raw, err := os.ReadFile(sent)
	if err != nil {
		t.Fatalf("clienttest: %s: mcom sent nothing: %v", describe(MBlaze, r), err)
	}
	submit(t, r, raw)
}

// nmhProfile is the owner's MH profile: where the folders are, who they
// are, and the relay send passes to post. mtsConf has post speak SMTP
// rather than hand the mail to a local sendmail.
const (
	nmhProfile = "Path: %s\nLocal-Mailbox: %s\nsend: -server %s -port %s\n"
	mtsConf    = "mts: smtp\nlocalname: %s\n"
)

// sendNmh replies as the owner with nmh: the mail's file goes into
// +inbox, repl quotes it through the mhl.reply filter nmh ships, the
// owner types in the editor and says send at "What now?". nmh writes no
// signature of its own, so r.Signature is not used.
func sendNmh(t testing.TB, r Reply) {
	t.Helper()
	dir, home := clientDirs(t)
	file := fetchMail(t, r, dir)
	bin := nmhDir()
	host, port, _ := strings.Cut(r.SMTPAddr, ":")
	profile := filepath.Join(home, ".mh_profile")
	mts := filepath.Join(dir, "mts.conf")
	writeFiles(t, map[string]string{
		profile: fmt.Sprintf(nmhProfile, filepath.Join(home, "Mail"), r.From, host, port) + r.Settings,
		mts:     fmt.Sprintf(mtsConf, domain(r.From)),
	})
	writeOwn(t, home, r)
	extra := []string{"MH=" + profile, "MHMTSCONF=" + mts}
	refile := exec.Command(filepath.Join(bin, "refile"), "-file", file, "+inbox")
	refile.Env = append(clientEnv(dir, home), extra...)
	if out, err := refile.CombinedOutput(); err != nil {
		t.Fatalf("clienttest: refile: %v\n%s", err, out)
	}
	cmd := exec.Command(filepath.Join(bin, "repl"), "-filter", "mhl.reply", "+inbox", "last")
	cmd.Env = extra
	cmd.Stdin = strings.NewReader("send\n")
	runEdited(t, cmd, dir, home, "\n--------\n", describe(NMH, r), r)
}

// notmuchConfig is the owner's notmuch configuration: the Maildir and who
// they are.
const notmuchConfig = "[database]\npath=%s\n[user]\nname=%s\nprimary_email=%s\n[new]\ntags=inbox;unread;\n"

// sendNotmuch replies as the owner with notmuch: index the Maildir, have
// notmuch reply write the draft (to the sender, or to all with r.All),
// type into its body and send it as it is. notmuch writes no signature of
// its own, so r.Signature is not used.
func sendNotmuch(t testing.TB, r Reply) {
	t.Helper()
	dir, home := clientDirs(t)
	fetchMail(t, r, dir)
	name, addr, _ := strings.Cut(strings.TrimSuffix(r.From, ">"), " <")
	conf := filepath.Join(dir, "notmuch-config")
	writeFiles(t, map[string]string{conf: fmt.Sprintf(notmuchConfig, filepath.Join(dir, "mail"), name, addr)})
	ctx, cancel := context.WithTimeout(context.Background(), runTimeout)
	defer cancel()
	env := append(clientEnv(dir, home), "NOTMUCH_CONFIG="+conf)
	what := describe(Notmuch, r)
	run := func(args ...string) []byte {
		cmd := exec.CommandContext(ctx, "notmuch", args...)
		cmd.Env = env
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("clienttest: %s: notmuch %s: %v\n%s", what, args[0], err, stderr.Bytes())
		}
		return out
	}
	run("new", "--quiet")
	to := "sender"
	if r.All {
		to = "all"
	}
	before := string(run("reply", "--reply-to="+to, "id:"+r.MessageID))
	after := placeInDraft(before, "\n\n", r.Text, r.Placement)
	t.Logf("%s: draft before typing:\n%s\ndraft sent:\n%s", what, before, after)
	submit(t, r, []byte(after))
}

// runEdited runs cmd, a client that opens the draft in $EDITOR, types the
// owner's text into the draft's body below the line sep that ends its
// header, and waits for the client to finish.
func runEdited(t testing.TB, cmd *exec.Cmd, dir, home, sep, what string, r Reply) {
	t.Helper()
	editorPath := filepath.Join(dir, "editor")
	writeFiles(t, map[string]string{editorPath: fmt.Sprintf(editor, quoteShell(dir), int(runTimeout/(50*time.Millisecond)))})
	cmd.Env = append(append(clientEnv(dir, home), cmd.Env...), "EDITOR="+editorPath, "VISUAL="+editorPath)
	// mblaze's mcom keeps its draft, snd.N, in the working directory and
	// takes up one it finds there: runs side by side, in the test's own
	// directory, would send each other's drafts.
	cmd.Dir = dir
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	cmd.WaitDelay = time.Second
	if err := cmd.Start(); err != nil {
		t.Fatalf("clienttest: %s: %v", what, err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	timer := time.AfterFunc(runTimeout, func() { cmd.Process.Kill() })
	defer timer.Stop()
	before := waitEditor(t, dir, done, what, &out)
	after := placeInDraft(before, sep, r.Text, r.Placement)
	writeDraft(t, dir, after)
	if err := <-done; err != nil {
		t.Fatalf("clienttest: %s: %v\n%s", what, err, out.String())
	}
	t.Logf("%s: draft before typing:\n%s\ndraft sent:\n%s\noutput:\n%s", what, before, after, out.String())
}

// waitEditor returns the draft the client handed its editor, failing the
// test when the client ends first.
func waitEditor(t testing.TB, dir string, done chan error, what string, out *bytes.Buffer) string {
	t.Helper()
	for {
		b, err := os.ReadFile(filepath.Join(dir, "draft.before"))
		if err == nil {
			return string(b)
		}
		if !errors.Is(err, fs.ErrNotExist) {
			t.Fatalf("clienttest: %v", err)
		}
		select {
		case err := <-done:
			t.Fatalf("clienttest: %s: the client ended before its editor started: %v\n%s", what, err, out.String())
		case <-time.After(screenPoll):
		}
	}
}

// clientDirs makes a run's directory and the owner's home in it.
func clientDirs(t testing.TB) (dir, home string) {
	t.Helper()
	dir = t.TempDir()
	home = filepath.Join(dir, "home")
	if err := os.Mkdir(home, 0o700); err != nil {
		t.Fatalf("clienttest: %v", err)
	}
	return dir, home
}

// clientEnv is the environment a client runs in: its own home and
// temporary directory, UTF-8.
func clientEnv(dir, home string) []string {
	return []string{"PATH=" + os.Getenv("PATH"), "HOME=" + home, "TMPDIR=" + dir, "LANG=C.UTF-8"}
}

// writeOwn writes the files r's settings name under home.
func writeOwn(t testing.TB, home string, r Reply) {
	t.Helper()
	files := make(map[string]string, len(r.Files))
	for name, content := range r.Files {
		files[filepath.Join(home, name)] = content
	}
	writeFiles(t, files)
}

// writeFiles writes each file, making its directory.
func writeFiles(t testing.TB, files map[string]string) {
	t.Helper()
	for path, content := range files {
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			t.Fatalf("clienttest: %v", err)
		}
		if err := os.WriteFile(path, []byte(content), 0o700); err != nil {
			t.Fatalf("clienttest: %v", err)
		}
	}
}

// nmhDir is where nmh's programs are: on the PATH, or where Debian puts
// them.
func nmhDir() string {
	if p, err := exec.LookPath("repl"); err == nil {
		return filepath.Dir(p)
	}
	return "/usr/bin/mh"
}
