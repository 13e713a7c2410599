package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Question statuses.
const (
	QuestionOpen     = "open"
	QuestionAnswered = "answered"
	QuestionHidden   = "hidden"
)

// Question is a reader's question and, once answered, its current answer.
type Question struct {
	ID         int64
	Slug       string // made from the title; SetQuestionTitle keeps it so
	Title      string
	Body       string
	AskerName  string
	AskerEmail string // private: never shown publicly
	Source     string // "mail" or "web"
	Status     string
	MessageID  string
	AskedAt    time.Time
	AnsweredAt time.Time // first answer; zero while open
	UpdatedAt  time.Time
	Answer     string // the newest answer's text, "" while open
	Acked      bool   // the asker was sent an acknowledgement
}

// Answer is one answer the owner sent for a question.
type Answer struct {
	ID         int64
	QuestionID int64
	Body       string
	MessageID  string
	CreatedAt  time.Time
}

// slugify makes a readable URL fragment from a title: lowercase ASCII
// letters and digits joined by hyphens, at most about 60 characters.
func slugify(title string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFKD.String(title) {
		switch {
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		case unicode.Is(unicode.Mn, r):
			// combining marks left by NFKD: "é" becomes "e"
		default:
			dash = true
		}
		if b.Len() >= 60 {
			break
		}
	}
	s := strings.Trim(b.String(), "-")
	if s == "" {
		return "question"
	}
	return s
}

// CreateQuestion stores q as part of tx and sets its ID and times, and its
// slug from its title when it has none.
func (tx *Tx) CreateQuestion(ctx context.Context, q *Question) error {
	if q.Status == "" {
		q.Status = QuestionOpen
	}
	if q.Source == "" {
		q.Source = "mail"
	}
	if q.AskedAt.IsZero() {
		q.AskedAt = tx.now
	}
	q.UpdatedAt = tx.now
	if q.Slug == "" {
		q.Slug = slugify(q.Title)
	}
	res, err := tx.exec(ctx, `INSERT INTO questions (slug, title, body, asker_name, asker_email, source,
		status, message_id, acked, asked_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		q.Slug, q.Title, q.Body, q.AskerName, q.AskerEmail, q.Source, q.Status, q.MessageID, q.Acked,
		formatTime(q.AskedAt), formatTime(q.UpdatedAt))
	if err != nil {
		return fmt.Errorf("create question: %w", err)
	}
	q.ID, err = res.LastInsertId()
	return err
}

const questionColumns = `q.id, q.slug, q.title, q.body, q.asker_name, q.asker_email, q.source, q.status,
	q.message_id, q.asked_at, q.answered_at, q.updated_at,
	COALESCE((SELECT a.body FROM answers a WHERE a.question_id = q.id ORDER BY a.id DESC LIMIT 1), '')`

func scanQuestion(s scanner) (*Question, error) {
	var q Question
	var asked, updated string
	var answered sql.NullString
	if err := s.Scan(&q.ID, &q.Slug, &q.Title, &q.Body, &q.AskerName, &q.AskerEmail, &q.Source, &q.Status,
		&q.MessageID, &asked, &answered, &updated, &q.Answer); err != nil {
		return nil, err
	}
	q.AskedAt, q.AnsweredAt, q.UpdatedAt = parseTime(asked), parseNullTime(answered), parseTime(updated)
	return &q, nil
}

// QuestionByID returns one question with its current answer.
func (r Queries) QuestionByID(ctx context.Context, id int64) (*Question, error) {
	return questionByID(ctx, r, id)
}

type querier interface {
	query(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	queryRow(ctx context.Context, query string, args ...any) *sql.Row
}

func questionByID(ctx context.Context, q querier, id int64) (*Question, error) {
	qu, err := scanQuestion(q.queryRow(ctx, "SELECT "+questionColumns+" FROM questions q WHERE q.id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("question %d: %w", id, err)
	}
	return qu, nil
}

// QuestionFilter selects questions for ListQuestions, and public ones for
// ListSummaries. Zero fields match everything.
type QuestionFilter struct {
	Status string // ListQuestions only: ListSummaries lists answered ones
	// IDs, when set, lists only these questions, in the order of IDs (a
	// page of search results, best first).
	IDs []int64
	// AnsweredFrom and AnsweredBefore bound when a question was first
	// answered: [from, before).
	AnsweredFrom   time.Time
	AnsweredBefore time.Time
	// WithAnswer, for ListSummaries, fills in each one's current answer.
	WithAnswer bool
	Limit      int
	Offset     int
}

// ListQuestions returns questions newest first: answered ones by answer
// time, the others by when they were asked.
//
// Inside a transaction, a digest reads its questions under the write
// lock: an answer committing meanwhile is either seen, or stamped after
// AnsweredBefore and so falls in the next digest.
func (r Queries) ListQuestions(ctx context.Context, f QuestionFilter) ([]*Question, error) {
	var c conditions
	if f.Status != "" {
		c.add(byKeys(f.IDs, "q.status = ?"), f.Status)
	}
	in(&c, "q.id", f.IDs)
	if !f.AnsweredFrom.IsZero() {
		c.add("q.answered_at >= ?", formatTime(f.AnsweredFrom))
	}
	if !f.AnsweredBefore.IsZero() {
		c.add("q.answered_at < ?", formatTime(f.AnsweredBefore))
	}
	q := "SELECT " + questionColumns + " FROM questions q" + c.where() +
		" ORDER BY COALESCE(q.answered_at, q.asked_at) DESC, q.id DESC"
	args := c.args
	if f.Limit > 0 {
		q += " LIMIT ? OFFSET ?"
		args = append(args, f.Limit, f.Offset)
	}
	out, err := queryQuestions(ctx, r, q, args...)
	if err != nil {
		return nil, err
	}
	return inOrderOf(out, f.IDs, func(q *Question) int64 { return q.ID }), nil
}

func queryQuestions(ctx context.Context, db querier, q string, args ...any) ([]*Question, error) {
	out, err := queryAll(ctx, db, scanQuestion, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list questions: %w", err)
	}
	return out, nil
}

// CountQuestions returns how many questions have status ("" for all).
// The status is asked for on its own, so that the count of answered
// questions reads their index (migration 0021) rather than the table.
func (r Queries) CountQuestions(ctx context.Context, status string) (int, error) {
	q, args := "SELECT COUNT(*) FROM questions", []any{}
	if status != "" {
		q, args = q+" WHERE status = ?", append(args, status)
	}
	var n int
	err := r.queryRow(ctx, q, args...).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count questions: %w", err)
	}
	return n, nil
}

// AddAnswer records a new answer to question id as part of tx and makes the
// question public. The first answer sets the answer time; later ones
// replace the published text and keep the history. An answer from a mail
// (a.MessageID) that is published already gives ErrConflict, so that one
// mail is published once however many copies of it arrive.
func (tx *Tx) AddAnswer(ctx context.Context, a *Answer) error {
	if a.MessageID != "" {
		var n int
		err := tx.queryRow(ctx, "SELECT COUNT(*) FROM answers WHERE message_id = ?", a.MessageID).Scan(&n)
		if err != nil {
			return fmt.Errorf("add answer to question %d: %w", a.QuestionID, err)
		}
		if n > 0 {
			return fmt.Errorf("add answer to question %d: %s is published already: %w", a.QuestionID, a.MessageID, ErrConflict)
		}
	}
	a.CreatedAt = tx.now
	res, err := tx.exec(ctx, "INSERT INTO answers (question_id, body, message_id, created_at) VALUES (?, ?, ?, ?)",
		a.QuestionID, a.Body, a.MessageID, formatTime(a.CreatedAt))
	if err != nil {
		return fmt.Errorf("add answer to question %d: %w", a.QuestionID, err)
	}
	if a.ID, err = res.LastInsertId(); err != nil {
		return err
	}
	_, err = tx.exec(ctx, `UPDATE questions SET status = 'answered',
		answered_at = COALESCE(answered_at, ?), updated_at = ? WHERE id = ?`,
		formatTime(tx.now), formatTime(tx.now), a.QuestionID)
	if err != nil {
		return fmt.Errorf("publish question %d: %w", a.QuestionID, err)
	}
	return nil
}

// answers returns the answer history of a question, oldest first.
func (r Queries) answers(ctx context.Context, questionID int64) ([]*Answer, error) {
	rows, err := r.query(ctx, "SELECT id, question_id, body, message_id, created_at FROM answers WHERE question_id = ? ORDER BY id", questionID)
	if err != nil {
		return nil, fmt.Errorf("answers of question %d: %w", questionID, err)
	}
	defer rows.Close()
	var out []*Answer
	for rows.Next() {
		var a Answer
		var created string
		if err := rows.Scan(&a.ID, &a.QuestionID, &a.Body, &a.MessageID, &created); err != nil {
			return nil, err
		}
		a.CreatedAt = parseTime(created)
		out = append(out, &a)
	}
	return out, rows.Err()
}

// SetQuestionStatus changes a question's status as part of tx (the owner
// hiding a question, or showing it again).
func (tx *Tx) SetQuestionStatus(ctx context.Context, id int64, status string) error {
	res, err := tx.exec(ctx, "UPDATE questions SET status = ?, updated_at = ? WHERE id = ?", status, formatTime(tx.now), id)
	if err != nil {
		return fmt.Errorf("question %d: set status: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("question %d: %w", id, ErrNotFound)
	}
	return nil
}

// AddFollowup attaches further text from the asker to question id.
func (tx *Tx) AddFollowup(ctx context.Context, questionID int64, body, messageID string) (int64, error) {
	res, err := tx.exec(ctx, "INSERT INTO followups (question_id, body, message_id, created_at) VALUES (?, ?, ?, ?)",
		questionID, body, messageID, formatTime(tx.now))
	if err != nil {
		return 0, fmt.Errorf("add followup to question %d: %w", questionID, err)
	}
	return res.LastInsertId()
}

// Asked is what one address asked since a time, for the per-sender limits.
type Asked struct {
	Questions int   // how many questions
	Acked     int   // how many of them were acknowledged
	Same      int64 // the first with the title and body asked about, or 0
}

// AskedSince counts the questions email asked since since, and finds the
// first of them with exactly title and body: an autoresponder that
// answers every mail with the same words files one question, not one a
// mail. One pass over the address's questions of the period answers both.
func (r Queries) AskedSince(ctx context.Context, email string, since time.Time, title, body string) (Asked, error) {
	var a Asked
	var same sql.NullInt64
	err := r.queryRow(ctx, `SELECT COUNT(*), COALESCE(SUM(acked), 0), MIN(CASE WHEN title = ? AND body = ? THEN id END)
		FROM questions WHERE asker_email = ? AND asked_at >= ?`,
		title, body, strings.ToLower(email), formatTime(since)).Scan(&a.Questions, &a.Acked, &same)
	if err != nil {
		return Asked{}, fmt.Errorf("count questions from sender: %w", err)
	}
	a.Same = same.Int64
	return a, nil
}
