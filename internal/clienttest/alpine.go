package clienttest

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"time"
)

// pinerc is the owner's Alpine configuration: the mailbox and the relay
// (plain, on loopback), who they are (the From of a person whose login is
// not their mailbox's name), no copy kept, and the editor they prefer to
// Alpine's own, started on the body as a reply opens. Quoting, the
// attribution line, the signature (~/.signature) and its place, the
// charset and format=flowed stay Alpine's defaults.
const pinerc = `user-domain=%[1]s
customized-hdrs=From: %[2]s
smtp-server=%[3]s/notls
inbox-path={%[4]s/notls/user=%[5]s}INBOX
default-fcc=""
editor=%[6]s
feature-list=enable-alternate-editor-implicitly
`

// Alpine's screens and prompts.
var (
	alpineGreeting = regexp.MustCompile(`E Exit this greeting`)
	// The password prompt, or its key menu alone: while the server is
	// slow to answer, Alpine's busy cue ("[Opening "INBOX" o o ]") runs
	// on the prompt's line and hides it, but the prompt waits all the
	// same.
	alpinePassword = regexp.MustCompile(`ENTER PASSWORD:|Folder: \(CLOSED\)(?s:.*)\^C Cancel +Ret Accept`)
	alpineKeepPass = regexp.MustCompile(`Preserve password on DISK`)
	alpineIndex    = regexp.MustCompile(`MESSAGE INDEX .*Folder: INBOX`)
	alpineSelect   = regexp.MustCompile(`SELECT criteria :`)
	alpineTextBy   = regexp.MustCompile(`Select based on To, From`)
	alpineHeader   = regexp.MustCompile(`Name of HEADER to match :`)
	alpineHeaderIs = regexp.MustCompile(`String in message Message-ID to match :`)
	// Alpine zooms to what it selected, unless that is every mail there
	// is: then the one mail is marked (X) and current.
	alpineMatched  = regexp.MustCompile(`(?s)ZOOMED MESSAGE INDEX|Message 1 of 1\b.*\nX `)
	alpineInclude  = regexp.MustCompile(`Include original message in Reply\?`)
	alpineReplyTo  = regexp.MustCompile(`Use "Reply-To:" address`)
	alpineReplyAll = regexp.MustCompile(`Reply to all recipients\?`)
	alpineComposer = regexp.MustCompile(`COMPOSE MESSAGE REPLY`)
	alpineSendQ    = regexp.MustCompile(`Send message\?`)
	// The index again, the mail flagged as answered (A), which Alpine
	// does once the relay has taken the reply.
	alpineSent = regexp.MustCompile(`(?m)^[ X]+A +\d+ `)
)

// sendAlpine replies as the owner in Alpine: log in to the INBOX, select
// the mail by its Message-ID (Alpine zooms to what it selected), press R,
// answer the questions Alpine asks of a reply as a person answering a
// notification does (quote it, to its Reply-To, not to all), type in the
// editor and send.
func sendAlpine(t testing.TB, r Reply) {
	t.Helper()
	dir := t.TempDir()
	home := filepath.Join(dir, "home")
	// ~/mail is where Alpine keeps local folders; it pauses on the screen
	// to say it made it, which a returning user never sees.
	if err := os.MkdirAll(filepath.Join(home, "mail"), 0o700); err != nil {
		t.Fatalf("clienttest: %v", err)
	}
	editorPath := filepath.Join(dir, "editor")
	rcPath := filepath.Join(home, ".pinerc")
	files := map[string]string{
		rcPath:     fmt.Sprintf(pinerc, domain(r.From), r.From, r.SMTPAddr, r.IMAPAddr, r.User, editorPath) + r.Settings,
		editorPath: fmt.Sprintf(editor, quoteShell(dir), int(runTimeout/(50*time.Millisecond))),
	}
	if r.Signature != "" {
		files[filepath.Join(home, ".signature")] = r.Signature
	}
	for path, content := range files {
		if err := os.WriteFile(path, []byte(content), 0o700); err != nil {
			t.Fatalf("clienttest: %v", err)
		}
	}
	writeOwn(t, home, r)
	env := []string{"PATH=" + os.Getenv("PATH"), "HOME=" + home, "TMPDIR=" + dir, "LANG=C.UTF-8", "TERM=xterm-256color"}
	if d := os.Getenv("TMUX_TMPDIR"); d != "" {
		env = append(env, "TMUX_TMPDIR="+d)
	}
	// -i starts in the index of the INBOX.
	x := startTmux(t, dir, env, "alpine -i -p "+quoteShell(rcPath))
	deadline := time.Now().Add(runTimeout)
	what := describe(Alpine, r)

	alpineLogin(x, what, deadline, r.Password)
	alpineSelectByID(x, what, deadline, r.MessageID)
	x.keys("R")
	alpineAnswer(x, what, deadline, r.All)
	before := waitDraft(t, x, dir, what, deadline)
	after := Place(before, r.Text, r.Placement)
	writeDraft(t, dir, after)
	x.waitScreen(what+": the composer", deadline, alpineComposer)
	x.pressUntil("C-x", what+": the send prompt", deadline, alpineSendQ, nil)
	x.keys("Y")
	x.waitScreen(what+": the mail flagged as answered", deadline, alpineSent)
	t.Logf("%s: draft before typing:\n%s\ndraft sent:\n%s", what, before, after)
}

// alpineLogin passes the greeting Alpine shows a configuration new to it,
// types the password it asks for, keeps it off the disk, and waits for
// the index.
func alpineLogin(x *tmux, what string, deadline time.Time, password string) {
	typed := false
	for {
		switch x.waitScreen(what+": the login", deadline, alpineGreeting, alpinePassword, alpineKeepPass, alpineIndex) {
		case 0:
			x.keys("E")
		case 1:
			if !typed {
				x.typeText(password)
				x.keys("Enter")
				typed = true
			}
		case 2:
			x.keys("N")
		case 3:
			if !alpinePassword.MatchString(x.screen()) {
				return
			}
		}
		time.Sleep(screenPoll)
	}
}

// alpineSelectByID selects the mail whose Message-ID header holds id:
// Select (;), by Text, in a Header, named Message-ID.
func alpineSelectByID(x *tmux, what string, deadline time.Time, id string) {
	// A lone ";" would end the tmux command; its byte goes as hex.
	steps := []struct {
		wait *regexp.Regexp
		keys []string
		text string
	}{
		{alpineSelect, []string{"-H", "3b"}, ""},
		{alpineTextBy, []string{"T"}, ""},
		{alpineHeader, []string{"H"}, ""},
		{alpineHeaderIs, nil, "Message-ID"},
		{alpineMatched, nil, id},
	}
	for _, s := range steps {
		if s.text != "" {
			x.typeText(s.text)
			x.keys("Enter")
		} else {
			x.keys(s.keys...)
		}
		x.waitScreen(what+": "+s.wait.String(), deadline, s.wait)
	}
}

// alpineAnswer answers the questions Alpine asks before it opens a reply,
// in whatever order they come, until the editor has the draft.
func alpineAnswer(x *tmux, what string, deadline time.Time, all bool) {
	answered := map[int]bool{}
	for len(answered) < 3 {
		i := x.waitScreen(what+": the reply's questions", deadline, alpineInclude, alpineReplyTo, alpineReplyAll)
		if answered[i] {
			time.Sleep(screenPoll)
			continue
		}
		key := "Y"
		if i == 2 && !all {
			key = "N"
		}
		x.keys(key)
		answered[i] = true
	}
}
