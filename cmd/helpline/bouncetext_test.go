package main

import (
	"context"
	"testing"

	"helpline/data"
	"helpline/internal/newsletter"
	"helpline/internal/token"
)

// A bounce that comes back to a welcome mail's return route in qmail's
// words, with no report, stops mail to the address at once; an
// out-of-office answer sent to the same route stops nothing, and neither
// does a notice about another address (a forwarding target) at once.
func TestBounceInWordsToReturnRoute(t *testing.T) {
	ctx := context.Background()
	app, _ := openTestApp(t)
	nl, err := newNewsletter(app)
	if err != nil {
		t.Fatal(err)
	}
	welcome := map[string]int64{}
	for _, addr := range []string{"ann@example.org", "bob@example.org", "cy@example.org"} {
		if _, _, err := nl.Add(ctx, addr, "", newsletter.AddOptions{Confirmed: true}); err != nil {
			t.Fatal(err)
		}
	}
	rows, err := app.DB.ListOutbox(ctx, data.OutboxFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		welcome[r.To] = r.ID
	}
	subs := mailSubscriptions{nl}
	deliver := func(raw string, outboxID int64) {
		t.Helper()
		if err := app.DB.InTx(ctx, func(tx *data.Tx) error { return subs.Bounce(ctx, tx, []byte(raw), outboxID, 0) }); err != nil {
			t.Fatal(err)
		}
	}
	deliver("From: MAILER-DAEMON@mx.example.org\nTo: ask+b.x@helpline.localhost\nSubject: failure notice\n\n"+
		"Hi. This is the qmail-send program at mx.example.org.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n"+
		"This is a permanent error; I've given up. Sorry it didn't work out.\n\n<ann@example.org>:\nSorry, no mailbox here by that name. (#5.1.1)\n",
		welcome["ann@example.org"])
	deliver("From: Bob <bob@example.org>\nTo: ask+b.x@helpline.localhost\nSubject: Out of office: Welcome\nAuto-Submitted: auto-replied\n\n"+
		"Away until Monday; mail to my old address gives 550 5.1.1 user unknown.\n", welcome["bob@example.org"])

	deliver("From: MAILER-DAEMON@relay.example.org\nTo: ask+b.x@helpline.localhost\nSubject: Undelivered Mail Returned to Sender\n\n"+
		"Your mail was forwarded by example.org and could not be delivered onwards:\n\n"+
		"<cy.old@gone.example.net>: host mx.gone.example.net said: 550 5.1.1 no such user\n", welcome["cy@example.org"])

	for addr, want := range map[string]string{"ann@example.org": data.SubscriberBounced, "bob@example.org": data.SubscriberActive,
		"cy@example.org": data.SubscriberActive} {
		s, err := app.DB.SubscriberByEmail(ctx, addr)
		if err != nil {
			t.Fatal(err)
		}
		if s.Status != want {
			t.Errorf("%s: got %s, want %s", addr, s.Status, want)
		}
	}
	p, err := app.DB.Person(ctx, "ann@example.org", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Bounces) != 1 || !p.Bounces[0].Hard || p.Bounces[0].Status != "5.1.1" {
		t.Errorf("ann's bounces: got %+v, want one hard 5.1.1", p.Bounces)
	}
}

// A report sent to the helpline address itself, as from a host without
// plus addressing, whose status part a scanner left unreadable, is traced
// by the signed Message-ID of the mail it returns and stops mail to the
// address it names; one returning a mail we did not sign stops nothing.
func TestUnreadableReportTracedByMessageID(t *testing.T) {
	ctx := context.Background()
	app, _ := openTestApp(t)
	nl, err := newNewsletter(app)
	if err != nil {
		t.Fatal(err)
	}
	for _, addr := range []string{"dee@example.org", "eve@example.org"} {
		if _, _, err := nl.Add(ctx, addr, "", newsletter.AddOptions{Confirmed: true}); err != nil {
			t.Fatal(err)
		}
	}
	rows, err := app.DB.ListOutbox(ctx, data.OutboxFilter{})
	if err != nil {
		t.Fatal(err)
	}
	msgID := map[string]string{}
	for _, r := range rows {
		msgID[r.To] = app.Signer.MessageID("helpline.localhost", token.Mail, r.ID)
	}
	report := func(rcpt, returned string) string {
		return "From: MAILER-DAEMON@mx.example.org (Mail Delivery System)\nTo: ask@helpline.localhost\n" +
			"Subject: Undelivered Mail Returned to Sender\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n" +
			"--b\nContent-Type: text/plain\n\nYour message could not be delivered.\n\n<" + rcpt + ">: host mx.example.org said: 550 5.1.1\n" +
			"    <" + rcpt + ">: Recipient address rejected: User unknown (in reply to RCPT TO command)\n\n" +
			"--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\nContent-Transfer-Encoding: base64\n\n" +
			"RmluYWwtUmVjaXBpZW50OiByZmM4MjI7IGRlZUBleGFtcGxlLm9yZwpBY3Rpb246IGZhaWxlZApTdGF0dXM6IDUuMS4x\n\n" +
			"--b\nContent-Type: text/rfc822-headers\n\nFrom: Helpline <ask@helpline.localhost>\nTo: " + rcpt +
			"\nSubject: Welcome\nMessage-ID: <" + returned + ">\n\n--b--\n"
	}
	subs := mailSubscriptions{nl}
	for _, raw := range []string{report("dee@example.org", msgID["dee@example.org"]), report("eve@example.org", "20250301.abc@other.example")} {
		// The untraced report is refused with its reason; the
		// pipeline keeps that reason with the stored report.
		_ = app.DB.InTx(ctx, func(tx *data.Tx) error { return subs.Bounce(ctx, tx, []byte(raw), 0, 0) })
	}
	for addr, want := range map[string]string{"dee@example.org": data.SubscriberBounced, "eve@example.org": data.SubscriberActive} {
		s, err := app.DB.SubscriberByEmail(ctx, addr)
		if err != nil {
			t.Fatal(err)
		}
		if s.Status != want {
			t.Errorf("%s: got %s, want %s", addr, s.Status, want)
		}
	}
}
