package main

import (
	"context"
	"errors"

	"helpline/data"
	"helpline/inbox"
	"helpline/internal/newsletter"
	"helpline/web"
)

// mailSubscriptions lets the inbox act on newsletter mail through the
// newsletter service.
type mailSubscriptions struct {
	nl *newsletter.Service
}

var _ inbox.Subscriptions = mailSubscriptions{}

func newSubscriptions(app *App) (inbox.Subscriptions, error) {
	nl, err := newNewsletter(app)
	if err != nil {
		return nil, err
	}
	return mailSubscriptions{nl}, nil
}

func (s mailSubscriptions) Subscribe(ctx context.Context, tx *data.Tx, email, name string) error {
	return s.nl.SubscribeTx(ctx, tx, email, name, "mail")
}

func (s mailSubscriptions) Unsubscribe(ctx context.Context, tx *data.Tx, email, tok string) error {
	if tok != "" {
		return s.nl.UnsubscribeTx(ctx, tx, tok)
	}
	return s.nl.SendUnsubscribeLinkTx(ctx, tx, email)
}

// Bounce reads the delivery report and hands each failed recipient to the
// newsletter. A bounce to our return route that is not a readable report,
// or a report that names no usable recipient, still names its outbox row:
// its text is read for the failure (qmail, old Exim, Exchange and the
// like), and what says nothing clear counts as a temporary failure. A
// feedback-loop report is a complaint.
func (s mailSubscriptions) Bounce(ctx context.Context, tx *data.Tx, raw []byte, outboxID, ref int64) error {
	c, err := s.nl.ParseARF(raw)
	if err == nil {
		if c.OutboxID == 0 {
			c.OutboxID = outboxID
		}
		c.MessageRef = ref
		return s.nl.HandleComplaintTx(ctx, tx, c)
	}
	if !errors.Is(err, newsletter.ErrNotARF) {
		return err
	}
	bounces, err := s.nl.ParseDSN(raw)
	if err != nil || len(bounces) == 0 {
		// A report whose status part cannot be read (a scanner that
		// encoded it, fields run together) still names its recipient in
		// words; the signed Message-ID of the returned mail traces it
		// as well as a return route does, for hosts without plus
		// addressing. A notice that traces to nothing of ours is left.
		text := s.nl.ReadBounceText(raw)
		if outboxID == 0 && !traced(text) {
			return err
		}
		bounces = text
	}
	var errs []error
	for _, b := range bounces {
		if b.OutboxID == 0 {
			b.OutboxID = outboxID
		}
		b.MessageRef = ref
		errs = append(errs, s.nl.HandleBounceTx(ctx, tx, b))
	}
	return errors.Join(errs...)
}

// traced reports bounces read from a notice that name a mail we sent.
func traced(bounces []newsletter.Bounce) bool {
	for _, b := range bounces {
		if b.OutboxID != 0 {
			return true
		}
	}
	return false
}

// listID is the List-Id of subscriber mail: configured, or made from the
// site's name and address.
func (a *App) listID() string {
	if a.Config.Newsletter.ListID != "" {
		return a.Config.Newsletter.ListID
	}
	return defaultListID(a.Config.Site.Name, a.Config.Site.Address)
}

// commentModeration applies the owner's decision on a held comment, in the
// transaction that records the owner's mail.
type commentModeration struct{}

var _ inbox.Comments = commentModeration{}

func (a *App) comments() inbox.Comments { return commentModeration{} }

func (c commentModeration) ModerateComment(ctx context.Context, tx *data.Tx, id int64, approve bool) error {
	status := data.CommentRejected
	if approve {
		status = data.CommentApproved
	}
	return tx.SetCommentStatus(ctx, id, status)
}

// webAsker takes questions from the site's ask form into the inbox's flow:
// each is held until its asker confirms the address from a mail.
type webAsker struct{ proc *inbox.Processor }

var (
	_ web.Asker        = webAsker{}
	_ web.AskConfirmer = webAsker{}
)

// askLimitError is shown to a reader who asked too often today.
type askLimitError struct{}

func (askLimitError) Error() string { return "sender is over the daily question limit" }

// PublicMessage is the ID of what the reader is told, in the site's words.
func (askLimitError) PublicMessage() string { return "ask_limit" }

// heldGoneError is shown for a confirmation link whose question was sent
// on already or expired.
type heldGoneError struct{ error }

// PublicMessage is the ID of what the reader is told, in the site's words.
func (heldGoneError) PublicMessage() string { return "askconfirm_expired" }

func (a webAsker) Ask(ctx context.Context, q web.AskRequest) error {
	_, err := a.proc.HoldWeb(ctx, inbox.WebQuestion{Name: q.Name, Email: q.Email, Title: q.Title, Body: q.Body}, q.ClientIP)
	if errors.Is(err, inbox.ErrAskLimit) {
		return askLimitError{}
	}
	return err
}

func (a webAsker) CheckAskLink(tok string) error { return a.proc.CheckHeldLink(tok) }

func (a webAsker) ConfirmAsk(ctx context.Context, tok string) error {
	_, err := a.proc.ConfirmHeld(ctx, tok)
	if errors.Is(err, inbox.ErrHeldGone) {
		return heldGoneError{err}
	}
	return err
}
