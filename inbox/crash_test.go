package inbox

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"helpline/data"
	"helpline/internal/devmail/devmailtest"
	"helpline/internal/token"
)

// crashChildEnv, when set to "database path|IMAP address|user|password",
// makes the test binary run a poller and nothing else, until it is killed.
const crashChildEnv = "HELPLINE_INGEST_CHILD"

func TestMain(m *testing.M) {
	if spec := os.Getenv(crashChildEnv); spec != "" {
		os.Exit(runPollerChild(spec))
	}
	os.Exit(m.Run())
}

// runPollerChild ingests the mailbox into the database as serve does,
// until the process is killed; it returns only on a setup error.
func runPollerChild(spec string) int {
	f := strings.Split(spec, "|")
	if len(f) != 4 {
		fmt.Fprintf(os.Stderr, "poller child: bad spec %q\n", spec)
		return 2
	}
	db, err := data.Open(f[0])
	if err != nil {
		fmt.Fprintln(os.Stderr, "poller child:", err)
		return 2
	}
	signer, err := token.NewSigner(testSecret)
	if err != nil {
		fmt.Fprintln(os.Stderr, "poller child:", err)
		return 2
	}
	proc := NewProcessor(db, signer, testConfig(), &recordedSubs{}, nil, nil)
	// Small batches, so that the kill finds some downloaded and not stored.
	p := NewPoller(db, IMAPConfig{Addr: f[1], TLS: "none", Username: f[2], Password: f[3], Mailbox: "INBOX",
		BatchSize: 10, PollInterval: time.Hour}, proc, nil)
	err = p.Run(context.Background())
	fmt.Fprintln(os.Stderr, "poller child: run returned:", err)
	return 1
}

// TestIngestSurvivesCrash kills a poller with SIGKILL half-way through a
// mailbox, a crash with no chance to clean up, and lets another finish:
// every message is stored once, every question has its two mails once,
// and the mark stands at the last message.
func TestIngestSurvivesCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a poller in another process")
	}
	const n = 1000
	srv := devmailtest.StartForTest(t, testMailbox)
	s := imapServer{"devmail", srv.IMAPAddr(), testMailbox, srv.Password()}
	appendMail(t, dial(t, s), "INBOX", questions(n, "crash")...)
	f := newFixture(t)

	child := exec.Command(os.Args[0], "-test.run=^$")
	child.Env = append(os.Environ(), crashChildEnv+"="+strings.Join([]string{f.db.Path(), s.addr, s.user, s.password}, "|"))
	var out bytes.Buffer
	child.Stdout, child.Stderr = &out, &out
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		child.Process.Kill()
		child.Wait()
	})
	waitFor(t, "the child to store some questions", func() bool { return f.count(data.OutcomeQuestion) >= n/10 })
	if err := child.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	child.Wait()
	got := f.count(data.OutcomeQuestion)
	if got == n {
		t.Fatalf("the child stored all %d messages before the kill; child said:\n%s", n, out.String())
	}
	t.Logf("killed with %d of %d messages stored", got, n)

	if _, err := f.poller(s, "INBOX", nil).PollOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	checkStoredOnce(t, f, n)
}

// checkStoredOnce expects uids 1 to n stored once each as questions, each
// question with one acknowledgement and one notification, and the mark at
// n.
func checkStoredOnce(t *testing.T, f *fixture, n int) {
	t.Helper()
	ctx := context.Background()
	msgs, err := f.db.ListMessages(ctx, data.MessageFilter{})
	if err != nil {
		t.Fatal(err)
	}
	uids := map[uint32]int{}
	for _, m := range msgs {
		uids[m.UID]++
		if m.Outcome != data.OutcomeQuestion {
			t.Errorf("uid %d: %s (%s), want question", m.UID, m.Outcome, m.Reason)
		}
	}
	for uid := uint32(1); uid <= uint32(n); uid++ {
		if uids[uid] != 1 {
			t.Errorf("uid %d stored %d times, want once", uid, uids[uid])
		}
	}
	if len(msgs) != n {
		t.Errorf("%d messages stored, want %d", len(msgs), n)
	}
	mails := map[string]int{}
	for _, kind := range []string{data.KindAck, data.KindNotify} {
		for _, m := range f.outbox(kind) {
			mails[fmt.Sprintf("%s %d", kind, m.QuestionID)]++
		}
	}
	qs, err := f.db.ListQuestions(ctx, data.QuestionFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) != n {
		t.Errorf("%d questions, want %d", len(qs), n)
	}
	for _, q := range qs {
		for _, kind := range []string{data.KindAck, data.KindNotify} {
			if got := mails[fmt.Sprintf("%s %d", kind, q.ID)]; got != 1 {
				t.Errorf("question %d: %d %s mails, want 1", q.ID, got, kind)
			}
		}
	}
	if mb, err := f.db.Mailbox(ctx, "INBOX"); err != nil || mb.LastUID != uint32(n) {
		t.Errorf("high-water mark = %+v, %v; want %d", mb, err, n)
	}
}
