package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Message outcomes: what the inbox made of a fetched message.
const (
	OutcomePending     = "pending"     // stored, not yet classified
	OutcomeQuestion    = "question"    // became a new question
	OutcomeFollowup    = "followup"    // attached to the asker's question
	OutcomeAnswer      = "answer"      // published as the owner's answer
	OutcomeCommand     = "command"     // an owner command such as !hide
	OutcomeComment     = "comment"     // an owner's moderation decision
	OutcomeSubscribe   = "subscribe"   // a sign-up request by mail
	OutcomeUnsubscribe = "unsubscribe" // a leave request by mail
	OutcomeBounce      = "bounce"      // a delivery failure report
	OutcomeAuto        = "auto"        // automatic mail, never answered
	OutcomeLoop        = "loop"        // our own mail come back
	OutcomeRejected    = "rejected"    // refused, with the reason
	OutcomeRateLimited = "ratelimited" // over the sender's limit
	OutcomeDuplicate   = "duplicate"   // already ingested under another UID
	OutcomeQuarantined = "quarantined" // could not be parsed; kept with the error
	OutcomeHeld        = "held"        // an owner's mail waiting for the owner to confirm it
	OutcomeSent        = "sent"        // the account's own sent mail, about nothing of ours
	OutcomeForwarded   = "forwarded"   // not a question: forwarded to the owner
)

// Outcomes lists every message outcome, for checking what a person typed.
func Outcomes() []string {
	return []string{OutcomePending, OutcomeQuestion, OutcomeFollowup, OutcomeAnswer, OutcomeCommand,
		OutcomeComment, OutcomeSubscribe, OutcomeUnsubscribe, OutcomeBounce, OutcomeAuto, OutcomeLoop,
		OutcomeRejected, OutcomeRateLimited, OutcomeDuplicate, OutcomeQuarantined, OutcomeHeld,
		OutcomeSent, OutcomeForwarded}
}

// Message is one fetched mail, kept raw with its outcome.
type Message struct {
	ID          int64
	Mailbox     string
	UIDValidity uint32
	UID         uint32
	MessageID   string
	Hash        string
	Size        int64
	Raw         []byte // nil for messages not downloaded
	From        string
	Subject     string
	Outcome     string
	Reason      string
	QuestionID  int64
	ReceivedAt  time.Time
	ProcessedAt time.Time
}

// Mailbox is the high-water mark of one IMAP mailbox.
type Mailbox struct {
	Name        string
	UIDValidity uint32
	LastUID     uint32
	Sent        bool // the account's sent mail (RFC 6154 \Sent), not its inbox
}

// Mailbox returns the stored high-water mark for name, or ErrNotFound.
// name may be a stored message's Mailbox: one whose UIDs were retired
// (RetireUIDs) names the mailbox it was taken in from, since what that
// mailbox is (the inbox, the Sent mailbox) does not change with its UIDs.
func (r Queries) Mailbox(ctx context.Context, name string) (*Mailbox, error) {
	name = takenFrom(name)
	var m Mailbox
	err := r.queryRow(ctx, "SELECT name, uidvalidity, last_uid, sent FROM mailboxes WHERE name = ?", name).
		Scan(&m.Name, &m.UIDValidity, &m.LastUID, &m.Sent)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("mailbox %s: %w", name, err)
	}
	return &m, nil
}

// SetMailbox advances (or, after a UIDVALIDITY change, resets) the
// high-water mark as part of tx, so that it moves in the same commit as the
// messages it covers.
func (tx *Tx) SetMailbox(ctx context.Context, m Mailbox) error {
	_, err := tx.exec(ctx, `INSERT INTO mailboxes (name, uidvalidity, last_uid, sent, updated_at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT(name) DO UPDATE SET uidvalidity = excluded.uidvalidity, last_uid = excluded.last_uid,
		sent = excluded.sent, updated_at = excluded.updated_at`,
		m.Name, m.UIDValidity, m.LastUID, m.Sent, formatTime(tx.now))
	if err != nil {
		return fmt.Errorf("set mailbox %s: %w", m.Name, err)
	}
	return nil
}

// RetireUIDs gives up the UIDs stored for mailbox under uidvalidity, for a
// server that numbered the mailbox again from 1, without changing its
// UIDVALIDITY or going back to one it had before: the messages stay
// (their Message-IDs keep copies from being stored twice) under the
// mailbox's name with a note, so that the new UIDs can be stored. The
// mark starts again only when it is held under uidvalidity: one under
// another still covers what was stored there, for a server that comes
// back to it.
func (db *DB) RetireUIDs(ctx context.Context, mailbox string, uidvalidity uint32) error {
	return db.inTx(ctx, func(tx *Tx) error {
		retired := fmt.Sprintf("%s%s%s)", mailbox, retiredNote, formatTime(tx.now))
		if _, err := tx.exec(ctx, "UPDATE messages SET mailbox = ? WHERE mailbox = ? AND uidvalidity = ?",
			retired, mailbox, uidvalidity); err != nil {
			return fmt.Errorf("retire uids of %s: %w", mailbox, err)
		}
		if _, err := tx.exec(ctx, "UPDATE mailboxes SET last_uid = 0 WHERE name = ? AND uidvalidity = ?",
			mailbox, uidvalidity); err != nil {
			return fmt.Errorf("retire uids of %s: %w", mailbox, err)
		}
		return nil
	})
}

// retiredNote opens the note RetireUIDs adds to the mailbox name of the
// messages it gives up the UIDs of.
const retiredNote = " (renumbered "

// takenFrom is the mailbox a message stored under name was taken in from,
// past the note RetireUIDs adds.
func takenFrom(name string) string {
	if i := strings.LastIndex(name, retiredNote); i > 0 && strings.HasSuffix(name, ")") {
		return name[:i]
	}
	return name
}

// StoreMessage stores m as part of tx and sets its ID. A message already
// stored under the same (mailbox, UIDVALIDITY, UID) gives ErrConflict.
func (tx *Tx) StoreMessage(ctx context.Context, m *Message) error {
	if m.Outcome == "" {
		m.Outcome = OutcomePending
	}
	if m.ReceivedAt.IsZero() {
		m.ReceivedAt = tx.now
	}
	m.ProcessedAt = tx.now
	res, err := tx.exec(ctx, `INSERT INTO messages (id, mailbox, uidvalidity, uid, message_id, hash, size,
		from_addr, subject, outcome, reason, question_id, received_at, processed_at)
		VALUES (`+newID("messages")+`, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		m.Mailbox, m.UIDValidity, m.UID, m.MessageID, m.Hash, m.Size, strings.ToLower(m.From), m.Subject,
		m.Outcome, m.Reason, nullID(m.QuestionID), formatTime(m.ReceivedAt), formatTime(m.ProcessedAt))
	if err != nil {
		if isConflict(err) {
			return fmt.Errorf("store message uid %d: %w", m.UID, ErrConflict)
		}
		return fmt.Errorf("store message uid %d: %w", m.UID, err)
	}
	if m.ID, err = res.LastInsertId(); err != nil {
		return err
	}
	if m.Raw != nil {
		if _, err := tx.exec(ctx, "INSERT INTO message_raw (id, raw) VALUES (?, ?)", m.ID, m.Raw); err != nil {
			return fmt.Errorf("store message uid %d: %w", m.UID, err)
		}
	}
	return nil
}

// SetMessageOutcome records what became of message id, as part of tx.
func (tx *Tx) SetMessageOutcome(ctx context.Context, id int64, outcome, reason string, questionID int64) error {
	_, err := tx.exec(ctx, "UPDATE messages SET outcome = ?, reason = ?, question_id = ?, processed_at = ? WHERE id = ?",
		outcome, reason, nullID(questionID), formatTime(tx.now), id)
	if err != nil {
		return fmt.Errorf("message %d: set outcome: %w", id, err)
	}
	return nil
}

// SeenMessage reports the ID and outcome of an already stored message with
// the same Message-ID, or, for messages without one, the same content
// hash; 0 when there is none.
func (r Queries) SeenMessage(ctx context.Context, msgid, hash string) (int64, string, error) {
	var row *sql.Row
	if msgid != "" {
		// "+?", not "?": SQLite would otherwise weigh the bound value
		// against messages_hash's "message_id = ''" when planning, and so
		// plan the statement again for every value bound to it.
		row = r.queryRow(ctx, "SELECT id, outcome FROM messages WHERE message_id = +? AND message_id <> '' AND outcome <> 'duplicate' ORDER BY id LIMIT 1", msgid)
	} else {
		row = r.queryRow(ctx, "SELECT id, outcome FROM messages WHERE hash = ? AND message_id = '' AND outcome <> 'duplicate' ORDER BY id LIMIT 1", hash)
	}
	var id int64
	var outcome string
	if err := row.Scan(&id, &outcome); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return 0, "", fmt.Errorf("seen message: %w", err)
	}
	return id, outcome, nil
}

const messageColumns = `id, mailbox, uidvalidity, uid, message_id, hash, size, from_addr, subject, outcome, reason,
	COALESCE(question_id, 0), received_at, processed_at`

func scanMessage(s scanner, withRaw bool) (*Message, error) {
	var m Message
	var recv, proc string
	dest := []any{&m.ID, &m.Mailbox, &m.UIDValidity, &m.UID, &m.MessageID, &m.Hash, &m.Size, &m.From, &m.Subject,
		&m.Outcome, &m.Reason, &m.QuestionID, &recv, &proc}
	if withRaw {
		dest = append(dest, &m.Raw)
	}
	if err := s.Scan(dest...); err != nil {
		return nil, err
	}
	m.ReceivedAt, m.ProcessedAt = parseTime(recv), parseTime(proc)
	return &m, nil
}

// MessageByID returns one stored message with its raw bytes.
func (r Queries) MessageByID(ctx context.Context, id int64) (*Message, error) {
	return messageByID(ctx, r, id)
}

func messageByID(ctx context.Context, q querier, id int64) (*Message, error) {
	m, err := scanMessage(q.queryRow(ctx, "SELECT "+messageColumns+
		", (SELECT raw FROM message_raw r WHERE r.id = messages.id) FROM messages WHERE id = ?", id), true)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("message %d: %w", id, err)
	}
	return m, nil
}

// MessageFilter selects messages for ListMessages and CountMessages. Zero
// fields match everything.
type MessageFilter struct {
	Outcome string
	// Reason, with Outcome, is the reason the message was given it.
	Reason string
	// From is the sender's address, in any case.
	From string
	// Since keeps the messages received at or after it.
	Since time.Time
	Limit int // ListMessages only
}

// conditions are f's terms of a WHERE clause.
func (f MessageFilter) conditions() *conditions {
	var c conditions
	switch {
	case f.Outcome == "":
	case slices.Contains(Outcomes(), f.Outcome):
		// Spelled out, as the indexes of pending and of forwarded
		// messages each hold one outcome: SQLite would otherwise weigh
		// a bound value against them, and plan again for every value.
		c.add("outcome = '" + f.Outcome + "'")
	default:
		c.add("outcome = ?", f.Outcome)
	}
	if f.Reason != "" {
		c.add("reason = ?", f.Reason)
	}
	if f.From != "" {
		c.add("from_addr = ?", strings.ToLower(f.From))
	}
	if !f.Since.IsZero() {
		c.add("received_at >= ?", formatTime(f.Since))
	}
	return &c
}

// ListMessages returns stored messages, newest first, without raw bytes.
func (r Queries) ListMessages(ctx context.Context, f MessageFilter) ([]*Message, error) {
	c := f.conditions()
	q := "SELECT " + messageColumns + " FROM messages" + c.where() + " ORDER BY id DESC"
	args := c.args
	if f.Limit > 0 {
		q += " LIMIT ?"
		args = append(args, f.Limit)
	}
	out, err := queryAll(ctx, r, func(s scanner) (*Message, error) { return scanMessage(s, false) }, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list messages: %w", err)
	}
	return out, nil
}

// CountMessages counts the messages f selects, for the limits on what one
// sender's mail may cause: forwards to the owner, notes of refusals.
func (r Queries) CountMessages(ctx context.Context, f MessageFilter) (int, error) {
	c := f.conditions()
	var n int
	if err := r.queryRow(ctx, "SELECT COUNT(*) FROM messages"+c.where(), c.args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count messages: %w", err)
	}
	return n, nil
}
