package newsletter

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"helpline/data"
	"helpline/internal/token"
	"helpline/templates"
)

// readDSN loads a fixture, putting in the tokens the test signer makes:
// the VERP route of outbox row 7 and a signed Message-ID for row 9.
func readDSN(t *testing.T, f *fixture, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	b = bytes.ReplaceAll(b, []byte("OUTBOXTOKEN"), []byte(f.signer().Sign(token.Bounce, 7)))
	b = bytes.ReplaceAll(b, []byte("MSGID_PLACEHOLDER"), []byte(f.signer().MessageID("helpline.example", token.Mail, 9)))
	return b
}

func TestParseDSN(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		file string
		want []Bounce
	}{
		{"hard-511.eml", []Bounce{{OutboxID: 7, Recipient: "gone.runner@runners.example", Status: "5.1.1",
			Diagnostic: "smtp; 550 5.1.1 <gone.runner@runners.example>: Recipient address rejected: User unknown"}}},
		{"soft-422.eml", []Bounce{{OutboxID: 9, Recipient: "full.box@trailmail.example", Status: "4.2.2",
			Diagnostic: "smtp;452 4.2.2 Mailbox full"}}},
		{"delayed.eml", []Bounce{{OutboxID: 7, Recipient: "slow.runner@far.example", Status: "4.4.7",
			Diagnostic: "smtp; 421 4.4.7 connection timed out"}}},
		{"multi.eml", []Bounce{
			{Recipient: "coach@club.example", Status: "5.2.1", Diagnostic: "smtp; 550 5.2.1 mailbox disabled"},
			{Recipient: "busy@club.example", Status: "4.0.0"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got, err := f.svc.ParseDSN(readDSN(t, f, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d bounces %+v, want %d", len(got), got, len(tt.want))
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("bounce %d: got %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestParseDSNRefusesOtherMail(t *testing.T) {
	f := newFixture(t)
	plain := "From: ann@example.org\r\nTo: ask@helpline.example\r\nSubject: hi\r\n\r\nHello\r\n"
	report := "From: x@example.org\r\nContent-Type: multipart/report; report-type=disposition-notification; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nread\r\n--b--\r\n"
	for _, raw := range []string{plain, report} {
		if _, err := f.svc.ParseDSN([]byte(raw)); !errors.Is(err, ErrNotDSN) {
			t.Errorf("got %v, want ErrNotDSN", err)
		}
	}
}

func TestHardBounceSuppressesAtOnce(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	s := f.subscribeAndConfirm(t, "gone.runner@runners.example", "")
	welcome := f.outbox(t, data.KindWelcome)[0]
	bounces, err := f.svc.ParseDSN(readDSN(t, f, "hard-511.eml"))
	if err != nil {
		t.Fatal(err)
	}
	b := bounces[0]
	b.OutboxID = welcome.ID
	if err := f.svc.HandleBounce(ctx, b); err != nil {
		t.Fatal(err)
	}
	if got := f.subscriber(t, s.Email).Status; got != data.SubscriberBounced {
		t.Errorf("got status %q, want bounced", got)
	}
	if got := f.outbox(t, data.KindWelcome)[0].Status; got != data.OutboxCancelled {
		t.Errorf("got welcome %s, want cancelled", got)
	}
	p, err := f.db.Person(ctx, s.Email, data.SuppressionHash(f.svc.cfg.SuppressionKey, s.Email))
	if err != nil {
		t.Fatal(err)
	}
	recs := p.Bounces
	if len(recs) != 1 || !recs[0].Hard || recs[0].OutboxID != welcome.ID || recs[0].Status != "5.1.1" {
		t.Errorf("got bounces %+v, want one hard 5.1.1 for the welcome", recs)
	}
	if err := f.svc.Subscribe(ctx, s.Email, "", SourceWeb); err != nil {
		t.Fatal(err)
	}
	if got := len(f.outbox(t, data.KindConfirm)); got != 1 {
		t.Errorf("got %d confirmation mails, want none more for a bounced address", got)
	}
}

// TestSoftBouncesSuppressAtThreshold counts the mails that soft bounced in
// the window, however often each was reported.
func TestSoftBouncesSuppressAtThreshold(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	s := f.subscribeAndConfirm(t, "full.box@trailmail.example", "")
	welcome := f.outbox(t, data.KindWelcome)[0]
	soft := Bounce{OutboxID: welcome.ID, Recipient: "Full.Box@TrailMail.example", Status: "4.2.2", Diagnostic: "452 mailbox full"}
	// A relay that warns while it still tries, then reports giving up,
	// and a report that arrives twice: still one mail, one soft bounce.
	for range 3 {
		if err := f.svc.HandleBounce(ctx, soft); err != nil {
			t.Fatal(err)
		}
	}
	if got := f.subscriber(t, s.Email).Status; got != data.SubscriberActive {
		t.Fatalf("after three reports of one mail: got %q, want %q", got, data.SubscriberActive)
	}
	steps := []struct {
		after time.Duration
		want  string
	}{
		{31 * 24 * time.Hour, data.SubscriberActive}, // the welcome's have left the window
		{24 * time.Hour, data.SubscriberActive},
		{24 * time.Hour, data.SubscriberBounced},
	}
	for i, st := range steps {
		*f.now = f.now.Add(st.after)
		digest := &data.OutboxMail{Kind: data.KindDigest, To: s.Email, SubscriberID: s.ID, Subject: "New answers", Text: "Answers."}
		if err := f.db.InTx(ctx, func(tx *data.Tx) error { return tx.Enqueue(ctx, digest) }); err != nil {
			t.Fatal(err)
		}
		soft.OutboxID = digest.ID
		if err := f.svc.HandleBounce(ctx, soft); err != nil {
			t.Fatal(err)
		}
		if got := f.subscriber(t, s.Email).Status; got != st.want {
			t.Errorf("after bounce %d: got %q, want %q", i+1, got, st.want)
		}
	}
	if err := f.svc.HandleBounce(ctx, Bounce{Recipient: "stranger@example.org", Status: "5.1.1"}); !errors.Is(err, ErrUntraced) {
		t.Errorf("bounce traced to no mail of ours: got %v, want ErrUntraced", err)
	}
	if err := f.svc.HandleBounce(ctx, Bounce{OutboxID: 9999, Status: "5.1.1"}); !errors.Is(err, ErrUntraced) {
		t.Errorf("bounce for no outbox row: got %v, want ErrUntraced", err)
	}
}

// A report that reaches no signed bounce route and quotes no Message-ID
// we signed changes nothing, whatever address it names; one that is traced
// to our mail counts for that mail's recipient, not for another it names,
// and only as soft, since it is about another address.
func TestForgedBouncesChangeNothing(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	victim := f.subscribeAndConfirm(t, "victim@trailmail.example", "")
	other := f.subscribeAndConfirm(t, "other@trailmail.example", "")
	if err := f.svc.HandleBounce(ctx, Bounce{Recipient: victim.Email, Status: "5.1.1"}); !errors.Is(err, ErrUntraced) {
		t.Fatalf("got %v, want ErrUntraced", err)
	}
	if got := f.subscriber(t, victim.Email).Status; got != data.SubscriberActive {
		t.Fatalf("a forged report made the subscriber %s", got)
	}
	var otherWelcome *data.OutboxMail
	for _, m := range f.outbox(t, data.KindWelcome) {
		if m.To == other.Email {
			otherWelcome = m
		}
	}
	if err := f.svc.HandleBounce(ctx, Bounce{OutboxID: otherWelcome.ID, Recipient: victim.Email, Status: "5.1.1"}); err != nil {
		t.Fatal(err)
	}
	if got := f.subscriber(t, victim.Email).Status; got != data.SubscriberActive {
		t.Errorf("a report naming the victim on another's mail made them %s", got)
	}
	if got := f.subscriber(t, other.Email).Status; got != data.SubscriberActive {
		t.Errorf("the mail's own recipient is %s, want active: a failure of another address is soft", got)
	}
	p, err := f.db.Person(ctx, other.Email, data.SuppressionHash(f.svc.cfg.SuppressionKey, other.Email))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Bounces) != 1 || p.Bounces[0].Hard || p.Bounces[0].OutboxID != otherWelcome.ID {
		t.Errorf("the mail's own recipient has bounces %+v, want one soft for the welcome", p.Bounces)
	}
}

func TestLoadEbook(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	sample := templates.SampleEbook()
	tests := []struct {
		name, path string
		ok         bool
	}{
		{"default", "", true},
		{"copy", write("copy.pdf", sample), true},
		{"missing", filepath.Join(dir, "none.pdf"), false},
		{"not a pdf", write("notes.pdf", []byte("just some notes\n%%EOF\n")), false},
		{"truncated", write("cut.pdf", sample[:len(sample)/2]), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := LoadEbook(tt.path)
			if tt.ok != (err == nil) {
				t.Fatalf("got %v, want ok %v", err, tt.ok)
			}
			if err != nil && (!strings.Contains(err.Error(), tt.path) || strings.Contains(err.Error(), "newsletter.ebook")) {
				t.Errorf("got %q, want the file named, and the key left to the caller", err)
			}
			if err == nil && !bytes.Equal(b, sample) {
				t.Errorf("got %d bytes, want the sample's %d", len(b), len(sample))
			}
		})
	}
}

// TestSampleEbookIsWellFormed checks what a PDF reader relies on first:
// the header, startxref pointing at the table, and every table entry
// pointing at the start of its object.
func TestSampleEbookIsWellFormed(t *testing.T) {
	b := templates.SampleEbook()
	if !bytes.HasPrefix(b, []byte("%PDF-1.4\n")) {
		t.Fatalf("got header %q, want %%PDF-1.4", b[:9])
	}
	m := regexp.MustCompile(`startxref\n(\d+)\n%%EOF\n$`).FindSubmatch(b)
	if m == nil {
		t.Fatal("no startxref at the end")
	}
	xref, _ := strconv.Atoi(string(m[1]))
	if !bytes.HasPrefix(b[xref:], []byte("xref\n0 ")) {
		t.Fatalf("startxref %d does not point at the table", xref)
	}
	lines := strings.Split(string(b[xref:]), "\n")
	n, _ := strconv.Atoi(strings.Fields(lines[1])[1])
	if n < 8 {
		t.Fatalf("got %d objects, want a catalog, fonts and pages", n)
	}
	for obj := 1; obj < n; obj++ {
		entry := lines[2+obj]
		off, err := strconv.Atoi(entry[:10])
		if err != nil || !strings.HasSuffix(entry, " n ") {
			t.Fatalf("object %d: bad entry %q", obj, entry)
		}
		if want := strconv.Itoa(obj) + " 0 obj\n"; !bytes.HasPrefix(b[off:], []byte(want)) {
			t.Errorf("object %d: offset %d points at %q", obj, off, b[off:off+12])
		}
	}
	if got := bytes.Count(b, []byte("/Type /Page ")); got < 3 || got > 4 {
		t.Errorf("got %d pages, want 3 or 4", got)
	}
}

// TestBounceHard checks which permanent failures say the address is gone:
// those about the recipient's mailbox or domain. A refusal by policy, a
// full mailbox, a mail too large or a failure of our own sender address
// is permanent for that mail only, and counts as soft.
func TestBounceHard(t *testing.T) {
	tests := []struct {
		status string
		want   bool
	}{
		{"5.1.1", true},  // no such mailbox
		{"5.1.2", true},  // no such domain
		{"5.1.10", true}, // the domain takes no mail (null MX)
		{"5.2.1", true},  // mailbox disabled
		{"5.4.4", true},  // no route to the domain
		{"5.0.0", true},  // a bare 550, most often "user unknown"
		{"5.5.0", true},  // "mailbox unavailable"
		{" 5.1.1 ", true},
		{"5.7.1", false},  // blocked by policy: our host's reputation
		{"5.7.26", false}, // failed DMARC
		{"5.2.2", false},  // mailbox full
		{"5.2.3", false},  // mail too large for the mailbox
		{"5.3.4", false},  // mail too large for the system
		{"5.6.0", false},  // content refused
		{"5.1.7", false},  // our sender address refused
		{"5.1.8", false},
		{"5.4.7", false}, // delivery timed out
		{"4.1.1", false},
		{"4.0.0", false},
		{"", false},
		{"550", false}, // no enhanced code: read from the words, elsewhere
	}
	for _, tt := range tests {
		if got := (Bounce{Status: tt.status}).Hard(); got != tt.want {
			t.Errorf("Bounce{Status: %q}.Hard() = %v, want %v", tt.status, got, tt.want)
		}
	}
}
