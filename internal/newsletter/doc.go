// Package newsletter runs subscriptions: sign-up with double opt-in, the
// welcome mail with the free ebook, unsubscribing, and suppressing
// addresses that bounce, refuse mail at send time or complain. A
// suppression sticks: only a confirmation from the address itself lifts
// it, whatever the owner adds or imports. Imports read the subscriber
// exports of other tools (Mailchimp, listmonk, Ghost, Substack,
// Buttondown).
//
// It is used by the inbox (requests, bounces and complaints by mail), the
// web site (the forms and pages), the sender (refusals at send time) and
// the digest (links and headers); it stores through data and queues its
// mail in the outbox.
package newsletter
