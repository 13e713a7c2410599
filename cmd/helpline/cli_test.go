package main

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// runIn runs helpline in process with env and returns its outputs.
func runIn(t *testing.T, env map[string]string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdout: &out, Stderr: &errb, Getenv: envOf(env)}
	code = m.Run(context.Background(), args)
	return out.String(), errb.String(), code
}

// everyCommand lists every command and subcommand by its words.
func everyCommand() [][]string {
	var out [][]string
	for _, c := range commands() {
		if c.subs == nil {
			out = append(out, []string{c.name})
			continue
		}
		out = append(out, []string{c.name})
		for _, s := range c.subs() {
			out = append(out, []string{c.name, s.name})
		}
	}
	return out
}

// TestEveryCommandHelp asks every command and subcommand for --help: it
// must answer on standard output, exit 0, touch no database, and show its
// own usage and flags.
func TestEveryCommandHelp(t *testing.T) {
	env := map[string]string{"HELPLINE_DATABASE_PATH": filepath.Join(t.TempDir(), "helpline.db")}
	for _, words := range everyCommand() {
		name := strings.Join(words, " ")
		for _, help := range []string{"--help", "-h"} {
			t.Run(name+" "+help, func(t *testing.T) {
				out, errs, code := runIn(t, env, append(words, help)...)
				if code != 0 || errs != "" {
					t.Fatalf("exit %d, stderr %q; want 0 and nothing on stderr", code, errs)
				}
				if line := firstLine(out); line != "Usage: helpline "+name && !strings.HasPrefix(line, "Usage: helpline "+name+" ") {
					t.Errorf("stdout starts %q, want the usage of helpline %s", line, name)
				}
			})
		}
	}
	if _, err := os.Stat(env["HELPLINE_DATABASE_PATH"]); err == nil {
		t.Error("asking for help created the database")
	}
	for _, help := range []string{"--help", "help"} {
		if out, errs, code := runIn(t, env, help); code != 0 || errs != "" || !strings.Contains(out, "subscribers") {
			t.Errorf("helpline %s: exit %d, stderr %q, stdout %q; want the commands on stdout", help, code, errs, out)
		}
	}
}

// TestSubcommandHelpShowsItsOwnFlags checks the flags a subcommand's help
// lists: its own, not its neighbour's.
func TestSubcommandHelpShowsItsOwnFlags(t *testing.T) {
	tests := []struct {
		args     []string
		want     []string
		dontWant []string
	}{
		{[]string{"questions", "show"}, []string{"-json", "-config"}, []string{"-status", "-limit"}},
		{[]string{"questions", "list"}, []string{"-status", "-limit", "-json"}, nil},
		{[]string{"inbox", "reprocess"}, []string{"-outcome", "-limit"}, []string{"-json"}},
		{[]string{"inbox", "list"}, []string{"-outcome", "-json"}, nil},
		{[]string{"outbox", "retry"}, []string{"-failed"}, []string{"-status"}},
		{[]string{"questions"}, []string{"list", "show"}, []string{"-status"}},
		{[]string{"inbox"}, []string{"list", "reprocess"}, nil},
		{[]string{"backup"}, []string{"backup FILE", "-config"}, nil},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			out, _, code := runIn(t, nil, append(tt.args, "--help")...)
			if code != 0 {
				t.Fatalf("exit %d, want 0", code)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("help lacks %q:\n%s", w, out)
				}
			}
			for _, w := range tt.dontWant {
				if strings.Contains(out, w) {
					t.Errorf("help shows %q, which is not this command's:\n%s", w, out)
				}
			}
		})
	}
}

// TestFlagMistakesGoToStderr checks that a wrong flag is named on
// standard error, with where to find help, and nothing on standard output.
func TestFlagMistakesGoToStderr(t *testing.T) {
	out, errs, code := runIn(t, nil, "questions", "list", "--bogus")
	if code != exitUsage || out != "" || !strings.Contains(errs, "-bogus") || !strings.Contains(errs, "helpline questions list --help") {
		t.Errorf("exit %d, stdout %q, stderr %q; want 2, nothing, and the flag with where to find help", code, out, errs)
	}
	out, errs, code = runIn(t, nil, "questions", "lsit")
	if code != exitUsage || out != "" || !strings.Contains(errs, `unknown questions subcommand "lsit" (want list, show or retitle)`) {
		t.Errorf("exit %d, stdout %q, stderr %q; want 2 and the subcommands named", code, out, errs)
	}
}

func subsOf(c command) []command {
	if c.subs == nil {
		return nil
	}
	return c.subs()
}

// readCommands are the commands that only read the database.
var readCommands = [][]string{
	{"questions", "list"},
	{"questions", "show", "1"},
	{"inbox", "list"},
	{"outbox", "list"},
	{"digest", "preview"},
	{"digest", "list"},
	{"subscribers", "list"},
	{"subscribers", "export"},
	{"privacy", "export", "ann@example.org"},
	{"check"},
	{"backup", "copy.db"},
}

// TestReadCommandsCreateNoDatabase runs every command that only reads in
// an empty folder, as the binary: each must fail naming the database it
// looked for and how to point at the right one, and leave the folder
// empty.
func TestReadCommandsCreateNoDatabase(t *testing.T) {
	listed := map[string]bool{}
	for _, args := range readCommands {
		listed[args[0]] = true
		listed[strings.Join(args[:min(2, len(args))], " ")] = true
	}
	for _, c := range commands() {
		if c.readOnly && c.name != "version" && !listed[c.name] {
			t.Errorf("%s only reads but is not tried here", c.name)
		}
		for _, s := range subsOf(c) {
			if s.readOnly && !listed[c.name+" "+s.name] {
				t.Errorf("%s %s only reads but is not tried here", c.name, s.name)
			}
		}
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	for _, args := range readCommands {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			cmd := exec.Command(bin, args...)
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "HELPLINE_DATABASE_PATH=", "HELPLINE_CONFIG=", "STATE_DIRECTORY=")
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			if code := cmd.ProcessState.ExitCode(); code != exitRuntime {
				t.Fatalf("exit %d (%v), want %d; stderr %q", code, err, exitRuntime, stderr.String())
			}
			for _, want := range []string{filepath.Join(dir, "helpline.db"), "--config", "HELPLINE_DATABASE_PATH"} {
				if !strings.Contains(stderr.String(), want) {
					t.Errorf("stderr %q does not say %q", stderr.String(), want)
				}
			}
		})
	}
	left, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range left {
		t.Errorf("a read command left %s in the folder", e.Name())
	}
	if out, err := exec.Command(bin, "version").Output(); err != nil || !strings.HasPrefix(string(out), "helpline ") {
		t.Errorf("version: %v %q", err, out)
	}
}

// TestNewerSchemaIsRefused checks the message for a database that a
// newer helpline has migrated.
func TestNewerSchemaIsRefused(t *testing.T) {
	db := filepath.Join(t.TempDir(), "helpline.db")
	env := map[string]string{"HELPLINE_DATABASE_PATH": db, "HELPLINE_LOG_LEVEL": "warn"}
	if _, errs, code := runIn(t, env, "migrate"); code != 0 {
		t.Fatalf("migrate: exit %d: %s", code, errs)
	}
	setSchemaVersion(t, db, 9999)
	_, errs, code := runIn(t, env, "questions", "list")
	if code != exitRuntime {
		t.Fatalf("exit %d, want %d: %s", code, exitRuntime, errs)
	}
	for _, want := range []string{db, "schema version 9999", "only go forward", "restore the backup"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr %q lacks %q", errs, want)
		}
	}
}

// setSchemaVersion records a migration the binary does not know, as a
// newer helpline would have.
func setSchemaVersion(t *testing.T, path string, v int) {
	t.Helper()
	raw, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	if _, err := raw.Exec("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'from_the_future.sql', '')", v); err != nil {
		t.Fatal(err)
	}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
