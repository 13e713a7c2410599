// Package data owns helpline's storage: the SQLite schema, its numbered
// migrations, every query and the domain types they return.
//
// It is the only package that speaks SQL, and it imports nothing else of
// helpline's. It keeps two database/sql pools on one file: a writer of one
// connection, through which every change goes, and a pool of query-only
// readers, which never wait for the writer (WAL). Every write method opens
// a transaction on the writer (BEGIN IMMEDIATE), does its work through
// unexported helpers on *Tx and commits; a failure rolls everything back.
// The few single-statement changes run on the writer as transactions of
// their own.
package data
