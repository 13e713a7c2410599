package main

import (
	"bufio"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"helpline/internal/syncbuf"
)

// buildBinary builds helpline into a temporary folder.
func buildBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "helpline")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return bin
}

// TestServeAsAService runs the binary as the systemd unit would: no
// database path but $STATE_DIRECTORY, JSON logs, stopped by SIGHUP. Every
// line it logs must be a JSON object, and the database must be in the
// state directory.
func TestServeAsAService(t *testing.T) {
	bin := buildBinary(t)
	state := t.TempDir()
	cmd := exec.Command(bin, "serve")
	cmd.Dir = t.TempDir()
	env := servedEnv(t)
	delete(env, "HELPLINE_DATABASE_PATH")
	env["HELPLINE_LOG_LEVEL"] = "info"
	env["HELPLINE_LOG_FORMAT"] = "json"
	env["STATE_DIRECTORY"] = state
	cmd.Env = os.Environ()
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	var stdout, stderr syncbuf.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for !strings.Contains(stdout.String(), "Web site: http://") {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("serve did not start:\n%s\n%s", stdout.String(), stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGHUP)
	waited := make(chan error, 1)
	go func() { waited <- cmd.Wait() }()
	select {
	case err := <-waited:
		if err != nil {
			t.Fatalf("serve exited with %v after SIGHUP:\n%s", err, stderr.String())
		}
	case <-time.After(15 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("serve still running 15s after SIGHUP:\n%s", stderr.String())
	}
	msgs := jsonLogLines(t, stderr.String())
	running, ok := msgs["helpline is running"]
	if !ok {
		t.Fatalf("no start-up line in the log: %v", msgs)
	}
	if want := filepath.Join(state, "helpline.db"); running["database"] != want {
		t.Errorf("logged database %v, want %s", running["database"], want)
	}
	if _, err := os.Stat(filepath.Join(state, "helpline.db")); err != nil {
		t.Errorf("no database in the state directory: %v", err)
	}
	if _, ok := msgs["stopped"]; !ok {
		t.Errorf("no clean stop in the log: %v", msgs)
	}
}

// jsonLogLines parses every line of a JSON log, by message.
func jsonLogLines(t *testing.T, log string) map[string]map[string]any {
	t.Helper()
	msgs := map[string]map[string]any{}
	sc := bufio.NewScanner(strings.NewReader(log))
	for sc.Scan() {
		var rec map[string]any
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("log line is not JSON: %q: %v", sc.Text(), err)
		}
		for _, key := range []string{"time", "level", "msg"} {
			if _, ok := rec[key]; !ok {
				t.Errorf("log line lacks %s: %q", key, sc.Text())
			}
		}
		msg, _ := rec["msg"].(string)
		msgs[msg] = rec
	}
	if len(msgs) == 0 {
		t.Fatal("nothing was logged")
	}
	return msgs
}

// TestSystemdUnitVerifies checks deploy/helpline.service with
// systemd-analyze, pointing it at a built binary, since verify wants the
// command to exist.
func TestSystemdUnitVerifies(t *testing.T) {
	analyze, err := exec.LookPath("systemd-analyze")
	if err != nil {
		t.Skip("systemd-analyze not installed")
	}
	unit, err := os.ReadFile("../../deploy/helpline.service")
	if err != nil {
		t.Fatal(err)
	}
	text := string(unit)
	for _, want := range []string{"StateDirectory=helpline", "ProtectSystem=strict", "ProtectHome=yes", "PrivateTmp=yes",
		"NoNewPrivileges=yes", "RestrictAddressFamilies=", "CapabilityBoundingSet=\n", "SystemCallFilter=@system-service",
		"User=helpline", "ExecStart=/usr/local/bin/helpline serve"} {
		if !strings.Contains(text, want) {
			t.Errorf("unit lacks %q", want)
		}
	}
	bin := buildBinary(t)
	path := filepath.Join(t.TempDir(), "helpline.service")
	if err := os.WriteFile(path, []byte(strings.ReplaceAll(text, "/usr/local/bin/helpline", bin)), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(analyze, "verify", path).CombinedOutput()
	if err != nil || len(strings.TrimSpace(string(out))) > 0 {
		t.Errorf("systemd-analyze verify: %v\n%s", err, out)
	}
}
