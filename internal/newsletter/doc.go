// Package newsletter runs subscriptions: sign-up with double opt-in, the
// welcome mail with the free ebook, unsubscribing, and suppressing
// addresses that bounce.
//
// It is used by the inbox (requests and bounces by mail), the web site (the
// forms and pages) and the digest (links and headers); it stores through
// data and queues its mail in the outbox.
package newsletter
