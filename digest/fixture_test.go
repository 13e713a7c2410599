package digest

import (
	"context"
	"database/sql"
	"io"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"helpline/data"
	"helpline/internal/newsletter"
	"helpline/internal/token"
	"helpline/templates"
)

// fixture is a real SQLite database with a Digest on it and a clock the
// test moves.
type fixture struct {
	ctx context.Context
	db  *data.DB
	raw *sql.DB // subscriber rows, whose store lives elsewhere
	d   *Digest
	now time.Time
}

// testSecret signs the fixture's links and Message-IDs; a sender in a
// child process uses it too, so that both sign alike.
const testSecret = "test secret of some length"

// monday8 is a Monday at 08:00 UTC, when the test schedule fires.
var monday8 = time.Date(2025, 3, 10, 8, 0, 0, 0, time.UTC)

func testConfig(signer *token.Signer) Config {
	return Config{
		Site:      templates.MailSite{Name: "Running Helpline", Link: "https://help.example.org"},
		Links:     newsletter.Links{BaseURL: "https://help.example.org", Mailbox: "ask@example.org", ListID: "Running Helpline digest <digest.help.example.org>", Signer: signer},
		Schedule:  "0 8 * * 1",
		Location:  time.UTC,
		MaxItems:  20,
		Copyright: "© 2025 Running Helpline",
	}
}

func newFixture(t testing.TB) *fixture {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "helpline.db")
	db, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	raw, err := sql.Open("sqlite3", "file:"+path+"?_busy_timeout=10000&_foreign_keys=on")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { raw.Close() })
	signer, err := token.NewSigner(testSecret)
	if err != nil {
		t.Fatal(err)
	}
	d, err := New(db, testConfig(signer), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{ctx: ctx, db: db, raw: raw, d: d, now: monday8}
	d.Now = func() time.Time { return f.now }
	db.Now = func() time.Time { return f.now }
	return f
}

// answer stores a question answered at the fixture's current time.
func (f *fixture) answer(tb testing.TB, title, body, asker, answer string) *data.Question {
	tb.Helper()
	q := &data.Question{Title: title, Body: body, AskerName: asker, AskerEmail: "asker@example.org"}
	err := f.db.InTx(f.ctx, func(tx *data.Tx) error {
		if err := tx.CreateQuestion(f.ctx, q); err != nil {
			return err
		}
		return tx.AddAnswer(f.ctx, &data.Answer{QuestionID: q.ID, Body: answer})
	})
	if err != nil {
		tb.Fatal(err)
	}
	return q
}

// subscribe adds a subscriber with status.
func (f *fixture) subscribe(tb testing.TB, email, name, status string) int64 {
	tb.Helper()
	now := f.now.Format("2006-01-02T15:04:05.000000000Z")
	res, err := f.raw.Exec(`INSERT INTO subscribers (email, name, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
		email, name, status, now, now)
	if err != nil {
		tb.Fatal(err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		tb.Fatal(err)
	}
	return id
}

// digestRows returns the outbox rows of digest id.
func (f *fixture) digestRows(tb testing.TB, id int64) []*data.OutboxMail {
	tb.Helper()
	rows, err := f.db.ListOutbox(f.ctx, data.OutboxFilter{DigestID: id})
	if err != nil {
		tb.Fatal(err)
	}
	return rows
}

func (f *fixture) digestCount(tb testing.TB) int {
	tb.Helper()
	list, err := f.db.ListDigests(f.ctx, 1000)
	if err != nil {
		tb.Fatal(err)
	}
	return len(list)
}
