package inbox

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"helpline/data"
	"helpline/internal/prose"
	"helpline/internal/token"
)

// Defaults of the limits on questions held for confirmation.
const (
	defaultHeldPerAddress = 3
	defaultHeldPerClient  = 10
	defaultHoldFor        = 7 * 24 * time.Hour
)

// ErrAskLimit is returned when an address or a visitor has had as many
// confirmation mails as the last day allows.
var ErrAskLimit = errors.New("too many questions waiting for confirmation from this address or visitor")

// ErrHeldGone is returned for a confirmation link whose question was sent
// on already, or expired unconfirmed.
var ErrHeldGone = errors.New("the question was sent already or has expired")

// HoldWeb takes a question from the site's form and holds it until its
// asker confirms the address, queueing the mail that asks them to. That
// mail does not repeat the question, nor the name typed with it: whoever
// filled in the form cannot make the site carry their words to a stranger.
// client is the visitor's IP address, kept only as a keyed hash, for the
// limit per visitor; the limit per address counts the same way. Over
// either, it returns ErrAskLimit and holds nothing.
func (p *Processor) HoldWeb(ctx context.Context, w WebQuestion, client string) (int64, error) {
	h := &data.HeldQuestion{Email: strings.ToLower(strings.TrimSpace(w.Email)), Name: strings.TrimSpace(w.Name),
		Title: prose.HideAddresses(strings.TrimSpace(w.Title)), Body: prose.HideAddresses(strings.TrimSpace(w.Body)),
		ClientKey: p.clientKey(client)}
	if h.Email == "" || h.Title == "" {
		return 0, errors.New("hold question: no address or title")
	}
	err := p.db.InTx(ctx, func(tx *data.Tx) error {
		byEmail, byClient, err := tx.HeldSince(ctx, h.Email, h.ClientKey, tx.Now().Add(-24*time.Hour))
		if err != nil {
			return err
		}
		if byEmail >= p.cfg.HeldPerAddress || h.ClientKey != "" && byClient >= p.cfg.HeldPerClient {
			return ErrAskLimit
		}
		if err := tx.HoldQuestion(ctx, h); err != nil {
			return err
		}
		return tx.Enqueue(ctx, p.askConfirmMail(h))
	})
	if err != nil {
		return 0, err
	}
	p.log.Info("question from the site held until its asker confirms", "held_id", h.ID)
	return h.ID, nil
}

// clientKey is a keyed hash of a visitor's IP address.
func (p *Processor) clientKey(client string) string {
	if client == "" {
		return ""
	}
	m := hmac.New(sha256.New, p.signer.Key("held-client"))
	m.Write([]byte(client))
	return hex.EncodeToString(m.Sum(nil)[:16])
}

// AskConfirmURL is the page that confirms held question id.
func (p *Processor) AskConfirmURL(id int64) string {
	return p.cfg.BaseURL + "/ask/confirm/" + p.signer.Sign(token.AskConfirm, id)
}

// CheckHeldLink verifies a confirmation token without acting on it, for
// the page that shows the button.
func (p *Processor) CheckHeldLink(tok string) error {
	_, err := p.signer.Verify(token.AskConfirm, tok)
	return err
}

// ConfirmHeld sends on the question a confirmation token names, as a
// question asked by mail goes: stored, acknowledged within the sender's
// limits, and notified to the owner. A forged token gives an error
// wrapping token.ErrInvalid; a question sent on already or held longer
// than the configured time gives ErrHeldGone.
func (p *Processor) ConfirmHeld(ctx context.Context, tok string) (int64, error) {
	id, err := p.signer.Verify(token.AskConfirm, tok)
	if err != nil {
		return 0, fmt.Errorf("confirm question: %w", err)
	}
	var qid int64
	err = p.db.InTx(ctx, func(tx *data.Tx) error {
		h, err := tx.ReleaseHeld(ctx, id)
		if errors.Is(err, data.ErrNotFound) {
			return ErrHeldGone
		}
		if err != nil {
			return err
		}
		if h.CreatedAt.Before(tx.Now().Add(-p.cfg.HoldFor)) {
			return ErrHeldGone
		}
		q := &data.Question{Title: h.Title, Body: h.Body, AskerName: h.Name, AskerEmail: h.Email, Source: "web"}
		asked, err := tx.AskedSince(ctx, h.Email, tx.Now().Add(-24*time.Hour), q.Title, q.Body)
		if err != nil {
			return err
		}
		if err := p.ask(ctx, tx, q, p.acknowledges(asked), p.mailsFor(q, "", nil)); err != nil {
			return err
		}
		qid = q.ID
		return nil
	})
	if err != nil {
		return 0, err
	}
	p.log.Info("question from the site confirmed by its asker", "held_id", id, "question_id", qid)
	return qid, nil
}

// askConfirmMail asks the address a held question came from to confirm
// it. It names neither the question nor the name given with it.
func (p *Processor) askConfirmMail(h *data.HeldQuestion) *data.OutboxMail {
	t := p.cfg.Locale.T
	who := p.cfg.OwnerName
	if who == "" {
		who = p.cfg.SiteName
	}
	var b strings.Builder
	p.say(&b, "greeting")
	p.say(&b, "askconfirm_intro", p.cfg.SiteName)
	p.say(&b, "askconfirm_how", who)
	b.WriteString(p.AskConfirmURL(h.ID) + "\n\n")
	b.WriteString(prose.Wrap(t("askconfirm_ignore"), wrapWidth) + "\n")
	return &data.OutboxMail{
		Kind: data.KindAskConfirm, To: h.Email, Subject: t("askconfirm_subject", p.cfg.SiteName), Text: b.String(),
		MessageID: token.RandomID(p.domain),
		Headers:   map[string]string{"Auto-Submitted": "auto-generated"},
	}
}
