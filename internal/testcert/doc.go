// Package testcert makes a private certificate authority and a server
// certificate signed by it, for tests of TLS between helpline and mail
// servers on loopback. Nothing it makes is trusted by the system, so a
// client that does not add the CA must refuse the server.
//
// It imports nothing of ours.
package testcert
