package newsletter

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"helpline/data"
	"helpline/internal/token"
)

// importFile imports a file of testdata/import.
func (f *fixture) importFile(t *testing.T, name string, opt ImportOptions) *ImportSummary {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "import", name))
	if err != nil {
		t.Fatal(err)
	}
	sum, err := f.svc.Import(context.Background(), bytes.NewReader(b), opt)
	if err != nil {
		t.Fatalf("import %s: %v", name, err)
	}
	return sum
}

func TestImportExportRoundTrip(t *testing.T) {
	ctx := context.Background()
	src := newFixture(t)
	in := "email,name,status\n" +
		"ann@example.org,Ann Runner,active\n" +
		"Bob@Example.org,\"=HYPERLINK(\"\"x\"\")\",\n" +
		"cat@example.org,Cat,unsubscribed\n" +
		"dan@example.org,,pending\n"
	res, err := src.svc.Import(ctx, strings.NewReader(in), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Added != 4 || len(res.Skipped) != 0 || res.Confirmations != 1 || res.Format != FormatPlain {
		t.Errorf("got %+v, want 4 added in the plain format, one confirmation", res)
	}
	if got := len(src.outbox(t, data.KindConfirm)); got != 1 {
		t.Errorf("got %d confirmation mails, want 1 for the pending row", got)
	}
	if got := len(src.outbox(t, data.KindWelcome)); got != 0 {
		t.Errorf("got %d welcome mails, want none on import", got)
	}
	var first bytes.Buffer
	if err := src.svc.ExportCSV(ctx, &first); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(first.String(), "'=HYPERLINK") {
		t.Errorf("export does not defuse a formula:\n%s", first.String())
	}
	dst := newFixture(t)
	res, err = dst.svc.Import(ctx, bytes.NewReader(first.Bytes()), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Format != FormatHelpline || res.Added != 4 {
		t.Errorf("got %+v, want our own export recognised and 4 added", res)
	}
	var second bytes.Buffer
	if err := dst.svc.ExportCSV(ctx, &second); err != nil {
		t.Fatal(err)
	}
	a, b := readAll(t, first.String()), readAll(t, second.String())
	if len(a) != 5 || len(a) != len(b) {
		t.Fatalf("got %d and %d rows, want 5 each", len(a), len(b))
	}
	for i := range a {
		for col := range exportHeader {
			if a[i][col] != b[i][col] {
				t.Errorf("row %d column %s: got %q, want %q", i, exportHeader[col], b[i][col], a[i][col])
			}
		}
	}
	if a[2][0] != "Bob@example.org" || a[2][1] != "'=HYPERLINK(\"x\")" || a[2][2] != "active" || a[2][5] != SourceImport {
		t.Errorf("got row %q, want Bob active by the import's word", a[2])
	}
	again, err := dst.svc.Import(ctx, bytes.NewReader(first.Bytes()), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if again.Unchanged != 4 || again.Added+again.Updated != 0 {
		t.Errorf("importing the same file again: got %+v, want 4 unchanged", again)
	}
}

func readAll(t *testing.T, s string) [][]string {
	t.Helper()
	recs, err := csv.NewReader(strings.NewReader(s)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

// TestImportFormats reads each tool's export into an empty list.
func TestImportFormats(t *testing.T) {
	ann := func(name string, consent time.Time, source string) map[string]data.Subscriber {
		return map[string]data.Subscriber{"ann@example.org": {Status: data.SubscriberActive, Name: name,
			ConfirmedAt: consent, ConsentSource: source}}
	}
	tests := []struct {
		file, format string
		delim        string
		added        int
		want         map[string]data.Subscriber
	}{
		{"mailchimp-subscribed.csv", FormatMailchimp, ",", 5,
			ann("Ann Runner", time.Date(2021, 4, 2, 8, 16, 40, 0, time.UTC), FormatMailchimp)},
		{"mailchimp-unsubscribed.csv", FormatMailchimp, ",", 1, map[string]data.Subscriber{
			"fay@example.org": {Status: data.SubscriberUnsubscribed, Name: "Fay", UnsubscribedAt: time.Date(2022, 8, 30, 19, 45, 0, 0, time.UTC)}}},
		{"mailchimp-cleaned.csv", FormatMailchimp, ",", 1, map[string]data.Subscriber{
			"gus@example.org": {Status: data.SubscriberBounced, Name: "Gus", BouncedAt: time.Date(2021, 11, 11, 11, 11, 11, 0, time.UTC)}}},
		{"listmonk-export.csv", FormatListmonk, ",", 6, map[string]data.Subscriber{
			"ann@example.org": {Status: data.SubscriberActive, Name: "Ann Runner", ConsentSource: FormatListmonk,
				CreatedAt: time.Date(2022, 3, 4, 5, 6, 7, 123456000, time.UTC)},
			"hal@example.org": {Status: data.SubscriberUnsubscribed, Name: "Hal"}}},
		{"listmonk-import.csv", FormatListmonk, ",", 5, ann("Ann Runner", time.Time{}, FormatListmonk)},
		{"ghost-members.csv", FormatGhost, ",", 6, map[string]data.Subscriber{
			"ann@example.org": {Status: data.SubscriberActive, Name: "Ann Runner", ConsentSource: FormatGhost,
				ConfirmedAt: time.Date(2023, 4, 8, 16, 56, 2, 0, time.UTC)},
			"ivy@example.org": {Status: data.SubscriberUnsubscribed, Name: "Ivy"}}},
		{"substack.csv", FormatSubstack, ",", 6, map[string]data.Subscriber{
			"ann@example.org": {Status: data.SubscriberActive, ConsentSource: FormatSubstack,
				ConfirmedAt: time.Date(2022, 9, 1, 8, 0, 0, 0, time.UTC)},
			"jo@example.org": {Status: data.SubscriberUnsubscribed}}},
		{"buttondown.csv", FormatButtondown, ",", 7, map[string]data.Subscriber{
			"ann@example.org": {Status: data.SubscriberActive, ConsentSource: "buttondown (organic)",
				ConfirmedAt: time.Date(2024, 1, 10, 10, 0, 0, 0, time.UTC)},
			"kim@example.org": {Status: data.SubscriberPending},
			"lou@example.org": {Status: data.SubscriberUnsubscribed}}},
		{"semicolon-bom.csv", FormatPlain, ";", 5, ann("", time.Time{}, SourceImport)},
		{"tab.tsv", FormatPlain, "\t", 5, ann("Ann Runner", time.Time{}, SourceImport)},
		{"headerless.csv", FormatPlain, ",", 5, ann("Ann Runner", time.Time{}, SourceImport)},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			f := newFixture(t)
			sum := f.importFile(t, tt.file, ImportOptions{})
			if sum.Format != tt.format || sum.Delimiter != tt.delim || sum.Added != tt.added || len(sum.Skipped) != 0 {
				t.Errorf("got %+v, want format %s, delimiter %q, %d added, none skipped", sum, tt.format, tt.delim, tt.added)
			}
			for addr, want := range tt.want {
				got := f.subscriber(t, addr)
				if got.Status != want.Status || got.Name != want.Name || !got.ConfirmedAt.Equal(want.ConfirmedAt) ||
					got.ConsentSource != want.ConsentSource {
					t.Errorf("%s: got %s %q consent %v by %q, want %s %q consent %v by %q", addr, got.Status, got.Name,
						got.ConfirmedAt, got.ConsentSource, want.Status, want.Name, want.ConfirmedAt, want.ConsentSource)
				}
				for _, tm := range [][2]time.Time{{got.UnsubscribedAt, want.UnsubscribedAt}, {got.BouncedAt, want.BouncedAt},
					{got.CreatedAt, want.CreatedAt}} {
					if !tm[1].IsZero() && !tm[0].Equal(tm[1]) {
						t.Errorf("%s: got time %v, want %v", addr, tm[0], tm[1])
					}
				}
			}
		})
	}
}

// suppressedFixture has ann unsubscribed, bob hard-bounced, cat
// complained and dan forgotten; eve is unknown.
func suppressedFixture(t *testing.T) *fixture {
	t.Helper()
	f := newFixture(t)
	ctx := context.Background()
	for _, a := range []string{"ann", "bob", "cat", "dan"} {
		f.subscribeAndConfirm(t, a+"@example.org", "")
	}
	ann := f.subscriber(t, "ann@example.org")
	if err := f.svc.Unsubscribe(ctx, f.signer().Sign(token.Unsubscribe, ann.ID)); err != nil {
		t.Fatal(err)
	}
	var bobWelcome int64
	for _, m := range f.outbox(t, data.KindWelcome) {
		if m.To == "bob@example.org" {
			bobWelcome = m.ID
		}
	}
	if err := f.svc.HandleBounce(ctx, Bounce{OutboxID: bobWelcome, Recipient: "bob@example.org", Status: "5.1.1"}); err != nil {
		t.Fatal(err)
	}
	cat := f.subscriber(t, "cat@example.org")
	if err := f.db.InTx(ctx, func(tx *data.Tx) error {
		_, err := tx.SuppressSubscriber(ctx, cat.ID, data.SuppressedComplained)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if err := f.svc.Forget(ctx, "dan@example.org"); err != nil {
		t.Fatal(err)
	}
	return f
}

// TestSuppressedSurvivesEveryFormat imports, in every format, a file
// that has people who left as subscribed: none of them comes back, and
// each is named.
func TestSuppressedSurvivesEveryFormat(t *testing.T) {
	files := []string{"mailchimp-subscribed.csv", "listmonk-export.csv", "listmonk-import.csv", "ghost-members.csv",
		"substack.csv", "buttondown.csv", "semicolon-bom.csv", "tab.tsv", "headerless.csv"}
	for _, file := range files {
		t.Run(file, func(t *testing.T) {
			f := suppressedFixture(t)
			mailed := func() int {
				n := 0
				for _, m := range f.outbox(t, "") {
					if strings.Contains("ann bob cat dan", strings.TrimSuffix(m.To, "@example.org")) {
						n++
					}
				}
				return n
			}
			before := mailed()
			sum := f.importFile(t, file, ImportOptions{})
			want := map[string]string{"ann@example.org": "unsubscribed on 2025-03-10", "bob@example.org": "bounced on 2025-03-10",
				"cat@example.org": "complained on 2025-03-10", "dan@example.org": "forgotten at their request"}
			for _, s := range sum.Skipped {
				if s.Reason != SkipSuppressed || want[s.Email] != s.Detail || s.Line < 2 && file != "headerless.csv" {
					t.Errorf("got skipped %+v", s)
				}
				delete(want, s.Email)
			}
			if len(want) > 0 || sum.Added < 1 {
				t.Errorf("got %+v; not named: %v", sum, want)
			}
			for addr, status := range map[string]string{"ann@example.org": data.SubscriberUnsubscribed,
				"bob@example.org": data.SubscriberBounced, "cat@example.org": data.SubscriberUnsubscribed} {
				if got := f.subscriber(t, addr); got.Status != status || got.Suppression == "" {
					t.Errorf("%s: got %s, want %s and suppressed", addr, got.Status, status)
				}
			}
			if _, err := f.db.SubscriberByEmail(context.Background(), "dan@example.org"); !errors.Is(err, data.ErrNotFound) {
				t.Errorf("the forgotten address is stored again: %v", err)
			}
			if got := mailed(); got != before {
				t.Errorf("got %d new mails to them, want none", got-before)
			}
		})
	}
}

func TestImportNamesEverySkippedLine(t *testing.T) {
	f := newFixture(t)
	in := "email,name,status\n" +
		"ann@example.org,Ann,active\n" +
		"not an address,Bob,active\n" +
		"ANN@example.org,Ann again,active\n" +
		"cat@example.org,Cat,vip\n" +
		",,\n" +
		"\"dan@example.org\",\"Dan\nDaniels\",pending\n" +
		"eve@example.org,Eve,active\n"
	sum, err := f.svc.Import(context.Background(), strings.NewReader(in), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := []SkippedLine{
		{Line: 3, Email: "not an address", Reason: SkipInvalid},
		{Line: 4, Email: "ANN@example.org", Reason: SkipDuplicate, Detail: "the address is on line 2 already"},
		{Line: 5, Email: "cat@example.org", Reason: SkipInvalid, Detail: `unknown status "vip"`},
		{Line: 6, Email: "", Reason: SkipInvalid},
	}
	if len(sum.Skipped) != len(want) {
		t.Fatalf("got skipped %+v, want %+v", sum.Skipped, want)
	}
	for i, w := range want {
		g := sum.Skipped[i]
		if g.Line != w.Line || g.Email != w.Email || g.Reason != w.Reason || w.Detail != "" && g.Detail != w.Detail {
			t.Errorf("skipped %d: got %+v, want %+v", i, g, w)
		}
	}
	if sum.Added != 3 || sum.Lines != 7 {
		t.Errorf("got %d added of %d lines, want 3 of 7", sum.Added, sum.Lines)
	}
	if got := f.subscriber(t, "dan@example.org").Name; got != "Dan Daniels" {
		t.Errorf("got name %q, want the line break made a space", got)
	}
}

func TestImportDryRunChangesNothing(t *testing.T) {
	f := suppressedFixture(t)
	ctx := context.Background()
	before := len(f.outbox(t, ""))
	in := "email,status\nann@example.org,active\neve@example.org,pending\nbob@example.org,unsubscribed\nzed@example.org,\n"
	sum, err := f.svc.Import(ctx, strings.NewReader(in), ImportOptions{DryRun: true})
	if err != nil {
		t.Fatal(err)
	}
	if !sum.DryRun || sum.Added != 2 || sum.Confirmations != 1 || len(sum.Skipped) != 1 || sum.Unchanged != 1 {
		t.Errorf("got %+v, want 2 added, 1 confirmation, 1 skipped, 1 unchanged, as a dry run", sum)
	}
	for _, addr := range []string{"eve@example.org", "zed@example.org"} {
		if _, err := f.db.SubscriberByEmail(ctx, addr); !errors.Is(err, data.ErrNotFound) {
			t.Errorf("%s was stored on a dry run", addr)
		}
	}
	if got := len(f.outbox(t, "")); got != before {
		t.Errorf("got %d new mails on a dry run", got-before)
	}
}

func TestImportResubscribeSendsConfirmationOnly(t *testing.T) {
	f := suppressedFixture(t)
	ctx := context.Background()
	if _, err := f.svc.Import(ctx, strings.NewReader("email\nann@example.org\n"), ImportOptions{Resubscribe: true}); err == nil {
		t.Fatal("resubscribing without a reason: got nil, want an error")
	}
	sum := f.importFile(t, "listmonk-import.csv", ImportOptions{Resubscribe: true, Reason: "they asked us at the race", Name: "list.csv"})
	if sum.Confirmations != 4 || len(sum.Skipped) != 0 {
		t.Fatalf("got %+v, want 4 confirmations, none skipped", sum)
	}
	for _, a := range []string{"ann", "bob", "cat", "dan"} {
		s := f.subscriber(t, a+"@example.org")
		if s.Status != data.SubscriberPending {
			t.Errorf("%s: got %s, want pending until they confirm", a, s.Status)
		}
		p, err := f.db.Person(ctx, s.Email, data.SuppressionHash(f.svc.cfg.SuppressionKey, s.Email))
		if err != nil {
			t.Fatal(err)
		}
		var reason string
		for _, e := range p.Events {
			if e.Event == data.EventResubscribe {
				reason = e.Detail
			}
		}
		if !strings.Contains(reason, "they asked us at the race") {
			t.Errorf("%s: got events %+v, want the reason kept", a, p.Events)
		}
	}
	// Pending again is not active: a second import cannot activate them.
	sum = f.importFile(t, "listmonk-import.csv", ImportOptions{})
	if len(sum.Skipped) != 3 {
		t.Errorf("after resubscribing: got %+v, want ann, bob and cat still skipped until they confirm", sum)
	}
}

func TestImportMapAndErrors(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	in := "Kontakt;Vorname;Stand\nann@example.org;Ann;abgemeldet\n"
	if _, err := f.svc.Import(ctx, strings.NewReader(in), ImportOptions{}); err == nil || !strings.Contains(err.Error(), "--map") {
		t.Errorf("no email column: got %v, want a hint at --map", err)
	}
	sum, err := f.svc.Import(ctx, strings.NewReader(in), ImportOptions{Map: map[string]string{"Kontakt": "email", "Vorname": "first_name"}})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Format != FormatMapped || sum.Added != 1 || f.subscriber(t, "ann@example.org").Name != "Ann" {
		t.Errorf("got %+v, want ann added through the mapping", sum)
	}
	for _, tt := range []struct {
		name string
		in   string
		opt  ImportOptions
	}{
		{"empty", "", ImportOptions{}},
		{"utf-16", "\xff\xfee\x00m\x00", ImportOptions{}},
		{"unknown field", "a,b\n", ImportOptions{Map: map[string]string{"a": "shoe_size"}}},
		{"unknown column", "email\n", ImportOptions{Map: map[string]string{"mail": "email"}}},
		{"broken quotes", "email\n\"ann@example.org\n", ImportOptions{}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := f.svc.Import(ctx, strings.NewReader(tt.in), tt.opt); err == nil {
				t.Errorf("got nil, want an error")
			}
		})
	}
}
