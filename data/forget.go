package data

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

// forgotten is what an address is replaced with wherever it appears in
// text that is kept, such as an owner's notification that named the asker.
const forgotten = "[forgotten]"

// ForgetReport counts what ForgetPerson removed or anonymised.
type ForgetReport struct {
	Subscriber      bool `json:"subscriber"`       // the subscriber and their history were deleted
	Questions       int  `json:"questions"`        // questions whose asker is now anonymous
	Withdrawn       int  `json:"withdrawn"`        // of those, taken off the site
	Comments        int  `json:"comments"`         // comments now anonymous
	HeldQuestions   int  `json:"held_questions"`   // unconfirmed questions deleted
	MessagesDeleted int  `json:"messages_deleted"` // mails from them, deleted with their bytes
	RawDropped      int  `json:"raw_dropped"`      // other mails that named them, whose bytes were deleted
	OutboxDeleted   int  `json:"outbox_deleted"`   // mails to them
	Scrubbed        int  `json:"scrubbed"`         // other texts from which the address was removed
	// Found says anything at all was stored about the address.
	Found bool `json:"-"`
}

// ForgetPerson removes or anonymises everything stored about addr: the
// subscriber with their history and bounces, the mails they sent (raw
// bytes included) and the bytes of any other mail that names them, the
// mails sent to them, their unconfirmed questions; their questions stay,
// with the asker anonymous (and, with withdraw, off the site), and so do
// their comments, anonymous. Wherever else the address appears in text
// kept, it is replaced with "[forgotten]". What remains is a suppression under
// hash.
//
// Deleted rows are overwritten (secure_delete) and the write-ahead log is
// checkpointed and truncated, so the address does not linger in free pages
// of the database files. Nor does it linger in pages freed before: every
// change zeroes what it frees.
func (db *DB) ForgetPerson(ctx context.Context, addr, hash string, withdraw bool) (ForgetReport, error) {
	addr = strings.ToLower(NormalizeEmail(addr))
	if addr == "" || !strings.Contains(addr, "@") {
		return ForgetReport{}, fmt.Errorf("forget: %q is not an address", addr)
	}
	var r ForgetReport
	err := db.secureDelete(ctx, func(tx *Tx) error {
		var err error
		r, err = tx.forgetPerson(ctx, addr, hash, withdraw)
		return err
	})
	if err != nil {
		return ForgetReport{}, fmt.Errorf("forget: %w", err)
	}
	r.Found = r.Subscriber || r.Questions > 0 || r.Comments > 0 || r.HeldQuestions > 0 || r.MessagesDeleted > 0 ||
		r.RawDropped > 0 || r.OutboxDeleted > 0 || r.Scrubbed > 0
	return r, nil
}

// secureDelete runs fn in a transaction on the writer, whose deletes are
// zeroed (see openWriter), then checkpoints the log. A database that held
// data before deletes were zeroed is rebuilt once, to clear old copies of
// rows from its free space.
func (db *DB) secureDelete(ctx context.Context, fn func(tx *Tx) error) error {
	if err := db.inTx(ctx, fn); err != nil {
		return err
	}
	conn, err := db.write.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	var unzeroed int
	if err := conn.QueryRowContext(ctx, "SELECT COUNT(*) FROM settings WHERE key = 'free_space_unzeroed'").Scan(&unzeroed); err != nil {
		return err
	}
	if unzeroed > 0 {
		if _, err := conn.ExecContext(ctx, "VACUUM"); err != nil {
			return fmt.Errorf("vacuum: %w", err)
		}
		if _, err := conn.ExecContext(ctx, "DELETE FROM settings WHERE key = 'free_space_unzeroed'"); err != nil {
			return err
		}
	}
	// The old versions of the changed pages still sit in the log until it
	// is checkpointed; a busy reader only delays that to the next checkpoint.
	if _, err := conn.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		return fmt.Errorf("checkpoint: %w", err)
	}
	return nil
}

func (tx *Tx) forgetPerson(ctx context.Context, addr, hash string, withdraw bool) (ForgetReport, error) {
	var r ForgetReport
	var err error
	if r.Subscriber, err = tx.forgetSubscriber(ctx, addr); err != nil {
		return r, err
	}
	if r.Questions, r.Withdrawn, err = tx.anonymiseAsker(ctx, addr, withdraw); err != nil {
		return r, err
	}
	counts := []struct {
		n     *int
		query string
	}{
		{&r.Comments, `UPDATE comments SET name = '', email = '', client_key = '' WHERE email = ? COLLATE NOCASE`},
		{&r.HeldQuestions, `DELETE FROM held_questions WHERE email = ? COLLATE NOCASE`},
		{&r.MessagesDeleted, `DELETE FROM messages WHERE from_addr = ?`},
		{&r.OutboxDeleted, `DELETE FROM outbox WHERE to_addr = ?`},
	}
	for _, c := range counts {
		res, err := tx.exec(ctx, c.query, addr)
		if err != nil {
			return r, err
		}
		n, _ := res.RowsAffected()
		*c.n = int(n)
	}
	if r.RawDropped, err = tx.dropRawNaming(ctx, addr); err != nil {
		return r, err
	}
	if r.Scrubbed, err = tx.scrubAddress(ctx, addr); err != nil {
		return r, err
	}
	_, err = tx.exec(ctx, `INSERT INTO suppressions (email_hash, reason, created_at) VALUES (?, ?, ?)
		ON CONFLICT(email_hash) DO NOTHING`, hash, SuppressForgotten, formatTime(tx.now))
	return r, err
}

// forgetSubscriber deletes the subscriber with addr, their history, their
// bounces with the reports that told of them, and the newsletter requests
// they mailed in.
func (tx *Tx) forgetSubscriber(ctx context.Context, addr string) (bool, error) {
	found := true
	s, err := tx.SubscriberByEmail(ctx, addr)
	if errors.Is(err, ErrNotFound) {
		found = false
	} else if err != nil {
		return false, err
	}
	stmts := []string{
		`DELETE FROM messages WHERE id IN (SELECT message_ref FROM bounces WHERE email = ? COLLATE NOCASE)`,
		`DELETE FROM bounces WHERE email = ? COLLATE NOCASE`,
	}
	for _, q := range stmts {
		if _, err := tx.exec(ctx, q, addr); err != nil {
			return false, err
		}
	}
	if !found {
		return false, nil
	}
	// Outbox rows and events cascade; bounces found by row rather than
	// address go too.
	if _, err := tx.exec(ctx, `DELETE FROM messages WHERE id IN (SELECT message_ref FROM bounces WHERE subscriber_id = ?)`, s.ID); err != nil {
		return false, err
	}
	if _, err := tx.exec(ctx, "DELETE FROM bounces WHERE subscriber_id = ?", s.ID); err != nil {
		return false, err
	}
	_, err = tx.exec(ctx, "DELETE FROM subscribers WHERE id = ?", s.ID)
	return true, err
}

// anonymiseAsker takes the asker's name and address off their questions,
// and with withdraw takes the questions off the site.
func (tx *Tx) anonymiseAsker(ctx context.Context, addr string, withdraw bool) (questions, withdrawn int, err error) {
	now := formatTime(tx.now)
	if withdraw {
		res, err := tx.exec(ctx, `UPDATE questions SET status = 'hidden', updated_at = ?
			WHERE asker_email = ? AND status <> 'hidden'`, now, addr)
		if err != nil {
			return 0, 0, err
		}
		n, _ := res.RowsAffected()
		withdrawn = int(n)
	}
	res, err := tx.exec(ctx, `UPDATE questions SET asker_email = '', asker_name = '', updated_at = ?
		WHERE asker_email = ?`, now, addr)
	if err != nil {
		return 0, 0, err
	}
	n, _ := res.RowsAffected()
	return int(n), withdrawn, nil
}

// scrubbed are the texts kept that may name a person besides the rows
// that belong to them: an owner's notification names the asker, a reader
// may give an address in a question or a comment, a Message-ID may be
// made of one.
var scrubbed = []struct{ table, key, column string }{
	{"questions", "id", "title"}, {"questions", "id", "body"}, {"questions", "id", "asker_name"},
	{"questions", "id", "message_id"},
	{"answers", "id", "body"}, {"answers", "id", "message_id"},
	{"followups", "id", "body"}, {"followups", "id", "message_id"},
	{"comments", "id", "name"}, {"comments", "id", "title"}, {"comments", "id", "body"},
	{"messages", "id", "from_addr"}, {"messages", "id", "subject"}, {"messages", "id", "reason"},
	{"messages", "id", "message_id"},
	{"outbox", "id", "to_name"}, {"outbox", "id", "reply_to"}, {"outbox", "id", "subject"},
	{"outbox", "id", "text_body"}, {"outbox", "id", "html_body"}, {"outbox", "id", "headers"},
	{"outbox", "id", "last_error"}, {"outbox", "id", "message_id"},
	{"digests", "id", "subject"}, {"digests", "id", "html"}, {"digests", "id", "text"},
	{"subscriber_events", "id", "detail"},
	{"bounces", "id", "email"}, {"bounces", "id", "diagnostic"},
	{"held_questions", "id", "name"}, {"held_questions", "id", "title"}, {"held_questions", "id", "body"},
}

// dropRawNaming deletes the bytes of every stored mail that names addr:
// the owner's own replies to them, reports about mail to them, forwards.
// The rows stay, with what became of each mail.
func (tx *Tx) dropRawNaming(ctx context.Context, addr string) (int, error) {
	// instr finds the candidates without handing every mail to Go; the
	// check in Go leaves mail that only names a longer address alone.
	type hit struct {
		id  int64
		raw []byte
	}
	hits, err := queryAll(ctx, tx, func(s scanner) (hit, error) {
		var h hit
		err := s.Scan(&h.id, &h.raw)
		return h, err
	}, "SELECT id, raw FROM message_raw WHERE instr(lower(CAST(raw AS TEXT)), ?) > 0", addr)
	if err != nil {
		return 0, fmt.Errorf("find mail naming the address: %w", err)
	}
	n := 0
	for _, h := range hits {
		if _, found := replaceAddress(string(h.raw), addr); !found {
			continue
		}
		if _, err := tx.exec(ctx, "DELETE FROM message_raw WHERE id = ?", h.id); err != nil {
			return 0, err
		}
		n++
	}
	return n, nil
}

// scrubAddress replaces addr, in any case, with forgotten in every text of
// scrubbed, and returns how many rows it changed.
func (tx *Tx) scrubAddress(ctx context.Context, addr string) (int, error) {
	total := 0
	for _, c := range scrubbed {
		type hit struct {
			key  any
			text string
		}
		hits, err := queryAll(ctx, tx, func(s scanner) (hit, error) {
			var h hit
			err := s.Scan(&h.key, &h.text)
			return h, err
		}, fmt.Sprintf("SELECT %s, %s FROM %s WHERE instr(lower(%s), ?) > 0", c.key, c.column, c.table, c.column), addr)
		if err != nil {
			return 0, fmt.Errorf("scrub %s.%s: %w", c.table, c.column, err)
		}
		for _, h := range hits {
			text, found := replaceAddress(h.text, addr)
			if !found {
				continue
			}
			if _, err := tx.exec(ctx, fmt.Sprintf("UPDATE %s SET %s = ? WHERE %s = ?", c.table, c.column, c.key),
				text, h.key); err != nil {
				return 0, fmt.Errorf("scrub %s.%s: %w", c.table, c.column, err)
			}
			total++
		}
	}
	return total, nil
}

// replaceAddress replaces every whole occurrence of addr (lowercase) in
// text, in any case, with forgotten, and reports whether there was one.
// An occurrence inside a longer address ("joann@example.org" for
// "ann@example.org", or "ann@example.org.uk") is not addr and stays.
func replaceAddress(text, addr string) (string, bool) {
	lower := asciiLower(text)
	var b strings.Builder
	found := false
	last := 0
	for from := 0; ; {
		i := strings.Index(lower[from:], addr)
		if i < 0 {
			break
		}
		i += from
		end := i + len(addr)
		from = i + 1
		if (i > 0 && addressByte(lower[i-1])) || (end < len(lower) && continuesDomain(lower[end:])) {
			continue
		}
		b.WriteString(text[last:i])
		b.WriteString(forgotten)
		last, from, found = end, end, true
	}
	if !found {
		return text, false
	}
	b.WriteString(text[last:])
	return b.String(), true
}

// addressByte reports whether c may be part of an address's local part
// (RFC 5322 3.2.3 atext, and the dot).
func addressByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80 || strings.IndexByte("!#$%&'*+-/=?^_`{|}~.", c) >= 0
}

// continuesDomain reports whether rest, what follows an address, makes
// its domain a longer one.
func continuesDomain(rest string) bool {
	c := rest[0]
	if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c >= 0x80 {
		return true
	}
	return c == '.' && len(rest) > 1 && (rest[1] >= 'a' && rest[1] <= 'z' || rest[1] >= '0' && rest[1] <= '9')
}

// asciiLower lowercases the ASCII letters of s and keeps every byte where
// it was, so that offsets in it are offsets in s.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
