// Package dovecottest runs a real Dovecot IMAP server for tests.
//
// The inbox poller is tested against go-imap's in-memory server everywhere,
// and against Dovecot where it is installed (CI installs dovecot-imapd).
// Dovecot is the server readers and hosts actually use, so it catches what
// an in-memory server forgives: its own UIDVALIDITY rules, its IDLE, its
// literal handling and its flags.
//
// Start launches a private `dovecot -F` with a configuration written for the
// installed version (2.3 or 2.4), listening on a free loopback port, with
// maildir users from a passwd-file, and stops it when the test ends. Nothing
// of the system's Dovecot is used: not its configuration, its sockets, its
// state nor its running service. When the binary is absent the test is
// skipped.
//
// StartMTA puts an SMTP server in front of it, delivering into the users'
// INBOXes as a domain's mail host would, so that mail sent by helpline or
// by a mail client arrives where the other side reads it.
//
// The package is for tests only and imports nothing of ours.
package dovecottest
