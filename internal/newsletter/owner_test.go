package newsletter

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"strings"
	"testing"

	"helpline/data"
)

func TestImportExportRoundTrip(t *testing.T) {
	ctx := context.Background()
	src := newFixture(t)
	in := "email,name,status\n" +
		"ann@example.org,Ann Runner,active\n" +
		"Bob@Example.org,\"=HYPERLINK(\"\"x\"\")\",\n" +
		"cat@example.org,Cat,unsubscribed\n" +
		"dan@example.org,,pending\n"
	res, err := src.svc.ImportCSV(ctx, strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if res.Added != 4 || res.Suppressed != 0 {
		t.Errorf("got %+v, want 4 added", res)
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
	if _, err := dst.svc.ImportCSV(ctx, bytes.NewReader(first.Bytes())); err != nil {
		t.Fatal(err)
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
		for _, col := range []int{0, 1, 2, 3, 4, 5} { // unsubscribed_at is the time of the import
			if a[i][col] != b[i][col] {
				t.Errorf("row %d column %s: got %q, want %q", i, exportHeader[col], b[i][col], a[i][col])
			}
		}
	}
	if a[2][0] != "Bob@example.org" || a[2][1] != "'=HYPERLINK(\"x\")" || a[2][2] != "active" || a[2][5] != "owner" {
		t.Errorf("got row %q, want Bob active by the owner's word", a[2])
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

func TestImportRefusesBadRowsAndSkipsForgotten(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	for _, in := range []string{
		"ann@example.org,Ann\nnot an address,Bob\n",
		"ann@example.org,Ann,vip\n",
		"",
	} {
		if _, err := f.svc.ImportCSV(ctx, strings.NewReader(in)); err == nil {
			t.Errorf("import %q: got nil, want an error", in)
		}
	}
	if subs, _ := f.db.ListSubscribers(ctx, ""); len(subs) != 0 {
		t.Errorf("got %d subscribers after failed imports, want 0", len(subs))
	}
	if err := f.svc.Forget(ctx, "gone@example.org"); !errors.Is(err, data.ErrNotFound) {
		t.Fatalf("got %v, want ErrNotFound for an unknown address", err)
	}
	res, err := f.svc.ImportCSV(ctx, strings.NewReader("gone@example.org,Gone\nann@example.org,Ann\n"))
	if err != nil {
		t.Fatal(err)
	}
	if res.Added != 1 || res.Suppressed != 1 {
		t.Errorf("got %+v, want 1 added and 1 suppressed", res)
	}
}
