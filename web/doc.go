// Package web serves helpline's public site: the answered questions, their
// comments and ratings, the feeds, the ask and newsletter pages, and the
// health endpoint.
//
// It imports data and templates of helpline's; what it needs from other
// feature packages (asking a question, subscribing) it declares as small
// interfaces that cmd/helpline satisfies.
package web
