package newsletter

import (
	"context"
	"errors"
	"fmt"

	"helpline/data"
	"helpline/internal/prose"
	"helpline/internal/token"
	"helpline/templates"
)

// Sign-up sources.
const (
	SourceWeb    = "web"
	SourceMail   = "mail"
	SourceOwner  = "owner"
	SourceImport = "import"
)

// Subscribe signs addr up for the newsletter: it creates or refreshes a
// pending subscriber and, unless today's confirmations for the address are
// used up, queues the confirmation mail in the same transaction. source is
// SourceWeb or SourceMail.
//
// It returns nil in every case that is not an error of the input or of the
// service: for an address that is already active, suppressed, bounced or
// over its daily limit nothing visible happens, so that nobody can learn
// from the answer whether an address is subscribed.
func (s *Service) Subscribe(ctx context.Context, addr, name, source string) error {
	return s.db.InTx(ctx, func(tx *data.Tx) error { return s.SubscribeTx(ctx, tx, addr, name, source) })
}

// SubscribeTx is Subscribe as part of tx, for a caller that records the
// request in the same transaction. Input it refuses changes nothing.
func (s *Service) SubscribeTx(ctx context.Context, tx *data.Tx, addr, name, source string) error {
	switch source {
	case SourceWeb, SourceMail, SourceOwner, SourceImport:
	default:
		return fmt.Errorf("subscribe: unknown source %q", source)
	}
	addr, err := CheckAddress(addr)
	if err != nil {
		return err
	}
	name = prose.Name(name)
	hash := data.SuppressionHash(s.cfg.SuppressionKey, addr)
	found, err := tx.Suppressed(ctx, hash)
	if err != nil {
		return err
	}
	if found[hash] {
		s.log.Info("sign-up for a suppressed address ignored", "email", redact(addr), "source", source)
		return nil
	}
	_, _, err = s.subscribeTx(ctx, tx, addr, name, source)
	return err
}

// subscribeTx makes addr pending and sends the confirmation, reporting
// whether it was queued.
func (s *Service) subscribeTx(ctx context.Context, tx *data.Tx, addr, name, source string) (*data.Subscriber, bool, error) {
	sub, err := tx.SubscribePending(ctx, addr, name, source)
	if err != nil {
		return nil, false, err
	}
	if sub.Status != data.SubscriberPending {
		s.log.Info("sign-up for a subscriber who is not pending: nothing sent",
			"subscriber_id", sub.ID, "status", sub.Status, "source", source)
		return sub, false, nil
	}
	queued, err := s.sendConfirmation(ctx, tx, sub, source)
	return sub, queued, err
}

// sendConfirmation queues the double opt-in mail for a pending subscriber
// unless today's confirmations for the address are used up, and reports
// whether it did.
func (s *Service) sendConfirmation(ctx context.Context, tx *data.Tx, sub *data.Subscriber, source string) (bool, error) {
	counted, err := tx.RecordConfirmSent(ctx, sub.ID, s.cfg.ConfirmsPerDay)
	if err != nil {
		return false, err
	}
	if !counted {
		s.log.Info("confirmation limit reached: nothing sent", "subscriber_id", sub.ID, "per_day", s.cfg.ConfirmsPerDay)
		return false, nil
	}
	m, err := s.subscriberMail(sub, data.KindConfirm, templates.ConfirmMail)
	if err != nil {
		return false, err
	}
	if err := tx.Enqueue(ctx, m); err != nil {
		return false, err
	}
	s.log.Info("confirmation queued", "subscriber_id", sub.ID, "outbox_id", m.ID, "source", source)
	return true, nil
}

// subscriberMail renders one mail to sub. The welcome mail carries the
// unsubscribe link and the list headers; the confirmation mail carries
// neither, since nobody is subscribed until they confirm. Nor does it
// carry the name: anyone may type an address and any words as its name
// into the form, and the words would reach the address in a mail of ours.
func (s *Service) subscriberMail(sub *data.Subscriber, kind string,
	render func(templates.MailSite, templates.NewsletterMail, templates.Words) (templates.RenderedMail, error)) (*data.OutboxMail, error) {
	name := sub.Name
	if kind == data.KindConfirm {
		name = ""
	}
	nm := templates.NewsletterMail{FirstName: prose.FirstName(name), EbookName: s.cfg.EbookName}
	if kind == data.KindConfirm {
		nm.ConfirmURL = s.cfg.Links.ConfirmURL(sub.ID)
	} else {
		nm.UnsubscribeURL = s.cfg.Links.UnsubscribeURL(sub.ID)
	}
	r, err := render(s.cfg.Mail, nm, s.cfg.Locale)
	if err != nil {
		return nil, fmt.Errorf("%s mail for subscriber %d: %w", kind, sub.ID, err)
	}
	m := &data.OutboxMail{
		Kind:         kind,
		To:           sub.Email,
		ToName:       prose.Name(name),
		Subject:      r.Subject,
		Text:         r.Text,
		HTML:         r.HTML,
		SubscriberID: sub.ID,
	}
	if kind != data.KindConfirm {
		m.Headers = s.cfg.Links.Headers(sub.ID)
	}
	if kind == data.KindWelcome {
		m.Attachment = "ebook"
	}
	return m, nil
}

// Confirm checks a confirmation token, makes its subscriber active and
// queues the welcome mail with the ebook, unless that subscriber was
// welcomed before: confirming twice, or coming back after unsubscribing,
// never sends a second ebook. confirmed reports whether this confirmation
// made the subscriber active, false when they were active already, and
// welcomed whether it queued the welcome mail. A forged token gives an
// error wrapping token.ErrInvalid and changes nothing; a link for someone
// who has since unsubscribed gives ErrLinkExpired.
func (s *Service) Confirm(ctx context.Context, tok string) (sub *data.Subscriber, confirmed, welcomed bool, err error) {
	id, err := s.cfg.Links.Signer.Verify(token.Confirm, tok)
	if err != nil {
		return nil, false, false, fmt.Errorf("confirm: %w", err)
	}
	err = s.db.InTx(ctx, func(tx *data.Tx) error {
		sub, confirmed, err = tx.ConfirmSubscriber(ctx, id, data.ConsentDoubleOptIn)
		switch {
		case errors.Is(err, data.ErrNotFound):
			// A valid token for a forgotten subscriber.
			return fmt.Errorf("confirm subscriber %d: %w", id, token.ErrInvalid)
		case errors.Is(err, data.ErrNotPending):
			return ErrLinkExpired
		case err != nil:
			return err
		}
		// The address's own confirmation is what lifts any suppression,
		// that of a forgotten address included.
		if _, err := tx.Unsuppress(ctx, data.SuppressionHash(s.cfg.SuppressionKey, sub.Email)); err != nil {
			return err
		}
		welcomed, err = s.welcomeOnce(ctx, tx, sub)
		return err
	})
	if err != nil {
		return nil, false, false, err
	}
	return sub, confirmed, welcomed, nil
}

// welcomeOnce queues the welcome mail if sub has never had one, and
// reports whether it did.
func (s *Service) welcomeOnce(ctx context.Context, tx *data.Tx, sub *data.Subscriber) (bool, error) {
	first, err := tx.MarkWelcomeSent(ctx, sub.ID)
	if err != nil || !first {
		return false, err
	}
	m, err := s.subscriberMail(sub, data.KindWelcome, templates.WelcomeMail)
	if err != nil {
		return false, err
	}
	if err := tx.Enqueue(ctx, m); err != nil {
		return false, err
	}
	s.log.Info("welcome queued", "subscriber_id", sub.ID, "outbox_id", m.ID)
	return true, nil
}

// ResendWelcome queues the welcome mail and ebook again for an active
// subscriber, on the owner's request.
func (s *Service) ResendWelcome(ctx context.Context, addr string) error {
	return s.db.InTx(ctx, func(tx *data.Tx) error {
		sub, err := tx.SubscriberByEmail(ctx, addr)
		if err != nil {
			return fmt.Errorf("resend welcome to %s: %w", addr, err)
		}
		if sub.Status != data.SubscriberActive {
			return fmt.Errorf("resend welcome to %s: subscriber is %s, not active", addr, sub.Status)
		}
		if _, err := tx.MarkWelcomeSent(ctx, sub.ID); err != nil {
			return err
		}
		m, err := s.subscriberMail(sub, data.KindWelcome, templates.WelcomeMail)
		if err != nil {
			return err
		}
		return tx.Enqueue(ctx, m)
	})
}

// Unsubscribe checks an unsubscribe token and unsubscribes its subscriber
// at once, cancelling the mail queued for them. Repeating it is harmless. A
// forged token gives an error wrapping token.ErrInvalid and changes nothing.
func (s *Service) Unsubscribe(ctx context.Context, tok string) error {
	return s.db.InTx(ctx, func(tx *data.Tx) error { return s.UnsubscribeTx(ctx, tx, tok) })
}

// UnsubscribeTx is Unsubscribe as part of tx. A forged token changes
// nothing.
func (s *Service) UnsubscribeTx(ctx context.Context, tx *data.Tx, tok string) error {
	id, err := s.cfg.Links.Signer.Verify(token.Unsubscribe, tok)
	if err != nil {
		return fmt.Errorf("unsubscribe: %w", err)
	}
	if subs, err := tx.ListSubscribers(ctx, data.SubscriberFilter{ID: id}); err != nil {
		return err
	} else if len(subs) == 0 {
		return nil // forgotten already: nothing left to stop
	}
	return s.unsubscribeTx(ctx, tx, id)
}

// UnsubscribeAddress unsubscribes addr, as asked by mail from it. An
// address that is not subscribed is not an error, so the answer tells
// nothing.
func (s *Service) UnsubscribeAddress(ctx context.Context, addr string) error {
	return s.db.InTx(ctx, func(tx *data.Tx) error { return s.UnsubscribeAddressTx(ctx, tx, addr) })
}

// UnsubscribeAddressTx is UnsubscribeAddress as part of tx. An invalid
// address changes nothing.
func (s *Service) UnsubscribeAddressTx(ctx context.Context, tx *data.Tx, addr string) error {
	addr, err := CheckAddress(addr)
	if err != nil {
		return err
	}
	sub, err := tx.SubscriberByEmail(ctx, addr)
	if errors.Is(err, data.ErrNotFound) {
		return nil
	} else if err != nil {
		return err
	}
	return s.unsubscribeTx(ctx, tx, sub.ID)
}

func (s *Service) unsubscribeTx(ctx context.Context, tx *data.Tx, id int64) error {
	changed, err := tx.SuppressSubscriber(ctx, id, data.SuppressedUnsubscribed)
	if err != nil {
		return err
	}
	if changed {
		s.log.Info("unsubscribed", "subscriber_id", id)
	}
	return nil
}

// CheckLink verifies a confirm or unsubscribe token without acting on it,
// for the pages that show the button. Other purposes are refused.
func (s *Service) CheckLink(p token.Purpose, tok string) error {
	if p != token.Confirm && p != token.Unsubscribe {
		return fmt.Errorf("check link: purpose %q: %w", p, token.ErrInvalid)
	}
	_, err := s.cfg.Links.Signer.Verify(p, tok)
	return err
}
