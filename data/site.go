package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Comment statuses.
const (
	CommentPending  = "pending"
	CommentApproved = "approved"
	CommentRejected = "rejected"
)

// Summary is an answered question as the public lists show it, with its
// approved comment count and rating.
type Summary struct {
	ID          int64
	Slug        string
	Title       string
	Body        string
	AskerName   string
	AnsweredAt  time.Time
	UpdatedAt   time.Time
	Comments    int
	RatingCount int
	RatingAvg   float64
	Answer      string // filled only on request (QuestionFilter.WithAnswer)
}

// Comment is a reader's comment on a question. Email is private.
type Comment struct {
	ID         int64
	QuestionID int64
	Name       string
	Email      string
	Title      string
	Body       string
	Status     string
	ClientKey  string
	CreatedAt  time.Time
	DecidedAt  time.Time
}

const summaryColumns = `q.id, q.slug, q.title, q.body, q.asker_name, q.answered_at, q.updated_at,
	(SELECT COUNT(*) FROM comments c WHERE c.question_id = q.id AND c.status = 'approved'),
	(SELECT COUNT(*) FROM ratings r WHERE r.question_id = q.id),
	COALESCE((SELECT AVG(r.stars) FROM ratings r WHERE r.question_id = q.id), 0)`

const latestAnswer = `COALESCE((SELECT a.body FROM answers a WHERE a.question_id = q.id ORDER BY a.id DESC LIMIT 1), '')`

func scanSummary(s scanner, withAnswer bool) (*Summary, error) {
	var q Summary
	var answered sql.NullString
	var updated string
	dest := []any{&q.ID, &q.Slug, &q.Title, &q.Body, &q.AskerName, &answered, &updated,
		&q.Comments, &q.RatingCount, &q.RatingAvg}
	if withAnswer {
		dest = append(dest, &q.Answer)
	}
	if err := s.Scan(dest...); err != nil {
		return nil, err
	}
	q.AnsweredAt, q.UpdatedAt = parseNullTime(answered), parseTime(updated)
	return &q, nil
}

func (r Queries) querySummaries(ctx context.Context, withAnswer bool, query string, args ...any) ([]*Summary, error) {
	return queryAll(ctx, r, func(s scanner) (*Summary, error) { return scanSummary(s, withAnswer) }, query, args...)
}

// ListSummaries returns public questions, newest answer first; f.Status
// is ignored.
func (r Queries) ListSummaries(ctx context.Context, f QuestionFilter) ([]*Summary, error) {
	columns := summaryColumns
	if f.WithAnswer {
		columns += ", " + latestAnswer
	}
	var c conditions
	c.add(byKeys(f.IDs, "q.status = 'answered'"))
	in(&c, "q.id", f.IDs)
	if !f.AnsweredFrom.IsZero() {
		c.add("q.answered_at >= ?", formatTime(f.AnsweredFrom))
	}
	if !f.AnsweredBefore.IsZero() {
		c.add("q.answered_at < ?", formatTime(f.AnsweredBefore))
	}
	q := "SELECT " + columns + " FROM questions q" + c.where() + " ORDER BY q.answered_at DESC, q.id DESC"
	args := c.args
	if f.Limit > 0 {
		q += " LIMIT ? OFFSET ?"
		args = append(args, f.Limit, f.Offset)
	}
	out, err := r.querySummaries(ctx, f.WithAnswer, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list answered questions: %w", err)
	}
	return inOrderOf(out, f.IDs, func(s *Summary) int64 { return s.ID }), nil
}

// SiteVersions says which data the public pages were made from.
type SiteVersions struct {
	// Site moves with every change a public page shows: questions,
	// answers, comments, ratings.
	Site int64
	// Search moves with every change to the search index: a question
	// entering or leaving the site, or its text or answer changing.
	Search int64
	// Changed is when Site last moved.
	Changed time.Time
}

// PrepareSiteVersion returns a function that reads the site's versions
// through a statement prepared once, for callers that ask often. The
// statement is closed with db.
func (db *DB) PrepareSiteVersion(ctx context.Context) (func(context.Context) (SiteVersions, error), error) {
	stmt, err := db.read.PrepareContext(ctx, "SELECT version, search_version, changed_at FROM site_changes WHERE id = 1")
	if err != nil {
		return nil, fmt.Errorf("prepare site version: %w", err)
	}
	return func(ctx context.Context) (SiteVersions, error) {
		var v SiteVersions
		var at string
		if err := stmt.QueryRowContext(ctx).Scan(&v.Site, &v.Search, &at); err != nil {
			return SiteVersions{}, fmt.Errorf("site version: %w", err)
		}
		v.Changed = parseTime(at)
		return v, nil
	}, nil
}

// QuestionRating returns the average of a question's votes and how many
// there are, as Summary's RatingAvg and RatingCount do for the lists.
func (r Queries) QuestionRating(ctx context.Context, questionID int64) (average float64, count int, err error) {
	err = r.queryRow(ctx, "SELECT COALESCE(AVG(stars), 0), COUNT(*) FROM ratings WHERE question_id = ?",
		questionID).Scan(&average, &count)
	if err != nil {
		return 0, 0, fmt.Errorf("rating of question %d: %w", questionID, err)
	}
	return average, count, nil
}

// Rate records a visitor's stars (1 to 5) for a question, replacing the
// visitor's earlier vote.
func (db *DB) Rate(ctx context.Context, questionID int64, voterKey string, stars int) error {
	if stars < 1 || stars > 5 {
		return fmt.Errorf("rate question %d: stars must be 1 to 5, got %d", questionID, stars)
	}
	if voterKey == "" {
		return fmt.Errorf("rate question %d: empty voter key", questionID)
	}
	return db.inTx(ctx, func(tx *Tx) error {
		now := formatTime(tx.now)
		_, err := tx.exec(ctx, `INSERT INTO ratings (question_id, voter_key, stars, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?) ON CONFLICT (question_id, voter_key) DO UPDATE
			SET stars = excluded.stars, updated_at = excluded.updated_at WHERE stars <> excluded.stars`,
			questionID, voterKey, stars, now, now)
		if err != nil {
			return fmt.Errorf("rate question %d: %w", questionID, err)
		}
		return nil
	})
}

// AddComment stores c as part of tx and sets its ID and times. An empty
// status means pending.
func (tx *Tx) AddComment(ctx context.Context, c *Comment) error {
	switch c.Status {
	case "":
		c.Status = CommentPending
	case CommentPending, CommentApproved:
	default:
		return fmt.Errorf("add comment: bad status %q", c.Status)
	}
	c.CreatedAt = tx.now
	if c.Status == CommentApproved {
		c.DecidedAt = tx.now
	}
	res, err := tx.exec(ctx, `INSERT INTO comments (question_id, name, email, title, body, status,
		client_key, created_at, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		c.QuestionID, c.Name, c.Email, c.Title, c.Body, c.Status, c.ClientKey, formatTime(c.CreatedAt), nullTime(c.DecidedAt))
	if err != nil {
		return fmt.Errorf("add comment to question %d: %w", c.QuestionID, err)
	}
	c.ID, err = res.LastInsertId()
	return err
}

const commentColumns = "id, question_id, name, email, title, body, status, client_key, created_at, decided_at"

func scanComment(s scanner) (*Comment, error) {
	var c Comment
	var created string
	var decided sql.NullString
	if err := s.Scan(&c.ID, &c.QuestionID, &c.Name, &c.Email, &c.Title, &c.Body, &c.Status, &c.ClientKey,
		&created, &decided); err != nil {
		return nil, err
	}
	c.CreatedAt, c.DecidedAt = parseTime(created), parseNullTime(decided)
	return &c, nil
}

// ApprovedComments returns a question's approved comments, oldest first.
func (r Queries) ApprovedComments(ctx context.Context, questionID int64) ([]*Comment, error) {
	out, err := queryAll(ctx, r, scanComment, "SELECT "+commentColumns+` FROM comments
		WHERE question_id = ? AND status = 'approved' ORDER BY id`, questionID)
	if err != nil {
		return nil, fmt.Errorf("comments of question %d: %w", questionID, err)
	}
	return out, nil
}

// CommentByID returns one comment whatever its status.
func (r Queries) CommentByID(ctx context.Context, id int64) (*Comment, error) {
	return commentByID(ctx, r, id)
}

func commentByID(ctx context.Context, q querier, id int64) (*Comment, error) {
	c, err := scanComment(q.queryRow(ctx, "SELECT "+commentColumns+" FROM comments WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("comment %d: %w", id, err)
	}
	return c, nil
}

// SetCommentStatus records the owner's decision on comment id:
// CommentApproved publishes it, CommentRejected keeps it off the site.
// Deciding again is allowed: the owner may change their mind, and the
// latest decision holds.
func (tx *Tx) SetCommentStatus(ctx context.Context, id int64, status string) error {
	if status != CommentApproved && status != CommentRejected {
		return fmt.Errorf("comment %d: cannot set status %q", id, status)
	}
	res, err := tx.exec(ctx, "UPDATE comments SET status = ?, decided_at = ? WHERE id = ?",
		status, formatTime(tx.now), id)
	if err != nil {
		return fmt.Errorf("comment %d: set %s: %w", id, status, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("comment %d: %w", id, ErrNotFound)
	}
	return nil
}
