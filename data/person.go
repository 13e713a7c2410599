package data

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
)

// PersonData is everything stored about one address, for the person who
// asks to see it (GDPR Art. 15, 20).
type PersonData struct {
	Email string
	// Suppressed is the reason the address's hash is on the suppression
	// list, "" when it is not.
	Suppressed string
	Subscriber *Subscriber // nil when not a subscriber
	Events     []*SubscriberEvent
	Bounces    []*Bounce
	Questions  []*PersonQuestion
	Comments   []*Comment
	Held       []*HeldQuestion
	Received   []*Message // mails from them, with their bytes where still kept
	Sent       []*OutboxMail
}

// PersonQuestion is a question someone asked, with its answers and their
// follow-ups.
type PersonQuestion struct {
	Question  *Question
	Answers   []*Answer
	Followups []*Followup
}

// Followup is further mail from an asker about their question.
type Followup struct {
	ID         int64
	QuestionID int64
	Body       string
	MessageID  string
	CreatedAt  time.Time
}

// Person returns everything stored about addr; hash is its suppression
// hash. Nothing found is not an error: the result is then empty.
func (r Queries) Person(ctx context.Context, addr, hash string) (*PersonData, error) {
	addr = strings.ToLower(NormalizeEmail(addr))
	p := &PersonData{Email: addr}
	var err error
	if p.Suppressed, err = r.suppressionReason(ctx, hash); err != nil {
		return nil, err
	}
	if err := r.personSubscriber(ctx, p); err != nil {
		return nil, err
	}
	if err := r.personQuestions(ctx, p); err != nil {
		return nil, err
	}
	if p.Comments, err = queryAll(ctx, r, scanComment, "SELECT "+commentColumns+
		" FROM comments WHERE email = ? COLLATE NOCASE ORDER BY id", addr); err != nil {
		return nil, fmt.Errorf("comments of a person: %w", err)
	}
	if p.Held, err = queryAll(ctx, r, scanHeld, "SELECT "+heldColumns+
		" FROM held_questions WHERE email = ? ORDER BY id", addr); err != nil {
		return nil, fmt.Errorf("held questions of a person: %w", err)
	}
	if p.Received, err = queryAll(ctx, r, func(s scanner) (*Message, error) { return scanMessage(s, true) },
		"SELECT "+messageColumns+", (SELECT raw FROM message_raw r WHERE r.id = messages.id) FROM messages WHERE from_addr = ? ORDER BY id",
		addr); err != nil {
		return nil, fmt.Errorf("mail from a person: %w", err)
	}
	if p.Sent, err = queryAll(ctx, r, scanOutbox, "SELECT "+outboxColumns+" FROM outbox WHERE to_addr = ? ORDER BY id", addr); err != nil {
		return nil, fmt.Errorf("mail to a person: %w", err)
	}
	return p, nil
}

func (r Queries) personSubscriber(ctx context.Context, p *PersonData) error {
	s, err := r.SubscriberByEmail(ctx, p.Email)
	if errors.Is(err, ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	p.Subscriber = s
	if p.Events, err = r.subscriberEvents(ctx, s.ID); err != nil {
		return err
	}
	p.Bounces, err = r.bounces(ctx, s.ID)
	return err
}

func (r Queries) personQuestions(ctx context.Context, p *PersonData) error {
	qs, err := queryQuestions(ctx, r, "SELECT "+questionColumns+" FROM questions q WHERE q.asker_email = ? ORDER BY q.id", p.Email)
	if err != nil {
		return err
	}
	for _, q := range qs {
		pq := &PersonQuestion{Question: q}
		if pq.Answers, err = r.answers(ctx, q.ID); err != nil {
			return err
		}
		if pq.Followups, err = queryAll(ctx, r, func(s scanner) (*Followup, error) {
			var f Followup
			var created string
			if err := s.Scan(&f.ID, &f.QuestionID, &f.Body, &f.MessageID, &created); err != nil {
				return nil, err
			}
			f.CreatedAt = parseTime(created)
			return &f, nil
		}, "SELECT id, question_id, body, message_id, created_at FROM followups WHERE question_id = ? ORDER BY id", q.ID); err != nil {
			return fmt.Errorf("follow-ups of question %d: %w", q.ID, err)
		}
		p.Questions = append(p.Questions, pq)
	}
	return nil
}
