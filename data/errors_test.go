package data

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/mattn/go-sqlite3"
)

func TestTemporary(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	m := &Message{Mailbox: "INBOX", UIDValidity: 1, UID: 1, Hash: "h"}
	if err := db.InTx(ctx, func(tx *Tx) error { return tx.StoreMessage(ctx, m) }); err != nil {
		t.Fatal(err)
	}
	again := db.InTx(ctx, func(tx *Tx) error { return tx.StoreMessage(ctx, &Message{Mailbox: "INBOX", UIDValidity: 1, UID: 1}) })
	missing := db.InTx(ctx, func(tx *Tx) error { return tx.AddAnswer(ctx, &Answer{QuestionID: 424242, Body: "x"}) })
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	ended := db.InTx(cancelled, func(tx *Tx) error { return nil })
	tests := []struct {
		name string
		err  error
		want bool
	}{
		{"nil", nil, false},
		{"plain", errors.New("no recipient"), false},
		{"unique key taken", again, false},
		{"foreign key missing", missing, false},
		{"context ended", ended, true},
		{"busy", fmt.Errorf("store: %w", sqlite3.Error{Code: sqlite3.ErrBusy}), true},
		{"locked", sqlite3.Error{Code: sqlite3.ErrLocked}, true},
		{"disk I/O", sqlite3.Error{Code: sqlite3.ErrIoErr, ExtendedCode: sqlite3.ErrIoErrWrite}, true},
		{"disk full", sqlite3.Error{Code: sqlite3.ErrFull}, true},
		{"one of several", errors.Join(errors.New("no recipient"), sqlite3.Error{Code: sqlite3.ErrBusy}), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.name != "nil" && tt.err == nil {
				t.Fatal("the case made no error")
			}
			if got := Temporary(tt.err); got != tt.want {
				t.Errorf("Temporary(%v) = %v, want %v", tt.err, got, tt.want)
			}
		})
	}
	if !errors.Is(again, ErrConflict) {
		t.Errorf("same uid twice: %v, want ErrConflict", again)
	}
}
