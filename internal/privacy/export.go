package privacy

import (
	"context"
	"encoding/base64"
	"time"
	"unicode/utf8"

	"helpline/data"
)

// Record is everything held about one person, as it is exported to them:
// JSON, with times in UTC. Empty lists are present and empty.
type Record struct {
	Email      string    `json:"email"`
	ExportedAt time.Time `json:"exported_at"`
	// Suppressed says why the address's keyed hash is on the list of
	// addresses not to sign up again ("forgotten"), or is empty.
	Suppressed           string            `json:"suppressed"`
	Subscriber           *SubscriberRecord `json:"subscriber"`
	Questions            []QuestionRecord  `json:"questions"`
	Comments             []CommentRecord   `json:"comments"`
	UnconfirmedQuestions []HeldRecord      `json:"unconfirmed_questions"`
	MailsFromThem        []ReceivedRecord  `json:"mails_received_from_them"`
	MailsToThem          []SentRecord      `json:"mails_sent_to_them"`
}

// SubscriberRecord is their newsletter subscription and its history.
type SubscriberRecord struct {
	Name           string         `json:"name"`
	Status         string         `json:"status"`
	Source         string         `json:"source"`
	CreatedAt      time.Time      `json:"created_at"`
	ConfirmedAt    *time.Time     `json:"confirmed_at"`
	ConsentSource  string         `json:"consent_source"`
	WelcomeSentAt  *time.Time     `json:"welcome_sent_at"`
	UnsubscribedAt *time.Time     `json:"unsubscribed_at"`
	ComplainedAt   *time.Time     `json:"complained_at"`
	BouncedAt      *time.Time     `json:"bounced_at"`
	History        []EventRecord  `json:"history"`
	Bounces        []BounceRecord `json:"bounces"`
}

// EventRecord is one entry of a subscriber's history.
type EventRecord struct {
	At     time.Time `json:"at"`
	Event  string    `json:"event"`
	Detail string    `json:"detail"`
}

// BounceRecord is a delivery failure of mail to them.
type BounceRecord struct {
	At         time.Time `json:"at"`
	Hard       bool      `json:"hard"`
	Status     string    `json:"status"`
	Diagnostic string    `json:"diagnostic"`
}

// QuestionRecord is a question they asked, with its answers.
type QuestionRecord struct {
	ID         int64        `json:"id"`
	Title      string       `json:"title"`
	Body       string       `json:"body"`
	AskerName  string       `json:"asker_name"`
	Status     string       `json:"status"`
	Source     string       `json:"source"`
	AskedAt    time.Time    `json:"asked_at"`
	AnsweredAt *time.Time   `json:"answered_at"`
	Answers    []TextRecord `json:"answers"`
	Followups  []TextRecord `json:"followups"`
}

// TextRecord is a text and its time.
type TextRecord struct {
	At   time.Time `json:"at"`
	Body string    `json:"body"`
}

// CommentRecord is a comment they left.
type CommentRecord struct {
	ID         int64     `json:"id"`
	QuestionID int64     `json:"question_id"`
	Name       string    `json:"name"`
	Title      string    `json:"title"`
	Body       string    `json:"body"`
	Status     string    `json:"status"`
	CreatedAt  time.Time `json:"created_at"`
}

// HeldRecord is a question from the site that waits for its confirmation.
type HeldRecord struct {
	Name      string    `json:"name"`
	Title     string    `json:"title"`
	Body      string    `json:"body"`
	CreatedAt time.Time `json:"created_at"`
}

// ReceivedRecord is a mail they sent, with its bytes while they are kept:
// as text when they are UTF-8, else base64.
type ReceivedRecord struct {
	MessageID  string    `json:"message_id"`
	Subject    string    `json:"subject"`
	ReceivedAt time.Time `json:"received_at"`
	Outcome    string    `json:"outcome"`
	Reason     string    `json:"reason"`
	Raw        string    `json:"raw,omitempty"`
	RawBase64  string    `json:"raw_base64,omitempty"`
	RawDeleted bool      `json:"raw_deleted"` // the bytes were dropped after the retention period
}

// SentRecord is a mail the site sent or will send them.
type SentRecord struct {
	Kind      string     `json:"kind"`
	Subject   string     `json:"subject"`
	Text      string     `json:"text"`
	HTML      string     `json:"html"`
	Status    string     `json:"status"`
	CreatedAt time.Time  `json:"created_at"`
	SentAt    *time.Time `json:"sent_at"`
	LastError string     `json:"last_error"`
}

func optTime(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}

// Export returns everything held about addr. An address nothing is held
// about gives an empty record, not an error.
func (s *Service) Export(ctx context.Context, addr string) (*Record, error) {
	addr, err := checkAddress(addr)
	if err != nil {
		return nil, err
	}
	p, err := s.db.Person(ctx, addr, data.SuppressionHash(s.cfg.SuppressionKey, addr))
	if err != nil {
		return nil, err
	}
	r := &Record{Email: p.Email, ExportedAt: s.db.Now().UTC(), Suppressed: p.Suppressed,
		Questions: []QuestionRecord{}, Comments: []CommentRecord{}, UnconfirmedQuestions: []HeldRecord{},
		MailsFromThem: []ReceivedRecord{}, MailsToThem: []SentRecord{}}
	if p.Subscriber != nil {
		r.Subscriber = subscriberRecord(p)
	}
	for _, q := range p.Questions {
		r.Questions = append(r.Questions, questionRecord(q))
	}
	for _, c := range p.Comments {
		r.Comments = append(r.Comments, CommentRecord{ID: c.ID, QuestionID: c.QuestionID, Name: c.Name, Title: c.Title,
			Body: c.Body, Status: c.Status, CreatedAt: c.CreatedAt})
	}
	for _, h := range p.Held {
		r.UnconfirmedQuestions = append(r.UnconfirmedQuestions, HeldRecord{Name: h.Name, Title: h.Title, Body: h.Body,
			CreatedAt: h.CreatedAt})
	}
	for _, m := range p.Received {
		r.MailsFromThem = append(r.MailsFromThem, receivedRecord(m))
	}
	for _, m := range p.Sent {
		r.MailsToThem = append(r.MailsToThem, SentRecord{Kind: m.Kind, Subject: m.Subject, Text: m.Text, HTML: m.HTML,
			Status: m.Status, CreatedAt: m.CreatedAt, SentAt: optTime(m.SentAt), LastError: m.LastError})
	}
	return r, nil
}

func subscriberRecord(p *data.PersonData) *SubscriberRecord {
	sub := p.Subscriber
	sr := &SubscriberRecord{Name: sub.Name, Status: sub.Status, Source: sub.Source, CreatedAt: sub.CreatedAt,
		ConfirmedAt: optTime(sub.ConfirmedAt), ConsentSource: sub.ConsentSource, WelcomeSentAt: optTime(sub.WelcomeSentAt),
		UnsubscribedAt: optTime(sub.UnsubscribedAt), ComplainedAt: optTime(sub.ComplainedAt), BouncedAt: optTime(sub.BouncedAt),
		History: []EventRecord{}, Bounces: []BounceRecord{}}
	for _, e := range p.Events {
		sr.History = append(sr.History, EventRecord{At: e.CreatedAt, Event: e.Event, Detail: e.Detail})
	}
	for _, b := range p.Bounces {
		sr.Bounces = append(sr.Bounces, BounceRecord{At: b.CreatedAt, Hard: b.Hard, Status: b.Status, Diagnostic: b.Diagnostic})
	}
	return sr
}

func questionRecord(pq *data.PersonQuestion) QuestionRecord {
	q := pq.Question
	qr := QuestionRecord{ID: q.ID, Title: q.Title, Body: q.Body, AskerName: q.AskerName, Status: q.Status, Source: q.Source,
		AskedAt: q.AskedAt, AnsweredAt: optTime(q.AnsweredAt), Answers: []TextRecord{}, Followups: []TextRecord{}}
	for _, a := range pq.Answers {
		qr.Answers = append(qr.Answers, TextRecord{At: a.CreatedAt, Body: a.Body})
	}
	for _, f := range pq.Followups {
		qr.Followups = append(qr.Followups, TextRecord{At: f.CreatedAt, Body: f.Body})
	}
	return qr
}

func receivedRecord(m *data.Message) ReceivedRecord {
	rr := ReceivedRecord{MessageID: m.MessageID, Subject: m.Subject, ReceivedAt: m.ReceivedAt, Outcome: m.Outcome,
		Reason: m.Reason, RawDeleted: m.Raw == nil}
	switch {
	case m.Raw == nil:
	case utf8.Valid(m.Raw):
		rr.Raw = string(m.Raw)
	default:
		rr.RawBase64 = base64.StdEncoding.EncodeToString(m.Raw)
	}
	return rr
}
