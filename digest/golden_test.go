package digest

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"helpline/data"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// sampleQuestions are answered an hour apart, oldest first.
var sampleQuestions = []struct{ title, body, asker, answer string }{
	{
		"How do I start running after a long break?",
		"I used to run 30 km a week but stopped two years ago.\n\nWhere do I begin?",
		"Maria Gonzalez",
		"Start with walk-run intervals: one minute running, two walking, for twenty minutes, three times a week.\n\nAdd a minute of running each week.",
	},
	{
		"Is it OK to run every day?",
		"My friend says rest days are a waste.",
		"tom@example.org",
		"For most runners, no. Muscles adapt during rest, not during the run itself. " +
			strings.Repeat("Easy days still count as load, and the tendons adapt more slowly than the heart and lungs do. ", 8) +
			"Take at least one full rest day each week.",
	},
	{
		"Shoes: <neutral> or *stability*?",
		"My physio says I overpronate & my shop says I don't. Who's right?",
		"Lee",
		"Try both on a treadmill and pick the pair that feels comfortable; comfort predicts injury risk better than foot type.",
	},
	{
		"What should I eat before a 10k race?",
		"The race starts at 9am.",
		"",
		"Something light and familiar two to three hours before: toast with honey, a banana, coffee if you are used to it.",
	},
}

func TestGoldenDigest(t *testing.T) {
	f := newFixture(t)
	f.d.cfg.MaxItems = 3
	for i, s := range sampleQuestions {
		f.now = monday8.Add(-time.Duration(len(sampleQuestions)-i) * time.Hour)
		f.answer(t, s.title, s.body, s.asker, s.answer)
	}
	f.subscribe(t, "anna@example.org", "Anna Lee", "active")
	f.now = monday8
	res, err := f.d.RunOnce(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	rows := f.digestRows(t, res.DigestID)
	if len(rows) != 1 {
		t.Fatalf("rows: got %d, want 1", len(rows))
	}
	m := rows[0]
	if err := f.d.Fill(f.ctx, m); err != nil {
		t.Fatal(err)
	}
	if want := "4 new answers: What should I eat before a 10k race?"; m.Subject != want {
		t.Errorf("subject: got %q, want %q", m.Subject, want)
	}
	checkGolden(t, "sample.html", m.HTML)
	checkGolden(t, "sample.txt", m.Text)
	checkSampleContent(t, f, m)
}

// checkSampleContent states what the golden files must show, so that an
// -update cannot quietly bless a wrong digest.
func checkSampleContent(t *testing.T, f *fixture, m *data.OutboxMail) {
	t.Helper()
	for _, want := range []string{
		"Hi Anna,",
		"Asked by Lee",
		"Asked by a reader", // an address as the name is never shown
		"Read the full answer ( https://help.example.org/q/2-is-it-ok-to-run-every-day )",
		"1 more answer on the site",
		"Shoes: <neutral> or *stability*?",
		"Unsubscribe ( " + f.d.cfg.Links.UnsubscribeURL(m.SubscriberID) + " )",
	} {
		if !strings.Contains(m.Text, want) {
			t.Errorf("text part lacks %q", want)
		}
	}
	for _, bad := range []string{"Gonzalez", "tom@example.org", "How do I start running"} {
		if strings.Contains(m.Text, bad) || strings.Contains(m.HTML, bad) {
			t.Errorf("digest shows %q", bad)
		}
	}
	if !strings.Contains(m.HTML, "Shoes: &lt;neutral&gt; or *stability*?") {
		t.Errorf("html: title with markup not shown as text")
	}
}

func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./digest -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file; got:\n%s\n(run go test ./digest -update if the change is intended)", name, got)
	}
}
