package main

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"helpline/data"
	"helpline/internal/clienttest"
	"helpline/internal/datatest"
	"helpline/internal/dovecottest"
)

// startMailHost runs the service against a real mail host (Dovecot behind
// an MTA) with the helpline, owner and runner accounts, as clients_test
// does, and returns the harness the cases share.
func startMailHost(t *testing.T, extra map[string]string) *clientHarness {
	t.Helper()
	dc := dovecottest.Start(t, clientAsk, clientOwner, clientRunner)
	mta := dovecottest.StartMTA(t, dc)
	env := servedEnv(t)
	for k, v := range map[string]string{
		"HELPLINE_SITE_ADDRESS":            clientAsk,
		"HELPLINE_SITE_OWNER_ADDRESSES":    clientOwner,
		"HELPLINE_IMAP_ADDR":               dc.Addr(),
		"HELPLINE_IMAP_TLS":                "none",
		"HELPLINE_IMAP_USERNAME":           clientAsk,
		"HELPLINE_IMAP_PASSWORD":           dc.Password(),
		"HELPLINE_SMTP_ADDR":               mta.Addr(),
		"HELPLINE_SMTP_TLS":                "none",
		"HELPLINE_SMTP_RATE":               "0",
		"HELPLINE_INBOX_QUESTIONS_PER_DAY": "100",
		"HELPLINE_INBOX_CONFIRM_WAIT":      "1s",
		"HELPLINE_DIGEST_ENABLED":          "false",
	} {
		env[k] = v
	}
	for k, v := range extra {
		env[k] = v
	}
	startServe(t, env)
	db, err := data.Open(env["HELPLINE_DATABASE_PATH"])
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return &clientHarness{dc: dc, mta: mta, db: db}
}

// questionMessageID is the Message-ID of question qid's own mail.
func (h *clientHarness) questionMessageID(t *testing.T, qid int64) string {
	t.Helper()
	q, err := h.db.QuestionByID(context.Background(), qid)
	if err != nil {
		t.Fatal(err)
	}
	return q.MessageID
}

// direct is the owner's reply to the runner's question, written from the
// helpline mailbox: To the runner, Cc cc when not empty.
func direct(from, cc, inReplyTo, text string) (raw, msgid string) {
	msgid = fmt.Sprintf("d%d@%s", time.Now().UnixNano(), clientDomain)
	raw = fmt.Sprintf("From: %s\nTo: Rita Runner <%s>\n", from, clientRunner)
	if cc != "" {
		raw += "Cc: " + cc + "\n"
	}
	raw += fmt.Sprintf("Subject: Re: the question\nMessage-ID: <%s>\nIn-Reply-To: <%s>\nReferences: <%s>\n"+
		"Content-Type: text/plain; charset=utf-8\n\n%s\n\nOn Mon, Rita Runner <%s> wrote:\n> I run 30 km a week.\n",
		msgid, inReplyTo, inReplyTo, text, clientRunner)
	return raw, msgid
}

// notesAbout waits for n notes to the owner threaded under the owner's
// mail msgid, and fails if more come.
func (h *clientHarness) notesAbout(t *testing.T, msgid string, n int) []dovecottest.Delivery {
	t.Helper()
	var got []dovecottest.Delivery
	deadline := time.Now().Add(20 * time.Second)
	for len(got) < n && time.Now().Before(deadline) {
		got = got[:0]
		for _, d := range h.mta.Received() {
			if d.To[0] == clientOwner && strings.Contains(headerOf(d.Raw, "In-Reply-To"), msgid) {
				got = append(got, d)
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	if len(got) != n {
		t.Fatalf("got %d notes about <%s>, want %d", len(got), msgid, n)
	}
	return got
}

// TestOwnerAnswersFromTheHelplineMailbox runs the helpline from its own
// mailbox, as an owner in Thunderbird does: a reply straight to the runner
// with its copy in Sent is the answer, published once; Reply All copies in
// the inbox are never questions; without proof they are held for the
// owner's confirmation; every action is confirmed once.
func TestOwnerAnswersFromTheHelplineMailbox(t *testing.T) {
	h := startMailHost(t, nil)
	helpline := "Running Helpline <" + clientAsk + ">"

	t.Run("reply with its copy in Sent", func(t *testing.T) {
		qid, _ := h.ask(t, "Sent copy")
		raw, msgid := direct(helpline, "", h.questionMessageID(t, qid), "Build up by ten percent a week.")
		sendMail(t, h.mta.Addr(), clientAsk, []string{clientRunner}, raw)
		h.dc.DeliverTo(t, clientAsk, "Sent", []byte(strings.ReplaceAll(raw, "\n", "\r\n")))
		stored := h.waitProcessed(t, msgid)
		h.wantAnswer(t, qid, "Build up by ten percent a week.", stored)
		link := h.mta.WaitFor(t, "the runner's notice", 20*time.Second, func(d dovecottest.Delivery) bool {
			return d.To[0] == clientRunner && strings.HasPrefix(headerOf(d.Raw, "Subject"), "Answered:")
		})
		if strings.Contains(string(link.Raw), "ten percent") {
			t.Errorf("the runner's notice repeats the answer they already have:\n%s", link.Raw)
		}
		h.notesAbout(t, msgid, 1)
	})

	t.Run("reply all from the owner's address, copy in Sent", func(t *testing.T) {
		qid, _ := h.ask(t, "Reply all")
		raw, msgid := direct("Dominique <"+clientOwner+">", clientAsk, h.questionMessageID(t, qid), "Keep the long run easy.")
		sendMail(t, h.mta.Addr(), clientOwner, []string{clientRunner, clientAsk}, raw)
		h.dc.DeliverTo(t, clientAsk, "Sent", []byte(strings.ReplaceAll(raw, "\n", "\r\n")))
		h.waitCopies(t, msgid, 2)
		q, _ := h.db.QuestionByID(context.Background(), qid)
		if q.Answer != "Keep the long run easy." {
			t.Fatalf("answer = %q", q.Answer)
		}
		if answers := datatest.Answers(t, h.db, q); len(answers) != 1 {
			t.Errorf("published %d times, want once", len(answers))
		}
		if n := h.countQuestions(t, "Re: the question"); n != 0 {
			t.Errorf("the copy became %d questions", n)
		}
		for _, d := range h.notesAbout(t, msgid, 1) {
			if strings.Contains(headerOf(d.Raw, "Subject"), "confirm") {
				t.Errorf("asked to confirm a reply whose copy is in Sent: %s", headerOf(d.Raw, "Subject"))
			}
		}
	})

	t.Run("held until the owner confirms", func(t *testing.T) {
		qid, _ := h.ask(t, "Held")
		raw, msgid := direct("Dominique <"+clientOwner+">", clientAsk, h.questionMessageID(t, qid), "Rest on Mondays.")
		sendMail(t, h.mta.Addr(), clientOwner, []string{clientRunner, clientAsk}, raw)
		stored := h.waitProcessed(t, msgid)
		if stored.Outcome != data.OutcomeHeld {
			t.Fatalf("outcome %s (%s), want held", stored.Outcome, stored.Reason)
		}
		note := h.notesAbout(t, msgid, 1)[0]
		if q, _ := h.db.QuestionByID(context.Background(), qid); q.Answer != "" {
			t.Fatalf("published before it was confirmed: %q", q.Answer)
		}
		route := headerOf(note.Raw, "Reply-To")
		confirm := fmt.Sprintf("From: Dominique <%s>\nTo: %s\nSubject: Re: confirm\nMessage-ID: <c%d@%s>\n\nYes.\n",
			clientOwner, route, time.Now().UnixNano(), clientDomain)
		sendMail(t, h.mta.Addr(), clientOwner, []string{strings.Trim(route, "<> ")}, confirm)
		deadline := time.Now().Add(20 * time.Second)
		for {
			if q, _ := h.db.QuestionByID(context.Background(), qid); q.Answer == "Rest on Mondays." {
				break
			}
			if time.Now().After(deadline) {
				t.Fatal("not published after the owner confirmed")
			}
			time.Sleep(50 * time.Millisecond)
		}
	})

	t.Run("a stranger's forgery is never published", func(t *testing.T) {
		qid, _ := h.ask(t, "Forged")
		raw, msgid := direct("Dominique <"+clientOwner+">", clientAsk, h.questionMessageID(t, qid), "Buy my pills.")
		sendMail(t, h.mta.Addr(), "mallory@evil.test", []string{clientAsk}, raw)
		if stored := h.waitProcessed(t, msgid); stored.Outcome == data.OutcomeAnswer {
			t.Fatal("a forged reply was published")
		}
		if q, _ := h.db.QuestionByID(context.Background(), qid); q.Answer != "" {
			t.Fatalf("published %q", q.Answer)
		}
	})
}

// An owner in mutt, logged in to the helpline mailbox, replies to the
// runner's question with a copy kept in Sent, as its record setting does:
// the answer is published exactly as typed.
func TestOwnerAnswersInMuttFromTheHelplineMailbox(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a real mail client")
	}
	clienttest.Require(t, clienttest.Mutt)
	h := startMailHost(t, nil)
	qid, _ := h.ask(t, "From mutt in the helpline mailbox")
	typed := "Start each run slower than feels right.\n\nCheers,\nDominique\n"
	clienttest.Send(t, clienttest.Mutt, clienttest.Reply{
		IMAPAddr: h.dc.Addr(), SMTPAddr: h.mta.Addr(), User: clientAsk, Password: h.dc.Password(),
		From: "Running Helpline <" + clientAsk + ">", MessageID: h.questionMessageID(t, qid),
		Text: typed, Placement: clienttest.Bottom, Signature: clientSignature, Record: "Sent",
	})
	deadline := time.Now().Add(30 * time.Second)
	for {
		q, _ := h.db.QuestionByID(context.Background(), qid)
		if q.Answer != "" {
			if want := strings.TrimRight(typed, "\n"); q.Answer != want {
				t.Fatalf("published %q, want %q", q.Answer, want)
			}
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("the answer written in mutt was not published")
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// wantAnswer checks that stored published want on question qid.
func (h *clientHarness) wantAnswer(t *testing.T, qid int64, want string, stored *data.Message) {
	t.Helper()
	q, err := h.db.QuestionByID(context.Background(), qid)
	if err != nil {
		t.Fatal(err)
	}
	if q.Answer != want || stored.Outcome != data.OutcomeAnswer {
		t.Fatalf("published %q (%s: %s), want %q", q.Answer, stored.Outcome, stored.Reason, want)
	}
}

// waitCopies waits until n copies of the mail msgid are stored and
// decided.
func (h *clientHarness) waitCopies(t *testing.T, msgid string, n int) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		msgs, err := h.db.ListMessages(context.Background(), data.MessageFilter{})
		if err != nil {
			t.Fatal(err)
		}
		got := 0
		for _, m := range msgs {
			if m.MessageID == msgid && m.Outcome != data.OutcomePending {
				got++
			}
		}
		if got >= n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d copies of <%s> stored, want %d", got, msgid, n)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// countQuestions counts the questions titled title.
func (h *clientHarness) countQuestions(t *testing.T, title string) int {
	t.Helper()
	qs, err := h.db.ListQuestions(context.Background(), data.QuestionFilter{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, q := range qs {
		if q.Title == title {
			n++
		}
	}
	return n
}

// The embedded server keeps its mail in memory and numbers it from 1 again
// when restarted; the poller must not take the new mail for mail it has
// seen. Every question of both runs arrives.
func TestDevmailRestartKeepsEveryQuestion(t *testing.T) {
	env := servedEnv(t)
	env["HELPLINE_INBOX_QUESTIONS_PER_DAY"] = "100"
	for run := 1; run <= 2; run++ {
		t.Run(fmt.Sprintf("run %d", run), func(t *testing.T) {
			l := startServe(t, env)
			for i := 1; i <= 3; i++ {
				title := fmt.Sprintf("Run %d, question %d", run, i)
				sendMail(t, l.SMTP, "runner@helpline.localhost", []string{"ask@helpline.localhost"},
					fmt.Sprintf("From: runner@helpline.localhost\nTo: ask@helpline.localhost\nSubject: %s\n\nHow?\n", title))
				waitForMail(t, l.IMAP, "owner@helpline.localhost", "Question: "+title)
			}
		})
	}
	db, err := data.Open(env["HELPLINE_DATABASE_PATH"])
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	qs, err := db.ListQuestions(context.Background(), data.QuestionFilter{})
	if err != nil || len(qs) != 6 {
		t.Fatalf("got %d questions (%v), want 6", len(qs), err)
	}
}
