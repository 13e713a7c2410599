package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCLI runs one command against the database at dbPath and returns its
// exit code and output.
func runCLI(t *testing.T, dbPath string, args ...string) (int, string, string) {
	t.Helper()
	return runCLISecret(t, dbPath, "command test secret, long enough", args...)
}

// runCLISecret is runCLI with the given site secret.
func runCLISecret(t *testing.T, dbPath, secret string, args ...string) (int, string, string) {
	t.Helper()
	env := map[string]string{
		"HELPLINE_DATABASE_PATH": dbPath,
		"HELPLINE_SITE_SECRET":   secret,
		"HELPLINE_LOG_LEVEL":     "error",
	}
	var out, errOut bytes.Buffer
	m := &Main{Stdout: &out, Stderr: &errOut, Getenv: func(k string) string { return env[k] }}
	code := m.Run(context.Background(), args)
	return code, out.String(), errOut.String()
}

func TestSubscribersCommands(t *testing.T) {
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
	mustRun("subscribers", "add", "ann@example.org", "--name", "Ann", "--confirmed")
	mustRun("subscribers", "add", "bob@example.org")
	var rows []subscriberRow
	if err := json.Unmarshal([]byte(mustRun("subscribers", "list", "--status", "active", "--json")), &rows); err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || rows[0].Email != "ann@example.org" || rows[0].ConsentSource != "owner" || rows[0].WelcomeSentAt == nil {
		t.Fatalf("got %+v, want ann active by the owner's word, welcomed", rows)
	}
	if out := mustRun("subscribers", "list", "--status", "bounced", "--json"); strings.TrimSpace(out) != "[]" {
		t.Errorf("empty listing: got %q, want []", out)
	}
	csvPath := filepath.Join(dir, "export.csv")
	export := mustRun("subscribers", "export")
	if err := os.WriteFile(csvPath, []byte(export), 0o600); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(dir, "other.db")
	if code, _, errOut := runCLI(t, other, "subscribers", "import", csvPath); code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut)
	}
	_, again, _ := runCLI(t, other, "subscribers", "export")
	if firstCols(export, 3) != firstCols(again, 3) {
		t.Errorf("round trip: got\n%s\nwant\n%s", firstCols(again, 3), firstCols(export, 3))
	}

	mustRun("subscribers", "forget", "ann@example.org")
	for _, f := range []string{db, db + "-wal"} {
		b, err := os.ReadFile(f)
		if err == nil && bytes.Contains(b, []byte("ann@example.org")) {
			t.Errorf("%s still holds the forgotten address", filepath.Base(f))
		}
	}
	if code, _, errOut := runCLI(t, db, "subscribers", "add", "ann@example.org"); code == 0 || !strings.Contains(errOut, "forgotten") {
		t.Errorf("re-adding a forgotten address: got exit %d (%s), want refused", code, errOut)
	}
	// The suppression outlives a change of the site secret.
	if code, _, errOut := runCLISecret(t, db, "a new site secret, also long enough", "subscribers", "add", "ann@example.org"); code == 0 || !strings.Contains(errOut, "forgotten") {
		t.Errorf("re-adding a forgotten address under a new secret: got exit %d (%s), want refused", code, errOut)
	}
	if code, _, errOut := runCLI(t, db, "subscribers", "add", "--confirmed", "ann@example.org"); code != 1 || !strings.Contains(errOut, "--resubscribe") {
		t.Errorf("vouching for a forgotten address: got exit %d (%s), want refused with a hint", code, errOut)
	}
	if out := mustRun("subscribers", "add", "ann@example.org", "--resubscribe", "--reason", "asked again at the club"); !strings.Contains(out, "confirmation mail is queued") {
		t.Errorf("resubscribing: got %q, want a confirmation queued", out)
	}
	if code, _, _ := runCLI(t, db, "subscribers", "remove", "nobody@example.org"); code != 1 {
		t.Errorf("removing an unknown address: got exit %d, want 1", code)
	}
	if code, _, _ := runCLI(t, db, "subscribers", "frobnicate"); code != 2 {
		t.Errorf("unknown subcommand: got exit %d, want 2", code)
	}
}

// firstCols keeps the first n columns of each CSV line.
func firstCols(csv string, n int) string {
	var out []string
	for _, line := range strings.Split(strings.TrimSpace(csv), "\n") {
		out = append(out, strings.Join(strings.SplitN(line, ",", n+1)[:n], ","))
	}
	return strings.Join(out, "\n")
}
