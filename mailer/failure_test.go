package mailer

import (
	"errors"
	"fmt"
	"testing"

	"helpline/data"
)

func TestRecipientFailure(t *testing.T) {
	row := &data.OutboxMail{ID: 7, Kind: data.KindDigest, To: "ann@example.org", SubscriberID: 3}
	tests := []struct {
		name       string
		err        error
		permanent  bool
		wantStatus string // "" for no failure of the recipient
	}{
		{"550 to RCPT", &SendError{Stage: "RCPT", Code: 550, Enhanced: "5.1.1", Message: "no such user", Permanent: true}, true, "5.1.1"},
		{"554 to DATA without a code", &SendError{Stage: "DATA", Code: 554, Message: "rejected", Permanent: true}, true, "5.0.0"},
		{"4xx until given up", &SendError{Stage: "RCPT", Code: 452, Enhanced: "4.2.2", Message: "full"}, false, "4.2.2"},
		{"4xx with a 5 code", &SendError{Stage: "DATA", Code: 451, Enhanced: "5.7.1", Message: "odd"}, false, "4.0.0"},
		{"our sender refused", &SendError{Stage: "MAIL", Code: 550, Enhanced: "5.7.1", Message: "not allowed", Permanent: true}, true, ""},
		{"no session", &SendError{Stage: "connect", Code: 530, Message: "auth"}, false, ""},
		{"no reply", &SendError{Stage: "DATA", Message: "connection reset"}, false, ""},
		{"bad message", fmt.Errorf("%w: bad header", ErrInvalidMessage), true, ""},
		{"other", errors.New("disk full"), false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := recipientFailure(row, tt.err, tt.permanent)
			switch {
			case tt.wantStatus == "" && f != nil:
				t.Errorf("got %+v, want no failure of the recipient", f)
			case tt.wantStatus != "" && f == nil:
				t.Errorf("got none, want status %s", tt.wantStatus)
			case f != nil && (f.Status != tt.wantStatus || f.Permanent != tt.permanent || f.OutboxID != 7 ||
				f.SubscriberID != 3 || f.Recipient != "ann@example.org"):
				t.Errorf("got %+v, want status %s", f, tt.wantStatus)
			}
		})
	}
}
