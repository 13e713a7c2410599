// Package mailer builds helpline's outgoing mail and delivers the outbox.
//
// Every mail the service sends is first an outbox row (data.OutboxMail). A
// Sender claims due rows in bounded batches, turns each into a MIME message
// (go-mail), and hands it to one of a fixed number of workers, which pass
// it to a Transport. The SMTP transport sends with go-mail's client over
// connections kept open between mails, one for each worker; another kind
// of transport, such as an HTTP mail API, is another implementation of the
// one-method interface. A row is marked sent only after the transport
// reports the receiver's acceptance (for SMTP the 250 to the end of DATA);
// temporary failures are retried with exponential backoff, permanent ones
// fail the row at once with the receiver's reply. A mail whose end got no
// reply may have been delivered: it is tried once more after the wait for
// that reply, and is left uncertain, for the owner to decide, when that
// try ends so too.
//
// Every mail carries a Message-ID on the site's domain with a signed token,
// and its envelope sender is a signed bounce route of the helpline address
// (VERP), so that replies and bounces can be matched without a lookup.
//
// mailer imports only data, internal/token and internal/prose of
// helpline's packages. It holds no package-level state: configuration and
// the logger come in through Config.
package mailer
