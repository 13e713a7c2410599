// Package devmail is helpline's embedded development mail server: an IMAP
// server and an SMTP server on loopback that share one in-memory store.
//
// It lets a newcomer run the whole service with no mail account (`helpline
// serve` with no configuration, or `helpline devmail` on its own), lets a
// desktop client such as Thunderbird watch the mail flow, and is the fixture
// behind every mail test in the project.
//
// The store is a closed local world: mail for any domain is accepted and
// delivered to an account named after the recipient's base address (the
// plus part removed, compared without regard to case), created on first
// delivery. Every account logs in with its full address and the one
// development password. Because logins travel in clear text, the server
// refuses to listen anywhere but on loopback.
//
// To watch an account from a desktop client, add it by hand: IMAP server
// 127.0.0.1 port 1143 and SMTP server 127.0.0.1 port 1025 (the defaults),
// no TLS, normal password, the account's address as user name. SMTP also
// takes mail without logging in.
//
// The package imports nothing of helpline's; its test helpers live in
// devmail/devmailtest so that the production binary does not link "testing".
package devmail
