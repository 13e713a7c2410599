package main

import (
	"context"

	"helpline/data"
	"helpline/internal/newsletter"
	"helpline/mailer"
)

// sendFailures hands the newsletter each subscriber whose server refused
// their mail at send time, as a bounce: a 5xx reply about the address
// suppresses them at once, as a bounce report would (Bounce.Hard), and
// other refusals and temporary failures until the sender gave up count as
// soft bounces.
type sendFailures struct{ nl *newsletter.Service }

var _ mailer.FailureReporter = sendFailures{}

func (s sendFailures) RecipientFailed(ctx context.Context, tx *data.Tx, f mailer.Failure) error {
	if f.SubscriberID == 0 {
		return nil // mail to an asker or the owner: nothing to stop
	}
	// A bare 550 ("550 rejected by policy") is read for its reason as a
	// bounce report's would be.
	return s.nl.HandleBounceTx(ctx, tx, newsletter.Bounce{OutboxID: f.OutboxID, Recipient: f.Recipient,
		Status: newsletter.ReplyStatus(f.Status, f.Diagnostic), Diagnostic: f.Diagnostic})
}
