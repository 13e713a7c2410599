// Package data owns helpline's storage: the SQLite schema, its numbered
// migrations, every query and the domain types they return.
//
// It is the only package that speaks SQL, and it imports nothing else of
// helpline's. Every write method opens a transaction, does its work through
// unexported helpers on *sql.Tx and commits; a failure rolls everything back.
package data
