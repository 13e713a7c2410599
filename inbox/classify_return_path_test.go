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
		// sendmail writes the null sender as its own MAILER-DAEMON.
		{"null sender unqualified", "<MAILER-DAEMON>", "imss@scanner.test", data.OutcomeAuto},
		{"null sender as the receiving host writes it", "<MAILER-DAEMON@mx.help.test>", "imss@scanner.test", data.OutcomeAuto},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			m := f.deliver(question(tt.from, "How often should I do long runs?",
				"I run three times a week. How often should one of them be long?", "Return-Path: "+tt.returnPath,
				"Received: from out.sender.test (out.sender.test [192.0.2.7])\n\tby mx.help.test (8.18.1/8.18.1) with ESMTP id 4B1A2b3c; Mon, 2 Nov 2026 10:00:01 +0000"))
			wantOutcome(t, m, tt.want)
		})
	}
}
