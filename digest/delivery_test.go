package digest

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"helpline/data"
	"helpline/internal/looptest"
	"helpline/internal/newsletter"
	"helpline/internal/smtptest"
	"helpline/internal/token"
	"helpline/mailer"
)

// crashChildEnv, when set to "database path|SMTP address", makes the test
// binary run a digest sender and nothing else, until it is killed.
const crashChildEnv = "HELPLINE_DIGEST_SENDER_CHILD"

// crashConns is how many connections the senders of the crash test use.
const crashConns = 4

func TestMain(m *testing.M) {
	if spec := os.Getenv(crashChildEnv); spec != "" {
		os.Exit(runSenderChild(spec))
	}
	os.Exit(m.Run())
}

// runSenderChild sends digest mail from the database as serve does, until
// the process is killed; it returns only on a setup error.
func runSenderChild(spec string) int {
	path, addr, ok := strings.Cut(spec, "|")
	if !ok {
		fmt.Fprintf(os.Stderr, "sender child: bad spec %q\n", spec)
		return 2
	}
	db, err := data.Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "sender child:", err)
		return 2
	}
	signer, err := token.NewSigner(testSecret)
	if err != nil {
		fmt.Fprintln(os.Stderr, "sender child:", err)
		return 2
	}
	d, err := New(db, testConfig(signer), slog.New(slog.DiscardHandler))
	if err != nil {
		fmt.Fprintln(os.Stderr, "sender child:", err)
		return 2
	}
	s, err := mailer.New(db, senderConfig(d, addr, crashConns))
	if err != nil {
		fmt.Fprintln(os.Stderr, "sender child:", err)
		return 2
	}
	err = s.Run(context.Background())
	fmt.Fprintln(os.Stderr, "sender child: run returned:", err)
	return 1
}

// senderConfig is how serve wires the sender for digest mail, with retries
// fast enough for tests.
func senderConfig(d *Digest, addr string, conns int) mailer.Config {
	return mailer.Config{
		Addr: addr, TLS: mailer.TLSNone,
		From: "ask@example.org", FromName: "Running Helpline",
		Signer:      d.cfg.Links.Signer,
		Connections: conns,
		BaseBackoff: 10 * time.Millisecond, MaxBackoff: 40 * time.Millisecond,
		PollInterval: 50 * time.Millisecond,
		Preparers:    map[string]mailer.Preparer{data.KindDigest: mailer.FillPreparer(d.Fill)},
	}
}

// addSubscribers adds n active subscribers, reader1@example.org onwards, in
// one statement.
func (f *fixture) addSubscribers(tb testing.TB, n int) {
	tb.Helper()
	now := f.now.Format("2006-01-02T15:04:05.000000000Z")
	_, err := f.raw.Exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
		INSERT INTO subscribers (email, name, status, created_at, updated_at)
		SELECT 'reader' || i || '@example.org', 'Reader ' || i, 'active', ?, ? FROM n`, n, now, now)
	if err != nil {
		tb.Fatal(err)
	}
}

// queueDigest answers questions questions in the hour before the
// fixture's time, runs the digest then for the subscribers there are and
// returns its id. Afterwards the database keeps
// real time, so that retries fall due.
func (f *fixture) queueDigest(tb testing.TB, questions int) int64 {
	tb.Helper()
	at := f.now
	for i, q := range sampleDigestQuestions(questions) {
		f.now = at.Add(-time.Hour + time.Duration(i)*time.Second)
		f.answer(tb, q.Title, q.Body, q.AskerName, q.Answer)
	}
	f.now = at
	res, err := f.d.RunOnce(f.ctx)
	if err != nil {
		tb.Fatal(err)
	}
	if res.DigestID == 0 {
		tb.Fatalf("got %+v, want a digest", res)
	}
	f.db.Now = func() time.Time { return time.Now().UTC() }
	return res.DigestID
}

// runSender runs a sender on db until the returned stop is called or the
// test ends; stop waits for Run and fails the test on its error.
func runSender(tb testing.TB, db *data.DB, cfg mailer.Config) (stop func()) {
	tb.Helper()
	s, err := mailer.New(db, cfg)
	if err != nil {
		tb.Fatal(err)
	}
	return looptest.Start(tb, s.Run)
}

// digestCounts returns how many rows of digest id are in each status.
func (f *fixture) digestCounts(tb testing.TB, id int64) map[string]int64 {
	tb.Helper()
	list, err := f.db.ListDigests(f.ctx, 100)
	if err != nil {
		tb.Fatal(err)
	}
	for _, s := range list {
		if s.ID == id {
			return s.Outbox
		}
	}
	tb.Fatalf("digest %d not listed", id)
	return nil
}

// waitSettled waits until no row of digest id is queued or sending.
func (f *fixture) waitSettled(tb testing.TB, id int64, timeout time.Duration) map[string]int64 {
	tb.Helper()
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	deadline := time.Now().Add(timeout)
	for {
		c := f.digestCounts(tb, id)
		if c[data.OutboxQueued] == 0 && c[data.OutboxSending] == 0 {
			return c
		}
		if time.Now().After(deadline) {
			tb.Fatalf("digest %d: got %v after %v, want nothing queued or sending", id, c, timeout)
		}
		<-tick.C
	}
}

// rowsIn returns the rows of digest id in status, oldest first.
func (f *fixture) rowsIn(tb testing.TB, id int64, status string) []*data.OutboxMail {
	tb.Helper()
	rows, err := f.db.ListOutbox(f.ctx, data.OutboxFilter{DigestID: id, Statuses: []string{status}})
	if err != nil {
		tb.Fatal(err)
	}
	return rows
}

func waitAccepted(tb testing.TB, srv *smtptest.Server, n int64) {
	tb.Helper()
	if !srv.WaitAccepted(n, 30*time.Second) {
		tb.Fatalf("got %v, want %d accepted", srv, n)
	}
}

// copies returns the Message-IDs the server accepted for each recipient.
func copies(srv *smtptest.Server) map[string][]string {
	out := map[string][]string{}
	for _, m := range srv.Messages() {
		for _, to := range m.To {
			out[to] = append(out[to], smtptest.Header(m.Data, "Message-ID"))
		}
	}
	return out
}

// startSenderChild runs a sender in a child process on the same database
// and server; the test kills it with SIGKILL, a crash with no chance to
// clean up.
func startSenderChild(t *testing.T, path, addr string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), crashChildEnv+"="+path+"|"+addr)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	return cmd, &out
}

// TestDigestSurvivesStopAndCrash sends one digest with a stop, a kill and
// a restart along the way: every subscriber gets it, and only mail in
// flight at the kill, at most one per connection, goes out twice.
func TestDigestSurvivesStopAndCrash(t *testing.T) {
	const subscribers = 3000
	f := newFixture(t)
	f.addSubscribers(t, subscribers)
	srv := smtptest.Start(t, smtptest.WithDelay(time.Millisecond))
	id := f.queueDigest(t, 3)
	cfg := senderConfig(f.d, srv.Addr(), crashConns)

	// A stop: the sender's context is cancelled mid-way.
	stop := runSender(t, f.db, cfg)
	waitAccepted(t, srv, 600)
	stop()
	c := f.digestCounts(t, id)
	if c[data.OutboxSending] != 0 || c[data.OutboxSent] != srv.Accepted() {
		t.Fatalf("after a stop: got %v with %d accepted, want every accepted mail marked sent and none sending", c, srv.Accepted())
	}

	// A crash: a sender in another process is killed mid-way.
	child, out := startSenderChild(t, f.db.Path(), srv.Addr())
	waitAccepted(t, srv, srv.Accepted()+800)
	if err := child.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	child.Wait()
	inFlight := map[string]bool{}
	for _, r := range f.rowsIn(t, id, data.OutboxSending) {
		inFlight[r.To] = true
	}
	if len(inFlight) == 0 {
		t.Fatalf("the kill left no row sending; child said:\n%s", out)
	}

	stop = runSender(t, f.db, cfg)
	c = f.waitSettled(t, id, time.Minute)
	stop()
	if c[data.OutboxSent] != subscribers {
		t.Errorf("got %v, want all %d rows sent", c, subscribers)
	}
	checkCrashCopies(t, f, copies(srv), inFlight, subscribers)
}

// checkCrashCopies expects one copy per subscriber, and a second only for
// rows left sending by the crash, no more of them than connections, with
// the same Message-ID as the first.
func checkCrashCopies(t *testing.T, f *fixture, got map[string][]string, inFlight map[string]bool, subscribers int) {
	t.Helper()
	subs, err := f.db.ListSubscribers(f.ctx, data.SubscriberFilter{Status: data.SubscriberActive, Limit: subscribers + 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(subs) != subscribers || len(got) != subscribers {
		t.Fatalf("got %d subscribers and %d recipients at the server, want %d of each", len(subs), len(got), subscribers)
	}
	twice := 0
	for _, s := range subs {
		ids := got[s.Email]
		switch {
		case len(ids) == 0:
			t.Errorf("%s: got no copy, want one", s.Email)
		case len(ids) == 1:
		case len(ids) == 2 && inFlight[s.Email]:
			twice++
			if ids[0] != ids[1] {
				t.Errorf("%s: got Message-IDs %q and %q, want the same for a resend", s.Email, ids[0], ids[1])
			}
		default:
			t.Errorf("%s: got %d copies (in flight at the crash: %v), want one", s.Email, len(ids), inFlight[s.Email])
		}
	}
	if twice > crashConns {
		t.Errorf("got %d subscribers with two copies, want at most %d (one per connection)", twice, crashConns)
	}
	t.Logf("%d rows sending at the kill, %d sent twice", len(inFlight), twice)
}

// TestUnsubscribeDuringDigestStopsItsMail unsubscribes readers while their
// digest is going out, some whose rows the sender has already claimed:
// none of them gets it, and everyone else gets it once.
func TestUnsubscribeDuringDigestStopsItsMail(t *testing.T) {
	const subscribers, conns = 300, 4
	f := newFixture(t)
	f.addSubscribers(t, subscribers)
	srv := smtptest.Start(t, smtptest.WithDelay(5*time.Millisecond))
	id := f.queueDigest(t, 2)
	nl, err := newsletter.New(f.db, newsletter.Config{
		SiteName: "Running Helpline", Links: f.d.cfg.Links,
		SuppressionKey: []byte("suppression key for the tests"), Logger: slog.New(slog.DiscardHandler),
	})
	if err != nil {
		t.Fatal(err)
	}
	cfg := senderConfig(f.d, srv.Addr(), conns)
	cfg.ClaimBatch = 64
	stop := runSender(t, f.db, cfg)
	waitAccepted(t, srv, 40)

	// The newest claimed rows wait behind dozens of others, so none is
	// with the server yet; the newest queued rows are further still.
	claimed, queued := f.rowsIn(t, id, data.OutboxSending), f.rowsIn(t, id, data.OutboxQueued)
	if len(claimed) < 16 || len(queued) < 10 {
		t.Fatalf("got %d rows claimed and %d queued, want a digest caught mid-way", len(claimed), len(queued))
	}
	victims := append(claimed[len(claimed)-8:], queued[len(queued)-10:]...)
	for _, v := range victims {
		if err := nl.Unsubscribe(f.ctx, f.d.cfg.Links.Signer.Sign(token.Unsubscribe, v.SubscriberID)); err != nil {
			t.Fatal(err)
		}
	}
	c := f.waitSettled(t, id, time.Minute)
	stop()

	left := map[string]bool{}
	for _, v := range victims {
		left[v.To] = true
		rows, err := f.db.ListOutbox(f.ctx, data.OutboxFilter{ID: v.ID})
		if err != nil {
			t.Fatal(err)
		}
		if row := rows[0]; row.Status != data.OutboxCancelled {
			t.Errorf("%s (row %s when they left): got status %s, want cancelled", v.To, v.Status, row.Status)
		}
		if n := srv.Attempts(v.To); n != 0 {
			t.Errorf("%s: got %d delivery attempts after leaving, want none", v.To, n)
		}
	}
	got := copies(srv)
	for i := 1; i <= subscribers; i++ {
		addr := fmt.Sprintf("reader%d@example.org", i)
		want := 1
		if left[addr] {
			want = 0
		}
		if len(got[addr]) != want {
			t.Errorf("%s: got %d copies, want %d", addr, len(got[addr]), want)
		}
	}
	if want := int64(subscribers - len(victims)); c[data.OutboxSent] != want || c[data.OutboxCancelled] != int64(len(victims)) {
		t.Errorf("got %v, want %d sent and %d cancelled", c, want, len(victims))
	}
}

// TestDigestRidesOutTemporaryFailures has the server answer 451 to the
// first attempts, whoever they are for: the digest retries them and still
// reaches everyone exactly once.
func TestDigestRidesOutTemporaryFailures(t *testing.T) {
	const subscribers, refusals = 200, 150
	f := newFixture(t)
	f.addSubscribers(t, subscribers)
	srv := smtptest.Start(t)
	srv.ForNext(smtptest.Repeat(refusals, smtptest.Reject(451, "4.3.2", "too busy, try later"))...)
	id := f.queueDigest(t, 2)
	cfg := senderConfig(f.d, srv.Addr(), 4)
	cfg.MaxAttempts = 10
	stop := runSender(t, f.db, cfg)
	c := f.waitSettled(t, id, time.Minute)
	stop()

	if c[data.OutboxSent] != subscribers {
		t.Errorf("got %v, want all %d sent", c, subscribers)
	}
	got := copies(srv)
	tries := 0
	for i := 1; i <= subscribers; i++ {
		addr := fmt.Sprintf("reader%d@example.org", i)
		if len(got[addr]) != 1 {
			t.Errorf("%s: got %d copies, want 1", addr, len(got[addr]))
		}
		tries += srv.Attempts(addr)
	}
	if tries != subscribers+refusals {
		t.Errorf("got %d attempts at the server, want %d: one per refusal and one per delivery", tries, subscribers+refusals)
	}
	counted := 0
	for _, r := range f.rowsIn(t, id, data.OutboxSent) {
		counted += r.Attempts
	}
	if counted != subscribers+refusals {
		t.Errorf("got %d attempts counted in the outbox, want %d", counted, subscribers+refusals)
	}
}

// TestDigestPermanentRejectionFailsOnlyThatAddress has the server refuse
// one address with 550: that row fails with the reply, everyone else gets
// the digest once.
func TestDigestPermanentRejectionFailsOnlyThatAddress(t *testing.T) {
	const subscribers = 50
	const bad = "reader17@example.org"
	f := newFixture(t)
	f.addSubscribers(t, subscribers)
	srv := smtptest.Start(t)
	srv.ForRecipient(bad, smtptest.Reject(550, "5.1.1", "no such mailbox"))
	id := f.queueDigest(t, 2)
	stop := runSender(t, f.db, senderConfig(f.d, srv.Addr(), 4))
	c := f.waitSettled(t, id, time.Minute)
	stop()

	if c[data.OutboxSent] != subscribers-1 || c[data.OutboxFailed] != 1 {
		t.Errorf("got %v, want %d sent and 1 failed", c, subscribers-1)
	}
	failed := f.rowsIn(t, id, data.OutboxFailed)
	if len(failed) == 1 {
		if r := failed[0]; r.To != bad || !strings.Contains(r.LastError, "550 5.1.1 no such mailbox") || r.Attempts != 1 {
			t.Errorf("got failed row to %s after %d attempts with %q, want %s after 1 with the 550 reply", r.To, r.Attempts, r.LastError, bad)
		}
	}
	if n := srv.Attempts(bad); n != 1 {
		t.Errorf("%s: got %d attempts, want 1", bad, n)
	}
	got := copies(srv)
	for i := 1; i <= subscribers; i++ {
		addr := fmt.Sprintf("reader%d@example.org", i)
		want := 1
		if addr == bad {
			want = 0
		}
		if len(got[addr]) != want {
			t.Errorf("%s: got %d copies, want %d", addr, len(got[addr]), want)
		}
	}
}
