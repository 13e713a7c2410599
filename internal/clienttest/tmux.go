package clienttest

import (
	"crypto/rand"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// screenPoll is the pause between two looks at the screen.
const screenPoll = 50 * time.Millisecond

// tmux is a private tmux server with one window running a client. Its
// socket is named for this run alone (-L), so neither a tmux the developer
// uses nor another test's is touched.
type tmux struct {
	t      testing.TB
	socket string
	env    []string
}

// startTmux runs command in a detached tmux window of width x height,
// under env, and kills the server, with the client in it, when the test
// ends. The window stays after the command exits, so that its last screen
// can explain a failure.
func startTmux(t testing.TB, dir string, env []string, command string) *tmux {
	t.Helper()
	conf := filepath.Join(dir, "tmux.conf")
	if err := os.WriteFile(conf, []byte("set -g remain-on-exit on\n"), 0o600); err != nil {
		t.Fatalf("clienttest: %v", err)
	}
	x := &tmux{t: t, socket: "helpline-clienttest-" + strings.ToLower(rand.Text()[:10]), env: env}
	if _, err := x.run("-f", conf, "new-session", "-d", "-s", "owner", "-x", "160", "-y", "50", command); err != nil {
		t.Fatalf("clienttest: start tmux: %v", err)
	}
	path, err := x.run("display-message", "-p", "#{socket_path}")
	t.Cleanup(func() {
		x.run("kill-server")
		if err == nil {
			os.Remove(strings.TrimSpace(path))
		}
	})
	if err != nil {
		t.Fatalf("clienttest: tmux socket: %v", err)
	}
	return x
}

// run runs one tmux command against the private server.
func (x *tmux) run(args ...string) (string, error) {
	cmd := exec.Command("tmux", append([]string{"-L", x.socket}, args...)...)
	cmd.Env = x.env
	out, err := cmd.CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("tmux %s: %w: %s", strings.Join(args, " "), err, out)
	}
	return string(out), nil
}

// screen returns what the window shows, or the error that hid it.
func (x *tmux) screen() string {
	s, err := x.run("capture-pane", "-p", "-t", "owner")
	if err != nil {
		return err.Error()
	}
	return strings.TrimRight(s, "\n")
}

// keys types keys named as tmux names them (Enter, Escape, a letter).
func (x *tmux) keys(keys ...string) {
	x.t.Helper()
	if _, err := x.run(append([]string{"send-keys", "-t", "owner"}, keys...)...); err != nil {
		x.t.Fatalf("clienttest: %v", err)
	}
}

// typeText types s literally, as a person at the keyboard.
func (x *tmux) typeText(s string) {
	x.t.Helper()
	if _, err := x.run("send-keys", "-t", "owner", "-l", s); err != nil {
		x.t.Fatalf("clienttest: %v", err)
	}
}

// waitScreen waits until the screen matches one of res and returns the
// index of the first that does, failing the test with the screen when
// none does by the deadline.
func (x *tmux) waitScreen(what string, deadline time.Time, res ...*regexp.Regexp) int {
	x.t.Helper()
	for {
		s := x.screen()
		for i, re := range res {
			if re.MatchString(s) {
				return i
			}
		}
		if time.Now().After(deadline) {
			x.t.Fatalf("clienttest: waiting for %s, the screen shows:\n%s", what, s)
		}
		time.Sleep(screenPoll)
	}
}

// pressUntil presses key until the screen matches done, as a person
// presses again a key that reached the terminal while the client was
// still redrawing after the editor and was lost: again every five
// seconds while the screen still matches waiting (or, with waiting nil,
// until done), and not again once it matches neither, when the client is
// at work on the key.
func (x *tmux) pressUntil(key, what string, deadline time.Time, done, waiting *regexp.Regexp) {
	x.t.Helper()
	for {
		x.keys(key)
		again := time.Now().Add(5 * time.Second)
		if again.After(deadline) {
			again = deadline
		}
		for time.Now().Before(again) {
			s := x.screen()
			if done.MatchString(s) {
				return
			}
			if waiting != nil && !waiting.MatchString(s) {
				x.waitScreen(what, deadline, done)
				return
			}
			time.Sleep(screenPoll)
		}
		if waiting != nil && !waiting.MatchString(x.screen()) || time.Now().After(deadline) {
			x.waitScreen(what, deadline, done)
			return
		}
	}
}
