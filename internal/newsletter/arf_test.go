package newsletter

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"helpline/data"
	"helpline/internal/token"
)

// readARF loads a report, naming outbox row id in its routes and signed
// Message-IDs.
func readARF(t *testing.T, f *fixture, name string, id int64) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	b = bytes.ReplaceAll(b, []byte("OUTBOXTOKEN"), []byte(f.signer().Sign(token.Bounce, id)))
	return bytes.ReplaceAll(b, []byte("MSGID_PLACEHOLDER"), []byte(f.signer().MessageID("helpline.example", token.Mail, id)))
}

func TestComplaintsSuppressOnlyWhenSigned(t *testing.T) {
	tests := []struct {
		file       string
		wantErr    error
		complained bool
	}{
		{"arf-abuse.eml", nil, true},
		{"arf-route.eml", nil, true},
		{"arf-notspam.eml", nil, false},
		{"arf-forged.eml", ErrUnverifiedComplaint, false},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			f := newFixture(t)
			ctx := context.Background()
			s := f.subscribeAndConfirm(t, "ann@example.org", "Ann")
			welcome := f.outbox(t, data.KindWelcome)[0]
			c, err := f.svc.ParseARF(readARF(t, f, tt.file, welcome.ID))
			if err != nil {
				t.Fatal(err)
			}
			err = f.db.InTx(ctx, func(tx *data.Tx) error { return f.svc.HandleComplaintTx(ctx, tx, c) })
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("got %v, want %v", err, tt.wantErr)
			}
			got := f.subscriber(t, s.Email)
			if (got.Suppression == data.SuppressedComplained) != tt.complained {
				t.Errorf("got %s, suppression %q; want complained %v", got.Status, got.Suppression, tt.complained)
			}
			if !tt.complained && got.Status != data.SubscriberActive {
				t.Errorf("got %s, want still active", got.Status)
			}
		})
	}
}

func TestParseARFRefusesOtherMail(t *testing.T) {
	f := newFixture(t)
	for _, name := range []string{"hard-511.eml", "soft-422.eml"} {
		if _, err := f.svc.ParseARF(readARF(t, f, name, 7)); !errors.Is(err, ErrNotARF) {
			t.Errorf("%s: got %v, want ErrNotARF", name, err)
		}
	}
}
