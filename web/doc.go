// Package web serves helpline's public site: the answered questions, their
// comments and ratings, the feeds, the ask and newsletter pages, and the
// health endpoint.
//
// Public pages are rendered once for each version of the site's data,
// gzipped once, and served from memory. The version is read at most every
// 100 ms, and at once after the server's own writes, so a change made
// elsewhere (the inbox, the command line) shows within that time.
//
// Every page speaks the language of its Config.Locale (internal/locale),
// and text typed by readers and the owner is read by internal/prose.
//
// It imports data and templates of helpline's; what it needs from other
// feature packages (asking a question, subscribing) it declares as small
// interfaces that cmd/helpline satisfies.
package web
