package mailer

import (
	"context"
	"errors"
	"fmt"

	"helpline/data"
)

// Failure is mail to one recipient that their side refused for good: a
// permanent (5xx) reply to the recipient or the message, or temporary
// (4xx) ones until the attempts ran out.
type Failure struct {
	OutboxID     int64
	Kind         string
	SubscriberID int64 // 0 when the mail was not to a subscriber
	Recipient    string
	// Status is the reply's RFC 3463 enhanced status code, or the class
	// of its reply code ("5.0.0", "4.0.0") when it gave none. A temporary
	// failure is always of class 4, as a bounce report's would be.
	Status     string
	Diagnostic string // "smtp; 550 5.1.1 no such user", as in a bounce report (RFC 3464 2.3.6)
	Permanent  bool
}

// FailureReporter is told of each Failure in the transaction that marks
// its row failed, so that an address that refuses mail is treated exactly
// as a bounce report about it would be. An error rolls the report back;
// the row is marked failed all the same.
type FailureReporter interface {
	RecipientFailed(ctx context.Context, tx *data.Tx, f Failure) error
}

// recipientFailure makes a Failure of the error that failed row for good,
// or returns nil when the error says nothing about the recipient: no
// reply at all, a refusal of our sender or of the session, or a message
// we could not build.
func recipientFailure(row *data.OutboxMail, err error, permanent bool) *Failure {
	var se *SendError
	if !errors.As(err, &se) || errors.Is(err, ErrInvalidMessage) {
		return nil
	}
	if se.Stage != "RCPT" && se.Stage != "DATA" || se.Code/100 != 4 && se.Code/100 != 5 {
		return nil
	}
	class := se.Code / 100
	if !permanent {
		class = 4
	}
	status := se.Enhanced
	if status == "" || status[0] != byte('0'+class) {
		status = fmt.Sprintf("%d.0.0", class)
	}
	return &Failure{OutboxID: row.ID, Kind: row.Kind, SubscriberID: row.SubscriberID, Recipient: row.To,
		Status: status, Diagnostic: "smtp; " + se.Reply(), Permanent: permanent}
}
