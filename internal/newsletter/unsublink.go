package newsletter

import (
	"context"
	"errors"
	"strings"
	"time"

	"helpline/data"
	"helpline/internal/prose"
)

// SendUnsubscribeLinkTx answers a request to unsubscribe that came by mail
// without a signed route (the subject "unsubscribe", or the plain
// ask+unsubscribe@ address): anyone can put someone else's address in
// From, so it acts on nothing and mails the subscriber the link to the
// page where they confirm it with a button. An address that is not
// subscribed gets nothing, and the answer tells the sender nothing; one
// link a day per address at most.
func (s *Service) SendUnsubscribeLinkTx(ctx context.Context, tx *data.Tx, addr string) error {
	addr, err := CheckAddress(addr)
	if err != nil {
		return err
	}
	sub, err := tx.SubscriberByEmail(ctx, addr)
	if errors.Is(err, data.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	if sub.Status != data.SubscriberActive && sub.Status != data.SubscriberPending {
		return nil
	}
	n, err := tx.MailsToSince(ctx, data.KindUnsubscribeLink, sub.Email, tx.Now().Add(-24*time.Hour))
	if err != nil || n > 0 {
		return err
	}
	t := s.cfg.Locale.T
	text := prose.Wrap(t("unsub_link_intro", s.cfg.SiteName), 72) + "\n\n" + s.cfg.Links.UnsubscribeURL(sub.ID) +
		"\n\n" + prose.Wrap(t("unsub_link_ignore"), 72) + "\n"
	return tx.Enqueue(ctx, &data.OutboxMail{
		Kind: data.KindUnsubscribeLink, To: sub.Email, ToName: strings.TrimSpace(sub.Name), SubscriberID: sub.ID,
		Subject: t("unsub_link_subject", s.cfg.SiteName), Text: text,
		Headers: map[string]string{"Auto-Submitted": "auto-replied"},
	})
}
