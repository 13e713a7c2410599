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
	"helpline/templates"
)

// Add signs addr up on the owner's behalf. Without confirmed it behaves as
// a sign-up (a confirmation mail goes out) but, unlike Subscribe, says so
// when the address is suppressed. With confirmed the owner vouches for the
// address: it becomes active at once with the owner as consent source, any
// suppression is lifted, and the welcome mail is queued if it never was.
func (s *Service) Add(ctx context.Context, addr, name string, confirmed bool) (*data.Subscriber, error) {
	addr, err := CheckAddress(addr)
	if err != nil {
		return nil, err
	}
	name = templates.CleanName(name)
	hash := data.SuppressionHash(s.cfg.SuppressionKey, addr)
	var sub *data.Subscriber
	err = s.db.InTx(ctx, func(tx *data.Tx) error {
		if !confirmed {
			suppressed, err := tx.IsSuppressed(ctx, hash)
			if err != nil {
				return err
			}
			if suppressed {
				return ErrSuppressed
			}
			sub, err = s.subscribeTx(ctx, tx, addr, name, SourceOwner)
			return err
		}
		if _, err := tx.Unsuppress(ctx, hash); err != nil {
			return err
		}
		if sub, err = tx.AddSubscriber(ctx, addr, name, data.SubscriberActive, SourceOwner); err != nil {
			return err
		}
		_, err = s.welcomeOnce(ctx, tx, sub)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("add %s: %w", addr, err)
	}
	return sub, nil
}

// Forget deletes everything kept about addr and suppresses it, so that it
// cannot be signed up again except by the owner with Add(confirmed).
// data.ErrNotFound means nothing was kept; the suppression stands anyway.
func (s *Service) Forget(ctx context.Context, addr string) error {
	addr, err := CheckAddress(addr)
	if err != nil {
		return err
	}
	return s.db.ForgetSubscriber(ctx, addr, s.cfg.SuppressionKey)
}

// exportHeader is the column order of ExportCSV.
var exportHeader = []string{"email", "name", "status", "created_at", "confirmed_at", "consent_source", "unsubscribed_at"}

// ExportCSV writes every subscriber as CSV with a header row. Cells that a
// spreadsheet would take for a formula get a leading apostrophe, which
// ImportCSV removes again.
func (s *Service) ExportCSV(ctx context.Context, w io.Writer) error {
	subs, err := s.db.ListSubscribers(ctx, "")
	if err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Write(exportHeader)
	for _, sub := range subs {
		cw.Write([]string{defuse(sub.Email), defuse(sub.Name), sub.Status, csvTime(sub.CreatedAt),
			csvTime(sub.ConfirmedAt), sub.ConsentSource, csvTime(sub.UnsubscribedAt)})
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

// ImportResult counts what ImportCSV did.
type ImportResult struct {
	Added      int // rows stored
	Suppressed int // rows skipped because the address was forgotten
}

// ImportCSV adds subscribers from CSV with the columns email, name and,
// optionally, status; a header row naming them may come first and any other
// columns (such as those ExportCSV writes) are ignored. A missing status
// means active: the owner vouches for the list. Pending rows get a
// confirmation mail; active ones get no welcome mail (use ResendWelcome).
// Forgotten addresses are skipped. Every row is checked first and one bad
// row imports nothing.
func (s *Service) ImportCSV(ctx context.Context, r io.Reader) (ImportResult, error) {
	rows, err := readImport(r)
	if err != nil {
		return ImportResult{}, err
	}
	var res ImportResult
	err = s.db.InTx(ctx, func(tx *data.Tx) error {
		for _, row := range rows {
			suppressed, err := tx.IsSuppressed(ctx, data.SuppressionHash(s.cfg.SuppressionKey, row.email))
			if err != nil {
				return err
			}
			if suppressed {
				res.Suppressed++
				continue
			}
			if row.status == data.SubscriberPending {
				_, err = s.subscribeTx(ctx, tx, row.email, row.name, SourceImport)
			} else {
				_, err = tx.AddSubscriber(ctx, row.email, row.name, row.status, SourceImport)
			}
			if err != nil {
				return fmt.Errorf("import line %d: %w", row.line, err)
			}
			res.Added++
		}
		return nil
	})
	if err != nil {
		return ImportResult{}, err
	}
	return res, nil
}

type importRow struct {
	line                int
	email, name, status string
}

func readImport(r io.Reader) ([]importRow, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	records, err := cr.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("import: %w", err)
	}
	cols := map[string]int{"email": 0, "name": 1, "status": 2}
	start := 0
	if len(records) > 0 && strings.EqualFold(strings.TrimSpace(records[0][0]), "email") {
		cols = map[string]int{}
		for i, h := range records[0] {
			cols[strings.ToLower(strings.TrimSpace(h))] = i
		}
		start = 1
	}
	var rows []importRow
	for i, rec := range records[start:] {
		line := start + i + 1
		field := func(name string) string {
			j, ok := cols[name]
			if !ok || j >= len(rec) {
				return ""
			}
			return undefuse(strings.TrimSpace(rec[j]))
		}
		addr, err := CheckAddress(field("email"))
		if err != nil {
			return nil, fmt.Errorf("import line %d: %w", line, err)
		}
		row := importRow{line: line, email: addr, name: templates.CleanName(field("name")), status: field("status")}
		switch row.status {
		case "":
			row.status = data.SubscriberActive
		case data.SubscriberActive, data.SubscriberPending, data.SubscriberUnsubscribed, data.SubscriberBounced:
		default:
			return nil, fmt.Errorf("import line %d: status %q must be active, pending, unsubscribed or bounced", line, row.status)
		}
		rows = append(rows, row)
	}
	if len(rows) == 0 {
		return nil, errors.New("import: no rows")
	}
	return rows, nil
}
