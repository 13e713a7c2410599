// Package data owns helpline's storage: the SQLite schema, its numbered
// migrations, every query and the domain types they return.
//
// It is the only package that speaks SQL, and it imports nothing else of
// helpline's. Every write method opens a transaction, does its work through
// unexported helpers on *Tx and commits; a failure rolls everything back.
// Write transactions take turns on one connection kept for them; reads use
// a pool of others and never wait for a writer (WAL).
package data
