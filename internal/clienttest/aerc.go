package clienttest

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// aercAccount is the owner's aerc account: the mailbox and the relay,
// plain on loopback (the relay wants no login), who they are, and no copy
// kept. signature-file is added when the owner has one; aerc appends it
// under the quote as it stands, with no "-- " line of its own.
const aercAccount = `[owner]
source = imap+insecure://%[1]s:%[2]s@%[3]s
outgoing = smtp+none://%[4]s
from = %[5]s
copy-to =
`

// aercConf names the editor the owner prefers; quoting, the attribution
// and the charset stay aerc's defaults. aerc logs what it does to a file,
// shown when the reply fails: its screen says "Sending..." whatever holds
// a mail up.
const aercConf = "[general]\nlog-file = %s\nlog-level = debug\n\n[compose]\neditor = %s\n"

// aerc's screens.
var (
	// A line of the message list: the date aerc writes by default.
	aercIndexLine = regexp.MustCompile(`(?m)\d{4}-\d{2}-\d{2} \d{1,2}:\d{2} [AP]M `)
	aercFiltered  = regexp.MustCompile(`filter -a `)
	aercReview    = regexp.MustCompile(`Send this email\?`)
	// The command line, open and empty, at the foot of the screen.
	aercPrompt = regexp.MustCompile(`\n:\s*$`)
	aercSent   = regexp.MustCompile(`Message sent\.`)
)

// sendAerc replies as the owner in aerc: filter the INBOX to the mail by
// its Message-ID (aerc searches a mail's whole text, header and all),
// reply quoting it (:reply -q, or -aq to all), type in the editor, and
// send from the review screen.
func sendAerc(t testing.TB, r Reply) {
	t.Helper()
	dir, home := clientDirs(t)
	conf := filepath.Join(home, ".config", "aerc")
	editorPath := filepath.Join(dir, "editor")
	account := fmt.Sprintf(aercAccount, url.PathEscape(r.User), url.PathEscape(r.Password), r.IMAPAddr, r.SMTPAddr, r.From)
	logPath := filepath.Join(dir, "aerc.log")
	t.Cleanup(func() {
		if t.Failed() {
			log, _ := os.ReadFile(logPath)
			t.Logf("%s: aerc's log:\n%s", describe(Aerc, r), lastLines(string(log), 60))
		}
	})
	files := map[string]string{
		filepath.Join(conf, "aerc.conf"): fmt.Sprintf(aercConf, logPath, editorPath) + r.Settings,
		editorPath:                       fmt.Sprintf(editor, quoteShell(dir), int(runTimeout/(50*time.Millisecond))),
	}
	if r.Signature != "" {
		sig := filepath.Join(home, ".signature")
		files[sig] = r.Signature
		account += "signature-file = " + sig + "\n"
	}
	writeFiles(t, files)
	writeOwn(t, home, r)
	// aerc reads no accounts.conf that others could read.
	if err := os.WriteFile(filepath.Join(conf, "accounts.conf"), []byte(account), 0o600); err != nil {
		t.Fatalf("clienttest: %v", err)
	}
	// aerc keeps its control socket in the runtime directory, where a
	// second aerc finding the first's would hand over to it.
	env := append(clientEnv(dir, home), "TERM=xterm-256color", "XDG_RUNTIME_DIR="+dir)
	if d := os.Getenv("TMUX_TMPDIR"); d != "" {
		env = append(env, "TMUX_TMPDIR="+d)
	}
	x := startTmux(t, dir, env, "aerc")
	deadline := time.Now().Add(runTimeout)
	what := describe(Aerc, r)

	x.waitScreen(what+": the message list", deadline, aercIndexLine)
	before := aercReply(t, x, dir, what, deadline, r)
	after := placeAbove(before, r.Text, r.Placement, r.Signature)
	writeDraft(t, dir, after)
	x.waitScreen(what+": the review screen", deadline, aercReview)
	x.pressUntil("y", what+": the mail sent", deadline, aercSent, aercReview)
	t.Logf("%s: draft before typing:\n%s\ndraft sent:\n%s", what, before, after)
}

// aercFilter filters the message list to the mail holding id and reports
// whether the list came down to one mail within a few seconds.
func aercFilter(x *tmux, id string) bool {
	if !aercCommand(x, "filter -a "+id) {
		return false
	}
	return aercWithin(5*time.Second, func() bool {
		s := x.screen()
		return aercFiltered.MatchString(s) && len(aercIndexLine.FindAllString(s, -1)) == 1
	})
}

// aercCommand types an aerc command once the command line has opened,
// and reports whether it did: typed before, the command's letters would
// be taken for keys, and a "q" among them quits aerc.
func aercCommand(x *tmux, command string) bool {
	x.keys(":")
	if !aercWithin(3*time.Second, func() bool { return aercPrompt.MatchString(x.screen()) }) {
		return false
	}
	x.typeText(command)
	x.keys("Enter")
	return true
}

// aercWithin reports whether ok holds within d.
func aercWithin(d time.Duration, ok func() bool) bool {
	until := time.Now().Add(d)
	for !ok() {
		if time.Now().After(until) {
			return false
		}
		time.Sleep(screenPoll)
	}
	return true
}

// aercReply filters the list to the mail, selects it, replies quoting it
// (:reply -q, or -aq to all) and returns the draft the editor was handed.
// A try that does not get there is made again, and after a second one
// aerc is started afresh, as a person would with a client that stopped
// answering keys.
func aercReply(t testing.TB, x *tmux, dir, what string, deadline time.Time, r Reply) string {
	t.Helper()
	command := "reply -q"
	if r.All {
		command = "reply -aq"
	}
	path := filepath.Join(dir, "draft.before")
	draft := func() bool { _, err := os.Stat(path); return err == nil }
	for try := 1; ; try++ {
		if time.Now().After(deadline) {
			t.Fatalf("clienttest: waiting for %s: the editor, the screen shows:\n%s", what, x.screen())
		}
		if try%3 == 0 {
			if _, err := x.run("respawn-pane", "-k", "-t", "owner", "aerc"); err != nil {
				t.Fatalf("clienttest: restart aerc: %v", err)
			}
			x.waitScreen(what+": the message list", deadline, aercIndexLine)
		}
		// The selection can stay on a mail the filter hid, to which a reply
		// says "message not loaded": select the one mail shown first.
		if aercFilter(x, r.MessageID) && aercCommand(x, "select 0") && aercCommand(x, command) &&
			aercWithin(5*time.Second, draft) {
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("clienttest: %v", err)
			}
			return string(b)
		}
		x.keys("Escape")
	}
}

// lastLines is the end of s, at most n lines.
func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}
