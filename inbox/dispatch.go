package inbox

import (
	"context"
	"fmt"
	"strings"

	"helpline/data"
	"helpline/internal/token"
)

// dispatch decides what a parsed message is, in the order of DESIGN.md's
// flow: loops, bounces, automatic mail, owner mail, requests, replies that
// are not questions, follow-ups, and only then a new question. Mail from
// the account's Sent mailbox is the owner's own and goes by rules of its
// own (sentMail).
func (p *Processor) dispatch(stored *data.Message, m *Message, sent bool) act {
	if sent {
		return p.sentMail(stored, m)
	}
	if p.ours(m) {
		return verdict(outcome{kind: data.OutcomeLoop, reason: "our own Message-ID"})
	}
	if outboxID, ok := p.bounceRoute(m); ok || m.IsDeliveryReport || isFeedbackReport(m) {
		return p.bounce(stored, outboxID)
	}
	if reason := automatic(m); reason != "" {
		return verdict(outcome{kind: data.OutcomeAuto, reason: reason})
	}
	if a, ok := p.ownerReply(stored, m); ok {
		return a
	}
	if a, ok := p.request(m); ok {
		return a
	}
	// The owner's forward of a reader's mail the helpline has too
	// refers to it, as Gmail's does, but is no answer to it.
	if a, ok := p.ownerForward(m); ok {
		return a
	}
	if a, ok := p.directReply(stored, m); ok {
		return p.orElse(a, m, "from our own address")
	}
	if strings.EqualFold(m.From.Addr, p.cfg.Mailbox) {
		// From the helpline's address, about nothing of ours: a loop of
		// some kind, never a question.
		return verdict(outcome{kind: data.OutcomeLoop, reason: "from our own address"})
	}
	return p.questionOrForward(m)
}

// ours reports mail that we sent ourselves coming back: it carries one of
// our Message-IDs as its own. Mail From the helpline's address with a
// Message-ID of its own is the owner writing from the helpline mailbox.
func (p *Processor) ours(m *Message) bool {
	return strings.HasPrefix(m.MessageID, "hl.") && strings.HasSuffix(strings.ToLower(m.MessageID), "@"+p.domain)
}

// orElse is a, the owner's direct reply, unless it turns out to be about
// no question: then mail from the helpline's address is a loop and an
// owner's is treated as anyone's.
func (p *Processor) orElse(a act, m *Message, loop string) act {
	return func(ctx context.Context, tx *data.Tx) (outcome, error) {
		out, err := a(ctx, tx)
		if err != nil || out.kind != "" {
			return out, err
		}
		if strings.EqualFold(m.From.Addr, p.cfg.Mailbox) {
			return outcome{kind: data.OutcomeLoop, reason: loop}, nil
		}
		return p.questionOrForward(m)(ctx, tx)
	}
}

// bounceRoute finds the outbox row named by a VERP bounce route among the
// recipients.
func (p *Processor) bounceRoute(m *Message) (int64, bool) {
	for _, r := range recipients(m) {
		if id, err := p.signer.ParseRoute(p.cfg.Mailbox, r, token.Bounce); err == nil {
			return id, true
		}
	}
	return 0, false
}

// bounce hands a delivery report to the subscriptions service, which
// records the bounce with a reference to the stored report.
func (p *Processor) bounce(stored *data.Message, outboxID int64) act {
	out := outcome{kind: data.OutcomeBounce, reason: "delivery report"}
	if outboxID != 0 {
		out.reason = fmt.Sprintf("bounce for outbox %d", outboxID)
	}
	if p.subs == nil {
		return verdict(out)
	}
	report := service(out, func(ctx context.Context, tx *data.Tx) error {
		return p.subs.Bounce(ctx, tx, stored.Raw, outboxID, stored.ID)
	})
	return func(ctx context.Context, tx *data.Tx) (outcome, error) {
		if err := storeFirst(ctx, tx, stored); err != nil {
			return outcome{}, err
		}
		return report(ctx, tx)
	}
}

// routeToken finds a token for purpose in the recipients' plus-addresses
// or, for hosts without plus addressing, in the signed Message-IDs the mail
// replies to. found is true when a token of that purpose was present at all,
// valid or not.
func (p *Processor) routeToken(m *Message, purpose token.Purpose) (id int64, found bool) {
	for _, r := range recipients(m) {
		tag, ok := token.Tag(p.cfg.Mailbox, r)
		if !ok || !strings.HasPrefix(tag, string(purpose)+".") {
			continue
		}
		found = true
		if id, err := p.signer.ParseRoute(p.cfg.Mailbox, r, purpose); err == nil {
			return id, true
		}
	}
	for _, ref := range referenced(m) {
		if !strings.HasPrefix(strings.ToLower(ref), "hl."+string(purpose)+".") {
			continue
		}
		found = true
		if id, err := p.signer.ParseMessageID(ref, purpose); err == nil {
			return id, true
		}
	}
	return 0, found
}

// request handles newsletter requests by mail: the subscribe route or
// subject, and the unsubscribe route or subject.
func (p *Processor) request(m *Message) (act, bool) {
	subject := strings.ToLower(strings.TrimSpace(m.Subject))
	var unsubTok string
	subscribe := subject == "subscribe"
	unsubscribe := subject == "unsubscribe"
	for _, r := range recipients(m) {
		tag, ok := token.Tag(p.cfg.Mailbox, r)
		switch {
		case !ok:
		case tag == "subscribe":
			subscribe = true
		case tag == "unsubscribe":
			unsubscribe = true
		case strings.HasPrefix(tag, string(token.Unsubscribe)+"."):
			unsubscribe, unsubTok = true, strings.TrimPrefix(tag, string(token.Unsubscribe)+".")
		}
	}
	switch {
	case unsubscribe && p.subs == nil:
		return verdict(outcome{kind: data.OutcomeUnsubscribe}), true
	case unsubscribe:
		return service(outcome{kind: data.OutcomeUnsubscribe}, func(ctx context.Context, tx *data.Tx) error {
			return p.subs.Unsubscribe(ctx, tx, m.From.Addr, unsubTok)
		}), true
	case subscribe && p.subs == nil:
		return verdict(outcome{kind: data.OutcomeSubscribe}), true
	case subscribe && authFailure(m, p.cfg.TrustedAuthservID) != "":
		// A sign-up sends its confirmation to the From address: one in
		// the name of an address that did not write it would have the
		// site mail a stranger, as often as someone sends it.
		return verdict(outcome{kind: data.OutcomeRejected, reason: "sign-up failed authentication at " +
			p.cfg.TrustedAuthservID + ": " + authFailure(m, p.cfg.TrustedAuthservID)}), true
	case subscribe:
		return service(outcome{kind: data.OutcomeSubscribe}, func(ctx context.Context, tx *data.Tx) error {
			return p.subs.Subscribe(ctx, tx, m.From.Addr, m.From.Name)
		}), true
	}
	return nil, false
}
