// Package clienttest replies to a mail from real mail clients, headlessly,
// as the helpline's owner would. mutt, neomutt, Alpine and aerc run in a
// private tmux server, open the mailbox over IMAP, reply to the mail chosen by its
// Message-ID and send over SMTP; s-nail does the same in its batch mode.
// mblaze, nmh and notmuch read a Maildir that mbsync copies the mailbox
// into, as their users have it: nmh's post sends over SMTP itself, and
// what mblaze hands its sendmail and the draft notmuch writes are
// submitted to the SMTP server unchanged. The owner's text goes above or
// below the quote the client writes, and above the signature the client
// appends when one is configured.
//
// The clients' own quoting, attribution lines, signatures and charset
// handling are what the tests are after, so the package configures no more
// than a person would to reach a mailbox and a relay, and edits the draft
// only where a person types.
//
// Every run has its own home and temporary directory under t.TempDir and,
// for the clients run in tmux, its own tmux socket; what a run starts is
// killed when the test ends. A test skips with a message when the client,
// or tmux or mbsync where it needs them, is not installed.
//
// The package is for tests only and imports nothing of ours.
package clienttest
