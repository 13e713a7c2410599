// Package clienttest replies to a mail from real terminal mail clients,
// headlessly, as the helpline's owner would: mutt and neomutt run in a
// private tmux server, open the mailbox over IMAP, reply to the mail chosen
// by its Message-ID and send over SMTP; s-nail does the same in its batch
// mode. The owner's text goes above or below the quote the client writes,
// and above the signature the client appends when one is configured.
//
// The clients' own quoting, attribution lines, signatures and charset
// handling are what the tests are after, so the package configures no more
// than a person would to reach a mailbox and a relay, and edits the draft
// only where a person types.
//
// Every run has its own home and temporary directory under t.TempDir and
// its own tmux socket, and is killed when the test ends. A test skips with
// a message when the client or tmux is not installed.
//
// The package is for tests only and imports nothing of ours.
package clienttest
