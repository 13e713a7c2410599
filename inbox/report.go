package inbox

import (
	"mime"
	"strings"
)

// isFeedbackReport reports whether m is a feedback-loop report (RFC 5965:
// multipart/report; report-type=feedback-report), a complaint about mail we
// sent. Like a bounce, it goes to the subscriptions service, which acts on
// it only when it names a mail we signed.
func isFeedbackReport(m *Message) bool {
	mt, params, err := mime.ParseMediaType(m.Header.Get("Content-Type"))
	return err == nil && mt == "multipart/report" && strings.EqualFold(params["report-type"], "feedback-report")
}

// isReadReceipt reports a read receipt (RFC 8098: multipart/report;
// report-type=disposition-notification): the reader's client saying a mail
// was shown, which it sends by itself and often from the reader's own
// address, with no other mark of automatic mail.
func isReadReceipt(m *Message) bool {
	mt, params, err := mime.ParseMediaType(m.Header.Get("Content-Type"))
	return err == nil && mt == "multipart/report" && strings.EqualFold(params["report-type"], "disposition-notification")
}

// carriesDeliveryStatus reports whether a mail's top-level multipart holds
// a delivery status part of its own (RFC 3464 section 2). Many MTAs leave
// report-type out of their multipart/report, and some send the report as
// multipart/mixed: the status part says what the mail is all the same
// (for multipart/mixed only when the mail system sent it: fromMailSystem).
// A status part inside an attached mail is that mail's, not this one's, and
// is never looked at here.
func carriesDeliveryStatus(mt string, parts []part) bool {
	if mt != "multipart/report" && mt != "multipart/mixed" {
		return false
	}
	for _, p := range parts {
		pt, _, err := mime.ParseMediaType(p.header.Get("Content-Type"))
		if err == nil && (pt == "message/delivery-status" || pt == "message/global-delivery-status") {
			return true
		}
	}
	return false
}

// fromMailSystem reports mail the mail system sent in its own name: from
// the MTA's daemon, mailer-daemon@ or postmaster@. Gateways that send their
// reports as multipart/mixed send them so; a person's mail client does not,
// and Thunderbird, Apple Mail and others carry a forwarded report's status
// part over as an attachment of the person's own multipart/mixed, under an
// envelope sender that may be null or rewritten on the way.
func fromMailSystem(m *Message) bool {
	local, _ := splitAddr(m.From.Addr)
	return daemonLocal(local)
}
