// Package inbox reads helpline's one mailbox: it polls IMAP, parses each
// message, classifies it and trims the owner's replies down to the answer.
// It also takes questions from the site's form, held until their askers
// confirm the address, and keeps raw mail no longer than configured.
//
// The parsing and trimming functions here are pure: Parse turns raw RFC 5322
// bytes into a Message with decoded UTF-8 text, HTMLToText renders HTML mail
// as readable text, TrimReply and TrimHTMLReply cut quoted history,
// attributions, signatures and mobile footers out of a reply, and Answer
// picks the best of the plain and HTML parts. They never panic on hostile
// input and always return valid UTF-8.
//
// Of helpline's own packages, inbox imports only data and the internal
// packages for tokens, words and prose.
package inbox
