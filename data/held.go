package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// HeldQuestion is a question asked on the site, waiting for its asker to
// confirm the address from a mail before it goes any further.
type HeldQuestion struct {
	ID        int64
	Email     string
	Name      string
	Title     string
	Body      string
	ClientKey string // a keyed hash of the visitor's IP address
	CreatedAt time.Time
}

const heldColumns = "id, email, name, title, body, client_key, created_at"

func scanHeld(s scanner) (*HeldQuestion, error) {
	var h HeldQuestion
	var created string
	if err := s.Scan(&h.ID, &h.Email, &h.Name, &h.Title, &h.Body, &h.ClientKey, &created); err != nil {
		return nil, err
	}
	h.CreatedAt = parseTime(created)
	return &h, nil
}

// HoldQuestion stores h as part of tx and sets its ID and time.
func (tx *Tx) HoldQuestion(ctx context.Context, h *HeldQuestion) error {
	h.Email = strings.ToLower(NormalizeEmail(h.Email))
	h.CreatedAt = tx.now
	res, err := tx.exec(ctx, `INSERT INTO held_questions (id, email, name, title, body, client_key, created_at)
		VALUES (`+newID("held_questions")+`, ?, ?, ?, ?, ?, ?)`, h.Email, h.Name, h.Title, h.Body, h.ClientKey, formatTime(h.CreatedAt))
	if err != nil {
		return fmt.Errorf("hold question: %w", err)
	}
	h.ID, err = res.LastInsertId()
	return err
}

// ReleaseHeld takes held question id out of the hold and returns it, to
// become a question in the same transaction, or gives ErrNotFound. If the
// transaction fails, it stays held.
func (tx *Tx) ReleaseHeld(ctx context.Context, id int64) (*HeldQuestion, error) {
	h, err := scanHeld(tx.queryRow(ctx, "DELETE FROM held_questions WHERE id = ? RETURNING "+heldColumns, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("release held question %d: %w", id, err)
	}
	return h, nil
}

// HeldSince returns how many questions were held since since for the
// mailbox of the address email (its plus-addresses count with it, see
// mailboxOf) and for the visitor clientKey, for the limits on the
// confirmation mails they cause.
func (r Queries) HeldSince(ctx context.Context, email, clientKey string, since time.Time) (byEmail, byClient int, err error) {
	s := formatTime(since)
	base, tagged, domain := mailboxOf(strings.ToLower(NormalizeEmail(email)))
	if err := r.queryRow(ctx, `SELECT COUNT(*) FROM held_questions
		WHERE (email = ?1 OR (email > ?2 AND email < ?3 AND substr(email, -length(?4)) = ?4)) AND created_at >= ?5`,
		base+domain, tagged, base+",", domain, s).Scan(&byEmail); err != nil {
		return 0, 0, fmt.Errorf("count held questions: %w", err)
	}
	if clientKey != "" {
		if err := r.queryRow(ctx, "SELECT COUNT(*) FROM held_questions WHERE client_key = ? AND created_at >= ?",
			clientKey, s).Scan(&byClient); err != nil {
			return 0, 0, fmt.Errorf("count held questions: %w", err)
		}
	}
	return byEmail, byClient, nil
}
