package newsletter

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"helpline/data"
	"helpline/internal/prose"
)

// AddOptions say how the owner adds an address.
type AddOptions struct {
	// Confirmed: the owner vouches for the address, which becomes active
	// at once. It never applies to a suppressed address.
	Confirmed bool
	// Resubscribe sends a confirmation to an address that unsubscribed,
	// bounced, complained or was forgotten, for the reason given. It does
	// not make the address active: only its confirmation does.
	Resubscribe bool
	Reason      string
}

// Add signs addr up on the owner's behalf. Without Confirmed it behaves
// as a sign-up (a confirmation mail goes out). With Confirmed the owner
// vouches for the address: it becomes active at once with the owner as
// consent source, and the welcome mail is queued if it never was.
//
// An address that unsubscribed, bounced, complained or was forgotten gives
// a *SuppressedError and changes nothing, whatever the owner says, unless
// Resubscribe is set with a reason: it then gets a confirmation mail, and
// only its confirmation makes it active. confirmation reports whether a
// confirmation mail was queued.
func (s *Service) Add(ctx context.Context, addr, name string, opt AddOptions) (sub *data.Subscriber, confirmation bool, err error) {
	addr, err = CheckAddress(addr)
	if err != nil {
		return nil, false, err
	}
	if opt.Resubscribe && strings.TrimSpace(opt.Reason) == "" {
		return nil, false, errors.New("add: resubscribing needs a reason, kept on record")
	}
	name = prose.Name(name)
	err = s.db.InTx(ctx, func(tx *data.Tx) error {
		sup, err := s.suppression(ctx, tx, addr)
		if err != nil {
			return err
		}
		switch {
		case sup != nil && !opt.Resubscribe:
			return sup
		case sup != nil:
			sub, confirmation, err = s.resubscribeTx(ctx, tx, addr, name, SourceOwner, opt.Reason)
		case opt.Confirmed:
			sub, err = s.vouchTx(ctx, tx, addr, name)
		default:
			sub, confirmation, err = s.subscribeTx(ctx, tx, addr, name, SourceOwner)
		}
		return err
	})
	if err != nil {
		return nil, false, fmt.Errorf("add %s: %w", addr, err)
	}
	return sub, confirmation, nil
}

// suppression returns why addr may not be added, or nil.
func (s *Service) suppression(ctx context.Context, tx *data.Tx, addr string) (*SuppressedError, error) {
	hash := data.SuppressionHash(s.cfg.SuppressionKey, addr)
	suppressed, err := tx.Suppressed(ctx, hash)
	if err != nil {
		return nil, err
	}
	if suppressed[hash] {
		return &SuppressedError{Email: addr, Reason: data.SuppressForgotten}, nil
	}
	sub, err := tx.SubscriberByEmail(ctx, addr)
	if errors.Is(err, data.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if r := sub.Suppression; r != "" {
		return &SuppressedError{Email: addr, Reason: r, Since: sub.SuppressedSince}, nil
	}
	return nil, nil
}

// vouchTx makes addr active on the owner's word and welcomes it once. The
// caller has checked that it is not suppressed.
func (s *Service) vouchTx(ctx context.Context, tx *data.Tx, addr, name string) (*data.Subscriber, error) {
	sub, err := tx.AddSubscriber(ctx, data.NewSubscriber{Email: addr, Name: name, Status: data.SubscriberActive,
		Source: SourceOwner})
	if err != nil {
		return nil, err
	}
	_, err = s.welcomeOnce(ctx, tx, sub)
	return sub, err
}

// resubscribeTx sends a confirmation to a suppressed address for reason,
// making it pending (or creating it, for a forgotten one) until the
// address confirms. It reports whether the confirmation was queued: today's
// limit may have been reached.
func (s *Service) resubscribeTx(ctx context.Context, tx *data.Tx, addr, name, source, reason string) (*data.Subscriber, bool, error) {
	sub, err := tx.SubscriberByEmail(ctx, addr)
	switch {
	case errors.Is(err, data.ErrNotFound):
		// Forgotten: a new row, pending, with nothing of the old one.
		sub, err = tx.AddSubscriber(ctx, data.NewSubscriber{Email: addr, Name: name, Status: data.SubscriberPending,
			Source: source})
		if err != nil {
			return nil, false, err
		}
		if _, err := tx.RequestResubscribe(ctx, sub.ID, reason); err != nil {
			return nil, false, err
		}
	case err != nil:
		return nil, false, err
	default:
		if _, err := tx.RequestResubscribe(ctx, sub.ID, reason); err != nil {
			return nil, false, err
		}
	}
	if sub, err = tx.SubscriberByEmail(ctx, addr); err != nil {
		return nil, false, err
	}
	queued, err := s.sendConfirmation(ctx, tx, sub, source)
	return sub, queued, err
}

// Forget deletes everything kept about addr and suppresses it, so that it
// cannot be signed up again except on its own confirmation.
// data.ErrNotFound means nothing was kept; the suppression stands anyway.
func (s *Service) Forget(ctx context.Context, addr string) error {
	addr, err := CheckAddress(addr)
	if err != nil {
		return err
	}
	r, err := s.db.ForgetPerson(ctx, addr, data.SuppressionHash(s.cfg.SuppressionKey, addr), false)
	if err != nil {
		return err
	}
	if !r.Found {
		return data.ErrNotFound
	}
	return nil
}

// exportHeader is the column order of ExportCSV.
var exportHeader = []string{"email", "name", "status", "created_at", "confirmed_at", "consent_source",
	"unsubscribed_at", "complained_at", "bounced_at"}

// ExportCSV writes every subscriber as CSV with a header row. Cells that a
// spreadsheet would take for a formula get a leading apostrophe, which
// Import removes again.
func (s *Service) ExportCSV(ctx context.Context, w io.Writer) error {
	subs, err := s.db.ListSubscribers(ctx, data.SubscriberFilter{})
	if err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Write(exportHeader)
	for _, sub := range subs {
		cw.Write([]string{defuse(sub.Email), defuse(sub.Name), sub.Status, csvTime(sub.CreatedAt),
			csvTime(sub.ConfirmedAt), defuse(sub.ConsentSource), csvTime(sub.UnsubscribedAt),
			csvTime(sub.ComplainedAt), csvTime(sub.BouncedAt)})
	}
	cw.Flush()
	return cw.Error()
}

func csvTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

func defuse(v string) string {
	if v != "" && strings.ContainsRune("=+-@\t\r", rune(v[0])) {
		return "'" + v
	}
	return v
}

func undefuse(v string) string {
	if len(v) > 1 && v[0] == '\'' && strings.ContainsRune("=+-@\t\r", rune(v[1])) {
		return v[1:]
	}
	return v
}
