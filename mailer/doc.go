// Package mailer builds helpline's outgoing mail and delivers the outbox.
//
// Every mail the service sends is first an outbox row (data.OutboxMail). A
// Sender claims due rows in bounded batches, turns each into a MIME message
// (go-mail), and hands it to one of a fixed number of workers, each holding
// one reused SMTP connection. A row is marked sent only after the server's
// 250 to the end of DATA; temporary failures are retried with exponential
// backoff, permanent ones fail the row at once with the server's reply.
//
// Every mail carries a Message-ID on the site's domain with a signed token,
// and its envelope sender is a signed bounce route of the helpline address
// (VERP), so that replies and bounces can be matched without a lookup.
//
// mailer imports only data and internal/token of helpline's packages. It
// holds no package-level state: configuration and the logger come in
// through Config.
package mailer
