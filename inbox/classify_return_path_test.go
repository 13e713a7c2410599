package inbox

import (
	"testing"

	"helpline/data"
)

// TestDaemonReturnPath checks that a notice a mail scanner returns under
// the MTA's daemon, with the scanner's own address in From, is automatic
// mail, while readers whose envelope sender merely looks alike still ask.
func TestDaemonReturnPath(t *testing.T) {
	tests := []struct {
		name       string
		returnPath string
		from       string
		want       string
	}{
		{"scanner notice", "<MAILER-DAEMON@gw.club.test>", "virusscan@club.test", data.OutcomeAuto},
		{"postmaster envelope", "<postmaster@gw.club.test>", "filter@club.test", data.OutcomeAuto},
		{"reader", "<jo@reader.test>", "jo@reader.test", data.OutcomeQuestion},
		{"reader named like a daemon", "<daemon.runner@reader.test>", "daemon.runner@reader.test", data.OutcomeQuestion},
		{"forwarded reader", "<SRS0=ab12=XY=reader.test=jo@forward.test>", "jo@reader.test", data.OutcomeQuestion},
		{"scanner on the domain's own host", "<postmaster@club.test>", "quarantine@mail.club.test", data.OutcomeAuto},
		// Forwarders and relays that rewrite the envelope sender to
		// their own daemon carry a person's mail, and an owner's reply.
		{"reader through a forwarding service", "<postmaster@forward.test>", "jo@reader.test", data.OutcomeQuestion},
		{"reader through a relay", "<MAILER-DAEMON@relay.mailhost.test>", "jo@reader.test", data.OutcomeQuestion},
		{"daemon without a host", "<MAILER-DAEMON>", "jo@reader.test", data.OutcomeQuestion},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			m := f.deliver(question(tt.from, "How often should I do long runs?",
				"I run three times a week. How often should one of them be long?", "Return-Path: "+tt.returnPath))
			wantOutcome(t, m, tt.want)
		})
	}
}
