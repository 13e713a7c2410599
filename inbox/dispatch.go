package inbox

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"helpline/data"
	"helpline/internal/token"
)

// dispatch decides what a parsed message is, in the order of DESIGN.md's
// flow: loops, bounces, automatic mail, owner mail, requests, follow-ups,
// and only then a new question.
func (p *Processor) dispatch(ctx context.Context, b *batch, stored *data.Message, m *Message) (outcome, error) {
	if reason := p.loop(m); reason != "" {
		return p.done(ctx, b, stored, outcome{kind: data.OutcomeLoop, reason: reason})
	}
	if outboxID, ok := p.bounceRoute(m); ok || m.IsDeliveryReport {
		return p.bounce(ctx, b, stored, outboxID)
	}
	if reason := automatic(m); reason != "" {
		return p.done(ctx, b, stored, outcome{kind: data.OutcomeAuto, reason: reason})
	}
	if out, ok, err := p.ownerReply(ctx, b, stored, m); ok || err != nil {
		return out, err
	}
	if out, ok, err := p.request(ctx, b, stored, m); ok || err != nil {
		return out, err
	}
	return p.question(ctx, b, stored, m)
}

func (p *Processor) done(ctx context.Context, b *batch, stored *data.Message, out outcome) (outcome, error) {
	return out, p.record(ctx, b, stored, out)
}

// loop reports mail that we sent ourselves coming back: from our own
// address, or carrying one of our Message-IDs as its own.
func (p *Processor) loop(m *Message) string {
	if _, ok := token.Tag(p.cfg.Mailbox, m.From.Addr); ok || strings.EqualFold(m.From.Addr, p.cfg.Mailbox) {
		return "from our own address"
	}
	if strings.HasPrefix(m.MessageID, "hl.") && strings.HasSuffix(strings.ToLower(m.MessageID), "@"+p.domain) {
		return "our own Message-ID"
	}
	return ""
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

func (p *Processor) bounce(ctx context.Context, b *batch, stored *data.Message, outboxID int64) (outcome, error) {
	out := outcome{kind: data.OutcomeBounce, reason: "delivery report"}
	if outboxID != 0 {
		out.reason = fmt.Sprintf("bounce for outbox %d", outboxID)
	}
	if p.subs != nil {
		if err := p.settleWith(ctx, b, stored); err != nil {
			return outcome{}, err
		}
		if err := p.subs.Bounce(ctx, stored.Raw, outboxID, stored.ID); err != nil {
			out.reason += ": " + err.Error()
		}
	}
	return p.done(ctx, b, stored, out)
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

func (p *Processor) isOwner(addr string) bool {
	addr = strings.ToLower(addr)
	for _, o := range p.cfg.OwnerAddresses {
		if addr == o {
			return true
		}
	}
	return false
}

// ownerReply handles replies to our notifications: answers, commands and
// comment moderation. It accepts one only when the token is valid, the
// sender is an owner and the trusted server saw no DKIM or DMARC failure;
// anything else is rejected, quietly, so a forger learns nothing.
func (p *Processor) ownerReply(ctx context.Context, b *batch, stored *data.Message, m *Message) (outcome, bool, error) {
	qid, qfound := p.routeToken(m, token.Answer)
	cid, cfound := p.routeToken(m, token.Comment)
	if !qfound && !cfound {
		return outcome{}, false, nil
	}
	reject := func(reason string) (outcome, bool, error) {
		p.log.Warn("owner reply rejected", "message_id", stored.MessageID, "from", m.From.Addr, "reason", reason)
		out, err := p.done(ctx, b, stored, outcome{kind: data.OutcomeRejected, reason: reason})
		return out, true, err
	}
	switch {
	case qid == 0 && cid == 0:
		return reject("invalid or altered token")
	case !p.isOwner(m.From.Addr):
		return reject("reply token used by a sender who is not the owner")
	}
	if f := authFailure(m, p.cfg.TrustedAuthservID); f != "" {
		return reject("authentication failed at " + p.cfg.TrustedAuthservID + ": " + f)
	}
	if qid != 0 {
		out, err := p.answer(ctx, b, stored, m, qid)
		return out, true, err
	}
	out, err := p.moderate(ctx, b, stored, m, cid)
	return out, true, err
}

func (p *Processor) moderate(ctx context.Context, b *batch, stored *data.Message, m *Message, commentID int64) (outcome, error) {
	decision := moderation(Answer(m))
	if decision == "" || p.comm == nil {
		return p.done(ctx, b, stored, outcome{kind: data.OutcomeRejected,
			reason: fmt.Sprintf("comment %d: reply did not start with approve or reject", commentID)})
	}
	if err := p.settleWith(ctx, b, stored); err != nil {
		return outcome{}, err
	}
	if err := p.comm.ModerateComment(ctx, commentID, decision == "approve"); err != nil {
		if errors.Is(err, data.ErrNotFound) {
			return p.done(ctx, b, stored, outcome{kind: data.OutcomeRejected, reason: fmt.Sprintf("comment %d not found", commentID)})
		}
		return outcome{}, err
	}
	return p.done(ctx, b, stored, outcome{kind: data.OutcomeComment, reason: fmt.Sprintf("comment %d: %s", commentID, decision)})
}

// request handles newsletter requests by mail: the subscribe route or
// subject, and the unsubscribe route or subject.
func (p *Processor) request(ctx context.Context, b *batch, stored *data.Message, m *Message) (outcome, bool, error) {
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
	if !unsubscribe && !subscribe {
		return outcome{}, false, nil
	}
	if err := p.settleWith(ctx, b, stored); err != nil {
		return outcome{}, true, err
	}
	var out outcome
	var err error
	switch {
	case unsubscribe:
		out = outcome{kind: data.OutcomeUnsubscribe}
		if p.subs != nil {
			err = p.subs.Unsubscribe(ctx, m.From.Addr, unsubTok)
		}
	case subscribe:
		out = outcome{kind: data.OutcomeSubscribe}
		if p.subs != nil {
			err = p.subs.Subscribe(ctx, m.From.Addr, m.From.Name)
		}
	default:
		return outcome{}, false, nil
	}
	if err != nil {
		// A bad request (a forged token, an invalid address) is the
		// sender's problem, not a reason to retry: record it.
		out.reason = err.Error()
	}
	out, err = p.done(ctx, b, stored, out)
	return out, true, err
}
