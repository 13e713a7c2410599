package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"helpline/data"
)

// digestCLI runs helpline commands against one database in a temp dir.
type digestCLI struct {
	t      *testing.T
	dbPath string
}

func newDigestCLI(t *testing.T) *digestCLI {
	t.Helper()
	c := &digestCLI{t: t, dbPath: filepath.Join(t.TempDir(), "helpline.db")}
	if out, code := c.run("migrate"); code != 0 {
		t.Fatalf("migrate: exit %d: %s", code, out)
	}
	return c
}

func (c *digestCLI) run(args ...string) (string, int) {
	c.t.Helper()
	var stdout, stderr bytes.Buffer
	env := map[string]string{"HELPLINE_DATABASE_PATH": c.dbPath, "HELPLINE_LOG_LEVEL": "warn"}
	m := &Main{Stdout: &stdout, Stderr: &stderr, Getenv: func(k string) string { return env[k] }}
	code := m.Run(context.Background(), args)
	return stdout.String() + stderr.String(), code
}

// seed stores an answered question and an active subscriber.
func (c *digestCLI) seed() {
	c.t.Helper()
	ctx := context.Background()
	db, err := data.Open(c.dbPath)
	if err != nil {
		c.t.Fatal(err)
	}
	defer db.Close()
	err = db.InTx(ctx, func(tx *data.Tx) error {
		q := &data.Question{Title: "How far should a long run be?", Body: "Training for a half.", AskerName: "Pat Doe", AskerEmail: "pat@example.org"}
		if err := tx.CreateQuestion(ctx, q); err != nil {
			return err
		}
		return tx.AddAnswer(ctx, &data.Answer{QuestionID: q.ID, Body: "About a third of your weekly distance."})
	})
	if err != nil {
		c.t.Fatal(err)
	}
	raw, err := sql.Open("sqlite3", c.dbPath)
	if err != nil {
		c.t.Fatal(err)
	}
	defer raw.Close()
	now := time.Now().UTC().Format(time.RFC3339Nano)
	if _, err := raw.Exec(`INSERT INTO subscribers (email, name, status, created_at, updated_at) VALUES ('sub@example.org', 'Sub', 'active', ?, ?)`, now, now); err != nil {
		c.t.Fatal(err)
	}
}

func TestDigestCommands(t *testing.T) {
	c := newDigestCLI(t)
	out, code := c.run("digest", "send", "--now")
	if code != 0 || !strings.Contains(out, "nothing sent") {
		t.Fatalf("send with nothing answered: exit %d: %s", code, out)
	}
	out, code = c.run("digest", "list")
	if code != 0 || !strings.Contains(out, "Last run with no new answers") {
		t.Errorf("list after an empty run: exit %d: %s, want the empty run shown", code, out)
	}

	c.seed()
	htmlPath := filepath.Join(t.TempDir(), "preview.html")
	out, code = c.run("digest", "preview", "--html", htmlPath)
	if code != 0 || !strings.Contains(out, "Subject: 1 new answer: How far should a long run be?") ||
		!strings.Contains(out, "Recipients: 1 active subscriber\n") || !strings.Contains(out, "Asked by Pat") {
		t.Fatalf("preview: exit %d: %s", code, out)
	}
	if html, err := os.ReadFile(htmlPath); err != nil || !strings.Contains(string(html), "How far should a long run be?") {
		t.Errorf("preview html: %v, want the question in %s", err, htmlPath)
	}
	if strings.ContainsRune(out, '\uFDD0') {
		t.Errorf("preview shows a placeholder")
	}
	if out, _ := c.run("digest", "list", "--json"); strings.TrimSpace(out) != "[]" {
		t.Errorf("list after preview: got %s, want no digest", out)
	}

	if out, code = c.run("digest", "send"); code != 0 || !strings.Contains(out, "not due") {
		t.Errorf("send without --now: exit %d: %s, want not due", code, out)
	}
	if out, code = c.run("digest", "send", "--now"); code != 0 || !strings.Contains(out, "1 question, queued to 1 subscriber.") {
		t.Fatalf("send --now: exit %d: %s", code, out)
	}
	if out, code = c.run("digest", "send", "--now"); code != 0 || strings.Contains(out, "queued") {
		t.Errorf("second send --now: exit %d: %s, want nothing queued", code, out)
	}
	out, code = c.run("digest", "list", "--json")
	var rows []digestRow
	if err := json.Unmarshal([]byte(out), &rows); code != 0 || err != nil {
		t.Fatalf("list --json: exit %d, %v: %s", code, err, out)
	}
	if len(rows) != 1 || rows[0].Items != 1 || rows[0].Queued != 1 {
		t.Errorf("list --json: got %+v, want one digest with one queued mail", rows)
	}
}

func TestDigestCommandUsage(t *testing.T) {
	c := newDigestCLI(t)
	for _, args := range [][]string{{"digest"}, {"digest", "bogus"}, {"digest", "send", "extra"}, {"digest", "list", "--nope"}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			if out, code := c.run(args...); code != exitUsage {
				t.Errorf("got exit %d (%s), want %d", code, out, exitUsage)
			}
		})
	}
}
