package mailer

import (
	"context"

	gomail "github.com/wneessen/go-mail"
)

// Transport hands composed mail to whatever delivers it: an SMTP relay
// (SMTP), or any other service that takes MIME messages. The sender calls
// Send from all its workers at once.
type Transport interface {
	// Send delivers msg from its envelope sender (msg.GetSender) to the
	// recipients it names (msg.GetRecipients). It returns nil only once
	// the receiver has taken responsibility for the message, as an SMTP
	// server does with its 250 to the end of DATA. A failure should be a
	// *SendError saying whether a later attempt may succeed; any other
	// error counts as temporary.
	//
	// Send gives up when ctx is done only while nothing of msg has been
	// handed over, and then returns an error wrapping ctx.Err(). Once it
	// has begun handing msg over it finishes, within a bound of its own,
	// so that the caller learns whether the mail went.
	Send(ctx context.Context, msg *gomail.Msg) error
}
