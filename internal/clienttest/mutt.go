package clienttest

import (
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// muttrc is the owner's configuration: the mailbox and the relay, and no
// more than keeps the client from asking what a person would answer the
// same way each time (quote the mail: yes; edit To and Subject: no) or
// from saving a copy. Quoting, the attribution line, the signature
// (~/.signature, with "-- " above it) and the charsets stay the client's
// defaults, since they are what is tested.
const muttrc = `set folder="imap://%[1]s@%[2]s/"
set spoolfile="+INBOX"
set imap_user="%[3]s"
set imap_pass="%[4]s"
set ssl_starttls=no
set ssl_force_tls=no
set smtp_url="smtp://%[5]s/"
set from="%[6]s"
set hostname="%[7]s"
set editor="%[8]s"
set include=yes
set fast_reply=yes
set record=""
set copy=no
set postpone=no
set tmpdir="%[9]s"
set sleep_time=0
set wait_key=no
`

// editor is the $editor the client runs on the draft. It hands the draft
// to the test, which types the owner's text into it, and waits for the
// result; a person at an editor takes the same place in the flow.
const editor = `#!/bin/sh
dir=%[1]s
cp "$1" "$dir/draft.tmp" && mv "$dir/draft.tmp" "$dir/draft.before" || exit 1
n=0
while [ ! -f "$dir/draft.after" ]; do
	n=$((n + 1))
	[ "$n" -gt %[2]d ] && exit 1
	sleep 0.05
done
# mutt takes a draft whose modification time has not changed for one left
# unedited, and counts that time in seconds; a person types for longer.
while [ "$(date +%%s)" -le "$(stat -c %%Y "$1")" ]; do sleep 0.1; done
cp "$dir/draft.after" "$1"
`

// Screens of mutt and neomutt, which share them.
var (
	indexScreen  = regexp.MustCompile(`Mutt: .*\[Msgs:\d`)
	limitPrompt  = regexp.MustCompile(`Limit to messages matching:`)
	limitedToOne = regexp.MustCompile(`Mutt: .*\[Msgs:1(/\d+)?[ \]]`)
	// What the clients say once a limit applies, and a line of the index
	// (number, flags, date, author, size, subject). The status line does
	// not always count the limited view: neomutt can go on saying
	// "Msgs:2" while it shows one.
	limitApplied  = regexp.MustCompile(`limit to "all"`)
	indexLine     = regexp.MustCompile(`(?m)^ *\d+ .*\(\s*[\d.]+[KM]?\) `)
	replyToPrompt = regexp.MustCompile(`Reply to \S+\?`)
	composeScreen = regexp.MustCompile(`y:Send`)
	// The index again, the mail flagged as replied to (r), which the
	// client does once the relay has taken the reply.
	replied = regexp.MustCompile(`(?m)^ *\d+ r `)
)

// sendMutt replies as the owner in mutt or neomutt: open the INBOX, limit
// it to the mail by its Message-ID, press r, accept the Reply-To the client
// offers, type in the editor, and send.
func sendMutt(t testing.TB, c Client, r Reply) {
	t.Helper()
	dir := t.TempDir()
	home := filepath.Join(dir, "home")
	tmp := filepath.Join(dir, "tmp")
	for _, d := range []string{home, tmp} {
		if err := os.Mkdir(d, 0o700); err != nil {
			t.Fatalf("clienttest: %v", err)
		}
	}
	editorPath := filepath.Join(dir, "editor")
	rc := fmt.Sprintf(muttrc, url.PathEscape(r.User), r.IMAPAddr, r.User, r.Password, r.SMTPAddr,
		r.From, domain(r.From), editorPath, tmp)
	files := map[string]string{
		filepath.Join(home, ".muttrc"): rc,
		editorPath:                     fmt.Sprintf(editor, quoteShell(dir), int(runTimeout/(50*time.Millisecond))),
	}
	if r.Signature != "" {
		files[filepath.Join(home, ".signature")] = r.Signature
	}
	if r.Record != "" {
		rc += fmt.Sprintf("set record=\"+%s\"\nset copy=yes\n", r.Record)
	}
	if r.NoSigDashes {
		rc += "unset sig_dashes\n"
	}
	files[filepath.Join(home, ".muttrc")] = rc + r.Settings
	for path, content := range files {
		if err := os.WriteFile(path, []byte(content), 0o700); err != nil {
			t.Fatalf("clienttest: %v", err)
		}
	}
	writeOwn(t, home, r)
	env := []string{"PATH=" + os.Getenv("PATH"), "HOME=" + home, "TMPDIR=" + tmp, "LANG=C.UTF-8", "TERM=xterm-256color"}
	if d := os.Getenv("TMUX_TMPDIR"); d != "" {
		env = append(env, "TMUX_TMPDIR="+d)
	}
	x := startTmux(t, dir, env, fmt.Sprintf("%s -n -F %s", c, quoteShell(filepath.Join(home, ".muttrc"))))
	deadline := time.Now().Add(runTimeout)
	what := describe(c, r)

	x.waitScreen(what+": the index", deadline, indexScreen)
	limitTo(x, what, deadline, "~i "+strings.ReplaceAll(r.MessageID, ".", "[.]"))
	if r.All {
		x.keys("g")
	} else {
		x.keys("r")
	}
	before := waitDraft(t, x, dir, what, deadline)
	sig := ""
	if r.NoSigDashes {
		sig = r.Signature // nothing else marks where it starts
	}
	after := placeAbove(before, r.Text, r.Placement, sig)
	writeDraft(t, dir, after)
	x.waitScreen(what+": the compose screen", deadline, composeScreen)
	x.pressUntil("y", what+": the mail flagged as replied to", deadline, replied, composeScreen)
	x.keys("q")
	t.Logf("%s: draft before typing:\n%s\ndraft sent:\n%s", what, before, after)
}

// limitTo limits the index to the mails matching pattern, which must be
// one, and asks again when the index does not say so within a few
// seconds: new mail that arrives while the pattern is typed can leave the
// client showing the whole mailbox, and a person would limit again.
func limitTo(x *tmux, what string, deadline time.Time, pattern string) {
	for {
		x.keys("l")
		x.waitScreen(what+": the limit prompt", deadline, limitPrompt)
		x.keys("C-u") // the prompt offers the limit in force; start afresh
		x.typeText(pattern)
		x.keys("Enter")
		again := time.Now().Add(5 * time.Second)
		if again.After(deadline) {
			again = deadline
		}
		for time.Now().Before(again) {
			if aloneInIndex(x.screen()) {
				return
			}
			time.Sleep(screenPoll)
		}
		if time.Now().After(deadline) {
			x.t.Fatalf("clienttest: waiting for %s: the mail alone in the index, the screen shows:\n%s", what, x.screen())
		}
	}
}

// aloneInIndex says whether the screen shows an index limited to one mail.
func aloneInIndex(screen string) bool {
	if limitedToOne.MatchString(screen) {
		return true
	}
	return limitApplied.MatchString(screen) && len(indexLine.FindAllString(screen, -1)) == 1
}

// waitDraft answers the client's Reply-To question and returns the draft
// the editor was handed.
func waitDraft(t testing.TB, x *tmux, dir, what string, deadline time.Time) string {
	t.Helper()
	path := filepath.Join(dir, "draft.before")
	asked := false
	for {
		b, err := os.ReadFile(path)
		if err == nil {
			return string(b)
		}
		if !errors.Is(err, fs.ErrNotExist) {
			t.Fatalf("clienttest: %v", err)
		}
		if !asked && replyToPrompt.MatchString(x.screen()) {
			// A person replying to a notification wants its Reply-To.
			x.keys("y")
			asked = true
		}
		if time.Now().After(deadline) {
			t.Fatalf("clienttest: waiting for %s: the editor, the screen shows:\n%s", what, x.screen())
		}
		time.Sleep(screenPoll)
	}
}

// writeDraft gives the editor the owner's draft, whole at once.
func writeDraft(t testing.TB, dir, draft string) {
	t.Helper()
	tmp := filepath.Join(dir, "draft.after.tmp")
	if err := os.WriteFile(tmp, []byte(draft), 0o600); err != nil {
		t.Fatalf("clienttest: %v", err)
	}
	if err := os.Rename(tmp, filepath.Join(dir, "draft.after")); err != nil {
		t.Fatalf("clienttest: %v", err)
	}
}

// domain is the domain of the address in from, for the clients'
// Message-IDs.
func domain(from string) string {
	addr := strings.TrimSuffix(from, ">")
	if i := strings.LastIndexByte(addr, '@'); i >= 0 {
		return addr[i+1:]
	}
	return "localhost"
}
