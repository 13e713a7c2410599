package newsletter

import (
	"context"
	"strings"
	"testing"

	"helpline/data"
)

// digestReturned is the copy of one of our digests that a notice sends back
// under its text: a reader's question in it may quote any code.
const digestReturned = "Return-Path: <ask+b.route@helpline.example>\nFrom: Helpline <ask@helpline.example>\n" +
	"To: ann@club.example\nSubject: This week on the helpline\n\n" +
	"Q: Writing to my coach I get 550 5.1.1 user unknown, the mailbox does not exist. What now?\n"

// Notices that must never drop a live subscriber at once: they are about
// another failure than a gone address, say the mail arrived, or quote a
// permanent code only in help text or in our own returned mail.
func TestReadBounceTextNotHard(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		name string
		raw  []byte
		want []wantBounce // none: the mail arrived
	}{
		{"delay warning quoting an earlier refusal", failureMail("MAILER-DAEMON@relay.example", "Delivery Status Notification (Delay)", "",
			"THIS IS A WARNING MESSAGE ONLY.\n\nDelivery to the following recipients has been delayed.\n\n     ann@club.example\n\n"+
				"Last error: 550 5.1.1 user unknown (from an earlier hop)\n"),
			[]wantBounce{{"ann@club.example", "4.1.1"}}},
		{"greylisting whose help text names unknown users", failureMail("MAILER-DAEMON@relay.example", "Undelivered Mail Returned to Sender", "",
			"<ann@club.example>: host mx.club.example said: 451 Greylisted. If this lasts, see our help page: "+
				"no such user is ever greylisted\n"),
			[]wantBounce{{"ann@club.example", "4.1.1"}}},
		{"automatic reply in Italian, said only in the text", failureMail("Ann <ann@club.example>", "Risposta: This week", "",
			"Risposta automatica: sono fuori ufficio fino al 10.\n"), nil},
		{"automatic reply in Portuguese", failureMail("Ana <ana@club.example>", "Resposta automática: This week", "",
			"Estou ausente até dia 10.\n"), nil},
		{"automatic reply in Czech", failureMail("Jan <jan@klub.example>", "Automatická odpověď: This week", "",
			"Jsem mimo kancelář do pondělí.\n"), nil},
		{"automatic reply in Turkish", failureMail("Ali <ali@kulup.example>", "Otomatik yanıt: This week", "", "Ofis dışındayım.\n"), nil},
		{"automatic reply in Japanese", failureMail("Yui <yui@club.example>", "自動応答: This week", "", "ただいま不在です。\n"), nil},
		{"automatic reply in Chinese", failureMail("Li <li@club.example>", "自动回复: This week", "", "我正在休假。\n"), nil},
		{"help desk receipt marked by RFC 3834", failureMail("Club Desk <desk@club.example>", "Re: This week", "Auto-Submitted: auto-replied",
			"Hello,\nYour message is number 4821 in our queue and will be answered within two days.\n"), nil},
		{"help desk receipt by its subject", failureMail("Club Desk <desk@club.example>", "[Ticket #4821] We received your request", "",
			"Thank you for writing. We will reply within two days.\n"), nil},
		{"moderation notice of a list", failureMail("runners-owner@lists.club.example", "Your message to Runners awaits moderator approval", "",
			"Your mail to 'Runners' is being held until the list moderator can review it for approval.\n"), nil},
		{"quarantine notice from the postmaster", failureMail("postmaster@club.example", "Undelivered: message held in quarantine", "",
			"A message to ann@club.example was held in quarantine. Unknown recipients are refused with 550 5.1.1 instead.\n"), nil},
		{"policy refusal worded as rejected, no enhanced code", failureMail("Mail Delivery Subsystem <mailer-daemon@mail.example>",
			"Delivery Status Notification (Failure)", "",
			"Your message wasn't delivered to ann@club.example because the remote server rejected it.\n\nThe response was:\n550 rejected by policy\n"),
			[]wantBounce{{"ann@club.example", "5.7.1"}}},
		{"refusal worded as not allowed", failureMail("MAILER-DAEMON@mail.example", "Failure Notice", "",
			"Sorry, we were unable to deliver your message to the following address.\n\n<ann@club.example>:\n554 delivery error: not allowed\n"),
			[]wantBounce{{"ann@club.example", "5.7.1"}}},
		{"our sender refused under a 5.1.0", failureMail("MAILER-DAEMON@relay.example", "Undelivered Mail Returned to Sender", "",
			"<ann@club.example>: host mx.club.example said: 550 5.1.0 <ask+b.x@helpline.example>: Sender rejected\n"),
			[]wantBounce{{"ann@club.example", "4.1.0"}}},
		{"report that names a delivered recipient beside a failed one", []byte("From: MAILER-DAEMON@relay.example\n" +
			"To: ask+b.route@helpline.example\nSubject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n" +
			"Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n--b\nContent-Type: text/plain\n\n" +
			"One of the list's members could not be reached.\n--b\nContent-Type: message/delivery-status\n\n" +
			"Reporting-MTA: dns; relay.example\n\nFinal-Recipient: rfc822; ann@club.example\nAction: expanded\nStatus: 2.0.0\n\n" +
			"Final-Recipient: rfc822; old.member@club.example\nAction: failed\nStatus: 5.1.1\n--b--\n"),
			[]wantBounce{{"old.member@club.example", "5.1.1"}}},
		{"mailbox full in Italian", failureMail("MAILER-DAEMON@relay.example", "Mancato recapito", "", "ann@club.example: 550 casella piena\n"),
			[]wantBounce{{"ann@club.example", "5.2.2"}}},
		{"mailbox full in Japanese", failureMail("MAILER-DAEMON@relay.example", "配信エラー", "", "ann@club.example: 550 メールボックスがいっぱいです\n"),
			[]wantBounce{{"ann@club.example", "5.2.2"}}},
		{"reader's 5.1.1 only in the returned digest", failureMail("MAILER-DAEMON@relay.example", "Undelivered Mail Returned to Sender", "",
			"I could not deliver to <ann@club.example>: 452 4.2.2 over quota\n\n--- Below this line is a copy of the message.\n\n"+digestReturned),
			[]wantBounce{{"ann@club.example", "4.2.2"}}},
		{"returned digest right under the text", failureMail("MAILER-DAEMON@relay.example", "Returned mail", "",
			"Delivery to ann@club.example timed out after 5 days (4.4.7).\n\n"+digestReturned),
			[]wantBounce{{"ann@club.example", "4.4.7"}}},
		{"returned digest as a text attachment", []byte("From: MAILER-DAEMON@relay.example\nTo: ask+b.route@helpline.example\n" +
			"Subject: Undeliverable: This week\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n\n--b\n" +
			"Content-Type: text/plain\n\nDelivery to ann@club.example failed: the mail is too large.\n--b\nContent-Type: text/plain\n" +
			"Content-Disposition: attachment; filename=original.txt\n\n" + digestReturned + "--b--\n"),
			[]wantBounce{{"ann@club.example", "4.0.0"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := f.svc.ReadBounceText(tt.raw)
			checkBounces(t, got, tt.want)
			for _, b := range got {
				// Each mail went to ann@club.example: none may be
				// hard for her. One naming another address counts
				// as soft (HandleBounceTx).
				if b.Hard() && b.Recipient == "ann@club.example" {
					t.Errorf("got %s %s (%s) hard, want soft", b.Recipient, b.Status, b.Diagnostic)
				}
			}
		})
	}
}

// A gone address worded plainly, with no code, by the providers and in the
// languages subscribers write from, stops mail at once.
func TestReadBounceTextNoSuchUserInWords(t *testing.T) {
	f := newFixture(t)
	tests := []struct{ name, from, subject, body string }{
		{"German", "MAILER-DAEMON@post.example", "Unzustellbar", "uwe@post.example: Kein solcher Benutzer vorhanden.\n"},
		{"French", "MAILER-DAEMON@post.example", "Non remis", "luc@post.example : adresse introuvable, ce compte n'existe plus.\n"},
		{"Spanish", "MAILER-DAEMON@post.example", "No se puede entregar", "ana@post.example: buzón inexistente.\n"},
		{"Italian", "MAILER-DAEMON@post.example", "Mancato recapito", "gio@post.example: utente inesistente\n"},
		{"Japanese", "MAILER-DAEMON@post.example", "配信不能", "yui@post.example: 該当するユーザーがいません\n"},
		{"Japanese, the subject saying the recipient is absent", "MAILER-DAEMON@post.example", "宛先不在のため返送",
			"yui@post.example: 宛先不明\n"},
		{"Outlook", "Microsoft Outlook <postmaster@post.example>", "Undeliverable: This week",
			"Your message to ann@post.example couldn't be delivered.\nann wasn't found at post.example.\n"},
		{"Outlook, older wording", "postmaster@post.example", "Undeliverable: This week",
			"Delivery has failed to these recipients or groups:\n\nann@post.example\nThe email address you entered couldn't be found.\n"},
		{"Yahoo", "MAILER-DAEMON@post.example", "Failure Notice",
			"Sorry, we were unable to deliver your message to the following address.\n\n<ann@post.example>:\n" +
				"554: delivery error: dd This user doesn't have a post.example account (ann@post.example) [0]\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := f.svc.ReadBounceText(failureMail(tt.from, tt.subject, "", tt.body))
			if len(got) != 1 || !got[0].Hard() || got[0].Status != "5.1.1" {
				t.Errorf("got %+v, want one hard 5.1.1", got)
			}
		})
	}
}

// A bare 5.0.0 (a reply without an enhanced code, or a report that gives
// no more) is read for its reason in the server's words.
func TestReplyStatus(t *testing.T) {
	tests := []struct{ status, diagnostic, want string }{
		{"5.0.0", "smtp; 550 5.0.0 message refused as spam", "5.7.1"},
		{"5.0.0", "smtp; 554 delivery error: not allowed", "5.7.1"},
		{"5.0.0", "smtp; 550 5.0.0 refused: sending host has no PTR record", "5.7.1"},
		{"5.0.0", "smtp; 550 <ann@club.example> is not a known user on this system", "5.1.1"},
		{"5.0.0", "X-Postfix; mailbox full", "5.2.2"},
		{"5.0.0", "smtp; 550 go away", "5.0.0"},
		{"5.1.1", "smtp; 550 5.1.1 rejected", "5.1.1"},
		{"5.1.0", "smtp; 550 5.1.0 <ask+b.x@helpline.example> sender rejected", "5.7.1"},
		{"5.1.0", "smtp; 550 5.1.0 address rejected", "5.1.0"},
		{"4.0.0", "smtp; 450 unknown user, try later", "4.0.0"},
	}
	for _, tt := range tests {
		t.Run(tt.diagnostic, func(t *testing.T) {
			if got := ReplyStatus(tt.status, tt.diagnostic); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

// A person's long mail to the return route, under a long subject: the
// word patterns read only the first kilobytes of each.
func BenchmarkReadBounceTextLongReply(b *testing.B) {
	f := newFixture(b)
	raw := failureMail("Ann <ann@club.example>", "Re: "+strings.Repeat("the long run ", 1<<14), "",
		strings.Repeat("I ran the long run on Sunday and my knee hurt afterwards.\n", 1<<14))
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		f.svc.ReadBounceText(raw)
	}
}

// A bounce is hard for the mail's own address however it cases it: old
// Exchange servers write it in capitals. Another address, though, counts
// as soft.
func TestHardBounceNamesTheAddressInAnyCase(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	kim := f.subscribeAndConfirm(t, "Kim.Lee@Club.example", "")
	tests := []struct {
		named string
		want  string
	}{
		{"kim.lee2@club.example", data.SubscriberActive},
		{"KIM.LEE@CLUB.EXAMPLE", data.SubscriberBounced},
	}
	for _, tt := range tests {
		var welcome int64
		for _, m := range f.outbox(t, data.KindWelcome) {
			if m.SubscriberID == kim.ID || strings.EqualFold(m.To, kim.Email) {
				welcome = m.ID
			}
		}
		if err := f.svc.HandleBounce(ctx, Bounce{OutboxID: welcome, Recipient: tt.named, Status: "5.1.1"}); err != nil {
			t.Fatal(err)
		}
		if got := f.subscriber(t, kim.Email).Status; got != tt.want {
			t.Errorf("after a 5.1.1 naming %s: got %s, want %s", tt.named, got, tt.want)
		}
	}
}
